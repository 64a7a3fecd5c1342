"""Validates a whole indicator table and collects every problem with its row and
column, in Czech: territory and period as in ETHOS tables, then the indicator code,
its unit when the file names one, and each value against the indicator's decimal
places and sign."""

import re
from dataclasses import dataclass
from decimal import Decimal

import pandas as pd
from django.utils.translation import gettext, ngettext

from monitoring.importers.columns import INDICATOR_COLUMNS, match_columns
from monitoring.importers.normalise import header_key
from monitoring.importers.problems import ImportProblem
from monitoring.importers.validation import (
    FIRST_DATA_ROW,
    Lookups,
    Problems,
    period_column,
    territory_column,
)

KEY = ["territory_id", "period", "indicator_id"]
REQUIRED = ("kod_uzemi", "obdobi", "ukazatel", "hodnota")
NUMBER = re.compile(r"^(-?)(\d+)(?:[.,](\d+))?$")
SPACES = re.compile(r"[\s\u00a0\u202f]")
MAX_WHOLE_DIGITS = 12  # IndicatorValue.value: 16 digits, 4 of them decimal
STORED_PLACES = 4


@dataclass(frozen=True)
class IndicatorSpec:
    """What the validation needs to know of a data indicator."""

    pk: int
    code: str
    unit: str
    decimal_places: int
    allows_negative: bool


def _indicators(table, mapping, specs: dict[str, IndicatorSpec], problems):
    codes = table[mapping["ukazatel"]]
    found = codes.str.strip().str.lower().map(specs)
    known = ", ".join(sorted(specs)[:3])
    problems.add_rows(
        found.isna() & (codes != ""),
        table,
        "ukazatel",
        lambda text: (
            gettext(
                "Neznámý ukazatel „%(code)s“: uveďte kód datového ukazatele, "
                "např. %(known)s (všechny kódy jsou v šabloně)."
            )
            % {"code": text, "known": known}
        ),
    )
    return found


def _units(table, mapping, indicators: pd.Series, problems) -> None:
    if "jednotka" not in mapping:
        return
    column = mapping["jednotka"]
    for index in table.index:
        unit, spec = table.at[index, column], indicators[index]
        if not (unit and isinstance(spec, IndicatorSpec)):
            continue
        if header_key(unit) != header_key(spec.unit):
            problems.items.append(
                ImportProblem(
                    gettext(
                        "Jednotka „%(unit)s“ neodpovídá ukazateli %(code)s, "
                        "který se uvádí v jednotce „%(expected)s“."
                    )
                    % {"unit": unit, "code": spec.code, "expected": spec.unit},
                    index + FIRST_DATA_ROW,
                    column,
                )
            )


def _value_problem(text: str, spec: IndicatorSpec | None) -> str | None:
    """Why the cell is not a valid value of the indicator; None when it is."""
    match = NUMBER.match(SPACES.sub("", text))
    if match is None:
        return gettext(
            "Hodnota „%(value)s“ není číslo; desetinnou část oddělte čárkou."
        ) % {"value": text}
    sign, whole, fraction = match[1], match[2], (match[3] or "").rstrip("0")
    if len(whole.lstrip("0")) > MAX_WHOLE_DIGITS or len(fraction) > STORED_PLACES:
        return gettext("Hodnota „%(value)s“ má příliš mnoho číslic.") % {"value": text}
    if spec is None:
        return None
    if sign and not spec.allows_negative and (whole.strip("0") or fraction):
        return gettext(
            "Ukazatel %(code)s nemůže být záporný (hodnota „%(value)s“)."
        ) % {"code": spec.code, "value": text}
    if len(fraction) > spec.decimal_places:
        if spec.decimal_places == 0:
            return gettext(
                "Ukazatel %(code)s se uvádí v celých číslech (%(unit)s); hodnota "
                "„%(value)s“ má desetinnou část."
            ) % {"code": spec.code, "unit": spec.unit, "value": text}
        return ngettext(
            "Ukazatel %(code)s se uvádí nejvýše s %(places)d desetinným místem; "
            "hodnota „%(value)s“ jich má víc.",
            "Ukazatel %(code)s se uvádí nejvýše s %(places)d desetinnými místy; "
            "hodnota „%(value)s“ jich má víc.",
            spec.decimal_places,
        ) % {"code": spec.code, "places": spec.decimal_places, "value": text}
    return None


