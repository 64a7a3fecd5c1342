"""Demo monitoring data for `load_demo`: published Czech figures with their source,
and clearly labelled illustrative data for everything no source gives."""

import datetime
import random
from pathlib import Path

from django.db import transaction

from monitoring.dataset_versions import VersionCounts, record_version
from monitoring.demo_indicators import load_indicator_demo
from monitoring.models import (
    Assessment,
    AssessmentStatus,
    Dataset,
    EthosCategory,
    Indicator,
    MunicipalityOrp,
    Observation,
    Region,
    Territory,
    TerritoryKind,
)
from monitoring.reference import load_reference_data
from monitoring.rpss.importer import SAMPLE_DATASET_NAME, import_social_services
from monitoring.rpss.municipalities import load_municipality_orp
from monitoring.versioning import bump_data_version

ILLUSTRATIVE_NOTE = "Ilustrativní údaj pro ukázku portálu, nejde o skutečný stav."

# (dataset fields, [(ETHOS code, measure, value)]) for the whole country
PUBLISHED = [
    (
        {
            "name": "Sčítání osob bez domova v ČR 2019",
            "publisher": "Výzkumný ústav práce a sociálních věcí (VÚPSV)",
            "source_url": "https://www.vupsv.cz/",
            "method": (
                "Celostátní sčítání v dubnu 2019 (Nešporová, Holpuch, Janurová, "
                "Kuchařová; ISBN 978-80-7416-351-7). Přibližně 11 600 osob bez "
                "střechy, tedy přežívajících venku a v noclehárnách (ETHOS 1 a 2)."
            ),
            "reference_period": "duben 2019",
            "licence": "citace se zdrojem",
            "description": (
                "Počet osob bez střechy v celé České republice podle celostátního "
                "sčítání v dubnu 2019."
            ),
            "keywords": "bezdomovectví, lidé bez domova, sčítání, ETHOS",
            "update_frequency": "NEVER",
        },
        datetime.date(2019, 1, 1),
        [("roofless", "osoby", 11600)],
    ),
    (
        {
            "name": "Sčítání osob z vybraných kategorií ETHOS 2022",
            "publisher": (
                "Ministerstvo práce a sociálních věcí (MPSV), provedl SocioFactor"
            ),
            "source_url": "https://www.mpsv.cz/",
            "method": (
                "Sčítání na jaře 2022 ve vybraných kategoriích ETHOS. Přibližně "
                "12 000 osob bez střechy (ETHOS 1 a 2) a 5 981 osob v azylových "
                "domech (ETHOS 3). Údaje převzaty z tiskových zpráv k sčítání."
            ),
            "reference_period": "jaro 2022",
            "licence": "citace se zdrojem",
            "description": (
                "Počty osob bez střechy a osob v azylových domech v celé České "
                "republice podle sčítání na jaře 2022."
            ),
            "keywords": "bezdomovectví, lidé bez domova, azylové domy, sčítání, ETHOS",
            "update_frequency": "IRREG",
            "known_limitations": (
                "Sčítání zahrnulo jen vybrané kategorie ETHOS; skryté "
                "bezdomovectví (přespávání u známých) nepokrývá."
            ),
        },
        datetime.date(2022, 1, 1),
        [("roofless", "osoby", 12000), ("3", "osoby", 5981)],
    ),
]

ILLUSTRATIVE_DATASET = {
    "name": "Ukázková data ORP (ilustrativní)",
    "publisher": "Bydlení v krajích – ukázkový obsah",
    "method": (
        "Náhodně vygenerovaná čísla pro ukázku grafů, tabulek a map. Nejsou to "
        "skutečná data o bytové nouzi a nesmí se tak používat."
    ),
    "reference_period": "2019–2024",
    "licence": "CC BY 4.0",
    "is_illustrative": True,
    "description": (
        "Vymyšlená čísla za všech 206 ORP a pět kategorií ETHOS v letech 2019–2024, "
        "na kterých portál ukazuje grafy, tabulky, mapy a stahování."
    ),
    "keywords": "ukázková data, ETHOS, ORP",
    "update_frequency": "NEVER",
    "known_limitations": (
        "Nejde o skutečná data; nepoužívejte je k žádnému rozhodování."
    ),
}
ILLUSTRATIVE_CATEGORIES = ["1", "2", "3", "8", "12"]
ILLUSTRATIVE_YEARS = range(2019, 2025)

