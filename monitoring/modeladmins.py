"""wagtail-modeladmin menus for the monitoring data, scoped to each editor's region.

Kept in one module so a later move to Wagtail's ModelViewSet touches one file."""

from django.urls import reverse
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup

from monitoring.admin_choosers import category_chooser, territory_chooser
from monitoring.admin_filters import FilteredIndexView, RegionFilter, YearFilter
from monitoring.admin_forms import AssessmentForm, RegionScopedForm
from monitoring.admin_model_views import (
    CzechButtonHelper,
    DataChangingCreateView,
    DataChangingDeleteView,
    DataChangingEditView,
    PermittedHistoryView,
    RegisterCreateView,
    RegisterDeleteView,
    RegisterEditView,
)
from monitoring.admin_names import CzechName, Gender
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
)
from monitoring.permissions import policy_for

ANY_ACTION = ("view", "add", "change", "delete")


class RegionPolicyPermissionHelper(PermissionHelper):
    """Asks the model's region policy (monitoring.permissions) for every action."""

    def __init__(self, model, inspect_view_enabled=False):
        super().__init__(model, inspect_view_enabled)
        self.policy = policy_for(model)

    def user_can_list(self, user):
        return self.policy.user_has_any_permission(user, ANY_ACTION)

    def user_can_create(self, user):
        return self.policy.user_has_permission(user, "add")

    def user_can_inspect_obj(self, user, obj):
        return self.inspect_view_enabled and (
            self.policy.user_has_any_permission_for_instance(user, ANY_ACTION, obj)
        )

    def user_can_edit_obj(self, user, obj):
        return self.policy.user_has_permission_for_instance(user, "change", obj)

    def user_can_delete_obj(self, user, obj):
        return self.policy.user_has_permission_for_instance(user, "delete", obj)


class ReferenceDataPermissionHelper(RegionPolicyPermissionHelper):
    """Regions come from the shipped boundaries: editable (who edits them), never
    created or deleted by hand."""

    def user_can_create(self, user):
        return False

    def user_can_delete_obj(self, user, obj):
        return False


class RegionScopedAdmin(ModelAdmin):
    """Lists only what the region policy lets the user reach; saving or deleting
    through the admin bumps the data version, so pages show the change at once."""

    permission_helper_class = RegionPolicyPermissionHelper
    button_helper_class = CzechButtonHelper
    index_view_class = FilteredIndexView
    create_view_class = DataChangingCreateView
    edit_view_class = DataChangingEditView
    delete_view_class = DataChangingDeleteView
    history_view_class = PermittedHistoryView

    def get_queryset(self, request):
        policy = policy_for(self.model)
        return policy.instances_user_has_any_permission_for(request.user, ANY_ACTION)


class UploadMenuItem(MenuItem):
    def __init__(self, *args, permission: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


class RegionAdmin(RegionScopedAdmin):
    model = Region
    permission_helper_class = ReferenceDataPermissionHelper
    menu_label = "Kraje"
    czech_name = CzechName("kraj", "kraj", "kraje", Gender.MASCULINE)
    menu_icon = "site"
    list_display = ("name", "code", "iso_code", "slug")
    search_fields = ("name", "code", "iso_code")
    edit_handler = ObjectList([FieldPanel("editor_groups")])
    inspect_view_enabled = True
    inspect_view_fields = ("name", "code", "iso_code", "slug", "parent")


class AssessmentAdmin(RegionScopedAdmin):
    model = Assessment
    menu_label = "Hodnocení žebříčku"
    czech_name = CzechName(
        "hodnocení ukazatele",
        "hodnocení ukazatele",
        "hodnocení ukazatele",
        Gender.NEUTER,
    )
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
    czech_name = CzechName(
        "datová sada", "datovou sadu", "datové sady", Gender.FEMININE
    )
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
            FieldPanel("slug"),
            FieldPanel("description"),
            FieldPanel("publisher"),
            FieldPanel("source_url"),
            FieldPanel("method"),
            FieldPanel("known_limitations"),
            FieldPanel("licence"),
            FieldPanel("reference_period"),
            FieldPanel("theme"),
            FieldPanel("keywords"),
            FieldPanel("update_frequency"),
            FieldPanel("next_update"),
            FieldPanel("contact"),
            FieldPanel("contact_email"),
            FieldPanel("region"),
            FieldPanel("is_illustrative"),
            FieldPanel("automatic_source"),
        ],
        base_form_class=RegionScopedForm,
    )


