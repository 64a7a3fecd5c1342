"""Reads MPSV's RPSS open-data file one service at a time, in bounded memory.

Only what counting needs is kept (ids, type, dates, territorial codes, capacities);
names of people and every other field are dropped as each service is read.
"""

import datetime
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any

import ijson

from monitoring.importers.problems import ImportProblem, ImportRefused

ROOT_KEY = "polozky"
BEDS = "luzka"
CLIENTS = "klient"
MAX_PROBLEMS = 50


@dataclass(frozen=True)
class Place:
    """Where a facility or provider is, by RÚIAN codes (kraj as a number, obec as
    its six digits); either may be unknown."""

    region: int | None
    municipality: str | None


@dataclass(frozen=True)
class Facility:
    place: Place | None  # None: a secret or missing address
    start: datetime.date | None
    end: datetime.date | None


@dataclass(frozen=True)
class Service:
    """One registered social service (not one facility)."""

    portal_id: int
    type_code: int | None  # the number in DruhSocialniSluzby/<n>
    start: datetime.date | None
    end: datetime.date | None
    facilities: tuple[Facility, ...]
    provider_place: Place | None
    capacities: dict[str, int] = field(default_factory=dict)  # type → sum of forms


class RecordError(ValueError):
    """A value of one service that cannot be read; the message is Czech."""


def _code(value: Any, prefix: str) -> str | None:
    """'Kraj/51' or {'id': 'Kraj/51'} → '51'; None for null."""
    if isinstance(value, dict):
        value = value.get("id")
    if value is None or value == "":
        return None
    text = str(value)
    if "/" in text:
        name, _, text = text.partition("/")
        if name != prefix:
            raise RecordError(f"kód {value} není z číselníku {prefix}")
    return text.strip() or None


def _number(value: Any, prefix: str) -> int | None:
    text = _code(value, prefix)
    if text is None:
        return None
    if not text.isdigit():
        raise RecordError(f"kód {value} není číslo z číselníku {prefix}")
    return int(text)


def _date(value: Any, name: str) -> datetime.date | None:
    """'2016-09-01' or a timestamp starting with the date."""
    if value in (None, ""):
        return None
    try:
        return datetime.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise RecordError(f"{name} „{value}“ není datum RRRR-MM-DD") from None


def _place(address: Any) -> Place | None:
    if not isinstance(address, dict):
        return None
    region = _number(address.get("kraj"), "Kraj")
    municipality = _code(address.get("obec"), "Obec")
    if municipality is not None and not (
        municipality.isdigit() and len(municipality) == 6
    ):
        raise RecordError(f"kód obce {municipality} nemá šest číslic")
    if region is None and municipality is None:
        return None
    return Place(region, municipality)


def _facility(item: dict) -> Facility:
    secret = bool(item.get("utajenaAdresa"))
    return Facility(
        place=None if secret else _place(item.get("adresa")),
        start=_date(item.get("poskytujeOd"), "poskytujeOd"),
        end=_date(item.get("poskytujeDo"), "poskytujeDo"),
    )


def _objects(value: Any, name: str) -> list[dict]:
    """A list of objects (null reads as empty)."""
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise RecordError(f"{name} není seznam objektů")
    return value


def _capacities(forms: Any) -> dict[str, int]:
    """Each capacity type summed over the service's forms; types never mixed."""
    totals: dict[str, int] = {}
    for form in _objects(forms, "formy"):
        for capacity in _objects(form.get("kapacity"), "kapacity"):
            kind = _code(capacity.get("typ"), "TypKapacitySocialniSluzby")
            count = capacity.get("pocet")
            if kind is None or count is None:
                continue
            if isinstance(count, bool) or not isinstance(count, int) or count < 0:
                raise RecordError(f"kapacita {count!r} není celé číslo ≥ 0")
            totals[kind] = totals.get(kind, 0) + count
    return totals


def service_from_item(item: Any) -> Service:
    """One item of ``polozky`` → a Service; RecordError names the bad value."""
    if not isinstance(item, dict):
        raise RecordError("položka není objekt")
    portal_id = item.get("portalId")
    if isinstance(portal_id, bool) or not isinstance(portal_id, int):
        raise RecordError(f"portalId {portal_id!r} není celé číslo")
    provider = item.get("poskytovatel")
    return Service(
        portal_id=portal_id,
        type_code=_number(item.get("druhSocialniSluzby"), "DruhSocialniSluzby"),
        start=_date(item.get("datumPoskytovaniOd"), "datumPoskytovaniOd"),
        end=_date(item.get("datumPoskytovaniDo"), "datumPoskytovaniDo"),
        facilities=tuple(
            _facility(f) for f in _objects(item.get("zarizeni"), "zarizeni")
        ),
        provider_place=_place(provider.get("adresa"))
        if isinstance(provider, dict)
        else None,
        capacities=_capacities(item.get("formy")),
    )


class _RootWatch:
    """Passes ijson's events on and notes whether the root key held an array."""

    def __init__(self, events: Iterator[tuple[str, str, Any]]):
        self.events = events
        self.found = False

    def __iter__(self):
        for prefix, event, value in self.events:
            if prefix == ROOT_KEY and event == "start_array":
                self.found = True
            yield prefix, event, value


def read_services(file: IO[bytes]) -> Iterator[Service]:
    """Every service of the file, in file order. Raises ImportRefused (Czech) when
    the file is not JSON, lacks ``polozky`` or has unreadable services; services
    read before the refusal have been yielded, so callers write only at the end."""
    watch = _RootWatch(ijson.parse(file))
    problems: list[ImportProblem] = []
    position = 0
    try:
        for position, item in enumerate(
            ijson.items(watch, f"{ROOT_KEY}.item"), start=1
        ):
            try:
                service = service_from_item(item)
            except RecordError as error:
                problems.append(_problem(position, item, error))
                if len(problems) >= MAX_PROBLEMS:
                    break
                continue
            if not problems:
                yield service
    except ijson.JSONError as error:
        raise ImportRefused(
            [
                ImportProblem(
                    f"Soubor není platný JSON (po {position} službách: {error})."
                )
            ]
        ) from error
    if problems:
        raise ImportRefused(problems)
    if not watch.found:
        raise ImportRefused(
            [
                ImportProblem(
                    "Soubor nemá strukturu registru poskytovatelů sociálních služeb: "
                    "chybí pole „polozky“ se seznamem služeb."
                )
            ]
        )


def _problem(position: int, item: Any, error: Exception) -> ImportProblem:
    portal_id = item.get("portalId") if isinstance(item, dict) else None
    which = f"služba č. {position}"
    if portal_id is not None:
        which += f" (portalId {portal_id})"
    return ImportProblem(f"{which}: {error}.")
