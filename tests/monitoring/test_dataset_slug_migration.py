"""Migration 0003 gives every existing dataset a unique slug before the column
becomes unique, on SQLite and PostgreSQL alike."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("monitoring", "0002_import_jobs")]
AFTER = [("monitoring", "0003_dataset_catalogue_metadata")]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_existing_datasets_get_unique_slugs():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps.get_model("monitoring", "Dataset")
    for name in ("Sčítání 2022", "Sčítání 2022!", "", "Ústecký kraj – bydlení"):
        old.objects.create(name=name)

    executor = MigrationExecutor(connection)
    executor.migrate(AFTER)
    new = executor.loader.project_state(AFTER).apps.get_model("monitoring", "Dataset")

    assert sorted(new.objects.values_list("slug", flat=True)) == [
        "datova-sada",
        "scitani-2022",
        "scitani-2022-2",
        "ustecky-kraj-bydleni",
    ]
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
