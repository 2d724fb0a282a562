"""The data migrations that made departments, categories, audiences and the ministry's
organisations translatable, run for real: on an empty database migrated from zero, with rows written as they were before, forwards
and back again."""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import pytest

from tests.databases import database_url, scratch_database

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
BEFORE = [("services", "0002_service_most_used_rank"), ("home", "0007_merge_search_reindex")]


@pytest.fixture
def scratch():
    with scratch_database("migrations") as name:
        yield name


def migrate(database, *target):
    env = {**os.environ, "DATABASE_URL": database_url(database), "DJANGO_SETTINGS_MODULE": "portal_site.settings.test"}
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0", *target], cwd=ROOT, env=env, check=True, timeout=900)


def rows(db, sql):
    return db.execute(sql).fetchall()


def translated_rows(db, table, columns, order_by):
    """Each entry of a translatable table as (language code, *columns, translation key)."""
    return rows(
        db,
        f"SELECT l.language_code, {columns}, t.translation_key FROM {table} t"
        f" JOIN wagtailcore_locale l ON l.id = t.locale_id ORDER BY {order_by}",
    )


def test_english_columns_become_english_instances_and_back(scratch):
    # From zero to today on an empty database, then back to before the change (the project's
    # post-migrate hooks need every app migrated once).
    migrate(scratch)
    for app, name in BEFORE:
        migrate(scratch, app, name)
    with psycopg.connect(database_url(scratch), autocommit=True) as db:
        (fa,) = db.execute("SELECT id FROM wagtailcore_locale WHERE language_code = 'fa'").fetchone()
        db.execute(
            "INSERT INTO home_department (name, name_en, slug, email, domain, sort_order, address, address_en,"
            " phone, office_hours, office_hours_en) VALUES"
            " ('اداره بازرسی کار', 'Labour inspection office', 'inspection', 'i@example.ir', '', 1,"
            "  'تهران، خیابان آزادی', 'Tehran, Azadi Street', '021-1', 'شنبه تا چهارشنبه', 'Saturday to Wednesday'),"
            " ('روابط عمومی', '', 'pr', '', '', 2, '', '', '', '', '')"
        )
        db.execute(
            "INSERT INTO services_servicecategory (name, name_en, slug, sort_order, description, description_en)"
            " VALUES ('روابط کار', 'Labour relations', 'labour', 1, 'توضیح', 'About labour relations')"
        )
        db.execute(
            "INSERT INTO services_servicecategory (name, name_en, slug, sort_order, description, description_en,"
            " parent_id) SELECT 'مقررات کارگاه', 'Workplace rules', 'rules', 2, '', '', id"
            " FROM services_servicecategory WHERE slug = 'labour'"
        )
        db.execute(
            "INSERT INTO services_audience (name, name_en, slug, sort_order) VALUES ('کارگران', 'Workers', 'w', 1)"
        )
        # An English question already filed under the (then shared) category.
        db.execute("INSERT INTO wagtailcore_locale (language_code) VALUES ('en')")
        db.execute(
            "INSERT INTO services_faqitem (translation_key, locale_id, question, answer, category_id, sort_order)"
            " SELECT %s, l.id, 'What are the rules?', '<p>These.</p>', c.id, 0"
            " FROM wagtailcore_locale l, services_servicecategory c WHERE l.language_code = 'en' AND c.slug = 'rules'",
            [uuid.uuid4()],
        )

    migrate(scratch)
    with psycopg.connect(database_url(scratch)) as db:
        departments = translated_rows(
            db, "home_department", "t.slug, t.name, t.address, t.office_hours, t.email", "t.slug, l.language_code"
        )
        assert [row[:6] for row in departments] == [
            (
                "en",
                "inspection",
                "Labour inspection office",
                "Tehran, Azadi Street",
                "Saturday to Wednesday",
                "i@example.ir",
            ),
            ("fa", "inspection", "اداره بازرسی کار", "تهران، خیابان آزادی", "شنبه تا چهارشنبه", "i@example.ir"),
            # No English name: left for a translator, not made up.
            ("fa", "pr", "روابط عمومی", "", "", ""),
        ]
        assert departments[0][6] == departments[1][6]
        assert departments[1][6] != departments[2][6]
        columns = {
            row[0]
            for row in rows(
                db, "SELECT column_name FROM information_schema.columns WHERE table_name = 'home_department'"
            )
        }
        assert "name_en" not in columns and "locale_id" in columns

        categories = dict(
            (f"{code}:{slug}", (name, parent, description))
            for code, slug, name, parent, description in rows(
                db,
                "SELECT l.language_code, c.slug, c.name, p.name, c.description FROM services_servicecategory c"
                " JOIN wagtailcore_locale l ON l.id = c.locale_id LEFT JOIN services_servicecategory p ON p.id = c.parent_id",
            )
        )
        assert categories == {
            "fa:labour": ("روابط کار", None, "توضیح"),
            "fa:rules": ("مقررات کارگاه", "روابط کار", ""),
            "en:labour": ("Labour relations", None, "About labour relations"),
            "en:rules": ("Workplace rules", "Labour relations", ""),
        }
        assert rows(
            db,
            "SELECT l.language_code, a.name FROM services_audience a JOIN wagtailcore_locale l ON l.id = a.locale_id ORDER BY 1",
        ) == [
            ("en", "Workers"),
            ("fa", "کارگران"),
        ]
        # The English question now points at the English category.
        assert rows(
            db, "SELECT c.name FROM services_faqitem f JOIN services_servicecategory c ON c.id = f.category_id"
        ) == [("Workplace rules",)]

    for app, name in BEFORE:
        migrate(scratch, app, name)
    with psycopg.connect(database_url(scratch)) as db:
        assert rows(
            db, "SELECT slug, name, name_en, address_en, office_hours_en FROM home_department ORDER BY slug"
        ) == [
            (
                "inspection",
                "اداره بازرسی کار",
                "Labour inspection office",
                "Tehran, Azadi Street",
                "Saturday to Wednesday",
            ),
            ("pr", "روابط عمومی", "", "", ""),
        ]
        assert rows(
            db,
            "SELECT c.slug, c.name_en, c.description_en, p.slug FROM services_servicecategory c"
            " LEFT JOIN services_servicecategory p ON p.id = c.parent_id ORDER BY c.slug",
        ) == [
            ("labour", "Labour relations", "About labour relations", None),
            ("rules", "Workplace rules", "", "labour"),
        ]
        assert rows(db, "SELECT name_en FROM services_audience") == [("Workers",)]
        assert rows(
            db, "SELECT c.slug FROM services_faqitem f JOIN services_servicecategory c ON c.id = f.category_id"
        ) == [("rules",)]


