"""What a live block shows: a table (always), a chart spec and a text alternative,
plus the helpers every domain's builders share."""

import datetime
from dataclasses import dataclass
from urllib.parse import urlencode

from django.urls import reverse

from monitoring.blocks.params import BlockParams
from monitoring.blocks.tables import DataTable
from monitoring.models import Dataset


@dataclass(frozen=True)
class BlockData:
    params: BlockParams
    table: DataTable
    spec: dict | None
    alt: str
    highlight: dict | None = None  # the key figure: latest value and its change

    @property
    def kind(self) -> str:
        return self.params.kind

    @property
    def csv_url(self) -> str:
        query = urlencode({"blok": self.kind, **self.params.as_query()})
        return f"{reverse('monitoring_block_csv')}?{query}"


def empty(params: BlockParams, caption: str) -> BlockData:
    table = DataTable(caption=caption, row_header="", columns=[], rows=[])
    return BlockData(params, table, None, f"{caption}: data nejsou k dispozici.")


def provenance(dataset: Dataset) -> dict:
    source = ", ".join(part for part in (dataset.name, dataset.publisher) if part)
    return {
        "source": source,
        "source_url": dataset.source_url,
        "illustrative": dataset.is_illustrative,
    }


def period_label(period: datetime.date, is_year: bool = True) -> str:
    return (
        str(period.year) if is_year else f"{period.day}. {period.month}. {period.year}"
    )
