import io
import json

import pytest

from monitoring.importers.problems import ImportRefused
from monitoring.rpss.stream import Place, read_services
from tests.monitoring.rpss.samples import RPSS_SAMPLE


def services_of(document) -> list:
    return list(read_services(io.BytesIO(json.dumps(document).encode())))


def test_sample_reads_every_service_with_its_codes_dates_and_capacities():
    with RPSS_SAMPLE.open("rb") as file:
        services = list(read_services(file))

    assert len(services) == 11
    shelter = services[0]
    assert (shelter.portal_id, shelter.type_code) == (1001, 20)
    assert shelter.capacities == {"luzka": 30, "klient": 30}
    assert shelter.facilities[0].place == Place(78, "563889")
    field_programme = services[2]
    assert field_programme.capacities == {"klient": 40, "kontakt": 6}


def test_capacity_of_one_type_is_summed_over_forms_never_across_types():
    with RPSS_SAMPLE.open("rb") as file:
        support = next(s for s in read_services(file) if s.portal_id == 1006)

    assert support.capacities == {"klient": 20}


def test_secret_address_gives_no_place_but_the_provider_keeps_one():
    with RPSS_SAMPLE.open("rb") as file:
        hidden = next(s for s in read_services(file) if s.portal_id == 1004)

    assert hidden.facilities[0].place is None
    assert hidden.provider_place == Place(19, "554782")


def test_names_of_people_are_not_kept():
    with RPSS_SAMPLE.open("rb") as file:
        services = list(read_services(file))

    assert "Ukázková" not in repr(services)
    assert "Ukázková" in RPSS_SAMPLE.read_text(encoding="utf-8")


def test_file_that_is_not_json_is_refused_in_czech():
    with pytest.raises(ImportRefused, match="není platný JSON"):
        list(read_services(io.BytesIO(b'{"polozky": [{"portalId": 1,')))


def test_file_without_polozky_is_refused():
    with pytest.raises(ImportRefused, match="chybí pole „polozky“"):
        services_of({"items": []})


def test_unreadable_service_is_named_by_position_and_portal_id():
    document = {
        "polozky": [
            {"portalId": 5, "datumPoskytovaniOd": "1. 1. 2020"},
            {"portalId": 6, "formy": [{"kapacity": [{"pocet": -3, "typ": None}]}]},
        ]
    }

    with pytest.raises(ImportRefused) as refused:
        services_of(document)

    messages = [str(problem) for problem in refused.value.problems]
    assert messages[0].startswith("služba č. 1 (portalId 5): datumPoskytovaniOd")
    assert len(messages) == 1  # a capacity without a type is skipped, not refused


def test_code_from_another_code_list_is_refused():
    document = {"polozky": [{"portalId": 7, "druhSocialniSluzby": "Kraj/51"}]}

    with pytest.raises(ImportRefused, match="není z číselníku DruhSocialniSluzby"):
        services_of(document)


def test_negative_capacity_is_refused():
    capacity = {"pocet": -3, "typ": {"id": "TypKapacitySocialniSluzby/luzka"}}
    document = {"polozky": [{"portalId": 8, "formy": [{"kapacity": [capacity]}]}]}

    with pytest.raises(ImportRefused, match="kapacita -3"):
        services_of(document)


def test_null_kraj_and_okres_are_read_as_unknown():
    address = {"kraj": None, "okres": None, "obec": {"id": "Obec/554782"}}
    document = {"polozky": [{"portalId": 9, "zarizeni": [{"adresa": address}]}]}

    (service,) = services_of(document)

    assert service.facilities[0].place == Place(None, "554782")


@pytest.mark.parametrize("field", ["formy", "zarizeni"])
def test_list_of_another_shape_is_refused_in_czech(field):
    document = {"polozky": [{"portalId": 10, field: "pobytová"}]}

    with pytest.raises(ImportRefused, match=f"{field} není seznam objektů"):
        services_of(document)
