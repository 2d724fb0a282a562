"""Tags in the Persian admin's tag field (Wagtail's jQuery tag-it), in Chromium.

A news item's tag of two words read «"تعاونی مسکن"», in straight quotes (Wagtail quotes such a
tag so that taggit keeps it whole); the chips stood left to right in the RTL field, the first
tag on the left; each chip's remove button overlapped the chip. The chips now read without the
quotes, from the right, and the value sent keeps them: a tag of two words typed, and one
removed with its button, are saved as they should be (static/js/admin-persian-tags.js,
static/css/admin.css).
"""

import datetime

import pytest

from tests.browser.accounts import sign_in, submit
from tests.browser.content import live_news_item

pytestmark = pytest.mark.browser

CHIPS = """() => [...document.querySelectorAll('ul.tagit li.tagit-choice')].map((chip) => {
  const label = chip.querySelector('.tagit-label'), close = chip.querySelector('.tagit-close .ui-icon');
  const box = label.getBoundingClientRect(), x = close.getBoundingClientRect();
  return {shown: label.innerText.trim(), left: box.left, right: box.right,
          closeOverlaps: x.right > box.left && x.left < box.right};
})"""


@pytest.fixture
def news(persian_admin, django_db_blocker):
    """A news item of the test's own with a tag of two words and one of one word."""
    with live_news_item(
        persian_admin,
        django_db_blocker,
        title="خبر آزمایشی برچسب‌ها",
        slug="tag-chips-check",
        date=datetime.datetime(2026, 12, 6, 12, 0),
        tags=("تعاونی مسکن", "تعاونی"),
    ) as item:
        yield item


def test_persian_tag_chips_read_without_quotes_from_the_right_and_save_whole(
    browser, server, persian_admin, news, django_db_blocker
):
    from newsroom.models import NewsPage

    page = sign_in(browser, server, persian_admin.username)
    try:
        page.goto(f"{server.url}/admin/pages/{news.pk}/edit/#tab-promote")
        page.wait_for_load_state("networkidle")
        chips = page.evaluate(CHIPS)
        assert [chip["shown"] for chip in chips] == ["تعاونی مسکن", "تعاونی"], chips
        assert chips[0]["left"] > chips[1]["right"], chips  # the first tag on the right
        assert not [chip for chip in chips if chip["closeOverlaps"]], chips
        assert page.input_value("input[name=tags]") == '"تعاونی مسکن",تعاونی'

        page.locator("ul.tagit input[type=text]").fill("بیمه بیکاری")
        page.keyboard.press("Enter")
        assert [chip["shown"] for chip in page.evaluate(CHIPS)][-1] == "بیمه بیکاری"
        page.locator("ul.tagit li.tagit-choice", has_text="تعاونی مسکن").locator(".tagit-close").click()
        page.wait_for_function("() => document.querySelectorAll('ul.tagit li.tagit-choice:not(.removed)').length === 2")
        submit(page, "footer button.action-save")
        assert page.locator(".error-message, .w-field--error").count() == 0
    finally:
        page.context.close()
    with django_db_blocker.unblock():
        draft = NewsPage.objects.get(pk=news.pk).get_latest_revision_as_object()
        assert sorted(tag.name for tag in draft.tags.all()) == sorted(["تعاونی", "بیمه بیکاری"])
