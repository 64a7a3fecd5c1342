"""Renders the home page and a standard page through Django's test client on the
configured database and prints requests per second, p50, p99 and SQL queries.

Run: .venv/bin/python bench/home_page.py [--requests N]
It builds the demo tree in a throwaway database, so it never touches var/db.sqlite3.
"""

import argparse
import statistics
import time

from support import throwaway_database


def measure(client, path: str, requests: int) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(path)  # warm caches and template loading
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    query_count = len(queries)  # read now: every request start clears the log
    timings = []
    for _ in range(requests):
        start = time.perf_counter()
        response = client.get(path)
        timings.append(time.perf_counter() - start)
        if response.status_code != 200:
            raise SystemExit(f"{path} answered {response.status_code}")
    timings.sort()
    return {
        "path": path,
        "rps": requests / sum(timings),
        "p50_ms": statistics.median(timings) * 1000,
        "p99_ms": timings[int(len(timings) * 0.99) - 1] * 1000,
        "queries": query_count,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()

    with throwaway_database() as connection:
        from django.test import Client

        from cms.demo.site_tree import build_site_tree

        build_site_tree()
        client = Client()
        print(f"database: {connection.vendor}, {args.requests} requests per page")
        print(f"{'page':<14}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'queries':>9}")
        for path in ("/", "/o-portalu/"):
            row = measure(client, path, args.requests)
            print(
                f"{row['path']:<14}{row['rps']:>9.0f}{row['p50_ms']:>9.2f}"
                f"{row['p99_ms']:>9.2f}{row['queries']:>9}"
            )


if __name__ == "__main__":
    main()
