from django.conf import settings
from django.http import Http404
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.csp_reports import csp_report


def document_id_out_of_range(request, document_id):
    """Wagtail's document route takes any number of digits, and Python refuses to
    read thousands of them as a number (a server error): there is no such document."""
    raise Http404


urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("csp-hlaseni/", csp_report, name="csp_report"),
    re_path(
        r"^dokumenty/(?P<document_id>\d{19,})/",
        document_id_out_of_range,
        name="document_id_out_of_range",
    ),
    path("dokumenty/", include(wagtaildocs_urls)),
    path("hledat/", include("search.urls")),
    path("data/", include("monitoring.urls")),
    path("data/", include("opendata.urls")),
    path("api/v1/", include("opendata.api.urls")),
]

if settings.DEBUG or settings.SERVE_MEDIA:
    # Uploaded images and documents for `make run`, which runs without DEBUG
    # (Django's static() helper serves only with it); production serves MEDIA_ROOT
    # from the web server.
    urlpatterns += [
        re_path(
            rf"^{settings.MEDIA_URL.strip('/')}/(?P<path>.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

urlpatterns += [path("", include(wagtail_urls))]

handler404 = "cms.error_views.page_not_found"
handler500 = "cms.error_views.server_error"
