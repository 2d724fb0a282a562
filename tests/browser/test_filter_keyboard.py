"""A filter form that applies a choice by itself must not take a keyboard user away at the
first arrow key (WCAG 3.2.2, On Input): on a select or a group of radio buttons each arrow key
changes the value, so only a box applies at once; the others wait for the Apply button.

The catalogue's facets are boxes today; a select or radio group is put in its form here, in
place of the «level» boxes, as a filter form could hold one (portal.js treats every
data-autosubmit form alike)."""

import pytest

pytestmark = pytest.mark.django_db

# The «level» boxes become one control of the same name and values.
LEVEL_AS = {
    "select": """() => {
        const boxes = [...document.querySelectorAll("form.facets input[name=level]")];
        const select = document.createElement("select");
        select.name = "level";
        select.id = "level-select";
        select.append(new Option("", ""), ...boxes.map((box) => new Option(box.value, box.value)));
        boxes[0].closest("fieldset").replaceWith(select);
        return [...select.options].map((option) => option.value);
    }""",
    "radio": """() => {
        const boxes = [...document.querySelectorAll("form.facets input[name=level]")];
        boxes.forEach((box) => { box.type = "radio"; box.checked = false; });
        boxes[0].id = "level-select";
        return ["", ...boxes.map((box) => box.value)];
    }""",
}


@pytest.mark.parametrize("control", ["select", "radio"])
@pytest.mark.parametrize("path", ["/services/", "/en/services/"])
def test_arrow_keys_on_a_filter_choose_without_leaving_the_page(page, server, control, path):
    page.goto(server.url + path)
    values = page.evaluate(LEVEL_AS[control])
    assert len(values) >= 4
    page.focus("#level-select")
    if control == "radio":
        page.keyboard.press("Space")  # the first radio button chosen; the arrows go on from it
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.wait_for_timeout(500)  # a submission the change started would have begun by now
    assert page.url == server.url + path
    chosen = page.evaluate(
        "document.querySelector('form.facets select[name=level]')?.value"
        " ?? document.querySelector('form.facets input[name=level]:checked').value"
    )
    assert chosen == (values[2] if control == "select" else values[3])

    # The choice applies with the form's button («Apply filters»).
    page.focus("form.facets button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert f"level={chosen}" in page.url
    assert page.locator(f"form.facets input[name=level][value='{chosen}']").is_checked()
