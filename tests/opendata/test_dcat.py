"""DCAT-AP-CZ records of the catalogue and every dataset: every required field
and every code-list pattern of the 2024-05-28 specification (DCAT.md)."""

import re
from urllib.parse import urlsplit

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Site

from monitoring.models import Dataset, Region
from opendata.models import OpenDataSettings
from opendata.ruian import VUSC_CODES

pytestmark = pytest.mark.django_db
BASE = "https://bydleni.example.cz"
CONTEXT = (
    "https://ofn.gov.cz/dcat-ap-cz-rozhraní-katalogů-otevřených-dat/2024-05-28/"
    "kontexty/rozhraní-katalogů-otevřených-dat.jsonld"
)
HTTPS_IRI = re.compile(r"^https://\S{8,}$")
PATTERNS = {
    "téma": r"^http://publications\.europa\.eu/resource/authority/data-theme/[A-Z]+$",
    "periodicita": r"^http://publications\.europa\.eu/resource/authority/frequency/"
    r"[A-Z_0-9]+$",
    "prvek_rúian": r"^https://linked\.cuzk\.cz/resource/ruian/(stat/1|vusc/\d+)$",
    "formát": r"^http://publications\.europa\.eu/resource/authority/file-type/[A-Z]+$",
    "typ_média": r"^http://www\.iana\.org/assignments/media-types/[a-z]+/[\w.+-]+$",
    "poskytovatel": r"^https://rpp-opendata\.egon\.gov\.cz/odrpp/zdroj/"
    r"orgán-veřejné-moci/\d{8}$",
    "e-mail": r"^mailto:[^@\s]+@[^@\s]+$",
}
TERMS = {
    "https://creativecommons.org/licenses/by/4.0/",
    "https://data.gov.cz/podmínky-užití/neobsahuje-autorská-díla/",
    "https://data.gov.cz/podmínky-užití/není-autorskoprávně-chráněnou-databází/",
    "https://data.gov.cz/podmínky-užití/není-chráněna-zvláštním-právem-pořizovatele-"
    "databáze/",
    "https://data.gov.cz/podmínky-užití/neobsahuje-osobní-údaje/",
    "https://data.gov.cz/podmínky-užití/obsahuje-osobní-údaje/",
}


@pytest.fixture
def catalogue(liberec_data, publisher):
    Dataset.objects.create(name="Celostátní sčítání", update_frequency="ANNUAL")
    return publisher


def get_record(client, iri: str) -> dict:
    """The JSON-LD at an IRI of this site."""
    assert iri.startswith(BASE + "/"), iri
    response = client.get(urlsplit(iri).path)
    assert response.status_code == 200, iri
    assert response["Content-Type"] == "application/ld+json"
    return response.json()


def cs_text(value) -> str:
    assert set(value) == {"cs"} and value["cs"].strip()
    return value["cs"]


def check_contact(contact: dict):
    assert contact["typ"] == "Organizace"
    cs_text(contact["jméno"])
    assert re.match(PATTERNS["e-mail"], contact["e-mail"])


def test_catalogue_has_every_required_field(client, catalogue):
    record = get_record(client, BASE + "/data/katalog.jsonld")

    assert record["@context"] == CONTEXT
    assert record["iri"] == BASE + "/data/katalog.jsonld"
    assert record["typ"] == "Katalog"
    assert cs_text(record["název"]) == catalogue.catalogue_title
    cs_text(record["popis"])
    assert record["poskytovatel"] == (
        "https://rpp-opendata.egon.gov.cz/odrpp/zdroj/orgán-veřejné-moci/12345678"
    )
    assert re.match(PATTERNS["poskytovatel"], record["poskytovatel"])
    check_contact(record["kontaktní_bod"])
    assert record["domovská_stránka"] == BASE + "/data/"
    assert sorted(record["datová_sada"]) == [
        BASE + "/data/celostatni-scitani/dataset.jsonld",
        BASE + "/data/scitani-v-libereckem-kraji/dataset.jsonld",
    ]