# region NUTS 3 → indicators assessed achieved, with the date (illustrative)
ILLUSTRATIVE_LADDER = {
    "CZ051": [("0a", 2016), ("1a", 2018), ("1b", 2019), ("2a", 2020), ("2b", 2021)],
    "CZ080": [("0a", 2016), ("1a", 2019), ("1b", 2019), ("2a", 2022)],
    "CZ010": [("0a", 2018), ("1a", 2020)],
    "CZ064": [("0a", 2020), ("1b", 2022)],
}


def _first_version(dataset: Dataset, observations: list[Observation]) -> None:
    """Writes the demo's figures as the dataset's version 1, as an import would."""
    for observation in observations:
        observation.version = 1
    Observation.objects.bulk_create(observations)
    record_version(dataset, None, "", "", VersionCounts(new=len(observations)))


def _published() -> bool:
    created_any = False
    categories = {c.code: c for c in EthosCategory.objects.all()}
    country = Territory.objects.get(kind=TerritoryKind.COUNTRY)
    for fields, period, figures in PUBLISHED:
        dataset, created = Dataset.objects.get_or_create(
            name=fields["name"], defaults=fields
        )
        if not created:
            continue
        created_any = True
        _first_version(
            dataset,
            [
                Observation(
                    dataset=dataset,
                    territory=country,
                    period=period,
                    category=categories[code],
                    measure=measure,
                    value=value,
                )
                for code, measure, value in figures
            ],
        )
    return created_any


def _illustrative_observations() -> bool:
    dataset, created = Dataset.objects.get_or_create(
        name=ILLUSTRATIVE_DATASET["name"], defaults=ILLUSTRATIVE_DATASET
    )
    if not created:
        return False
    rng = random.Random(2024)  # noqa: S311 - illustrative figures, not security
    categories = EthosCategory.objects.filter(code__in=ILLUSTRATIVE_CATEGORIES)
    _first_version(
        dataset,
        [
            Observation(
                dataset=dataset,
                territory=orp,
                period=datetime.date(year, 1, 1),
                category=category,
                measure="osoby",
                value=rng.randint(0, 120),
                note=ILLUSTRATIVE_NOTE,
            )
            for orp in Territory.objects.filter(kind=TerritoryKind.ORP)
            for category in categories
            for year in ILLUSTRATIVE_YEARS
        ],
    )
    return True


def _illustrative_ladder() -> bool:
    if Assessment.objects.exists():
        return False
    indicators = {i.code: i for i in Indicator.objects.all()}
    for code, achieved in ILLUSTRATIVE_LADDER.items():
        region = Region.objects.get(code=code)
        Assessment.objects.bulk_create(
            Assessment(
                region=region,
                indicator=indicators[indicator],
                date=datetime.date(year, 6, 30),
                status=AssessmentStatus.ACHIEVED,
                note=ILLUSTRATIVE_NOTE,
            )
            for indicator, year in achieved
        )
    return True


RPSS_SAMPLES = Path(__file__).resolve().parent / "data" / "rpss"


def _rpss_sample() -> bool:
    """The illustrative sample of MPSV's register, counted as of today, by region
    and by the ORP of the sample's municipality links."""
    if Dataset.objects.filter(name=SAMPLE_DATASET_NAME).exists():
        return False
    if not MunicipalityOrp.objects.exists():
        load_municipality_orp(RPSS_SAMPLES / "vazba_obec_orp_ukazka.csv")
    import_social_services(str(RPSS_SAMPLES / "rpss_ukazka.json"), illustrative=True)
    return True


@transaction.atomic
def load_monitoring_demo() -> None:
    """Creates what is missing; never touches data that editors already have."""
    load_reference_data()
    changes = [
        _published(),
        _illustrative_observations(),
        _illustrative_ladder(),
        load_indicator_demo(),
        _rpss_sample(),
    ]
    if any(changes):
        bump_data_version()
