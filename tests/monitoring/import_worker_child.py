"""Child process for the worker crash test: runs `manage.py import_worker --batch`
on the real database queue; DATABASE_URL names the database.

  python -m tests.monitoring.import_worker_child UPLOAD_ROOT [held]

With `held`, a check stops after reading the file (before it records its outcome),
prints HELD and waits there to be killed.
"""

import sys
import time

HELD = "HELD"


def hold_the_check() -> None:
    from monitoring.import_jobs import runner

    def held_preview(rows, kind):
        sys.stdout.write(HELD + "\n")
        sys.stdout.flush()
        time.sleep(600)

    runner.readable_preview = held_preview


def main() -> None:
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import override_settings

    from tests.monitoring.import_queue import DATABASE_QUEUE

    upload_root, *mode = sys.argv[1:]
    if mode == ["held"]:
        hold_the_check()
    with override_settings(TASKS=DATABASE_QUEUE, MONITORING_UPLOAD_ROOT=upload_root):
        call_command(
            "import_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0
        )


if __name__ == "__main__":
    main()
