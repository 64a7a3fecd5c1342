import datetime
import json

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.documents.models import Document

from cms.demo.knowledge_tree import _coordinator
from knowledge.models import Country, GoodPracticePage, StrategyDocument, Topic
from monitoring.models import EthosCategory, LadderStep
from tests.factories import exchange_event, good_practice, strategy

pytestmark = pytest.mark.django_db


@pytest.fixture
def content(tree, liberec_region):
    """A strategy and a good practice in Liberec, one good practice from Finland,
    and an event."""
    fund = Topic.objects.create(name="Garanční fond", slug="garancni-fond")
    finland = Country.objects.create(name="Finsko", iso_code="FI")
    step4 = LadderStep.objects.get(number=4)
    return {
        "strategy": strategy(tree["liberec"], liberec_region),
        "practice": good_practice(
            tree["liberec"],
            region=liberec_region,
            topics=[fund],
            ladder_steps=[step4],
            results=json.dumps(
                [
                    {
                        "type": "result",
                        "value": {
                            "figure": "42",
                            "label": "bytů od soukromníků",
                            "source": "Evidence kraje",
                            "year": 2023,
                        },
                    }
                ]
            ),
        ),
        "abroad": good_practice(
            tree["index"],
            title="Finsko: Housing First",
            slug="finsko",
            place="Helsinky",
            country=finland,
            date=datetime.date(2023, 6, 1),
        ),
        "event": exchange_event(tree["index"], [liberec_region]),
    }


def get(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, url
    return response.content.decode()


def test_every_knowledge_page_type_renders(client, content):
    strategy_html = get(client, content["strategy"].url)
    practice_html = get(client, content["practice"].url)
    event_html = get(client, content["event"].url)

    assert "přijatá" in strategy_html
    assert "Liberecký kraj" in strategy_html
    assert "bytů od soukromníků" in practice_html
    assert "Zdroj: Evidence kraje, 2023" in practice_html
    assert "Garanční fond" in practice_html
    assert "4. Garanční fond" in practice_html
    assert "Zúčastněné kraje" in event_html
    assert "Veřejné byty pomáhají." in event_html


def test_illustrative_page_says_so(client, tree, liberec_region):
    page = good_practice(tree["liberec"], slug="ukazka", is_illustrative=True)

    assert "Ukázkový obsah:" in get(client, page.url)


def test_index_lists_every_type_newest_first(client, content, tree):
    html = get(client, tree["index"].url)

    assert "Nalezeno: 4" in html
    positions = [html.index(content[key].title) for key in ("event", "strategy")]
    assert positions == sorted(positions)


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"kraj": "liberecky-kraj"}, {"strategy", "practice"}),
        ({"kraj": "liberecky-kraj", "typ": "dobra-praxe"}, {"practice"}),
        ({"typ": "dobra-praxe"}, {"practice", "abroad"}),
        ({"tema": "garancni-fond"}, {"practice"}),
        ({"krok": "4", "kraj": "liberecky-kraj"}, {"practice"}),
        ({"zeme": "FI"}, {"abroad"}),
        ({"zeme": "FI", "kraj": "liberecky-kraj"}, set()),
        ({"typ": "vymena"}, {"event"}),
        (
            {"krok": "nesmysl", "typ": "neexistuje"},
            {"strategy", "practice", "abroad", "event"},
        ),
    ],
)
def test_index_filters_combine(client, content, tree, params, expected):
    response = client.get(tree["index"].url, params)

    listed = {page.pk for page in response.context["results"]}
    assert listed == {content[key].pk for key in expected}


def test_index_sorts_by_title(client, content, tree):
    response = client.get(tree["index"].url, {"razeni": "nazev"})

    titles = [page.title for page in response.context["results"]]
    assert titles == sorted(titles)


def test_index_paginates_and_keeps_filters_in_links(client, tree, liberec_region):
    for number in range(14):
        good_practice(tree["liberec"], slug=f"praxe-{number}", region=liberec_region)

    html = get(client, tree["index"].url, kraj="liberecky-kraj")
    second = get(client, tree["index"].url, kraj="liberecky-kraj", strana=2)

    assert "Strana 1 z 2" in html
    assert "kraj=liberecky-kraj&amp;razeni=nejnovejsi&amp;strana=2" in html
    assert "Strana 2 z 2" in second


