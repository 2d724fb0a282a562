#!/usr/bin/env python
"""Time the site search on the current database: each query's first search (ranking in
PostgreSQL, nothing cached) and a repeat (the cached best-500 list), in the view itself.

Usage (from the repository root, on a seeded or scale-generated database):
    DATABASE_URL=... DJANGO_SETTINGS_MODULE=portal_site.settings.dev .venv/bin/python bench/search_queries.py

Prints a Markdown table of medians over a few runs; compare rows of the same run.
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal_site.settings.dev")

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.test import Client  # noqa: E402
from wagtail.models import Page  # noqa: E402

QUERIES = [
    "كار",  # one word found almost everywhere
    "بیمه‌بیکاری",  # a compound with ZWNJ (read as two words)
    "بیمهبیکاری",  # without a space (also split at its non-joining letter)
    "حقوق معوقه",  # a synonym group and an Arabic plural
    "مزد معوق",  # no page has both: the any-word fallback runs too
    "پروانه کار اتباع خارجی",  # four words: neighbours joined as extra readings
]
RUNS = 5


def timed(client, query):
    start = time.perf_counter()
    response = client.get("/search/", {"q": query}, HTTP_HOST="localhost")
    assert response.status_code == 200, response.status_code
    return (time.perf_counter() - start) * 1000


def main():
    client = Client()
    client.get("/search/", {"q": "warm-up"}, HTTP_HOST="localhost")
    print(f"{Page.objects.count():,} pages\n")
    print("| query | first search (ms) | repeat (ms) |")
    print("|---|---:|---:|")
    for query in QUERIES:
        misses, hits = [], []
        for _ in range(RUNS):
            cache.clear()
            misses.append(timed(client, query))
            hits.append(timed(client, query))
        print(f"| {query} | {statistics.median(misses):.1f} | {statistics.median(hits):.1f} |")


if __name__ == "__main__":
    main()
