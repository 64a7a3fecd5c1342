"""Builds the demo's region hubs and knowledge base; adds only what is missing."""

import datetime
import json

from wagtail.models import Page

from cms.demo import knowledge_pages as content
from cms.demo.analyses import build_analyses
from cms.demo.monitoring_blocks import region_hub_blocks
from cms.demo.taxonomy import COUNTRIES, TOPICS
from cms.editorial import set_up_editorial_groups
from cms.models import RegionIndexPage, RegionPage
from knowledge.models import (
    CoordinatorRolePage,
    Country,
    ExchangeEventPage,
    GoodPracticePage,
    HousingRole,
    KnowledgeIndexPage,
    ProgrammeLink,
    StrategyPage,
    Topic,
)
from monitoring.demo import ILLUSTRATIVE_LADDER
from monitoring.models import EthosCategory, LadderStep, Region


def _publish(parent: Page, page: Page) -> Page:
    existing = parent.get_children().filter(slug=page.slug).first()
    if existing:
        return existing.specific
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _taxonomy() -> None:
    for slug, name, description, steps in TOPICS:
        topic, created = Topic.objects.get_or_create(
            slug=slug, defaults={"name": name, "description": description}
        )
        if created:
            topic.ladder_steps.set(LadderStep.objects.filter(number__in=steps))
            topic.save()
    for iso_code, name in COUNTRIES:
        Country.objects.get_or_create(iso_code=iso_code, defaults={"name": name})


def _region_hubs(home: Page) -> list[RegionPage]:
    index = _publish(
        home,
        RegionIndexPage(
            title="Kraje",
            slug="kraje",
            show_in_menus=True,
            intro="Rozcestník čtrnácti krajů: kde každý kraj stojí na žebříčku "
            "a co zveřejnil.",
        ),
    )
    return [
        _publish(
            index,
            RegionPage(
                title=region.name,
                slug=region.slug,
                region=region,
                intro=f"{region.name}: postup po žebříčku, strategie, dobrá "
                "praxe a kontakt na krajského koordinátora bydlení.",
                body=json.dumps(region_hub_blocks()),
                **_coordinator_contact(region),
            ),
        )
        for region in Region.objects.order_by("code")
    ]


def _coordinator_contact(region: Region) -> dict:
    """An illustrative contact where the demo ladder has the post filled (2a), so
    hub and ladder agree; marked as an example, with an .example address."""
    filled = dict(ILLUSTRATIVE_LADDER.get(region.code, [])).get("2a")
    if filled is None:
        return {}
    return {
        "coordinator_name": "Koordinátor bydlení (ukázkový kontakt)",
        "coordinator_email": f"koordinator-bydleni@{region.slug}.example",
        "coordinator_since": datetime.date(filled, 6, 30),
    }


def _shared_fields(item: dict) -> dict:
    fields = {
        "title": item["title"],
        "slug": item["slug"],
        "summary": item["summary"],
        "date": item["date"],
        "is_illustrative": item.get("illustrative", True),
        "body": json.dumps(item.get("body", [])),
        "topics": list(Topic.objects.filter(slug__in=item["topics"])),
        "ladder_steps": list(LadderStep.objects.filter(number__in=item["steps"])),
    }
    if item.get("region"):
        fields["region"] = Region.objects.get(code=item["region"])
    if item.get("country"):
        fields["country"] = Country.objects.get(iso_code=item["country"])
    return fields


def _parent(item: dict, index: Page, hubs: dict[str, RegionPage]) -> Page:
    place = item.get("parent", "")
    return hubs[place.split(":")[1]] if place.startswith("region:") else index


def _strategies(hubs: dict[str, RegionPage]) -> None:
    for item in content.STRATEGIES:
        item = {**item, "illustrative": True}
        page = StrategyPage(
            **_shared_fields(item),
            status=item["status"],
            adopted_on=item.get("adopted_on"),
            valid_from=item["valid_from"],
            valid_to=item["valid_to"],
            roles=list(HousingRole.objects.filter(code__in=item["roles"])),
        )
        if "programme" in item:
            title, year = item["programme"]
            page.programme_links = [
                ProgrammeLink(title=title, year=year, url=item["programme_url"])
            ]
        _publish(hubs[item["region"]], page)


def _good_practices(index: Page, hubs: dict[str, RegionPage]) -> None:
    for item in content.GOOD_PRACTICES:
        page = GoodPracticePage(
            **_shared_fields(item),
            place=item["place"],
            since_year=item["since_year"],
            roles=list(HousingRole.objects.filter(code__in=item["roles"])),
            target_groups=list(EthosCategory.objects.filter(code__in=item["targets"])),
            results=json.dumps(
                [{"type": "result", "value": r} for r in item.get("results", [])]
            ),
        )
        _publish(_parent(item, index, hubs), page)


def _events(index: Page) -> None:
    for item in content.EVENTS:
        page = ExchangeEventPage(
            **_shared_fields(item),
            kind=item["kind"],
            end_date=item.get("end_date"),
            place=item["place"],
            lessons=item["lessons"],
            participating_regions=list(Region.objects.filter(code__in=item["regions"])),
            good_practices=list(
                GoodPracticePage.objects.filter(slug__in=item["practices"])
            ),
        )
        _publish(index, page)


def _coordinator(index: Page) -> None:
    item = content.COORDINATOR
    page = CoordinatorRolePage(
        title=item["title"],
        slug=item["slug"],
        summary=item["summary"],
        date=item["date"],
        purpose=item["purpose"],
        agenda=json.dumps(
            [
                {"type": "item", "value": {"title": title, "description": text}}
                for title, text in item["agenda"]
            ]
        ),
        qualifications=item["qualifications"],
        workload=item["workload"],
        funding=item["funding"],
        ladder_steps=list(LadderStep.objects.filter(number=2)),
        topics=list(Topic.objects.filter(slug="koordinace")),
    )
    _publish(index, page)


def build_knowledge_tree(home: Page) -> None:
    _taxonomy()
    hubs = {hub.region.code: hub for hub in _region_hubs(home)}
    index = _publish(
        home,
        KnowledgeIndexPage(
            title="Znalostní báze",
            slug="znalostni-baze",
            show_in_menus=True,
            intro="Krajské strategie, dobrá praxe z obcí i ze zahraničí, výměny "
            "zkušeností a popis pozice krajského koordinátora bydlení.",
        ),
    )
    _strategies(hubs)
    _good_practices(index, hubs)
    _events(index)
    _coordinator(index)
    build_analyses(index)
    set_up_editorial_groups(home, hubs.values())
