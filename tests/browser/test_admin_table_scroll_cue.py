"""On a phone, an admin table wider than the screen shows which side has more.

At 390px the news and tenders listings, the aging pages report and the forms listing scroll
sideways inside their own box; in the RTL admin the hidden columns are on the left, and the
«وضعیت» column was cut in half with nothing to tell the editor there was more. `admin.css`
casts a shadow at each edge the table continues past (none at its ends): read here in the
pixels at the box's two edges, at the start of the scroll and at its end.
"""

import io

import pytest
from PIL import Image

from tests.browser.accounts import sign_in

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}

# The scroll box of the page's first listing, its edges, and a row's top (a point in the table
# with no text: what is drawn there is the box's background).
BOX = """() => {
  const table = document.querySelector("table.listing");
  const box = table.parentElement;
  const r = box.getBoundingClientRect();
  const row = table.querySelector("tbody tr:nth-child(2)").getBoundingClientRect();
  return {left: r.left, right: r.right, y: row.top + 3, overflow: box.scrollWidth - box.clientWidth};
}"""


@pytest.fixture(scope="module")
def listings(django_db_setup, django_db_blocker):
    from newsroom.models import NewsIndexPage
    from tenders.models import TenderIndexPage

    with django_db_blocker.unblock():
        news = NewsIndexPage.objects.get(locale__language_code="fa").pk
        tenders = TenderIndexPage.objects.get(locale__language_code="fa").pk
    return {
        "news": f"/admin/pages/{news}/",
        "tenders": f"/admin/pages/{tenders}/",
        "aging pages": "/admin/reports/aging-pages/",
        "forms": "/admin/forms/",
    }


def edge_shades(page):
    """How light the box's background is just inside its left and its right edge (255: white)."""
    box = page.evaluate(BOX)
    screen = Image.open(io.BytesIO(page.screenshot())).convert("L")
    y = int(box["y"])
    return screen.getpixel((int(box["left"]) + 1, y)), screen.getpixel((int(box["right"]) - 2, y)), box


@pytest.mark.parametrize("name", ["news", "tenders", "aging pages", "forms"])
def test_a_wide_listing_shows_a_shadow_on_the_side_with_more(browser, server, persian_admin, listings, name):
    page = sign_in(browser, server, persian_admin.username, viewport=PHONE)
    try:
        page.goto(server.url + listings[name])
        page.wait_for_load_state("networkidle")
        page.locator("table.listing").first.scroll_into_view_if_needed()
        left, right, box = edge_shades(page)
        assert box["overflow"] > 0, f"the {name} listing fits the phone: nothing to test"
        # RTL: the table opens at its right end, the columns still to see are on the left.
        assert left < right - 40, f"{name}, at the start: no shadow on the left ({left} vs {right})"

        page.evaluate(
            "() => { const box = document.querySelector('table.listing').parentElement; box.scrollLeft = -box.scrollWidth; }"
        )
        left, right, _ = edge_shades(page)
        assert right < left - 40, f"{name}, scrolled to the end: no shadow on the right ({right} vs {left})"
    finally:
        page.context.close()


@pytest.fixture(scope="module")
def dark_admins(django_db_setup, django_db_blocker):
    """Two superusers whose admin theme is dark, one reading it in Persian, one in English, and
    the news listing in each language."""
    from wagtail.users.models import UserProfile

    from newsroom.models import NewsIndexPage
    from tests.admin_language import prefers_english
    from tests.browser.accounts import persian_superuser

    with django_db_blocker.unblock():
        users = {"fa": persian_superuser("scroll-cue-dark-fa"), "en": persian_superuser("scroll-cue-dark-en")}
        prefers_english(users["en"])
        for user in users.values():
            profile = UserProfile.get_for_user(user)
            profile.theme = "dark"
            profile.save()
        news = {index.locale.language_code: index.pk for index in NewsIndexPage.objects.select_related("locale")}
    yield {language: (user.username, f"/admin/pages/{news[language]}/") for language, user in users.items()}
    with django_db_blocker.unblock():
        for user in users.values():
            user.delete()


@pytest.mark.parametrize("language", ["fa", "en"])
def test_in_the_dark_theme_the_shadow_is_darker_than_the_page_not_a_glow(browser, server, dark_admins, language):
    """The shadow took the theme's text colour: in the dark theme a pale bar glowing at the
    table's edge (113 on a page of 38). It is a shadow there too: darker than the page, and seen."""
    username, listing = dark_admins[language]
    page = sign_in(browser, server, username, viewport=PHONE)
    try:
        page.goto(server.url + listing)
        page.wait_for_load_state("networkidle")
        assert "w-theme-dark" in page.evaluate("document.documentElement.className")
        page.locator("table.listing").first.scroll_into_view_if_needed()
        end = "-box.scrollWidth" if language == "fa" else "box.scrollWidth"
        for moment in ("start", "end"):
            left, right, box = edge_shades(page)
            assert box["overflow"] > 0, "the news listing fits the phone: nothing to test"
            # Persian opens at its right end (more on the left), English at its left end.
            more_on_left = (language == "fa") == (moment == "start")
            shadow, page_shade = (left, right) if more_on_left else (right, left)
            assert shadow < page_shade - 15, (
                f"{language}, {moment}: the shadow {shadow} is not darker than the page {page_shade}"
            )
            page.evaluate(
                f"() => {{ const box = document.querySelector('table.listing').parentElement; box.scrollLeft = {end}; }}"
            )
    finally:
        page.context.close()
