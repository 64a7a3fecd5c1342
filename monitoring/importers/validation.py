"""Validates a chunk of an ETHOS table at once (vectorised with pandas) and collects
its problems with their rows and columns, in Czech. The territory and period checks
serve the indicator tables too; monitoring.importers.chunked runs the chunks."""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

import pandas as pd
from django.utils.translation import gettext

from monitoring.importers.chunked import TableRules
from monitoring.importers.columns import ETHOS_COLUMNS
from monitoring.importers.distinct import Distinct, each_distinct
from monitoring.importers.limits import czech_number
from monitoring.importers.problems import (
    FIRST_DATA_ROW,
    ImportProblem,
    ProblemCollector,
)
from monitoring.importers.values import parse_measure, parse_period
from monitoring.models import Measure
from monitoring.reference.measures import MEASURE_MAXIMA

KEY = ["territory_id", "period", "category_id", "measure"]
WHOLE_NUMBER = re.compile(r"^\d+(?:[.,]0+)?$")
NEGATIVE = re.compile(r"^-\d")
NUMBER = re.compile(r"^-?\d+(?:[.,]\d+)?$")
TRAILING_ZEROS = re.compile(r"[.,]0+$")
SPACES = re.compile(r"[\s\u00a0\u202f]")
WHOLE_CATEGORY = re.compile(r"^(\d+)\.0$")  # a category code Excel made a number
INT64_SAFE_DIGITS = 18
# What a value cell holds.
WHOLE, NEGATIVE_NUMBER, FRACTION, NOT_A_NUMBER, EMPTY = range(5)


@dataclass(frozen=True)
class Lookups:
    territory_ids: dict[str, int]  # upper-case code (NUTS 3, ISO, ORP, CZ) → id
    category_ids: dict[str, int] = field(default_factory=dict)  # ETHOS code → id
    allowed_territory_ids: frozenset[int] | None = None  # None: every territory


class Problems(ProblemCollector):
    """The problems of a table's rows; ``mapping`` gives the file's name of each
    canonical column. Only the problems the collector keeps are worded."""

    def __init__(self, mapping: dict[str, str], limit: int | None = None):
        super().__init__(limit)
        self.mapping = mapping

    def add_rows(self, mask: pd.Series, table: pd.DataFrame, column: str, message):
        """message(cell text) for every row where ``mask`` holds."""
        name = self.mapping[column]
        self.add_at(
            table.index[mask.to_numpy(dtype=bool)],
            column,
            lambda index: message(table.at[index, name]),
        )

    def add_at(self, indexes: pd.Index, column: str, message: Callable) -> None:
        """message(index) for every row of ``indexes`` (in the table's order)."""
        self.count(len(indexes))
        shown = indexes[indexes < self.cutoff - FIRST_DATA_ROW][: self.limit]
        for index in shown:
            self.pending.append(
                ImportProblem(
                    message(index), int(index) + FIRST_DATA_ROW, self.mapping[column]
                )
            )
        if len(self.pending) >= self.limit:
            self.settle()

    def add_cell(self, index: int, column: str, message: Callable[[], str]) -> None:
        """A problem in one cell, worded by ``message()`` only when it is kept."""
        row = int(index) + FIRST_DATA_ROW
        self.add_lazily(
            row, lambda: ImportProblem(message(), row, self.mapping[column])
        )


def territory_column(table, mapping, lookups, problems) -> pd.Series:
    codes = table[mapping["kod_uzemi"]]
    ids = each_distinct(
        codes, lambda code: lookups.territory_ids.get(code.upper()), "float64"
    )
    problems.add_rows(
        ids.isna() & (codes != ""),
        table,
        "kod_uzemi",
        lambda text: (
            f"Neznámé území „{text}“: uveďte kód NUTS 3 (CZ051), ISO (CZ-51), "
            "čtyřmístný kód ORP nebo CZ."
        ),
    )
    if lookups.allowed_territory_ids is not None:
        foreign = ids.notna() & ~ids.isin(lookups.allowed_territory_ids)
        problems.add_rows(
            foreign,
            table,
            "kod_uzemi",
            lambda text: (
                f"Území „{text}“ nepatří k vašemu kraji; "
                "data jiných území nahrát nemůžete."
            ),
        )
    return ids


def _categories(table, mapping, lookups, problems) -> pd.Series:
    codes = table[mapping["kategorie_ethos"]]
    ids = each_distinct(
        codes,
        lambda code: lookups.category_ids.get(WHOLE_CATEGORY.sub(r"\1", code.upper())),
        "float64",
    )
    problems.add_rows(
        ids.isna() & (codes != ""),
        table,
        "kategorie_ethos",
        lambda text: (
            f"Neznámá kategorie ETHOS „{text}“: uveďte kód 1–13, "
            "životní situaci (např. 3.1) nebo ETHOS Light L1–L6."
        ),
    )
    return ids


def period_column(table, mapping, problems) -> tuple[pd.Series, pd.Series]:
    texts = table[mapping["obdobi"]]
    distinct = Distinct(texts)
    parsed = distinct.results(parse_period)
    dates = distinct.spread([result[0] if result else None for result in parsed])
    is_year = distinct.spread(
        [result[1] if result else True for result in parsed], bool
    )
    problems.add_rows(
        dates.isna() & (texts != ""),
        table,
        "obdobi",
        lambda text: (
            f"Neplatné období „{text}“: uveďte rok (2024) nebo datum "
            "(15. 4. 2024 či 2024-04-15)."
        ),
    )
    return dates, is_year


