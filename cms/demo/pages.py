"""Czech texts of the demo's standard pages, as page field values.

Body values are StreamField raw data (lists of block dicts)."""

import datetime

HOME = {
    "title": "Bydlení v krajích",
    "slug": "home",
    "intro": (
        "Portál, na kterém kraje zveřejňují a sledují svou politiku sociálního "
        "bydlení: krajské koncepce, příklady dobré praxe z obcí i ze zahraničí "
        "a data o bytové nouzi."
    ),
    "body": [
        {
            "type": "heading",
            "value": {"text": "Osm kroků krajské politiky bydlení", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Pracovní skupina pro monitoring sociálního bydlení popsala osm "
                "kroků, po kterých kraj stoupá od zájmu politiků až k datům "
                "o bytové nouzi. Každý krok má svůj pozorovatelný ukazatel, "
                "takže kraje mohou srovnat, kde stojí, a učit se jeden od "
                "druhého. Podrobnosti najdete na stránce "
                '<a linktype="page" id="{about_id}">O portálu</a>.</p>'
            ),
        },
    ],
}

ABOUT = {
    "title": "O portálu",
    "slug": "o-portalu",
    "show_in_menus": True,
    "intro": (
        "Proč portál vznikl, komu slouží a jak na něm sledujeme krajskou politiku "
        "sociálního bydlení."
    ),
    "body": [
        {"type": "heading", "value": {"text": "Komu portál slouží", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Krajským redakcím a koordinátorům bydlení, kteří zde zveřejňují "
                "koncepce a příklady dobré praxe; analytikům, kteří sem nahrávají "
                "data o bytové nouzi; veřejnosti, která chce vědět, co kraj "
                "v bydlení dělá; a ostatním krajům, které hledají, jak podobný "
                "problém vyřešili jinde.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Žebříček osmi kroků", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<ul>"
                "<li><b>0. Zájem politiků</b> – bydlení se objevuje v politických "
                "programech.</li>"
                "<li><b>1. Bydlení jako téma</b> – kraj má koncepci nebo strategii "
                "bydlení a sdílí dobrou praxi s jinými kraji i se zahraničím, "
                "například na studijních cestách.</li>"
                "<li><b>2. Krajský koordinátor bydlení</b> – pozice existuje a má "
                "společnou minimální povinnou agendu.</li>"
                "<li><b>3. Kraj si ujasní své role</b> – jeho agenda uživatele, "
                "provozovatele a investora v bydlení je sepsaná a plní se.</li>"
                "<li><b>4. Garanční fond</b> – fond existuje a obce ho využívají "
                "k nájmu bytů od soukromých pronajímatelů.</li>"
                "<li><b>5. Vlastní majetek pro bydlení</b> – nevyužité krajské "
                "pozemky a budovy kraj opraví a pronajme, nebo je "
                "předává obcím pro dostupné nájemní bydlení.</li>"
                "<li><b>6. Sociální práce k bydlení</b> – kraj sleduje, kolik úvazků "
                "sociální práce a které služby bydlení potřebuje a kde.</li>"
                "<li><b>7. Datový portál</b> – data o bytové nouzi podle typologie "
                "ETHOS spravují analytici, vznikají z běžné agendy, ne jen kvůli "
                "sběru, a udržují se napříč pěti- až šestiletými cykly.</li>"
                "</ul>"
            ),
        },
        {"type": "heading", "value": {"text": "Typologie ETHOS", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Bytovou nouzi popisujeme evropskou typologií ETHOS, kterou "
                "vytvořila federace FEANTSA. Rozlišuje čtyři základní situace – "
                "bez střechy, bez bytu, nejisté bydlení a nevyhovující bydlení – "
                "a třináct provozních kategorií, takže čísla z různých krajů "
                "i zemí lze porovnávat.</p>"
            ),
        },
    ],
}

