"""The permission to oversee every department's requests, given to the director's group.

The director is alerted of requests that are late (forms_pages/escalation.py); the alert links to
the request in the admin, which only the department's own staff could open.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

# The director's group as home/pages/editor_groups.py names it (a migration keeps its own copy).
DIRECTOR_GROUP = "مدیر کل (تأیید نهایی)"
CODENAMES = [
    ("wagtailadmin", "admin", "access_admin"),
    ("forms_pages", "citizenrequest", "view_citizenrequest"),
    ("forms_pages", "citizenrequest", "change_citizenrequest"),
    ("forms_pages", "citizenrequest", "oversee_requests"),
]


def give_the_director_oversight(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=DIRECTOR_GROUP).first()
    if group is None:  # a new database: the seed gives it (forms_pages/demo/seeder.py)
        return
    # Permissions are made after migrating (post_migrate); this one is needed now (wagtailadmin's
    # access_admin its own first migration made). A migration's app configs are stubs without
    # models_module, which create_permissions checks for.
    app_config = apps.get_app_config("forms_pages")
    app_config.models_module = getattr(app_config, "models_module", None) or True
    create_permissions(app_config, apps=apps, verbosity=0)
    for app_label, model, codename in CODENAMES:
        permission = Permission.objects.filter(
            content_type__app_label=app_label, content_type__model=model, codename=codename
        ).first()
        if permission is not None:
            group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("forms_pages", "0022_request_reported_department"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="citizenrequest",
            options={
                "ordering": ["-created_at"],
                "permissions": [("oversee_requests", "Can see and answer the requests of every department")],
                "verbose_name": "citizen's request",
                "verbose_name_plural": "citizens' requests",
            },
        ),
        migrations.RunPython(give_the_director_oversight, migrations.RunPython.noop),
    ]