def check_terms(terms: dict):
    assert terms["typ"] == "Specifikace podmínek užití"
    parts = (
        "autorské_dílo",
        "databáze_jako_autorské_dílo",
        "databáze_chráněná_zvláštními_právy",
        "osobní_údaje",
    )
    for part in parts:
        assert terms[part] in TERMS, part
    cc_by = "https://creativecommons.org/licenses/by/4.0/"
    assert terms["databáze_jako_autorské_dílo"] == cc_by  # CC BY 4.0 by default
    cs_text(terms["autor_databáze"])  # CC BY names its author
    if terms["autorské_dílo"] == cc_by:
        cs_text(terms["autor"])


def check_dataset(client, record: dict, iri: str):
    assert record["@context"] == CONTEXT
    assert record["iri"] == iri and HTTPS_IRI.match(iri)
    assert record["typ"] == "Datová sada"
    cs_text(record["název"])
    cs_text(record["popis"])
    assert re.match(PATTERNS["poskytovatel"], record["poskytovatel"])
    assert record["téma"] and all(re.match(PATTERNS["téma"], t) for t in record["téma"])
    assert re.match(PATTERNS["periodicita"], record["periodicita_aktualizace"])
    keywords = record["klíčové_slovo"]
    assert set(keywords) == {"cs"} and keywords["cs"]
    assert all(word.strip() for word in keywords["cs"])
    assert record["prvek_rúian"]
    assert all(re.match(PATTERNS["prvek_rúian"], p) for p in record["prvek_rúian"])
    check_contact(record["kontaktní_bod"])
    assert client.get(urlsplit(record["dokumentace"]).path).status_code == 200
    distributions = record["distribuce"]
    assert distributions
    for distribution in distributions:
        assert HTTPS_IRI.match(distribution["iri"])  # no blank nodes
        assert distribution["typ"] == "Distribuce"
        check_terms(distribution["podmínky_užití"])
        assert HTTPS_IRI.match(distribution["přístupové_url"])
        if "přístupová_služba" in distribution:
            service = distribution["přístupová_služba"]
            assert service["typ"] == "Datová služba"
            assert HTTPS_IRI.match(service["iri"])
            cs_text(service["název"])
            assert HTTPS_IRI.match(service["přístupový_bod"])
            assert "formát" not in distribution  # a service, not a file
            continue
        assert HTTPS_IRI.match(distribution["soubor_ke_stažení"])
        assert re.match(PATTERNS["formát"], distribution["formát"])
        assert re.match(PATTERNS["typ_média"], distribution["typ_média"])
        download = client.get(urlsplit(distribution["soubor_ke_stažení"]).path)
        assert download.status_code == 200
        assert download["Content-Type"].split(";")[0] == (
            distribution["typ_média"].removeprefix(
                "http://www.iana.org/assignments/media-types/"
            )
        )
    return {d["formát"].rsplit("/", 1)[-1]: d for d in distributions if "formát" in d}


def test_every_dataset_record_has_every_required_field(client, catalogue):
    catalogue_record = get_record(client, BASE + "/data/katalog.jsonld")

    for iri in catalogue_record["datová_sada"]:
        check_dataset(client, get_record(client, iri), iri)


def test_dataset_record_describes_the_regional_dataset(client, catalogue):
    iri = BASE + "/data/scitani-v-libereckem-kraji/dataset.jsonld"
    record = get_record(client, iri)
    files = check_dataset(client, record, iri)

    assert record["název"] == {"cs": "Sčítání v Libereckém kraji"}
    assert record["téma"] == [
        "http://publications.europa.eu/resource/authority/data-theme/SOCI"
    ]
    assert record["periodicita_aktualizace"] == (
        "http://publications.europa.eu/resource/authority/frequency/ANNUAL"
    )
    assert record["klíčové_slovo"] == {"cs": ["bezdomovectví", "bytová nouze"]}
    assert record["prvek_rúian"] == ["https://linked.cuzk.cz/resource/ruian/vusc/78"]
    assert record["časové_pokrytí"] == {
        "typ": "Časový interval",
        "začátek": "2022-01-01",
        "konec": "2023-12-31",
    }
    assert record["kontaktní_bod"] == {
        "typ": "Organizace",
        "jméno": {"cs": "Odbor sociálních věcí"},
        "e-mail": "mailto:data@kraj-lbc.cz",
    }
    assert set(files) == {"CSV", "XLSX", "ZIP"}
    csv = files["CSV"]
    assert csv["soubor_ke_stažení"] == (
        BASE + "/data/scitani-v-libereckem-kraji/data.csv"
    )
    assert csv["typ_média"] == "http://www.iana.org/assignments/media-types/text/csv"
    assert csv["schéma"] == (
        BASE + "/data/scitani-v-libereckem-kraji/data.csv-metadata.json"
    )
    schema = client.get(urlsplit(csv["schéma"]).path)
    assert schema["Content-Type"] == "application/csvm+json"
    assert csv["podmínky_užití"]["autor_databáze"] == {"cs": "Liberecký kraj"}
    api = next(d for d in record["distribuce"] if "přístupová_služba" in d)
    assert api["přístupové_url"] == (
        BASE + "/api/v1/observations/?dataset=scitani-v-libereckem-kraji"
    )
    assert api["přístupová_služba"]["popis_přístupového_bodu"] == (
        BASE + "/api/v1/openapi.json"
    )


