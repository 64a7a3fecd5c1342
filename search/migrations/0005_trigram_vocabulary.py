from django.db import migrations

from search.postgres_config import attempt

INDEX = "search_indexedword_word_trgm"


def create(apps, schema_editor):
    """pg_trgm and a trigram index on the vocabulary, where PostgreSQL allows the
    extension; otherwise typo correction uses edit distance (search/vocabulary.py)."""
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        if attempt(cursor, "CREATE EXTENSION IF NOT EXISTS pg_trgm"):
            cursor.execute(
                f"CREATE INDEX IF NOT EXISTS {INDEX} ON search_indexedword "
                "USING gin (word gin_trgm_ops)"
            )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("search", "0004_seed_synonym_groups")]

    operations = [migrations.RunPython(create, drop)]
