"""Mixed load while imports run: gunicorn (production settings, PostgreSQL, Redis)
serves pages, search, CSV downloads and data endpoints to 32 concurrent connections
for 60 seconds while 300,000-row ETHOS imports write into the same database one
after another, from the start of the load to its end. Prints requests per second,
p50 and p99, the count of 5xx answers (must be 0) and of requests that timed out,
and the rate relative to a static file measured in the same run. Exits with 1 when
any request got a 5xx.

With --downloads, the scenario of heavy downloads instead (issue 20): gunicorn as
documented (deploy/gunicorn.conf.py: 2 threaded workers), the home page and the
largest dataset's page at 16 connections while three clients download that
dataset's CSV, XLSX and data package again and again, two slow clients read a
CSV (the stored file and a selection streamed from the database) a kilobyte at a
time, imports run one after another and the worker writes each new version's
files. Prints the pages' p50 and p99 (target: p99 under 1 s, no 5xx) and what the
downloads did.

Run: .venv/bin/python bench/load.py [--seconds 60] [--connections 32] [--skip-load]
[--downloads] [--port 8124] [--database bydleni_bench_load]
Needs wrk (apt-get install wrk), PostgreSQL at 127.0.0.1:5432 and Redis at
BENCH_REDIS_URL (default redis://127.0.0.1:6379/14). Uses the database
bydleni_bench_load (or --database), which it drops and creates unless
--skip-load is given.
"""

import argparse
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from import_scale import monthly_periods, write_table
from support import MANY_CLIENTS, ROOT, ServedSite, start_gunicorn

