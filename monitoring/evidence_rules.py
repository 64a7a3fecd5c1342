"""Evidence from data: the ladder indicators that data and registers prove, each
rule with the reason shown on the assessment and a link to the data.

Every rule reads all regions at once, as of a date (default today); the windows
of 24 months move with that date, so ``evaluate_evidence`` runs after every data
change (``data_changed``) and daily (``manage.py evaluate_evidence``). A rule that
holds records derived evidence under the key ``data:<indicator>:<region>``; one
that stops holding withdraws it. Manual assessments still win
(``queries.ladder.deciding_assessment``). The README has the rules as a table.
"""

import datetime
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Max, Q
from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _

from monitoring.models import (
    Assessment,
    AssessmentSource,
    Dataset,
    GuaranteeFund,
    HousingProperty,
    Indicator,
    IndicatorValue,
    Observation,
    Region,
    Territory,
    TerritoryKind,
)
from monitoring.models.registers import SERVING_STATUSES
from monitoring.services import record_evidence, withdraw_evidence
from monitoring.versioning import data_changed

KEY_PREFIX = "data:"
WINDOW_YEARS = 2  # "within the last 24 months"
ETHOS_YEARS_IN_A_ROW = 5
DATASET_PAGE = "/data/{slug}/"  # the data portal's page of a dataset


@dataclass(frozen=True)
class Finding:
    """A ladder indicator a region meets, why, and where to see it."""

    region_id: int
    indicator_code: str
    reason: str
    url: str = ""
    since: datetime.date | None = None  # when the data shows it first held


def evidence_key(indicator_code: str, region: Region) -> str:
    """E.g. 'data:4b:CZ051'."""
    return f"{KEY_PREFIX}{indicator_code}:{region.code}"


def window_start(on: datetime.date) -> datetime.date:
    """The first day of the 24 months up to ``on``."""
    try:
        return on.replace(year=on.year - WINDOW_YEARS)
    except ValueError:  # 29 February
        return on.replace(year=on.year - WINDOW_YEARS, day=28)


def _in_window(on: datetime.date) -> Q:
    """Values whose period overlaps the 24 months up to ``on`` (a year overlaps
    them when any of its days does)."""
    start = window_start(on)
    return Q(period__lte=on) & (
        Q(period_is_year=True, period__year__gte=start.year)
        | Q(period_is_year=False, period__gte=start)
    )


def _day(value: datetime.date) -> str:
    return date_format(value, "j. n. Y")


def _number(value: Decimal | int) -> str:
    return number_format(value.normalize() if isinstance(value, Decimal) else value)


def _period(value: IndicatorValue) -> str:
    return str(value.period.year) if value.period_is_year else _day(value.period)


def dataset_url(dataset: Dataset) -> str:
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return base + DATASET_PAGE.format(slug=dataset.slug)


def _region_id(kind: str, pk: int, parent_id: int | None) -> int | None:
    """The region a region's or an ORP's figures count for; None for the country."""
    if kind == TerritoryKind.REGION:
        return pk
    if kind == TerritoryKind.ORP:
        return parent_id
    return None


def _regions_of_territories() -> dict[int, int | None]:
    return {
        pk: _region_id(kind, pk, parent_id)
        for pk, kind, parent_id in Territory.objects.values_list(
            "pk", "kind", "parent_id"
        )
    }


def _latest_values(code: str, on: datetime.date) -> dict[int, IndicatorValue]:
    """Each region's latest value > 0 of the data indicator within the window,
    on the region or any of its ORP."""
    values = (
        IndicatorValue.objects.filter(_in_window(on), indicator__code=code, value__gt=0)
        .select_related("dataset")
        .order_by("period", "pk")
    )
    region_of = _regions_of_territories()
    latest: dict[int, IndicatorValue] = {}
    for value in values:
        region_id = region_of.get(value.territory_id)
        if region_id is not None:
            latest[region_id] = value
    return latest


def fund_established(on: datetime.date) -> list[Finding]:
    """4a: the region's guarantee fund is recorded as established and not closed."""
    funds = GuaranteeFund.objects.filter(established_on__lte=on).exclude(
        closed_on__lte=on
    )
    return [
        Finding(
            fund.region_id,
            "4a",
            _("Garanční fond „%(name)s“ je v registru kraje zřízen od %(date)s.")
            % {"name": fund.name, "date": _day(fund.established_on)},
            fund.rules_url,
            fund.established_on,
        )
        for fund in funds
    ]


def fund_used(on: datetime.date) -> list[Finding]:
    """4b: garancni_fond_obce > 0 in a period within the last 24 months."""
    return [
        Finding(
            region_id,
            "4b",
            _(
                "Obcí, které využily garanční fond v období %(period)s: %(count)s "
                "(datová sada „%(dataset)s“)."
            )
            % {
                "count": _number(value.value),
                "period": _period(value),
                "dataset": value.dataset.name,
            },
            dataset_url(value.dataset),
        )
        for region_id, value in _latest_values("garancni_fond_obce", on).items()
    ]


