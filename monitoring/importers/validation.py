"""Validates a whole ETHOS table at once (vectorised with pandas) and collects every
problem with its row and column, in Czech. The territory and period checks serve
the indicator tables too."""

from dataclasses import dataclass, field

import pandas as pd
from django.utils.translation import gettext

from monitoring.importers.columns import match_columns
from monitoring.importers.limits import czech_number
from monitoring.importers.problems import ImportProblem
from monitoring.importers.values import parse_measure, parse_period
from monitoring.models import Measure
from monitoring.reference.measures import MEASURE_MAXIMA

KEY = ["territory_id", "period", "category_id", "measure"]
FIRST_DATA_ROW = 2  # the header is row 1 in a spreadsheet
WHOLE_NUMBER = r"^\d+(?:[.,]0+)?$"
NEGATIVE = r"^-\s*\d"
NUMBER = r"^-?\d+(?:[.,]\d+)?$"
INT64_SAFE_DIGITS = 18


@dataclass(frozen=True)
class Lookups:
    territory_ids: dict[str, int]  # upper-case code (NUTS 3, ISO, ORP, CZ) → id
    category_ids: dict[str, int] = field(default_factory=dict)  # ETHOS code → id
    allowed_territory_ids: frozenset[int] | None = None  # None: every territory


class Problems:
    def __init__(self, mapping: dict[str, str]):
        self.mapping = mapping
        self.items: list[ImportProblem] = []

    def add_rows(self, mask: pd.Series, table: pd.DataFrame, column: str, message):
        for index in table.index[mask]:
            text = table.at[index, self.mapping[column]]
            self.items.append(
                ImportProblem(
                    message(text), index + FIRST_DATA_ROW, self.mapping[column]
                )
            )


def territory_column(table, mapping, lookups, problems) -> pd.Series:
    codes = table[mapping["kod_uzemi"]]
    ids = codes.str.upper().map(lookups.territory_ids)
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
    normalised = codes.str.upper().str.replace(r"^(\d+)\.0$", r"\1", regex=True)
    ids = normalised.map(lookups.category_ids)
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
    parsed = {text: parse_period(text) for text in texts.unique()}
    problems.add_rows(
        texts.map(lambda text: parsed[text] is None) & (texts != ""),
        table,
        "obdobi",
        lambda text: (
            f"Neplatné období „{text}“: uveďte rok (2024) nebo datum "
            "(15. 4. 2024 či 2024-04-15)."
        ),
    )
    dates = texts.map(lambda text: parsed[text][0] if parsed[text] else None)
    is_year = texts.map(lambda text: parsed[text][1] if parsed[text] else True)
    return dates, is_year


def _measures(table, mapping, problems) -> pd.Series:
    texts = table[mapping["ukazatel"]]
    parsed = {text: parse_measure(text) for text in texts.unique()}
    measures = texts.map(parsed)
    problems.add_rows(
        measures.isna() & (texts != ""),
        table,
        "ukazatel",
        lambda text: f"Neznámý ukazatel „{text}“: uveďte osoby, domácnosti nebo děti.",
    )
    return measures


def _values(table, mapping, measures, problems) -> pd.Series:
    texts = table[mapping["hodnota"]].str.replace(r"[\s\u00a0\u202f]", "", regex=True)
    whole = texts.str.match(WHOLE_NUMBER)
    negative = texts.str.match(NEGATIVE)
    fractional = texts.str.match(NUMBER) & ~whole & ~negative
    problems.add_rows(
        negative,
        table,
        "hodnota",
        lambda text: f"Záporná hodnota „{text}“ není přípustná.",
    )
    problems.add_rows(
        fractional,
        table,
        "hodnota",
        lambda text: f"Hodnota „{text}“ není celé číslo.",
    )
    problems.add_rows(
        ~whole & ~negative & ~fractional & (texts != ""),
        table,
        "hodnota",
        lambda text: f"Hodnota „{text}“ není číslo.",
    )
    digits = (
        texts.where(whole, "0")
        .str.replace(r"[.,]0+$", "", regex=True)
        .str.lstrip("0")
        .replace("", "0")
    )
    # Longer numbers would overflow int64; they are above every maximum anyway.
    fits = digits.str.len() <= INT64_SAFE_DIGITS
    values = digits.where(fits, "0").astype("int64")
    maxima = measures.map(MEASURE_MAXIMA)
    too_big = whole & maxima.notna() & (~fits | (values > maxima))
    for index in table.index[too_big]:
        measure = measures[index]
        problems.items.append(
            ImportProblem(
                gettext(
                    "Hodnota %(value)s je větší než nejvyšší přípustná pro ukazatel "
                    "%(measure)s (%(maximum)s)."
                )
                % {
                    "value": czech_number(int(digits[index])),
                    "measure": Measure(measure).label,
                    "maximum": czech_number(MEASURE_MAXIMA[measure]),
                },
                index + FIRST_DATA_ROW,
                mapping["hodnota"],
            )
        )
    return values


def _required_cells(table, mapping, problems) -> None:
    for name in ("kod_uzemi", "obdobi", "kategorie_ethos", "ukazatel", "hodnota"):
        problems.add_rows(
            table[mapping[name]] == "", table, name, lambda _text: "Chybí hodnota."
        )


def _duplicates(rows: pd.DataFrame, table, mapping, problems) -> None:
    complete = rows.dropna(subset=KEY)
    repeated = complete[complete.duplicated(subset=KEY, keep=False)]
    for _, group in repeated.groupby(KEY, sort=False):
        first, *others = (index + FIRST_DATA_ROW for index in group.index)
        for row in others:
            problems.items.append(
                ImportProblem(
                    "Stejné území, období, kategorie a ukazatel už jsou "
                    f"na řádku {first}.",
                    row,
                    mapping["kod_uzemi"],
                )
            )


def validate_ethos_table(
    table: pd.DataFrame, lookups: Lookups
) -> tuple[pd.DataFrame, list[ImportProblem]]:
    """Returns the rows ready to write (key columns, value, note) and the problems;
    rows are only usable when there are no problems."""
    mapping, missing = match_columns(list(table.columns))
    if not mapping:
        return pd.DataFrame(), [
            ImportProblem(
                "Soubor neobsahuje tabulku ETHOS: první řádek musí být záhlaví se "
                "sloupci kod_uzemi, obdobi, kategorie_ethos, ukazatel, hodnota."
            )
        ]
    if missing:
        return pd.DataFrame(), [
            ImportProblem(
                "V souboru chybí sloupec. Záhlaví musí obsahovat: kod_uzemi, obdobi, "
                "kategorie_ethos, ukazatel, hodnota (a nepovinně poznamka).",
                column=name,
            )
            for name in missing
        ]
    problems = Problems(mapping)
    _required_cells(table, mapping, problems)
    period, period_is_year = period_column(table, mapping, problems)
    measures = _measures(table, mapping, problems)
    rows = pd.DataFrame(
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
    _duplicates(rows, table, mapping, problems)
    ordered = sorted(problems.items, key=lambda problem: problem.row or 0)
    return rows, ordered
