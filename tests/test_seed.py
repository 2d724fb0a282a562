"""seed_demo builds the demo once; running it again changes nothing."""

import io

import pytest
from django.apps import apps
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


def test_demo_has_both_languages_and_all_domains(home_fa, home_en):
    from home.models import Domain, SectionPage

    sections = SectionPage.objects.live()
    assert {s.domain for s in sections.filter(locale__language_code="fa")} == set(Domain.values)
    assert sections.filter(locale__language_code="en").count() == len(Domain.values)


def test_demo_text_is_real_persian_not_placeholder(home_fa):
    from wagtail.models import Page

    for page in Page.objects.live().filter(locale__language_code="fa", depth__gt=1):
        assert "lorem" not in page.title.lower()
    assert "تعاون" in home_fa.title


def test_demo_admin_is_created_once():
    out = io.StringIO()
    call_command("create_demo_admin", "--username", "demo-admin-test", stdout=out)
    assert "password:" in out.getvalue()
    again = io.StringIO()
    call_command("create_demo_admin", "--username", "demo-admin-test", stdout=again)
    assert "password:" not in again.getvalue()
