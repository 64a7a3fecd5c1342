"""The two versions every cache of the site is keyed by (README, "Caching").

A cached piece of a page goes stale in two ways only:

- the **content generation** changes when editors change something public pages show:
  a page published, unpublished, moved or deleted (titles, addresses, menus,
  breadcrumbs, listings and rich-text links anywhere on the site), a privacy
  restriction, a site or its settings, a topic, a country, a synonym group, a
  search promotion, an image or a document;
- the **data version** (``monitoring.versioning``) changes when monitoring data do:
  an import, an evidence change, an edit of monitoring records.

Both are counters in the database (``monitoring.models.cache_versions``, at the
bottom of the apps so each app can read them), bumped in the transaction that makes
the change, so every process reads the same values whatever its cache (per-process
local memory without ``REDIS_URL``, shared Redis with it). A request reads both
once, in one query (``monitoring.versioning.versions``). Fragments put the
versions they depend on in their keys (plus ``page.cache_key`` for one page's own
content), so a change makes them misses at once and old entries leave the cache on
their own; nothing is deleted and nothing relies on a short expiry.

The full-page cache (``cms.page_cache``) must answer without the database, so after
every bump commits the versions are also copied into the cache (``MIRROR_KEY``);
a cached page counts only while it carries the copied versions.
"""

from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.db.models.signals import post_delete, post_save
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from knowledge.models import Country, Topic
from monitoring.models import ContentGeneration
from monitoring.versioning import Versions, data_changed, read_versions, versions
from search.models import SynonymGroup

MIRROR_KEY = "cms:versions"
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
    SearchPromotion,
    AbstractImage,
    AbstractDocument,
)


def content_generation(request=None) -> int:
    return versions(request).content


def data_version(request=None) -> int:
    return versions(request).data


def refresh_mirror(*args, **kwargs) -> Versions:
    """Copies the versions into the cache. Reads them again after writing: when
    two changes commit at once, the handler that writes last still leaves the
    newest versions, whichever of them read first."""
    current = read_versions()
    for _attempt in range(3):
        cache.set(MIRROR_KEY, current.tag, None)
        latest = read_versions()
        if latest == current:
            break
        current = latest
    return current


def bump_content_generation(*args, **kwargs) -> None:
    """Call inside the change's transaction; the cache's copy follows on commit."""
    generations = ContentGeneration.objects
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
