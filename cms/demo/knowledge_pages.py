"""Czech demo pages of the knowledge base.

Pages marked ``illustrative`` show how the portal works and say so on the page.
Facts from public sources name the source in the text or in a result figure.
"""

import datetime

D = datetime.date


def paragraph(*texts: str) -> list[dict]:
    return [{"type": "paragraph", "value": "".join(f"<p>{t}</p>" for t in texts)}]


STRATEGIES = [
    {
        "region": "CZ051",
        "title": "Koncepce sociálního bydlení Libereckého kraje 2022–2027",
        "slug": "koncepce-socialniho-bydleni-2022-2027",
        "summary": "Jak chce kraj s obcemi snížit počet lidí v bytové nouzi a koho "
        "k tomu potřebuje.",
        "date": D(2022, 3, 29),
        "status": "adopted",
        "adopted_on": D(2022, 3, 29),
        "valid_from": 2022,
        "valid_to": 2027,
        "roles": ["user", "operator"],
        "topics": ["strategie", "koordinace"],
        "steps": [1, 2, 3],
        "programme": ("Programové prohlášení Rady Libereckého kraje (ukázka)", 2020),
        "programme_url": "https://www.kraj-lbc.cz/",
        "body": paragraph(
            "Koncepce popisuje, kolik lidí v kraji žije v bytové nouzi, kde jsou a "
            "jaké služby potřebují.",
            "Kraj se zavazuje zřídit pozici koordinátora bydlení, vést jednou ročně "
            "setkání obcí s rozšířenou působností a sledovat data podle ETHOS.",
        ),
    },
    {
        "region": "CZ080",
        "title": "Strategie bydlení Moravskoslezského kraje",
        "slug": "strategie-bydleni",
        "summary": "Strategie pro kraj s nejvyšším počtem lidí bez domova: "
        "prevence ztráty bydlení a podpora obcím.",
        "date": D(2021, 6, 17),
        "status": "adopted",
        "adopted_on": D(2021, 6, 17),
        "valid_from": 2021,
        "valid_to": 2026,
        "roles": ["user", "operator", "investor"],
        "topics": ["strategie", "housing-first"],
        "steps": [1, 3],
        "body": paragraph(
            "Strategie staví na prevenci: včasná pomoc domácnostem s dluhy na "
            "nájemném je levnější než noclehárna.",
            "Kraj podporuje obce, které zavádějí sociální bydlení, metodicky i "
            "z vlastního dotačního programu.",
        ),
    },
    {
        "region": "CZ010",
        "title": "Koncepce bydlení hlavního města Prahy",
        "slug": "koncepce-bydleni",
        "summary": "Dostupné bydlení pro zaměstnance veřejných služeb, sociální "
        "bydlení a obecní byty v jednom dokumentu.",
        "date": D(2020, 5, 21),
        "status": "adopted",
        "adopted_on": D(2020, 5, 21),
        "valid_from": 2020,
        "valid_to": 2030,
        "roles": ["operator", "investor"],
        "topics": ["strategie", "krajsky-majetek"],
        "steps": [1, 5],
        "body": paragraph(
            "Praha je kraj i obec zároveň, a proto může stavět a pronajímat vlastní "
            "byty přímo.",
            "Koncepce počítá s výstavbou nových obecních bytů a s lepším využitím "
            "stávajícího bytového fondu.",
        ),
    },
    {
        "region": "CZ064",
        "title": "Koncepce sociálního bydlení Jihomoravského kraje",
        "slug": "koncepce-socialniho-bydleni",
        "summary": "Koncepce v přípravě: kraj sbírá data od obcí a připravuje "
        "garanční fond.",
        "date": D(2024, 9, 1),
        "status": "preparation",
        "valid_from": 2025,
        "valid_to": 2030,
        "roles": ["user"],
        "topics": ["strategie", "garancni-fond", "data-monitoring"],
        "steps": [1, 4, 7],
        "body": paragraph(
            "Pracovní skupina kraje a obcí připravuje analýzu bytové nouze podle "
            "typologie ETHOS.",
            "Součástí návrhu je garanční fond pro obce, které chtějí pronajímat "
            "byty od soukromých majitelů.",
        ),
    },
    {
        "region": "CZ042",
        "title": "Strategie prevence ztráty bydlení v Ústeckém kraji",
        "slug": "strategie-prevence-ztraty-bydleni",
        "summary": "Krajská strategie zaměřená na domácnosti ohrožené "
        "vystěhováním a na sociálně vyloučené lokality.",
        "date": D(2023, 2, 14),
        "status": "adopted",
        "adopted_on": D(2023, 2, 14),
        "valid_from": 2023,
        "valid_to": 2028,
        "roles": ["user"],
        "topics": ["strategie", "socialni-prace"],
        "steps": [1, 6],
        "body": paragraph(
            "Strategie propojuje bydlení se sociální prací v terénu a s dluhovým "
            "poradenstvím.",
        ),
    },
    {
        "region": "CZ063",
        "title": "Koncepce bydlení Kraje Vysočina 2016–2020",
        "slug": "koncepce-bydleni-2016-2020",
        "summary": "Skončená koncepce, z jejíchž zkušeností vychází příprava nové.",
        "date": D(2016, 4, 26),
        "status": "expired",
        "adopted_on": D(2016, 4, 26),
        "valid_from": 2016,
        "valid_to": 2020,
        "roles": ["investor"],
        "topics": ["strategie", "krajsky-majetek"],
        "steps": [1, 5],
        "body": paragraph(
            "Koncepce podporovala obce při opravách bytů v jejich vlastnictví "
            "a vyhodnocovala využití krajských budov.",
        ),
    },
]

