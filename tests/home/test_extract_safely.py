"""Restoring a backup unpacks its archive: plain files and folders inside the target only, on
every Python 3.11 (Debian 12's 3.11.2, which production runs, has no tarfile filters)."""

import io
import tarfile

import pytest

from home.operations.backups import extract_safely


def archive_of(tmp_path, *members):
    """A tar archive of (name, kind, content) members, kind "file", "dir" or "symlink"."""
    path = tmp_path / "archive.tar"
    with tarfile.open(path, "w") as tar:
        for name, kind, content in members:
            info = tarfile.TarInfo(name)
            if kind == "dir":
                info.type = tarfile.DIRTYPE
                info.mode = 0o4777  # setuid and world-writable: not kept
                tar.addfile(info)
            elif kind == "symlink":
                info.type = tarfile.SYMTYPE
                info.linkname = content
                tar.addfile(info)
            else:
                info.size = len(content)
                info.mode = 0o6777
                tar.addfile(info, io.BytesIO(content))
    return path


def test_files_and_folders_are_unpacked_without_the_archives_modes(tmp_path):
    path = archive_of(tmp_path, ("media", "dir", b""), ("media/documents/form.pdf", "file", b"%PDF-1.4"))
    target = tmp_path / "out"
    target.mkdir()
    with tarfile.open(path) as tar:
        extract_safely(tar, target)
    unpacked = target / "media" / "documents" / "form.pdf"
    assert unpacked.read_bytes() == b"%PDF-1.4"
    assert unpacked.stat().st_mode & 0o7022 == 0  # no setuid, setgid, sticky or group/other write
    assert (target / "media").stat().st_mode & 0o7022 == 0


@pytest.mark.parametrize(
    "hostile",
    [
        ("../outside.txt", "file", b"escaped"),
        ("/tmp/absolute.txt", "file", b"escaped"),
        ("media/link", "symlink", "/etc/passwd"),
    ],
    ids=["parent folder", "absolute path", "link"],
)
def test_an_archive_with_a_member_outside_the_target_or_a_link_unpacks_nothing(tmp_path, hostile):
    path = archive_of(tmp_path, ("media/ok.txt", "file", b"fine"), hostile)
    target = tmp_path / "deep" / "out"
    target.mkdir(parents=True)
    with tarfile.open(path) as tar, pytest.raises(ValueError, match="refusing to extract"):
        extract_safely(tar, target)
    assert list(target.iterdir()) == []  # not even the good member before it
    assert not (tmp_path / "deep" / "outside.txt").exists()
