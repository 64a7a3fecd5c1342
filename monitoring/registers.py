"""Turns the registers a region keeps (guarantee fund, properties for housing) into
indicator values, so the figures need no separate collection.

Each region's values live in one dataset, "Registry kraje – <kraj>", recomputed
whole after every change to a register; a recomputation that changes values is
recorded as the dataset's next version. Every year from the first record up to this
one gets a value for the region, and for each ORP the records name."""

import datetime
from collections import defaultdict
from decimal import Decimal

from django.utils import timezone
from django.utils.translation import gettext as _

from monitoring.dataset_versions import (
    VersionCounts,
    next_version_number,
    record_version,
)
from monitoring.importers.serial import dataset_transaction
from monitoring.models import (
    DataIndicator,
    Dataset,
    FundGuarantee,
    HousingProperty,
    IndicatorValue,
    Region,
    SupersededIndicatorValue,
    UpdateFrequency,
)
from monitoring.models.registers import SERVING_STATUSES
from monitoring.versioning import bump_data_version

MUNICIPALITIES = "garancni_fond_obce"
GUARANTEES = "garancni_fond_zaruky"
UNITS = "majetek_byty_dostupne_bydleni"
# (indicator code, territory id, year) → value
Values = dict[tuple[str, int, int], Decimal]


def register_dataset_name(region: Region) -> str:
    return _("Registry kraje – %(region)s") % {"region": region.name}


def _years(first: int, today: datetime.date) -> range:
    return range(first, today.year + 1)


def _guarantee_values(region: Region, today: datetime.date) -> Values:
    guarantees = list(
        FundGuarantee.objects.filter(
            fund__region=region, issued_on__lte=today
        ).values_list("issued_on", "municipality", "orp_id")
    )
    if not guarantees:
        return {}
    per_territory: dict[int, dict[int, list[str]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for issued_on, municipality, orp_id in guarantees:
        name = municipality.strip().casefold()
        for territory_id in (region.pk, orp_id):
            if territory_id is not None:
                per_territory[territory_id][issued_on.year].append(name)
    first = min(issued_on.year for issued_on, _name, _orp in guarantees)
    values: Values = {}
    for territory_id, by_year in per_territory.items():
        for year in _years(first, today):
            names = by_year.get(year, [])
            values[GUARANTEES, territory_id, year] = Decimal(len(names))
            values[MUNICIPALITIES, territory_id, year] = Decimal(len(set(names)))
    return values


def _property_values(region: Region, today: datetime.date) -> Values:
    serving = list(
        HousingProperty.objects.filter(
            region=region, status__in=SERVING_STATUSES, status_since__lte=today
        ).values_list("status_since", "units", "orp_id")
    )
    if not serving:
        return {}
    first = min(since.year for since, _units, _orp in serving)
    territories = {region.pk} | {orp_id for *_rest, orp_id in serving if orp_id}
    values: Values = {}
    for year in _years(first, today):
        for territory_id in territories:
            values[UNITS, territory_id, year] = Decimal(
                sum(
                    units
                    for since, units, orp_id in serving
                    if since.year <= year and territory_id in (region.pk, orp_id)
                )
            )
    return values


def _dataset(region: Region) -> Dataset:
    dataset, _created = Dataset.objects.get_or_create(
        name=register_dataset_name(region),
        defaults={
            "region": region,
            "publisher": region.name,
            "description": _(
                "Údaje z registrů, které kraj vede v administraci portálu: záruky "
                "z garančního fondu a krajský majetek pro dostupné bydlení."
            ),
            "method": _(
                "Počty se počítají z registrů při každé jejich změně: záruky a obce "
                "podle dne vydání záruky v daném roce, byty podle stavu "
                "„pronajatý“ nebo „předaný obci“ ke konci roku (letos k dnešku)."
            ),
            "keywords": _("garanční fond, krajský majetek, dostupné bydlení"),
            "update_frequency": UpdateFrequency.IRREG,
            "licence": "CC BY 4.0",
        },
    )
    return dataset


def _write(dataset: Dataset, values: Values, user) -> VersionCounts:
    indicator_ids = dict(DataIndicator.objects.values_list("code", "pk"))
    codes = {pk: code for code, pk in indicator_ids.items()}
    stored = {
        (codes[value.indicator_id], value.territory_id, value.period.year): value
        for value in dataset.indicator_values.filter(period_is_year=True)
    }
    number = next_version_number(dataset)
    created, updated, replaced = [], [], []
    for key, amount in values.items():
        code, territory_id, year = key
        value = stored.pop(key, None)
        if value is None:
            created.append(
                IndicatorValue(
                    dataset=dataset,
                    indicator_id=indicator_ids[code],
                    territory_id=territory_id,
                    period=datetime.date(year, 1, 1),
                    value=amount,
                    version=number,
                )
            )
        elif value.value != amount:
            replaced.append(SupersededIndicatorValue.of(value, number))
            value.value, value.version, value.revised = amount, number, True
            updated.append(value)
    gone = [*stored.values(), *dataset.indicator_values.filter(period_is_year=False)]
    removed = [value.pk for value in gone]
    replaced += [SupersededIndicatorValue.of(value, number) for value in gone]
    SupersededIndicatorValue.objects.bulk_create(replaced)
    IndicatorValue.objects.bulk_create(created)
    IndicatorValue.objects.bulk_update(updated, ["value", "version", "revised"])
    IndicatorValue.objects.filter(pk__in=removed).delete()
    unchanged = len(values) - len(created) - len(updated)
    counts = VersionCounts(len(created), len(updated), unchanged, len(removed))
    if created or updated or removed:
        record_version(dataset, user, "", "", counts, number=number)
    return counts


def refresh_register_indicators(region: Region, user=None) -> VersionCounts:
    """Recomputes the region's register indicators; call after any change to its
    guarantee fund, guarantees or properties."""
    today = timezone.localdate()
    values = {**_guarantee_values(region, today), **_property_values(region, today)}
    name = register_dataset_name(region)
    if not values and not Dataset.objects.filter(name=name).exists():
        return VersionCounts()
    with dataset_transaction(name):
        counts = _write(_dataset(region), values, user)
        if counts.new or counts.changed or counts.removed:
            bump_data_version()
    return counts
