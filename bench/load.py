"""Mixed load while an import runs: gunicorn (production settings, PostgreSQL,
Redis) serves pages, search, CSV downloads and data endpoints to 32 concurrent
connections for 60 seconds while a 300,000-row ETHOS import writes into the same
database. Prints requests per second, p50 and p99, the count of 5xx answers (must be
0) and of requests that timed out, and the rate relative to a static file measured
in the same run. Exits with 1 when any request got a 5xx.

Run: .venv/bin/python bench/load.py [--seconds 60] [--connections 32] [--skip-load]
Needs wrk (apt-get install wrk), PostgreSQL at 127.0.0.1:5432 and Redis at
127.0.0.1:6379. Uses the database bydleni_bench_load, which it drops and creates
unless --skip-load is given.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from import_scale import monthly_periods, write_table
from support import ROOT, ServedSite, start_gunicorn

PORT = 8124
IMPORT_PERIODS = 38  # 206 ORP × 13 categories × 3 measures × 38 months ≈ 305,000 rows
TIMEOUT = "5s"  # a visitor who waits longer has given up
SITE = ServedSite(
    "bydleni_bench_load",
    REDIS_URL="redis://127.0.0.1:6379/14",
    PAGE_CACHE_SECONDS="300",
)
PATHS = [
    "/",
    "/kraje/",
    "/kraje/liberecky-kraj/",
    "/kraje/jihomoravsky-kraj/",
    "/znalostni-baze/",
    "/znalostni-baze/?kraj=CZ051",
    "/o-portalu/",
    "/hledat/?q=bydlen%C3%AD",
    "/hledat/?q=garancni+fond",
    "/hledat/api/?q=koordin%C3%A1tor",
    "/hledat/napoveda/?q=stra",
    "/data/hranice/region.json",
]
STATIC = "/static/css/site.css"
# wrk runs one Lua state per thread: each counts its own 5xx answers and done()
# adds them up.
SCRIPT = """
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args)
  paths = {%(paths)s}
  index = 0
  server_errors = 0
end
function request()
  index = index %% #paths + 1
  return wrk.format("GET", paths[index])
end
function response(status, headers, body)
  if status >= 500 then server_errors = server_errors + 1 end
end
function done(summary, latency, requests)
  local errors = 0
  for _, thread in ipairs(threads) do errors = errors + thread:get("server_errors") end
  io.write(string.format(
    "RESULT requests=%%d seconds=%%.3f p50=%%.3f p99=%%.3f server_errors=%%d "
    .. "timeouts=%%d socket_errors=%%d\\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, errors, summary.errors.timeout,
    summary.errors.connect + summary.errors.read + summary.errors.write))
end
"""


def csv_links() -> list[str]:
    """The block CSV downloads the home page offers, as the page writes them."""
    html = urllib.request.urlopen(f"http://127.0.0.1:{PORT}/").read().decode()
    links = re.findall(r'href="(/data/tabulka\.csv\?[^"]+)"', html)
    return [link.replace("&amp;", "&") for link in dict.fromkeys(links)]


def write_import_file(folder: Path) -> tuple[Path, int]:
    path = folder / "zatez.csv"
    return path, write_table(path, SITE.orp_codes(), monthly_periods(IMPORT_PERIODS))


def wrk(paths: list[str], seconds: int, connections: int, folder: Path) -> dict:
    script = folder / "mixed.lua"
    quoted = ", ".join(f'"{path}"' for path in paths)
    script.write_text(SCRIPT % {"paths": quoted}, encoding="utf-8")
    output = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{connections}",
            f"-d{seconds}s",
            f"--timeout={TIMEOUT}",
            "-s",
            str(script),
            f"http://127.0.0.1:{PORT}",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    line = re.search(r"^RESULT (.*)$", output, re.MULTILINE)[1]
    result = {key: float(value) for key, value in re.findall(r"(\w+)=([\d.]+)", line)}
    result["rps"] = result["requests"] / result["seconds"]
    return result


class TimedImport:
    """Runs the import command in the background and notes when it ends."""

    def __init__(self, path: Path):
        self.started = time.monotonic()
        self.seconds: float | None = None
        self.process = subprocess.Popen(
            [
                sys.executable,
                "manage.py",
                "import_ethos",
                str(path),
                "--dataset",
                "Zátěžový test (ilustrativní)",
            ],
            cwd=ROOT,
            env={**os.environ, **SITE.environment},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.watcher = threading.Thread(target=self._watch, daemon=True)
        self.watcher.start()

    def _watch(self) -> None:
        self.output = self.process.communicate()[0]
        self.seconds = time.monotonic() - self.started

    def wait(self) -> None:
        self.watcher.join()
        if self.process.returncode:
            raise SystemExit(f"the import failed:\n{self.output}")


def report(static: dict, mixed: dict, import_seconds: float | None, rows: int):
    print(f"{'load':<28}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'5xx':>6}{'t/o':>6}")
    for name, row in (("static file alone", static), ("mixed, import running", mixed)):
        print(
            f"{name:<28}{row['rps']:>9.0f}{row['p50']:>9.1f}{row['p99']:>9.1f}"
            f"{row['server_errors']:>6.0f}{row['timeouts']:>6.0f}"
        )
    print(f"mixed load vs static file: {mixed['rps'] / static['rps']:.1%}")
    print(f"socket errors during the mixed load: {mixed['socket_errors']:.0f}")
    if import_seconds is None:
        print(f"import of {rows:,} rows still running when the load ended")
    else:
        print(f"import of {rows:,} rows finished in {import_seconds:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--skip-load", action="store_true")
    args = parser.parse_args()
    SITE.prepare(fresh=not args.skip_load)
    server = start_gunicorn(PORT, SITE.environment)
    try:
        with tempfile.TemporaryDirectory() as name:
            folder = Path(name)
            path, rows = write_import_file(folder)
            paths = [*PATHS, *csv_links()]
            static = wrk([STATIC], 10, args.connections, folder)
            importer = TimedImport(path)
            mixed = wrk(paths, args.seconds, args.connections, folder)
            import_seconds = importer.seconds  # None while it still runs
            importer.wait()
    finally:
        server.terminate()
        server.wait()
    print(f"{len(paths)} addresses in turn: {', '.join(paths[:6])}, …")
    report(static, mixed, import_seconds, rows)
    if mixed["server_errors"]:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
