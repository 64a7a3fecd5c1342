"""How a catalogue entry reads to people: coverage in words, the citation."""

import datetime
from dataclasses import dataclass

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from monitoring.models import TerritoryKind
from monitoring.queries import DatasetEntry

LEVEL_LABELS = {
    TerritoryKind.COUNTRY: "Česko",
    TerritoryKind.REGION: "kraje",
    TerritoryKind.ORP: "ORP",
}
SITE_NAME = "Bydlení v krajích"


@dataclass(frozen=True)
class DatasetView:
    """A catalogue entry with what the pages show of it."""

    entry: DatasetEntry

    @property
    def dataset(self):
        return self.entry.dataset

    @property
    def territory(self) -> str:
        """Whose data and at which levels: 'Liberecký kraj (kraj, ORP)'."""
        region = self.dataset.region
        labels = (
            {**LEVEL_LABELS, TerritoryKind.REGION: _("region")}
            if region
            else (LEVEL_LABELS)
        )
        levels = [labels[kind] for kind in self.entry.territory_kinds]
        owner = region.name if region else "Česko"
        return f"{owner} ({', '.join(levels)})" if levels else owner

    @property
    def time_coverage(self) -> str:
        """'2019–2024' for yearly data, '15. 4. 2019 – 30. 6. 2020' for days."""
        first, last = self.entry.first_period, self.entry.coverage_end
        if first is None:
            return _("no figures yet")
        if _is_year_start(first) and _is_year_end(last):
            if first.year == last.year:
                return str(first.year)
            return f"{first.year}–{last.year}"
        return f"{_day(first)} – {_day(last)}"

    def citation(self, url: str, today: datetime.date | None = None) -> str:
        """A reference after ČSN ISO 690 for an online dataset."""
        today = today or timezone.localdate()
        publisher = (self.dataset.publisher or SITE_NAME).upper()
        text = f"{publisher}. {self.dataset.name} [online datová sada]. {SITE_NAME}"
        if updated := self.dataset.last_imported_at:
            text += ", " + _("updated %(date)s") % {
                "date": _day(timezone.localdate(updated))
            }
        return (
            text
            + " "
            + _("[cited %(date)s]. Available at: %(url)s")
            % {
                "date": _day(today),
                "url": url,
            }
        )


def _day(value: datetime.date) -> str:
    return date_format(value, "j. n. Y")


def _is_year_start(value: datetime.date) -> bool:
    return (value.month, value.day) == (1, 1)


def _is_year_end(value: datetime.date) -> bool:
    return (value.month, value.day) == (12, 31)
