"""Validates a chunk of an indicator table and collects its problems with their
rows and columns, in Czech: territory and period as in ETHOS tables, then the
indicator code, its unit when the file names one, and each value against the
indicator's decimal places and sign."""

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import partial

import pandas as pd
from django.utils.translation import gettext, ngettext

from monitoring.importers.chunked import TableRules
from monitoring.importers.columns import INDICATOR_COLUMNS
from monitoring.importers.distinct import each_distinct
from monitoring.importers.normalise import header_key
from monitoring.importers.problems import ImportProblem
from monitoring.importers.validation import (
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
    found = each_distinct(codes, lambda code: specs.get(code.lower()))
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
    units = table[mapping["jednotka"]]
    expected = each_distinct(
        indicators,
        lambda spec: header_key(spec.unit) if isinstance(spec, IndicatorSpec) else None,
    )
    given = each_distinct(units, header_key)
    wrong = (units != "") & expected.notna() & (given != expected)
    problems.add_at(
        table.index[wrong.to_numpy(dtype=bool)],
        "jednotka",
        lambda index: (
            gettext(
                "Jednotka „%(unit)s“ neodpovídá ukazateli %(code)s, "
                "který se uvádí v jednotce „%(expected)s“."
            )
            % {
                "unit": units[index],
                "code": indicators[index].code,
                "expected": indicators[index].unit,
            }
        ),
    )


def _value_problem(text: str, spec: IndicatorSpec | None) -> Callable[[], str] | None:
    """Why the cell is not a valid value of the indicator, as a function wording
    it (called only for the problems kept); None when it is valid."""
    match = NUMBER.match(SPACES.sub("", text))
    if match is None:
        return lambda: (
            gettext("Hodnota „%(value)s“ není číslo; desetinnou část oddělte čárkou.")
            % {"value": text}
        )
    sign, whole, fraction = match[1], match[2], (match[3] or "").rstrip("0")
    if len(whole.lstrip("0")) > MAX_WHOLE_DIGITS or len(fraction) > STORED_PLACES:
        return lambda: (
            gettext("Hodnota „%(value)s“ má příliš mnoho číslic.") % {"value": text}
        )
    if spec is None:
        return None
    if sign and not spec.allows_negative and (whole.strip("0") or fraction):
        return lambda: (
            gettext("Ukazatel %(code)s nemůže být záporný (hodnota „%(value)s“).")
            % {"code": spec.code, "value": text}
        )
    if len(fraction) > spec.decimal_places:
        return lambda: _too_many_places(text, spec)
    return None


def _too_many_places(text: str, spec: IndicatorSpec) -> str:
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


def _decimal(text: str) -> Decimal | None:
    plain = SPACES.sub("", text)
    return Decimal(plain.replace(",", ".")) if NUMBER.match(plain) else None


def _values(table, mapping, indicators: pd.Series, problems) -> pd.Series:
    """Each cell as a Decimal (None when it is not a number); the cells that are
    not valid values of their indicator are problems."""
    texts = table[mapping["hodnota"]]
    rows = zip(table.index.tolist(), texts.tolist(), indicators.tolist(), strict=True)
    for index, text, spec in rows:
        if text:
            spec = spec if isinstance(spec, IndicatorSpec) else None
            if problem := _value_problem(text, spec):
                problems.add_cell(index, "hodnota", problem)
    return each_distinct(texts, _decimal)


def _required_cells(table, mapping, problems) -> None:
    for name in REQUIRED:
        problems.add_rows(
            table[mapping[name]] == "",
            table,
            name,
            lambda _text: gettext("Chybí hodnota."),
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


def validate_indicator_chunk(
    table: pd.DataFrame,
    mapping: dict[str, str],
    problems: Problems,
    lookups: Lookups,
    specs: dict[str, IndicatorSpec],
) -> pd.DataFrame:
    """The chunk's rows ready to write (territory_id, period, period_is_year,
    indicator_id, value, note); ``specs`` maps lower-case indicator codes to their
    specs. Its problems go to ``problems``; rows are only usable without any."""
    _required_cells(table, mapping, problems)
    period, period_is_year = period_column(table, mapping, problems)
    indicators = _indicators(table, mapping, specs, problems)
    _units(table, mapping, indicators, problems)
    return pd.DataFrame(
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


def indicator_rules(lookups: Lookups, specs: dict[str, IndicatorSpec]) -> TableRules:
    return TableRules(
        columns=INDICATOR_COLUMNS,
        key=KEY,
        key_column="kod_uzemi",
        missing_columns=_missing_columns,
        validate_chunk=partial(validate_indicator_chunk, lookups=lookups, specs=specs),
        repeated=lambda first: (
            gettext("Stejné území, období a ukazatel už jsou na řádku %(row)d.")
            % {"row": first}
        ),
        problems=Problems,
    )
