"""Code stays small enough to read and review. Template lines: djLint wraps what it can
(max_line_length in pyproject.toml) but leaves alone lines of inline text and tags, so the limit
is held here. Python modules: one job each, under 400 lines; data (demo content, migrations) is
exempt."""

from pathlib import Path

from django.conf import settings

from tests.project_files import project_files

LIMIT = 200
MODULE_LINES = 400
BASE_DIR = Path(settings.BASE_DIR)


def is_data(path):
    return "migrations" in path.parts or (path.parent.name == "demo" and "content" in path.stem)


def test_no_template_line_is_longer_than_the_limit():
    long_lines = [
        f"{path.relative_to(BASE_DIR)}:{number} ({len(line)} characters)"
        for path in sorted((BASE_DIR / "templates").rglob("*.*"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if len(line) > LIMIT
    ]
    assert not long_lines, "Break these lines where whitespace renders nothing:\n" + "\n".join(long_lines)


def test_no_module_outside_data_is_longer_than_400_lines():
    tracked = project_files("*.py")
    assert "manage.py" in tracked
    long_modules = [
        f"{name} ({count} lines)"
        for name in tracked
        if not is_data(Path(name))
        for count in [len((BASE_DIR / name).read_text(encoding="utf-8").splitlines())]
        if count > MODULE_LINES
    ]
    assert not long_modules, "Split these modules by what their parts do:\n" + "\n".join(long_modules)
