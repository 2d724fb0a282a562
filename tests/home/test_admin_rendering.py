"""Parts of Wagtail's edit forms and listings kept per process (home/pages/admin_rendering.py and
admin_buttons.py): the same HTML as Wagtail renders, in the staff member's own language."""

import contextlib
import html
import re

import pytest
from django.apps import apps
from django.template import Context, Template, engines
from django.template.loader import get_template
from django.utils import timezone
from wagtail.users.models import UserProfile

from home.pages import admin_rendering
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
    from home.pages.admin_buttons import _button_skeleton

    button = example_buttons()[index]
    assert _button_skeleton(button.icon_name or None, bool(button.url)) is not None  # filled, not rendered
    for _ in range(2):
        assert button.render_html({}) == wagtails_button_html(button)


def test_a_button_template_reading_more_is_rendered_as_before(monkeypatch):
    """A button template (an override, a later Wagtail) that reads anything but the icon, URL,
    label, class and attributes is not split into a skeleton: the template renders each button."""
    from django.template import engines
    from wagtail.admin.widgets.button import Button

    from home.pages import admin_buttons

    template = engines["django"].from_string(
        '<a href="{{ button.url }}" data-p="{{ button.priority }}">{{ button.label }}</a>'
    )
    monkeypatch.setattr(admin_buttons, "get_template", lambda name: template)
    admin_buttons._button_skeleton.cache_clear()
    try:
        assert admin_buttons._button_skeleton("edit", True) is None
    finally:
        monkeypatch.undo()
        admin_buttons._button_skeleton.cache_clear()
    button = Button("Edit", "/e/", priority=7)
    assert button.render_html({}) == wagtails_button_html(button)


@contextlib.contextmanager
def wagtails_own_rendering():
    """Wagtail's own code in place of every part kept per process, for as long as the block
    runs (the compiled templates are forgotten on the way in and out, so each tag is looked up
    afresh)."""
    from wagtail.admin.panels import InlinePanel
    from wagtail.admin.telepath.widgets import WidgetAdapter
    from wagtail.admin.templatetags import wagtailadmin_tags as tags
    from wagtail.admin.widgets import AdminPageChooser
    from wagtail.admin.widgets.button import BaseButton
    from wagtail.blocks.base import BlockWidget

    methods = [
        (BaseButton, "render_html"),
        (AdminPageChooser, "get_instance"),
        (AdminPageChooser, "get_value_data_from_instance"),
        (BlockWidget, "_build_block_json"),
        (WidgetAdapter, "js_args"),
        (InlinePanel.BoundPanel, "__init__"),
    ]
    ours = {(owner, name): owner.__dict__[name] for owner, name in methods}
    icon, formatted_field = tags.icon, tags.formattedfieldfromcontext
    for (owner, name), kept in ours.items():
        setattr(owner, name, kept.__wrapped__)
    tags.register.inclusion_tag(admin_rendering.ICON_TEMPLATE, takes_context=False)(icon.__wrapped__)
    tags.register.inclusion_tag(admin_rendering.FIELD_TEMPLATE, takes_context=True)(formatted_field.__wrapped__)
    forget_compiled_templates()
    try:
        yield
    finally:
        for (owner, name), kept in ours.items():
            setattr(owner, name, kept)
        tags.register.simple_tag(icon, name="icon")
        tags.register.simple_tag(formatted_field, takes_context=True, name="formattedfieldfromcontext")
        forget_compiled_templates()


def forget_compiled_templates():
    for engine in engines.all():
        for loader in engine.engine.template_loaders:
            loader.reset()


