"""Housing-related social services by territory as of a date: pure functions over
the services read from the register.

A service counts once in each territory where it is provided, however many
facilities it has there, and brings its whole capacity there once (the register
gives capacity per service, never per facility). The country counts each service
once, so the regions' figures may add up to more than the country's.
"""

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from monitoring.rpss.stream import BEDS, CLIENTS, Place, Service

COUNTRY = "CZ"


@dataclass(frozen=True)
class Gazetteer:
    """Turns RÚIAN codes into the portal's territory codes."""

    region_by_ruian: Mapping[int, str]  # RÚIAN kraj code → NUTS 3
    orp_by_municipality: Mapping[str, str] = field(default_factory=dict)
    region_by_orp: Mapping[str, str] = field(default_factory=dict)

    @property
    def knows_orp(self) -> bool:
        return bool(self.orp_by_municipality)

    def region(self, place: Place) -> str | None:
        if place.region is not None and place.region in self.region_by_ruian:
            return self.region_by_ruian[place.region]
        return self.region_by_orp.get(self.orp(place) or "")

    def orp(self, place: Place) -> str | None:
        if place.municipality is None:
            return None
        return self.orp_by_municipality.get(place.municipality)


@dataclass
class Totals:
    services: int = 0
    beds: int = 0
    clients: int = 0

    def add(self, service: Service) -> None:
        self.services += 1
        self.beds += service.capacities.get(BEDS, 0)
        self.clients += service.capacities.get(CLIENTS, 0)


@dataclass
class Aggregate:
    """Totals by territory code (NUTS 3, ORP code, 'CZ') and what the count met."""

    on: datetime.date
    totals: dict[str, Totals] = field(default_factory=dict)
    services_read: int = 0
    housing_active: int = 0
    duplicates: int = 0
    placed_by_provider: int = 0
    unplaced: int = 0  # active housing services with no usable address at all
    without_orp: int = 0  # placed in a region, but their municipality has no ORP
    orp_known: bool = False


def _active(start: datetime.date | None, end: datetime.date | None, on) -> bool:
    return (start is None or start <= on) and (end is None or end >= on)


def provided_anywhere(service: Service, on: datetime.date) -> bool:
    """Active on the date, and (when it lists facilities) at least one of them is."""
    if not _active(service.start, service.end, on):
        return False
    return not service.facilities or any(
        _active(f.start, f.end, on) for f in service.facilities
    )


def service_places(service: Service, on: datetime.date) -> tuple[list[Place], bool]:
    """Where a service provided on the date is, and whether that is its provider's
    address: the addresses of its live facilities, or, when none of them has a
    usable address (secret or missing) or it lists no facility, the provider's."""
    located = [
        f.place
        for f in service.facilities
        if f.place is not None and _active(f.start, f.end, on)
    ]
    if located:
        return located, False
    if service.provider_place is not None:
        return [service.provider_place], True
    return [], False


def aggregate(
    services: Iterable[Service],
    *,
    on: datetime.date,
    housing_types: frozenset[int],
    gazetteer: Gazetteer,
) -> Aggregate:
    """Counts, beds and client capacity of the housing-related services provided
    on the date."""
    result = Aggregate(on=on, orp_known=gazetteer.knows_orp)
    seen: set[int] = set()
    for service in services:
        result.services_read += 1
        if service.type_code not in housing_types or not provided_anywhere(service, on):
            continue
        if service.portal_id in seen:
            result.duplicates += 1
            continue
        seen.add(service.portal_id)
        places, by_provider = service_places(service, on)
        territories = _territories(places, gazetteer, result)
        if not territories:
            result.unplaced += 1
            continue
        result.housing_active += 1
        result.placed_by_provider += by_provider
        for code in territories | {COUNTRY}:
            result.totals.setdefault(code, Totals()).add(service)
    return result


def _territories(
    places: list[Place], gazetteer: Gazetteer, result: Aggregate
) -> set[str]:
    codes: set[str] = set()
    missing_orp = False
    for place in places:
        region = gazetteer.region(place)
        if region is None:
            continue
        codes.add(region)
        orp = gazetteer.orp(place) if gazetteer.knows_orp else None
        if orp is not None:
            codes.add(orp)
        missing_orp = missing_orp or (gazetteer.knows_orp and orp is None)
    result.without_orp += missing_orp
    return codes
