"""wagtail-modeladmin menus for the monitoring data, scoped to each editor's region.

Kept in one module so a later move to Wagtail's ModelViewSet touches one file."""

from django.urls import reverse
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup

from monitoring.admin_filters import RegionFilter, YearFilter
from monitoring.forms import AssessmentForm, RegionScopedForm
from monitoring.models import Assessment, Dataset, Observation, Region
from monitoring.permissions import editable_regions, is_national_editor


class RegionScopedPermissionHelper(PermissionHelper):
    """Model permissions, narrowed to objects of the user's regions."""

    region_path = "region"

    def _region_of(self, obj):
        for attribute in self.region_path.split("__"):
            obj = getattr(obj, attribute)
            if obj is None:
                return None
        return obj

    def _may_touch(self, user, obj) -> bool:
        if is_national_editor(user):
            return True
        region = self._region_of(obj)
        return (
            region is not None and editable_regions(user).filter(pk=region.pk).exists()
        )

    def user_can_edit_obj(self, user, obj):
        return super().user_can_edit_obj(user, obj) and self._may_touch(user, obj)

    def user_can_delete_obj(self, user, obj):
        return super().user_can_delete_obj(user, obj) and self._may_touch(user, obj)


class ObservationPermissionHelper(RegionScopedPermissionHelper):
    region_path = "dataset__region"


class RegionScopedAdmin(ModelAdmin):
    region_lookup = "region"
    permission_helper_class = RegionScopedPermissionHelper

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if is_national_editor(request.user):
            return queryset
        return queryset.filter(
            **{f"{self.region_lookup}__in": editable_regions(request.user)}
        )


class ReferenceDataPermissionHelper(PermissionHelper):
    """Regions come from the shipped boundaries: editable (who edits them), never
    created or deleted by hand."""

    def user_can_create(self, user):
        return False

    def user_can_delete_obj(self, user, obj):
        return False


class UploadMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("monitoring.add_observation")


class RegionAdmin(ModelAdmin):
    model = Region
    permission_helper_class = ReferenceDataPermissionHelper
    menu_label = "Kraje"
    menu_icon = "site"
    list_display = ("name", "code", "iso_code", "slug")
    search_fields = ("name", "code", "iso_code")
    edit_handler = ObjectList([FieldPanel("editor_groups")])
    inspect_view_enabled = True
    inspect_view_fields = ("name", "code", "iso_code", "slug", "parent")


class AssessmentAdmin(RegionScopedAdmin):
    model = Assessment
    menu_label = "Hodnocení žebříčku"
    menu_icon = "tasks"
    list_display = ("region", "indicator", "date", "status", "source")
    list_filter = ("region", "indicator__step", "status", "source")
    search_fields = ("note", "evidence_url", "indicator__title")
    edit_handler = ObjectList(
        [
            FieldPanel("region"),
            FieldPanel("indicator"),
            FieldPanel("date"),
            FieldPanel("status"),
            FieldPanel("evidence_url"),
            FieldPanel("evidence_document"),
            FieldPanel("evidence_page"),
            FieldPanel("note"),
        ],
        base_form_class=AssessmentForm,
    )

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("region", "indicator")


class DatasetAdmin(RegionScopedAdmin):
    model = Dataset
    menu_label = "Datové sady"
    menu_icon = "table"
    list_display = (
        "name",
        "publisher",
        "region",
        "reference_period",
        "last_imported_at",
    )
    list_filter = ("region", "is_illustrative")
    search_fields = ("name", "publisher", "method")
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("publisher"),
            FieldPanel("source_url"),
            FieldPanel("method"),
            FieldPanel("licence"),
            FieldPanel("reference_period"),
            FieldPanel("contact"),
            FieldPanel("region"),
            FieldPanel("is_illustrative"),
        ],
        base_form_class=RegionScopedForm,
    )


class ObservationAdmin(RegionScopedAdmin):
    model = Observation
    menu_label = "Pozorování ETHOS"
    menu_icon = "list-ul"
    region_lookup = "dataset__region"
    permission_helper_class = ObservationPermissionHelper
    list_display = (
        "territory",
        "period_label",
        "category",
        "measure",
        "value",
        "dataset",
    )
    list_filter = (RegionFilter, YearFilter, "category", "measure", "dataset")
    search_fields = ("territory__name", "territory__code", "category__code", "note")
    list_per_page = 50

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("territory", "category", "dataset")
        )


class MonitoringGroup(ModelAdminGroup):
    menu_label = "Monitoring"
    menu_icon = "view"
    menu_order = 250
    items = (RegionAdmin, AssessmentAdmin, DatasetAdmin, ObservationAdmin)

    def get_submenu_items(self):
        upload = UploadMenuItem(
            "Nahrát data ETHOS",
            reverse("monitoring_ethos_import"),
            icon_name="upload",
            order=1000,
        )
        return [*super().get_submenu_items(), upload]
