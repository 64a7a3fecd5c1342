"""A second labelled set of Czech search queries over the demo content, written by
reading the pages' text (not from what search returned) the way the public types:
without diacritics, in other cases, in lay or colloquial words, with place names in
other forms, with typos, as long questions and about figures.

Each query names its class (how it departs from the pages' wording) and the pages
a visitor would accept for it; any of them among the top three organic results is
a hit.
"""

KB = "/znalostni-baze/"
REGIONS = "/kraje/"

# Knowledge base pages
COORDINATOR = f"{KB}krajsky-koordinator-bydleni/"
FINLAND = f"{KB}finsko-housing-first/"
VIENNA_FLATS = f"{KB}viden-obecni-byty/"
VIENNA_HOUSING_FIRST = f"{KB}viden-housing-first-neunerhaus/"
SCOTLAND = f"{KB}skotsko-housing-first-pathfinder/"
STUDY_VISIT = f"{KB}studijni-cesta-viden/"
WORKSHOP = f"{KB}workshop-agenda-koordinatora/"
CONFERENCE = f"{KB}konference-data-bytova-nouze/"
CENSUS_2019 = f"{KB}lide-bez-domova-scitani-2019/"
CENSUS_2022 = f"{KB}bytova-nouze-scitani-2022/"

# Region hubs and their pages
PRAGUE = f"{REGIONS}hlavni-mesto-praha/"
CENTRAL_BOHEMIA = f"{REGIONS}stredocesky-kraj/"
SOUTH_BOHEMIA = f"{REGIONS}jihocesky-kraj/"
PLZEN = f"{REGIONS}plzensky-kraj/"
KARLOVY_VARY = f"{REGIONS}karlovarsky-kraj/"
USTI = f"{REGIONS}ustecky-kraj/"
LIBEREC = f"{REGIONS}liberecky-kraj/"
HRADEC = f"{REGIONS}kralovehradecky-kraj/"
PARDUBICE = f"{REGIONS}pardubicky-kraj/"
VYSOCINA = f"{REGIONS}kraj-vysocina/"
SOUTH_MORAVIA = f"{REGIONS}jihomoravsky-kraj/"
OLOMOUC = f"{REGIONS}olomoucky-kraj/"
ZLIN = f"{REGIONS}zlinsky-kraj/"
MORAVIA_SILESIA = f"{REGIONS}moravskoslezsky-kraj/"

LIBEREC_STRATEGY = f"{LIBEREC}koncepce-socialniho-bydleni-2022-2027/"
LIBEREC_MEETINGS = f"{LIBEREC}setkavani-koordinatoru-obci/"
MSK_STRATEGY = f"{MORAVIA_SILESIA}strategie-bydleni/"
MSK_GRANTS = f"{MORAVIA_SILESIA}dotacni-program-socialni-bydleni/"
PRAGUE_STRATEGY = f"{PRAGUE}koncepce-bydleni/"
PRAGUE_CONTACT_POINT = f"{PRAGUE}kontaktni-misto-pro-bydleni/"
JMK_STRATEGY = f"{SOUTH_MORAVIA}koncepce-socialniho-bydleni/"
BRNO_FAMILIES = f"{SOUTH_MORAVIA}brno-rychle-zabydleni-rodin/"
USTI_STRATEGY = f"{USTI}strategie-prevence-ztraty-bydleni/"
USTI_SCHOOL = f"{USTI}budova-skoly-startovaci-byty/"
VYSOCINA_STRATEGY = f"{VYSOCINA}koncepce-bydleni-2016-2020/"
VYSOCINA_FUND = f"{VYSOCINA}garancni-fond-pro-obce/"
PLZEN_HOUSING_FIRST = f"{PLZEN}plzen-housing-first/"
OLOMOUC_DATA = f"{OLOMOUC}data-z-evidence-obci/"

