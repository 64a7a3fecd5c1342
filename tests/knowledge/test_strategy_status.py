"""A strategy's status and dates agree: only an adopted strategy has an adoption
date, and an adopted one must have it."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from knowledge.models import StrategyPage
from tests.factories import strategy

pytestmark = pytest.mark.django_db

ADOPTED_ON = datetime.date(2024, 9, 1)


def test_strategy_in_preparation_cannot_have_an_adoption_date(tree, liberec_region):
    with pytest.raises(ValidationError) as error:
        strategy(
            tree["liberec"],
            liberec_region,
            status="preparation",
            adopted_on=ADOPTED_ON,
        )

    assert error.value.message_dict["adopted_on"] == [
        "Strategie v přípravě ještě nemá datum přijetí. Datum smažte, nebo změňte "
        "stav na „přijatá“."
    ]


def test_adopted_strategy_needs_its_adoption_date(tree, liberec_region):
    with pytest.raises(ValidationError) as error:
        strategy(tree["liberec"], liberec_region, status="adopted", adopted_on=None)

    assert error.value.message_dict["adopted_on"] == [
        "U přijaté strategie vyplňte datum přijetí."
    ]


def test_adopted_strategy_is_listed_under_its_adoption_date(tree, liberec_region):
    page = strategy(
        tree["liberec"],
        liberec_region,
        date=datetime.date(2020, 1, 1),
        adopted_on=ADOPTED_ON,
    )

    assert StrategyPage.objects.get(pk=page.pk).date == ADOPTED_ON


def test_admin_form_takes_the_listing_date_from_the_adoption_date(
    tree, liberec_region, admin_user
):
    page = strategy(tree["liberec"], liberec_region, adopted_on=ADOPTED_ON)
    form_class = StrategyPage.get_edit_handler().get_form_class()
    form = form_class(
        {**_post_data(page), "date": "", "adopted_on": "2025-02-03"},
        instance=page,
        for_user=admin_user,
        parent_page=tree["liberec"],
    )

    assert form.is_valid(), form.errors
    assert form.instance.date == datetime.date(2025, 2, 3)


def test_admin_form_rejects_an_adoption_date_in_preparation(
    tree, liberec_region, admin_user
):
    page = strategy(tree["liberec"], liberec_region, adopted_on=ADOPTED_ON)
    form_class = StrategyPage.get_edit_handler().get_form_class()
    form = form_class(
        {**_post_data(page), "status": "preparation"},
        instance=page,
        for_user=admin_user,
        parent_page=tree["liberec"],
    )

    assert not form.is_valid()
    assert "Strategie v přípravě ještě nemá datum přijetí" in str(
        form.errors["adopted_on"]
    )


def test_page_in_preparation_shows_no_adoption(client, tree, liberec_region):
    page = strategy(
        tree["liberec"],
        liberec_region,
        status="preparation",
        date=datetime.date(2024, 9, 1),
    )

    html = client.get(page.url).content.decode()

    assert "<dt>Stav</dt><dd>v přípravě</dd>" in html
    assert "Přijata" not in html
    assert "<dt>Příprava zahájena</dt>" in html


def test_adopted_page_shows_its_adoption_date(client, tree, liberec_region):
    page = strategy(tree["liberec"], liberec_region, adopted_on=ADOPTED_ON)

    html = client.get(page.url).content.decode()

    assert "<dt>Stav</dt><dd>přijatá</dd>" in html
    assert (
        '<dt>Přijata</dt><dd><time datetime="2024-09-01">1.\xa09.\xa02024</time>'
        in html
    )


def _post_data(page) -> dict:
    """The edit form's fields as the admin posts them, for a plain strategy."""
    return {
        "title": page.title,
        "slug": page.slug,
        "summary": page.summary,
        "status": page.status,
        "adopted_on": page.adopted_on.isoformat() if page.adopted_on else "",
        "date": page.date.isoformat(),
        "region": page.region_id,
        "body-count": "0",
        "documents-TOTAL_FORMS": "0",
        "documents-INITIAL_FORMS": "0",
        "documents-MIN_NUM_FORMS": "0",
        "documents-MAX_NUM_FORMS": "1000",
        "programme_links-TOTAL_FORMS": "0",
        "programme_links-INITIAL_FORMS": "0",
        "programme_links-MIN_NUM_FORMS": "0",
        "programme_links-MAX_NUM_FORMS": "1000",
    }
