"""Prints hit@3 and mean reciprocal rank of both labelled sets of Czech queries
over the demo content, per search backend, with each set's misses (the second
set's grouped by class):

- "first": search_evaluation.py, the queries search was tuned with;
- "unseen": search_unseen_queries.py, written from the pages' text by reading
  them, never from search output.

Run: .venv/bin/python bench/search_quality.py
         [--backends sqlite,postgresql,postgresql-nodict]
Each backend gets a throwaway database (PostgreSQL at 127.0.0.1:5432 as user
postgres; "postgresql-nodict" sets CZECH_SEARCH_DICTIONARY=off, the fallback a
server without the dictionary gets); the configured database is never touched.
Target: hit@3 >= 0.9 on both sets on SQLite and on PostgreSQL with the Czech
dictionary, >= 0.8 on PostgreSQL without it.
"""

import argparse
import json
from io import StringIO

from support import run_per_backend, throwaway_database


def labelled_sets() -> dict[str, list[tuple[str, list[str]]]]:
    from search_evaluation import LABELLED_QUERIES
    from search_unseen_queries import UNSEEN_QUERIES

    unseen = [(query, expected) for query, _, expected in UNSEEN_QUERIES]
    return {"first": LABELLED_QUERIES, "unseen": unseen}


def query_classes() -> dict[str, str]:
    from search_unseen_queries import UNSEEN_QUERIES

    return {query: kind for query, kind, _ in UNSEEN_QUERIES}


def measure_here() -> dict:
    """Runs in a child process on the database DATABASE_URL names."""
    with throwaway_database() as connection:
        from django.core.management import call_command
        from django.test import Client
        from search_evaluation import evaluate
        from wagtail.contrib.search_promotions.models import SearchPromotion

        from tests.search.conftest import has_czech_dictionary

        call_command("load_demo", stdout=StringIO())
        SearchPromotion.objects.all().delete()
        client = Client()
        return {
            "vendor": connection.vendor,
            "czech_dictionary": has_czech_dictionary(),
            "sets": {
                name: evaluate(client, queries).__dict__
                for name, queries in labelled_sets().items()
            },
        }


def print_misses(misses: list, classes: dict[str, str]) -> None:
    by_class: dict[str, list] = {}
    for query, top in misses:
        by_class.setdefault(classes.get(query, ""), []).append((query, top))
    for kind, group in by_class.items():
        if kind:
            print(f"      {kind} ({len(group)}):")
        for query, top in group:
            print(f"        miss: {query!r} → {top}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--backends", default="sqlite,postgresql,postgresql-nodict")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure_here()))
        return
    classes = query_classes()
    print(f"{'backend':<42}{'set':<8}{'queries':>9}{'hit@3':>8}{'MRR':>8}")
    for backend in args.backends.split(","):
        row = run_per_backend(__file__, backend)
        label = backend
        if row["vendor"] == "postgresql":
            dictionary = "with" if row["czech_dictionary"] else "without"
            label = f"{backend} ({dictionary} Czech dict.)"
        for name, quality in row["sets"].items():
            print(
                f"{label:<42}{name:<8}{quality['queries']:>9}"
                f"{quality['hit_at_3']:>8.3f}{quality['mean_reciprocal_rank']:>8.3f}"
            )
            print_misses(quality["misses"], classes)


if __name__ == "__main__":
    main()
