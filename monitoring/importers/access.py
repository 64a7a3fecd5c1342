"""What every importer asks before it writes: which territory a code names and
whether the user may import into the dataset and those territories (through the
region policy)."""

from monitoring.importers.problems import ImportProblem, ImportRefused
from monitoring.models import Dataset, Region, Territory
from monitoring.permissions import can_edit_region, editable_territory_ids


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


def check_dataset_rights(dataset: Dataset | None, region: Region | None, user) -> None:
    """Refuses the import when the user may not change the dataset's region (or,
    for a new dataset, the region it will belong to)."""
    if user is None:
        return
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