class NoteOnlyPermissionHelper(RegionPolicyPermissionHelper):
    """Records the importers write: never created or deleted by hand; the region
    policy decides who may edit what is editable (a version's public note)."""

    def user_can_create(self, user):
        return False

    def user_can_delete_obj(self, user, obj):
        return False


class DatasetVersionAdmin(RegionScopedAdmin):
    model = DatasetVersion
    permission_helper_class = NoteOnlyPermissionHelper
    czech_name = CzechName(
        "verze datové sady", "verzi datové sady", "verze datové sady", Gender.FEMININE
    )
    menu_label = "Verze datových sad"
    menu_icon = "history"
    list_display = (
        "dataset",
        "number",
        "created_at",
        "author",
        "filename",
        "rows_new",
        "rows_changed",
        "rows_removed",
        "note",
    )
    list_filter = ("dataset",)
    search_fields = ("dataset__name", "filename", "author", "note")
    # What the import recorded is shown, not editable; only the note is.
    edit_handler = ObjectList(
        [
            *(
                FieldPanel(name, read_only=True)
                for name in ("dataset", "number", "created_at", "author", "filename")
            ),
            FieldPanel("note"),
        ]
    )

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("dataset")


class ObservationAdmin(RegionScopedAdmin):
    model = Observation
    menu_label = "Pozorování ETHOS"
    czech_name = CzechName("pozorování", "pozorování", "pozorování", Gender.NEUTER)
    menu_icon = "list-ul"
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
    edit_handler = ObjectList(
        [
            FieldPanel("dataset"),
            FieldPanel("territory", widget=territory_chooser.widget_class),
            FieldPanel("period"),
            FieldPanel("period_is_year"),
            FieldPanel("category", widget=category_chooser.widget_class),
            FieldPanel("measure"),
            FieldPanel("value"),
            FieldPanel("note"),
        ],
        base_form_class=RegionScopedForm,
    )

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("territory", "category", "dataset")
        )


class IndicatorValueAdmin(RegionScopedAdmin):
    model = IndicatorValue
    czech_name = CzechName(
        "hodnota ukazatele", "hodnotu ukazatele", "hodnoty ukazatele", Gender.FEMININE
    )
    menu_label = "Hodnoty ukazatelů"
    menu_icon = "list-ol"
    list_display = (
        "territory",
        "period_label",
        "indicator",
        "value",
        "dataset",
        "revised",
    )
    list_filter = (RegionFilter, YearFilter, "indicator", "dataset")
    search_fields = ("territory__name", "territory__code", "indicator__code", "note")
    list_per_page = 50
    edit_handler = ObjectList(
        [
            FieldPanel("dataset"),
            FieldPanel("indicator"),
            FieldPanel("territory"),
            FieldPanel("period"),
            FieldPanel("period_is_year"),
            FieldPanel("value"),
            FieldPanel("note"),
        ],
        base_form_class=RegionScopedForm,
    )

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("territory", "indicator", "dataset")
        )


class RegisterAdmin(RegionScopedAdmin):
    """A register whose changes recompute the region's indicator values."""

    create_view_class = RegisterCreateView
    edit_view_class = RegisterEditView
    delete_view_class = RegisterDeleteView


