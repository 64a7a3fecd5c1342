from django.db import migrations

from search import postgres_config


def install(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        postgres_config.install(schema_editor.connection)


def uninstall(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        postgres_config.uninstall(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = []

    operations = [migrations.RunPython(install, uninstall)]
