"""The seeded test database, kept between runs.

Migrating and seeding the demo site is most of a short test run. A snapshot of the result (a
pg_dump of the database and a tar of the uploaded files) is kept in pytest's cache and restored
in a few seconds while nothing it was built from has changed: the fingerprint covers every file
of the project outside tests/, docs/, bench/, deploy/ and .ci/ (models, migrations, seeders,
their data, templates, translations) and the pinned requirements. The seed writes dates
relative to now (open and closing tenders, current notices, a visit in four days), so a
snapshot older than an hour is built again.
`pytest --create-db` builds it again at any time.
"""

import hashlib
import os
import shutil
import tarfile
import tempfile
import time
from pathlib import Path

from home.operations.backups import extract_safely, run_pg_tool

MAX_AGE_SECONDS = 60 * 60
ROOT = Path(__file__).resolve().parent.parent
_NOT_SEED_INPUTS = {
    ".git",
    ".venv",
    ".pytest_cache",
    ".ruff_cache",
    "__pycache__",
    "node_modules",
    "staticfiles",
    "bench",
    "docs",
    "tests",
    "deploy",
    ".ci",
    ".import_linter_cache",
    # What a running copy of the site writes where it stands (.gitignore): the development
    # server's database and uploads, the mail and texts it "sent", backups. The dev servers and
    # `make run` beside the tests rewrote them every few minutes, so each `make test-fast` in a
    # shared working tree found its snapshot stale and seeded again (a minute of every run).
    "media",
    "private_media",
    "sent_mail",
    "sent_sms",
    "backups",
    "var",
    "tmp",
}
# Files at the top that describe or drive tools but never reach the database (".git" is a
# file in a git worktree: with it, each worktree built and kept its own snapshot).
_NOT_SEED_FILES = {
    "README.md",
    "Makefile",
    "pyproject.toml",
    ".env.example",
    ".gitignore",
    ".git",
    "db.sqlite3",
    "db.sqlite3-journal",
}


# Raised when what tests/conftest.py adds to the seed changes (2: the images' renditions).
SNAPSHOT_FORMAT = b"2"


def fingerprint():
    """A digest of what the seeded database is built from."""
    digest = hashlib.sha256(SNAPSHOT_FORMAT)
    for folder, dirs, files in os.walk(ROOT):
        dirs[:] = sorted(d for d in dirs if d not in _NOT_SEED_INPUTS)
        for name in sorted(files):
            path = Path(folder, name)
            if name.endswith((".pyc", ".pyo")) or (folder == str(ROOT) and name in _NOT_SEED_FILES):
                continue
            digest.update(str(path.relative_to(ROOT)).encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


class Snapshot:
    """The seeded database and uploads for one fingerprint, in `folder` (pytest's cache)."""

    def __init__(self, folder):
        self.folder = Path(folder)
        self.dump = self.folder / "database.dump"
        self.uploads = self.folder / "uploads.tar"

    @classmethod
    def in_cache(cls, config):
        """The snapshot for the current code, or None when pytest's cache provider is off."""
        cache = getattr(config, "cache", None)
        if cache is None:
            return None
        return cls(Path(cache.mkdir("seeded-db")) / fingerprint())

    def is_fresh(self):
        if not (self.dump.is_file() and self.uploads.is_file()):
            return False
        return time.time() - self.dump.stat().st_mtime < MAX_AGE_SECONDS

    def restore_database(self, db, name):
        """Create database `name` from the dump."""
        run_pg_tool("createdb", db, name)
        run_pg_tool("pg_restore", db, "--no-owner", "--no-acl", "-d", name, str(self.dump))

    def restore_uploads(self, upload_roots):
        """Unpack the uploads the seed made into this process's upload folders."""
        with tarfile.open(self.uploads) as tar:
            for root in upload_roots:
                Path(root).mkdir(parents=True, exist_ok=True)
            members = {Path(root).name: Path(root) for root in upload_roots}
            for member in tar.getmembers():
                top, _, rest = member.name.partition("/")
                if top in members and rest:
                    member.name = rest
                    extract_safely(tar, members[top], [member])

    def save(self, db, test_name, upload_roots):
        """Keep the seeded database and uploads; replace older snapshots."""
        parent = self.folder.parent
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".saving-", dir=parent))
        try:
            dump = staging / "database.dump"
            run_pg_tool("pg_dump", db, "-Fc", "-Z1", "--no-owner", "--no-acl", "-f", str(dump), test_name)
            with tarfile.open(staging / "uploads.tar", "w") as tar:
                for root in upload_roots:
                    if Path(root).is_dir():
                        tar.add(root, arcname=Path(root).name)
            for old in parent.iterdir():
                if not old.name.startswith(".saving-"):
                    shutil.rmtree(old, ignore_errors=True)
            staging.rename(self.folder)
        except OSError:
            # Another xdist worker saved the same snapshot first.
            shutil.rmtree(staging, ignore_errors=True)


def template_name(config):
    """This session's seeded template database: built once, then copied for each xdist worker
    (`CREATE DATABASE ... TEMPLATE`, a file copy) instead of restoring or seeding per worker.
    The controller names it (pytest_configure_node in tests/conftest.py) and drops it at the end."""
    workerinput = getattr(config, "workerinput", None)
    if workerinput and "seeded_template" in workerinput:
        return workerinput["seeded_template"]
    from django.db import connection

    return f"{connection.creation._get_test_db_name()}_seeded_{os.getpid()}"


def copy_database(cursor, name, template):
    """CREATE DATABASE `name` as a copy of `template` (a Django cursor outside any database),
    file by file where PostgreSQL can (15 and later): its default since 15 writes every page of
    the copy to the WAL, 1.4 s for the seeded database against 0.5 s for the file copy."""
    quote = cursor.db.ops.quote_name
    strategy = " STRATEGY FILE_COPY" if cursor.db.pg_version >= 150000 else ""
    cursor.execute(f"CREATE DATABASE {quote(name)} TEMPLATE {quote(template)}{strategy}")


def drop_database(db, name):
    run_pg_tool("dropdb", db, "--if-exists", name)
