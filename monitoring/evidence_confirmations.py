"""Confirming evidence that content of another region claims for a region: the
requests an editor may decide (their regions', every one for national editors, by
the region policy), and the decision. A confirmed claim becomes derived evidence
under its key, as if the region's own editor had published it."""

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from monitoring.models import ConfirmationState, EvidenceConfirmation
from monitoring.permissions import editable_region_ids
from monitoring.services import record_evidence, withdraw_evidence
from monitoring.versioning import bump_data_version


def pending_confirmations(user) -> QuerySet[EvidenceConfirmation]:
    """Requests waiting for a decision in the regions the user may change."""
    pending = EvidenceConfirmation.objects.filter(
        state=ConfirmationState.PENDING
    ).select_related("region", "indicator", "evidence_page", "requested_by")
    region_ids = editable_region_ids(user)
    if region_ids is None:
        return pending if user.is_active else pending.none()
    return pending.filter(region_id__in=region_ids)


@transaction.atomic
def decide(confirmation: EvidenceConfirmation, user, *, confirmed: bool) -> bool:
    """Confirms or declines a pending request; False when it was decided meanwhile."""
    state = ConfirmationState.CONFIRMED if confirmed else ConfirmationState.DECLINED
    decided = EvidenceConfirmation.objects.filter(
        pk=confirmation.pk, state=ConfirmationState.PENDING
    ).update(state=state, decided_by=user, decided_at=timezone.now())
    if decided and not confirmed:
        withdraw_evidence(key=confirmation.evidence_key)
        bump_data_version()  # the page that named the region shows the decision
    if decided and confirmed:
        record_evidence(
            region=confirmation.region,
            indicator_code=confirmation.indicator.code,
            key=confirmation.evidence_key,
            date=confirmation.date,
            url=confirmation.evidence_url,
            page=confirmation.evidence_page,
        )
    return bool(decided)


def unconfirmed_region_ids(page) -> dict[int, str]:
    """Region id → state of the page's claims that do not count (pending or
    declined), so the page can say so instead of presenting them as fact."""
    return dict(
        EvidenceConfirmation.objects.filter(evidence_page=page)
        .exclude(state=ConfirmationState.CONFIRMED)
        .values_list("region_id", "state")
    )
