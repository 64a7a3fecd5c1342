"""Evidence that one region's page claims for another region (an exchange naming it
as a participant) counts only once an editor of that region, or a national editor,
confirms it in the admin; until then it waits and is no evidence."""

import pytest
from django.urls import reverse

from monitoring.evidence_confirmations import pending_confirmations
from monitoring.models import (
    Assessment,
    AssessmentSource,
    ConfirmationState,
    EvidenceConfirmation,
    Region,
)
from monitoring.queries import ladder_matrix
from tests.factories import exchange_event

pytestmark = pytest.mark.django_db

URL = reverse("monitoring_evidence_confirmations")


def step_1b(region_code: str):
    row = next(r for r in ladder_matrix().rows if r.region.code == region_code)
    return next(s for s in row.steps if "1b" in s.indicators).indicators["1b"]


def publish_as(user, page):
    page.save_revision(user=user).publish()
    return page


@pytest.fixture
def visit(tree, editors):
    """Liberec's editor publishes a study visit naming Liberec, Prague and Brno."""
    return exchange_event(
        tree["liberec"],
        Region.objects.filter(code__in=["CZ051", "CZ010", "CZ064"]),
        user=editors["own"],
    )


def test_evidence_for_another_region_waits_for_its_confirmation(visit, editors):
    assert step_1b("CZ051").evidence_page_id == visit.pk  # the editor's own region
    assert step_1b("CZ010") is None
    assert step_1b("CZ064") is None
    assert not Assessment.objects.filter(region__code__in=["CZ010", "CZ064"]).exists()
    waiting = EvidenceConfirmation.objects.order_by("region__code")
    assert [(c.region.code, c.state) for c in waiting] == [
        ("CZ010", ConfirmationState.PENDING),
        ("CZ064", ConfirmationState.PENDING),
    ]
    assert [c.region.code for c in pending_confirmations(editors["other"])] == ["CZ010"]
    assert not pending_confirmations(editors["own"]).exists()
    assert pending_confirmations(editors["national"]).count() == 2


def test_the_regions_editor_confirms_in_the_admin(visit, editors, client):
    client.force_login(editors["other"])
    listing = client.get(URL)
    assert listing.status_code == 200
    assert "Studijní cesta" in listing.content.decode()
    confirmation = EvidenceConfirmation.objects.get(region__code="CZ010")

    response = client.post(
        URL, {"confirmation": confirmation.pk, "decision": "confirm"}
    )

    assert response.status_code == 302
    evidence = step_1b("CZ010")
    assert evidence.source == AssessmentSource.DERIVED
    assert evidence.evidence_page_id == visit.pk
    confirmation.refresh_from_db()
    assert confirmation.state == ConfirmationState.CONFIRMED
    assert confirmation.decided_by == editors["other"]
    # Republishing keeps the decision: nothing is asked again, the evidence stays.
    publish_as(editors["own"], visit)
    assert step_1b("CZ010") is not None
    assert not pending_confirmations(editors["other"]).exists()


def test_a_declined_claim_stays_no_evidence(visit, editors, client):
    client.force_login(editors["national"])
    confirmation = EvidenceConfirmation.objects.get(region__code="CZ064")

    client.post(URL, {"confirmation": confirmation.pk, "decision": "decline"})
    publish_as(editors["own"], visit)

    assert step_1b("CZ064") is None
    assert EvidenceConfirmation.objects.get(region__code="CZ064").state == (
        ConfirmationState.DECLINED
    )


def test_an_editor_cannot_confirm_for_another_region(visit, editors, client):
    client.force_login(editors["own"])
    confirmation = EvidenceConfirmation.objects.get(region__code="CZ010")

    response = client.post(
        URL, {"confirmation": confirmation.pk, "decision": "confirm"}
    )

    assert response.status_code == 404
    assert step_1b("CZ010") is None


def test_dropping_a_region_from_the_page_drops_its_request(visit, editors):
    visit.participating_regions = [Region.objects.get(code="CZ051")]
    publish_as(editors["own"], visit)

    assert not EvidenceConfirmation.objects.exists()


def test_a_national_editors_page_counts_at_once(tree, editors):
    page = exchange_event(
        tree["index"], Region.objects.filter(code="CZ010"), user=editors["national"]
    )

    assert step_1b("CZ010").evidence_page_id == page.pk
    assert not EvidenceConfirmation.objects.exists()


def test_the_page_shows_unconfirmed_participation_as_such(visit, editors, client):
    client.force_login(editors["national"])
    brno = EvidenceConfirmation.objects.get(region__code="CZ064")
    client.post(URL, {"confirmation": brno.pk, "decision": "decline"})
    client.logout()

    html = client.get(visit.url).content.decode()

    assert "Hlavní město Praha (účast čeká na potvrzení krajem), Liberecký kraj" in (
        html
    )
    assert "Jihomoravský kraj" not in html


def test_evidence_recorded_before_needs_confirmation_once_republished(tree, editors):
    """A page published without an author (or before confirmations existed) whose
    next revision comes from an editor of another region."""
    page = exchange_event(tree["liberec"], Region.objects.filter(code="CZ010"))
    assert step_1b("CZ010") is not None

    publish_as(editors["own"], page)

    assert step_1b("CZ010") is None
    assert pending_confirmations(editors["other"]).count() == 1
