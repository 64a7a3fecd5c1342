from django.urls import path

from opendata import dcat_views, downloads, pages

app_name = "opendata"

urlpatterns = [
    path("", pages.catalogue, name="catalogue"),
    path("katalog.jsonld", dcat_views.catalogue_jsonld, name="catalogue_jsonld"),
    path("<slug:slug>/", pages.dataset_page, name="dataset"),
    path("<slug:slug>/data.csv", downloads.csv_download, name="csv"),
    path(
        "<slug:slug>/data.csv-metadata.json",
        downloads.csv_metadata,
        name="csv_metadata",
    ),
    path("<slug:slug>/data.xlsx", downloads.xlsx_download, name="xlsx"),
    path("<slug:slug>/data.zip", downloads.package_download, name="package"),
    path(
        "<slug:slug>/dataset.jsonld", dcat_views.dataset_jsonld, name="dataset_jsonld"
    ),
]