class GuaranteeFundAdmin(RegisterAdmin):
    model = GuaranteeFund
    czech_name = CzechName(
        "garanční fond", "garanční fond", "garančního fondu", Gender.MASCULINE
    )
    menu_label = "Garanční fondy"
    menu_icon = "lock"
    list_display = ("name", "region", "established_on", "closed_on", "budget")
    list_filter = ("region",)
    search_fields = ("name", "contact_name")
    edit_handler = ObjectList(
        [
            FieldPanel("region"),
            FieldPanel("name"),
            FieldPanel("established_on"),
            FieldPanel("closed_on"),
            FieldPanel("rules_document"),
            FieldPanel("rules_url"),
            FieldPanel("budget"),
            FieldPanel("budget_year"),
            FieldPanel("contact_name"),
            FieldPanel("contact_email"),
            FieldPanel("contact_phone"),
            FieldPanel("note"),
        ],
        base_form_class=RegionScopedForm,
    )

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("region")


class FundGuaranteeAdmin(RegisterAdmin):
    model = FundGuarantee
    czech_name = CzechName(
        "záruka z garančního fondu",
        "záruku z garančního fondu",
        "záruky z garančního fondu",
        Gender.FEMININE,
    )
    menu_label = "Záruky z garančních fondů"
    menu_icon = "doc-full"
    list_display = ("municipality", "orp", "issued_on", "amount", "fund")
    list_filter = ("fund",)
    search_fields = ("municipality", "note")
    edit_handler = ObjectList(
        [
            FieldPanel("fund"),
            FieldPanel("municipality"),
            FieldPanel("orp"),
            FieldPanel("issued_on"),
            FieldPanel("amount"),
            FieldPanel("note"),
        ],
        base_form_class=RegionScopedForm,
    )

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("fund__region", "orp")


class HousingPropertyAdmin(RegisterAdmin):
    model = HousingProperty
    czech_name = CzechName(
        "majetek pro bydlení",
        "majetek pro bydlení",
        "majetku pro bydlení",
        Gender.MASCULINE,
    )
    menu_label = "Majetek pro bydlení"
    menu_icon = "home"
    list_display = ("name", "municipality", "region", "kind", "units", "status")
    list_filter = ("region", "kind", "status")
    search_fields = ("name", "municipality", "note")
    edit_handler = ObjectList(
        [
            FieldPanel("region"),
            FieldPanel("name"),
            FieldPanel("municipality"),
            FieldPanel("orp"),
            FieldPanel("kind"),
            FieldPanel("units"),
            FieldPanel("status"),
            FieldPanel("considered_since"),
            FieldPanel("status_since"),
            FieldPanel("note"),
        ],
        base_form_class=RegionScopedForm,
    )

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("region")


class SocialServiceTypeAdmin(RegionScopedAdmin):
    """Which service types from MPSV's register count as housing-related."""

    model = SocialServiceType
    czech_name = CzechName(
        "druh sociální služby",
        "druh sociální služby",
        "druhu sociální služby",
        Gender.MASCULINE,
    )
    menu_label = "Druhy sociálních služeb"
    menu_icon = "list-ul"
    list_display = ("code", "name", "housing_related")
    list_filter = ("housing_related",)
    search_fields = ("name",)
    edit_handler = ObjectList(
        [FieldPanel("code"), FieldPanel("name"), FieldPanel("housing_related")]
    )


class MonitoringGroup(ModelAdminGroup):
    menu_label = "Monitoring"
    menu_icon = "view"
    menu_order = 250
    items = (
        RegionAdmin,
        AssessmentAdmin,
        DatasetAdmin,
        ObservationAdmin,
        IndicatorValueAdmin,
        DatasetVersionAdmin,
        GuaranteeFundAdmin,
        FundGuaranteeAdmin,
        HousingPropertyAdmin,
        SocialServiceTypeAdmin,
    )

    def get_submenu_items(self):
        uploads = [
            UploadMenuItem(
                "Nahrát data ETHOS",
                reverse("monitoring_ethos_import"),
                icon_name="upload",
                order=1000,
                permission="monitoring.add_observation",
            ),
            UploadMenuItem(
                "Nahrát datové ukazatele",
                reverse("monitoring_indicator_import"),
                icon_name="upload",
                order=1001,
                permission="monitoring.add_indicatorvalue",
            ),
        ]
        return [*super().get_submenu_items(), *uploads]