PORT = 8124  # --port
IMPORT_PERIODS = 38  # 206 ORP × 13 categories × 3 measures × 38 months ≈ 305,000 rows
TIMEOUT = "5s"  # a visitor who waits longer has given up
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")
SITE = ServedSite(
    "bydleni_bench_load", REDIS_URL=REDIS_URL, PAGE_CACHE_SECONDS="300", **MANY_CLIENTS
)
LARGEST = "Největší datová sada (ilustrativní)"
LARGEST_SLUG = "nejvetsi-datova-sada-ilustrativni"
GUNICORN_CONFIG = str(ROOT / "deploy" / "gunicorn.conf.py")
WORKER_NICENESS = 10  # the documented worker's Nice=
SLOW_READ_BYTES = 1024  # a slow client reads this much ...
SLOW_READ_PAUSE = 0.5  # ... then waits this long
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

    def __init__(self, path: Path, niceness: int = 0):
        self.path = path
        self.niceness = niceness
        self.seconds: list[float] = []
        self.stopping = threading.Event()
        self.failure = ""
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _import(self, round_: int) -> subprocess.CompletedProcess:
        dataset = f"Zátěžový test {round_} (ilustrativní)"
        command = ["manage.py", "import_ethos", str(self.path), "--dataset", dataset]
        return subprocess.run(
            ["nice", "-n", str(self.niceness), sys.executable, *command],
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


class DownloadLoop:
    """A fast client that downloads one address again and again until stopped,
    counting whole downloads, bytes and failures (a 5xx or a broken answer)."""

    def __init__(self, path: str):
        self.url = f"http://127.0.0.1:{PORT}{path}"
        self.done = 0
        self.bytes = 0
        self.failures: list[str] = []
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.stopping.is_set():
            try:
                # this benchmark's own http:// server
                with urllib.request.urlopen(self.url, timeout=60) as answer:  # noqa: S310
                    while chunk := answer.read(256 * 1024):
                        self.bytes += len(chunk)
                        if self.stopping.is_set():
                            return
                self.done += 1
            except OSError as error:  # HTTPError (a 5xx) included
                self.failures.append(f"{self.url}: {error}")
                time.sleep(1)

    def stop(self) -> None:
        self.stopping.set()
        self.thread.join()


class SlowReader:
    """A client that reads an answer a kilobyte at a time with pauses, through a
    small receive buffer, for as long as the load runs (starting again at the
    end): the kind that held a sync worker for minutes."""

    def __init__(self, path: str):
        self.path = path
        self.bytes = 0
        self.status = ""
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.stopping.is_set():
            with socket.socket() as connection:
                connection.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
                connection.connect(("127.0.0.1", PORT))
                connection.sendall(
                    f"GET {self.path} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    "Connection: close\r\n\r\n".encode()
                )
                while not self.stopping.is_set():
                    chunk = connection.recv(SLOW_READ_BYTES)
                    if not chunk:
                        break
                    if not self.bytes:
                        self.status = chunk.split(b"\r\n", 1)[0].decode()
                    self.bytes += len(chunk)
                    time.sleep(SLOW_READ_PAUSE)

    def stop(self) -> None:
        self.stopping.set()
        self.thread.join()


def prepare_largest(path: Path) -> None:
    """The largest dataset (the import file's rows) with its files written, as
    the worker writes them after an import."""
    head = urllib.request.Request(
        f"http://127.0.0.1:{PORT}/data/{LARGEST_SLUG}/data.xlsx", method="HEAD"
    )
    try:
        with urllib.request.urlopen(head, timeout=30):  # noqa: S310 (http://)
            return  # imported and written by an earlier run
    except OSError:
        pass
    SITE.manage("import_ethos", str(path), "--dataset", LARGEST, "-v0")
    SITE.manage("build_open_data_files", LARGEST_SLUG)


def start_worker() -> subprocess.Popen:
    """The import worker as documented: both queues, at a lower priority."""
    return subprocess.Popen(
        [
            "nice",
            "-n",
            str(WORKER_NICENESS),
            sys.executable,
            "manage.py",
            "import_worker",
            "--no-reload",
            "-v0",
        ],
        cwd=ROOT,
        env={**os.environ, **SITE.environment},
    )


def downloads_scenario(args, folder: Path) -> None:
    path, rows = write_import_file(folder)
    prepare_largest(path)
    base = f"/data/{LARGEST_SLUG}/"
    pages = ["/", base]
    static = wrk([STATIC], 10, args.connections, folder)
    without = set(args.without.split(",")) - {""}
    worker = start_worker()
    try:
        fast = [
            DownloadLoop(base + name)
            for name in ("data.csv", "data.xlsx", "data.zip")
            if "downloads" not in without
        ]
        year = 2017  # monthly_periods runs 2015-01 … 2018-02: 14 months, 112,000 rows
        slow = [
            SlowReader(address)
            for address in (base + "data.csv", f"{base}data.csv?period_from={year}")
            if "slow" not in without
        ]
        # the imports run as the worker runs them, at its priority
        imports = (
            ImportLoop(path, WORKER_NICENESS) if "imports" not in without else None
        )
        mixed = wrk(pages, args.seconds, args.connections, folder)
        if imports:
            imports.stop()
        for client in (*fast, *slow):
            client.stop()
    finally:
        worker.terminate()
        worker.wait()
    print(f"pages in turn: {', '.join(pages)} at {args.connections} connections")
    print(f"left out: {', '.join(sorted(without)) or 'nothing'}")
    report(static, mixed, imports.seconds if imports else [], rows)
    verdict = "met" if mixed["p99"] < 1000 and not mixed["server_errors"] else "MISSED"
    print(f"target p99 < 1000 ms and no 5xx: {verdict}")
    for client in fast:
        print(
            f"fast download {client.url.rsplit('/', 1)[1]}: {client.done} whole, "
            f"{client.bytes / 1e6:,.0f} MB, {len(client.failures)} failures"
        )
    for client in slow:
        print(
            f"slow reader {client.path}: {client.status!r}, {client.bytes:,} bytes read"
        )
    failures = [f for client in fast for f in client.failures]
    if mixed["server_errors"] or failures:
        raise SystemExit("\n".join(["errors:", *failures[:5]]))


def main() -> None:
    global PORT, SITE  # the options name the server's port and database
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--connections", type=int)
    parser.add_argument("--skip-load", action="store_true")
    parser.add_argument("--downloads", action="store_true")
    parser.add_argument(
        "--without",
        default="",
        help="with --downloads: leave out some of downloads,slow,imports",
    )
    parser.add_argument("--port", type=int, default=PORT)
    parser.add_argument("--database", default=SITE.database)
    args = parser.parse_args()
    args.connections = args.connections or (16 if args.downloads else 32)
    PORT = args.port
    SITE = ServedSite(
        args.database, REDIS_URL=REDIS_URL, PAGE_CACHE_SECONDS="300", **MANY_CLIENTS
    )
    SITE.prepare(fresh=not args.skip_load)
    config = GUNICORN_CONFIG if args.downloads else ""
    server = start_gunicorn(PORT, SITE.environment, config=config)
    try:
        with tempfile.TemporaryDirectory() as name:
            folder = Path(name)
            if args.downloads:
                downloads_scenario(args, folder)
                return
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
