"""Django's file cache without a directory listing on every write.

`FileBasedCache.set()` (and so `add`, `incr`) first lists the whole cache directory to count
its entries, in case it must cull: with the 5,000 entries production allows that is a glob of
5,000 names on every write, and a render after a publish writes a dozen fragments and figures
(15 % of its CPU at 700 entries). Under concurrency every worker lists the same directory at
once. Here a process counts the entries at most once every `CULL_SECONDS`; between two counts
the cache can exceed MAX_ENTRIES by what one process writes in that time, which culling then
removes as before.
"""

import time

from django.core.cache.backends.filebased import FileBasedCache

CULL_SECONDS = 10


class FileCache(FileBasedCache):
    def __init__(self, dir, params):
        super().__init__(dir, params)
        self._next_cull = 0.0

    def _cull(self):
        now = time.monotonic()
        if now < self._next_cull:
            return
        self._next_cull = now + CULL_SECONDS
        super()._cull()
