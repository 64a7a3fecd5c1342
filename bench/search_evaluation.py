"""Search quality over the demo content: realistic Czech queries, each with the
pages that must come first, and the measures (hit@3, mean reciprocal rank).

Queries are typed the way people type them: without diacritics, in other word
forms than the page uses, or with a synonym of the page's wording. A query is a
hit when any of its pages is among the top three organic results (editors'
promotions are left out: they would hide what the ranking does).
"""

from dataclasses import dataclass

KB = "/znalostni-baze/"
REGIONS = "/kraje/"

LABELLED_QUERIES = [
    # the guarantee fund, however it is typed
    ("garanční fond", [f"{REGIONS}kraj-vysocina/garancni-fond-pro-obce/"]),
    ("garancni fond", [f"{REGIONS}kraj-vysocina/garancni-fond-pro-obce/"]),
    ("garančního fondu", [f"{REGIONS}kraj-vysocina/garancni-fond-pro-obce/"]),
    ("garanční fondy pro obce", [f"{REGIONS}kraj-vysocina/garancni-fond-pro-obce/"]),
    ("jak založit garanční fond", [f"{REGIONS}kraj-vysocina/garancni-fond-pro-obce/"]),
    ("ručení pronajímatelům", [f"{REGIONS}kraj-vysocina/garancni-fond-pro-obce/"]),
    ("rucení za najemne", [f"{REGIONS}kraj-vysocina/garancni-fond-pro-obce/"]),
    # the coordinator
    ("koordinátor bydlení", [f"{KB}krajsky-koordinator-bydleni/"]),
    ("koordinator bydleni", [f"{KB}krajsky-koordinator-bydleni/"]),
    ("koordinátorka bydlení", [f"{KB}krajsky-koordinator-bydleni/"]),
    ("náplň práce koordinátora", [f"{KB}krajsky-koordinator-bydleni/"]),
    ("minimální agenda koordinátora", [f"{KB}workshop-agenda-koordinatora/"]),
    (
        "setkávání koordinátorů obcí",
        [f"{REGIONS}liberecky-kraj/setkavani-koordinatoru-obci/"],
    ),
    ("setkani koordinatoru", [f"{REGIONS}liberecky-kraj/setkavani-koordinatoru-obci/"]),
    # homelessness and Housing First
    (
        "housing first",
        [
            f"{KB}finsko-housing-first/",
            f"{REGIONS}plzensky-kraj/plzen-housing-first/",
            f"{KB}viden-housing-first-neunerhaus/",
            f"{KB}skotsko-housing-first-pathfinder/",
        ],
    ),
    ("housing first Finsko", [f"{KB}finsko-housing-first/"]),
    ("bezdomovectví Finsko", [f"{KB}finsko-housing-first/"]),
    ("lidé bez domova Plzeň", [f"{REGIONS}plzensky-kraj/plzen-housing-first/"]),
    ("bezdomovci Vídeň", [f"{KB}viden-housing-first-neunerhaus/"]),
    ("Skotsko pathfinder", [f"{KB}skotsko-housing-first-pathfinder/"]),
    ("skotsko", [f"{KB}skotsko-housing-first-pathfinder/"]),
    (
        "rychlé zabydlení rodin",
        [f"{REGIONS}jihomoravsky-kraj/brno-rychle-zabydleni-rodin/"],
    ),
    (
        "rychle zabydleni Brno",
        [f"{REGIONS}jihomoravsky-kraj/brno-rychle-zabydleni-rodin/"],
    ),
    (
        "rodiny s dětmi z azylových domů",
        [f"{REGIONS}jihomoravsky-kraj/brno-rychle-zabydleni-rodin/"],
    ),
    # strategies
    (
        "koncepce sociálního bydlení Liberec",
        [f"{REGIONS}liberecky-kraj/koncepce-socialniho-bydleni-2022-2027/"],
    ),
    (
        "liberecka koncepce bydleni",
        [f"{REGIONS}liberecky-kraj/koncepce-socialniho-bydleni-2022-2027/"],
    ),
    (
        "strategie Moravskoslezského kraje",
        [f"{REGIONS}moravskoslezsky-kraj/strategie-bydleni/"],
    ),
    (
        "prevence ztráty bydlení",
        [
            f"{REGIONS}ustecky-kraj/strategie-prevence-ztraty-bydleni/",
            f"{REGIONS}moravskoslezsky-kraj/strategie-bydleni/",
        ],
    ),
    ("vystěhování", [f"{REGIONS}ustecky-kraj/strategie-prevence-ztraty-bydleni/"]),
    ("koncepce bydleni Praha", [f"{REGIONS}hlavni-mesto-praha/koncepce-bydleni/"]),
    ("Vysočina koncepce 2016", [f"{REGIONS}kraj-vysocina/koncepce-bydleni-2016-2020/"]),
    (
        "jihomoravská koncepce",
        [f"{REGIONS}jihomoravsky-kraj/koncepce-socialniho-bydleni/"],
    ),
    # property, funding, municipal flats
    ("startovací byty", [f"{REGIONS}ustecky-kraj/budova-skoly-startovaci-byty/"]),
    (
        "startovaci byt pro mlade",
        [f"{REGIONS}ustecky-kraj/budova-skoly-startovaci-byty/"],
    ),
    (
        "nevyužitá budova školy",
        [f"{REGIONS}ustecky-kraj/budova-skoly-startovaci-byty/"],
    ),
    (
        "dotační program",
        [f"{REGIONS}moravskoslezsky-kraj/dotacni-program-socialni-bydleni/"],
    ),
    (
        "dotace na sociální práci",
        [f"{REGIONS}moravskoslezsky-kraj/dotacni-program-socialni-bydleni/"],
    ),
    ("obecní byty Vídeň", [f"{KB}viden-obecni-byty/"]),
    ("obecni byty viden", [f"{KB}viden-obecni-byty/"]),
    ("kontaktní místo", [f"{REGIONS}hlavni-mesto-praha/kontaktni-misto-pro-bydleni/"]),
    # data, ETHOS, exchange
    (
        "data o bytové nouzi",
        [
            f"{KB}konference-data-bytova-nouze/",
            f"{REGIONS}olomoucky-kraj/data-z-evidence-obci/",
        ],
    ),
    ("ETHOS", [f"{KB}konference-data-bytova-nouze/"]),
    ("evidence žadatelů o byt", [f"{REGIONS}olomoucky-kraj/data-z-evidence-obci/"]),
    ("studijní cesta Vídeň", [f"{KB}studijni-cesta-viden/"]),
    ("studijni navsteva", [f"{KB}studijni-cesta-viden/"]),
    (
        "výměna zkušeností",
        [
            f"{KB}studijni-cesta-viden/",
            f"{KB}workshop-agenda-koordinatora/",
            f"{KB}konference-data-bytova-nouze/",
        ],
    ),
    # region hubs
    ("Liberecký kraj", [f"{REGIONS}liberecky-kraj/"]),
    ("zlinsky kraj", [f"{REGIONS}zlinsky-kraj/"]),
]


@dataclass(frozen=True)
class Quality:
    queries: int
    hit_at_3: float
    mean_reciprocal_rank: float
    misses: list[tuple[str, list[str]]]  # query and the top three it got


def evaluate(client, queries=LABELLED_QUERIES) -> Quality:
    """Asks the JSON endpoint each query through Django's test ``client``."""
    hits, reciprocal_ranks, misses = 0, [], []
    for query, expected in queries:
        results = client.get("/hledat/api/", {"q": query}).json()["results"]
        urls = [result["url"] for result in results]
        rank = next((i + 1 for i, url in enumerate(urls) if url in expected), None)
        reciprocal_ranks.append(1 / rank if rank else 0.0)
        if rank and rank <= 3:
            hits += 1
        else:
            misses.append((query, urls[:3]))
    return Quality(
        queries=len(queries),
        hit_at_3=hits / len(queries),
        mean_reciprocal_rank=sum(reciprocal_ranks) / len(queries),
        misses=misses,
    )
