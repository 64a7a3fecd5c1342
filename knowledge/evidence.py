"""Publishing content tells monitoring what it proves; unpublishing or deleting it
withdraws that. Any page type opts in by defining ``evidence_items()``."""

from django.db.models.signals import pre_delete
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from monitoring.services import sync_evidence


def evidence_source(page: Page) -> str:
    return f"page:{page.pk}"


def on_published(sender, instance, **kwargs):
    page = instance.specific
    items = getattr(page, "evidence_items", None)
    if items is None:
        return
    sync_evidence(
        source=evidence_source(page),
        items=items(),
        url=page.get_full_url() or "",
        page=page,
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
