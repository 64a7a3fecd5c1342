"""Imports about 1,000,000 ETHOS rows (every ORP × 13 categories × 3 measures × 125
monthly periods) into PostgreSQL and prints rows per second, peak memory and the
time of the national aggregation and of one region's time series.

Run: .venv/bin/python bench/import_scale.py [--periods N]
Uses DATABASE_URL (default postgres://postgres@127.0.0.1:5432/bydleni_bench); the
benchmark runs in a throwaway test_… database that it creates and drops.
"""

import argparse
import csv
import datetime
import os
import resource
import statistics
import tempfile
import time
from pathlib import Path

from support import throwaway_database

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/bydleni_bench"
MEASURES = ("osoby", "domacnosti", "deti")
REPEATS = 20


def monthly_periods(count: int) -> list[str]:
    return [
        datetime.date(2015 + month // 12, month % 12 + 1, 1).isoformat()
        for month in range(count)
    ]


def write_table(path: Path, orp_codes: list[str], periods: list[str]) -> int:
    rows = 0
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file, delimiter=";")
        writer.writerow(
            ["kod_uzemi", "obdobi", "kategorie_ethos", "ukazatel", "hodnota"]
        )
        for period in periods:
            for code in orp_codes:
                for category in range(1, 14):
                    for measure in MEASURES:
                        value = (int(code) * category + len(measure) * 7) % 500
                        writer.writerow([code, period, category, measure, value])
                        rows += 1
    return rows


def median_ms(function) -> float:
    timings = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        function()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--periods", type=int, default=125)
    args = parser.parse_args()

    os.environ.setdefault("DATABASE_URL", DEFAULT_DATABASE_URL)
    with throwaway_database() as connection:
        run(connection, args.periods)


def run(connection, periods_count: int) -> None:
    from monitoring.importers.ethos import import_ethos
    from monitoring.models import Dataset, Region, Territory
    from monitoring.queries import ethos_time_series, ethos_totals
    from monitoring.reference import load_reference_data

    load_reference_data()
    orp_codes = list(
        Territory.objects.filter(kind="orp").values_list("code", flat=True)
    )
    periods = monthly_periods(periods_count)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ethos.csv"
        rows = write_table(path, orp_codes, periods)
        start = time.perf_counter()
        result = import_ethos(path, dataset_name="Benchmark")
        seconds = time.perf_counter() - start
        start = time.perf_counter()
        again = import_ethos(path, dataset_name="Benchmark")
        again_seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    dataset = Dataset.objects.get(name="Benchmark")
    period = datetime.date.fromisoformat(periods[-1])
    region = Region.objects.get(code="CZ051")
    national = median_ms(
        lambda: ethos_totals(dataset=dataset, measure="osoby", period=period)
    )
    series = median_ms(
        lambda: ethos_time_series(dataset=dataset, measure="osoby", territory=region)
    )
    print(f"database: {connection.vendor}, rows: {rows:,} ({result.created:,} new)")
    print(f"import: {seconds:.1f} s, {rows / seconds:,.0f} rows/s")
    print(
        f"re-import of the same file: {again_seconds:.1f} s, "
        f"{again.unchanged:,} rows unchanged"
    )
    print(f"peak memory: {peak_mb:,.0f} MB")
    print(f"national aggregation, one period (median of {REPEATS}): {national:.1f} ms")
    print(f"one region's time series (median of {REPEATS}): {series:.1f} ms")


if __name__ == "__main__":
    main()
