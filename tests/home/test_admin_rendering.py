"""Parts of Wagtail's edit forms kept per process (home/pages/admin_rendering.py): the same HTML
as Wagtail renders, in the staff member's own language."""

import html

import pytest
from django.template import Context, Template
from django.template.loader import get_template
from wagtail.users.models import UserProfile

from services.models import ServicePage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "arguments, context",
    [
        ('name="folder"', {"name": "folder", "classname": "icon"}),
        ('name="folder" classname="initial"', {"name": "folder", "classname": "initial"}),
        ('name="arrow-left" classname="default"', {"name": "arrow-left", "classname": "default"}),
        ('name="site" wrapped=1', {"name": "site", "classname": "icon", "wrapped": 1}),
        ('name="lock" title="قفل شده"', {"name": "lock", "classname": "icon", "title": "قفل شده"}),
    ],
)
def test_icons_render_as_wagtails_template(arguments, context):
    """The tag gives what Wagtail's inclusion tag gives: its template with these values."""
    tag = Template("{% load wagtailadmin_tags %}{% icon " + arguments + " %}")
    expected = get_template("wagtailadmin/shared/icon.html").render({"title": None, "wrapped": False, **context})
    for _ in range(2):  # the second from what the first kept
        assert tag.render(Context()) == expected


def test_block_definitions_follow_the_staff_members_language(admin_client, admin_user):
    """The StreamFields' block definitions are kept per language: an English editor after a
    Persian one reads English labels, and the Persian editor again Persian ones."""
    service = ServicePage.objects.filter(locale__language_code="fa").order_by("pk").first()
    url = f"/admin/pages/{service.pk}/edit/"
    profile = UserProfile.get_for_user(admin_user)

    def definitions(language):
        profile.preferred_language = language
        profile.save()
        response = admin_client.get(url)
        assert response.status_code == 200
        return html.unescape(response.content.decode())

    persian, english, again = definitions("fa"), definitions("en"), definitions("fa")
    assert "Required document" in english and "Required document" not in persian
    assert "مدرک لازم" in persian or "مدارک لازم" in persian
    assert again.count("data-w-block-data-value") == persian.count("data-w-block-data-value") == 5
    assert "Required document" not in again


def wagtails_button_html(button):
    return get_template("wagtailadmin/shared/button.html").render({"button": button, "request": None})


def example_buttons():
    from django.utils.safestring import mark_safe
    from django.utils.translation import gettext_lazy
    from wagtail.admin.widgets.button import Button, HeaderButton, ListingButton

    return [
        Button("ویرایش", "/admin/pages/3/edit/?next=%2Fadmin%2Fpages%2F2%2F", icon_name="edit", priority=2),
        Button(gettext_lazy("Edit"), "/admin/pages/3/edit/", attrs={"rel": "noreferrer"}),
        Button('<b>Tom & "Jerry"</b>', None, classname='a"b', attrs={"aria-label": "More 'x' <y>"}),
        Button(mark_safe("<span>safe</span>"), "/x/?a=1&b=2", icon_name="doc-empty"),
        HeaderButton("افزودن", "/admin/pages/add/3/", icon_name="plus", icon_only=True),
        ListingButton("ترجمه این صفحه", "/admin/localize/submit/page/3/", icon_name="wagtail-localize-language"),
        Button("", None),
    ]


@pytest.mark.parametrize("index", range(7))
def test_buttons_render_as_wagtails_template(index):
    """A button gives what Wagtail's template gives for it: link or button, icon or none, its
    values escaped as the template escapes them (and a safe label left as it is)."""
    from home.pages.admin_rendering import _button_skeleton

    button = example_buttons()[index]
    assert _button_skeleton(button.icon_name or None, bool(button.url)) is not None  # filled, not rendered
    for _ in range(2):
        assert button.render_html({}) == wagtails_button_html(button)


def test_a_button_template_reading_more_is_rendered_as_before(monkeypatch):
    """A button template (an override, a later Wagtail) that reads anything but the icon, URL,
    label, class and attributes is not split into a skeleton: the template renders each button."""
    from django.template import engines
    from wagtail.admin.widgets.button import Button

    from home.pages import admin_rendering

    template = engines["django"].from_string(
        '<a href="{{ button.url }}" data-p="{{ button.priority }}">{{ button.label }}</a>'
    )
    monkeypatch.setattr(admin_rendering, "get_template", lambda name: template)
    admin_rendering._button_skeleton.cache_clear()
    try:
        assert admin_rendering._button_skeleton("edit", True) is None
    finally:
        monkeypatch.undo()
        admin_rendering._button_skeleton.cache_clear()
    button = Button("Edit", "/e/", priority=7)
    assert button.render_html({}) == wagtails_button_html(button)
