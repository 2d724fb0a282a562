"""The Persian admin as staff see it in Chromium: counts in Persian digits (the sidebar's badge,
which Wagtail's React sidebar draws, listings and paginators), Latin for English staff; and
the edit form of every page type fits a 390px phone without horizontal overflow."""

import pytest

from tests.browser.accounts import sign_in
from tests.browser.test_admin_jalali_walk import PERSIAN_DIGITS

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}

# The text nodes that still hold ASCII digits, outside what people type or edit (the same
# exceptions as static/js/admin-persian-digits.js).
LATIN_DIGIT_TEXT = """() => {
  const keep = "script, style, template, noscript, input, textarea, select, [dir='ltr'], code, kbd, pre, "
    + ".w-field__input, [contenteditable], .js-translation-editor li > div > p";
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const found = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (/[0-9]/.test(node.nodeValue) && node.parentElement && !node.parentElement.closest(keep)) {
      found.push(node.nodeValue.trim());
    }
  }
  return found;
}"""

# What of the edit form and its header stands outside the screen, left or right. Left out: what Wagtail keeps
# off-screen on purpose until it is opened (the minimap, the side panels, the comment buttons
# in the margin, Draftail's transparent block-toolbar box whose button sits inside), and
# screen-reader text.
OUTSIDE_THE_SCREEN = """() => {
  const width = document.documentElement.clientWidth;
  const offScreenByDesign = ".w-minimap, .form-side, .w-sr-only, [hidden], template, "
    + ".Draftail-BlockToolbar";
  const found = [];
  for (const element of document.querySelectorAll("#main form *, #main header *")) {
    if (element.closest(offScreenByDesign)) continue;
    const box = element.getBoundingClientRect();
    if (!box.width || !box.height || getComputedStyle(element).visibility === "hidden") continue;
    if (box.left < -1 || box.right > width + 1) {
      found.push(`${element.tagName.toLowerCase()}#${element.id || element.name || ""} ${Math.round(box.left)}..${Math.round(box.right)}`);
    }
  }
  return found;
}"""


# The header's links and buttons that stand outside the screen, left or right (its listing below
# scrolls sideways in its own box by design).
HEADER_CONTROLS_OUTSIDE_THE_SCREEN = """() => {
  const width = document.documentElement.clientWidth;
  const found = [];
  for (const element of document.querySelectorAll("#main header :is(a, button)")) {
    if (element.closest(".w-sr-only, [hidden], template")) continue;
    const box = element.getBoundingClientRect();
    if (!box.width || !box.height || getComputedStyle(element).visibility === "hidden") continue;
    if (box.left < -1 || box.right > width + 1) found.push(`${element.textContent.trim()} ${Math.round(box.left)}..${Math.round(box.right)}`);
  }
  return found;
}"""


def admin_on_a_phone(browser, server, user, url):
    """The admin's `url`, loaded on a 390px phone signed in as `user` (close its context)."""
    page = sign_in(browser, server, user.username, viewport=PHONE)
    try:
        page.goto(server.url + url)
        page.wait_for_load_state("networkidle")
    except Exception:
        page.context.close()
        raise
    return page


def one_page_of_each_type():
    from wagtail.models import Page

    pages = {}
    for page in Page.objects.filter(locale__language_code="fa", depth__gt=1).select_related("content_type"):
        pages.setdefault(page.content_type.model, page.pk)
    return pages


def test_every_edit_form_fits_a_phone(browser, server, persian_admin, django_db_blocker):
    with django_db_blocker.unblock():
        pages = one_page_of_each_type()
    assert len(pages) >= 15, pages
    page = sign_in(browser, server, persian_admin.username, viewport=PHONE)
    problems = {}
    try:
        for model, pk in pages.items():
            page.goto(f"{server.url}/admin/pages/{pk}/edit/")
            page.wait_for_load_state("networkidle")
            assert page.url.endswith(f"/admin/pages/{pk}/edit/"), (model, page.url)
            scroll_width, client_width = page.evaluate(
                "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
            )
            outside = page.evaluate(OUTSIDE_THE_SCREEN)
            if scroll_width > client_width + 1 or outside:
                problems[model] = (scroll_width, client_width, outside[:5])
    finally:
        page.context.close()
    assert problems == {}


