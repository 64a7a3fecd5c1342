"""Prints hit@3 and mean reciprocal rank of the labelled Czech queries in
search_evaluation.py over the demo content, per search backend.

Run: .venv/bin/python bench/search_quality.py [--backends sqlite,postgresql]
Each backend gets a throwaway database (PostgreSQL at 127.0.0.1:5432 as user
postgres); the configured database is never touched. Target: hit@3 >= 0.9 on
PostgreSQL.
"""

import argparse
import json
from io import StringIO

from support import run_per_backend, throwaway_database


def measure_here() -> dict:
    """Runs in a child process on the database DATABASE_URL names."""
    with throwaway_database() as connection:
        from django.core.management import call_command
        from django.test import Client
        from search_evaluation import evaluate
        from wagtail.contrib.search_promotions.models import SearchPromotion

        call_command("load_demo", stdout=StringIO())
        SearchPromotion.objects.all().delete()
        quality = evaluate(Client())
        return {"vendor": connection.vendor, **quality.__dict__}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure_here()))
        return
    print(f"{'backend':<12}{'queries':>9}{'hit@3':>8}{'MRR':>8}")
    for backend in args.backends.split(","):
        row = run_per_backend(__file__, backend)
        print(
            f"{backend:<12}{row['queries']:>9}{row['hit_at_3']:>8.3f}"
            f"{row['mean_reciprocal_rank']:>8.3f}"
        )
        for query, top in row["misses"]:
            print(f"    miss: {query!r} → {top}")


if __name__ == "__main__":
    main()