def property_for_housing(on: datetime.date) -> list[Finding]:
    """5a: majetek_byty_dostupne_bydleni > 0 within 24 months, or a property of the
    region let or handed over to a municipality."""
    findings = {
        region_id: Finding(
            region_id,
            "5a",
            _(
                "Bytů v krajském majetku pro dostupné bydlení v období %(period)s: "
                "%(count)s (datová sada „%(dataset)s“)."
            )
            % {
                "count": _number(value.value),
                "period": _period(value),
                "dataset": value.dataset.name,
            },
            dataset_url(value.dataset),
        )
        for region_id, value in _latest_values(
            "majetek_byty_dostupne_bydleni", on
        ).items()
    }
    serving = HousingProperty.objects.filter(
        status__in=SERVING_STATUSES, status_since__lte=on
    ).order_by("status_since", "pk")
    for item in serving:
        findings.setdefault(
            item.region_id,
            Finding(
                item.region_id,
                "5a",
                _("Krajský majetek „%(name)s“ (%(place)s) je %(status)s od %(date)s.")
                % {
                    "name": item.name,
                    "place": item.municipality,
                    "status": item.get_status_display(),
                    "date": _day(item.status_since),
                },
                since=item.status_since,
            ),
        )
    return list(findings.values())


def social_work_planned(on: datetime.date) -> list[Finding]:
    """6a: socialni_prace_uvazky_potreba for at least half of the region's ORP
    within 24 months."""
    orp_counts = dict(
        Territory.objects.filter(kind=TerritoryKind.ORP)
        .values("parent_id")
        .annotate(count=Count("pk"))
        .values_list("parent_id", "count")
    )
    covered = (
        IndicatorValue.objects.filter(
            _in_window(on),
            indicator__code="socialni_prace_uvazky_potreba",
            territory__kind=TerritoryKind.ORP,
        )
        .values("territory__parent_id")
        .annotate(orp=Count("territory", distinct=True), latest=Max("period"))
    )
    findings = []
    for row in covered:
        region_id, orp = row["territory__parent_id"], row["orp"]
        total = orp_counts.get(region_id, 0)
        if total and 2 * orp >= total:
            findings.append(
                Finding(
                    region_id,
                    "6a",
                    _(
                        "Potřebné úvazky sociální práce k bydlení kraj sleduje "
                        "v %(orp)s z %(total)s ORP (nejnovější údaj %(date)s)."
                    )
                    % {"orp": orp, "total": total, "date": _day(row["latest"])},
                )
            )
    return findings


def _recent_datasets(on: datetime.date):
    start = window_start(on)
    return Dataset.objects.filter(
        last_imported_at__date__gte=start, last_imported_at__date__lte=on
    ).order_by("last_imported_at", "pk")


def analyst_contact(on: datetime.date) -> list[Finding]:
    """7a: a dataset of the region with a named contact, updated within 24 months."""
    findings = {}
    for dataset in (
        _recent_datasets(on).filter(region__isnull=False).exclude(contact="")
    ):
        findings[dataset.region_id] = Finding(
            dataset.region_id,
            "7a",
            _(
                "Datovou sadu „%(dataset)s“ spravuje %(contact)s; naposledy "
                "aktualizována %(date)s."
            )
            % {
                "dataset": dataset.name,
                "contact": dataset.contact,
                "date": _day(timezone.localtime(dataset.last_imported_at).date()),
            },
            dataset_url(dataset),
        )
    return list(findings.values())


def _regions_in(model, dataset_ids: Iterable[int]) -> set[tuple[int, int]]:
    """(dataset id, region id) for every region whose figures (its own or its
    ORP's) the datasets hold."""
    rows = (
        model.objects.filter(dataset_id__in=dataset_ids)
        .filter(territory__kind__in=[TerritoryKind.REGION, TerritoryKind.ORP])
        .values_list(
            "dataset_id", "territory__kind", "territory_id", "territory__parent_id"
        )
        .distinct()
    )
    return {
        (dataset_id, territory_id if kind == TerritoryKind.REGION else parent_id)
        for dataset_id, kind, territory_id, parent_id in rows
    }


