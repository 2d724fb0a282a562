"""The admin works under a CSP without 'unsafe-inline': only Wagtail's own initialisers run."""

import re

import pytest

from home.security.admin_csp import is_wagtail_initialiser

# wagtail-localize's translation editor, as it prints it.
CHOOSER_URLS = """
        if (typeof window.chooserUrls === "undefined") {
            window.chooserUrls = {
                imageChooser: "/admin/images/chooser/",
                documentChooser: "/admin/documents/chooser/",
                pageChooser: "/admin/choose-page/",
            }
        }
    """

# wagtail-localize's "Translate" form, as it prints it.
SELECT_ALL = """
        document.addEventListener('DOMContentLoaded', function() {
            var selectAll = document.querySelector('[name="select_all"]');
            var locales = document.querySelectorAll('[name="locales"]');

            selectAll.addEventListener('change', function() {
                for (var i = 0; i < locales.length; i++) {
                    locales[i].checked = selectAll.checked;
                }
            });
        });
    """


@pytest.mark.parametrize(
    "body",
    [
        'initDateTimeChooser("id_starts_at", {"dayOfWeekStart": 6, "format": "Y-m-d H:i"});',
        'new PageChooser("id_menu_items-0-link_page", {"modelNames": ["wagtailcore.page"], "parentId": 3});',
        '\n (function() {\n var panel = new InlinePanel(JSON.parse("{\\u0022type\\u0022: \\u0022X\\u0022}"));\n })();\n',
        'createTaskChooser("id_task");',
        "\n  // Set wagtailConfig.ACTIVE_CONTENT_LOCALE if this is a translated page\n  ",
        CHOOSER_URLS,
        SELECT_ALL,
    ],
)
def test_wagtail_initialisers_are_recognised(body):
    assert is_wagtail_initialiser(body)


@pytest.mark.parametrize(
    "body",
    [
        "alert(document.cookie)",
        'initDateChooser("id_x", {}); alert(1); ({});',
        'new PageChooser("id_x", {"a": 1}); fetch("/steal");',
        'new PageChooser("id_x" + evil(), {});',
        '(function() { var panel = new InlinePanel(JSON.parse("x")); alert(1); })();',
        "// comment\nalert(1)",
        CHOOSER_URLS.replace('"/admin/images/chooser/"', '"/admin/images/chooser/" + document.cookie'),
        CHOOSER_URLS.replace("}\n        }", "}\n        }\n        alert(1);"),
        SELECT_ALL.replace("selectAll.checked;", "selectAll.checked; fetch('/steal');"),
        SELECT_ALL + "alert(1);",
    ],
)
def test_anything_else_is_refused(body):
    assert not is_wagtail_initialiser(body)


@pytest.mark.django_db
def test_admin_inline_initialisers_carry_the_nonce_of_the_header(admin_client):
    response = admin_client.get("/admin/wagtailmenus/mainmenu/", follow=True)
    assert response.status_code == 200
    header = response["Content-Security-Policy"]
    assert "unsafe-inline" not in header.split("script-src", 1)[1].split(";", 1)[0]
    nonce = re.search(r"'nonce-([^']+)'", header).group(1)
    html = response.content.decode()
    assert f'<script nonce="{nonce}">new PageChooser(' in html
    assert f'<script nonce="{nonce}">\n        (function() {{\n            var panel = new InlinePanel(' in html


@pytest.mark.django_db
def test_public_pages_get_no_nonce(client):
    assert "nonce-" not in client.get("/")["Content-Security-Policy"]
