"""Mixed load while imports run: gunicorn (production settings, PostgreSQL, Redis)
serves pages, search, CSV downloads and data endpoints to 32 concurrent connections
for 60 seconds while 300,000-row ETHOS imports write into the same database one
after another, from the start of the load to its end. Prints requests per second,
p50 and p99, the count of 5xx answers (must be 0) and of requests that timed out,
and the rate relative to a static file measured in the same run. Exits with 1 when
any request got a 5xx.

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


class ImportLoop:
    """Imports the file again and again, each time into a new dataset (so every
    run writes all its rows), until stopped; notes how long each import took."""

    def __init__(self, path: Path):
        self.path = path
        self.seconds: list[float] = []
        self.stopping = threading.Event()
        self.failure = ""
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _import(self, round_: int) -> subprocess.CompletedProcess:
        dataset = f"Zátěžový test {round_} (ilustrativní)"
        command = ["manage.py", "import_ethos", str(self.path), "--dataset", dataset]
        return subprocess.run(
            [sys.executable, *command],
            cwd=ROOT,
            env={**os.environ, **SITE.environment},
            capture_output=True,
            text=True,
        )

    def _run(self) -> None:
        round_ = 1
        while not self.stopping.is_set():
            started = time.monotonic()
            finished = self._import(round_)
            if finished.returncode:
                self.failure = finished.stdout + finished.stderr
                return
            self.seconds.append(time.monotonic() - started)
            round_ += 1

    def stop(self) -> None:
        """Lets the running import finish, then fails on any import failure."""
        self.stopping.set()
        self.thread.join()
        if self.failure:
            raise SystemExit(f"an import failed:\n{self.failure}")


def report(static: dict, mixed: dict, imports: list[float], rows: int):
    print(f"{'load':<28}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'5xx':>6}{'t/o':>6}")
    for name, row in (("static file alone", static), ("mixed, import running", mixed)):
        print(
            f"{name:<28}{row['rps']:>9.0f}{row['p50']:>9.1f}{row['p99']:>9.1f}"
            f"{row['server_errors']:>6.0f}{row['timeouts']:>6.0f}"
        )
    print(f"mixed load vs static file: {mixed['rps'] / static['rps']:.1%}")
    print(f"socket errors during the mixed load: {mixed['socket_errors']:.0f}")
    durations = ", ".join(f"{seconds:.1f}" for seconds in imports)
    print(
        f"{len(imports)} imports of {rows:,} rows each ran one after another from the "
        f"start of the load to its end, taking {durations} s"
    )


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
            imports = ImportLoop(path)
            mixed = wrk(paths, args.seconds, args.connections, folder)
            imports.stop()
    finally:
        server.terminate()
        server.wait()
    print(f"{len(paths)} addresses in turn: {', '.join(paths[:6])}, …")
    report(static, mixed, imports.seconds, rows)
    if mixed["server_errors"]:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
