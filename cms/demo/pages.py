"""Czech texts of the demo's standard pages, as page field values.

Body values are StreamField raw data (lists of block dicts)."""

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

ACCESSIBILITY = {
    "title": "Prohlášení o přístupnosti",
    "slug": "prohlaseni-o-pristupnosti",
    "intro": (
        "Chceme, aby portál mohl používat každý, včetně lidí, kteří používají "
        "čtečku obrazovky, ovládají web jen klávesnicí nebo si zvětšují písmo."
    ),
    "body": [
        {"type": "heading", "value": {"text": "Jak portál stavíme", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<ul>"
                "<li>Každá stránka má odkaz pro přeskočení na obsah a viditelné "
                "zvýraznění prvku, na kterém je fokus klávesnice.</li>"
                "<li>Barvy textu a pozadí splňují kontrast podle WCAG 2.1 na "
                "úrovni AA.</li>"
                "<li>Stránky se přizpůsobí obrazovce od šířky 320 pixelů a dají "
                "se čitelně vytisknout.</li>"
                "<li>Každou veřejnou šablonu automaticky kontrolujeme nástrojem "
                "axe-core.</li>"
                "</ul>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Narazili jste na problém?", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Napište nám na adresu uvedenou v patičce stránky. Popište, "
                "na které stránce a s jakým zařízením nebo programem jste na "
                "potíž narazili.</p>"
            ),
        },
    ],
}

CONTACT = {
    "operator": (
        "Pracovní skupina pro monitoring sociálního bydlení v krajích "
        "(ukázkový kontakt)"
    ),
    "email": "redakce@bydleni-v-krajich.example",
}
