"""gunicorn as the site runs in production: `gunicorn -c deploy/gunicorn.conf.py
cms.wsgi` (README, "Serving downloads and slow clients").

Threaded workers (gthread): a download that a slow client reads for minutes holds
one thread, not a whole worker, and idle keep-alive connections hold none, so
pages keep answering beside large and slow downloads. Put nginx in front with
response buffering for many slow clients (README)."""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "2"))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "8"))
# A worker that stops answering its heartbeat this long is restarted; with
# threads, a long download does not count against it.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5
# No max_requests: a worker told to restart waits for its running downloads, and
# one that a slow reader holds past graceful_timeout would be killed mid-answer.
