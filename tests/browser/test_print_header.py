"""A printed page says who issued it, where it is and when it was printed; the screen does not."""

import pytest

from tests.browser.conftest import open_page

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("/services/unemployment-insurance/", "اداره کل تعاون، کار و رفاه اجتماعی استان تهران"),
        (
            "/en/news/job-fair-tehran/",
            "General Directorate of Cooperatives, Labour and Social Welfare of Tehran Province",
        ),
    ],
)
def test_the_print_header_is_on_paper_above_the_heading_and_not_on_screen(browser, server, path, name):
    with open_page(browser, 718, 1000) as page:
        page.goto(server.url + path)
        header = page.locator(".print-header")
        assert not header.is_visible()
        page.emulate_media(media="print")
        assert header.is_visible()
        assert name in header.inner_text()
        assert server.url + path in header.inner_text().replace("\n", "")
        # Above the page's own words, the first thing on the sheet.
        assert header.bounding_box()["y"] < page.locator("main h1").bounding_box()["y"]
