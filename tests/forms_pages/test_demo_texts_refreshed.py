"""Seeding again brings the demo's wording up to date on the pages the demo made and no one has
edited (a database seeded before the forms index's intro was corrected kept the old one), and
leaves what an editor wrote alone."""

import io

import pytest
from django.core.management import call_command

from forms_pages.demo.content import FORMS, HOME_CHILDREN
from forms_pages.models import FormPage, FormsIndexPage

pytestmark = pytest.mark.django_db

FORM = FORMS[0]


def pages():
    return (
        FormsIndexPage.objects.get(locale__language_code="fa"),
        FormsIndexPage.objects.get(locale__language_code="en"),
        FormPage.objects.get(slug=FORM["slug"], locale__language_code="fa"),
        FormPage.objects.get(slug=FORM["slug"], locale__language_code="en"),
    )


def publish(page, user=None, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision(user=user).publish(user=user)


def test_seeding_again_brings_the_demos_unedited_texts_up_to_date():
    index, index_en, form, form_en = pages()
    # As a database seeded with an earlier wording holds them.
    publish(index, intro="در هر نظرسنجی هر نفر یک بار می‌تواند رأی بدهد.")
    publish(index_en, intro="Each person may vote once in each poll.")
    publish(form, intro="<p>متن پیشین</p>", summary="خلاصه پیشین")
    publish(form_en, intro="<p>Earlier text</p>")

    call_command("seed_forms", stdout=io.StringIO())

    index, index_en, form, form_en = pages()
    assert index.intro == HOME_CHILDREN["forms"][0]["intro"]
    assert index_en.intro == HOME_CHILDREN["forms"][1]["intro"]
    assert (form.intro, form.summary) == (FORM["intro"], FORM["summary"])
    assert form_en.intro == FORM["en"]["intro"]
    # Published, as the public reads it.
    assert index.live_revision.as_object().intro == index.intro and not index.has_unpublished_changes


def test_seeding_again_leaves_what_an_editor_wrote(admin_user):
    index, index_en, form, _form_en = pages()
    publish(index, user=admin_user, intro="فرم‌های اداره کل را این‌جا پر کنید.")
    publish(form, user=admin_user, intro="<p>ویرایش ویراستار</p>")
    revisions = index.revisions.count()

    call_command("seed_forms", stdout=io.StringIO())

    index, index_en, form, _form_en = pages()
    assert index.intro == "فرم‌های اداره کل را این‌جا پر کنید." and index.revisions.count() == revisions
    assert form.intro == "<p>ویرایش ویراستار</p>"
    assert index_en.intro == HOME_CHILDREN["forms"][1]["intro"]  # its translation: no one edited it
