"""Generates 10,000 knowledge pages on top of the demo and prints the p50 and p95
latency of the search page, the JSON endpoint and autocomplete, per backend.

Run: .venv/bin/python bench/search_speed.py [--pages N] [--backends sqlite,postgresql]
     [--keep]
Requests go through Django's test client in one process (no HTTP), querying the
texts of the labelled set in search_evaluation.py; the search outcome cache is off
(SEARCH_CACHE_SECONDS=0, search/outcome_cache.py), so every request searches.
Besides wall-clock p50 and p95 it prints the median CPU time of this process per
request. Each backend gets a throwaway database (PostgreSQL at
127.0.0.1:5432 as user postgres; BENCH_DATABASE_URL names it). Target: p50 under
50 ms on PostgreSQL and SQLite. The generated pages are made-up text for timing only.
"""

import argparse
import json
import random
import statistics
import time
from io import StringIO

from support import run_per_backend, throwaway_database

TOWNS = (
    "Liberec Jablonec Most Ostrava Kladno Zlín Jihlava Třebíč Olomouc Prostějov "
    "Karviná Děčín Teplice Cheb Sokolov Písek Tábor Kolín Pardubice Chrudim Náchod "
    "Vsetín Kroměříž Znojmo Břeclav Přerov Opava Trutnov Mělník Beroun"
).split()
SUBJECTS = (
    "garanční fond",
    "sociální byty",
    "startovací byty",
    "prevence ztráty bydlení",
    "Housing First",
    "kontaktní místo pro bydlení",
    "dostupné nájemní bydlení",
    "terénní sociální práce",
    "data o bytové nouzi",
    "obecní bytový fond",
    "azylové domy a ubytovny",
    "koordinátor bydlení",
    "dotace pro obce",
    "nevyužité budovy kraje",
)
SENTENCES = (
    "Obec {town} spolupracuje s krajem na tématu {subject}.",
    "Projekt podpořil {number} domácností v bytové nouzi.",
    "Město pronajímá byty od soukromých majitelů a kraj ručí za nájemné.",
    "Sociální pracovníci doprovázejí nájemníky během prvního roku.",
    "Data o bytové nouzi vznikají z běžné agendy obce.",
    "Zkušenosti obec sdílí na krajském setkání koordinátorů.",
    "Nájemní smlouvy jsou běžné, bez zkušební doby.",
    "Kraj převedl nevyužitou budovu a obec ji upravila na byty.",
    "Rodiny s dětmi odcházejí z ubytoven do vlastních bytů.",
    "Financování kombinuje rozpočet obce, kraje a evropské fondy.",
)


def generate_pages(count: int) -> None:
    """Good-practice pages spread over the region hubs and the knowledge index,
    saved without indexing; update_index indexes them afterwards in bulk."""
    import datetime

    from django.db.models.signals import post_save
    from modelsearch.signal_handlers import post_save_signal_handler

    from cms.models import RegionPage
    from knowledge.models import GoodPracticePage, KnowledgeIndexPage, Topic

    post_save.disconnect(post_save_signal_handler, sender=GoodPracticePage)
    randomness = random.Random(7)  # noqa: S311 (made-up text, not security)
    hubs = list(RegionPage.objects.select_related("region"))
    parents = [*hubs, KnowledgeIndexPage.objects.get()]
    topics = list(Topic.objects.all())
    for number in range(count):
        parent = parents[number % len(parents)]
        town, subject = randomness.choice(TOWNS), randomness.choice(SUBJECTS)
        text = " ".join(
            sentence.format(
                town=town, subject=subject, number=randomness.randint(5, 400)
            )
            for sentence in randomness.sample(SENTENCES, 6)
        )
        page = GoodPracticePage(
            title=f"{town}: {subject} ({number})",
            slug=f"generovana-praxe-{number}",
            summary=text[:200],
            body=json.dumps([{"type": "paragraph", "value": f"<p>{text}</p>"}]),
            date=datetime.date(2015 + number % 11, 1 + number % 12, 1),
            place=town,
            region=getattr(parent, "region", None),
            topics=randomness.sample(topics, 2),
            is_illustrative=True,
        )
        parent.add_child(instance=page)