GOOD_PRACTICES = [
    {
        "parent": "index",
        "country": "FI",
        "title": "Finsko: Housing First jako národní politika",
        "slug": "finsko-housing-first",
        "place": "celé Finsko",
        "since_year": 2008,
        "date": D(2024, 1, 15),
        "summary": "Finsko od roku 2008 nahrazuje ubytovny nájemními byty "
        "s podporou. Počet lidí bez domova tam dlouhodobě klesá.",
        "topics": ["housing-first", "strategie"],
        "steps": [1, 5, 6],
        "roles": ["investor", "operator"],
        "targets": ["roofless", "houseless"],
        "illustrative": False,
        "body": paragraph(
            "Národní programy proti dlouhodobému bezdomovectví (od roku 2008) "
            "přestavěly noclehárny a ubytovny na nájemní byty. Nájemník má "
            "běžnou smlouvu a podporu sociálního pracovníka podle potřeby.",
            "Velkým poskytovatelem bytů je nadace Y-Säätiö, která byty kupuje "
            "na běžném trhu a pronajímá je.",
        ),
        "results": [
            {
                "figure": "3 429",
                "label": "lidí bez domova ve Finsku v roce 2023 (na konci 80. let "
                "jich bylo kolem 18 000)",
                "source": "ARA, Asunnottomat 2023",
                "source_url": "https://www.ara.fi/",
                "year": 2023,
            }
        ],
    },
    {
        "parent": "index",
        "country": "AT",
        "title": "Vídeň: obecní byty pro čtvrtinu obyvatel",
        "slug": "viden-obecni-byty",
        "place": "Vídeň",
        "since_year": 1923,
        "date": D(2024, 2, 10),
        "summary": "Vídeň vlastní a spravuje přes 200 tisíc obecních bytů; "
        "dostupné nájemní bydlení tam není okrajová služba, ale běžný standard.",
        "topics": ["krajsky-majetek"],
        "steps": [5],
        "roles": ["investor", "operator"],
        "targets": ["insecure", "inadequate"],
        "illustrative": False,
        "body": paragraph(
            "Město staví obecní byty (Gemeindebau) od 20. let 20. století a "
            "spravuje je přes městský podnik Wiener Wohnen.",
            "Pro české kraje je podstatné, že veřejný vlastník může dlouhodobě "
            "udržet nájemné dostupné a má byty pro lidi v nouzi.",
        ),
        "results": [
            {
                "figure": "asi 220 000",
                "label": "obecních bytů spravuje Wiener Wohnen",
                "source": "Wiener Wohnen",
                "source_url": "https://www.wienerwohnen.at/",
                "year": 2024,
            }
        ],
    },
    {
        "parent": "index",
        "country": "AT",
        "title": "Vídeň: Housing First organizace neunerhaus",
        "slug": "viden-housing-first-neunerhaus",
        "place": "Vídeň",
        "since_year": 2012,
        "date": D(2023, 11, 5),
        "summary": "Nezisková organizace zprostředkovává lidem bez domova byty "
        "s vlastní nájemní smlouvou a doprovází je sociální prací.",
        "topics": ["housing-first", "socialni-prace"],
        "steps": [6],
        "roles": ["user"],
        "targets": ["roofless", "houseless"],
        "illustrative": True,
        "body": paragraph(
            "Organizace spolupracuje s bytovými družstvy a městem; nájemník "
            "podepisuje smlouvu přímo s pronajímatelem.",
        ),
    },
    {
        "parent": "index",
        "country": "GB",
        "title": "Skotsko: program Housing First Pathfinder",
        "slug": "skotsko-housing-first-pathfinder",
        "place": "Glasgow, Edinburgh, Aberdeen, Dundee a Stirling",
        "since_year": 2019,
        "date": D(2023, 5, 20),
        "summary": "Pět měst ověřilo Housing First ve větším měřítku a vláda "
        "pak program rozšířila do celé země.",
        "topics": ["housing-first", "data-monitoring"],
        "steps": [6, 7],
        "roles": ["user"],
        "targets": ["roofless"],
        "illustrative": True,
        "body": paragraph(
            "Součástí programu bylo průběžné vyhodnocování: kolik lidí udrželo "
            "bydlení a kolik to stálo. Pro kraje je inspirací hlavně sběr dat.",
        ),
    },
    {
        "parent": "region:CZ064",
        "country": "CZ",
        "region": "CZ064",
        "title": "Brno: Rychlé zabydlení rodin s dětmi",
        "slug": "brno-rychle-zabydleni-rodin",
        "place": "Brno",
        "since_year": 2016,
        "date": D(2018, 6, 1),
        "summary": "Rodiny s dětmi z azylových domů a ubytoven dostaly obecní "
        "byt s běžnou nájemní smlouvou a podporu sociální práce.",
        "topics": ["housing-first", "socialni-prace"],
        "steps": [6],
        "roles": ["user"],
        "targets": ["houseless", "insecure"],
        "illustrative": False,
        "body": paragraph(
            "Město Brno v letech 2016–2017 ověřilo přístup Housing First u 50 "
            "rodin. Projekt vyhodnotili výzkumníci randomizovanou studií.",
        ),
        "results": [
            {
                "figure": "96 %",
                "label": "rodin bydlelo v bytě i po roce",
                "source": "Ostravská univerzita a Platforma pro sociální bydlení, "
                "evaluace projektu Rychlé zabydlení",
                "year": 2018,
            }
        ],
    },
    {
        "parent": "region:CZ051",
        "country": "CZ",
        "region": "CZ051",
        "title": "Liberecký kraj: setkávání koordinátorů obcí",
        "slug": "setkavani-koordinatoru-obci",
        "place": "Liberec",
        "since_year": 2021,
        "date": D(2022, 10, 3),
        "summary": "Krajský koordinátor zve čtyřikrát ročně zástupce ORP, "
        "aby sdíleli, jak řeší bytovou nouzi.",
        "topics": ["koordinace"],
        "steps": [2, 3],
        "roles": ["operator"],
        "targets": ["insecure"],
        "illustrative": True,
        "body": paragraph(
            "Na setkáních obce porovnávají data a domlouvají se, kdo převezme "
            "domácnost, která se stěhuje mezi obcemi.",
        ),
    },
    {
        "parent": "region:CZ063",
        "country": "CZ",
        "region": "CZ063",
        "title": "Kraj Vysočina: garanční fond pro obce",
        "slug": "garancni-fond-pro-obce",
        "place": "Jihlava",
        "since_year": 2023,
        "date": D(2023, 9, 12),
        "summary": "Kraj ručí soukromým pronajímatelům za nájemné a škody, "
        "když obec pronajme jejich byt domácnosti v nouzi.",
        "topics": ["garancni-fond"],
        "steps": [4],
        "roles": ["user"],
        "targets": ["insecure"],
        "illustrative": True,
        "body": paragraph(
            "Obec uzavře s majitelem nájemní smlouvu a byt podnajme domácnosti. "
            "Fond kraje kryje případné dluhy a opravy.",
        ),
    },
    {
        "parent": "region:CZ080",
        "country": "CZ",
        "region": "CZ080",
        "title": "Moravskoslezský kraj: krajský dotační program pro sociální bydlení",
        "slug": "dotacni-program-socialni-bydleni",
        "place": "Ostrava",
        "since_year": 2020,
        "date": D(2021, 3, 8),
        "summary": "Kraj přispívá obcím na sociální práci u nájemníků sociálních bytů.",
        "topics": ["socialni-prace"],
        "steps": [6],
        "roles": ["investor"],
        "targets": ["insecure", "inadequate"],
        "illustrative": True,
        "body": paragraph(
            "Příspěvek je vázaný na počet domácností v sociálních bytech, "
            "takže obec ví, s čím může počítat.",
        ),
    },
    {
        "parent": "region:CZ010",
        "country": "CZ",
        "region": "CZ010",
        "title": "Praha: kontaktní místo pro bydlení",
        "slug": "kontaktni-misto-pro-bydleni",
        "place": "Praha",
        "since_year": 2020,
        "date": D(2022, 1, 20),
        "summary": "Jedno místo, kam se obrátí domácnost, která přichází "
        "o bydlení, a kde vznikají data o bytové nouzi.",
        "topics": ["data-monitoring", "socialni-prace"],
        "steps": [6, 7],
        "roles": ["operator"],
        "targets": ["insecure", "houseless"],
        "illustrative": True,
        "body": paragraph(
            "Každá žádost se eviduje podle typologie ETHOS, takže data vznikají "
            "z běžné agendy a nemusí se sbírat zvlášť.",
        ),
    },
    {
        "parent": "region:CZ042",
        "country": "CZ",
        "region": "CZ042",
        "title": "Ústecký kraj: nevyužitá budova školy jako startovací byty",
        "slug": "budova-skoly-startovaci-byty",
        "place": "Děčín",
        "since_year": 2022,
        "date": D(2023, 4, 18),
        "summary": "Kraj převedl nevyužitou budovu na město, které z ní udělalo "
        "startovací byty pro mladé lidi z dětských domovů.",
        "topics": ["krajsky-majetek"],
        "steps": [5],
        "roles": ["investor"],
        "targets": ["houseless"],
        "illustrative": True,
        "body": paragraph(
            "Město budovu opravilo z dotace a byty pronajímá na dobu určitou "
            "s možností prodloužení.",
        ),
    },
    {
        "parent": "region:CZ032",
        "country": "CZ",
        "region": "CZ032",
        "title": "Plzeň: Housing First pro jednotlivce",
        "slug": "plzen-housing-first",
        "place": "Plzeň",
        "since_year": 2019,
        "date": D(2021, 11, 30),
        "summary": "Lidé přežívající venku dostávají byt a podporu terénního "
        "týmu bez podmínky předchozí „připravenosti“.",
        "topics": ["housing-first"],
        "steps": [6],
        "roles": ["user"],
        "targets": ["roofless"],
        "illustrative": True,
        "body": paragraph(
            "Tým sociálních pracovníků a zdravotní sestry navštěvuje nájemníky "
            "podle jejich potřeby.",
        ),
    },
    {
        "parent": "region:CZ071",
        "country": "CZ",
        "region": "CZ071",
        "title": "Olomoucký kraj: data o bytové nouzi z evidence obcí",
        "slug": "data-z-evidence-obci",
        "place": "Olomouc",
        "since_year": 2022,
        "date": D(2024, 3, 4),
        "summary": "Obce jednou ročně předávají kraji tabulku z vlastní evidence "
        "žadatelů o byt; kraj ji nahraje na portál.",
        "topics": ["data-monitoring"],
        "steps": [7],
        "roles": ["operator"],
        "targets": ["insecure"],
        "illustrative": True,
        "body": paragraph(
            "Tabulka má stejné sloupce jako šablona importu tohoto portálu, "
            "takže ji obec vyexportuje ze svého programu bez přepisování.",
        ),
    },
]

