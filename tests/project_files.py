"""The project's files, as git has them: tracked, or new and not ignored (what a clean clone
holds once the change is committed), never a developer's generated or ignored files."""

import subprocess
from pathlib import Path

from django.conf import settings

BASE_DIR = Path(settings.BASE_DIR)


def project_files(*patterns):
    """Paths relative to the project's folder, of the files matching the git `patterns` (all when none)."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z", *patterns],
        cwd=BASE_DIR,
        capture_output=True,
        check=True,
        text=True,
    ).stdout.split("\0")
    return [name for name in listed if name and (BASE_DIR / name).is_file()]
