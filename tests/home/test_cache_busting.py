"""No cache-busting: unknown query parameters share the cached page; PDFs are rendered once per
content change; PDF renders are capped."""

import pytest
from django.test import Client, override_settings

import home.pages.pdf
from services.models import ServicePage
from tests.limiter_clock import stop_mid_window

pytestmark = pytest.mark.django_db


@override_settings(PAGE_CACHE_SECONDS=300)
def test_unknown_query_parameters_do_not_make_new_cache_entries(home_fa):
    client = Client()
    assert client.get("/news/")["X-Cache"] == "MISS"
    for query in ("?x=1", "?x=2&utm_source=a", "?nocache=%00abc", "?b=1&a=2"):
        response = client.get("/news/" + query)
        assert response.status_code == 200
        assert response["X-Cache"] == "HIT", query


@override_settings(PAGE_CACHE_SECONDS=300)
def test_declared_parameters_still_make_their_own_pages(home_fa):
    client = Client()
    first = client.get("/search/", {"q": "بیمه بیکاری"})
    second = client.get("/search/", {"q": "قانون کار", "x": "1"})
    assert first["X-Cache"] == second["X-Cache"] == "MISS"
    assert first.content != second.content
    # Order and unknown parameters do not matter; the declared ones do.
    assert client.get("/search/", {"x": "9", "q": "بیمه بیکاری"})["X-Cache"] == "HIT"


def test_every_catalogue_facet_is_declared():
    from services.models import ServiceIndexPage
    from services.models.facets import FACET_NAMES

    assert set(FACET_NAMES) | {"q", "page"} == set(ServiceIndexPage.query_params)


@pytest.fixture
def renders(monkeypatch):
    calls = []
    real = home.pages.pdf.render_pdf

    def counting(*args, **kwargs):
        calls.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(home.pages.pdf, "render_pdf", counting)
    return calls


def test_a_service_pdf_is_rendered_once_per_content_change(home_fa, renders):
    service = ServicePage.objects.live().filter(locale__language_code="fa").first()
    client = Client()
    for n in range(3):
        response = client.get(f"{service.url}pdf/?x={n}")
        assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert len(renders) == 1
    service.save_revision().publish()
    assert client.get(f"{service.url}pdf/").status_code == 200
    assert len(renders) == 2


@override_settings(PDF_RENDERS_PER_CLIENT_PER_MINUTE=1)
def test_pdf_renders_are_capped_with_a_persian_503(home_fa, renders, monkeypatch):
    stop_mid_window(monkeypatch, 60)
    first, second = ServicePage.objects.live().filter(locale__language_code="fa")[:2]
    client = Client(REMOTE_ADDR="198.51.100.77")
    assert client.get(f"{first.url}pdf/").status_code == 200
    busy = client.get(f"{second.url}pdf/")
    assert busy.status_code == 503
    assert busy["Retry-After"] == "60"
    assert "یک دقیقهٔ دیگر" in busy.content.decode()
    assert len(renders) == 1
    # Already rendered PDFs are still served from the cache.
    assert client.get(f"{first.url}pdf/").status_code == 200


def test_nginx_caches_exactly_the_declared_parameters():
    import re
    from pathlib import Path

    from django.conf import settings

    from home.caching.query_params import QUERY_PARAMS, _load_declarations

    _load_declarations()
    conf = (Path(settings.BASE_DIR) / "deploy" / "nginx.conf").read_text()
    block = re.search(r"map \$args \$portal_cache_args \{.*?\n\}", conf, re.S).group(0)
    lists = re.findall(r"\(\?:((?:[a-z]+\|)+[a-z]+)\)=", block)
    assert len(lists) == 2 and all(set(names.split("|")) == QUERY_PARAMS for names in lists)
    assert 'proxy_cache_key "$scheme$host$uri?$portal_cache_args";' in conf
    assert "proxy_no_cache $portal_has_session $portal_unknown_args;" in conf


def test_nginx_limits_each_clients_query_strings_with_a_page_in_its_language():
    # A client firing random query strings (each may miss every cache) is slowed down per
    # address, so the app workers and /healthz stay free; plain addresses are not limited.
    import re
    from pathlib import Path

    from django.conf import settings

    from home.operations.offline_pages import render_offline_pages

    deploy = Path(settings.BASE_DIR) / "deploy"
    conf = (deploy / "nginx.conf").read_text()
    key = re.search(r"map \$args \$portal_query_client \{(.*?)\n\}", conf, re.S).group(1)
    assert re.search(r'^\s*"" "";$', key, re.M) and "default $binary_remote_addr;" in key
    assert re.search(r"limit_req_zone \$portal_query_client zone=portal_queries:\d+m rate=\d+r/s;", conf)
    pages = re.search(r"\n    location / \{(.*?)\n    \}", conf, re.S).group(1)
    assert re.search(r"limit_req zone=portal_queries burst=\d+ nodelay;", pages)
    assert "limit_req_status 429;" in pages
    health = re.search(r"location = /healthz \{(.*?)\}", conf, re.S).group(1)
    assert "limit_req" not in health
    assert "error_page 429 $portal_busy_page;" in conf
    pages = render_offline_pages()
    fa, en = pages["busy.fa.html"], pages["busy.en.html"]
    assert '<html lang="fa" dir="rtl">' in fa and "بیش از اندازه" in fa
    assert '<html lang="en"' in en and not re.search(r"[\u0600-\u06FF]", en)
