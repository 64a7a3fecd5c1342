"""Publishing content tells monitoring what it proves; unpublishing or deleting it
withdraws that. Any page type opts in by defining ``evidence_items()``.

Monitoring is told who wrote the published revision: what it claims for a region
that person may not change (another region named as an exchange's participant)
waits for that region's confirmation instead of counting."""

from django.db.models.signals import pre_delete
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from monitoring.services import sync_evidence


def evidence_source(page: Page) -> str:
    return f"page:{page.pk}"


def on_published(sender, instance, revision=None, **kwargs):
    page = instance.specific
    items = getattr(page, "evidence_items", None)
    if items is None:
        return
    sync_evidence(
        source=evidence_source(page),
        items=items(),
        url=page.get_full_url() or "",
        page=page,
        user=revision.user if revision is not None else None,
    )


def on_unpublished(sender, instance, **kwargs):
    if hasattr(instance.specific_class, "evidence_items"):
        sync_evidence(source=evidence_source(instance), items=[])


def on_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and hasattr(instance, "evidence_items"):
        sync_evidence(source=evidence_source(instance), items=[])


def connect() -> None:
    page_published.connect(on_published, dispatch_uid="knowledge-evidence-published")
    page_unpublished.connect(
        on_unpublished, dispatch_uid="knowledge-evidence-unpublished"
    )
    pre_delete.connect(on_deleted, dispatch_uid="knowledge-evidence-deleted")
