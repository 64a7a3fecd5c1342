"""Serves the site with gunicorn (2 workers, production settings) on PostgreSQL with
the demo and about 1,000,000 ETHOS rows, and measures with wrk (-t2 -c8) every
public page type against a static file served by the same gunicorn: home, /kraje/,
a region hub, a strategy, a good practice, an exchange event, the coordinator
page, the knowledge index (plain and filtered by a region), the search page, the
data catalogue, a dataset page, a standard page (/o-portalu/) and an analysis.
Each page's address is that of the first live page of its type in the database.
Prints requests per second, p50, p99 and the rate relative to the static file,
flagged against issue 14's targets: with the page cache off every page at least
5% of the static file (home 10%), with it on at least 60%.

Run: .venv/bin/python bench/pages.py [--seconds 10] [--skip-load] [--port 8123]
     [--database bydleni_bench_pages] [--pages home,region,...] [--cache off,on]
     [--redis redis://127.0.0.1:6379/15]
Needs wrk (apt-get install wrk), PostgreSQL at 127.0.0.1:5432 and Redis for the
page-cache run. Drops and creates the database unless --skip-load is given.
"""

import argparse
import json
import tempfile
import urllib.request
from pathlib import Path

from import_scale import monthly_periods, write_table
from support import ServedSite, start_gunicorn, wrk

ETHOS_DATASET = "Ukázková data ORP (ilustrativní)"
STATIC = "static"
# --pages name: the label printed
PAGE_TYPES = {
    "home": "home /",
    "regions": "/kraje/",
    "region": "region hub",
    "strategy": "strategy",
    "practice": "good practice",
    "event": "exchange event",
    "coordinator": "coordinator",
    "knowledge": "knowledge index",
    "knowledge-region": "knowledge, region",
    "search": "search",
    "catalogue": "data catalogue",
    "dataset": "dataset page",
    "standard": "standard page",
    "analysis": "analysis",
    STATIC: "static file",
}
# Each page type's address in the served database, printed as JSON by manage.py shell.
FIND_ADDRESSES = f"""
import json
from django.apps import apps
from cms.models import RegionPage
from monitoring.models import Dataset

def first_url(label):
    page = apps.get_model(label).objects.live().order_by("path").first()
    return page.get_url() if page else None

hub = RegionPage.objects.live().order_by("path").select_related("region").first()
knowledge = first_url("knowledge.KnowledgeIndexPage")
datasets = Dataset.objects.order_by("pk").values_list("slug", flat=True)
dataset = datasets.filter(name={ETHOS_DATASET!r}).first() or datasets.first()
print(json.dumps({{
    "home": first_url("cms.HomePage"),
    "regions": first_url("cms.RegionIndexPage"),
    "region": hub and hub.get_url(),
    "strategy": first_url("knowledge.StrategyPage"),
    "practice": first_url("knowledge.GoodPracticePage"),
    "event": first_url("knowledge.ExchangeEventPage"),
    "coordinator": first_url("knowledge.CoordinatorRolePage"),
    "knowledge": knowledge,
    "knowledge-region": knowledge and hub and f"{{knowledge}}?kraj={{hub.region.slug}}",
    "search": "/hledat/?q=bydleni",
    "catalogue": "/data/",
    "dataset": dataset and f"/data/{{dataset}}/",
    "standard": first_url("cms.StandardPage"),
    "analysis": first_url("knowledge.AnalysisPage"),
    "{STATIC}": "/static/css/site.css",
}}))
"""
TARGETS = {  # least rate relative to the static file, per page-cache mode
    "off": {"home": 0.10, "*": 0.05},
    "on": {"*": 0.60},
}


