"""The desk's request screen is headed «Request 83739-70970-24253»: at 390 px in the English admin
the heading ended a line at «83739-» and began the next with «70970-24253», so a clerk reading
the code to an applicant on the phone read it in two pieces. The code stays whole on one line,
in both admins, at every phone width."""

import pytest

from tests.browser.accounts import sign_in
from tests.browser.test_unbroken_tokens import LINES_OF, PHONE_WIDTHS

pytestmark = pytest.mark.browser


@pytest.fixture
def desk_request(django_db_blocker):
    from forms_pages.factories import CitizenRequestFactory

    with django_db_blocker.unblock():
        request = CitizenRequestFactory(subject="پرسش دربارهٔ بیمهٔ بیکاری برای سرعنوان روی تلفن")
    yield request
    with django_db_blocker.unblock():
        request.delete()


@pytest.mark.parametrize("language", ["en", "fa"])
def test_the_tracking_code_in_the_heading_stays_on_one_line(
    browser, server, persian_admin, desk_request, django_db_blocker, language
):
    from wagtail.users.models import UserProfile

    from home.language.text import local_digits

    with django_db_blocker.unblock():
        profile = UserProfile.get_for_user(persian_admin)
        profile.preferred_language = language
        profile.save()
    page = sign_in(browser, server, persian_admin.username, viewport={"width": PHONE_WIDTHS[0], "height": 800})
    page.goto(f"{server.url}/admin/citizen-requests/edit/{desk_request.pk}/")
    page.evaluate("document.fonts.ready.then(() => true)")
    code = local_digits(desk_request.code_display, language)
    broken = []
    for width in PHONE_WIDTHS:
        page.set_viewport_size({"width": width, "height": 800})
        lines = page.evaluate(LINES_OF, ["#header-title", code])
        assert lines == [lines[0]] and lines[0] >= 1, f"{code} is not once in the heading"
        broken += [width] if lines[0] > 1 else []
    assert broken == []
