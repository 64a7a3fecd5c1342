"""Data indicators the portal ships: figures that arise from a region's agenda and
from national registers, each able to prove a ladder indicator (steps 4–6)."""

from monitoring.models import DataIndicator, Indicator

# (code, name, unit, decimal places, ladder indicator code, description)
DATA_INDICATORS = [
    (
        "garancni_fond_obce",
        "Obce, které využily garanční fond kraje",
        "obce",
        0,
        "4b",
        "Počet obcí, pro které kraj v daném období převzal záruku z garančního fondu "
        "za nájem bytu od soukromého pronajímatele.",
    ),
    (
        "garancni_fond_zaruky",
        "Záruky vydané z garančního fondu kraje",
        "záruky",
        0,
        "4b",
        "Počet záruk, které kraj v daném období z garančního fondu vydal.",
    ),
    (
        "majetek_byty_dostupne_bydleni",
        "Byty v krajském majetku pro dostupné bydlení",
        "byty",
        0,
        "5a",
        "Počet bytů v krajském majetku, které kraj pronajímá (i po opravě) nebo "
        "předal obcím pro dostupné nájemní bydlení.",
    ),
    (
        "socialni_prace_uvazky_potreba",
        "Potřebné úvazky sociální práce k bydlení",
        "úvazky",
        2,
        "6a",
        "Úvazky sociální práce, které kraj plánuje jako potřebné pro bydlení, "
        "podle ORP.",
    ),
    (
        "socialni_prace_uvazky_skutecnost",
        "Financované úvazky sociální práce k bydlení",
        "úvazky",
        2,
        "6a",
        "Úvazky sociální práce k bydlení, které jsou skutečně financované, podle ORP.",
    ),
    (
        "socialni_sluzby_bydleni_pocet",
        "Sociální služby související s bydlením",
        "služby",
        0,
        "6a",
        "Počet působících sociálních služeb souvisejících s bydlením (azylové domy, "
        "noclehárny, domy na půl cesty, podpora samostatného bydlení, terénní "
        "programy) podle Registru poskytovatelů sociálních služeb MPSV.",
    ),
    (
        "socialni_sluzby_bydleni_luzka",
        "Lůžka sociálních služeb souvisejících s bydlením",
        "lůžka",
        0,
        "6a",
        "Počet lůžek působících sociálních služeb souvisejících s bydlením podle "
        "Registru poskytovatelů sociálních služeb MPSV.",
    ),
    (
        "socialni_sluzby_bydleni_klienti",
        "Kapacita sociálních služeb souvisejících s bydlením",
        "klienti",
        0,
        "6a",
        "Počet klientů, které působící sociální služby související s bydlením "
        "mohou najednou přijmout, podle Registru poskytovatelů sociálních služeb "
        "MPSV.",
    ),
]


def load_data_indicators() -> None:
    """Creates or updates the shipped data indicators; runs after the ladder."""
    ladder = {indicator.code: indicator for indicator in Indicator.objects.all()}
    for order, (code, name, unit, places, ladder_code, description) in enumerate(
        DATA_INDICATORS
    ):
        DataIndicator.objects.update_or_create(
            code=code,
            defaults={
                "name": name,
                "unit": unit,
                "decimal_places": places,
                "ladder_indicator": ladder.get(ladder_code),
                "description": description,
                "sort_order": order,
            },
        )
