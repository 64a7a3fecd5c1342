"""DCAT-AP-CZ records (the "rozhraní katalogů otevřených dat", 2024-05-28) of the
catalogue and of each dataset, as the National Open Data Catalogue harvests them
the "DCAT-AP Dokumenty" way. IRIs are absolute, built from BASE_URL."""

from django.conf import settings
from django.urls import reverse

from monitoring.queries import DatasetEntry
from opendata.models import OpenDataSettings
from opendata.ruian import ruian_iri

CONTEXT = (
    "https://ofn.gov.cz/dcat-ap-cz-rozhraní-katalogů-otevřených-dat/2024-05-28/"
    "kontexty/rozhraní-katalogů-otevřených-dat.jsonld"
)
RPP = "https://rpp-opendata.egon.gov.cz/odrpp/zdroj/orgán-veřejné-moci/"
EU = "http://publications.europa.eu/resource/authority/"
IANA = "http://www.iana.org/assignments/media-types/"
CC_BY = "https://creativecommons.org/licenses/by/4.0/"
TERMS = "https://data.gov.cz/podmínky-užití/"
DEFAULT_KEYWORDS = ["bytová nouze", "ETHOS"]
FILES = {
    # format: (fragment, route, Czech name, EU file type, IANA media type, schema)
    "csv": ("csv", "opendata:csv", "CSV", "CSV", "text/csv", True),
    "xlsx": (
        "xlsx",
        "opendata:xlsx",
        "XLSX",
        "XLSX",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        False,
    ),
    "zip": (
        "balicek",
        "opendata:package",
        "datový balíček Frictionless, ZIP",
        "ZIP",
        "application/zip",
        False,
    ),
}


def absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def dataset_iri(slug: str) -> str:
    return absolute(reverse("opendata:dataset_jsonld", args=[slug]))


def catalogue_record(publisher: OpenDataSettings, entries: list[DatasetEntry]):
    return {
        "@context": CONTEXT,
        "iri": absolute(reverse("opendata:catalogue_jsonld")),
        "typ": "Katalog",
        "název": {"cs": publisher.catalogue_title},
        "popis": {"cs": publisher.catalogue_description},
        "poskytovatel": RPP + publisher.publisher_ico,
        "kontaktní_bod": _contact(publisher.publisher_name, publisher.contact_email),
        "domovská_stránka": absolute(reverse("opendata:catalogue")),
        "datová_sada": [dataset_iri(entry.dataset.slug) for entry in entries],
    }


def dataset_record(
    publisher: OpenDataSettings, entry: DatasetEntry, offered: list[str]
) -> dict:
    """The dataset's record with a distribution for each format in ``offered``
    (``opendata.distributions``: only those that serve) and the API."""
    dataset = entry.dataset
    record = {
        "@context": CONTEXT,
        "iri": dataset_iri(dataset.slug),
        "typ": "Datová sada",
        "název": {"cs": dataset.name},
        "popis": {"cs": dataset.description or dataset.name},
        "poskytovatel": RPP + publisher.publisher_ico,
        "téma": [EU + "data-theme/" + dataset.theme],
        "periodicita_aktualizace": EU + "frequency/" + dataset.update_frequency,
        "klíčové_slovo": {"cs": dataset.keyword_list or DEFAULT_KEYWORDS},
        "prvek_rúian": [ruian_iri(dataset.region.code if dataset.region else None)],
        "kontaktní_bod": _contact(
            dataset.contact or publisher.publisher_name,
            dataset.contact_email or publisher.contact_email,
        ),
        "dokumentace": absolute(reverse("opendata:dataset", args=[dataset.slug])),
        "distribuce": [
            *(_file(entry, publisher, *FILES[kind]) for kind in offered),
            _api(entry, publisher),
        ],
    }
    if entry.first_period:
        record["časové_pokrytí"] = {
            "typ": "Časový interval",
            "začátek": entry.first_period.isoformat(),
            "konec": entry.coverage_end.isoformat(),
        }
    return record


def _contact(name: str, email: str) -> dict:
    return {"typ": "Organizace", "jméno": {"cs": name}, "e-mail": f"mailto:{email}"}


def terms_of_use(author: str) -> dict:
    """The database is licensed CC BY 4.0; it holds no works of authorship and,
    small counts being suppressed, no personal data."""
    return {
        "typ": "Specifikace podmínek užití",
        "autorské_dílo": TERMS + "neobsahuje-autorská-díla/",
        "databáze_jako_autorské_dílo": CC_BY,
        "autor_databáze": {"cs": author},
        "databáze_chráněná_zvláštními_právy": CC_BY,
        "osobní_údaje": TERMS + "neobsahuje-osobní-údaje/",
    }


def _file(entry, publisher, fragment, route, name, file_type, media_type, schema):
    slug = entry.dataset.slug
    url = absolute(reverse(route, args=[slug]))
    distribution = {
        "iri": f"{dataset_iri(slug)}#distribuce-{fragment}",
        "typ": "Distribuce",
        "název": {"cs": f"{entry.dataset.name} ({name})"},
        "podmínky_užití": terms_of_use(_author(entry, publisher)),
        "přístupové_url": url,
        "soubor_ke_stažení": url,
        "formát": EU + "file-type/" + file_type,
        "typ_média": IANA + media_type,
    }
    if schema:
        distribution["schéma"] = absolute(reverse("opendata:csv_metadata", args=[slug]))
    return distribution


def _api(entry, publisher) -> dict:
    slug = entry.dataset.slug
    values = "api:indicator_values" if entry.holds_indicators else "api:observations"
    endpoint = absolute(reverse(values))
    return {
        "iri": f"{dataset_iri(slug)}#distribuce-api",
        "typ": "Distribuce",
        "název": {"cs": f"{entry.dataset.name} (API)"},
        "podmínky_užití": terms_of_use(_author(entry, publisher)),
        "přístupové_url": f"{endpoint}?dataset={slug}",
        "přístupová_služba": {
            "iri": absolute(reverse("api:schema")) + "#sluzba",
            "typ": "Datová služba",
            "název": {"cs": "API otevřených dat portálu Bydlení v krajích"},
            "přístupový_bod": endpoint,
            "popis_přístupového_bodu": absolute(reverse("api:schema")),
        },
    }


def _author(entry: DatasetEntry, publisher: OpenDataSettings) -> str:
    return entry.dataset.publisher or publisher.publisher_name
