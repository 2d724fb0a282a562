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
