"""Shared machinery of `generate_scale_data`: the part interface and bulk page insertion (the
vocabulary several apps combine into realistic Persian text is in `scale_vocabulary`).

Each feature app describes its own content in a `scale_data` module with a `ScalePart`
subclass (listed in settings.SCALE_DATA_PARTS); the command only orchestrates them.

Pages are inserted in bulk rather than through `add_child()`: the materialised paths are
computed here, the `wagtailcore_page` rows and the page type's own rows are inserted a batch
at a time, the parent's `numchild` is raised in the same transaction, and the batch is handed
to the search backend's `add_bulk` (what `update_index` does). No revisions, log entries or
reference-index rows are written: a generated page is live as if published once, long ago.
"""

import datetime
import enum
import json
import random
import time
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page
from wagtail.search.backends import get_search_backends
from wagtail.search.index import AutocompleteField, SearchField


def make_rng(seed, part, start):
    """A random generator for one batch: reproducible from the seed and the batch's position."""
    return random.Random(f"{seed}:{part}:{start}")


def random_uuid(rng):
    """A version-4 UUID drawn from `rng` (so a seeded run gives the same keys)."""
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def stream_json(rng, blocks):
    """StreamField JSON for [(block type, value), ...], with block ids as Wagtail stores them."""
    return json.dumps(
        [{"type": kind, "value": value, "id": str(random_uuid(rng))} for kind, value in blocks],
        ensure_ascii=False,
    )


def moment_in_past(rng, now, days, recent_weight=1.0, office_hours=True):
    """A datetime within the last `days` days; recent_weight > 1 puts more of them near now.

    With office_hours, the time of day falls between 7:00 and 17:00 in the site's time zone.
    """
    moment = now - datetime.timedelta(days=days * rng.random() ** recent_weight)
    if office_hours:
        moment = timezone.localtime(moment).replace(
            hour=rng.randint(7, 16), minute=rng.randrange(60), second=rng.randrange(60), microsecond=0
        )
        if moment > now:
            moment -= datetime.timedelta(days=1)
    return moment


class ScalePart:
    """One kind of content `generate_scale_data` tops up to a total (`--<name> N`)."""

    name = ""
    default = 0
    help = ""
    model = None  # the model whose rows the total counts

    def count(self):
        """How many exist now (the total the option refers to)."""
        return self.model.objects.count()

    def missing_prerequisite(self):
        """A message when what this part builds on (seed_demo's content) is missing, else None."""
        return None

    def generate(self, number, *, seed, batch_size, report):
        """Add `number` items; call `report(done, **timings)` after each batch."""
        raise NotImplementedError

    def batches(self, number, seed, batch_size):
        """(rng, serials, done) for each batch of the `number` items to add: the batch's random
        generator (reproducible from the seed and the batch's position), the range of its items'
        serial numbers (numbered on from `count()`), and how many are done once it is written."""
        serial = self.count()
        done = 0
        while done < number:
            size = min(batch_size, number - done)
            yield make_rng(seed, self.name, serial), range(serial, serial + size), done + size
            serial += size
            done += size

    def tables(self):
        """The models whose tables this part fills (for ANALYZE and the size report)."""
        return []


