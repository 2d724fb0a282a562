"""gunicorn settings for one app server: `gunicorn -c deploy/gunicorn.conf.py portal_site.wsgi:application`."""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8001")
# Sync workers: the portal's views are short and database-bound. Each runs its loop on one
# chunk of Python's frame stack (home/operations/gunicorn_worker.py; bench/worker_stack.py).
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
worker_class = "home.operations.gunicorn_worker.OneStackChunkSyncWorker"
timeout = 60
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then so a slow leak can never grow without bound.
max_requests = 2000
max_requests_jitter = 200
forwarded_allow_ips = "127.0.0.1"
accesslog = "-"
# No query strings in the access log: tracking look-ups carry codes there.
access_log_format = '%(h)s "%(m)s %(U)s" %(s)s %(b)s %(L)ss'
errorlog = "-"
