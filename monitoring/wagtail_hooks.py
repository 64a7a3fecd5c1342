from django.urls import path
from wagtail import hooks
from wagtail_modeladmin.options import modeladmin_register

from monitoring import admin_views
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
            "monitoring/sablona-ethos.csv",
            admin_views.ethos_template,
            name="monitoring_ethos_template",
        ),
    ]
