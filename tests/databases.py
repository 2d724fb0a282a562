"""The test session's PostgreSQL server seen from outside Django: URLs of its databases, and
scratch databases made and dropped around a test."""

import contextlib
import uuid

import psycopg
from django.db import connection


def database_url(name=None):
    """The URL of database `name` on the test session's server (the session's own by default)."""
    s = connection.settings_dict
    password = f":{s['PASSWORD']}" if s.get("PASSWORD") else ""
    return f"postgresql://{s['USER']}{password}@{s['HOST']}:{s['PORT']}/{name or s['NAME']}"


@contextlib.contextmanager
def scratch_database(prefix):
    """The name of a new, empty database (`prefix_` and a random part), dropped afterwards."""
    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(database_url("postgres"), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield name
    finally:
        with psycopg.connect(database_url("postgres"), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
