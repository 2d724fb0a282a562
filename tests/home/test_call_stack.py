"""Calls looping at a stack chunk's end take no fresh memory on each call (home/operations/call_stack.py)."""

import resource
import runpy
import sys
import threading
import types
from pathlib import Path

import pytest

from home.operations.call_stack import run_on_one_stack_chunk

CALLS = 300


def page_faults():
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt


def _leaf():
    return None


# A callee whose frame is larger than a step down the scan below, so that at some depth it no
# longer fits in its caller's chunk, however the chunk's end falls.
leaf = types.FunctionType(_leaf.__code__.replace(co_stacksize=200), globals())


def faults_of_calls_at(depth):
    """The page faults of CALLS calls made from `depth` frames further down the stack."""
    if depth:
        return faults_of_calls_at(depth - 1)
    before = page_faults()
    for _ in range(CALLS):
        leaf()
    return page_faults() - before


def worst_depth(call):
    """The most page faults that CALLS calls took at any depth within 400 frames, the whole
    scan made through `call`, in a thread of its own (whose stack starts with its first chunk)."""
    worst = []

    def scan():
        worst.append(max(call(faults_of_calls_at, depth) for depth in range(400)))

    thread = threading.Thread(target=scan)
    thread.start()
    thread.join()
    return worst[0]


def plainly(func, *args):
    return func(*args)


def test_calls_at_a_chunks_end_fault_on_every_call_on_pythons_own_stack():
    """The trouble the helper is for, shown on this interpreter (fixed upstream in 3.13)."""
    if sys.version_info >= (3, 13):
        pytest.skip("CPython 3.13 and later keep a spare chunk")
    assert worst_depth(plainly) >= CALLS


def test_calls_below_the_helper_take_no_fresh_memory_at_any_depth():
    assert worst_depth(run_on_one_stack_chunk) < CALLS // 10


def test_the_helper_returns_what_it_calls_and_lets_its_errors_through():
    assert run_on_one_stack_chunk(divmod, 7, 2) == (3, 1)
    assert run_on_one_stack_chunk(dict, a=1) == {"a": 1}
    with pytest.raises(ValueError, match="invalid literal"):
        run_on_one_stack_chunk(int, "x")


def test_each_test_runs_on_one_stack_chunk():
    """tests/stack_chunk.py runs every test through the helper, so the unit loop does not fault."""
    frame, names = sys._getframe(), []
    while frame:
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    assert "run_on_one_stack_chunk" in names


def test_the_shipped_gunicorn_worker_runs_its_loop_on_one_stack_chunk(monkeypatch):
    """deploy/gunicorn.conf.py names the worker whose whole request loop runs below the helper
    (bench/worker_stack.py: the contact form's 233 page faults a request fell to 3)."""
    from gunicorn.util import load_class
    from gunicorn.workers.sync import SyncWorker

    config = runpy.run_path(str(Path(__file__).resolve().parents[2] / "deploy" / "gunicorn.conf.py"))
    worker_class = load_class(config["worker_class"])
    loop_frames = []

    def loop(worker):
        frame = sys._getframe()
        while frame:
            loop_frames.append(frame.f_code.co_name)
            frame = frame.f_back
        return "served"

    monkeypatch.setattr(SyncWorker, "run", loop)
    assert issubclass(worker_class, SyncWorker)
    assert worker_class.run(object.__new__(worker_class)) == "served"
    # The loop's own caller is the helper (further down, this test too runs below it).
    assert loop_frames[1] == "run_on_one_stack_chunk"
