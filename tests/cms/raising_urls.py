"""The project's URLs plus one that fails, for testing the 500 page."""

from django.urls import path

from cms.urls import urlpatterns as project_urlpatterns


def broken_view(request):
    raise RuntimeError("a bug in a view")


urlpatterns = [path("rozbita-stranka/", broken_view), *project_urlpatterns]
