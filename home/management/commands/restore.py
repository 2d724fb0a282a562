"""manage.py restore ARCHIVE: bring back a backup made by `manage.py backup`."""

import tarfile

from django.core.management.base import BaseCommand, CommandError

from home.caching.page_cache import purge_all
from home.operations.backups import read_manifest, restore_backup


class Command(BaseCommand):
    help = "Restore a backup archive, replacing the database content and the media folders."

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")
        parser.add_argument("--database-url", help="restore into this database instead of the configured one")
        parser.add_argument("--media-root", help="restore the public uploads here instead of MEDIA_ROOT")
        parser.add_argument(
            "--private-media-root", help="restore citizens' attachments here instead of PRIVATE_MEDIA_ROOT"
        )

    def handle(self, *args, archive, yes, database_url, media_root, private_media_root, **options):
        if database_url and not (media_root and private_media_root):
            # A restore into another database (a check of last night's backup, a new server)
            # must not replace this site's uploads with the backup's.
            raise CommandError(
                "with --database-url, also give --media-root and --private-media-root: "
                "folders for the backup's files, so this site's own files stay as they are"
            )
        try:
            manifest = read_manifest(archive)
        except (OSError, KeyError, ValueError, tarfile.TarError) as error:
            raise CommandError(f"not a portal backup: {error}") from error
        if not yes:
            answer = input(f"Replace the current data with the backup of {manifest['created_at']}? [y/N] ")
            if answer.strip().lower() not in {"y", "yes"}:
                raise CommandError("restore cancelled")
        restore_backup(archive, database_url=database_url, media_root=media_root, private_media_root=private_media_root)
        if not database_url:
            purge_all()  # pages, menus and settings cached from the replaced data
        self.stdout.write(self.style.SUCCESS(f"restored the backup of {manifest['created_at']}"))