EVENTS = [
    {
        "parent": "index",
        "title": "Studijní cesta krajských koordinátorů do Vídně",
        "slug": "studijni-cesta-viden",
        "kind": "study_visit",
        "date": D(2024, 5, 14),
        "end_date": D(2024, 5, 16),
        "place": "Vídeň",
        "country": "AT",
        "regions": ["CZ051", "CZ080", "CZ064"],
        "summary": "Koordinátoři tří krajů navštívili správu obecních bytů a "
        "projekt Housing First.",
        "topics": ["housing-first", "krajsky-majetek"],
        "steps": [1],
        "practices": ["viden-obecni-byty", "viden-housing-first-neunerhaus"],
        "lessons": "<ul><li>Veřejný vlastník bytů má v krizi okamžitou možnost "
        "pomoci.</li><li>Nájemní smlouva na jméno klienta posiluje jeho "
        "odpovědnost.</li></ul>",
    },
    {
        "parent": "index",
        "title": "Workshop: minimální agenda krajského koordinátora",
        "slug": "workshop-agenda-koordinatora",
        "kind": "workshop",
        "date": D(2023, 10, 10),
        "place": "Praha",
        "country": "CZ",
        "regions": ["CZ010", "CZ020", "CZ051", "CZ063"],
        "summary": "Zástupci krajů se shodli na úkolech, které koordinátor "
        "plní v každém kraji.",
        "topics": ["koordinace"],
        "steps": [1, 2],
        "practices": [],
        "lessons": "<p>Společná minimální agenda usnadní srovnání krajů a "
        "zastupitelnost koordinátorů.</p>",
    },
    {
        "parent": "index",
        "title": "Konference o datech o bytové nouzi",
        "slug": "konference-data-bytova-nouze",
        "kind": "conference",
        "date": D(2024, 11, 7),
        "place": "Brno",
        "country": "CZ",
        "regions": ["CZ064", "CZ071", "CZ042"],
        "summary": "Jak sbírat data podle ETHOS z běžné agendy a udržet je "
        "přes volební období.",
        "topics": ["data-monitoring"],
        "steps": [1, 7],
        "practices": ["data-z-evidence-obci"],
        "lessons": "<p>Data vydrží, když vznikají jako vedlejší produkt práce "
        "obcí a mají svého správce na kraji.</p>",
    },
]