def _measures(table, mapping, problems) -> pd.Series:
    texts = table[mapping["ukazatel"]]
    measures = each_distinct(texts, parse_measure)
    problems.add_rows(
        measures.isna() & (texts != ""),
        table,
        "ukazatel",
        lambda text: f"Neznámý ukazatel „{text}“: uveďte osoby, domácnosti nebo děti.",
    )
    return measures


def _number(text: str) -> tuple[int, str]:
    """(kind, digits of a whole number without its leading zeros, else '0')."""
    plain = SPACES.sub("", text)
    if not plain:
        return EMPTY, "0"
    if WHOLE_NUMBER.match(plain):
        return WHOLE, TRAILING_ZEROS.sub("", plain).lstrip("0") or "0"
    if NEGATIVE.match(plain):
        return NEGATIVE_NUMBER, "0"
    return (FRACTION if NUMBER.match(plain) else NOT_A_NUMBER), "0"


def _values(table, mapping, measures, problems) -> pd.Series:
    distinct = Distinct(table[mapping["hodnota"]])
    numbers = distinct.results(_number)
    kinds = distinct.spread([kind for kind, _ in numbers], "int8")
    digits = distinct.spread([digits for _, digits in numbers])
    # Longer numbers would overflow int64; they are above every maximum anyway.
    fits = distinct.spread(
        [len(digits) <= INT64_SAFE_DIGITS for _, digits in numbers], bool
    )
    values = distinct.spread(
        [
            int(digits) if len(digits) <= INT64_SAFE_DIGITS else 0
            for _, digits in numbers
        ],
        "int64",
    )
    problems.add_rows(
        kinds == NEGATIVE_NUMBER,
        table,
        "hodnota",
        lambda text: f"Záporná hodnota „{text}“ není přípustná.",
    )
    problems.add_rows(
        kinds == FRACTION,
        table,
        "hodnota",
        lambda text: f"Hodnota „{text}“ není celé číslo.",
    )
    problems.add_rows(
        kinds == NOT_A_NUMBER,
        table,
        "hodnota",
        lambda text: f"Hodnota „{text}“ není číslo.",
    )
    maxima = measures.map(MEASURE_MAXIMA)
    too_big = (kinds == WHOLE) & maxima.notna() & (~fits | (values > maxima))
    problems.add_at(
        table.index[too_big.to_numpy(dtype=bool)],
        "hodnota",
        lambda index: (
            gettext(
                "Hodnota %(value)s je větší než nejvyšší přípustná pro ukazatel "
                "%(measure)s (%(maximum)s)."
            )
            % {
                "value": czech_number(int(digits[index])),
                "measure": Measure(measures[index]).label,
                "maximum": czech_number(MEASURE_MAXIMA[measures[index]]),
            }
        ),
    )
    return values


def _required_cells(table, mapping, problems) -> None:
    for name in ("kod_uzemi", "obdobi", "kategorie_ethos", "ukazatel", "hodnota"):
        problems.add_rows(
            table[mapping[name]] == "", table, name, lambda _text: "Chybí hodnota."
        )


def _missing_columns(mapping, missing) -> list[ImportProblem]:
    if not mapping:
        return [
            ImportProblem(
                "Soubor neobsahuje tabulku ETHOS: první řádek musí být záhlaví se "
                "sloupci kod_uzemi, obdobi, kategorie_ethos, ukazatel, hodnota."
            )
        ]
    return [
        ImportProblem(
            "V souboru chybí sloupec. Záhlaví musí obsahovat: kod_uzemi, obdobi, "
            "kategorie_ethos, ukazatel, hodnota (a nepovinně poznamka).",
            column=name,
        )
        for name in missing
    ]


def validate_ethos_chunk(
    table: pd.DataFrame, mapping: dict[str, str], problems: Problems, lookups: Lookups
) -> pd.DataFrame:
    """The chunk's rows ready to write (key columns, value, note); its problems go
    to ``problems``, and rows are only usable when there are none."""
    _required_cells(table, mapping, problems)
    period, period_is_year = period_column(table, mapping, problems)
    measures = _measures(table, mapping, problems)
    return pd.DataFrame(
        {
            "territory_id": territory_column(table, mapping, lookups, problems),
            "period": period,
            "period_is_year": period_is_year,
            "category_id": _categories(table, mapping, lookups, problems),
            "measure": measures,
            "value": _values(table, mapping, measures, problems),
            "note": table[mapping["poznamka"]] if "poznamka" in mapping else "",
        },
        index=table.index,
    )


def ethos_rules(lookups: Lookups) -> TableRules:
    return TableRules(
        columns=ETHOS_COLUMNS,
        key=KEY,
        key_column="kod_uzemi",
        missing_columns=_missing_columns,
        validate_chunk=partial(validate_ethos_chunk, lookups=lookups),
        repeated=lambda first: (
            f"Stejné území, období, kategorie a ukazatel už jsou na řádku {first}."
        ),
        problems=Problems,
    )