# The portal's real state, as the self-assessment found it (see README, Look).
ACCESSIBILITY = {
    "title": "Prohlášení o přístupnosti",
    "slug": "prohlaseni-o-pristupnosti",
    "obligated_body": (
        "Pracovní skupina pro monitoring sociálního bydlení v krajích "
        "(ukázkový provozovatel)"
    ),
    "compliance": "partial",
    "non_accessible_content": [
        {
            "type": "item",
            "value": {
                "reason": "non_compliance",
                "content": (
                    "<p>Grafy a mapy s daty o bytové nouzi a o žebříčku krajů "
                    "jsou obrázky vykreslené v prohlížeči: čtečka obrazovky z nich "
                    "přečte jen jejich krátký popis, jednotlivé hodnoty v nich nelze "
                    "procházet klávesnicí a barevné škály map odlišují hodnoty jen "
                    "barvou (kritérium 1.4.1 normy EN 301 549 / WCAG 2.1).</p>"
                ),
                "alternative": (
                    "U každého grafu a mapy je tabulka se stejnými čísly a "
                    "odkaz na stažení dat ve formátu CSV; data nabízí i "
                    "katalog otevřených dat a API."
                ),
            },
        },
        {
            "type": "item",
            "value": {
                "reason": "non_compliance",
                "content": (
                    "<p>Dokumenty, které nahrávají krajské redakce (zejména "
                    "koncepce bydlení ve formátu PDF), nejsou vždy přístupné: "
                    "mohou chybět značky struktury, popisy obrázků nebo "
                    "správné pořadí čtení. Jejich přístupnost zatím "
                    "nekontrolujeme.</p>"
                ),
                "alternative": (
                    "Hlavní obsah koncepcí (cíle, opatření a stav přijetí) je "
                    "přepsán na stránce koncepce. Přístupnou verzi dokumentu "
                    "vám na požádání zašleme."
                ),
            },
        },
        {
            "type": "item",
            "value": {
                "reason": "non_compliance",
                "content": (
                    "<p>Interaktivní ukázka dotazů v dokumentaci API nebyla "
                    "ověřena se čtečkou obrazovky ani při ovládání jen "
                    "klávesnicí.</p>"
                ),
                "alternative": (
                    "Každý dotaz je v dokumentaci popsán i textem a "
                    "s příkladem adresy, kterou lze otevřít v prohlížeči."
                ),
            },
        },
    ],
    "prepared_on": datetime.date(2026, 12, 7),
    "reviewed_on": datetime.date(2026, 12, 7),
    "method": "self",
    "method_details": (
        "Provozovatel posoudil portál sám. Každou změnu kódu automaticky "
        "kontroluje nástroj axe-core na každém typu veřejné stránky při šířce "
        "obrazovky 390 a 1280 pixelů; automatické testy ověřují také, že se "
        "stránky nerozjíždějí do strany, že se široké tabulky posouvají ve "
        "vlastním rámečku a že mapu krajů lze ovládat klávesnicí. Testování "
        "s uživateli asistivních technologií ani posouzení třetí stranou "
        "zatím neproběhlo."
    ),
    "feedback_contact": "Redakce portálu Bydlení v krajích",
    "feedback_email": "redakce@bydleni-v-krajich.example",
    # Since 1 April 2023 (Act No. 471/2022 Sb.) the Digital and Information Agency
    # supervises the act in place of the Ministry of the Interior.
    "enforcement_body": "Digitální a informační agentura",
    "enforcement_address": "Na Vápence 915/14\n130 00 Praha 3",
    "enforcement_email": "posta@dia.gov.cz",
    "enforcement_url": (
        "https://www.dia.gov.cz/egovernment/"
        "pristupnost-internetovych-stranek-a-mobilnich-aplikaci/"
    ),
}

CONTACT = {
    "operator": (
        "Pracovní skupina pro monitoring sociálního bydlení v krajích "
        "(ukázkový kontakt)"
    ),
    "email": "redakce@bydleni-v-krajich.example",
}
