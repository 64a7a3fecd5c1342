from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from cms.lockout_views import URL_NAME, LoginLockoutsView, can_manage_lockouts
from cms.page_creation import BydleniPageViewSet


class NationalEditorsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_manage_lockouts(request.user)


@hooks.register("register_admin_urls")
def register_lockout_urls():
    return [
        path(
            "zablokovana-prihlaseni/",
            LoginLockoutsView.as_view(),
            name=URL_NAME,
        )
    ]


@hooks.register("register_admin_viewset")
def register_page_viewset():
    """After Wagtail's own (order -1), so ours serves every page type."""
    return BydleniPageViewSet()


@hooks.register("register_settings_menu_item")
def register_lockouts_menu_item():
    return NationalEditorsMenuItem(
        gettext_lazy("Zablokovaná přihlášení"),
        reverse(URL_NAME),
        icon_name="lock",
        order=900,
    )


@hooks.register("insert_global_admin_css")
def admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


@hooks.register("register_icons")
def register_icons(icons):
    """Our own icons, for blocks that Wagtail's set has no picture for."""
    return [*icons, "cms/icons/chart-line.svg"]
