"""seed_demo builds the demo once; running it again changes nothing."""

import io
import os
import re
import subprocess
import sys

import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import call_command

pytestmark = pytest.mark.django_db

PROJECT_APPS = {"home", "services", "newsroom", "forms_pages", "tenders", "wagtailcore", "wagtailmenus", "auth"}


def counts():
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label in PROJECT_APPS and not model._meta.proxy
    }


def test_running_seed_demo_twice_leaves_the_same_counts():
    before = counts()
    call_command("seed_demo", stdout=io.StringIO())
    assert counts() == before


def test_make_run_starts_again_on_its_sqlite_database(tmp_path):
    """`make run` defaults to SQLite and migrates on every start; migrate runs the checks that
    read the database, which must not need PostgreSQL. The reviewers check used DISTINCT ON, so
    a second `make run` on a seeded database stopped with NotSupportedError."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal_site.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PRIVATE_MEDIA_ROOT": str(tmp_path / "private"),
    }
    # The sections and the editorial groups, workflows and heads the check reads; then the
    # second start's migrate.
    for command in (["migrate"], ["seed_home"], ["seed_editorial"], ["migrate"]):
        result = subprocess.run(
            [sys.executable, "manage.py", *command, "-v0"],
            cwd=settings.BASE_DIR,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert result.returncode == 0, f"{command}: {result.stderr[-3000:]}"


def test_demo_has_both_languages_and_all_domains(home_fa, home_en):
    from home.choices import Domain
    from home.models import SectionPage

    sections = SectionPage.objects.live()
    assert {s.domain for s in sections.filter(locale__language_code="fa")} == set(Domain.values)
    assert sections.filter(locale__language_code="en").count() == len(Domain.values)


def test_demo_text_is_real_persian_not_placeholder(home_fa):
    from wagtail.models import Page

    persian_letter = re.compile(r"[\u0600-\u06FF]")
    latin_phrase = re.compile(r"[A-Za-z]+(?:\s+[A-Za-z]+){2,}")  # three Latin words in a row
    for page in Page.objects.live().filter(locale__language_code="fa", depth__gt=1).specific():
        for text in (page.title, page.summary):
            if text:
                assert persian_letter.search(text), (page.url_path, text)
                assert not latin_phrase.search(text), (page.url_path, text)
    assert "تعاون" in home_fa.title


def test_demo_admin_is_created_once():
    out = io.StringIO()
    call_command(
        "create_demo_admin", "--username", "demo-admin-test", "--url", "http://127.0.0.1:8765/admin/", stdout=out
    )
    assert "password:" in out.getvalue()
    assert "http://127.0.0.1:8765/admin/" in out.getvalue()
    again = io.StringIO()
    call_command("create_demo_admin", "--username", "demo-admin-test", stdout=again)
    assert "password:" not in again.getvalue()


def test_every_demo_user_has_a_persian_full_name_the_admin_shows(client):
    """Editors, heads, the director, desk staff and the administrator: the admin names a person."""
    from django.contrib.auth import get_user_model
    from django.db.models import Q
    from django.test import override_settings

    out = io.StringIO()
    with override_settings(DEMO_USERS=True):
        call_command("seed_editorial", stdout=out)
    call_command("create_demo_admin", stdout=out)
    # Every account of a role (a member of an editorial or desk group) and the administrator.
    demo_users = get_user_model().objects.filter(Q(groups__isnull=False) | Q(username="admin")).distinct()
    usernames = {user.username for user in demo_users}
    assert {"editor-cooperatives", "head-cooperatives", "director", "desk-staff", "admin"} <= usernames
    assert len(usernames) >= 20
    persian_word = re.compile(r"^[\u0600-\u06ff\u200c]+$")
    for user in demo_users:
        assert persian_word.match(user.first_name) and persian_word.match(user.last_name), user.username
    head = get_user_model().objects.get(username="head-cooperatives")
    client.force_login(head)
    dashboard = client.get("/admin/").content.decode()
    assert head.get_full_name() in dashboard and "head-cooperatives" not in dashboard
