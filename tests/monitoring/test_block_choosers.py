"""The blocks' territory and ETHOS category pickers are the admin's searchable
choosers, yet stream data keeps the codes it always kept: pages saved before
the choosers load, show in the editor and save back unchanged."""

import json
import re
from html import unescape

import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils.form_data import nested_form_data, streamfield

from cms.models import StandardPage
from monitoring.blocks import EthosChartBlock, EthosMapBlock, KeyFigureBlock
from monitoring.blocks.indicator_types import IndicatorFigureBlock
from monitoring.models import EthosCategory, Territory

pytestmark = pytest.mark.django_db

# Stream values as pages stored them when the pickers were selects.
CHART = {
    "dataset": "1",
    "territory": "CZ051",
    "categories": ["1", "2"],
    "measure": "osoby",
    "chart": "bar",
    "region": "",
}
NATIONAL_CHART = {**CHART, "territory": "", "categories": []}
FIGURE = {
    "caption": "Lidé bez střechy",
    "dataset": "1",
    "territory": "CZ",
    "category": "roofless",
    "measure": "osoby",
}
MAP = {
    "dataset": "1",
    "category": "3.1",
    "measure": "osoby",
    "year": None,
    "level": "orp",
    "region": "CZ051",
}


@pytest.fixture
def dataset_pk(reference_data):
    from monitoring.models import Dataset

    dataset = Dataset.objects.create(
        pk=1, name="Sčítání", publisher="ČSÚ", source_url="https://csu.example/"
    )
    return str(dataset.pk)


def editor_stream_state(html: str) -> list[dict]:
    """The body's blocks as the page editor hands them to its JavaScript."""
    arguments = re.search(r'data-w-block-arguments-value="([^"]*)"', html).group(1)
    return json.loads(unescape(arguments))[0]


def pk_of(model, code) -> str:
    return str(model.objects.get(code=code).pk)


def test_the_pickers_are_the_admin_choosers():
    chart, figure = EthosChartBlock(), KeyFigureBlock()

    territory_url = chart.child_blocks["territory"].widget.get_chooser_modal_url()
    category_url = figure.child_blocks["category"].widget.get_chooser_modal_url()

    assert territory_url == "/admin/uzemi-vyber/"
    assert category_url == "/admin/kategorie-ethos-vyber/"
    assert IndicatorFigureBlock().child_blocks["territory"].widget.model is Territory


@pytest.mark.parametrize(
    ("block", "value"),
    [(EthosChartBlock(), CHART), (KeyFigureBlock(), FIGURE), (EthosMapBlock(), MAP)],
)
def test_a_stored_code_loads_as_the_code_and_saves_back_as_it(
    block, value, reference_data, django_assert_num_queries
):
    with django_assert_num_queries(0):
        loaded = block.to_python(value)
        assert block.get_prep_value(loaded) == value


def test_the_editor_shows_the_chosen_territory_and_category(reference_data):
    figure = KeyFigureBlock()
    state = figure.get_form_state(figure.to_python(FIGURE))

    assert state["territory"]["id"] == Territory.objects.get(code="CZ").pk
    assert state["territory"]["title"] == "Česko"
    assert state["category"]["title"] == "Bez střechy"
    assert EthosChartBlock().get_form_state(NATIONAL_CHART)["territory"] is None


def test_a_chosen_key_becomes_the_code_and_an_empty_choice_stays_empty(reference_data):
    chart = EthosChartBlock().child_blocks["territory"]
    liberec = pk_of(Territory, "CZ051")

    assert chart.clean(chart.value_from_datadict({"t": liberec}, {}, "t")) == "CZ051"
    assert chart.clean(chart.value_from_datadict({"t": ""}, {}, "t")) == ""


def test_a_key_that_is_not_a_territory_is_a_clear_error_not_a_crash(reference_data):
    territory = KeyFigureBlock().child_blocks["territory"]

    for posted in ["nesmysl", "999999", "1; DROP TABLE"]:
        value = territory.value_from_datadict({"t": posted}, {}, "t")
        with pytest.raises(ValidationError) as error:
            territory.clean(value)
        assert "Toto pole je povinné." in error.value.messages


def test_an_existing_page_shows_in_the_editor_and_saves_back_unchanged(
    admin_client, home_page, dataset_pk
):
    body = [
        {"type": "ethos_chart", "value": CHART, "id": "a"},
        {"type": "ethos_chart", "value": NATIONAL_CHART, "id": "b"},
        {"type": "key_figure", "value": FIGURE, "id": "c"},
        {"type": "ethos_map", "value": MAP, "id": "d"},
    ]
    page = StandardPage(title="Data", slug="data", body=json.dumps(body))
    home_page.add_child(instance=page)
    stored = page.body.raw_data

    editor = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    shown = [
        (child["value"].get("territory"), child["value"].get("category"))
        for child in editor_stream_state(editor.content.decode())
    ]
    assert editor.status_code == 200
    assert [
        (territory and territory["title"], category and category["title"])
        for territory, category in shown
    ] == [
        ("Liberecký kraj", None),
        (None, None),
        ("Česko", "Bez střechy"),
        (None, "ETHOS 3.1 – Ubytovna pro lidi bez domova"),
    ]

    # A multiple select posts one value per option: added after flattening.
    posted = {**CHART, "territory": pk_of(Territory, "CZ051"), "categories": None}
    posted_figure = {
        **FIGURE,
        "territory": pk_of(Territory, "CZ"),
        "category": pk_of(EthosCategory, "roofless"),
    }
    posted_map = {**MAP, "category": pk_of(EthosCategory, "3.1"), "year": ""}
    form = nested_form_data(
        {
            "title": "Data",
            "slug": "data",
            "intro": "",
            "body": streamfield(
                [
                    ("ethos_chart", posted),
                    ("ethos_chart", {**NATIONAL_CHART, "categories": None}),
                    ("key_figure", posted_figure),
                    ("ethos_map", posted_map),
                ]
            ),
            "action-publish": "publish",
        }
    )
    form["body-0-value-categories"] = CHART["categories"]
    del form["body-1-value-categories"]
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", form)

    assert response.status_code == 302, response.content.decode()[:2000]
    page.refresh_from_db()
    saved = [block["value"] for block in page.body.raw_data]
    assert saved == [block["value"] for block in stored]
    assert saved == [CHART, NATIONAL_CHART, FIGURE, MAP]
