"""Backups of the database and of every uploaded file, and restoring them.

The archive is one .tar.gz holding `manifest.json` (when, which database engine, row counts),
`database.dump` (pg_dump custom format) or `database.sqlite3` (a consistent SQLite copy),
and the `media/` and `private_media/` trees (public uploads and citizens' attachments).
"""

import datetime
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import connections

BACKUP_PREFIX = "portal-backup"
BACKUP_SUFFIX = ".tar.gz"
_STAMP = "%Y%m%d-%H%M%S"


def add_output_argument(parser):
    """The `--output` folder of a command that writes an archive (settings.BACKUP_DIR by default)."""
    parser.add_argument("--output", default=str(settings.BACKUP_DIR), help="folder for the archive")


def stamped_path(output_dir, prefix, suffix):
    """A new archive's path in `output_dir` (made if missing): `prefix`-YYYYmmdd-HHMMSS (UTC)`suffix`."""
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    return output_dir / f"{prefix}-{datetime.datetime.now(datetime.UTC):{_STAMP}}{suffix}"


@dataclass(frozen=True)
class BackupArchive:
    """A finished backup archive: its file name, when it was made (UTC) and its size in bytes."""

    name: str
    made_at: datetime.datetime
    size: int


def archive_time(name):
    """When the backup archive called `name` was made (from the stamp in its name), or None
    for any other file (an applicant-data export, an archive still being written)."""
    if not (name.startswith(f"{BACKUP_PREFIX}-") and name.endswith(BACKUP_SUFFIX)):
        return None
    stamp = name.removeprefix(f"{BACKUP_PREFIX}-").removesuffix(BACKUP_SUFFIX)
    try:
        return datetime.datetime.strptime(stamp, _STAMP).replace(tzinfo=datetime.UTC)
    except ValueError:
        return None


def newest_backup(folder=None):
    """The newest finished archive in `folder` (settings.BACKUP_DIR by default), or None.

    Cheap enough for every dashboard view: one listing of the folder and one stat, no archive
    opened. An unreadable or missing folder raises OSError (FileNotFoundError when missing).
    """
    newest = None
    with os.scandir(folder or settings.BACKUP_DIR) as entries:
        for entry in entries:
            made_at = archive_time(entry.name)
            if made_at is not None and (newest is None or made_at > newest[0]) and entry.is_file():
                newest = (made_at, entry)
    if newest is None:
        return None
    made_at, entry = newest
    return BackupArchive(entry.name, made_at, entry.stat().st_size)


def _pg_tool(name):
    """The newest installed PostgreSQL client tool (pg_dump/pg_restore/psql)."""
    found = shutil.which(name)
    candidates = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), key=lambda p: int(p.parts[-3]))
    if candidates:
        return str(candidates[-1])
    if found:
        return found
    raise RuntimeError(f"{name} is not installed (Debian package postgresql-client)")


def run_pg_tool(tool, db, *args):
    """Run a PostgreSQL client tool (pg_dump, pg_restore, createdb, ...) with `args` on the
    server of `db` (a Django DATABASES entry): its host, port, user and password."""
    env = dict(os.environ)
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = str(db["PASSWORD"])
    where = ["-h", str(db.get("HOST") or "localhost"), "-p", str(db.get("PORT") or 5432)]
    if db.get("USER"):
        where += ["-U", str(db["USER"])]
    subprocess.run([_pg_tool(tool), *where, *args], env=env, check=True, capture_output=True)


def row_counts(alias="default"):
    """Rows per table of every installed model (to compare a backup with its source)."""
    counts = {}
    connection = connections[alias]
    tables = set(connection.introspection.table_names())
    with connection.cursor() as cursor:
        for model in apps.get_models(include_auto_created=True):
            table = model._meta.db_table
            if table in tables and not model._meta.proxy and table not in counts:
                cursor.execute(f'SELECT COUNT(*) FROM "{table}"')
                counts[table] = cursor.fetchone()[0]
    return counts


def _media_dirs(media_root=None, private_media_root=None):
    return {
        "media": Path(media_root or settings.MEDIA_ROOT),
        "private_media": Path(private_media_root or settings.PRIVATE_MEDIA_ROOT),
    }


