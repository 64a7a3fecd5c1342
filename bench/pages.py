"""Serves the site with gunicorn (2 workers, production settings) on PostgreSQL with
the demo and about 1,000,000 ETHOS rows, and measures with wrk the home page, a
region hub, a strategy and a static file: requests per second, p50, p99 and each
page's rate relative to the static file, with the page cache off and on.

Run: .venv/bin/python bench/pages.py [--seconds 10] [--skip-load]
Needs wrk (apt-get install wrk), PostgreSQL at 127.0.0.1:5432 and Redis at
127.0.0.1:6379 for the page-cache run. Uses the database bydleni_bench_pages, which
it drops and creates unless --skip-load is given.
"""

import argparse
import re
import subprocess
import tempfile
import urllib.request
from pathlib import Path

from import_scale import monthly_periods, write_table
from support import ServedSite, start_gunicorn

PORT = 8123
REDIS_URL = "redis://127.0.0.1:6379/15"
PAGES = {
    "home page": "/",
    "region hub": "/kraje/liberecky-kraj/",
    "strategy": "/kraje/liberecky-kraj/koncepce-socialniho-bydleni-2022-2027/",
    "static file": "/static/css/site.css",
}
SITE = ServedSite("bydleni_bench_pages")


def load_ethos_rows(periods: int) -> None:
    """About 8,000 rows a month: every ORP × 13 categories × 3 measures."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ethos.csv"
        write_table(path, SITE.orp_codes(), monthly_periods(periods))
        SITE.manage(
            "import_ethos", str(path), "--dataset", "Ukázková data ORP (ilustrativní)"
        )


def start_server(extra: dict) -> subprocess.Popen:
    return start_gunicorn(PORT, {**SITE.environment, **extra})


def to_ms(text: str) -> float:
    number, unit = re.match(r"([\d.]+)(\w+)", text).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def measure(path: str, seconds: int) -> dict:
    output = subprocess.run(
        [
            "wrk",
            "-t2",
            "-c8",
            f"-d{seconds}s",
            "--latency",
            f"http://127.0.0.1:{PORT}{path}",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    if "Non-2xx" in output:
        raise SystemExit(f"{path} answered with errors:\n{output}")
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1]),
        "p50": to_ms(re.search(r"^\s+50%\s+(\S+)", output, re.MULTILINE)[1]),
        "p99": to_ms(re.search(r"^\s+99%\s+(\S+)", output, re.MULTILINE)[1]),
    }


def report(title: str, results: dict) -> None:
    static = results["static file"]["rps"]
    print(f"\n{title}")
    print(f"{'page':<14}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'vs static':>11}")
    for name, row in results.items():
        print(
            f"{name:<14}{row['rps']:>10.0f}{row['p50']:>10.1f}{row['p99']:>10.1f}"
            f"{row['rps'] / static:>10.1%}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--periods", type=int, default=125)
    parser.add_argument("--skip-load", action="store_true")
    args = parser.parse_args()
    SITE.prepare(fresh=not args.skip_load)
    if not args.skip_load:
        load_ethos_rows(args.periods)
    for title, extra in (
        ("page cache off", {}),
        ("page cache on", {"REDIS_URL": REDIS_URL, "PAGE_CACHE_SECONDS": "300"}),
    ):
        server = start_server(extra)
        try:
            for path in PAGES.values():  # warm every worker's caches
                for _ in range(4):
                    urllib.request.urlopen(f"http://127.0.0.1:{PORT}{path}")
            results = {
                name: measure(path, args.seconds) for name, path in PAGES.items()
            }
        finally:
            server.terminate()
            server.wait()
        report(title, results)


if __name__ == "__main__":
    main()
