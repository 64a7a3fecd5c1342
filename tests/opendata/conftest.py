import datetime

import pytest
from django.core.cache import cache
from wagtail.models import Site

from monitoring.models import Dataset, EthosCategory, Observation, Territory
from monitoring.reference import load_reference_data
from monitoring.versioning import bump_data_version
from opendata.models import OpenDataSettings

# The site's canonical address in the DCAT records of the tests.
BASE = "https://bydleni.example.cz"


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate-limit history and cached counts do not leak between tests."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def reference_data(db):
    load_reference_data()


@pytest.fixture
def liberec_data(reference_data):
    """Liberecký kraj's figures for 2022 and 2023 in two of its ORP and the
    region itself, one of them a small count that must not be published."""
    dataset = Dataset.objects.create(
        name="Sčítání v Libereckém kraji",
        description="Lidé bez domova v ORP Libereckého kraje.",
        publisher="Liberecký kraj",
        region=Territory.objects.get(code="CZ051"),
        keywords="bezdomovectví, bytová nouze",
        update_frequency="ANNUAL",
        next_update=datetime.date(2025, 4, 30),
        method="Sčítání v terénu.",
        known_limitations="Nezahrnuje skryté bezdomovectví.",
        contact="Odbor sociálních věcí",
        contact_email="data@kraj-lbc.cz",
    )
    categories = {c.code: c for c in EthosCategory.objects.filter(code__in=["1", "3"])}
    liberec_orp = Territory.objects.get(code="5105")  # Liberec
    jablonec_orp = Territory.objects.get(code="5103")  # Jablonec nad Nisou
    region = Territory.objects.get(code="CZ051")
    rows = [
        (liberec_orp, 2022, "1", 120),
        (liberec_orp, 2022, "3", 45),
        (jablonec_orp, 2022, "1", 3),  # suppressed
        (jablonec_orp, 2022, "3", 0),
        (liberec_orp, 2023, "1", 131),
        (jablonec_orp, 2023, "1", 17),
        (region, 2023, "1", 200),
    ]
    Observation.objects.bulk_create(
        Observation(
            dataset=dataset,
            territory=territory,
            period=datetime.date(year, 1, 1),
            category=categories[code],
            measure="osoby",
            value=value,
        )
        for territory, year, code, value in rows
    )
    bump_data_version()
    return dataset


@pytest.fixture
def publisher(home_page, settings):
    """The publisher's identity filled in, so DCAT records are published."""
    settings.WAGTAILADMIN_BASE_URL = BASE
    values = OpenDataSettings.for_site(Site.objects.get(is_default_site=True))
    values.publisher_ico = "12345678"
    values.publisher_name = "Krajský úřad"
    values.contact_email = "data@kraj.example.cz"
    values.save()
    return values


@pytest.fixture
def views_only(settings):
    """Counts the views' own queries: no download limits, whose counters go to the
    database while the cache is not Redis (tests/opendata/test_download_limits)."""
    settings.DOWNLOAD_URL_NAMES = []
