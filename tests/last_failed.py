"""`--lf` within one layer (`make test-fast ARGS=--lf`).

To save time, `--lf` stops collecting files that hold no recorded failure once it has met one
that does, and only then does `-m` choose the layer. With the browser layer's failures on
record, the unit layer's `-m` then deselected every test collected, and the run did nothing
("no tests ran"). Where `-m` chooses, every file is collected, so `--lf` reruns the chosen
layer's own failures, or the whole layer where none of them failed.
"""

import pytest


@pytest.hookimpl(trylast=True)
def pytest_configure(config):
    if config.getoption("lf") and config.getoption("markexpr"):
        # Registered under this name by pytest's cache provider (_pytest/cacheprovider.py).
        skipping = config.pluginmanager.get_plugin("lfplugin-collwrapper")
        if skipping is not None:
            config.pluginmanager.unregister(skipping)
