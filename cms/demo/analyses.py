"""The demo's analyses: one for each dataset with published figures. Every figure
comes from the source the text names (../shared/data/FACTS.md lists them)."""

import datetime
import json

from wagtail.models import Page

from cms.demo.knowledge_pages import paragraph
from knowledge.models import AnalysisPage, Topic
from monitoring.demo import PUBLISHED
from monitoring.models import Dataset, LadderStep

D = datetime.date
VUPSV_2019, MPSV_2022 = (fields["name"] for fields, _period, _figures in PUBLISHED)
AUTHORS = "Redakce portálu Bydlení v krajích"

ANALYSES = [
    {
        "dataset": VUPSV_2019,
        "title": "Lidé bez domova v Česku podle sčítání z roku 2019",
        "slug": "lide-bez-domova-scitani-2019",
        "summary": "Co říká celostátní sčítání VÚPSV z dubna 2019 o lidech bez "
        "střechy a proč je jeho výsledek spodním odhadem.",
        "date": D(2025, 1, 15),
        "figures": [("roofless", "Lidé bez střechy v Česku (ETHOS 1 a 2), duben 2019")],
        "text": (
            "Výzkumný ústav práce a sociálních věcí (VÚPSV) v dubnu 2019 sečetl "
            "v Česku přibližně 23 830 lidí bez domova ve sledovaných kategoriích "
            "ETHOS, z toho asi 21 230 dospělých a 2 600 dětí.",
            "Přibližně 11 600 z nich bylo bez střechy: přežívali venku nebo "
            "přespávali v noclehárnách (ETHOS 1 a 2). Nejvíc lidí bez domova "
            "sčítání zjistilo v Moravskoslezském kraji a v Praze.",
            "Sčítání zachytilo ty, které sčítací komisaři zastihli nebo které znaly "
            "sociální služby. Lidé, kteří bydlí přechodně u známých nebo příbuzných "
            "(ETHOS 8), v něm chybějí. Číslo je proto spodní hranicí počtu lidí bez "
            "domova, ne celkovým rozsahem bytové nouze.",
            "Zdroj: VÚPSV, Sčítání osob bez domova v ČR 2019 (Nešporová, Holpuch, "
            "Janurová, Kuchařová), ISBN 978-80-7416-351-7.",
        ),
        "method": (
            "Analýza vychází z datové sady portálu, která nese celostátní počet lidí "
            "bez střechy podle sčítání, a z publikace VÚPSV, kterou cituje. Čísla "
            "přebírá tak, jak je VÚPSV zveřejnil, a nic nepřepočítává."
        ),
    },
    {
        "dataset": MPSV_2022,
        "title": "Bytová nouze v Česku podle sčítání z jara 2022",
        "slug": "bytova-nouze-scitani-2022",
        "summary": "Kolik lidí bylo na jaře 2022 bez střechy, v azylových domech "
        "a na ubytovnách a co z toho plyne pro kraje.",
        "date": D(2025, 2, 12),
        "figures": [
            ("roofless", "Lidé bez střechy v Česku (ETHOS 1 a 2), jaro 2022"),
            ("3", "Lidé v azylových domech, jaro 2022"),
        ],
        "text": (
            "Na jaře 2022 sečetlo Ministerstvo práce a sociálních věcí (sčítání "
            "provedla společnost SocioFactor) lidi ve vybraných kategoriích ETHOS. "
            "V bytové nouzi podle něj žije více než 270 000 lidí.",
            "Bez střechy bylo přibližně 12 000 lidí, asi 80 % z nich byli muži. "
            "V azylových domech žilo 5 981 lidí. Na ubytovnách bydlelo 12 445 lidí "
            "v 10 358 domácnostech, mezi nimi 1 393 dětí do 15 let a 1 915 lidí "
            "starších 65 let.",
            "Sčítání VÚPSV z roku 2019 napočítalo bez střechy přibližně 11 600 lidí. "
            "Obě sčítání ale pracovala s jinou metodou a jiným rozsahem kategorií, "
            "takže rozdíl mezi nimi nelze číst jako vývoj v čase.",
            "Zdroj: MPSV a SocioFactor, Sčítání osob z vybraných kategorií "
            "klasifikace ETHOS 2022, podle tiskových zpráv ke sčítání.",
        ),
        "method": (
            "Analýza vychází z datové sady portálu s celostátními počty lidí bez "
            "střechy a v azylových domech a z výsledků sčítání, jak je MPSV "
            "zveřejnilo. Sčítání zahrnulo jen vybrané kategorie ETHOS; skryté "
            "bezdomovectví (přespávání u známých) nepokrývá."
        ),
    },
]


def _body(item: dict, dataset: Dataset) -> list[dict]:
    first, *rest = item["text"]
    figures = [
        {
            "type": "key_figure",
            "value": {
                "caption": caption,
                "dataset": str(dataset.pk),
                "territory": "CZ",
                "category": category,
                "measure": "osoby",
            },
        }
        for category, caption in item["figures"]
    ]
    return [*paragraph(first), *figures, *paragraph(*rest)]


def build_analyses(index: Page) -> None:
    """Adds the analyses whose dataset the demo holds and that are not there yet."""
    datasets = {d.name: d for d in Dataset.objects.filter(is_illustrative=False)}
    for item in ANALYSES:
        dataset = datasets.get(item["dataset"])
        if dataset is None or index.get_children().filter(slug=item["slug"]).exists():
            continue
        page = AnalysisPage(
            title=item["title"],
            slug=item["slug"],
            summary=item["summary"],
            date=item["date"],
            authors=AUTHORS,
            is_illustrative=True,
            body=json.dumps(_body(item, dataset)),
            method=f"<p>{item['method']}</p>",
            datasets=[dataset],
            topics=list(Topic.objects.filter(slug="data-monitoring")),
            ladder_steps=list(LadderStep.objects.filter(number=7)),
        )
        index.add_child(instance=page)
        page.save_revision().publish()
