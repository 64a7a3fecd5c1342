"""The two versions every cache of the site is keyed by (README, "Caching").

A cached piece of a page goes stale in two ways only:

- the **content generation** changes when editors change something public pages show:
  a page published, unpublished, moved or deleted (titles, addresses, menus,
  breadcrumbs, listings and rich-text links anywhere on the site), a privacy
  restriction, a site or its settings, a topic, a country, a synonym group, an
  image or a document;
- the **data version** (``monitoring.versioning``) changes when monitoring data do:
  an import, an evidence change, an edit of monitoring records.

Both are counters in the database, bumped in the transaction that makes the change,
so every process reads the same values whatever its cache (per-process local memory
without ``REDIS_URL``, shared Redis with it). A request reads both once, in one
query (``versions``). Fragments put the versions they depend on in their keys
(plus ``page.cache_key`` for one page's own content), so a change makes them misses
at once and old entries leave the cache on their own; nothing is deleted and
nothing relies on a short expiry.

The full-page cache (``cms.page_cache``) must answer without the database, so after
every bump commits the versions are also copied into the cache (``MIRROR_KEY``);
a cached page counts only while it carries the copied versions.
"""

from dataclasses import dataclass

from django.apps import apps
from django.core.cache import cache
from django.db import transaction
from django.db.models import F, Value
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from knowledge.models import Country, Topic
from monitoring.blocks import remember_data_version
from monitoring.models import DataVersion
from monitoring.versioning import data_changed
from search.models import SynonymGroup

MIRROR_KEY = "cms:versions"
REQUEST_ATTRIBUTE = "_cms_versions"
# Saved or deleted, these change what public pages show. Pages themselves count
# when published, unpublished, moved or deleted, not when a draft is saved.
SHOWN_MODELS = (
    PageViewRestriction,
    Site,
    BaseSiteSetting,
    BaseGenericSetting,
    Topic,
    Country,
    SynonymGroup,
    AbstractImage,
    AbstractDocument,
)


@dataclass(frozen=True)
class Versions:
    content: int
    data: int

    @property
    def tag(self) -> str:
        """What a stored page is current for; the day too, as data blocks are
        (the ladder stands as of today)."""
        return f"{self.content}.{self.data}.{timezone.localdate().isoformat()}"


def _read_versions() -> Versions:
    """Both counters in one query; a counter never bumped reads as 0."""
    content = apps.get_model("cms", "ContentGeneration").objects.filter(pk=1)
    data = DataVersion.objects.filter(pk=1)
    rows = dict(
        content.values_list(Value("content"), "generation").union(
            data.values_list(Value("data"), "version")
        )
    )
    return Versions(rows.get("content", 0), rows.get("data", 0))


def versions(request=None) -> Versions:
    """The current versions, read once per request (and shared with the
    monitoring blocks, which then read no data version of their own)."""
    if request is None:
        return _read_versions()
    found = getattr(request, REQUEST_ATTRIBUTE, None)
    if found is None:
        found = _read_versions()
        setattr(request, REQUEST_ATTRIBUTE, found)
        remember_data_version(request, found.data)
    return found


def content_generation(request=None) -> int:
    return versions(request).content


def data_version(request=None) -> int:
    return versions(request).data


def refresh_mirror(*args, **kwargs) -> Versions:
    """Copies the versions into the cache. Reads them again after writing: when
    two changes commit at once, the handler that writes last still leaves the
    newest versions, whichever of them read first."""
    current = _read_versions()
    for _attempt in range(3):
        cache.set(MIRROR_KEY, current.tag, None)
        latest = _read_versions()
        if latest == current:
            break
        current = latest
    return current


def bump_content_generation(*args, **kwargs) -> None:
    """Call inside the change's transaction; the cache's copy follows on commit."""
    generations = apps.get_model("cms", "ContentGeneration").objects
    if not generations.filter(pk=1).update(generation=F("generation") + 1):
        generations.create(pk=1, generation=1)
    transaction.on_commit(refresh_mirror)


def _bump_on_delete(sender, instance, **kwargs) -> None:
    if isinstance(instance, (Page, *SHOWN_MODELS)):
        bump_content_generation()


def _bump_on_save(sender, instance, **kwargs) -> None:
    if isinstance(instance, SHOWN_MODELS):
        bump_content_generation()


def connect() -> None:
    page_published.connect(bump_content_generation, dispatch_uid="content-published")
    page_unpublished.connect(
        bump_content_generation, dispatch_uid="content-unpublished"
    )
    post_page_move.connect(bump_content_generation, dispatch_uid="content-moved")
    post_delete.connect(_bump_on_delete, dispatch_uid="content-deleted")
    post_save.connect(_bump_on_save, dispatch_uid="content-saved")
    data_changed.connect(refresh_mirror, dispatch_uid="versions-data-changed")
