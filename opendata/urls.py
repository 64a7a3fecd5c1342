from django.urls import path

from opendata import pages

app_name = "opendata"

urlpatterns = [
    path("", pages.catalogue, name="catalogue"),
    path("<slug:slug>/", pages.dataset_page, name="dataset"),
]
