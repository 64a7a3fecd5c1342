"""The one region policy: which monitoring data a user may see and change.

National editors (superusers and holders of ``monitoring.change_all_regions``) reach
every region and national data (no region). A regional editor reaches the regions
whose editor groups they belong to, with their ORP. Model permissions (add, change,
delete) still apply on top. The admin, its forms, the importers and the commands all
ask this module.
"""

from django.contrib.auth.models import AnonymousUser, User
from django.db.models import Model, Q, QuerySet
from wagtail.permission_policies.base import ModelPermissionPolicy

from monitoring.models import (
    Assessment,
    Dataset,
    DatasetVersion,
    FundGuarantee,
    GuaranteeFund,
    HousingProperty,
    IndicatorValue,
    Observation,
    Region,
    SocialServiceType,
    Territory,
    TerritoryKind,
)

NATIONAL_PERMISSION = "monitoring.change_all_regions"
_REGION_IDS_ATTRIBUTE = "_monitoring_region_ids"

AnyUser = User | AnonymousUser


def is_national_editor(user: AnyUser) -> bool:
    return user.is_active and (user.is_superuser or user.has_perm(NATIONAL_PERMISSION))


def editable_region_ids(user: AnyUser) -> frozenset[int] | None:
    """Ids of the regions the user may change; None means every region and national
    data. Computed once per user object (that is, once per request)."""
    if not user.is_authenticated or not user.is_active:
        return frozenset()
    if is_national_editor(user):
        return None
    cached = getattr(user, _REGION_IDS_ATTRIBUTE, None)
    if cached is None:
        cached = frozenset(
            Region.objects.filter(editor_groups__user=user).values_list("pk", flat=True)
        )
        setattr(user, _REGION_IDS_ATTRIBUTE, cached)
    return cached


def editable_regions(user: AnyUser) -> QuerySet[Region]:
    """Regions whose monitoring data the user may change."""
    region_ids = editable_region_ids(user)
    if region_ids is None:
        return Region.objects.all()
    return Region.objects.filter(pk__in=region_ids)


def editable_territories(user: AnyUser) -> QuerySet[Territory]:
    """Territories the user may record data for: their regions and those regions'
    ORP; every territory, the country included, for national editors."""
    region_ids = editable_region_ids(user)
    if region_ids is None:
        return Territory.objects.all()
    return Territory.objects.filter(
        Q(pk__in=region_ids) | Q(parent_id__in=region_ids, kind=TerritoryKind.ORP)
    )


def editable_territory_ids(user: AnyUser) -> frozenset[int] | None:
    """Ids of territories the user may import data for; None means all of them."""
    if editable_region_ids(user) is None:
        return None
    return frozenset(editable_territories(user).values_list("pk", flat=True))


def can_edit_region(user: AnyUser, region: Territory | None) -> bool:
    """National data (no region) is for national editors only."""
    region_ids = editable_region_ids(user)
    if region_ids is None:
        return user.is_active
    return region is not None and region.pk in region_ids


class RegionPermissionPolicy(ModelPermissionPolicy):
    """Wagtail permission policy: model permissions, narrowed to the objects whose
    region (reached by ``region_path``, e.g. ``dataset__region``) the user may
    change. Objects without a region are national data."""

    def __init__(self, model, region_path: str):
        super().__init__(model)
        self.region_path = region_path

    def _in_reach(self, user: AnyUser) -> Q | None:
        """The filter for objects within the user's regions; None: no limit."""
        region_ids = editable_region_ids(user)
        if region_ids is None:
            return None
        return Q(**{f"{self.region_path}__in": region_ids})

    def user_has_any_permission(self, user, actions):
        return user.is_active and super().user_has_any_permission(user, actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def user_has_any_permission_for_instance(self, user, actions, instance: Model):
        """Checks the stored object, not the edited one, in one query."""
        if not self.user_has_any_permission(user, actions):
            return False
        reach = self._in_reach(user)
        if reach is None:
            return True
        return self.model._default_manager.filter(reach, pk=instance.pk).exists()

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        reach = self._in_reach(user)
        queryset = self.model._default_manager.all()
        return queryset if reach is None else queryset.filter(reach)


class NationalDataPermissionPolicy(RegionPermissionPolicy):
    """Reference data of the whole country (no region): national editors only."""

    def __init__(self, model):
        super().__init__(model, region_path="pk")

    def user_has_permission(self, user, action):
        return is_national_editor(user) and super().user_has_permission(user, action)


dataset_policy = RegionPermissionPolicy(Dataset, "region")
observation_policy = RegionPermissionPolicy(Observation, "dataset__region")
assessment_policy = RegionPermissionPolicy(Assessment, "region")
region_policy = RegionPermissionPolicy(Region, "pk")
indicator_value_policy = RegionPermissionPolicy(IndicatorValue, "dataset__region")
guarantee_fund_policy = RegionPermissionPolicy(GuaranteeFund, "region")
fund_guarantee_policy = RegionPermissionPolicy(FundGuarantee, "fund__region")
housing_property_policy = RegionPermissionPolicy(HousingProperty, "region")
social_service_type_policy = NationalDataPermissionPolicy(SocialServiceType)
dataset_version_policy = RegionPermissionPolicy(DatasetVersion, "dataset__region")
_POLICIES = {
    policy.model: policy
    for policy in (
        dataset_policy,
        observation_policy,
        assessment_policy,
        region_policy,
        indicator_value_policy,
        guarantee_fund_policy,
        fund_guarantee_policy,
        housing_property_policy,
        social_service_type_policy,
        dataset_version_policy,
    )
}


def policy_for(model: type[Model]) -> RegionPermissionPolicy:
    """The region policy of a monitoring model."""
    return _POLICIES[model]
