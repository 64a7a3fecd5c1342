from django.urls import path, reverse
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail_modeladmin.options import modeladmin_register

from monitoring import admin_views
from monitoring.admin_choosers import category_chooser, territory_chooser
from monitoring.admin_confirmations import URL_NAME, EvidenceConfirmationsView
from monitoring.modeladmins import MonitoringGroup
from monitoring.permissions import editable_region_ids

modeladmin_register(MonitoringGroup)


@hooks.register("register_admin_urls")
def register_import_urls():
    return [
        path(
            "monitoring/nahrat-ethos/",
            admin_views.ethos_import,
            name="monitoring_ethos_import",
        ),
        path(
            "monitoring/nahrat-ukazatele/",
            admin_views.indicator_import,
            name="monitoring_indicator_import",
        ),
        path(
            "monitoring/sablona-ukazatele.csv",
            admin_views.indicator_template,
            name="monitoring_indicator_template",
        ),
        path(
            "monitoring/importy/<int:pk>/",
            admin_views.import_job,
            name="monitoring_import_job",
        ),
        path(
            "monitoring/importy/<int:pk>/potvrdit/",
            admin_views.confirm_import_job,
            name="monitoring_import_job_confirm",
        ),
        path(
            "monitoring/importy/<int:pk>/znovu/",
            admin_views.retry_import_job,
            name="monitoring_import_job_retry",
        ),
        path(
            "monitoring/importy/<int:pk>/zrusit/",
            admin_views.cancel_import_job,
            name="monitoring_import_job_cancel",
        ),
        path(
            "monitoring/potvrzeni-dokladu/",
            EvidenceConfirmationsView.as_view(),
            name=URL_NAME,
        ),
        path(
            "monitoring/sablona-ethos.csv",
            admin_views.ethos_template,
            name="monitoring_ethos_template",
        ),
    ]


@hooks.register("register_admin_viewset")
def register_choosers():
    return [territory_chooser, category_chooser]


class RegionEditorsMenuItem(MenuItem):
    """Shown to editors who may change some region's data."""

    def is_shown(self, request):
        return editable_region_ids(request.user) != frozenset()


@hooks.register("register_admin_menu_item")
def register_confirmations_menu_item():
    return RegionEditorsMenuItem(
        gettext_lazy("Potvrzení dokladů"),
        reverse(URL_NAME),
        icon_name="tick-inverse",
        order=310,
    )
