"""A running import job's pulse: a file beside its upload whose modification time
a small thread renews every MONITORING_IMPORT_HEARTBEAT_SECONDS while the job
runs, so a job whose worker died can be told from a slow one.

A file, not a database column, for the reason progress.py gives: the write runs
in one long transaction, which on SQLite keeps every other connection from
writing (the beat would wait and fail) and on PostgreSQL would not let a beat made
inside it be seen before the end."""

import logging
import os
import socket
import threading
import time

from django.conf import settings
from django.core import checks

from monitoring.uploads import heartbeat_path

logger = logging.getLogger(__name__)


def worker_identity() -> str:
    """Names the process running a job: "host:pid"."""
    return f"{socket.gethostname()}:{os.getpid()}"


def beat(token: str) -> None:
    """Notes that the job of this upload is alive now."""
    path = heartbeat_path(token)
    if path is not None:
        path.touch()


def seconds_since_beat(token: str) -> float | None:
    """How long ago the job of this upload last beat; None when it never did."""
    path = heartbeat_path(token)
    try:
        return time.time() - path.stat().st_mtime if path else None
    except OSError:
        return None


class Heartbeat:
    """``with Heartbeat(token):`` beats from a thread until the block ends, then
    removes the file. The thread only renews an existing file: once the job is
    cancelled and its files removed, it stops instead of leaving one behind."""

    def __init__(self, token: str):
        self.path = heartbeat_path(token)
        self.token = token
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self.keep_beating, daemon=True)

    def __enter__(self) -> "Heartbeat":
        beat(self.token)
        self.thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.stopped.set()
        self.thread.join()
        if self.path is not None:
            self.path.unlink(missing_ok=True)

    def keep_beating(self) -> None:
        while self.path and not self.stopped.wait(
            settings.MONITORING_IMPORT_HEARTBEAT_SECONDS
        ):
            try:
                os.utime(self.path)
            except FileNotFoundError:
                return
            except OSError:
                logger.warning(
                    "Cannot renew the heartbeat %s", self.path, exc_info=True
                )


@checks.register()
def check_heartbeat_timeout(app_configs, **kwargs):
    """A timeout within two beats would give up live jobs for dead."""
    interval = settings.MONITORING_IMPORT_HEARTBEAT_SECONDS
    timeout = settings.MONITORING_IMPORT_HEARTBEAT_TIMEOUT_SECONDS
    if interval > 0 and timeout > 2 * interval:
        return []
    return [
        checks.Error(
            f"MONITORING_IMPORT_HEARTBEAT_TIMEOUT_SECONDS ({timeout}) must be more "
            f"than twice MONITORING_IMPORT_HEARTBEAT_SECONDS ({interval}), which "
            "must be positive.",
            id="monitoring.E002",
        )
    ]
