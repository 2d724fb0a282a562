"""Storage for files citizens attach: outside MEDIA_ROOT, with no public URL."""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage


class PrivateStorage(FileSystemStorage):
    """A FileSystemStorage rooted at settings.PRIVATE_MEDIA_ROOT (read on every use, so tests
    can point it elsewhere). Files are served only by the staff download view."""

    @property
    def base_location(self):
        return str(settings.PRIVATE_MEDIA_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Private files have no public URL; use the admin download view.")


private_storage = PrivateStorage()


def get_private_storage():
    return private_storage
