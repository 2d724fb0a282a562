"""`make test-fast ARGS=--lf` reruns the unit layer's failures, or the whole layer where none
failed, even when another layer's failures are on record."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

INI = "[pytest]\nmarkers =\n    browser: a test in the browser layer\n"
BROWSER = "import pytest\n\n@pytest.mark.browser\ndef test_in_a_browser():\n    assert False\n"
PASSES = "def test_passes():\n    assert True\n"
FAILS = "def test_fails():\n    assert False\n"


def pytest_in(folder, *args):
    """pytest run in `folder` with the project's `--lf` plugin only (no Django, no conftest)."""
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:django", "-p", "no:xdist"]
    command += ["-p", "tests.last_failed", "-o", "cache_dir=.cache", *args]
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(command, cwd=folder, env=env, capture_output=True, text=True, timeout=60)
    return done.returncode, done.stdout.strip().splitlines()[-1].split(" in ")[0]


def test_last_failed_in_one_layer_reruns_that_layers_failures_or_the_whole_layer(tmp_path):
    unit_layer = ("-m", "not browser", "--lf")
    (tmp_path / "pytest.ini").write_text(INI)
    # The browser layer's file is collected first, so pytest meets a recorded failure there first.
    (tmp_path / "test_a_browser.py").write_text(BROWSER)
    (tmp_path / "test_b_unit.py").write_text(PASSES)
    (tmp_path / "test_c_unit.py").write_text(FAILS)
    assert pytest_in(tmp_path) == (1, "2 failed, 1 passed")

    # The unit layer's one failure, alone.
    assert pytest_in(tmp_path, *unit_layer) == (1, "1 failed, 2 deselected")
    (tmp_path / "test_c_unit.py").write_text(FAILS.replace("False", "True"))
    assert pytest_in(tmp_path, *unit_layer) == (0, "1 passed, 2 deselected")

    # Only the browser layer's failure is left on record. pytest then skipped collecting the
    # unit files and `-m` deselected the rest: "1 deselected", exit 5, nothing run.
    assert pytest_in(tmp_path, *unit_layer) == (0, "2 passed, 1 deselected")
