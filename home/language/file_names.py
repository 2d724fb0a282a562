"""The names files are saved under: one Content-Disposition for every download the site gives.

A Persian name travels as RFC 6266's `filename*=utf-8''…` (Django's header). Chromium saves a
zero-width non-joiner in it as «_»: «داده‌های-درخواست» came down as «داده_های-درخواست». The
words keep a space between them instead, as Persian is often typed.
"""

from django.utils.http import content_disposition_header

ZWNJ = "\u200c"


def saved_name(name):
    """`name` as a browser keeps it: a space where a ZWNJ would be."""
    return name.replace(ZWNJ, " ")


def content_disposition(filename, inline=False):
    """The Content-Disposition of a download saved as `filename` (shown in the browser, `inline`)."""
    return content_disposition_header(not inline, saved_name(filename))
