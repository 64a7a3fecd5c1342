"""Writes the housing-related services counted from MPSV's register as indicator
values of one national dataset, as a dataset version; the commit re-derives the
ladder evidence that rests on data (monitoring.evidence_rules)."""

import datetime
from dataclasses import dataclass

from django.db.models import Q
from django.utils import timezone

from monitoring.dataset_versions import (
    VersionCounts,
    next_version_number,
    record_version,
)
from monitoring.importers.problems import ImportProblem, ImportRefused
from monitoring.importers.serial import dataset_transaction
from monitoring.models import (
    DataIndicator,
    Dataset,
    IndicatorValue,
    MunicipalityOrp,
    SocialServiceType,
    SupersededIndicatorValue,
    Territory,
    TerritoryKind,
    UpdateFrequency,
)
from monitoring.permissions import is_national_editor
from monitoring.reference.territories import RUIAN_REGION_CODES
from monitoring.rpss.aggregation import Aggregate, Gazetteer, Totals, aggregate
from monitoring.rpss.sources import opened, source_name
from monitoring.rpss.stream import read_services
from monitoring.versioning import bump_data_version

DATASET_NAME = "Sociální služby související s bydlením (registr MPSV)"
SAMPLE_DATASET_NAME = "Sociální služby související s bydlením – ilustrativní ukázka"
SOURCE_PAGE = "https://data.mpsv.cz/web/data/rpss"
# data indicator code → the figure of Totals it takes
INDICATORS = {
    "socialni_sluzby_bydleni_pocet": "services",
    "socialni_sluzby_bydleni_luzka": "beds",
    "socialni_sluzby_bydleni_klienti": "clients",
}
DATASET_FIELDS = {
    "description": (
        "Počet působících sociálních služeb souvisejících s bydlením (azylové domy, "
        "noclehárny, domy na půl cesty, podpora samostatného bydlení, terénní "
        "programy), jejich lůžka a kapacita klientů podle krajů a ORP k datu "
        "importu, odvozené z Registru poskytovatelů sociálních služeb MPSV."
    ),
    "publisher": "Bydlení v krajích (zpracování), MPSV (zdroj)",
    "source_url": SOURCE_PAGE,
    "method": (
        "Služba se v území počítá jednou, ať má v něm kolik chce zařízení, a její "
        "registrovaná kapacita (lůžka, klienti) také jednou. Ukončené služby "
        "a zařízení se nepočítají. Služba, jejíž zařízení mají utajenou nebo "
        "chybějící adresu, se přiřadí podle sídla poskytovatele. ORP se určí "
        "z obce zařízení podle vazby obcí na ORP (ČSÚ)."
    ),
    "known_limitations": (
        "Terénní služby se přiřazují podle adres svých kanceláří, klienti ale žijí "
        "i jinde. Služba působící ve více krajích se počítá v každém z nich, proto "
        "součet krajů může být větší než údaj za Česko. Kapacita je registrovaná "
        "nejvyšší, ne volná místa."
    ),
    "licence": "CC BY 4.0",
    "theme": "SOCI",
    "keywords": "sociální služby, azylové domy, noclehárny, bydlení, RPSS",
    "update_frequency": UpdateFrequency.DAILY,
    "automatic_source": True,
}


@dataclass(frozen=True)
class SocialServicesResult:
    dataset_name: str
    counted: Aggregate
    counts: VersionCounts
    version: int


def _refuse(message: str) -> ImportRefused:
    return ImportRefused([ImportProblem(message)])


def housing_types() -> frozenset[int]:
    """The service types national editors marked as housing-related."""
    codes = frozenset(
        SocialServiceType.objects.filter(housing_related=True).values_list(
            "code", flat=True
        )
    )
    if not codes:
        raise _refuse(
            "Žádný druh sociální služby není označen jako související s bydlením "
            "(Monitoring → Druhy sociálních služeb)."
        )
    return codes


def gazetteer() -> Gazetteer:
    """RÚIAN codes → the portal's territories, with the ORP links when loaded."""
    region_by_orp = dict(
        Territory.objects.filter(kind=TerritoryKind.ORP).values_list(
            "code", "parent__code"
        )
    )
    return Gazetteer(
        region_by_ruian={ruian: nuts3 for nuts3, ruian in RUIAN_REGION_CODES.items()},
        orp_by_municipality=dict(
            MunicipalityOrp.objects.values_list("code", "orp__code")
        ),
        region_by_orp=region_by_orp,
    )


