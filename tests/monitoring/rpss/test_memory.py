"""The register's file (about 100 MB) is read in bounded memory: a generated file
of that size, in the register's structure, is counted in a separate process whose
peak resident memory must grow far less than the file's size (json.load would need
several times the file). Slow (tens of seconds): ``-m "not slow"`` skips it."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

FILE_BYTES = 100 * 1024 * 1024
ALLOWED_GROWTH_BYTES = 40 * 1024 * 1024
REGIONS = [19, 27, 35, 43, 51, 60, 78, 86, 94, 108, 116, 124, 132, 141]
MEASURE = """
import datetime, json, resource, sys
from monitoring.rpss.aggregation import Gazetteer, aggregate
from monitoring.rpss.stream import read_services

before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
with open(sys.argv[1], "rb") as file:
    result = aggregate(
        read_services(file),
        on=datetime.date(2026, 6, 30),
        housing_types=frozenset({20}),
        gazetteer=Gazetteer({int(k): v for k, v in json.loads(sys.argv[2]).items()}),
    )
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"growth_kib": after - before, "read": result.services_read,
                  "counted": result.totals["CZ"].services}))
"""


def service(portal_id: int) -> str:
    """One service as the register writes it, padded with the long texts real
    records carry (capacity notes, document links)."""
    region = REGIONS[portal_id % len(REGIONS)]
    address = {
        "kraj": {"id": f"Kraj/{region}"},
        "okres": None,
        "obec": {"id": "Obec/554782"},
        "ulice": {"nazev": "Ukázková"},
    }
    item = {
        "portalId": portal_id,
        "datumPoskytovaniOd": "2015-01-01",
        "datumPoskytovaniDo": None,
        "druhSocialniSluzby": {"id": f"DruhSocialniSluzby/{20 + portal_id % 3}"},
        "zarizeni": [
            {"nazev": f"Zařízení {n}", "poskytujeOd": "2015-01-01", "adresa": address}
            for n in range(5)
        ],
        "poskytovatel": {"ico": "00000001", "nazev": "Ukázka", "adresa": address},
        "formy": [
            {
                "forma": {"id": "FormaSocialniSluzby/pob"},
                "kapacity": [
                    {
                        "pocet": 10,
                        "typ": {"id": "TypKapacitySocialniSluzby/luzka"},
                        "popis": "Maximální kapacita lůžek s účinností od data. " * 40,
                    }
                ],
            }
        ],
        "doplnkoveUdaje": {
            "realizacePoskytovani": [
                {"priloha": {"url": f"https://example.org/dokument/{portal_id}/{n}"}}
                for n in range(60)
            ]
        },
    }
    return json.dumps(item, ensure_ascii=False)


def write_register(path: Path) -> int:
    """Writes services until the file passes FILE_BYTES; returns how many."""
    written = count = 0
    with path.open("w", encoding="utf-8") as file:
        file.write('{"polozky": [')
        while written < FILE_BYTES:
            text = ("," if count else "") + service(count + 1)
            file.write(text)
            written += len(text.encode())
            count += 1
        file.write("]}")
    return count


@pytest.mark.slow
def test_100_mb_register_is_counted_in_bounded_memory(tmp_path):
    path = tmp_path / "rpss.json"
    services = write_register(path)
    assert path.stat().st_size >= FILE_BYTES

    regions = {str(code): f"R{code}" for code in REGIONS}
    output = subprocess.run(  # noqa: S603 (our own interpreter and script)
        [sys.executable, "-c", MEASURE, str(path), json.dumps(regions)],
        capture_output=True,
        check=True,
        text=True,
        cwd=Path(__file__).resolve().parents[3],
    ).stdout
    measured = json.loads(output)

    assert measured["read"] == services
    assert measured["counted"] == services // 3  # every third is an azylový dům
    print(f"peak RSS grew by {measured['growth_kib'] // 1024} MiB")  # noqa: T201
    assert measured["growth_kib"] * 1024 < ALLOWED_GROWTH_BYTES
