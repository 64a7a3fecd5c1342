"""Writes other apps call: evidence from published content.

Content (a region's strategy, its coordinator's contact, a study visit) proves an
indicator; publishing records derived evidence, unpublishing withdraws it. Manual
assessments stay possible and win over derived ones (see queries.ladder).
"""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from monitoring.models import (
    Assessment,
    AssessmentSource,
    AssessmentStatus,
    Indicator,
    Region,
)
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


@transaction.atomic
def sync_evidence(
    *, source: str, items: list[Evidence], url: str = "", page=None
) -> None:
    """Makes ``source`` (e.g. 'page:42') prove exactly ``items`` from now on: records
    each and withdraws what it proved before but no longer does."""
    keys = set()
    for item in items:
        key = f"{source}:{item.indicator_code}:{item.region.code}"
        keys.add(key)
        record_evidence(
            region=item.region,
            indicator_code=item.indicator_code,
            key=key,
            date=item.date,
            url=url,
            page=page,
        )
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
