"""Extending a class of Wagtail or one of its apps in place, at start-up (from HomeConfig.ready)."""

import functools


def run_after(owner, name, extra):
    """Make the method `owner.name` call `extra(self)` after itself; once, however often called."""
    original = getattr(owner, name)
    done = getattr(original, "runs_after", ())
    if extra in done:
        return

    @functools.wraps(original)
    def method(self, *args, **kwargs):
        result = original(self, *args, **kwargs)
        extra(self)
        return result

    method.runs_after = (*done, extra)
    setattr(owner, name, method)