def _values(table, mapping, indicators: pd.Series, problems) -> pd.Series:
    column = mapping["hodnota"]
    values = pd.Series(None, index=table.index, dtype=object)
    for index in table.index:
        text = table.at[index, column]
        if not text:
            continue
        spec = indicators[index]
        spec = spec if isinstance(spec, IndicatorSpec) else None
        message = _value_problem(text, spec)
        if message:
            problems.items.append(
                ImportProblem(message, index + FIRST_DATA_ROW, column)
            )
        else:
            values[index] = Decimal(SPACES.sub("", text).replace(",", "."))
    return values


def _required_cells(table, mapping, problems) -> None:
    for name in REQUIRED:
        problems.add_rows(
            table[mapping[name]] == "",
            table,
            name,
            lambda _text: gettext("Chybí hodnota."),
        )


def _duplicates(rows: pd.DataFrame, mapping, problems) -> None:
    complete = rows.dropna(subset=KEY)
    repeated = complete[complete.duplicated(subset=KEY, keep=False)]
    for _, group in repeated.groupby(KEY, sort=False):
        first, *others = (index + FIRST_DATA_ROW for index in group.index)
        for row in others:
            problems.items.append(
                ImportProblem(
                    gettext("Stejné území, období a ukazatel už jsou na řádku %(row)d.")
                    % {"row": first},
                    row,
                    mapping["kod_uzemi"],
                )
            )


def _missing_columns(mapping, missing) -> list[ImportProblem]:
    expected = gettext(
        "Záhlaví musí obsahovat sloupce kod_uzemi, obdobi, ukazatel, hodnota "
        "(a nepovinně jednotka a poznamka)."
    )
    if not mapping:
        return [
            ImportProblem(
                gettext("Soubor neobsahuje tabulku datových ukazatelů. ") + expected
            )
        ]
    return [
        ImportProblem(gettext("V souboru chybí sloupec. ") + expected, column=name)
        for name in missing
    ]


def validate_indicator_table(
    table: pd.DataFrame, lookups: Lookups, specs: dict[str, IndicatorSpec]
) -> tuple[pd.DataFrame, list[ImportProblem]]:
    """Returns the rows ready to write (territory_id, period, period_is_year,
    indicator_id, value, note) and the problems; ``specs`` maps lower-case
    indicator codes to their specs. Rows are only usable without problems."""
    mapping, missing = match_columns(list(table.columns), INDICATOR_COLUMNS)
    if missing or not mapping:
        return pd.DataFrame(), _missing_columns(mapping, missing)
    problems = Problems(mapping)
    _required_cells(table, mapping, problems)
    period, period_is_year = period_column(table, mapping, problems)
    indicators = _indicators(table, mapping, specs, problems)
    _units(table, mapping, indicators, problems)
    rows = pd.DataFrame(
        {
            "territory_id": territory_column(table, mapping, lookups, problems),
            "period": period,
            "period_is_year": period_is_year,
            "indicator_id": indicators.map(
                lambda spec: spec.pk if isinstance(spec, IndicatorSpec) else None
            ),
            "value": _values(table, mapping, indicators, problems),
            "note": table[mapping["poznamka"]] if "poznamka" in mapping else "",
        },
        index=table.index,
    )
    _duplicates(rows, mapping, problems)
    ordered = sorted(problems.items, key=lambda problem: problem.row or 0)
    return rows, ordered