def test_counts_are_in_persian_digits_for_persian_staff_and_latin_for_english(
    browser, server, persian_admin, django_db_blocker
):
    from wagtail.users.models import UserProfile

    from services.models import FAQItem

    with django_db_blocker.unblock():
        pages = -(-FAQItem.objects.count() // 20)  # Wagtail's listings show 20 a page
    assert pages >= 2
    page = sign_in(browser, server, persian_admin.username)
    try:
        # The sidebar, drawn in the browser. Its only "new items" badge counted Wagtail's two
        # English guides in the Help menu, which Persian staff are no longer offered
        # (tests/home/test_editor_guide.py): no badge at all.
        page.locator(".sidebar-menu-item").first.wait_for(state="attached")
        assert page.locator(".w-dismissible-badge--count").count() == 0
        assert page.evaluate(LATIN_DIGIT_TEXT) == []
        for url in ("/admin/pages/", "/admin/snippets/services/faqitem/", "/admin/snippets/services/faqitem/?p=2"):
            page.goto(server.url + url)
            page.wait_for_load_state("networkidle")
            assert page.evaluate(LATIN_DIGIT_TEXT) == [], url
        assert f"صفحه ۲ از {str(pages).translate(PERSIAN_DIGITS)}" in page.inner_text("body")
        # What is typed stays as typed.
        page.fill("input[name=q]", "1405")
        assert page.input_value("input[name=q]") == "1405"
    finally:
        page.context.close()

    with django_db_blocker.unblock():
        profile = UserProfile.get_for_user(persian_admin)
        profile.preferred_language = "en"
        profile.save()
    page = sign_in(browser, server, persian_admin.username, locale="en-US")
    try:
        assert page.locator(".w-dismissible-badge--count [aria-hidden=true]").first.text_content() == "2"
    finally:
        page.context.close()
        with django_db_blocker.unblock():
            profile.preferred_language = "fa"
            profile.save()


def test_a_code_in_a_help_text_reads_as_the_field_takes_it(browser, server, persian_admin, django_db_blocker):
    """«مانند T-1405-012» under a tender's reference number: the digits turned Persian inside the
    sentence read «۰۱۲-۱۴۰۵-T»; the code stays whole, left to right, in Latin digits."""
    from tenders.models import TenderPage

    with django_db_blocker.unblock():
        pk = TenderPage.objects.filter(locale__language_code="fa").values_list("pk", flat=True).first()
    page = sign_in(browser, server, persian_admin.username)
    try:
        page.goto(f"{server.url}/admin/pages/{pk}/edit/")
        help_text = page.locator("[data-field-help]", has_text="T-1405-012").first
        code = help_text.locator("bdi[dir=ltr][lang=en]")
        assert code.text_content() == "T-1405-012"
        # Drawn left to right: the «T» stands at the code's left end.
        first, whole = code.evaluate(
            """(element) => {
                const range = document.createRange();
                range.setStart(element.firstChild, 0);
                range.setEnd(element.firstChild, 1);
                return [range.getBoundingClientRect().left, element.getBoundingClientRect().left];
            }"""
        )
        assert abs(first - whole) <= 1
        # The sentence around it is Persian, in Persian digits where it has any.
        assert "مانند" in help_text.text_content()
        assert page.evaluate(LATIN_DIGIT_TEXT) == []
    finally:
        page.context.close()


def test_a_screen_title_is_not_cut_on_a_phone_by_the_header_actions(browser, server, persian_admin):
    """The workflow report's header holds a link and a menu beside its title; at 390px the title
    read «گ…». Its actions now wrap under it, so the whole title shows."""
    page = sign_in(browser, server, persian_admin.username, viewport=PHONE)
    try:
        for url in ("/admin/reports/workflow/", "/admin/reports/workflow_tasks/", "/admin/pages/"):
            page.goto(server.url + url)
            page.wait_for_load_state("networkidle")
            title = page.locator("[data-w-breadcrumbs] li:last-child").last
            cut = title.evaluate(
                "(li) => { const a = li.querySelector('a, span') || li; return a.scrollWidth > a.clientWidth + 1; }"
            )
            assert not cut, (url, title.inner_text())
            # The actions that moved under the title are still on the screen.
            assert page.evaluate(HEADER_CONTROLS_OUTSIDE_THE_SCREEN) == [], url
    finally:
        page.context.close()


def test_the_explorer_on_a_phone_keeps_titles_whole_and_every_column_in_reach(
    browser, server, persian_admin, django_db_blocker
):
    """At 390px the news explorer squeezed its title column to 46px, a few letters a line
    («خدما» over «ت»), and its status column sat behind the page's hidden overflow, out of
    reach. The listing now scrolls sideways in its own box and the title column is held wide."""
    from newsroom.models import NewsIndexPage
    from tests.browser.test_phone_layout import WORDS_BROKEN_IN_TABLE_CELLS

    with django_db_blocker.unblock():
        index = NewsIndexPage.objects.get(locale__language_code="fa")
    page = admin_on_a_phone(browser, server, persian_admin, f"/admin/pages/{index.pk}/")
    try:
        page.evaluate("document.fonts.ready.then(() => true)")
        titles = page.locator("table.listing tbody td.title")
        assert titles.count() >= 10
        assert min(titles.evaluate_all("(cells) => cells.map((cell) => cell.getBoundingClientRect().width)")) >= 150
        broken = page.evaluate(WORDS_BROKEN_IN_TABLE_CELLS.replace("main td, main th", "table.listing td.title"))
        assert broken == []
        # The status of each row is reached by scrolling the listing's own box, not cut off.
        box = page.locator("form:has(> table.listing)")
        assert box.evaluate("(form) => getComputedStyle(form).overflowX") == "auto"
        status = page.locator("table.listing tbody tr").first.locator("td").last
        status.scroll_into_view_if_needed()
        edge = status.evaluate("(cell) => cell.getBoundingClientRect()")
        assert -1 <= edge["left"] and edge["right"] <= PHONE["width"] + 1
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    finally:
        page.context.close()


def test_a_requests_title_its_code_stays_on_a_phone(browser, server, persian_admin, django_db_blocker):
    """A request's screen is titled with its code («درخواست ۷۳۱۷۲-۲۰۸۰۲-۴۷۳۹۱»), digits no line
    may break inside: at 390px it stood 20px past the left edge, its first digit cut off."""
    from forms_pages.factories import CitizenRequestFactory

    with django_db_blocker.unblock():
        request = CitizenRequestFactory(subject="پرسش برای دیدن عنوان درخواست روی تلفن همراه")
    page = sign_in(browser, server, persian_admin.username, viewport=PHONE)
    try:
        page.goto(f"{server.url}/admin/citizen-requests/edit/{request.pk}/")
        title = page.locator("h1.w-header__title")
        assert "درخواست" in title.inner_text()
        box = title.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], box
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    finally:
        page.context.close()
        with django_db_blocker.unblock():
            request.delete()


