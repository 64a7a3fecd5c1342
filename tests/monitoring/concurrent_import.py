"""Child process for the concurrent import tests; DATABASE_URL names the database.

  python -m tests.monitoring.concurrent_import import FOLDER NAME FILE DATASET
  python -m tests.monitoring.concurrent_import dump DATASET

`import` runs `manage.py import_ethos` with the import's comparison step held at a
barrier shared through FOLDER: it waits (at most BARRIER_SECONDS) until the other
process has reached its comparison too. Without serialization both processes would
compare against the same stored rows before either writes; with it the second one
cannot reach the barrier while the first holds the dataset's lock. It writes the
times it asked for the lock, compared and finished, and the command's outcome, to
FOLDER/NAME.json. `dump` prints the dataset count and the dataset's values as JSON.
"""

import io
import json
import os
import sys
import time
from pathlib import Path

BARRIER_SECONDS = 5.0


def _barrier(folder: Path, name: str) -> None:
    (folder / f"{name}.arrived").touch()
    deadline = time.monotonic() + BARRIER_SECONDS
    while time.monotonic() < deadline:
        if len(list(folder.glob("*.arrived"))) >= 2:
            return
        time.sleep(0.02)


def run_import(folder: Path, name: str, path: str, dataset: str) -> None:
    from django.core.management import CommandError, call_command
    from django.db.models.signals import post_save

    from monitoring.importers import ethos
    from monitoring.models import DatasetVersion

    # The version's download files would be written at once on commit (the tests'
    # task backend runs jobs at once), inside the timed import; the worker writes
    # them afterwards in production.
    post_save.disconnect(sender=DatasetVersion, dispatch_uid="opendata-version-files")

    times = {}
    compare, transaction = ethos._compare, ethos.dataset_transaction

    def held_compare(*args):
        times["compared"] = time.time()
        _barrier(folder, name)
        return compare(*args)

    def timed_transaction(*args):
        times["asked_for_lock"] = time.time()
        return transaction(*args)

    ethos._compare, ethos.dataset_transaction = held_compare, timed_transaction
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_ethos", path, "--dataset", dataset, stdout=out, stderr=err)
        status = 0
    except CommandError:
        status = 1
    times["finished"] = time.time()
    outcome = {**times, "status": status, "out": out.getvalue(), "err": err.getvalue()}
    (folder / f"{name}.json").write_text(json.dumps(outcome), encoding="utf-8")


def dump(dataset: str) -> None:
    from monitoring.models import Dataset, Observation

    values = Observation.objects.filter(dataset__name=dataset).values_list(
        "territory__code", "category__code", "measure", "value"
    )
    state = {
        "datasets": Dataset.objects.filter(name=dataset).count(),
        "values": sorted(values),
    }
    sys.stdout.write(json.dumps(state) + "\n")


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
    import django

    django.setup()
    command, *arguments = sys.argv[1:]
    if command == "dump":
        dump(*arguments)
    else:
        folder, name, path, dataset = arguments
        run_import(Path(folder), name, path, dataset)


if __name__ == "__main__":
    main()
