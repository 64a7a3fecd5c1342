"""The ETHOS typology and ETHOS Light.

Source: FEANTSA, ETHOS – European Typology of Homelessness and Housing Exclusion
(2005, revised 2017) and ETHOS Light (2007, revised 2017), feantsa.org. English names
follow FEANTSA's published tables; the Czech names are our translation.
"""

from monitoring.models import EthosCategory, EthosLevel

# (code, Czech name, English name)
CONCEPTS = [
    ("roofless", "Bez střechy", "Roofless"),
    ("houseless", "Bez bytu", "Houseless"),
    ("insecure", "Nejisté bydlení", "Insecure housing"),
    ("inadequate", "Nevyhovující bydlení", "Inadequate housing"),
]

# (code, concept, Czech name, English name, living situations)
CATEGORIES = [
    (
        "1",
        "roofless",
        "Osoby přežívající venku",
        "People living rough",
        [
            ("1.1", "Veřejný nebo venkovní prostor", "Public space or external space"),
        ],
    ),
    (
        "2",
        "roofless",
        "Osoby v noclehárnách",
        "People in emergency accommodation",
        [
            ("2.1", "Noclehárna", "Night shelter"),
        ],
    ),
    (
        "3",
        "houseless",
        "Osoby v ubytovnách pro lidi bez domova",
        "People in accommodation for the homeless",
        [
            ("3.1", "Ubytovna pro lidi bez domova", "Homeless hostel"),
            ("3.2", "Přechodné ubytování", "Temporary accommodation"),
            (
                "3.3",
                "Přechodné podporované ubytování",
                "Transitional supported accommodation",
            ),
        ],
    ),
    (
        "4",
        "houseless",
        "Osoby v azylových domech pro ženy",
        "People in women's shelters",
        [
            ("4.1", "Azylový dům pro ženy", "Women's shelter accommodation"),
        ],
    ),
    (
        "5",
        "houseless",
        "Osoby v ubytování pro imigranty",
        "People in accommodation for immigrants",
        [
            (
                "5.1",
                "Přechodné ubytování nebo přijímací střediska",
                "Temporary accommodation / reception centres",
            ),
            (
                "5.2",
                "Ubytování pro pracovní migranty",
                "Migrant workers' accommodation",
            ),
        ],
    ),
    (
        "6",
        "houseless",
        "Osoby před opuštěním instituce",
        "People due to be released from institutions",
        [
            ("6.1", "Vězeňská zařízení", "Penal institutions"),
            ("6.2", "Zdravotnická zařízení", "Medical institutions"),
            (
                "6.3",
                "Dětské domovy a ústavy pro děti",
                "Children's institutions / homes",
            ),
        ],
    ),
    (
        "7",
        "houseless",
        "Uživatelé dlouhodobé podpory (z důvodu bezdomovectví)",
        "People receiving longer-term support (due to homelessness)",
        [
            (
                "7.1",
                "Pobytová péče pro starší lidi bez domova",
                "Residential care for older homeless people",
            ),
            (
                "7.2",
                "Podporované bydlení pro dříve bezdomovce",
                "Supported accommodation for formerly homeless people",
            ),
        ],
    ),
    (
        "8",
        "insecure",
        "Osoby v nejistém bydlení",
        "People living in insecure accommodation",
        [
            (
                "8.1",
                "Dočasně u příbuzných nebo přátel",
                "Temporarily with family or friends",
            ),
            ("8.2", "Bez právního nároku na (pod)nájem", "No legal (sub)tenancy"),
            ("8.3", "Nezákonné obsazení pozemku", "Illegal occupation of land"),
        ],
    ),
    (
        "9",
        "insecure",
        "Osoby ohrožené vystěhováním",
        "People living under threat of eviction",
        [
            (
                "9.1",
                "Pravomocné rozhodnutí o vystěhování (nájem)",
                "Legal orders enforced (rented housing)",
            ),
            (
                "9.2",
                "Rozhodnutí o zpětném převzetí (vlastní bydlení)",
                "Repossession orders (owned housing)",
            ),
        ],
    ),
    (
        "10",
        "insecure",
        "Osoby ohrožené násilím",
        "People living under threat of violence",
        [
            ("10.1", "Případy zaznamenané policií", "Police-recorded incidents"),
        ],
    ),
    (
        "11",
        "inadequate",
        "Osoby v dočasných a neobvyklých stavbách",
        "People living in temporary / non-conventional structures",
        [
            ("11.1", "Mobilní obydlí", "Mobile homes"),
            ("11.2", "Neobvyklá stavba", "Non-conventional building"),
            ("11.3", "Dočasná stavba", "Temporary structure"),
        ],
    ),
    (
        "12",
        "inadequate",
        "Osoby v nevhodném bydlení",
        "People living in unfit housing",
        [
            (
                "12.1",
                "Obývaný byt nezpůsobilý k bydlení",
                "Occupied dwelling unfit for habitation",
            ),
        ],
    ),
    (
        "13",
        "inadequate",
        "Osoby v extrémně přelidněném bydlení",
        "People living in extreme overcrowding",
        [
            (
                "13.1",
                "Nejvyšší národní norma přelidnění",
                "Highest national norm of overcrowding",
            ),
        ],
    ),
]

# (code, Czech name, English name, corresponding ETHOS operational categories)
LIGHT = [
    ("L1", "Osoby přežívající venku", "People living rough", ["1"]),
    ("L2", "Osoby v nouzovém ubytování", "People in emergency accommodation", ["2"]),
    (
        "L3",
        "Osoby v ubytování pro lidi bez domova",
        "People living in accommodation for the homeless",
        ["3", "4"],
    ),
    (
        "L4",
        "Osoby v institucích (před propuštěním bez domova)",
        "People living in institutions",
        ["6"],
    ),
    (
        "L5",
        "Osoby v neobvyklých obydlích kvůli nedostatku bydlení",
        "People living in non-conventional dwellings due to lack of housing",
        ["11"],
    ),
    (
        "L6",
        "Lidé bez domova dočasně u příbuzných nebo přátel",
        "Homeless people living temporarily in conventional housing with family and "
        "friends",
        ["8"],
    ),
]


def _upsert(code, level, name_cs, name_en, order, parent=None) -> EthosCategory:
    category, _ = EthosCategory.objects.update_or_create(
        code=code,
        defaults={
            "level": level,
            "name_cs": name_cs,
            "name_en": name_en,
            "parent": parent,
            "sort_order": order,
        },
    )
    return category


def load_ethos() -> None:
    order = 0
    concepts = {}
    for code, name_cs, name_en in CONCEPTS:
        order += 1
        concepts[code] = _upsert(code, EthosLevel.CONCEPT, name_cs, name_en, order)
    categories = {}
    for code, concept, name_cs, name_en, situations in CATEGORIES:
        order += 1
        categories[code] = _upsert(
            code, EthosLevel.CATEGORY, name_cs, name_en, order, concepts[concept]
        )
        for situation_code, situation_cs, situation_en in situations:
            order += 1
            _upsert(
                situation_code,
                EthosLevel.SITUATION,
                situation_cs,
                situation_en,
                order,
                categories[code],
            )
    for code, name_cs, name_en, equivalents in LIGHT:
        order += 1
        light = _upsert(code, EthosLevel.LIGHT, name_cs, name_en, order)
        light.corresponds_to.set([categories[c] for c in equivalents])
