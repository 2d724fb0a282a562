"""The desk's free-text search reads one stored column, `search_folded`: the five searched
fields folded (`home.language.search.SearchFold`), kept by PostgreSQL as a generated column
(`GENERATED ALWAYS AS (…) STORED`) and trigram-indexed. Checking a row is then one plain
`LIKE` instead of five `translate(upper(…))` expressions: a frequent word («بیمه», one request
in twenty) took 1 s at 1,000,000 requests, as PostgreSQL folded every row it walked to count
the matches up to the list's cap.

In production this REWRITES THE WHOLE TABLE, once: adding a stored generated column computes
it for every existing row and rebuilds the table's indexes in the same pass, under an
ACCESS EXCLUSIVE lock (no request can be submitted, tracked or answered until it ends). On a
full-size database (1,000,000 requests, a shared 2-core machine at load 7) the ADD COLUMN
took 126 s and the whole migration 4 min 17 s; run it in a quiet hour (docs/performance.md).
To keep it one pass:

1. the old five-expression trigram index is dropped first (CONCURRENTLY), so the rewrite does
   not rebuild it only for it to be dropped afterwards;
2. the column is added (the one rewrite; the database fills it, no data migration or batches);
3. the new trigram index is built CONCURRENTLY (submissions go on meanwhile; hence not atomic);
4. ANALYZE, so the planner knows how often a word matches.

Between 1 and 3 the search works, reading the table instead of an index.
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


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("forms_pages", "0011_request_search_fold_index"),
    ]

    operations = [
        RemoveIndexConcurrentlyOnPostgres(
            model_name="citizenrequest",
            name="forms_request_search_fold",
        ),
        migrations.AddField(
            model_name="citizenrequest",
            name="search_folded",
            field=models.GeneratedField(
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
            ),
        ),
        AddIndexConcurrentlyOnPostgres(
            model_name="citizenrequest",
            index=django.contrib.postgres.indexes.GinIndex(
                fields=["search_folded"], name="forms_request_search_folded", opclasses=["gin_trgm_ops"]
            ),
        ),
        analyze("forms_pages_citizenrequest"),
    ]