def without_per_request_values(content):
    """The page without what differs on every request: CSRF tokens, the CSP nonce, the editing
    session Wagtail opens for each visit, "n minutes ago", and the random ids of new blocks (a
    list block's first item, Draftail's paragraph keys) in the StreamField definitions."""
    text = content.decode()
    text = re.sub(r'(<time class="w-human-readable-date__date"[^>]*>)[^<]*(</time>)', r"\1WHEN\2", text)
    text = re.sub(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", "UUID", text)
    text = re.sub(r"(key\\?&quot;: \\?&quot;)[0-9a-z]{5}(\\?&quot;)", r"\1KEY\2", text)
    text = re.sub(r'(csrfmiddlewaretoken" value=|"CSRF_TOKEN": )"[^"]+"', r"\1TOKEN", text)
    text = re.sub(r'nonce="[^"]+"', "nonce=NONCE", text)
    return re.sub(r'(/editing-sessions/[^"]*/)\d+/"', r'\1SESSION/"', text)


EDITED_PAGE_TYPES = [
    "services.ServicePage",
    "services.LawPage",
    "newsroom.NewsPage",
    "forms_pages.FormPage",
    "tenders.TenderPage",
    "home.HomePage",
    "home.SectionPage",
]
LANGUAGES = ["fa", "en"]


@contextlib.contextmanager
def one_instant():
    """Model fields whose default is `timezone.now` (a tender amendment's date, shown in the
    empty form behind the inline panel's "Add") give one instant while the block runs, so that
    renders on either side of a minute's turn show the same default."""
    instant = timezone.now()
    fields = [
        field for model in apps.get_models() for field in model._meta.concrete_fields if field.default is timezone.now
    ]
    assert fields
    with pytest.MonkeyPatch.context() as patch:
        for field in fields:
            patch.setattr(field, "default", lambda: instant)
            field.__dict__.pop("_get_default", None)  # Django keeps the default's getter once read
        try:
            yield instant
        finally:
            for field in fields:
                field.__dict__.pop("_get_default", None)


def first_difference(ours, wagtails):
    """Where our rendering leaves Wagtail's: the first differing line of each, numbered."""
    for number, (mine, theirs) in enumerate(zip(ours.splitlines(), wagtails.splitlines(), strict=False), 1):
        if mine != theirs:
            return f"line {number}: ours {mine[:300]!r} / Wagtail's {theirs[:300]!r}"
    return f"{len(ours.splitlines())} lines against Wagtail's {len(wagtails.splitlines())}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_edit_pages_are_what_wagtail_renders(admin_client, admin_user, language):
    """Each page type's edit form is byte for byte Wagtail's own rendering (tokens and the
    editing session aside), in either language of the staff, the second visit included (from
    what the first kept).

    Every page type in one test, Wagtail's own renderings together in one
    `wagtails_own_rendering` block: entering and leaving it recompiles every admin template,
    which cost more than a visit when each page type did it twice."""
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = language
    profile.save()
    urls = {}
    for model_name in EDITED_PAGE_TYPES:
        page = apps.get_model(model_name).objects.filter(locale__language_code="fa").order_by("pk").first()
        assert page is not None, model_name
        urls[model_name] = f"/admin/pages/{page.pk}/edit/"

    def visit(model_name):
        response = admin_client.get(urls[model_name])
        assert response.status_code == 200, model_name
        return without_per_request_values(response.content)

    with one_instant():
        ours = {model_name: (visit(model_name), visit(model_name)) for model_name in EDITED_PAGE_TYPES}
        with wagtails_own_rendering():
            wagtails = {model_name: visit(model_name) for model_name in EDITED_PAGE_TYPES}
    differences = {
        f"{model_name}, {which} visit": first_difference(rendered, wagtails[model_name])
        for model_name, visits in ours.items()
        for which, rendered in zip(("first", "second"), visits, strict=True)
        if rendered != wagtails[model_name]
    }
    assert differences == {}


def test_a_services_laws_and_channels_are_its_own(admin_client):
    """Two services one after the other: each form shows its own laws and channels, and the
    empty forms the "Add" buttons copy (kept from the first visit) carry no value of either."""
    services = ServicePage.objects.filter(locale__language_code="fa").exclude(law_links=None).order_by("pk")[:2]
    empty_forms = []
    for service in services:
        content = without_per_request_values(admin_client.get(f"/admin/pages/{service.pk}/edit/").content)
        for index, link in enumerate(service.law_links.all()):
            assert f'name="law_links-{index}-law" value="{link.law_id}"' in content
        channels = re.findall(r'name="channels-\d+-channel".*?<option value="([^"]+)" selected>', content, re.S)
        assert channels == [channel.channel for channel in service.channels.all()]
        empty = [
            content.split(f'id="id_{name}-EMPTY_FORM_TEMPLATE"')[1].split("</template>")[0]
            for name in ("law_links", "channels")
        ]
        assert '<input type="hidden" name="law_links-__prefix__-law" id="id_law_links-__prefix__-law">' in empty[0]
        assert '<option value="" selected>' in empty[1]
        empty_forms.append(empty)
    assert len(empty_forms) == 2
    assert empty_forms[0] == empty_forms[1]
