"""Run a long-lived piece of work (a worker's loop, one test) on one roomy piece of Python's stack.

CPython 3.11 keeps the frames of Python calls in chunks of 16 KiB, taken from the system with
mmap and handed back with munmap as soon as the last frame in a chunk returns. Code that loops
while its calls sit just across a chunk's end (Django's template rendering and ORM, a request
or a test 100-odd calls deep, often do) then maps, touches and unmaps a fresh chunk on every
call: about 7 µs each, with a page fault. In the unit test loop that was 1.5 million page
faults and 12 s of system time of the two workers' 120 s of CPU. CPython fixed it in 3.13 and
3.14 by keeping one spare chunk (python/cpython#142183); the project runs Debian's 3.11.

`run_on_one_stack_chunk(func, *args)` calls `func` from a frame that reserves half a MiB of
evaluation stack. CPython gives such a frame a chunk of its own of 1 MiB, and the frames of
everything `func` calls fill the rest of that chunk, so they cross a chunk's end only beyond
some 60,000 stack slots (thousands of calls deep). The reserve is address space: pages are
touched only as deep as the calls go. On a Python that keeps a spare chunk this changes nothing.
"""

import types

# Slots of 8 bytes: with CPython's own margin of 1,000 slots the frame needs just over 512 KiB,
# so its chunk is the next size up, 1 MiB, about half of it left for the calls below.
RESERVED_SLOTS = 65_000


def _call(func, *args, **kwargs):
    return func(*args, **kwargs)


run_on_one_stack_chunk = types.FunctionType(
    _call.__code__.replace(
        co_stacksize=_call.__code__.co_stacksize + RESERVED_SLOTS,
        co_name="run_on_one_stack_chunk",
        co_qualname="run_on_one_stack_chunk",
    ),
    globals(),
    "run_on_one_stack_chunk",
)
run_on_one_stack_chunk.__doc__ = "Return func(*args, **kwargs), called on a stack chunk of its own (see the module)."
