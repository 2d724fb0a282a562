"""The rate limiter's clock, stopped for a test."""

import time
from types import SimpleNamespace

from home.security import ratelimit


def stop_mid_window(monkeypatch, window_seconds):
    """Stop the limiter's clock in the middle of a window of `window_seconds`.

    The windows are fixed, so requests that straddle a boundary are counted in two windows and a
    limit lets more through: under load, 40 threads once crossed one and 16 got through a limit
    of 10, and a PDF render of about a second once let the next PDF past a limit of one a minute.
    """
    frozen = (time.time() // window_seconds) * window_seconds + window_seconds / 2
    monkeypatch.setattr(ratelimit, "time", SimpleNamespace(time=lambda: frozen))
