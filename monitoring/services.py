"""Writes other apps call: evidence from published content.

Content (a region's strategy, its coordinator's contact, a study visit) proves an
indicator; publishing records derived evidence, unpublishing withdraws it. Manual
assessments stay possible and win over derived ones (see queries.ladder).

Evidence for a region that the content's author may not change (through the region
policy) is not recorded but waits for that region's confirmation
(``EvidenceConfirmation``, decided in monitoring.evidence_confirmations).
"""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from monitoring.models import (
    Assessment,
    AssessmentSource,
    AssessmentStatus,
    ConfirmationState,
    EvidenceConfirmation,
    Indicator,
    Region,
)
from monitoring.permissions import can_edit_region
from monitoring.versioning import bump_data_version


@dataclass(frozen=True)
class Evidence:
    """One thing a piece of content proves: an indicator for a region, as of a date."""

    region: Region
    indicator_code: str
    date: datetime.date | None = None


@transaction.atomic
def record_evidence(
    *,
    region: Region,
    indicator_code: str,
    key: str,
    date: datetime.date | None = None,
    url: str = "",
    page=None,
    note: str = "",
) -> Assessment:
    """Marks the indicator achieved for the region, proven by ``key`` (e.g.
    'page:42'). Recording the same key again updates the evidence in place."""
    indicator = Indicator.objects.get(code=indicator_code)
    values = {
        "date": date or timezone.localdate(),
        "status": AssessmentStatus.ACHIEVED,
        "evidence_url": url,
        "evidence_page": page,
        "note": note,
    }
    assessment, _ = Assessment.objects.update_or_create(
        region=region,
        indicator=indicator,
        source=AssessmentSource.DERIVED,
        evidence_key=key,
        withdrawn_on__isnull=True,
        defaults=values,
    )
    bump_data_version()
    return assessment


@transaction.atomic
def withdraw_evidence(*, key: str, date: datetime.date | None = None) -> int:
    """Ends every derived assessment proven by ``key``; returns how many ended.
    The history keeps them, so past states still read correctly."""
    withdrawn = Assessment.objects.filter(
        source=AssessmentSource.DERIVED, evidence_key=key, withdrawn_on__isnull=True
    ).update(withdrawn_on=date or timezone.localdate())
    if withdrawn:
        bump_data_version()
    return withdrawn


def _counts_now(key: str, region: Region, user) -> bool:
    """Whether evidence claimed by ``user`` for the region counts without asking:
    the user may change the region's data (None: an operator or a script), or an
    editor of the region confirmed this claim before. A vouching user's claim
    settles a pending or declined request too."""
    if user is None or can_edit_region(user, region):
        EvidenceConfirmation.objects.filter(evidence_key=key).exclude(
            state=ConfirmationState.CONFIRMED
        ).update(
            state=ConfirmationState.CONFIRMED,
            decided_by=user,
            decided_at=timezone.now(),
        )
        return True
    return EvidenceConfirmation.objects.filter(
        evidence_key=key, state=ConfirmationState.CONFIRMED
    ).exists()


def _ask_for_confirmation(key: str, item: Evidence, url: str, page, user) -> None:
    """Records (or refreshes) the request; a declined claim stays declined."""
    values = {
        "region": item.region,
        "indicator": Indicator.objects.get(code=item.indicator_code),
        "date": item.date or timezone.localdate(),
        "evidence_url": url,
        "evidence_page": page,
        "requested_by": user,
    }
    confirmation, created = EvidenceConfirmation.objects.get_or_create(
        evidence_key=key, defaults=values
    )
    if not created and confirmation.state == ConfirmationState.PENDING:
        for name, value in values.items():
            setattr(confirmation, name, value)
        confirmation.save()


@transaction.atomic
def sync_evidence(
    *, source: str, items: list[Evidence], url: str = "", page=None, user=None
) -> None:
    """Makes ``source`` (e.g. 'page:42') prove exactly ``items`` from now on: records
    each and withdraws what it proved before but no longer does. ``user`` is who
    wrote the content: items for regions they may not change wait for confirmation
    instead of being recorded."""
    keys = set()
    for item in items:
        key = f"{source}:{item.indicator_code}:{item.region.code}"
        keys.add(key)
        if not _counts_now(key, item.region, user):
            _ask_for_confirmation(key, item, url, page, user)
            withdraw_evidence(key=key)  # recorded before it needed confirmation
            continue
        record_evidence(
            region=item.region,
            indicator_code=item.indicator_code,
            key=key,
            date=item.date,
            url=url,
            page=page,
        )
    EvidenceConfirmation.objects.filter(
        evidence_key__startswith=f"{source}:", state=ConfirmationState.PENDING
    ).exclude(evidence_key__in=keys).delete()
    stale = (
        Assessment.objects.filter(
            source=AssessmentSource.DERIVED,
            evidence_key__startswith=f"{source}:",
            withdrawn_on__isnull=True,
        )
        .exclude(evidence_key__in=keys)
        .values_list("evidence_key", flat=True)
    )
    for key in list(stale):
        withdraw_evidence(key=key)