def _values(counted: Aggregate) -> dict[tuple[str, int], int]:
    """(indicator code, territory id) → value, zero where nothing was counted:
    the country, every region and every ORP with municipalities linked to it."""
    territories = Territory.objects.filter(
        Q(kind__in=[TerritoryKind.COUNTRY, TerritoryKind.REGION])
        | Q(kind=TerritoryKind.ORP, municipalities__isnull=False)
    ).distinct()
    values = {}
    for code, pk in territories.values_list("code", "pk"):
        totals = counted.totals.get(code, Totals())
        for indicator, figure in INDICATORS.items():
            values[(indicator, pk)] = getattr(totals, figure)
    return values


def _write(
    dataset: Dataset, values: dict[tuple[str, int], int], on, number: int
) -> VersionCounts:
    """Upserts the date's values; values of the date not counted now go."""
    indicators = dict(
        DataIndicator.objects.filter(code__in=INDICATORS).values_list("code", "pk")
    )
    missing = set(INDICATORS) - set(indicators)
    if missing:
        raise _refuse(
            "Chybí datové ukazatele "
            + ", ".join(sorted(missing))
            + "; spusťte manage.py load_reference_data."
        )
    stored = {
        (value.indicator_id, value.territory_id): value
        for value in IndicatorValue.objects.filter(dataset=dataset, period=on)
    }
    new, changed, replaced, unchanged = [], [], [], 0
    for (code, territory_id), figure in values.items():
        old = stored.pop((indicators[code], territory_id), None)
        if old is None:
            new.append(
                IndicatorValue(
                    dataset=dataset,
                    indicator_id=indicators[code],
                    territory_id=territory_id,
                    period=on,
                    period_is_year=False,
                    value=figure,
                    version=number,
                )
            )
        elif old.value != figure:
            replaced.append(SupersededIndicatorValue.of(old, number))
            old.value, old.version, old.revised = figure, number, True
            changed.append(old)
        else:
            unchanged += 1
    replaced += [SupersededIndicatorValue.of(gone, number) for gone in stored.values()]
    SupersededIndicatorValue.objects.bulk_create(replaced)
    IndicatorValue.objects.bulk_create(new)
    IndicatorValue.objects.bulk_update(changed, ["value", "version", "revised"])
    IndicatorValue.objects.filter(pk__in=[v.pk for v in stored.values()]).delete()
    return VersionCounts(len(new), len(changed), unchanged, len(stored))


def _dataset(name: str, illustrative: bool) -> Dataset:
    fields = dict(DATASET_FIELDS, is_illustrative=illustrative)
    if illustrative:
        fields["description"] += " Ilustrativní ukázka, ne skutečná data."
    dataset, created = Dataset.objects.get_or_create(name=name, defaults=fields)
    if not created and not dataset.automatic_source:
        Dataset.objects.filter(pk=dataset.pk).update(automatic_source=True)
    return dataset


def import_social_services(
    source: str,
    *,
    on: datetime.date | None = None,
    dataset_name: str | None = None,
    illustrative: bool = False,
    user=None,
) -> SocialServicesResult:
    """Counts the register's housing-related services as of ``on`` (default today)
    by region, ORP (when the municipality links are loaded) and the country, and
    writes them as the dataset's next version. National data: with ``user``, only
    a national editor may import. Raises ImportRefused; then nothing is written."""
    if user is not None and not is_national_editor(user):
        raise _refuse(
            "Registr sociálních služeb je celostátní: importovat ho smí jen "
            "celostátní redakce."
        )
    on = on or timezone.localdate()
    name = dataset_name or (SAMPLE_DATASET_NAME if illustrative else DATASET_NAME)
    with opened(source) as file:
        try:
            counted = aggregate(
                read_services(file),
                on=on,
                housing_types=housing_types(),
                gazetteer=gazetteer(),
            )
            sha256 = file.sha256()
        except OSError as error:  # a connection dropped or timed out mid-file
            raise _refuse(f"Čtení souboru se přerušilo ({error}).") from error
    values = _values(counted)
    with dataset_transaction(name):
        dataset = _dataset(name, illustrative)
        number = next_version_number(dataset)
        counts = _write(dataset, values, on, number)
        record_version(
            dataset, user, source_name(source), sha256, counts, number=number
        )
        bump_data_version()  # once committed, the evidence rules run again
    return SocialServicesResult(name, counted, counts, number)
