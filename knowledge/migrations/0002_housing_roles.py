from django.db import migrations

ROLES = [
    (
        "user",
        "uživatel",
        "Kraj využívá byty a služby pro své klienty, např. pro mladé lidi "
        "odcházející z dětských domovů.",
    ),
    (
        "operator",
        "provozovatel",
        "Kraj spravuje byty nebo služby bydlení, sám nebo přes svou organizaci.",
    ),
    (
        "investor",
        "investor",
        "Kraj investuje do bydlení: staví, opravuje nebo financuje byty.",
    ),
]


def create_roles(apps, schema_editor):
    HousingRole = apps.get_model("knowledge", "HousingRole")
    for order, (code, name, description) in enumerate(ROLES):
        HousingRole.objects.update_or_create(
            code=code,
            defaults={"name": name, "description": description, "sort_order": order},
        )


class Migration(migrations.Migration):
    dependencies = [("knowledge", "0001_initial")]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