def test_a_settings_heading_and_the_header_menu_stay_inside_a_phone(browser, server, persian_admin, django_db_blocker):
    """At 390px the site banner's heading hung its warning icon past the right edge (x 384–414),
    and the header's "⋯" menu (a form's submissions export from it) sat flush on the left edge."""
    from wagtail.models import Site

    from forms_pages.models import FormPage

    with django_db_blocker.unblock():
        site = Site.objects.get(is_default_site=True)
        form = FormPage.objects.filter(locale__language_code="fa").first()
    page = sign_in(browser, server, persian_admin.username, viewport=PHONE)
    try:
        page.goto(f"{server.url}/admin/settings/home/sitebanner/{site.pk}/")
        icon = page.locator("#header-title > .icon").bounding_box()
        assert icon["x"] >= 0 and icon["x"] + icon["width"] <= PHONE["width"], icon
        assert page.locator("#header-title").bounding_box()["y"] <= icon["y"]
        for url in (f"/admin/forms/submissions/{form.pk}/", f"/admin/pages/{form.pk}/edit/"):
            page.goto(server.url + url)
            page.wait_for_load_state("networkidle")
            menu = page.locator("#w-slim-header-buttons button").first.bounding_box()
            assert menu["x"] >= 8 and menu["x"] + menu["width"] <= PHONE["width"] - 8, (url, menu)
    finally:
        page.context.close()


# The minimap's marks (its dashes, the line of the sections in view) that show on the screen.
MINIMAP_MARKS_ON_THE_SCREEN = """() => {
  const width = document.documentElement.clientWidth;
  return [...document.querySelectorAll(".w-minimap__list *, .w-minimap__footer")].filter((element) => {
    const box = element.getBoundingClientRect();
    if (!box.width || !box.height || getComputedStyle(element).visibility === "hidden") return false;
    return box.right > 0 && box.left < width;
  }).map((element) => element.className.baseVal ?? element.className);
}"""


def test_the_folded_minimap_leaves_the_title_alone_on_a_phone(browser, server, persian_admin, django_db_blocker):
    """At 390px the folded minimap drew its dashes and line in the page's 20px margin, against the
    title field of a tender or a news item. There only its toggle shows, and it still opens."""
    with django_db_blocker.unblock():
        pages = one_page_of_each_type()
    page = sign_in(browser, server, persian_admin.username, viewport=PHONE)
    try:
        for model in ("tenderpage", "newspage"):
            page.goto(f"{server.url}/admin/pages/{pages[model]}/edit/")
            page.wait_for_load_state("networkidle")
            assert page.locator(".w-minimap__toggle").is_visible()
            assert page.evaluate(MINIMAP_MARKS_ON_THE_SCREEN) == [], model
        page.click(".w-minimap__toggle")
        page.locator(".w-minimap--expanded").wait_for()
        page.wait_for_timeout(400)  # the minimap slides in
        assert page.evaluate(MINIMAP_MARKS_ON_THE_SCREEN) != []
    finally:
        page.context.close()


