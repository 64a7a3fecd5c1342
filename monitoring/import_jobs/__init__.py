"""ETHOS imports as background jobs: the upload stores the file and queues a check
(a dry run); after the editor confirms the preview, a second job writes it. Both
run in the worker process (`manage.py import_worker`), so no web worker parses an
uploaded file."""
