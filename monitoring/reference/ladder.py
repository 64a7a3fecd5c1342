"""The ladder of eight steps from the working group on monitoring social housing at
regional level, with the indicators that show each step."""

from monitoring.models import Indicator, LadderStep

# (number, title, what the region does, evidence, [(indicator code, title)])
STEPS = [
    (
        0,
        "Zájem politiků",
        "Politici kraje se o bydlení zajímají.",
        "Bydlení se objevuje v politických programech a v programovém prohlášení "
        "rady kraje.",
        [("0a", "Bydlení je v politických programech nebo v programovém prohlášení")],
    ),
    (
        1,
        "Bydlení jako téma",
        "Bydlení se v kraji stává tématem.",
        "Krajská koncepce nebo strategie bydlení; výměna dobré praxe mezi kraji "
        "i se zahraničím, například studijní cesty.",
        [
            ("1a", "Kraj má koncepci nebo strategii bydlení"),
            ("1b", "Kraj sdílí dobrou praxi s jinými kraji nebo se zahraničím"),
        ],
    ),
    (
        2,
        "Krajský koordinátor bydlení",
        "Kraj má koordinátora bydlení.",
        "Pozice existuje a má společnou minimální povinnou agendu.",
        [
            ("2a", "Pozice krajského koordinátora bydlení je obsazena"),
            ("2b", "Koordinátor plní společnou minimální povinnou agendu"),
        ],
    ),
    (
        3,
        "Kraj si ujasní své role",
        "Kraj popíše, co v bydlení dělá jako uživatel, provozovatel a investor.",
        "Agenda kraje jako uživatele, provozovatele a investora v bydlení je sepsaná "
        "a plní se.",
        [
            ("3a", "Agenda kraje jako uživatele, provozovatele a investora je sepsaná"),
            ("3b", "Sepsaná agenda se plní"),
        ],
    ),
    (
        4,
        "Garanční fond",
        "Kraj zřídí garanční fond.",
        "Fond existuje a obce ho využívají k nájmu bytů od soukromých pronajímatelů.",
        [
            ("4a", "Garanční fond existuje"),
            ("4b", "Obce fond využívají k nájmu od soukromých pronajímatelů"),
        ],
    ),
    (
        5,
        "Vlastní majetek pro bydlení",
        "Kraj využije svůj majetek pro bydlení.",
        "Nevyužité krajské pozemky a budovy kraj pronajímá, opravuje a pronajímá, nebo "
        "je předává obcím pro dostupné nájemní bydlení.",
        [("5a", "Nevyužitý krajský majetek slouží dostupnému bydlení")],
    ),
    (
        6,
        "Sociální práce k bydlení",
        "Kraj plánuje sociální práci, kterou bydlení potřebuje.",
        "Kraj sleduje, kolik úvazků sociální práce a které služby bydlení potřebuje "
        "a kde.",
        [("6a", "Kraj sleduje potřebné úvazky sociální práce a služby podle území")],
    ),
    (
        7,
        "Datový portál",
        "Kraj má data o bytové nouzi.",
        "Data o bytové nouzi podle typologie ETHOS spravují analytici, vznikají "
        "z běžné agendy, ne jen kvůli sběru, a udržují se napříč pěti- až šestiletými "
        "cykly.",
        [
            ("7a", "Data o bytové nouzi podle ETHOS spravují analytici"),
            ("7b", "Data vznikají z běžné agendy"),
            ("7c", "Data se udržují napříč cykly pěti až šesti let"),
        ],
    ),
]


def load_ladder() -> None:
    for number, title, meaning, evidence, indicators in STEPS:
        step, _ = LadderStep.objects.update_or_create(
            number=number,
            defaults={"title": title, "meaning": meaning, "evidence": evidence},
        )
        for order, (code, indicator_title) in enumerate(indicators):
            Indicator.objects.update_or_create(
                code=code,
                defaults={"step": step, "title": indicator_title, "sort_order": order},
            )
