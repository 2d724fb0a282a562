"""The dashboard tells the operators whether backups are being made: the newest archive in
BACKUP_DIR (when, how large), and a warning when there is none, it is stale or the folder
cannot be read; never a link to an archive (they hold citizens' personal data)."""

import datetime
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.users.models import UserProfile

from home.language.dates import format_date
from home.management.commands.backup import Command as BackupCommand
from home.operations import backups
from tests.soup import ok_soup

pytestmark = pytest.mark.django_db

CHECK_THE_TIMER = "زمان‌بند پشتیبان‌گیری را بررسی کنید."


@pytest.fixture
def backup_dir(tmp_path, settings):
    settings.BACKUP_DIR = tmp_path / "backups"
    settings.BACKUP_DIR.mkdir()
    return settings.BACKUP_DIR


def archive(folder, age, size=1024, name_prefix="portal-backup", suffix=".tar.gz"):
    """A file as `manage.py backup` names it, made `age` ago; returns when (to the second)."""
    made_at = (timezone.now() - age).replace(microsecond=0)
    path = folder / f"{name_prefix}-{made_at.astimezone(datetime.UTC):%Y%m%d-%H%M%S}{suffix}"
    path.write_bytes(b"\0" * size)
    return made_at


def empty(folder):
    for path in folder.iterdir():
        path.unlink()


def panel(client):
    """The site-state panel: (its text on one line, whether it warns), or None when not shown."""
    section = ok_soup(client.get("/admin/")).select_one("#site-state-section")
    if section is None:
        return None
    return " ".join(section.get_text(" ").split()), section.select_one(".help-warning") is not None


@pytest.mark.usefixtures("operator")
def test_no_backup_is_a_warning_that_names_the_folder(client, backup_dir):
    # Neither an applicant-data export nor an archive still being written is a backup.
    archive(backup_dir, datetime.timedelta(hours=1), name_prefix="applicant-data", suffix=".zip")
    archive(backup_dir, datetime.timedelta(hours=1), suffix=".tar.gz.partial")
    text, warns = panel(client)
    assert warns
    assert f"هیچ پشتیبانی گرفته نشده است. {CHECK_THE_TIMER}" in text
    assert f"پوشهٔ پشتیبان‌ها: {backup_dir}" in text


@pytest.mark.usefixtures("operator")
def test_a_missing_or_unreadable_folder_is_said_not_raised(client, settings, tmp_path, monkeypatch):
    settings.BACKUP_DIR = tmp_path / "never-made"
    text, warns = panel(client)
    assert warns and f"هیچ پشتیبانی در دست نیست: پوشهٔ پشتیبان‌ها وجود ندارد. {CHECK_THE_TIMER}" in text

    def refused(_folder):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(backups.os, "scandir", refused)
    text, warns = panel(client)
    assert warns and "پوشهٔ پشتیبان‌ها خوانده نمی‌شود، پس هیچ پشتیبانی دیده نمی‌شود." in text


@pytest.mark.usefixtures("operator")
def test_a_fresh_backup_shows_its_jalali_date_and_size_and_no_link(client, backup_dir):
    archive(backup_dir, datetime.timedelta(days=1, hours=2), size=10)
    made_at = archive(backup_dir, datetime.timedelta(hours=3), size=1536 * 1024)
    text, warns = panel(client)
    assert not warns
    when = format_date(made_at, "fa", with_time=True)
    assert f"آخرین پشتیبان: {when} (۱٫۵ مگابایت)." in text
    assert when.startswith(tuple("۰۱۲۳۴۵۶۷۸۹")) and "، ساعت " in when  # Jalali, Persian digits
    page = client.get("/admin/").content.decode()
    assert "portal-backup-" not in page  # neither the archive's name nor a link to it


@pytest.mark.usefixtures("operator")
def test_a_stale_backup_warns_how_old_it_is(client, backup_dir):
    made_at = archive(backup_dir, datetime.timedelta(days=3, hours=1))
    text, warns = panel(client)
    assert warns
    assert f"آخرین پشتیبان ۳ روز پیش گرفته شده است؛ {CHECK_THE_TIMER}" in text
    assert f"آخرین پشتیبان: {format_date(made_at, 'fa', with_time=True)} (۱ کیلوبایت)." in text

    empty(backup_dir)
    archive(backup_dir, datetime.timedelta(hours=30))  # a night missed
    assert f"آخرین پشتیبان ۳۰ ساعت پیش گرفته شده است؛ {CHECK_THE_TIMER}" in panel(client)[0]


def test_the_english_admin_reads_it_in_english_with_gregorian_dates(client, backup_dir, operator):
    profile = UserProfile.get_for_user(operator)
    profile.preferred_language = "en"
    profile.save()
    made_at = archive(backup_dir, datetime.timedelta(hours=2), size=1536 * 1024)
    text, warns = panel(client)
    assert not warns
    assert f"Newest backup: {format_date(made_at, 'en', with_time=True)} (1.5 MB)." in text
    assert str(made_at.astimezone(timezone.get_current_timezone()).year) in text  # Gregorian

    empty(backup_dir)
    archive(backup_dir, datetime.timedelta(days=3, hours=1))
    text, warns = panel(client)
    assert warns and "The newest backup was made 3 days ago; check the backup timer." in text
    assert "State of the site" in text


def test_editors_who_may_not_see_the_site_state_are_not_told(client, django_user_model, backup_dir):
    archive(backup_dir, datetime.timedelta(days=3))
    editor = django_user_model.objects.create_user(username="news-writer-3", password="x-unused-123")
    editor.groups.add(Group.objects.get(name="ویراستاران اخبار"))
    client.force_login(editor)
    assert panel(client) is None
    assert "پشتیبان" not in client.get("/admin/").content.decode()


def test_the_backup_command_writes_where_the_dashboard_looks_by_default(backup_dir):
    options = BackupCommand().create_parser("manage.py", "backup").parse_args([])
    assert options.output == str(backup_dir)


def test_a_backup_that_fails_half_way_leaves_no_archive(backup_dir, monkeypatch):
    def disk_full(path, _alias):
        path.write_bytes(b"half an archive")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "_write_archive", disk_full)
    with pytest.raises(OSError):
        backups.create_backup(backup_dir)
    assert list(backup_dir.iterdir()) == []
    assert backups.newest_backup() is None


def test_the_nightly_unit_writes_where_the_dashboard_looks():
    """One folder, named once (BACKUP_DIR): the unit's own `--output` could differ from it. Both
    units default it to the deployed layout's folder, which the site's unit may write to, so a
    server whose /etc/portal/env predates the setting keeps backing up there (and the dashboard
    reads the same folder), not into the read-only app folder."""
    deploy = Path(__file__).resolve().parents[2] / "deploy"
    unit = (deploy / "portal-maintenance.service").read_text()
    site = (deploy / "portal.service").read_text()
    assert "--output" not in unit and "manage.py backup" in unit
    default = "Environment=BACKUP_DIR=/srv/portal/backups"
    assert default in unit and default in site
    writable = next(line for line in site.splitlines() if line.startswith("ReadWritePaths="))
    assert "/srv/portal/backups" in writable.split("=", 1)[1].split()