def load_ethos_rows(site: ServedSite, periods: int) -> None:
    """About 8,000 rows a month: every ORP × 13 categories × 3 measures."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ethos.csv"
        write_table(path, site.orp_codes(), monthly_periods(periods))
        site.manage("import_ethos", str(path), "--dataset", ETHOS_DATASET)


def page_addresses(site: ServedSite, names: list[str]) -> dict[str, str]:
    """The chosen page types' addresses (and the static file's); a type without a
    live page in the database is left out, with a note."""
    output = site.manage(
        "shell", "--no-imports", "-c", FIND_ADDRESSES, capture_output=True, text=True
    )
    found = json.loads(output.stdout.strip().splitlines()[-1])
    addresses = {}
    for name in [*names, STATIC]:
        if found[name]:
            addresses[name] = found[name]
        else:
            print(f"no live {PAGE_TYPES[name]} in the database: left out")
    return addresses


def report(title: str, results: dict, targets: dict | None = None) -> None:
    """A table of the results (keyed by label; one of them "static file"), with
    each row's rate relative to the static file and, given ``targets`` (label:
    least ratio), whether it reaches its target."""
    static = results["static file"]["rps"]
    print(f"\n{title}")
    print(
        f"{'page':<19}{'req/s':>8}{'p50 ms':>9}{'p99 ms':>9}{'vs static':>11}"
        + (f"{'target':>8}" if targets else "")
    )
    for label, row in results.items():
        line = (
            f"{label:<19}{row['rps']:>8.0f}{row['p50']:>9.1f}{row['p99']:>9.1f}"
            f"{row['rps'] / static:>11.1%}"
        )
        if targets and label in targets:
            reached = row["rps"] / static >= targets[label]
            line += f"{targets[label]:>8.0%}  {'ok' if reached else 'BELOW'}"
        print(line)


def measure_all(
    site: ServedSite, port: int, addresses: dict, seconds: int, extra: dict
) -> dict:
    """Serves the site with ``extra`` settings and measures every address."""
    server = start_gunicorn(port, {**site.environment, **extra})
    try:
        for path in addresses.values():  # warm every worker's caches
            for _ in range(4):
                urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=60)
        return {
            PAGE_TYPES[name]: wrk(f"http://127.0.0.1:{port}{path}", seconds)
            for name, path in addresses.items()
        }
    finally:
        server.terminate()
        server.wait()


def names_list(text: str, allowed) -> list[str]:
    names = [name.strip() for name in text.split(",") if name.strip()]
    unknown = set(names) - set(allowed)
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown: {', '.join(sorted(unknown))} (known: {', '.join(allowed)})"
        )
    return names


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--periods", type=int, default=125)
    parser.add_argument("--skip-load", action="store_true")
    parser.add_argument("--port", type=int, default=8123)
    parser.add_argument("--database", default="bydleni_bench_pages")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/15")
    parser.add_argument(
        "--pages",
        type=lambda text: names_list(text, [n for n in PAGE_TYPES if n != STATIC]),
        default=[name for name in PAGE_TYPES if name != STATIC],
        help="comma-separated page types; the static file is always measured",
    )
    parser.add_argument(
        "--cache",
        type=lambda text: names_list(text, TARGETS),
        default=list(TARGETS),
        help="page-cache modes to run: off, on or both",
    )
    args = parser.parse_args()
    site = ServedSite(args.database)
    site.prepare(fresh=not args.skip_load)
    if not args.skip_load:
        load_ethos_rows(site, args.periods)
    addresses = page_addresses(site, args.pages)
    for name, path in addresses.items():
        print(f"{PAGE_TYPES[name]:<19}{path}")
    settings = {
        "off": {},
        "on": {"REDIS_URL": args.redis, "PAGE_CACHE_SECONDS": "300"},
    }
    for mode in args.cache:
        results = measure_all(site, args.port, addresses, args.seconds, settings[mode])
        targets = {
            PAGE_TYPES[name]: TARGETS[mode].get(name, TARGETS[mode]["*"])
            for name in addresses
            if name != STATIC
        }
        report(f"page cache {mode}", results, targets)


if __name__ == "__main__":
    main()