def test_national_dataset_without_figures_falls_back_sensibly(client, catalogue):
    record = get_record(client, BASE + "/data/celostatni-scitani/dataset.jsonld")

    assert record["prvek_rúian"] == ["https://linked.cuzk.cz/resource/ruian/stat/1"]
    assert "časové_pokrytí" not in record  # no figures, no coverage to claim
    assert record["klíčové_slovo"] == {"cs": ["bytová nouze", "ETHOS"]}
    assert record["kontaktní_bod"] == {
        "typ": "Organizace",
        "jméno": {"cs": "Krajský úřad"},
        "e-mail": "mailto:data@kraj.example.cz",
    }


def test_every_region_has_its_ruian_code(client, catalogue, reference_data):
    assert set(VUSC_CODES) == set(Region.objects.values_list("code", flat=True))
    assert len(set(VUSC_CODES.values())) == 14


def test_records_are_withheld_until_the_publisher_is_filled_in(
    client, liberec_data, home_page
):
    for url in (
        "/data/katalog.jsonld",
        "/data/scitani-v-libereckem-kraji/dataset.jsonld",
    ):
        response = client.get(url)
        assert response.status_code == 503
        assert "Nastavení → Otevřená data" in response.content.decode()


def test_records_refuse_parameters_and_answer_304(client, catalogue):
    assert client.get("/data/katalog.jsonld", {"x": "1"}).status_code == 400
    assert client.get("/data/neni-takova/dataset.jsonld").status_code == 404
    first = client.get("/data/katalog.jsonld")
    again = client.get("/data/katalog.jsonld", headers={"if-none-match": first["ETag"]})
    assert again.status_code == 304


def test_publisher_setting_has_czech_labels_and_checks_the_ico():
    fields = {field.name: field for field in OpenDataSettings._meta.fields}

    assert fields["publisher_ico"].verbose_name == "IČO poskytovatele"
    assert fields["publisher_name"].verbose_name == "Název poskytovatele"
    assert fields["contact_email"].verbose_name == "E-mail pro dotazy k datům"
    assert OpenDataSettings._meta.verbose_name == "Otevřená data"
    with pytest.raises(ValidationError, match=r"IČO má osm číslic\."):
        fields["publisher_ico"].run_validators("1234567")


def test_editor_fills_the_publisher_in_the_admin(admin_client, home_page):
    site = Site.objects.get(is_default_site=True)
    url = f"/admin/settings/opendata/opendatasettings/{site.pk}/"
    page = admin_client.get(url)
    assert page.status_code == 200
    assert "IČO poskytovatele" in page.content.decode()

    response = admin_client.post(
        url,
        {
            "publisher_ico": "1234",
            "publisher_name": "Kraj",
            "contact_email": "data@kraj.cz",
            "catalogue_title": "Katalog",
            "catalogue_description": "Popis",
        },
    )
    assert "IČO má osm číslic." in response.content.decode()
    admin_client.post(
        url,
        {
            "publisher_ico": "12345678",
            "publisher_name": "Kraj",
            "contact_email": "data@kraj.cz",
            "catalogue_title": "Katalog",
            "catalogue_description": "Popis",
        },
    )
    assert OpenDataSettings.for_site(site).publisher_ico == "12345678"