# Standard pages
HOME = "/"
ABOUT = "/o-portalu/"
ACCESSIBILITY = "/prohlaseni-o-pristupnosti/"

HOUSING_FIRST = [
    FINLAND,
    VIENNA_HOUSING_FIRST,
    SCOTLAND,
    PLZEN_HOUSING_FIRST,
    BRNO_FAMILIES,
]
STRATEGIES = [
    LIBEREC_STRATEGY,
    MSK_STRATEGY,
    PRAGUE_STRATEGY,
    JMK_STRATEGY,
    USTI_STRATEGY,
    VYSOCINA_STRATEGY,
]
ABROAD = [FINLAND, VIENNA_FLATS, VIENNA_HOUSING_FIRST, SCOTLAND, STUDY_VISIT]

# Classes: how a query departs from the words of the page it wants.
DIACRITICS = "no diacritics"
WORD_FORM = "other word form"
LAY_WORDS = "lay or colloquial words"
PLACE = "place name in another form"
TYPO = "typo"
QUESTION = "long question"
FIGURES = "figures and years"

CLASSES = (DIACRITICS, WORD_FORM, LAY_WORDS, PLACE, TYPO, QUESTION, FIGURES)

# (query as typed, its class, pages the visitor would accept)
UNSEEN_QUERIES = [
    # place names: adjectives, -sko areas, locatives of seats and ORP towns
    ("bydlení na Vysočině", PLACE, [VYSOCINA, VYSOCINA_FUND, VYSOCINA_STRATEGY]),
    (
        "Liberecko bytová nouze",
        PLACE,
        [LIBEREC_STRATEGY, LIBEREC_MEETINGS, LIBEREC],
    ),
    ("Ústecko vyloučené lokality", PLACE, [USTI_STRATEGY]),
    ("koncepce jižní Morava", PLACE, [JMK_STRATEGY]),
    ("Olomoucko evidence žadatelů", PLACE, [OLOMOUC_DATA]),
    ("sociální byty v Ostravě", PLACE, [MSK_GRANTS, MSK_STRATEGY, MORAVIA_SILESIA]),
    (
        "severní Morava lidé bez domova",
        PLACE,
        [MSK_STRATEGY, MORAVIA_SILESIA, CENSUS_2019],
    ),
    ("housing first v Plzni", PLACE, [PLZEN_HOUSING_FIRST]),
    ("startovní byty v Děčíně", PLACE, [USTI_SCHOOL]),
    ("fond v Jihlavě", PLACE, [VYSOCINA_FUND]),
    ("městský podnik ve Vídni", PLACE, [VIENNA_FLATS]),
    ("Housing First ve Skotsku", PLACE, [SCOTLAND]),
    ("zkušenosti z Finska", PLACE, [FINLAND]),
    ("rakouské obecní byty", PLACE, [VIENNA_FLATS]),
    ("Glasgow", PLACE, [SCOTLAND]),
    ("Zlínsko", PLACE, [ZLIN]),
    ("Karlovarsko", PLACE, [KARLOVY_VARY]),
    ("bydlení v Pardubicích", PLACE, [PARDUBICE]),
    ("Hradecký kraj", PLACE, [HRADEC]),
    ("ve Středočeském kraji", PLACE, [CENTRAL_BOHEMIA]),
    ("jižní Čechy", PLACE, [SOUTH_BOHEMIA]),
    ("České Budějovice bydlení", PLACE, [SOUTH_BOHEMIA]),
    ("Ústí nad Labem", PLACE, [USTI, USTI_STRATEGY, USTI_SCHOOL]),
    ("strategie Ústeckého kraje", PLACE, [USTI_STRATEGY]),
    ("pražská koncepce bydlení", PLACE, [PRAGUE_STRATEGY]),
    ("dobra praxe z Brna", PLACE, [BRNO_FAMILIES]),
    ("kontakt na koordinátora v Olomouckém kraji", PLACE, [OLOMOUC]),
    # without diacritics
    ("socialni prace v terenu", DIACRITICS, [USTI_STRATEGY, PLZEN_HOUSING_FIRST]),
    ("dluhove poradenstvi", DIACRITICS, [USTI_STRATEGY]),
    ("uvazek koordinatora", DIACRITICS, [COORDINATOR]),
    (
        "typologie ethos",
        DIACRITICS,
        [ABOUT, CONFERENCE, PRAGUE_CONTACT_POINT, JMK_STRATEGY, LIBEREC_STRATEGY],
    ),
    ("nocleharny predelane na byty", DIACRITICS, [FINLAND]),
    ("byty pro mlade z detskych domovu", DIACRITICS, [USTI_SCHOOL]),
    ("pristupnost webu", DIACRITICS, [ACCESSIBILITY]),
    ("zebricek osmi kroku", DIACRITICS, [ABOUT, HOME]),
    ("neziskova organizace neunerhaus", DIACRITICS, [VIENNA_HOUSING_FIRST]),
    ("scitani bezdomovcu vupsv", DIACRITICS, [CENSUS_2019]),
    ("krajske koncepce bydleni", DIACRITICS, STRATEGIES),
    # other word forms than the page uses
    ("s garančním fondem", WORD_FORM, [VYSOCINA_FUND]),
    ("o koordinátorech bydlení", WORD_FORM, [COORDINATOR]),
    ("ve startovacích bytech", WORD_FORM, [USTI_SCHOOL]),
    ("bezdomovcům byty", WORD_FORM, [*HOUSING_FIRST, MSK_STRATEGY]),
    ("nájemníkům sociálních bytů", WORD_FORM, [MSK_GRANTS]),
    ("na studijních cestách", WORD_FORM, [STUDY_VISIT]),
    ("na workshopu koordinátorů", WORD_FORM, [WORKSHOP]),
    ("konferenci o datech", WORD_FORM, [CONFERENCE]),
    ("v azylovém domě", WORD_FORM, [BRNO_FAMILIES, HOME, CENSUS_2022]),
    ("žebříčku krajské politiky", WORD_FORM, [ABOUT, HOME, REGIONS]),
    # lay paraphrases and colloquial words
    ("bezďáci", LAY_WORDS, [*HOUSING_FIRST, MSK_STRATEGY, CENSUS_2019]),
    (
        "byt pro lidi co spí venku",
        LAY_WORDS,
        [PLZEN_HOUSING_FIRST, FINLAND, VIENNA_HOUSING_FIRST, SCOTLAND],
    ),
    ("z azyláku do bytu", LAY_WORDS, [BRNO_FAMILIES]),
    ("byty pro děcka z děcáku", LAY_WORDS, [USTI_SCHOOL]),
    ("vyhodili nás z bytu", LAY_WORDS, [USTI_STRATEGY, PRAGUE_CONTACT_POINT]),
    ("dluhy na nájmu", LAY_WORDS, [MSK_STRATEGY, USTI_STRATEGY, VYSOCINA_FUND]),
    ("záruka pro majitele bytu", LAY_WORDS, [VYSOCINA_FUND]),
    ("městské byty", LAY_WORDS, [VIENNA_FLATS, PRAGUE_STRATEGY]),
    ("bydlení pro učitele a zdravotní sestry", LAY_WORDS, [PRAGUE_STRATEGY]),
    ("peníze pro obce na sociální bydlení", LAY_WORDS, [MSK_GRANTS, MSK_STRATEGY]),
    ("předělání ubytoven na byty", LAY_WORDS, [FINLAND]),
    ("lidi co přespávají u příbuzných", LAY_WORDS, [CENSUS_2019, CENSUS_2022]),
    # typos
    ("koordinatro bydleni", TYPO, [COORDINATOR]),
    ("garnacni fond", TYPO, [VYSOCINA_FUND]),
    ("housnig first", TYPO, HOUSING_FIRST),
    ("startvoaci byty", TYPO, [USTI_SCHOOL]),
    ("koncpece bydleni praha", TYPO, [PRAGUE_STRATEGY]),
    ("Moravskoslezky kraj", TYPO, [MORAVIA_SILESIA, MSK_STRATEGY, MSK_GRANTS]),
    ("tabulka z evidnce obci", TYPO, [OLOMOUC_DATA]),
    ("bytova nuoze data", TYPO, [CONFERENCE, OLOMOUC_DATA, CENSUS_2022]),
    ("Finkso narodni politika", TYPO, [FINLAND]),
    ("koordinatr", TYPO, [COORDINATOR]),
    ("Vysocyna", TYPO, [VYSOCINA, VYSOCINA_FUND, VYSOCINA_STRATEGY]),
    ("bezdomovectvy", TYPO, [*HOUSING_FIRST, MSK_STRATEGY, CENSUS_2019]),
    ("obecní bity", TYPO, [VIENNA_FLATS, PRAGUE_STRATEGY]),
    (
        "ETOS",
        TYPO,
        [ABOUT, CONFERENCE, PRAGUE_CONTACT_POINT, JMK_STRATEGY, LIBEREC_STRATEGY],
    ),
    # long questions
    ("jaké vzdělání musí mít koordinátor bydlení", QUESTION, [COORDINATOR]),
    ("kdo platí krajského koordinátora", QUESTION, [COORDINATOR]),
    ("jak funguje garanční fond na Vysočině", QUESTION, [VYSOCINA_FUND]),
    (
        "kam se obrátit když přicházím o bydlení v Praze",
        QUESTION,
        [PRAGUE_CONTACT_POINT],
    ),
    ("co je typologie ETHOS", QUESTION, [ABOUT, CONFERENCE]),
    ("co je housing first", QUESTION, HOUSING_FIRST),
    ("jak zavést sociální bydlení v obci", QUESTION, [COORDINATOR, MSK_STRATEGY]),
    ("které kraje jely na studijní cestu do Vídně", QUESTION, [STUDY_VISIT]),
    (
        "proč je prevence levnější než noclehárna",
        QUESTION,
        [MSK_STRATEGY],
    ),
    (
        "jak často se scházejí koordinátoři obcí v Libereckém kraji",
        QUESTION,
        [LIBEREC_MEETINGS],
    ),
    (
        "kde najdu data o bytové nouzi z Olomouckého kraje",
        QUESTION,
        [OLOMOUC_DATA],
    ),
    (
        "kdo převezme domácnost co se stěhuje do jiné obce",
        QUESTION,
        [LIBEREC_MEETINGS, COORDINATOR],
    ),
    # figures and years
    ("kolik lidí bez domova je ve Finsku", FIGURES, [FINLAND]),
    ("kolik obecních bytů má Vídeň", FIGURES, [VIENNA_FLATS]),
    ("220 000 obecních bytů", FIGURES, [VIENNA_FLATS]),
    ("96 % rodin bydlelo i po roce", FIGURES, [BRNO_FAMILIES]),
    ("50 rodin Brno", FIGURES, [BRNO_FAMILIES]),
    ("koncepce 2022", FIGURES, [LIBEREC_STRATEGY]),
    ("skončená koncepce 2020", FIGURES, [VYSOCINA_STRATEGY]),
    ("koordinator 1,0 uvazku na kraj", FIGURES, [COORDINATOR]),
    ("kolik lidí je bez střechy v Česku", FIGURES, [CENSUS_2022, CENSUS_2019, HOME]),
    ("počet lidí na ubytovnách 2022", FIGURES, [CENSUS_2022]),
    ("270 tisíc lidí v bytové nouzi", FIGURES, [CENSUS_2022]),
    ("kolik dětí bydlí na ubytovně", FIGURES, [CENSUS_2022]),
]