def create_backup(output_dir, alias="default"):
    """Write a timestamped archive into `output_dir`; return its path."""
    archive_path = stamped_path(output_dir, BACKUP_PREFIX, BACKUP_SUFFIX)
    # Written under another name and renamed once complete: a backup that fails half-way
    # leaves no archive that the dashboard would count as made.
    partial_path = archive_path.with_name(f"{archive_path.name}.partial")
    partial_path.touch(mode=0o600, exist_ok=False)  # it holds personal data: the owner's alone
    try:
        _write_archive(partial_path, alias)
        os.replace(partial_path, archive_path)
    finally:
        partial_path.unlink(missing_ok=True)
    return archive_path


def _write_archive(archive_path, alias):
    db = connections[alias].settings_dict
    engine = connections[alias].vendor
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        if engine == "postgresql":
            dump = tmp / "database.dump"
            run_pg_tool("pg_dump", db, "-Fc", "--no-owner", "--no-acl", "-f", str(dump), db["NAME"])
            db_member = "database.dump"
        elif engine == "sqlite":
            dump = tmp / "database.sqlite3"
            source = sqlite3.connect(str(db["NAME"]))
            target = sqlite3.connect(str(dump))
            with target:
                source.backup(target)  # consistent even while the site writes
            source.close()
            target.close()
            db_member = "database.sqlite3"
        else:
            raise RuntimeError(f"backups support PostgreSQL and SQLite, not {engine}")
        manifest = {
            "created_at": datetime.datetime.now(datetime.UTC).isoformat(),
            "engine": engine,
            "database_file": db_member,
            "row_counts": row_counts(alias),
        }
        with tarfile.open(archive_path, "w:gz") as archive:
            data = json.dumps(manifest, ensure_ascii=False, indent=2).encode()
            info = tarfile.TarInfo("manifest.json")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
            archive.add(dump, arcname=db_member)
            for name, path in _media_dirs().items():
                if path.exists():
                    archive.add(path, arcname=name)


def extract_safely(archive, destination, members=None):
    """Extract `members` of a tar archive (all by default) into `destination`: plain files and
    folders only, each inside it, without the archive's owners and modes.

    What `extractall(filter="data")` does from Python 3.11.4 on, written out because Debian 12's
    Python 3.11.2, which deploy/ and the tests run, has no extraction filters. A member with a
    path outside `destination`, a link or a device is refused, and nothing is extracted.
    """
    destination = Path(destination).resolve()
    members = archive.getmembers() if members is None else list(members)
    for member in members:
        target = (destination / member.name).resolve()
        if not (member.isfile() or member.isdir()) or not target.is_relative_to(destination):
            raise ValueError(f"refusing to extract {member.name!r}: not a plain file or folder inside {destination}")
    for member in members:
        archive.extract(member, destination, set_attrs=False)
        # The archive's permissions less setuid, setgid, sticky and group or other write; the
        # owner may always read and write (and enter a folder).
        owner = 0o700 if member.isdir() else 0o600
        os.chmod(destination / member.name, (member.mode & 0o755) | owner)


def read_manifest(archive_path):
    with tarfile.open(archive_path, "r:gz") as archive:
        return json.load(archive.extractfile("manifest.json"))


def restore_backup(archive_path, alias="default", database_url=None, media_root=None, private_media_root=None):
    """Restore an archive into the database (or into `database_url`) and the media folders (or
    into `media_root` and `private_media_root`).

    The target database's current content is replaced, and so are the target folders.
    """
    import dj_database_url

    db = dj_database_url.parse(database_url) if database_url else connections[alias].settings_dict
    engine = "postgresql" if "postgresql" in db["ENGINE"] else "sqlite" if "sqlite" in db["ENGINE"] else db["ENGINE"]
    manifest = read_manifest(archive_path)
    if manifest["engine"] != engine:
        raise RuntimeError(f"this backup is of a {manifest['engine']} database, the target is {engine}")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        with tarfile.open(archive_path, "r:gz") as archive:
            extract_safely(archive, tmp)
        if engine == "postgresql":
            if database_url is None:
                connections[alias].close()
            run_pg_tool(
                "pg_restore",
                db,
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-acl",
                "--single-transaction",
                "-d",
                db["NAME"],
                str(tmp / "database.dump"),
            )
        else:
            if database_url is None:
                connections[alias].close()
            shutil.copyfile(tmp / "database.sqlite3", db["NAME"])
        for name, path in _media_dirs(media_root, private_media_root).items():
            source = tmp / name
            if source.exists():
                if path.exists():
                    shutil.rmtree(path)
                shutil.copytree(source, path)
    return manifest