def test_atom_feed_lists_knowledge_pages(client, content, tree):
    response = client.get(tree["index"].url + "feed/", {"typ": "dobra-praxe"})

    feed = response.content.decode()
    assert response["Content-Type"].startswith("application/atom+xml")
    assert "<title>Finsko: Housing First</title>" in feed
    assert content["strategy"].title not in feed


def test_region_hub_shows_ladder_strategies_practice_and_events(client, content, tree):
    html = get(client, tree["liberec"].url)

    assert "Liberecký kraj: stav kroků žebříčku" in html
    assert content["strategy"].title in html
    assert content["practice"].title in html
    assert content["event"].title in html  # Liberec took part
    assert "Kraj sdílí dobrou praxi" in html  # the event's 1b evidence in history
    assert "Pozice krajského koordinátora bydlení zatím není obsazena" in html


def test_coordinator_page_shows_which_regions_have_the_post(client, tree):
    hub = tree["liberec"]
    hub.coordinator_name = "Jana Nováková"
    hub.coordinator_phone = "+420 485 226 111"
    hub.save_revision().publish()
    _coordinator(tree["index"])

    response = client.get("/znalostni-baze/krajsky-koordinator-bydleni/")

    posts = {
        region.code: has for region, _a, has in response.context["coordinator_posts"]
    }
    assert posts["CZ051"] is True
    assert posts["CZ010"] is False
    assert "Metodická podpora obcí" in response.content.decode()


def query_count(client, url) -> int:
    client.get(url)  # warm per-process caches
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("page_key", ["index", "liberec"])
def test_listing_pages_run_a_fixed_number_of_queries(
    client, content, tree, liberec_region, page_key, django_assert_max_num_queries
):
    url = tree[page_key].url
    before = query_count(client, url)
    for number in range(10):
        good_practice(tree["liberec"], slug=f"dalsi-{number}", region=liberec_region)

    assert query_count(client, url) == before
    with django_assert_max_num_queries(17):
        client.get(url)


def test_draft_preview_works_for_every_page_type(admin_client, content, tree):
    for page in [*content.values(), tree["liberec"], tree["index"]]:
        page.title = f"{page.title} (návrh)"
        page.save_revision()
        response = admin_client.get(f"/admin/pages/{page.pk}/view_draft/")
        assert response.status_code == 200, page
        assert f"<h1>{page.title}</h1>" in response.content.decode(), page


def test_scheduled_publishing_publishes_when_due(tree, liberec_region):
    page = GoodPracticePage(
        title="Naplánovaná",
        slug="naplanovana",
        summary="Vyjde později.",
        date=datetime.date(2024, 1, 1),
        place="Liberec",
        live=False,
    )
    tree["liberec"].add_child(instance=page)
    page.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    revision = page.save_revision()
    revision.publish()
    assert not GoodPracticePage.objects.get(pk=page.pk).live

    # Let the hour pass: move the schedule into the past.
    due = timezone.now() - datetime.timedelta(minutes=1)
    revision.approved_go_live_at = due
    revision.content["go_live_at"] = due.isoformat()
    revision.save()
    call_command("publish_scheduled")

    assert GoodPracticePage.objects.get(pk=page.pk).live


def test_strategy_documents_must_be_pdf(tree, liberec_region):
    page = strategy(tree["liberec"], liberec_region)
    word = Document(title="Koncepce")
    word.file.save("koncepce.docx", ContentFile(b"PK"), save=True)
    pdf = Document(title="Koncepce")
    pdf.file.save("koncepce.pdf", ContentFile(b"%PDF-1.4"), save=True)

    with pytest.raises(ValidationError, match="PDF"):
        StrategyDocument(page=page, document=word).clean()
    StrategyDocument(page=page, document=pdf).clean()


def test_good_practice_names_target_groups_in_czech_only(client, tree):
    page = good_practice(tree["index"])
    page.target_groups = list(EthosCategory.objects.filter(code__in=["houseless", "3"]))
    page.save_revision().publish()

    html = client.get(page.url).content.decode()

    assert "Bez bytu" in html
    assert "houseless" not in html
    assert "(ETHOS 3)" in html


def test_atom_feed_links_use_the_host_the_reader_asked(client, content, tree, settings):
    settings.ALLOWED_HOSTS = ["bydleni.example"]

    feed = client.get(
        tree["index"].url + "feed/", HTTP_HOST="bydleni.example"
    ).content.decode()

    assert "http://bydleni.example/znalostni-baze/" in feed
    assert "localhost" not in feed
