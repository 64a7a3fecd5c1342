"""The shipped illustrative samples and the gazetteer they need, for the tests."""

from pathlib import Path

from monitoring.rpss.aggregation import Gazetteer

SAMPLES = Path(__file__).resolve().parents[3] / "monitoring" / "data" / "rpss"
RPSS_SAMPLE = SAMPLES / "rpss_ukazka.json"
ORP_LINKS_SAMPLE = SAMPLES / "vazba_obec_orp_ukazka.csv"
HOUSING = frozenset({7, 20, 21, 26, 32})
REGIONS = {19: "CZ010", 51: "CZ041", 60: "CZ042", 78: "CZ051"}
ORP_OF_MUNICIPALITY = {
    "554782": "1000",
    "554499": "4101",
    "554961": "4103",
    "562335": "4202",
    "554804": "4214",
    "563510": "5103",
    "563889": "5105",
}
REGION_OF_ORP = {
    "1000": "CZ010",
    "4101": "CZ041",
    "4103": "CZ041",
    "4202": "CZ042",
    "4214": "CZ042",
    "5103": "CZ051",
    "5105": "CZ051",
}
REGIONS_ONLY = Gazetteer(REGIONS)
WITH_ORP = Gazetteer(REGIONS, ORP_OF_MUNICIPALITY, REGION_OF_ORP)
