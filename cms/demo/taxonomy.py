"""Demo topics and countries."""

# (slug, name, description, ladder steps it serves)
TOPICS = [
    ("strategie", "Strategie a koncepce", "Krajské koncepce a strategie bydlení.", [1]),
    (
        "koordinace",
        "Koordinace bydlení",
        "Krajský koordinátor bydlení a spolupráce s obcemi.",
        [2, 3],
    ),
    (
        "garancni-fond",
        "Garanční fond",
        "Záruky pro soukromé pronajímatele, kteří pronajmou byt lidem v bytové nouzi.",
        [4],
    ),
    (
        "housing-first",
        "Housing First",
        "Nejdřív stabilní bydlení s nájemní smlouvou, k němu podpora podle potřeby.",
        [4, 6],
    ),
    (
        "krajsky-majetek",
        "Majetek kraje pro bydlení",
        "Nevyužité krajské budovy a pozemky pro dostupné bydlení.",
        [5],
    ),
    (
        "socialni-prace",
        "Sociální práce",
        "Úvazky sociální práce a služby, které bydlení potřebuje.",
        [6],
    ),
    (
        "data-monitoring",
        "Data a monitoring",
        "Data o bytové nouzi podle ETHOS a jejich udržování.",
        [7],
    ),
]

COUNTRIES = [
    ("CZ", "Česko"),
    ("FI", "Finsko"),
    ("AT", "Rakousko"),
    ("GB", "Spojené království"),
]