def percentile(timings: list[float], share: float) -> float:
    ordered = sorted(timings)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))] * 1000


def time_requests(client, path: str, texts: list[str], rounds: int) -> dict:
    for text in texts:  # warm caches
        client.get(path, {"q": text})
    timings, cpu = [], []
    for _ in range(rounds):
        for text in texts:
            start, start_cpu = time.perf_counter(), time.process_time()
            response = client.get(path, {"q": text})
            timings.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
            if response.status_code != 200:
                raise SystemExit(f"{path}?q={text} answered {response.status_code}")
    return {
        "requests": len(timings),
        "p50": statistics.median(timings) * 1000,
        "p95": percentile(timings, 0.95),
        # this process's CPU (all of SQLite's work, none of PostgreSQL's): on a
        # loaded machine a steadier figure than the wall clock
        "cpu_p50": statistics.median(cpu) * 1000,
    }


def build(connection, pages: int) -> float:
    """Loads the demo and ``pages`` generated pages and indexes them; returns the
    seconds the pages took."""
    from django.core.management import call_command

    call_command("load_demo", stdout=StringIO())
    start = time.perf_counter()
    generate_pages(pages)
    call_command("update_index", stdout=StringIO())
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # as autovacuum does after a load: statistics, dead rows gone and
            # the GIN indexes' pending lists merged (searching a long pending
            # list costs milliseconds a query)
            cursor.execute("VACUUM ANALYZE")
    return time.perf_counter() - start


def measure_here(pages: int, rounds: int, keep: str) -> dict:
    """Runs in a child process on the database DATABASE_URL names."""
    with throwaway_database(keep) as connection:
        from django.test import Client, override_settings
        from search_evaluation import LABELLED_QUERIES

        from knowledge.models import GoodPracticePage

        generated = GoodPracticePage.objects.filter(slug__startswith="generovana-")
        found = generated.count()
        if found not in (0, pages):
            raise SystemExit(f"the kept database has {found} generated pages: drop it")
        built = build(connection, pages) if not found else 0.0
        client = Client()
        texts = [query for query, _ in LABELLED_QUERIES]
        typed = sorted({text[:5] for text in texts})
        with override_settings(SEARCH_CACHE_SECONDS=0):  # search, never a kept outcome
            return {
                "vendor": connection.vendor,
                "build_s": built,
                "search page": time_requests(client, "/hledat/", texts, rounds),
                "JSON endpoint": time_requests(client, "/hledat/api/", texts, rounds),
                "autocomplete": time_requests(
                    client, "/hledat/napoveda/", typed, rounds
                ),
            }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument(
        "--keep",
        action="store_true",
        help="keep the databases (var/bench-search_speed_<backend>.sqlite3, "
        "test_bench_search_speed_<backend> on PostgreSQL) and reuse them next time",
    )
    parser.add_argument("--keep-name", default="", help=argparse.SUPPRESS)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure_here(args.pages, args.rounds, args.keep_name)))
        return
    print(f"{args.pages} generated pages plus the demo")
    print("search outcome cache off (SEARCH_CACHE_SECONDS=0): every request searches")
    print(
        f"{'backend':<18}{'endpoint':<16}{'requests':>9}{'p50 ms':>9}{'p95 ms':>9}"
        f"{'CPU p50':>9}"
    )
    for backend in args.backends.split(","):
        keep = f"search_speed_{backend.replace('-', '_')}" if args.keep else ""
        row = run_per_backend(
            __file__,
            backend,
            *("--pages", str(args.pages), "--rounds", str(args.rounds)),
            *("--keep-name", keep),
        )
        for endpoint in ("search page", "JSON endpoint", "autocomplete"):
            figures = row[endpoint]
            print(
                f"{backend:<18}{endpoint:<16}{figures['requests']:>9}"
                f"{figures['p50']:>9.1f}{figures['p95']:>9.1f}{figures['cpu_p50']:>9.1f}"
            )
        if row["build_s"]:
            print(
                f"{backend:<18}(pages generated and indexed in {row['build_s']:.0f} s)"
            )


if __name__ == "__main__":
    main()
