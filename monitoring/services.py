"""Writes other apps call: evidence from published content.

Content (a region's strategy, its coordinator's contact, a study visit) proves an
indicator; publishing records derived evidence, unpublishing withdraws it. Manual
assessments stay possible and win over derived ones (see queries.ladder).
"""

import datetime

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
