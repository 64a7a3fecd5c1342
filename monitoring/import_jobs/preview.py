"""The dry run's first rows in words, ready to store with the job as JSON."""

from django.utils.dateformat import format as format_date
from django.utils.formats import number_format

from monitoring.models import (
    DataIndicator,
    EthosCategory,
    ImportKind,
    Measure,
    Territory,
)

STATE_LABELS = {"new": "nový", "changed": "změněný", "same": "beze změny"}


def _territory_names(rows: list[dict]) -> dict[int, str]:
    territory_ids = {row["territory_id"] for row in rows}
    territories = Territory.objects.filter(pk__in=territory_ids)
    return dict(territories.values_list("pk", "name"))


def _period(row: dict) -> str:
    return format_date(row["period"], "Y" if row["period_is_year"] else "j. n. Y")


def _ethos_preview(rows: list[dict]) -> list[dict]:
    territories = _territory_names(rows)
    categories = dict(EthosCategory.objects.values_list("pk", "code"))
    return [
        {
            "territory": territories[row["territory_id"]],
            "period": _period(row),
            "category": categories[row["category_id"]],
            "measure": str(Measure(row["measure"]).label),
            "value": int(row["value"]),
            "note": row.get("note") or "",
            "state": STATE_LABELS[row["state"]],
        }
        for row in rows
    ]


def _indicator_preview(rows: list[dict]) -> list[dict]:
    territories = _territory_names(rows)
    indicators = {
        pk: (code, unit)
        for pk, code, unit in DataIndicator.objects.values_list("pk", "code", "unit")
    }
    return [
        {
            "territory": territories[row["territory_id"]],
            "period": _period(row),
            "indicator": indicators[row["indicator_id"]][0],
            "value": number_format(row["value"].normalize(), force_grouping=True),
            "unit": indicators[row["indicator_id"]][1],
            "note": row.get("note") or "",
            "state": STATE_LABELS[row["state"]],
        }
        for row in rows
    ]


def readable_preview(rows: list[dict], kind: str = ImportKind.ETHOS) -> list[dict]:
    if kind == ImportKind.INDICATORS:
        return _indicator_preview(rows)
    return _ethos_preview(rows)
