"""What every importer asks before it writes: which territory a code names and
whether the user may import into the dataset and those territories (through the
region policy)."""

from django.utils.translation import gettext

from monitoring.importers.problems import ImportProblem, ImportRefused
from monitoring.models import Dataset, ImportJob, Region, Territory
from monitoring.permissions import (
    can_edit_region,
    editable_regions,
    editable_territory_ids,
    is_national_editor,
)


def territory_ids_by_code() -> dict[str, int]:
    """Upper-case NUTS 3, ISO 3166-2, ORP and country codes → territory id."""
    territory_ids = {}
    for pk, code, iso_code in Territory.objects.values_list("pk", "code", "iso_code"):
        territory_ids[code.upper()] = pk
        if iso_code:
            territory_ids[iso_code.upper()] = pk
    return territory_ids


def allowed_territory_ids(user) -> frozenset[int] | None:
    """Territories the user may import data for; None: every one (an operator on
    the command line, or a national editor)."""
    return editable_territory_ids(user) if user is not None else None


def new_dataset_region(user) -> Region | None:
    """The region a new dataset the user uploads belongs to: a regional editor's
    (first) region; None, a national dataset, for national editors."""
    if is_national_editor(user):
        return None
    return editable_regions(user).order_by("code").first()


def name_reserved_elsewhere(dataset_name: str, region: Region | None) -> bool:
    """Whether the name of a dataset not created yet belongs to another region (or
    to the national editors, region None): the earliest unfinished upload naming it
    reserves it for its region until that upload is written, refused or cancelled."""
    first = (
        ImportJob.objects.filter(dataset_name__iexact=dataset_name.strip())
        .exclude(state__in=ImportJob.FINISHED_STATES)
        .order_by("created_at", "pk")
        .values_list("region_id", flat=True)
        .first()
    )
    return first is not None and first != (region.pk if region else None)


def reserved_name_message(dataset_name: str) -> str:
    return gettext(
        "Název „%(name)s“ patří nové datové sadě, kterou právě nahrává jiný kraj "
        "nebo celostátní redakce. Zvolte jiný název."
    ) % {"name": dataset_name}


def check_dataset_rights(
    dataset: Dataset | None, region: Region | None, user, *, dataset_name: str
) -> None:
    """Refuses the import when the user may not change the dataset's region (or,
    for a new dataset, the region it will belong to, or its name is reserved for
    another region's upload)."""
    if user is None:
        return
    if dataset is None and name_reserved_elsewhere(dataset_name, region):
        raise ImportRefused([ImportProblem(reserved_name_message(dataset_name))])
    owner = dataset.region if dataset else region
    if not can_edit_region(user, owner):
        raise ImportRefused(
            [
                ImportProblem(
                    "Do této datové sady nemáte právo nahrávat: patří jinému kraji "
                    "nebo celostátní redakci."
                )
            ]
        )
