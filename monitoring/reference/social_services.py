"""Types of social services in MPSV's code list DruhSocialniSluzby, and which of
them the portal counts as housing-related by default.

Ids marked inferred were not seen in a published file but follow from the order
of the law (README, *Social services from MPSV's register*); national editors
correct names, ids and the housing flag in the admin, and reloading never
overwrites what they set.
"""

from monitoring.models import SocialServiceType

# (id in DruhSocialniSluzby/<id>, name as MPSV writes it, housing-related)
SERVICE_TYPES = [
    (1, "odborné sociální poradenství", False),
    (3, "osobní asistence", False),
    (4, "pečovatelská služba", False),
    (5, "tísňová péče", False),
    (6, "průvodcovské a předčitatelské služby", False),
    (7, "podpora samostatného bydlení", True),  # inferred
    (8, "odlehčovací služby", False),
    (9, "centra denních služeb", False),
    (10, "denní stacionáře", False),
    (11, "týdenní stacionáře", False),
    (12, "domovy pro osoby se zdravotním postižením", False),
    (13, "domovy pro seniory", False),
    (14, "domovy se zvláštním režimem", False),
    (15, "chráněné bydlení", False),
    (
        16,  # inferred
        "sociální služby poskytované ve zdravotnických zařízeních lůžkové péče",
        False,
    ),
    (17, "raná péče", False),  # inferred
    (18, "telefonická krizová pomoc", False),
    (19, "tlumočnické služby", False),
    (20, "azylové domy", True),  # inferred
    (21, "domy na půl cesty", True),  # inferred
    (22, "kontaktní centra", False),  # inferred
    (23, "krizová pomoc", False),
    (24, "nízkoprahová denní centra", False),  # inferred
    (25, "nízkoprahová zařízení pro děti a mládež", False),  # inferred
    (26, "noclehárny", True),  # inferred
    (27, "služby následné péče", False),  # inferred
    (28, "sociálně aktivizační služby pro rodiny s dětmi", False),
    (
        29,
        "sociálně aktivizační služby pro seniory a osoby se zdravotním postižením",
        False,
    ),
    (30, "sociálně terapeutické dílny", False),
    (31, "terapeutické komunity", False),  # inferred
    (32, "terénní programy", True),
    (33, "sociální rehabilitace", False),
]


def load_social_service_types() -> None:
    """Creates the types that are missing; leaves existing ones as editors set them."""
    existing = set(SocialServiceType.objects.values_list("code", flat=True))
    SocialServiceType.objects.bulk_create(
        SocialServiceType(code=code, name=name, housing_related=housing)
        for code, name, housing in SERVICE_TYPES
        if code not in existing
    )
