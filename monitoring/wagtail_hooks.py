from django.urls import path
from wagtail import hooks
from wagtail_modeladmin.options import modeladmin_register

from monitoring import admin_views
from monitoring.admin_choosers import category_chooser, territory_chooser
from monitoring.modeladmins import MonitoringGroup

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
            "monitoring/sablona-ethos.csv",
            admin_views.ethos_template,
            name="monitoring_ethos_template",
        ),
    ]


@hooks.register("register_admin_viewset")
def register_choosers():
    return [territory_chooser, category_chooser]
