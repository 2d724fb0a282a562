"""Reading the sitemap as a crawler does: the index first, then every sitemap page it lists."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap_paths(get):
    """The paths of every page in the sitemap; `get(path)` returns (status, body bytes)."""
    status, body = get("/sitemap.xml")
    assert status == 200
    index = ET.fromstring(body)
    assert index.tag == f"{{{NS['sm']}}}sitemapindex"
    paths = []
    for loc in index.findall("sm:sitemap/sm:loc", NS):
        parts = urlsplit(loc.text)
        status, body = get(parts.path + (f"?{parts.query}" if parts.query else ""))
        assert status == 200, loc.text
        paths += [urlsplit(url.text).path for url in ET.fromstring(body).findall("sm:url/sm:loc", NS)]
    return paths


def client_getter(client):
    def get(path):
        response = client.get(path)
        return response.status_code, response.content

    return get