def test_the_organisation_menus_become_translated_entries_and_back(scratch):
    """The Persian and English flat menus of the ministry's organisations become one list of
    entries with English translations (home 0015), and going back makes the two menus again."""
    migrate(scratch)
    migrate(scratch, "home", "0014_organisation")
    with psycopg.connect(database_url(scratch), autocommit=True) as db:
        (site,) = db.execute("SELECT id FROM wagtailcore_site ORDER BY id LIMIT 1").fetchone()
        db.execute("INSERT INTO wagtailcore_locale (language_code) VALUES ('en') ON CONFLICT DO NOTHING")
        for handle, items in (
            (
                "organisations",
                [("https://www.tamin.ir/", "سازمان تأمین اجتماعی"), ("https://www.behzisti.ir/", "بهزیستی")],
            ),
            # The English menu in another order, with one organisation the Persian menu lacks.
            (
                "organisations-en",
                [("https://www.cspf.ir/", "Pension Fund"), ("https://www.tamin.ir/", "Social Security")],
            ),
        ):
            (menu,) = db.execute(
                "INSERT INTO wagtailmenus_flatmenu (site_id, title, handle, heading, max_levels)"
                " VALUES (%s, %s, %s, '', 1) RETURNING id",
                [site, handle, handle],
            ).fetchone()
            for order, (url, text) in enumerate(items):
                db.execute(
                    "INSERT INTO wagtailmenus_flatmenuitem (menu_id, sort_order, link_url, link_text, url_append,"
                    " handle, allow_subnav) VALUES (%s, %s, %s, %s, '', '', false)",
                    [menu, order, url, text],
                )

    migrate(scratch, "home")
    with psycopg.connect(database_url(scratch)) as db:
        entries = translated_rows(
            db, "home_organisation", "t.url, t.name, t.sort_order", "l.language_code, t.sort_order, t.url"
        )
        assert [row[:4] for row in entries] == [
            ("en", "https://www.cspf.ir/", "Pension Fund", 0),
            ("en", "https://www.tamin.ir/", "Social Security", 0),
            ("fa", "https://www.tamin.ir/", "سازمان تأمین اجتماعی", 0),
            ("fa", "https://www.behzisti.ir/", "بهزیستی", 1),
        ]
        by_place = {(row[0], row[1]): row[4] for row in entries}
        # The English item with the Persian one's address is its translation; the other stands alone.
        assert by_place[("en", "https://www.tamin.ir/")] == by_place[("fa", "https://www.tamin.ir/")]
        assert by_place[("en", "https://www.cspf.ir/")] not in {
            by_place["fa", url] for url in ("https://www.tamin.ir/", "https://www.behzisti.ir/")
        }
        assert rows(db, "SELECT count(*) FROM wagtailmenus_flatmenu WHERE handle LIKE 'organisations%%'") == [(0,)]

    migrate(scratch, "home", "0014_organisation")
    with psycopg.connect(database_url(scratch)) as db:
        assert rows(
            db,
            "SELECT m.handle, i.link_url, i.link_text FROM wagtailmenus_flatmenuitem i"
            " JOIN wagtailmenus_flatmenu m ON m.id = i.menu_id ORDER BY m.handle, i.sort_order, i.link_url",
        ) == [
            ("organisations", "https://www.tamin.ir/", "سازمان تأمین اجتماعی"),
            ("organisations", "https://www.behzisti.ir/", "بهزیستی"),
            ("organisations-en", "https://www.cspf.ir/", "Pension Fund"),
            ("organisations-en", "https://www.tamin.ir/", "Social Security"),
        ]
