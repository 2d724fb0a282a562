"""The browser tab's title: the page's title, then the directorate's name; the home page's
title is the directorate's name, once."""

import pytest

from tests.admin_language import prefers_english
from tests.soup import soup

pytestmark = pytest.mark.django_db


def title(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return " ".join(soup(response).title.get_text().split())


@pytest.mark.parametrize("path", ["/", "/en/"])
def test_the_home_pages_title_names_the_directorate_once(client, path):
    home = title(client, path)
    assert "|" not in home
    assert home in (
        "اداره کل تعاون، کار و رفاه اجتماعی استان تهران",
        "Tehran Province General Directorate of Cooperatives, Labour and Social Welfare",
    )


@pytest.mark.parametrize(
    ("path", "expected"), [("/about/", "درباره اداره کل | "), ("/en/about/", "About the directorate | ")]
)
def test_other_pages_put_their_own_title_first(client, path, expected):
    assert title(client, path).startswith(expected)


def test_admin_tab_titles_end_with_the_directorates_name_in_the_admins_language(client, admin_user):
    """Wagtail's own end with "- Wagtail"; an operator with several tabs open reads whose admin it is."""
    assert title(client, "/admin/login/") == "ورود - اداره کل تعاون، کار و رفاه اجتماعی استان تهران"
    client.force_login(admin_user)
    assert title(client, "/admin/") == "داشبورد - اداره کل تعاون، کار و رفاه اجتماعی استان تهران"
    prefers_english(admin_user)
    assert title(client, "/admin/") == "Dashboard - Tehran Labour Directorate"
    assert "Wagtail" not in title(client, "/admin/pages/")
