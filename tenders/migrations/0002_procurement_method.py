"""`method` becomes `procurement_method`: a form field named `method` hid the admin form's own
`method`, and Wagtail's autosave failed on every notice. Saved revisions and wagtail-localize's
translation sources keep a notice's fields by name, so the key is renamed there too (a draft
or an old revision would otherwise open as a public procedure)."""

import json

from django.db import migrations

OLD, NEW = "method", "procurement_method"


def _renamed(content, old, new):
    if isinstance(content, str):
        data = json.loads(content)
        return json.dumps(_renamed(data, old, new)) if old in data else content
    if old in content:
        content = {(new if key == old else key): value for key, value in content.items()}
    return content


def rename_in_saved_content(apps, schema_editor, old=OLD, new=NEW):
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type = ContentType.objects.filter(app_label="tenders", model="tenderpage").first()
    if content_type is None:
        return
    Revision = apps.get_model("wagtailcore", "Revision")
    for revision in Revision.objects.filter(content_type_id=content_type.pk).only("content"):
        content = _renamed(revision.content, old, new)
        if content is not revision.content:
            Revision.objects.filter(pk=revision.pk).update(content=content)
    try:
        TranslationSource = apps.get_model("wagtail_localize", "TranslationSource")
    except LookupError:
        return
    for source in TranslationSource.objects.filter(specific_content_type_id=content_type.pk).only("content_json"):
        content = _renamed(source.content_json, old, new)
        if content is not source.content_json:
            TranslationSource.objects.filter(pk=source.pk).update(content_json=content)


def rename_back(apps, schema_editor):
    rename_in_saved_content(apps, schema_editor, old=NEW, new=OLD)


class Migration(migrations.Migration):
    dependencies = [
        ("tenders", "0001_initial"),
        ("wagtailcore", "0001_initial"),
        ("wagtail_localize", "0001_initial"),
    ]

    operations = [
        migrations.RenameField(model_name="tenderpage", old_name="method", new_name="procurement_method"),
        migrations.RunPython(rename_in_saved_content, rename_back),
    ]
