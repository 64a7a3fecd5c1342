"""Illustrative indicator data and registers for the demo: several regions keep a
guarantee fund or properties for housing and publish their social-work FTEs by ORP,
to different extents, so the ladder derives steps 4–7 for some regions and not for
others. Every figure, fund and property here is made up and labelled so."""

import datetime
import io
import random

from django.utils import timezone

from monitoring.importers.indicators import import_indicators
from monitoring.models import (
    Dataset,
    FundGuarantee,
    GuaranteeFund,
    HousingProperty,
    PropertyKind,
    PropertyStatus,
    Region,
    Territory,
    TerritoryKind,
)
from monitoring.registers import refresh_register_indicators, register_dataset_name

ILLUSTRATIVE_NOTE = "Ilustrativní údaj pro ukázku portálu, nejde o skutečný stav."
ILLUSTRATIVE_NAME = "(ilustrativní)"
ILLUSTRATIVE_PUBLISHER = "Bydlení v krajích – ukázkový obsah"

# Region → share of its ORP with social-work FTEs (step 6a asks for at least half)
# and whether an analyst is named as the dataset's contact (7a).
SOCIAL_WORK = {
    "CZ051": (1.0, "Analytické oddělení Libereckého kraje (ilustrativní)"),
    "CZ080": (0.6, ""),
    "CZ064": (0.25, ""),
    "CZ010": (1.0, "Odbor sociálních věcí, oddělení analýz (ilustrativní)"),
}

# Region → (years since the fund was established or None while in preparation,
# [(municipality, ORP code, months ago)] of the guarantees it issued).
FUNDS = {
    "CZ051": (
        3,
        [
            ("Liberec", "5105", 2),
            ("Liberec", "5105", 7),
            ("Česká Lípa", "5101", 10),
            ("Jablonec nad Nisou", "5103", 15),
        ],
    ),
    "CZ080": (2, [("Ostrava", "8119", 4), ("Karviná", "8111", 9)]),
    "CZ020": (4, [("Kladno", "2109", 12)]),
    "CZ042": (5, [("Ústí nad Labem", "4214", 40)]),  # used once, long ago
    "CZ010": (None, []),  # in preparation
}

# Region → [(name, municipality, ORP code, kind, units, status, months ago)]
PROPERTIES = {
    "CZ051": [
        ("Bývalý domov mládeže", "Liberec", "5105", "building", 8, "let", 14),
        ("Byty nad poliklinikou", "Semily", "5107", "building", 4, "handed_over", 5),
        ("Pozemek u nádraží", "Tanvald", "5108", "land", 20, "preparing", 3),
    ],
    "CZ064": [("Vila Lipová", "Brno", "6203", "building", 6, "let", 8)],
    "CZ080": [
        ("Internát Hornická", "Karviná", "8111", "building", 12, "handed_over", 30)
    ],
    "CZ042": [("Bývalá škola", "Most", "4209", "building", 5, "let", 20)],
    "CZ010": [("Objekt Sokolovská", "Praha", "1000", "building", 10, "unused", 6)],
}


def _months_ago(today: datetime.date, months: int) -> datetime.date:
    month = today.month - 1 - months
    return datetime.date(today.year + month // 12, month % 12 + 1, 1)


def _fte_table(region: Region, share: float, years: list[int], rng) -> str:
    orp = list(
        Territory.objects.filter(kind=TerritoryKind.ORP, parent=region).order_by("code")
    )
    covered = orp[: max(1, round(len(orp) * share))]
    lines = ["kod_uzemi;obdobi;ukazatel;hodnota;poznamka"]
    for year in years:
        for territory in covered:
            needed = rng.randint(4, 24) / 2
            funded = max(0.5, needed - rng.randint(0, 6) / 2)
            for code, value in (
                ("socialni_prace_uvazky_potreba", needed),
                ("socialni_prace_uvazky_skutecnost", funded),
            ):
                text = f"{value:.1f}".replace(".", ",")
                lines.append(
                    f"{territory.code};{year};{code};{text};{ILLUSTRATIVE_NOTE}"
                )
    return "\n".join(lines) + "\n"


def _social_work(today: datetime.date) -> None:
    rng = random.Random(2025)  # noqa: S311 - illustrative figures, not security
    years = [today.year - 1, today.year]
    for code, (share, contact) in SOCIAL_WORK.items():
        region = Region.objects.get(code=code)
        name = f"Sociální práce k bydlení – {region.name} {ILLUSTRATIVE_NAME}"
        if Dataset.objects.filter(name=name).exists():
            continue
        Dataset.objects.create(
            name=name,
            region=region,
            publisher=ILLUSTRATIVE_PUBLISHER,
            contact=contact,
            is_illustrative=True,
            description=(
                "Vymyšlené úvazky sociální práce, které kraj pro bydlení potřebuje "
                "a které jsou financované, podle ORP."
            ),
            method="Ukázková data pro předvedení portálu; nejde o skutečný stav.",
            known_limitations="Nejde o skutečná data; nepoužívejte je k rozhodování.",
            keywords="sociální práce, úvazky, ukázková data",
            update_frequency="ANNUAL",
            licence="CC BY 4.0",
        )
        source = io.BytesIO(_fte_table(region, share, years, rng).encode("utf-8"))
        source.name = "uvazky-ilustrativni.csv"
        import_indicators(source, dataset_name=name, region=region)


def _registers(today: datetime.date) -> None:
    regions = {region.code: region for region in Region.objects.all()}
    orp = {t.code: t for t in Territory.objects.filter(kind=TerritoryKind.ORP)}
    for code, (years, guarantees) in FUNDS.items():
        region = regions[code]
        established = _months_ago(today, 12 * years) if years is not None else None
        fund = GuaranteeFund.objects.create(
            region=region,
            name=f"Garanční fond – {region.name} {ILLUSTRATIVE_NAME}",
            established_on=established,
            note=ILLUSTRATIVE_NOTE,
        )
        FundGuarantee.objects.bulk_create(
            FundGuarantee(
                fund=fund,
                municipality=municipality,
                orp=orp[orp_code],
                issued_on=_months_ago(today, months),
                note=ILLUSTRATIVE_NOTE,
            )
            for municipality, orp_code, months in guarantees
        )
    for code, properties in PROPERTIES.items():
        HousingProperty.objects.bulk_create(
            HousingProperty(
                region=regions[code],
                name=f"{name} {ILLUSTRATIVE_NAME}",
                municipality=municipality,
                orp=orp[orp_code],
                kind=PropertyKind(kind),
                units=units,
                status=PropertyStatus(status),
                considered_since=_months_ago(today, months + 12),
                status_since=_months_ago(today, months),
                note=ILLUSTRATIVE_NOTE,
            )
            for name, municipality, orp_code, kind, units, status, months in properties
        )
    for code in {*FUNDS, *PROPERTIES}:
        refresh_register_indicators(regions[code])
        Dataset.objects.filter(name=register_dataset_name(regions[code])).update(
            is_illustrative=True,
            publisher=ILLUSTRATIVE_PUBLISHER,
            known_limitations=(
                "Registry v ukázce jsou vymyšlené; nejde o skutečný stav kraje."
            ),
        )


def load_indicator_demo() -> bool:
    """Creates the illustrative indicator data unless registers or the demo's
    datasets exist already; True when anything was created."""
    if GuaranteeFund.objects.exists() or HousingProperty.objects.exists():
        return False
    today = timezone.localdate()
    _social_work(today)
    _registers(today)
    return True
