"""Checks the worst import files within the default limits (issue 20) as the import
worker does (runner.check: the dry run that stores counts, a preview or the first
problems and their total), each in a child process, and prints its time, CPU time
and peak resident memory. Exits non-zero when a check takes 60 s or more (of CPU
time, when the machine is so busy that the wall time is mostly waiting for a
core), peaks at 1 GB or more, or ends otherwise than expected.

Run: .venv/bin/python bench/import_worst.py [--case NAME ...] [--keep-files DIR]
Uses DATABASE_URL (default postgres://postgres@127.0.0.1:5432/bydleni_bench_worst);
the benchmark works in a throwaway test_… database that it creates and drops.
Cases: csv-junk (2,000,000 rows, every cell invalid, 24 MB), csv-bad-value
(2,000,000 rows with valid keys and one bad value each, 70 MB), indicators-junk
(the junk as a table of data indicators), xlsx-large (820,000 valid rows, 203 MB
unpacked), csv-valid (2,000,000 valid rows, 59 MB).
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from support import ROOT, throwaway_database
from worst_files import (
    junk_csv,
    large_xlsx,
    one_bad_cell_csv,
    valid_csv,
)

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/bydleni_bench_worst"
MAX_SECONDS = 60
MAX_MEGABYTES = 1024
ROWS = 2_000_000
XLSX_ROWS = 820_000
INDICATOR_HEADER = "kod_uzemi;obdobi;ukazatel;hodnota;jednotka\n"


# name → (file name, kind, how to write it, expected state, expected problems)
CASES = {
    "csv-junk": (
        "junk.csv",
        "ethos",
        lambda path, codes: junk_csv(path, ROWS),
        "refused",
        5 * ROWS,
    ),
    "csv-bad-value": (
        "bad_value.csv",
        "ethos",
        lambda path, codes: one_bad_cell_csv(path, ROWS, codes),
        "refused",
        ROWS,
    ),
    "indicators-junk": (
        "indicators_junk.csv",
        "indicators",
        lambda path, codes: _indicator_junk(path),
        "refused",
        4 * ROWS,
    ),
    "xlsx-large": (
        "large.xlsx",
        "ethos",
        lambda path, codes: large_xlsx(path, XLSX_ROWS, codes),
        "ready",
        0,
    ),
    "csv-valid": (
        "valid.csv",
        "ethos",
        lambda path, codes: valid_csv(path, ROWS, codes),
        "ready",
        0,
    ),
}


def _indicator_junk(path: Path) -> Path:
    """Every cell invalid under an indicator table's header."""
    with path.open("w", encoding="utf-8", newline="") as file:
        file.write(INDICATOR_HEADER)
        for start in range(0, ROWS, 100_000):
            file.write("xx;x;x;x;xx\n" * min(100_000, ROWS - start))
    return path


def child(job_id: int) -> None:
    """Runs in its own process, as the import worker would."""
    import django

    django.setup()
    from monitoring.import_jobs import runner
    from monitoring.models import ImportJob

    runner.check(job_id, task_id="bench")  # the queue record the worker would note
    job = ImportJob.objects.get(pk=job_id)
    print(
        json.dumps(
            {
                "state": job.state,
                "problem_count": job.problem_count,
                "problems_kept": len(job.problems),
                "first_problem": job.problems[0] if job.problems else None,
                "rows": job.rows_total,
                "message": job.message,
            }
        )
    )


def run_check(job_id: int, database_url: str) -> tuple[float, float, float, dict]:
    """(seconds, CPU seconds, peak MB, the child's report) of one check in a child
    process."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, __file__, "--child", str(job_id)],
        env={**os.environ, "DATABASE_URL": database_url},
        stdout=subprocess.PIPE,
        cwd=ROOT,
    )
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise SystemExit(f"the check of job {job_id} crashed")
    report = json.loads(output.decode().strip().splitlines()[-1])
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, report


def new_job(path: Path, kind: str) -> int:
    from django.core.files import File

    from monitoring.models import ImportJob
    from monitoring.uploads import store_upload

    with path.open("rb") as file:
        token = store_upload(File(file))
    job = ImportJob.objects.create(
        kind=kind,
        dataset_name=f"Nejhorší případ {path.stem}",
        filename=path.name,
        upload_token=token,
    )
    return job.pk


def database_url(connection) -> str:
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{settings['NAME']}"
    return (
        f"postgres://{settings['USER']}@{settings['HOST']}:{settings['PORT']}/"
        f"{settings['NAME']}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--case", action="append", choices=sorted(CASES))
    parser.add_argument("--keep-files", type=Path, help="Write the files here.")
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    os.environ.setdefault("DATABASE_URL", DEFAULT_DATABASE_URL)
    with throwaway_database() as connection, tempfile.TemporaryDirectory() as temp:
        folder = args.keep_files or Path(temp)
        folder.mkdir(parents=True, exist_ok=True)
        broken = run(connection, args.case or list(CASES), folder)
    if broken:
        raise SystemExit("Bound broken: " + "; ".join(broken))


def run(connection, names: list[str], folder: Path) -> list[str]:
    from monitoring.models import Territory
    from monitoring.reference import load_reference_data

    load_reference_data()
    codes = list(Territory.objects.filter(kind="orp").values_list("code", flat=True))
    url = database_url(connection)
    broken = []
    print(f"database: {connection.vendor}; bounds: {MAX_SECONDS} s, {MAX_MEGABYTES} MB")
    for name in names:
        filename, kind, write, state, problems = CASES[name]
        path = folder / filename
        if not path.exists():
            write(path, codes)
        seconds, cpu, peak, report = run_check(new_job(path, kind), url)
        print(
            f"{name}: {path.stat().st_size / 1e6:.0f} MB file, {seconds:.1f} s "
            f"({cpu:.1f} s of CPU), "
            f"peak {peak:,.0f} MB, {report['state']}, "
            f"problems {report['problem_count']:,} ({report['problems_kept']} kept), "
            f"rows {report['rows'] or 0:,}"
        )
        if report["first_problem"]:
            print(f"  first problem: {report['first_problem']}")
        if min(seconds, cpu) >= MAX_SECONDS or peak >= MAX_MEGABYTES:
            broken.append(f"{name} {seconds:.1f} s, {peak:,.0f} MB")
        if report["state"] != state or report["problem_count"] != problems:
            broken.append(f"{name} ended {report['state']}: {report}")
    return broken


if __name__ == "__main__":
    main()
