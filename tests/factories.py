"""Small builders for pages the tests need; no demo content involved."""

import datetime

from cms.models import RegionIndexPage, RegionPage
from knowledge.models import (
    ExchangeEventPage,
    GoodPracticePage,
    KnowledgeIndexPage,
    StrategyPage,
)
from monitoring.models import Region


def publish(parent, page, user=None):
    """Adds and publishes the page; ``user`` wrote its revision (None: a script)."""
    parent.add_child(instance=page)
    page.save_revision(user=user).publish()
    page.refresh_from_db()
    return page


def region_hub(home, code: str) -> RegionPage:
    index = home.get_children().type(RegionIndexPage).first()
    if index is None:
        index = publish(home, RegionIndexPage(title="Kraje", slug="kraje"))
    region = Region.objects.get(code=code)
    return publish(
        index, RegionPage(title=region.name, slug=region.slug, region=region)
    )


def knowledge_index(home) -> KnowledgeIndexPage:
    return publish(
        home, KnowledgeIndexPage(title="Znalostní báze", slug="znalostni-baze")
    )


def strategy(parent, region, **fields) -> StrategyPage:
    values = {
        "title": "Koncepce bydlení",
        "slug": "koncepce-bydleni",
        "summary": "Jak kraj řeší bydlení.",
        "date": datetime.date(2024, 3, 1),
        "status": "adopted",
        "region": region,
        **fields,
    }
    if values["status"] != "preparation":
        values.setdefault("adopted_on", values["date"])
    return publish(parent, StrategyPage(**values))


def good_practice(parent, **fields) -> GoodPracticePage:
    values = {
        "title": "Garanční fond",
        "slug": "garancni-fond",
        "summary": "Obce pronajímají byty od soukromníků.",
        "date": datetime.date(2024, 1, 1),
        "place": "Liberec",
        **fields,
    }
    return publish(parent, GoodPracticePage(**values))


def exchange_event(parent, regions, user=None, **fields) -> ExchangeEventPage:
    values = {
        "title": "Studijní cesta",
        "slug": "studijni-cesta",
        "summary": "Kraje se učily od Vídně.",
        "date": datetime.date(2024, 5, 14),
        "kind": "study_visit",
        "place": "Vídeň",
        "lessons": "<p>Veřejné byty pomáhají.</p>",
        "participating_regions": list(regions),
        **fields,
    }
    return publish(parent, ExchangeEventPage(**values), user)
