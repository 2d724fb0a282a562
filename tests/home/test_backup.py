"""Backups: a real pg_dump/pg_restore round trip with content and counts compared."""

import io
import tarfile
from pathlib import Path

import psycopg
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from home.operations.backups import read_manifest
from tests.databases import database_url, scratch_database

# Plain (rolled-back) tests: pg_dump reads the committed demo content from its own connection;
# a transactional test would empty the tables the rest of the session relies on.
pytestmark = pytest.mark.django_db


@pytest.fixture
def scratch():
    with scratch_database("restore") as name:
        yield name


def test_backup_then_restore_gives_back_the_same_content(tmp_path, settings, scratch):
    media = tmp_path / "media"
    private = tmp_path / "private"
    (media / "documents").mkdir(parents=True)
    (media / "documents" / "form.pdf").write_bytes(b"%PDF-1.4 sample")
    (private / "attachments").mkdir(parents=True)
    (private / "attachments" / "id-card.png").write_bytes(b"\x89PNG sample")
    settings.MEDIA_ROOT = media
    settings.PRIVATE_MEDIA_ROOT = private

    out = io.StringIO()
    call_command("backup", "--output", str(tmp_path / "backups"), stdout=out)
    archive = out.getvalue().strip()
    manifest = read_manifest(archive)
    assert manifest["engine"] == "postgresql"
    with tarfile.open(archive) as tar:
        names = tar.getnames()
    assert "database.dump" in names
    assert "media/documents/form.pdf" in names
    assert "private_media/attachments/id-card.png" in names

    # The site goes on after the backup: a new upload, a file removed.
    (media / "documents" / "form.pdf").unlink()
    (media / "documents" / "new.pdf").write_bytes(b"%PDF-1.4 after the backup")

    # Restoring into another database needs folders of its own for the files...
    db_only = ["restore", archive, "--yes", "--database-url", database_url(scratch)]
    with pytest.raises(CommandError, match="--media-root and --private-media-root"):
        call_command(*db_only, stdout=io.StringIO())

    # ... then the backup comes back there, and this site's own files stay as they are.
    check = tmp_path / "check"
    files = ["--media-root", str(check / "media"), "--private-media-root", str(check / "private")]
    call_command(*db_only, *files, stdout=io.StringIO())
    with psycopg.connect(database_url(scratch)) as restored:
        for table, count in manifest["row_counts"].items():
            assert restored.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0] == count, table
        titles = {row[0] for row in restored.execute("SELECT title FROM wagtailcore_page")}
    assert "روابط کار" in titles
    assert manifest["row_counts"]["wagtailcore_page"] > 10
    assert (check / "media" / "documents" / "form.pdf").read_bytes() == b"%PDF-1.4 sample"
    assert (check / "private" / "attachments" / "id-card.png").exists()
    assert not (media / "documents" / "form.pdf").exists()
    assert (media / "documents" / "new.pdf").read_bytes() == b"%PDF-1.4 after the backup"


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path):
    bogus = tmp_path / "bogus.tar.gz"
    bogus.write_bytes(b"not an archive")
    with pytest.raises(CommandError):
        call_command("restore", str(bogus), "--yes")


def test_the_nightly_housekeeping_backs_up_before_it_anonymises():
    """The statement's termination clause: a backup of the users' data first, then the end of
    it. The nightly unit anonymised first, so that night's archive already lacked the data."""
    unit = (Path(__file__).resolve().parents[2] / "deploy" / "portal-maintenance.service").read_text()
    commands = [line.split("manage.py", 1)[1].split()[0] for line in unit.splitlines() if line.startswith("ExecStart=")]
    assert commands == ["backup", "anonymise_requests"]
