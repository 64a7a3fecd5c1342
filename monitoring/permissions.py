"""Region-scoped rights: an editor of one region changes only that region's
assessments and datasets; national editors change everything."""

from django.contrib.auth.models import AnonymousUser, User

from monitoring.models import Region, Territory, TerritoryKind

NATIONAL_PERMISSION = "monitoring.change_all_regions"


def is_national_editor(user: User | AnonymousUser) -> bool:
    return user.is_active and (user.is_superuser or user.has_perm(NATIONAL_PERMISSION))


def editable_regions(user: User | AnonymousUser):
    """Regions whose monitoring data the user may change."""
    if not user.is_authenticated:
        return Region.objects.none()
    if is_national_editor(user):
        return Region.objects.all()
    return Region.objects.filter(editor_groups__user=user).distinct()


def editable_territory_ids(user: User | AnonymousUser) -> frozenset[int] | None:
    """Ids of territories the user may import data for; None means all of them."""
    if is_national_editor(user):
        return None
    region_ids = list(editable_regions(user).values_list("pk", flat=True))
    territories = Territory.objects.filter(
        pk__in=region_ids
    ) | Territory.objects.filter(parent_id__in=region_ids, kind=TerritoryKind.ORP)
    return frozenset(territories.values_list("pk", flat=True))


def can_edit_region(user: User | AnonymousUser, region: Territory | None) -> bool:
    """National data (no region) is for national editors only."""
    if region is None:
        return is_national_editor(user)
    return editable_regions(user).filter(pk=region.pk).exists()
