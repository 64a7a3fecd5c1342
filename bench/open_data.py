"""Serves the site with gunicorn (2 workers, production settings) on PostgreSQL with
the demo and about 1,000,000 ETHOS rows in one dataset, and measures the open data
portal: the API's observation pages of 1,000 rows (the first; a middle and the
last page, each reached by a next link's key cursor and by its number; with
wrk), the full CSV download of the million rows (time, and the serving worker's
peak resident memory sampled from /proc), and the catalogue page /data/ and the
dataset's page against a static file with wrk, as bench/pages.py measures other
pages, with a worker's resident memory after serving them (--pages-only: just
those).

Run: .venv/bin/python bench/open_data.py [--seconds 10] [--skip-load] [--port N]
[--database NAME] [--pages-only]
Needs wrk (apt-get install wrk) and PostgreSQL at 127.0.0.1:5432. Uses the database
bydleni_bench_open_data (or --database), which it drops and creates unless
--skip-load is given.
Targets: API page p50 under 50 ms; the CSV under 30 s and 200 MB; the catalogue
and the dataset page at least 5% of the static file's rate without the page cache
(issue 14); a worker under 200 MB before any download.
"""

import argparse
import json
import os
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from import_scale import monthly_periods, write_table
from pages import report
from support import MANY_CLIENTS, ServedSite, start_gunicorn, wrk

PORT = 8124
SLUG = "ukazkova-data-orp-ilustrativni"
PAGE_SIZE = 1000
DATABASE = "bydleni_bench_open_data"
SITE = ServedSite(DATABASE, **MANY_CLIENTS)


def load_ethos_rows(periods: int) -> None:
    """About 8,000 rows a month: every ORP × 13 categories × 3 measures."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ethos.csv"
        write_table(path, SITE.orp_codes(), monthly_periods(periods))
        SITE.manage(
            "import_ethos", str(path), "--dataset", "Ukázková data ORP (ilustrativní)"
        )
    # the whole dataset's files, as the worker writes them after an import
    SITE.manage("build_open_data_files", SLUG)


def measure(path: str, seconds: int, connections: int = 8) -> dict:
    """wrk against this benchmark's server, read as bench/pages.py reads it."""
    return wrk(f"http://127.0.0.1:{PORT}{path}", seconds, connections)


def observations(page: int) -> str:
    return f"/api/v1/observations/?dataset={SLUG}&page_size={PAGE_SIZE}&page={page}"


def next_link(page: int) -> str:
    """The path of the ``next`` link of a page: the page after it, by key cursor."""
    url = f"http://127.0.0.1:{PORT}{observations(page)}"
    link = json.load(urllib.request.urlopen(url, timeout=60))["next"]
    return link.removeprefix(f"http://127.0.0.1:{PORT}")


def row_count() -> int:
    url = f"http://127.0.0.1:{PORT}/api/v1/datasets/{SLUG}/"
    return json.load(urllib.request.urlopen(url))["observation_count"]


def worker_pids(master: int) -> list[int]:
    children = Path(f"/proc/{master}/task/{master}/children").read_text()
    return [int(pid) for pid in children.split()]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def cpu_seconds(pids: list[int]) -> float:
    """User and system CPU the processes have used: what a request costs the
    workers, however busy the machine is with others."""
    total = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / os.sysconf("SC_CLK_TCK")


def measure_with_cpu(path: str, seconds: int, pids: list[int]) -> dict:
    """``measure``, with the workers' CPU milliseconds per request."""
    before = cpu_seconds(pids)
    result = measure(path, seconds)
    requests = result["rps"] * seconds
    return {**result, "cpu_ms": 1000 * (cpu_seconds(pids) - before) / requests}


