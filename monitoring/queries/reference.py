"""Reference data as published: territories and the ETHOS typology."""

from monitoring.models import EthosCategory, Region, Territory


def territory_list(*, kind: str | None = None, parent: str | None = None) -> list[dict]:
    """Territories with their parent's code, by kind and code; one query."""
    territories = Territory.objects.order_by("kind", "code")
    if kind:
        territories = territories.filter(kind=kind)
    if parent:
        territories = territories.filter(parent__code=parent)
    return list(
        territories.values("code", "kind", "name", "slug", "iso_code", "parent__code")
    )


def ethos_category_list() -> list[dict]:
    """ETHOS and ETHOS Light categories in typology order, each with its parent's
    code and (for ETHOS Light) the ETHOS categories it corresponds to; two queries."""
    corresponds: dict[int, list[str]] = {}
    for light_id, code in EthosCategory.corresponds_to.through.objects.order_by(
        "to_ethoscategory__sort_order"
    ).values_list("from_ethoscategory_id", "to_ethoscategory__code"):
        corresponds.setdefault(light_id, []).append(code)
    rows = EthosCategory.objects.order_by("sort_order").values(
        "id", "code", "level", "name_cs", "name_en", "parent__code"
    )
    for row in rows:
        row["corresponds_to"] = corresponds.get(row.pop("id"), [])
    return list(rows)


def region_by_code(code: str) -> Region | None:
    """The region with this NUTS 3 code; one query."""
    return Region.objects.filter(code=code).first()


def territory_codes(codes: list[str]) -> set[str]:
    """Which of the codes name a territory; one query."""
    return set(Territory.objects.filter(code__in=codes).values_list("code", flat=True))


def region_codes(codes: list[str]) -> set[str]:
    """Which of the codes name a region; one query."""
    return set(Region.objects.filter(code__in=codes).values_list("code", flat=True))


def ethos_codes(codes: list[str]) -> set[str]:
    """Which of the codes name an ETHOS category; one query."""
    return set(
        EthosCategory.objects.filter(code__in=codes).values_list("code", flat=True)
    )
