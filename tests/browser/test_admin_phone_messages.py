"""A message at the top of an admin screen on a phone keeps clear of Wagtail's menu button, which
stands in the corner where lines start (the right in the Persian admin) and covered the end of
the message's first lines."""

import pytest

from tests.browser.test_admin_phone_and_digits import admin_on_a_phone

pytestmark = pytest.mark.browser


# Where the first message's text lies (its box less its padding) and where the menu button is.
MESSAGE_AND_MENU = """() => {
  const item = document.querySelector(".messages > ul > li");
  const box = item.getBoundingClientRect(), style = getComputedStyle(item);
  const menu = document.querySelector(".sidebar-nav-toggle--mobile").getBoundingClientRect();
  return {
    text: {left: box.left + parseFloat(style.paddingLeft), right: box.right - parseFloat(style.paddingRight),
           top: box.top, bottom: box.bottom},
    menu: {left: menu.left, right: menu.right, top: menu.top, bottom: menu.bottom},
  };
}"""


def test_a_message_at_the_top_is_not_under_the_menu_button(browser, server, persian_admin, django_db_blocker):
    from newsroom.models import NewsPage

    with django_db_blocker.unblock():
        news = NewsPage.objects.filter(locale__language_code="fa").first()
    page = admin_on_a_phone(browser, server, persian_admin, f"/admin/pages/{news.pk}/edit/")
    try:
        page.locator("footer button[type=submit]").first.click()  # save a draft: «… به‌روزرسانی شد.»
        page.wait_for_load_state("networkidle")
        page.locator(".messages > ul > li").first.wait_for()
        boxes = page.evaluate(MESSAGE_AND_MENU)
    finally:
        page.context.close()
    text, menu = boxes["text"], boxes["menu"]
    beside = text["right"] <= menu["left"] or text["left"] >= menu["right"]
    apart = text["bottom"] <= menu["top"] or text["top"] >= menu["bottom"]
    assert beside or apart, boxes
