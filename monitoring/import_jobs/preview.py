"""The dry run's first rows in words, ready to store with the job as JSON."""

from django.utils.dateformat import format as format_date

from monitoring.models import EthosCategory, Measure, Territory

STATE_LABELS = {"new": "nový", "changed": "změněný", "same": "beze změny"}


def readable_preview(rows: list[dict]) -> list[dict]:
    territory_ids = {row["territory_id"] for row in rows}
    territories = dict(
        Territory.objects.filter(pk__in=territory_ids).values_list("pk", "name")
    )
    categories = dict(EthosCategory.objects.values_list("pk", "code"))
    return [
        {
            "territory": territories[row["territory_id"]],
            "period": format_date(
                row["period"], "Y" if row["period_is_year"] else "j. n. Y"
            ),
            "category": categories[row["category_id"]],
            "measure": str(Measure(row["measure"]).label),
            "value": int(row["value"]),
            "note": row.get("note") or "",
            "state": STATE_LABELS[row["state"]],
        }
        for row in rows
    ]
