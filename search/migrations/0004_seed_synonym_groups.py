from django.db import migrations

# The groups search/synonyms.py kept in code, then lay terms the public types.
GROUPS = [
    "bezdomovectví\nlidé bez domova\nbezdomovci\nbezdomovec\nčlověk bez domova\nbezďák",
    "garanční fond\nfond záruk\ngarance nájemného",
    "koordinátor bydlení\nkoordinátorka bydlení",
    "sociální byt\nsociální bydlení",
    "Housing First\nbydlení především",
    "rapid re-housing\nrychlé znovuzabydlení\nrychlé zabydlení",
    "bytová nouze\nvyloučení z bydlení\nETHOS",
    "studijní cesta\nstudijní návštěva\nvýměna zkušeností\nexkurze",
    "azylák\nazylový dům\nazylové domy\nazylové bydlení",
    "strategie\nkoncepce\nkoncepční dokument",
    "ubytovna\nubytovací zařízení\nhromadné ubytování",
    "nájemné\nnájem\nčinže",
    "obecní byt\nměstský byt\nbyt od obce",
    "dotace\ndotační program\ngrant",
    "vystěhování\nztráta bydlení\nvyklizení bytu\nvýpověď z nájmu",
    "sociální pracovník\nsociální práce\nterénní pracovník",
    "senioři\ndůchodci\nstarší lidé",
    "samoživitelka\nsamoživitel\nosamělý rodič",
    "dávky na bydlení\npříspěvek na bydlení\ndoplatek na bydlení",
]


def seed(apps, schema_editor):
    SynonymGroup = apps.get_model("search", "SynonymGroup")
    SynonymGroup.objects.bulk_create(SynonymGroup(phrases=group) for group in GROUPS)


def unseed(apps, schema_editor):
    apps.get_model("search", "SynonymGroup").objects.filter(phrases__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0003_synonyms_and_vocabulary")]

    operations = [migrations.RunPython(seed, unseed)]
