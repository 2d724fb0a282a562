"""gunicorn's sync worker with its whole loop on one stack chunk (home/operations/call_stack.py).

deploy/gunicorn.conf.py names it as the worker class. A worker answers requests one after
another from one frame that never returns, so the 1 MiB chunk is taken once a process and the
requests' frames never cross a chunk's end of CPython 3.11's frame stack (where each call
would otherwise map and unmap memory).
"""

from gunicorn.workers.sync import SyncWorker

from home.operations.call_stack import run_on_one_stack_chunk


class OneStackChunkSyncWorker(SyncWorker):
    def run(self):
        return run_on_one_stack_chunk(super().run)