def automatic_feed(on: datetime.date) -> list[Finding]:
    """7b: a dataset with the region's figures, fed by a scheduled automatic import
    within 24 months."""
    datasets = {d.pk: d for d in _recent_datasets(on).filter(automatic_source=True)}
    pairs = {(pk, d.region_id) for pk, d in datasets.items() if d.region_id}
    pairs |= _regions_in(IndicatorValue, datasets) | _regions_in(Observation, datasets)
    findings = {}
    for dataset_id, region_id in sorted(
        pairs, key=lambda pair: datasets[pair[0]].last_imported_at
    ):
        dataset = datasets[dataset_id]
        findings[region_id] = Finding(
            region_id,
            "7b",
            _(
                "Datovou sadu „%(dataset)s“ s údaji kraje plní plánovaný "
                "automatický import, naposledy %(date)s."
            )
            % {
                "dataset": dataset.name,
                "date": _day(timezone.localtime(dataset.last_imported_at).date()),
            },
            dataset_url(dataset),
        )
    return list(findings.values())


def longest_run(years: Iterable[int]) -> tuple[int, int] | None:
    """The first and last year of the longest run of consecutive years."""
    best, start, previous = None, None, None
    for year in sorted(set(years)):
        start = year if previous is None or year != previous + 1 else start
        previous = year
        if best is None or year - start > best[1] - best[0]:
            best = (start, year)
    return best


def ethos_series(on: datetime.date) -> list[Finding]:
    """7c: the region's own ETHOS series (figures for the region or its ORP in
    datasets the region keeps) covers at least five consecutive years up to the
    date. A national dataset's figures for the region do not count: step 7 is
    about data the region itself keeps across cycles."""
    region_of = _regions_of_territories()
    keeper_of = dict(
        Dataset.objects.filter(region__isnull=False).values_list("pk", "region_id")
    )
    years: dict[int, set[int]] = defaultdict(set)
    # Years per dataset and territory without a join, so PostgreSQL can answer
    # from the unique constraint's index even when millions of observations are
    # stored.
    rows = (
        Observation.objects.filter(dataset_id__in=keeper_of, period__lte=on)
        .values_list("dataset_id", "territory_id", "period__year")
        .distinct()
    )
    for dataset_id, territory_id, year in rows:
        region_id = region_of.get(territory_id)
        if region_id is not None and region_id == keeper_of[dataset_id]:
            years[region_id].add(year)
    findings = []
    for region_id, region_years in years.items():
        run = longest_run(region_years)
        if run and run[1] - run[0] + 1 >= ETHOS_YEARS_IN_A_ROW:
            findings.append(
                Finding(
                    region_id,
                    "7c",
                    _(
                        "Řada údajů ETHOS kraje pokrývá %(count)s po sobě jdoucích "
                        "let (%(first)s–%(last)s)."
                    )
                    % {"count": run[1] - run[0] + 1, "first": run[0], "last": run[1]},
                )
            )
    return findings


RULES: list[Callable[[datetime.date], list[Finding]]] = [
    fund_established,
    fund_used,
    property_for_housing,
    social_work_planned,
    analyst_contact,
    automatic_feed,
    ethos_series,
]


@dataclass(frozen=True)
class EvidenceChanges:
    recorded: int
    withdrawn: int


@transaction.atomic
def evaluate_evidence(*, on: datetime.date | None = None) -> EvidenceChanges:
    """Records what the rules find as of ``on`` (default today) and withdraws
    data evidence that no longer holds; writes only what changed."""
    on = on or timezone.localdate()
    known = set(Indicator.objects.values_list("code", flat=True))
    regions = Region.objects.defer("geometry").in_bulk()
    findings = {
        evidence_key(finding.indicator_code, regions[finding.region_id]): finding
        for rule in RULES
        for finding in rule(on)
        if finding.indicator_code in known and finding.region_id in regions
    }
    current = {
        assessment.evidence_key: assessment
        for assessment in Assessment.objects.filter(
            source=AssessmentSource.DERIVED,
            evidence_key__startswith=KEY_PREFIX,
            withdrawn_on__isnull=True,
        )
    }
    recorded = 0
    for key, finding in findings.items():
        held = current.get(key)
        if held and (held.note, held.evidence_url) == (finding.reason, finding.url):
            continue
        record_evidence(
            region=regions[finding.region_id],
            indicator_code=finding.indicator_code,
            key=key,
            date=held.date if held else min(finding.since or on, on),
            url=finding.url,
            note=finding.reason,
        )
        recorded += 1
    stale = set(current) - set(findings)
    for key in stale:
        withdraw_evidence(key=key, date=on)
    return EvidenceChanges(recorded, len(stale))


_state = threading.local()


def on_data_changed(sender, **kwargs) -> None:
    """Re-derives the evidence once data changed; the evaluation's own evidence
    changes do not start another one."""
    if getattr(_state, "evaluating", False):
        return
    _state.evaluating = True
    try:
        evaluate_evidence()
    finally:
        _state.evaluating = False


def connect() -> None:
    data_changed.connect(on_data_changed, dispatch_uid="monitoring-evidence-rules")
