"""A request's mobile number may be one abroad, kept in E.164 («+447700900123», at most 16
characters): foreign citizens write to the desk too (they are reached by e-mail, never texted).

PostgreSQL refuses to change the type of a column a generated column reads ("cannot alter type
of a column used by a generated column"), so the desk's search column `search_folded` (0012),
which folds `mobile` in, is dropped with its trigram index and added again after the change.
Widening the column itself is only a catalogue change, but adding the stored generated column
back REWRITES THE WHOLE TABLE once, under an ACCESS EXCLUSIVE lock, as 0012 did (about 2 min
for 1,000,000 requests on a small machine, 4 min with the index): run it in a quiet hour
(docs/performance.md). The index is built CONCURRENTLY afterwards (hence not atomic); in
between, the search works by reading the table.
"""

import django.contrib.postgres.indexes
import django.db.models.functions.text
from django.db import migrations, models

import home.language.search
from home.operations.postgres_migrations import (
    AddIndexConcurrentlyOnPostgres,
    RemoveIndexConcurrentlyOnPostgres,
    analyze,
)


def search_folded():
    return models.GeneratedField(
        db_persist=True,
        expression=home.language.search.SearchFold(
            django.db.models.functions.text.Concat(
                "code",
                models.Value("\n"),
                "subject",
                models.Value("\n"),
                "name",
                models.Value("\n"),
                "mobile",
                models.Value("\n"),
                "email",
                output_field=models.TextField(),
            )
        ),
        output_field=models.TextField(),
    )


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("forms_pages", "0024_form_response_mail"),
    ]

    operations = [
        RemoveIndexConcurrentlyOnPostgres(model_name="citizenrequest", name="forms_request_search_folded"),
        migrations.RemoveField(model_name="citizenrequest", name="search_folded"),
        migrations.AlterField(
            model_name="citizenrequest",
            name="mobile",
            field=models.CharField(blank=True, max_length=16, verbose_name="mobile number"),
        ),
        migrations.AddField(model_name="citizenrequest", name="search_folded", field=search_folded()),
        AddIndexConcurrentlyOnPostgres(
            model_name="citizenrequest",
            index=django.contrib.postgres.indexes.GinIndex(
                fields=["search_folded"], name="forms_request_search_folded", opclasses=["gin_trgm_ops"]
            ),
        ),
        analyze("forms_pages_citizenrequest"),
    ]
