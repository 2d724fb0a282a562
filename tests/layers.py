"""Layers of the suite, so `make test-fast` can run the unit layer alone (`-m "not browser and
not server and not slow"`) and `make test` runs them all. A test is marked by what it uses, so a
new test lands in the right layer without anyone remembering to mark it."""

import gc
from pathlib import Path

import pytest
from _pytest.unraisableexception import gc_collect_iterations_key

# What `make test-fast` (and the first half of `make test`) selects: the unit layer.
UNIT_LAYER = "not browser and not server and not slow"

_SERVER_FIXTURES = {"production_server", "live_server", "scratch_database", "redis_url"}
# Tests that start a process of their own beside the test: Django under production settings
# (manage.py check, gunicorn's import), the RQ worker's Python, the HTML validator's JVM. Each
# costs seconds of start-up CPU that no unit of ours does (pdftotext, a C tool run on a PDF we
# made, stays in the unit layer).
_SERVER_TESTS = {
    ("test_production.py", "test_production_refuses_to_start_without_a_secret_key"),
    ("test_production.py", "test_production_refuses_to_start_half_configured"),
    ("test_production.py", "test_production_starts_when_fully_configured_and_its_deploy_check_is_clean"),
    ("test_outbox.py", "test_with_redis_url_the_outbox_uses_the_rq_backend"),
    ("test_offline_pages.py", "test_the_command_builds_every_page_in_each_language_as_valid_html"),
    # Python with Django set up on a SQLite file; make itself, whose stand-in server waits 2 s.
    ("test_make_run.py", "test_a_request_is_saved_while_the_outbox_worker_polls_the_sqlite_database"),
    ("test_make_run.py", "test_make_run_serves_the_demo_at_the_address_its_links_use"),
    # nginx itself, with the shipped configuration.
    ("test_nginx_cache.py", "test_nginx_shows_the_maintenance_notice_and_covers_an_app_server_that_is_down"),
}
_BROWSER_FIXTURES = {"browser", "page"}
_SLOW_MODULES = {
    "test_generate_scale_data.py",
    "test_backup.py",
    "test_workflow_reach.py",
    "test_reference_migrations.py",
    # Runs pytest itself four times, in subprocesses (2.4 s of a worker).
    "test_last_failed.py",
}
# Sweeps over the whole demo site (every URL, every screen of every role, seeding it twice):
# each takes a minute or more of the unit layer's time, so `make test` runs them, not test-fast.
_SLOW_TESTS = {
    ("test_fuzz.py", "test_hostile_input_everywhere_gives_no_5xx_no_markup_no_offsite_link"),
    ("test_page_language.py", "test_english_pages_carry_no_persian_outside_lang_fa"),
    ("test_page_language.py", "test_persian_pages_carry_no_latin_words_outside_lang_en_or_code"),
    ("test_site.py", "test_sitemap_lists_both_languages_and_every_url_answers"),
    ("test_headers.py", "test_public_pages_need_no_inline_styles_and_get_none"),
    ("test_seed.py", "test_running_seed_demo_twice_leaves_the_same_counts"),
    ("test_seed.py", "test_make_run_starts_again_on_its_sqlite_database"),
    ("test_admin_persian.py", "test_every_screen_a_role_uses_is_persian"),
    # Every page type's edit form, three times in each language (24 s of CPU); seed_editorial
    # run again for every demo user; the whole site indexed again.
    ("test_admin_rendering.py", "test_edit_pages_are_what_wagtail_renders"),
    ("test_seed.py", "test_every_demo_user_has_a_persian_full_name_the_admin_shows"),
    ("test_search.py", "test_an_index_emptied_by_a_migration_is_written_again_after_migrate"),
    # The whole tree copied and read by makemessages (`make messages`), about 5 s.
    ("test_translations.py", "test_make_messages_keeps_every_translation_and_finds_none_missing"),
}


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config):
    """The unit layer runs without the cyclic garbage collector. Even at tests/conftest.py's
    thresholds it took 1.4 s of each worker's 57 s of CPU (about 480 runs), most of it walking
    objects a test still held and reference counting freed soon after. What it would have freed
    (cycles that requests and renders leave) grows a worker's peak memory from about 290 MB to
    about 600 MB over the layer's 990 tests. The other layers (servers, browsers, whole-site
    sweeps) keep it."""
    if config.getoption("markexpr") == UNIT_LAYER:
        gc.disable()
        # pytest's last look for unraisable exceptions collects that whole garbage at the end
        # (twice: at unconfigure and at cleanup): 2 to 10 s of a worker's heap after the layer,
        # which xdist's controller waited out, or killed the worker at its 10 s limit. A test's
        # own unraisable exceptions are still reported by the test that raised them.
        config.stash[gc_collect_iterations_key] = 0


def pytest_collection_modifyitems(config, items):
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        path = Path(str(item.fspath))
        if "browser" in path.parts or fixtures & _BROWSER_FIXTURES:
            item.add_marker(pytest.mark.browser)
        name = (path.name, getattr(item, "originalname", item.name))
        if fixtures & _SERVER_FIXTURES or name in _SERVER_TESTS:
            item.add_marker(pytest.mark.server)
        if path.name in _SLOW_MODULES or name in _SLOW_TESTS:
            item.add_marker(pytest.mark.slow)
