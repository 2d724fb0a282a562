"""Each test runs on a stack chunk of its own (home/operations/call_stack.py).

Looping just across a chunk's end of Python 3.11's frame stack, the unit layer's requests and
renders mapped and unmapped a fresh chunk on a call: 1.5 million page faults a run, and with
the mapping and unmapping 11 % of the two workers' CPU.
"""

import pytest
from _pytest.runner import pytest_runtest_protocol as run_test

from home.operations.call_stack import run_on_one_stack_chunk


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_protocol(item, nextitem):
    """pytest's own protocol, called from the roomy frame; its True ends the hook there."""
    return run_on_one_stack_chunk(run_test, item, nextitem)
