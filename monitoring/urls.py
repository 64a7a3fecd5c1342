from django.urls import path

from monitoring import views

urlpatterns = [
    path("tabulka.csv", views.block_csv, name="monitoring_block_csv"),
    path("hranice/<str:level>.json", views.boundaries, name="monitoring_boundaries"),
    path(
        "hranice/kraj/<str:region>.json",
        views.region_boundaries,
        name="monitoring_region_boundaries",
    ),
]
