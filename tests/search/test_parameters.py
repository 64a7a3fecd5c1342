"""Search parameters are parsed once: the page leaves out what it cannot read,
the JSON endpoints refuse it with a Czech message naming the parameter."""

import json

import pytest

pytestmark = pytest.mark.django_db
HOSTILE_STEPS = ["²", "٣x", "99999999999999999999", "-1", "8", "1" * 5000, "\x00"]


@pytest.mark.parametrize("step", HOSTILE_STEPS)
def test_search_page_ignores_a_step_it_cannot_read(client, corpus, step):
    unfiltered = client.get("/hledat/", {"q": "fond"}).context["outcome"]
    response = client.get("/hledat/", {"q": "fond", "krok": step})

    assert response.status_code == 200
    assert response.context["outcome"].filters.step is None
    assert response.context["outcome"].total == unfiltered.total > 0
    assert "v adrese stránky nebylo platné, jsme vynechali" in response.content.decode()


@pytest.mark.parametrize("step", HOSTILE_STEPS)
def test_search_api_refuses_a_step_it_cannot_read(client, corpus, step):
    response = client.get("/hledat/api/", {"q": "fond", "krok": step})

    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")
    assert json.loads(response.content) == {
        "chyba": "Parametr „krok“ musí být celé číslo 0–7."
    }


def test_search_api_refuses_a_nul_byte_in_the_query(client, corpus):
    response = client.get("/hledat/api/", {"q": "fond\x00"})

    assert response.status_code == 400
    assert "„q“" in json.loads(response.content)["chyba"]


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"typ": "nic"}, "typ"),
        ({"kraj": "a b"}, "kraj"),
        ({"zeme": "fin"}, "zeme"),
        ({"strana": "0"}, "strana"),
        ({"strana": "²"}, "strana"),
    ],
)
def test_search_api_names_the_bad_parameter(client, corpus, params, parameter):
    response = client.get("/hledat/api/", {"q": "fond", **params})

    assert response.status_code == 400
    assert f"Parametr „{parameter}“" in json.loads(response.content)["chyba"]


def test_search_api_reads_good_parameters_and_skips_unknown_ones(client, corpus):
    response = client.get(
        "/hledat/api/", {"q": "fond", "krok": "4", "strana": "1", "utm_source": "x"}
    )

    payload = json.loads(response.content)
    assert response.status_code == 200
    assert payload["filters"] == {"krok": "4"}
    assert payload["total"] == 1


def test_suggestions_refuse_a_nul_byte(client, corpus):
    response = client.get("/hledat/napoveda/", {"q": "gar\x00"})

    assert response.status_code == 400
    assert json.loads(response.content)["chyba"].startswith("Parametr „q“")
