"""Loads ČSÚ's municipality → ORP link table into the database, replacing what
was there, so the RPSS import can count by ORP."""

from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from monitoring.importers.problems import ImportProblem, ImportRefused
from monitoring.importers.readers import read_table
from monitoring.models import MunicipalityOrp, Territory, TerritoryKind
from monitoring.permissions import is_national_editor
from monitoring.rpss.orp_links import read_links
from monitoring.versioning import bump_data_version


@dataclass(frozen=True)
class LinksLoaded:
    municipalities: int
    orp: int


def load_municipality_orp(path: Path, *, user=None) -> LinksLoaded:
    """Replaces the links with the file's; every municipality's ORP must be one of
    the portal's ORP. National reference data: with ``user``, only a national
    editor may load it. Raises ImportRefused; then nothing changes."""
    if user is not None and not is_national_editor(user):
        raise ImportRefused(
            [ImportProblem("Vazbu obcí na ORP smí nahrát jen celostátní redakce.")]
        )
    links = read_links(read_table(path))
    orp = dict(
        Territory.objects.filter(kind=TerritoryKind.ORP).values_list("code", "pk")
    )
    unknown = [
        ImportProblem(
            f"ORP s kódem {link.orp_code} portál nezná.", row=link.row, column=None
        )
        for link in links
        if link.orp_code not in orp
    ]
    if unknown:
        raise ImportRefused(unknown)
    with transaction.atomic():
        MunicipalityOrp.objects.all().delete()
        MunicipalityOrp.objects.bulk_create(
            MunicipalityOrp(
                code=link.municipality_code,
                name=link.municipality_name[:100],
                orp_id=orp[link.orp_code],
            )
            for link in links
        )
        bump_data_version()
    return LinksLoaded(len(links), len({link.orp_code for link in links}))