class PageBulkWriter:
    """Append many live pages of one type under one parent, a batch per transaction.

    The page model must inherit from Page directly (its abstract bases are fine): the
    `wagtailcore_page` rows are inserted first, returning their ids, then the model's own rows.
    """

    def __init__(self, parent, model):
        concrete_parents = model._meta.get_parent_list()
        if concrete_parents != [Page]:
            raise ValueError(f"{model.__name__} must inherit from Page directly to be bulk inserted.")
        self.parent = Page.objects.get(pk=parent.pk)
        self.model = model
        self.depth = self.parent.depth + 1
        self.content_type_id = ContentType.objects.get_for_model(model).pk
        last = self.parent.get_children().order_by("-path").values_list("path", flat=True).first()
        self.next_step = Page._str2int(last[-Page.steplen :]) + 1 if last else 1
        self.slugs = set(self.parent.get_children().values_list("slug", flat=True))
        self.page_fields = [field for field in Page._meta.local_concrete_fields if not field.primary_key]
        self.own_fields = list(model._meta.local_concrete_fields)
        self.backends = list(get_search_backends(with_auto_update=True))
        self.insert_seconds = 0.0
        self.index_seconds = 0.0

    def unique_slug(self, slug):
        candidate, number = slug, 2
        while candidate in self.slugs:
            candidate, number = f"{slug}-{number}", number + 1
        self.slugs.add(candidate)
        return candidate

    def write(self, pages, add_relations=None):
        """Insert `pages` (unsaved instances with title, slug, dates and own fields set).

        `add_relations(pages)` runs in the same transaction once the pages have ids (for
        many-to-many rows, inline children, tags). Then the batch goes to the search index.
        """
        for page in pages:
            page.slug = self.unique_slug(page.slug)
            page.path = Page._get_path(self.parent.path, self.depth, self.next_step)
            self.next_step += 1
            page.depth = self.depth
            page.numchild = 0
            page.url_path = f"{self.parent.url_path}{page.slug}/"
            page.locale_id = self.parent.locale_id
            page.content_type_id = self.content_type_id
            page.live = True
            page.has_unpublished_changes = False
            page.draft_title = page.title
            page.latest_revision_created_at = page.last_published_at
        started = time.monotonic()
        with transaction.atomic():
            # Private but stable API: what bulk_create() and Model.save() call underneath.
            rows = Page._base_manager._insert(
                pages, fields=self.page_fields, returning_fields=[Page._meta.pk], using="default"
            )
            for page, (pk,) in zip(pages, rows, strict=True):
                page.id = page.page_ptr_id = pk
                page._state.adding = False
                page._state.db = "default"
            self.model._base_manager._insert(pages, fields=self.own_fields, using="default")
            Page.objects.filter(pk=self.parent.pk).update(numchild=F("numchild") + len(pages))
            if add_relations is not None:
                add_relations(pages)
            indexed = time.monotonic()
            self.insert_seconds += indexed - started
            self.index(pages)
        self.index_seconds += time.monotonic() - indexed
        return pages

    def index(self, pages):
        """Hand the batch to every search backend, as `update_index` does.

        The backend asks each object for every search field several times over (once per
        vector it builds); a field that is a method (the normalised search text) is worked
        out once per page here and shadowed by its value while the batch is indexed.
        """
        methods = self.search_methods()
        for page in pages:
            for name in methods:
                page.__dict__[name] = getattr(page, name)()
        for backend in self.backends:
            backend.add_bulk(self.model, pages)
        for page in pages:
            for name in methods:
                del page.__dict__[name]

    def search_methods(self):
        return {
            field.field_name
            for field in self.model.get_search_fields()
            if isinstance(field, SearchField | AutocompleteField)
            and callable(getattr(self.model, field.field_name, None))
        }


def reserve_ids(model, number):
    """Draw `number` primary keys from the table's sequence (for rows copied in with their ids)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [model._meta.db_table, model._meta.pk.column, number],
        )
        return [row[0] for row in cursor.fetchall()]


def copy_rows(model, rows):
    """Load `rows` (dicts of attribute name to value) into the model's table with COPY.

    Fields a row leaves out get their model default (auto_now fields: now), so the rows look
    like saved instances without the cost of building them; the primary key is copied only
    when the rows carry it (see `reserve_ids`). Several times faster than bulk_create.
    """
    if not rows:
        return
    now = timezone.now()
    with_pk = model._meta.pk.attname in rows[0]
    # Generated columns are the database's to fill.
    fields = [f for f in model._meta.concrete_fields if (with_pk or not f.primary_key) and not f.generated]
    defaults = {}
    for field in fields:
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
            defaults[field.attname] = now
        elif not field.primary_key:
            value = field.get_default()
            defaults[field.attname] = value.value if isinstance(value, enum.Enum) else value
    names = [field.attname for field in fields]
    columns = ", ".join(f'"{field.column}"' for field in fields)
    with connection.cursor() as cursor:
        with cursor.cursor.copy(f'COPY "{model._meta.db_table}" ({columns}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row([row[name] if name in row else defaults[name] for name in names])


def analyze(models):
    """Refresh the planner's statistics of the tables a bulk load filled."""
    with connection.cursor() as cursor:
        for table in sorted({model._meta.db_table for model in models}):
            cursor.execute(f'ANALYZE "{table}"')


def table_sizes(models):
    """[(table, rows estimate, total size as text)] for the given models' tables."""
    tables = sorted({model._meta.db_table for model in models})
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT c.relname, c.reltuples::bigint, pg_size_pretty(pg_total_relation_size(c.oid))
            FROM pg_class c WHERE c.relname = ANY(%s) ORDER BY pg_total_relation_size(c.oid) DESC
            """,
            [tables],
        )
        return cursor.fetchall()
