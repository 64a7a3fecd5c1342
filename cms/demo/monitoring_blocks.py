"""Live monitoring blocks the demo puts on the home page and on region hubs."""

from monitoring.demo import ILLUSTRATIVE_DATASET, PUBLISHED
from monitoring.models import Dataset

MPSV_2022 = PUBLISHED[1][0]["name"]


def _dataset_id(name: str) -> str:
    dataset = Dataset.objects.filter(name=name).first()
    return str(dataset.pk) if dataset else ""


def monitoring_overview_blocks() -> list[dict]:
    """National overview: headline figures, the ladder matrix, a map and a table."""
    published = _dataset_id(MPSV_2022)
    illustrative = _dataset_id(ILLUSTRATIVE_DATASET["name"])
    if not (published and illustrative):
        return []
    headline = {"dataset": published, "territory": "CZ", "measure": "osoby"}
    return [
        {
            "type": "key_figure",
            "value": {
                **headline,
                "caption": "Lidé bez střechy v Česku (ETHOS 1 a 2)",
                "category": "roofless",
            },
        },
        {
            "type": "key_figure",
            "value": {
                **headline,
                "caption": "Lidé v azylových domech (ETHOS 3)",
                "category": "3",
            },
        },
        {"type": "ladder", "value": {}},
        {
            "type": "ethos_map",
            "value": {
                "dataset": illustrative,
                "category": "1",
                "measure": "osoby",
                "year": None,
                "level": "orp",
            },
        },
        {
            "type": "ethos_table",
            "value": {
                "dataset": illustrative,
                "measure": "osoby",
                "year": None,
                "level": "region",
            },
        },
    ]


def region_hub_blocks(region_code: str) -> list[dict]:
    """A region's ETHOS figures over time (illustrative data)."""
    illustrative = _dataset_id(ILLUSTRATIVE_DATASET["name"])
    if not illustrative:
        return []
    return [
        {
            "type": "ethos_chart",
            "value": {
                "dataset": illustrative,
                "territory": region_code,
                "categories": [],
                "measure": "osoby",
                "chart": "line",
            },
        },
        {
            "type": "ethos_map",
            "value": {
                "dataset": illustrative,
                "category": "3",
                "measure": "osoby",
                "year": None,
                "level": "orp",
            },
        },
    ]
