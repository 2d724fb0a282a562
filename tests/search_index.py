"""The search index in tests: kept as seed_demo wrote it, or following the test's own saves.

The tests' saves do not update it (tests/conftest.py turns the updates off for the session):
writing an index row, then every row's title length again, was a quarter of making a page. A
test that searches for what it made itself asks for the `search_index` fixture, or a fixture
of wider scope makes its pages inside `search_index_updates(True)`.
"""

from contextlib import contextmanager

from django.db.models.signals import post_save


def _searchable_models():
    from modelsearch.index import get_indexed_models

    return [model for model in get_indexed_models() if getattr(model, "search_auto_update", True)]


@contextmanager
def search_index_updates(enabled):
    """Saves update the search index (as on the running site) while `enabled`, or do not."""
    from modelsearch.signal_handlers import post_save_signal_handler

    switch, restore = (
        (post_save.connect, post_save.disconnect) if enabled else (post_save.disconnect, post_save.connect)
    )
    models = _searchable_models()
    for model in models:
        switch(post_save_signal_handler, sender=model)
    try:
        yield
    finally:
        for model in models:
            restore(post_save_signal_handler, sender=model)
