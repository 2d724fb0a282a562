"""A poll's results in the admin draw each share's bar in the admin's own colours (its button teal
on a field's grey, Chromium's green and grey before), in the light and dark themes, filling from
the right in the Persian admin and from the left in the English one. Read from the pixels."""

import io

import pytest
from django.contrib.auth import get_user_model
from PIL import Image
from wagtail.users.models import UserProfile

from forms_pages.models import PollPage
from tests.browser.accounts import sign_in, walk_in_persian

pytestmark = pytest.mark.django_db

# The colour a CSS colour value resolves to in the page, as (r, g, b).
RESOLVED = """value => {
  const probe = document.body.appendChild(document.createElement("div"));
  probe.style.backgroundColor = value;
  const colour = getComputedStyle(probe).backgroundColor.match(/\\d+/g).slice(0, 3).map(Number);
  probe.remove();
  return colour;
}"""


@pytest.fixture(scope="module")
def english_admin(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        user = walk_in_persian(get_user_model().objects.create_superuser("poll-bars-en", "bars@example.ir", "x"))
        UserProfile.objects.filter(user=user).update(preferred_language="en")
    yield user
    with django_db_blocker.unblock():
        user.delete()


def close(pixel, colour):
    return all(abs(a - b) <= 12 for a, b in zip(pixel[:3], colour, strict=True))


@pytest.mark.parametrize(
    ("language", "theme", "filled_end"),
    [("fa", "light", "right"), ("fa", "dark", "right"), ("en", "light", "left")],
)
def test_poll_result_bars_are_drawn_in_the_admin_colours_from_the_line_start(
    browser, server, persian_admin, english_admin, language, theme, filled_end
):
    poll = PollPage.objects.get(slug="call-centre-quality", locale__language_code="fa")
    user = persian_admin if language == "fa" else english_admin
    page = sign_in(browser, server, user.username)
    try:
        page.emulate_media(color_scheme=theme)
        page.goto(f"{server.url}/admin/polls/{poll.pk}/results/")
        bars = page.locator(".poll-admin__percent progress")
        values = [float(bar.get_attribute("value")) for bar in bars.all()]
        bar = bars.nth(values.index(max(value for value in values if value < 95)))
        assert 5 < float(bar.get_attribute("value")) < 95
        fill = page.evaluate(RESOLVED, "var(--w-color-surface-button-default)")
        track = page.evaluate(RESOLVED, "var(--w-color-surface-field-inactive)")
        assert fill != track
        shot = Image.open(io.BytesIO(bar.screenshot())).convert("RGB")
        middle = shot.height // 2
        left, right = shot.getpixel((3, middle)), shot.getpixel((shot.width - 4, middle))
        start, end = (right, left) if filled_end == "right" else (left, right)
        assert close(start, fill), (language, theme, start, fill)
        assert close(end, track), (language, theme, end, track)
    finally:
        page.context.close()
