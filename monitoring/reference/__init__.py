"""Reference data the portal ships: territories, the ETHOS typology, the ladder and
the data indicators that can prove it, and the types of social services."""

from django.db import transaction

from monitoring.reference.ethos import load_ethos
from monitoring.reference.indicators import load_data_indicators
from monitoring.reference.ladder import load_ladder
from monitoring.reference.social_services import load_social_service_types
from monitoring.reference.territories import load_territories


@transaction.atomic
def load_reference_data() -> None:
    """Creates or updates every reference table; safe to run again."""
    load_territories()
    load_ethos()
    load_ladder()
    load_data_indicators()
    load_social_service_types()
