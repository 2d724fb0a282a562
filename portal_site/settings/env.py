"""Reading settings from environment variables."""

import os


def env_bool(name, default=False):
    """Read a yes/no environment variable ("1", "true", "yes", "on" mean yes)."""
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    """Read a comma-separated environment variable as a list, skipping blanks."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]