# Where the Jalali calendar stands against its field and the field above it.
CALENDAR_PLACE = """(above) => {
  const box = (element) => element.getBoundingClientRect().toJSON();
  return {calendar: box(document.querySelector("jdp-container")), field: box(document.activeElement),
          above: box(document.querySelector(above))};
}"""


def overlap(one, other):
    return not (
        one["right"] <= other["left"]
        or other["right"] <= one["left"]
        or one["bottom"] <= other["top"]
        or other["bottom"] <= one["top"]
    )


def test_the_jalali_calendar_opens_under_its_fields_start(browser, server, persian_admin, django_db_blocker):
    """The calendar opened under the left end of a full-width field in the RTL admin, far from its
    label; on the requests desk, with the visit field low on the screen, it opened upward over the
    status select. It now opens under the field's start (its right end), below it when the page
    can scroll to make room; on a phone, whose calendar is a sheet at the bottom, the field stays
    above the sheet."""
    from forms_pages.factories import CitizenRequestFactory

    with django_db_blocker.unblock():
        request = CitizenRequestFactory(subject="پرسش برای دیدن جای تقویم")
        news = one_page_of_each_type()["newspage"]
    try:
        for viewport in ({"width": 1366, "height": 900}, PHONE):
            page = sign_in(browser, server, persian_admin.username, viewport=viewport)
            try:
                page.goto(f"{server.url}/admin/citizen-requests/edit/{request.pk}/")
                page.select_option("select[name=status]", "visit_requested")
                # The visit field near the bottom of the screen, as after reading the request.
                page.locator("input[name=visit_at]").evaluate(
                    "(field) => field.scrollIntoView({block: 'end', behavior: 'instant'})"
                )
                page.click("input[name=visit_at]")
                page.wait_for_timeout(500)
                place = page.evaluate(CALENDAR_PLACE, "select[name=status]")
                calendar, field = place["calendar"], place["field"]
                assert field["bottom"] <= calendar["top"] + 1, (viewport, place)
                assert not overlap(calendar, place["above"]), (viewport, place)
                if viewport is not PHONE:
                    assert abs(calendar["right"] - field["right"]) <= 1, place
                page.keyboard.press("Escape")

                page.goto(f"{server.url}/admin/pages/{news}/edit/")
                page.wait_for_load_state("networkidle")
                page.click("input[data-jdp]")
                page.wait_for_timeout(500)
                place = page.evaluate(CALENDAR_PLACE, "#id_title")
                calendar, field = place["calendar"], place["field"]
                assert field["bottom"] <= calendar["top"] + 1, (viewport, place)
                if viewport is not PHONE:
                    assert abs(calendar["right"] - field["right"]) <= 1, place
            finally:
                page.context.close()
    finally:
        with django_db_blocker.unblock():
            request.delete()


# Each empty rich-text field's placeholder (Draftail's ::before, out of the flow) against its
# field's box: how far below the box its last line ends (0 or less: all of it shows).
PLACEHOLDER_OVERFLOW = """() => [...document.querySelectorAll(".Draftail-Editor")].map((editor) => {
  const block = editor.querySelector("[data-contents] > .Draftail-block--empty:only-child");
  if (!block) return 0;
  const before = getComputedStyle(block, "::before");
  const top = block.getBoundingClientRect().top + (parseFloat(before.top) || 0);
  return Math.round(top + parseFloat(before.height) - editor.getBoundingClientRect().bottom);
})"""


def test_a_rich_text_fields_placeholder_shows_whole_on_a_phone(browser, server, persian_admin, django_db_blocker):
    """«چیزی بنویسید یا برای درج بلوک «/» را بزنید» takes two lines at 390px; its second was cut."""
    from tenders.models import TenderIndexPage

    with django_db_blocker.unblock():
        index = TenderIndexPage.objects.get(locale__language_code="fa")
    page = admin_on_a_phone(browser, server, persian_admin, f"/admin/pages/add/tenders/tenderpage/{index.pk}/")
    try:
        overflow = page.evaluate(PLACEHOLDER_OVERFLOW)
        assert overflow and max(overflow) <= 0, overflow
    finally:
        page.context.close()