def download_csv(master: int) -> dict:
    """Downloads the whole CSV once, sampling every worker's resident memory every
    50 ms; the peak is the most any worker held while serving it."""
    pids = worker_pids(master)
    before = max(rss_mb(pid) for pid in pids)
    peak = before
    done = threading.Event()

    def sample():
        nonlocal peak
        while not done.is_set():
            peak = max([peak, *(rss_mb(pid) for pid in pids)])
            time.sleep(0.05)

    sampler = threading.Thread(target=sample)
    sampler.start()
    start = time.perf_counter()
    size = lines = 0
    url = f"http://127.0.0.1:{PORT}/data/{SLUG}/data.csv"
    with urllib.request.urlopen(url, timeout=600) as response:
        while chunk := response.read(1 << 20):
            size += len(chunk)
            lines += chunk.count(b"\n")
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    return {
        "seconds": seconds,
        "megabytes": size / 1e6,
        "rows": lines - 1,
        "rss_before": before,
        "rss_peak": peak,
    }


def main() -> None:
    global PORT, SITE  # one server and one database per run
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--periods", type=int, default=125)
    parser.add_argument("--skip-load", action="store_true")
    parser.add_argument("--port", type=int, default=PORT)
    parser.add_argument("--database", default=DATABASE)
    parser.add_argument("--pages-only", action="store_true")
    args = parser.parse_args()
    PORT = args.port
    SITE = ServedSite(args.database, **MANY_CLIENTS)
    SITE.prepare(fresh=not args.skip_load)
    if not args.skip_load:
        load_ethos_rows(args.periods)
    # A download of a million rows takes longer than gunicorn's default 30 s
    # worker timeout allows on a slow machine; production sets its own.
    server = start_gunicorn(
        PORT, {**SITE.environment, "GUNICORN_CMD_ARGS": "--timeout 300"}
    )
    try:
        rows = row_count()
        last = -(-rows // PAGE_SIZE)
        pages = {
            "catalogue /data/": "/data/",
            "dataset page": f"/data/{SLUG}/",
            "static file": "/static/css/site.css",
        }
        # Pages reached by following next links (key cursors), as a client
        # paging through does, and the same pages by number.
        api = (
            {}
            if args.pages_only
            else {
                "page 1": observations(1),
                f"page {last // 2} (next link)": next_link(last // 2 - 1),
                f"page {last} (next link)": next_link(last - 1),
                f"page={last // 2}": observations(last // 2),
                f"page={last}": observations(last),
            }
        )
        for path in ["/", *pages.values()]:  # warm every worker's caches
            for _ in range(4):
                urllib.request.urlopen(f"http://127.0.0.1:{PORT}{path}", timeout=60)
        # What a worker holds after serving pages, before any API or download.
        rss_pages = max(rss_mb(pid) for pid in worker_pids(server.pid))
        for path in api.values():
            for _ in range(4):
                urllib.request.urlopen(f"http://127.0.0.1:{PORT}{path}", timeout=60)
        # Throughput against the static file, as bench/pages.py measures pages.
        workers = worker_pids(server.pid)
        results = {
            name: measure_with_cpu(path, args.seconds, workers)
            for name, path in pages.items()
        }
        # Latency of one client: with 8 connections on 2 workers every answer
        # would also wait for three others.
        latency = {name: measure(path, args.seconds, 1) for name, path in api.items()}
        download = None if args.pages_only else download_csv(server.pid)
    finally:
        server.terminate()
        server.wait()
    print(f"\n{rows:,} observations in {SLUG}")
    report(
        "catalogue and dataset page (gunicorn, 2 workers, wrk -t2 -c8, no page cache)",
        results,
        {"catalogue /data/": 0.05, "dataset page": 0.05},
    )
    print(
        "workers' CPU per request: "
        + ", ".join(f"{name} {row['cpu_ms']:.1f} ms" for name, row in results.items())
    )
    print(
        f"worker RSS after /, the catalogue and the dataset page: {rss_pages:.0f} MB"
        " (target under 200 MB)"
    )
    if download is None:
        return
    print(f"\nAPI pages of {PAGE_SIZE} rows (wrk -t1 -c1)")
    print(f"{'page':<26}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}")
    for name, row in latency.items():
        print(f"{name:<26}{row['rps']:>10.1f}{row['p50']:>10.1f}{row['p99']:>10.1f}")
    print(
        f"\nfull CSV: {download['rows']:,} rows, {download['megabytes']:.0f} MB in "
        f"{download['seconds']:.1f} s; worker RSS {download['rss_before']:.0f} MB "
        f"before, peak {download['rss_peak']:.0f} MB"
    )


if __name__ == "__main__":
    main()
