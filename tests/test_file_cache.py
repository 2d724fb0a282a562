"""Production's file cache (without Redis) lists its directory at most once per CULL_SECONDS,
not on every write, and still keeps to MAX_ENTRIES when it does."""

import pytest

from portal_site import file_cache
from portal_site.file_cache import FileCache


@pytest.fixture
def cache(tmp_path):
    return FileCache(str(tmp_path), {"OPTIONS": {"MAX_ENTRIES": 10, "CULL_FREQUENCY": 2}})


def test_writes_do_not_list_the_directory_each_time(cache, monkeypatch):
    listings = []
    original = FileCache._list_cache_files
    monkeypatch.setattr(FileCache, "_list_cache_files", lambda self: listings.append(1) or original(self))
    for number in range(30):
        cache.set(f"key-{number}", number)
    assert len(listings) == 1
    assert cache.get("key-29") == 29
    assert cache.get("key-0") == 0  # nothing culled between two counts


def test_culls_to_max_entries_once_the_interval_has_passed(cache, monkeypatch):
    for number in range(30):
        cache.set(f"key-{number}", number)
    assert len(cache._list_cache_files()) == 30
    monkeypatch.setattr(file_cache, "CULL_SECONDS", 0)
    cache._next_cull = 0.0
    cache.set("one-more", 1)
    assert len(cache._list_cache_files()) <= 16  # 30 halved (CULL_FREQUENCY 2), plus the new entry
    assert cache.get("one-more") == 1