COORDINATOR = {
    "title": "Krajský koordinátor bydlení",
    "slug": "krajsky-koordinator-bydleni",
    "summary": "Popis pozice, kterou pracovní skupina doporučuje zřídit v každém "
    "kraji, a přehled, kde už je obsazená.",
    "date": D(2024, 6, 1),
    "purpose": "<p>Koordinátor propojuje obce, kraj a poskytovatele služeb tak, "
    "aby domácnost v bytové nouzi dostala pomoc bez ohledu na to, ve které obci "
    "o bydlení přišla.</p>",
    "agenda": [
        (
            "Metodická podpora obcí",
            "Pomáhá obcím zavést sociální bydlení a garanční nástroje.",
        ),
        (
            "Síťování",
            "Nejméně čtyřikrát ročně svolává zástupce ORP a poskytovatelů služeb.",
        ),
        (
            "Data o bytové nouzi",
            "Jednou ročně shromáždí data podle ETHOS a nahraje je na portál.",
        ),
        (
            "Vazba na krajské plánování",
            "Promítá potřeby bydlení do plánu sociálních služeb a do koncepce bydlení.",
        ),
        (
            "Výměna zkušeností",
            "Sdílí dobrou praxi s ostatními kraji a účastní se studijních cest.",
        ),
    ],
    "qualifications": "<ul><li>vysokoškolské vzdělání v sociální oblasti, "
    "veřejné správě nebo příbuzném oboru</li><li>znalost systému sociálních "
    "služeb a bytové politiky obcí</li></ul>",
    "workload": "nejméně 1,0 úvazku na kraj",
    "funding": "<p>Z rozpočtu kraje, případně z projektů Operačního programu "
    "Zaměstnanost plus.</p>",
}
