from django.urls import path

from opendata.api import docs, indicators, views

app_name = "api"

urlpatterns = [
    path("datasets/", views.DatasetListView.as_view(), name="datasets"),
    path("datasets/<slug:slug>/", views.DatasetDetailView.as_view(), name="dataset"),
    path("observations/", views.ObservationListView.as_view(), name="observations"),
    path("territories/", views.TerritoryListView.as_view(), name="territories"),
    path(
        "ethos-categories/",
        views.EthosCategoryListView.as_view(),
        name="ethos_categories",
    ),
    path("indicators/", indicators.DataIndicatorListView.as_view(), name="indicators"),
    path(
        "indicator-values/",
        indicators.IndicatorValueListView.as_view(),
        name="indicator_values",
    ),
    path("ladder/", views.LadderView.as_view(), name="ladder"),
    path("ladder/<str:code>/", views.RegionLadderView.as_view(), name="region_ladder"),
    path("openapi.json", docs.SchemaView.as_view(), name="schema"),
    path("docs/", docs.DocsView.as_view(), name="docs"),
]
