"""The demo's region hubs and home page show each region's own territories only.
Read-only, so the module loads the demo once (``shared_demo``)."""

import csv
import html as html_module
import io
import json
import re

import pytest

from monitoring.models import Territory

pytestmark = pytest.mark.django_db


def test_demo_hubs_show_no_orp_of_another_region(shared_demo, client):
    html = client.get("/kraje/jihomoravsky-kraj/").content.decode()
    other_orp = set(
        Territory.objects.filter(kind="orp")
        .exclude(parent__code="CZ064")
        .values_list("name", flat=True)
    ) - set(
        Territory.objects.filter(parent__code="CZ064").values_list("name", flat=True)
    )
    cells = set(re.findall(r'<th scope="row">(?:<a [^>]+>)?([^<]+)', html))
    specs = [
        json.loads(spec)
        for spec in re.findall(
            r'<script id="graf-[^"]+" type="application/json">(.*?)</script>', html
        )
    ]
    csv_names = {
        row[0]
        for url in re.findall(r'href="(/data/tabulka\.csv\?[^"]+)"', html)
        for row in csv.reader(
            io.StringIO(
                client.get(html_module.unescape(url)).content.decode("utf-8-sig")
            ),
            delimiter=";",
        )
    }

    assert {"Brno", "Blansko"} <= cells
    assert not cells & other_orp
    assert not csv_names & other_orp
    assert "Ostrava" not in html and "Benešov" not in html
    map_spec = next(spec for spec in specs if "projection" in spec)
    assert map_spec["data"]["url"] == "/data/hranice/kraj/CZ064.json"


def test_demo_home_has_no_orp_table_and_liberec_hub_agrees_with_its_ladder(
    shared_demo, client
):
    home = client.get("/").content.decode()
    liberec = client.get("/kraje/liberecky-kraj/").content.decode()

    assert home.count('<th scope="row">') < 40  # regions, never 206 ORP
    assert "Ostrava" not in home
    assert "Koordinátor bydlení (ukázkový kontakt)" in liberec
    assert "koordinator-bydleni@liberecky-kraj.example" in liberec
