"""Template lines stay short enough to read and review: djLint wraps what it can (max_line_length
in pyproject.toml) but leaves alone lines of inline text and tags, so the limit is held here."""

from pathlib import Path

from django.conf import settings

LIMIT = 200


def test_no_template_line_is_longer_than_the_limit():
    long_lines = [
        f"{path.relative_to(settings.BASE_DIR)}:{number} ({len(line)} characters)"
        for path in sorted((Path(settings.BASE_DIR) / "templates").rglob("*.*"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if len(line) > LIMIT
    ]
    assert not long_lines, "Break these lines where whitespace renders nothing:\n" + "\n".join(long_lines)
