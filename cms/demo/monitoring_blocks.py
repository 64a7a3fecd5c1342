"""Live monitoring blocks the demo puts on the home page and on region hubs."""

from monitoring.demo import ILLUSTRATIVE_DATASET, PUBLISHED
from monitoring.models import Dataset

MPSV_2022 = PUBLISHED[1][0]["name"]


def _dataset_id(name: str) -> str:
    dataset = Dataset.objects.filter(name=name).first()
    return str(dataset.pk) if dataset else ""


def headline_blocks() -> list[dict]:
    """The national headline figures, from published counts with their source."""
    published = _dataset_id(MPSV_2022)
    if not published:
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
    ]


def regional_overview_blocks() -> list[dict]:
    """Regions first: the ladder matrix and a map of the regions, whose tables
    link each region to its hub, where its ORP are (never all 206 ORP here)."""
    illustrative = _dataset_id(ILLUSTRATIVE_DATASET["name"])
    if not illustrative:
        return []
    return [
        {"type": "ladder", "value": {}},
        {
            "type": "ethos_map",
            "value": {
                "dataset": illustrative,
                "category": "1",
                "measure": "osoby",
                "year": None,
                "level": "region",
                "region": "",
            },
        },
    ]


def region_hub_blocks() -> list[dict]:
    """A hub's ETHOS figures over time and its ORP on a map (illustrative data);
    the blocks leave the region empty, so they show the hub's region."""
    illustrative = _dataset_id(ILLUSTRATIVE_DATASET["name"])
    if not illustrative:
        return []
    return [
        {
            "type": "ethos_chart",
            "value": {
                "dataset": illustrative,
                "territory": "",
                "categories": [],
                "measure": "osoby",
                "chart": "line",
                "region": "",
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
                "region": "",
            },
        },
    ]
