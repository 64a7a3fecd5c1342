import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from monitoring.evidence_rules import (
    evaluate_evidence,
    longest_run,
    window_start,
)
from monitoring.models import (
    Assessment,
    AssessmentSource,
    AssessmentStatus,
    DataIndicator,
    Dataset,
    EthosCategory,
    GuaranteeFund,
    HousingProperty,
    Indicator,
    IndicatorValue,
    Observation,
    Territory,
    TerritoryKind,
)
from monitoring.queries import region_ladder_history
from monitoring.versioning import bump_data_version

TODAY = timezone.localdate()
THIS_YEAR = datetime.date(TODAY.year, 1, 1)


def active(region, code: str) -> Assessment | None:
    return Assessment.objects.filter(
        region=region,
        indicator__code=code,
        source=AssessmentSource.DERIVED,
        withdrawn_on__isnull=True,
    ).first()


def dataset(name="Data kraje", **fields) -> Dataset:
    fields.setdefault("last_imported_at", timezone.now())
    return Dataset.objects.create(name=name, **fields)


def value(indicator: str, territory: Territory, amount, period=THIS_YEAR, **fields):
    return IndicatorValue.objects.create(
        dataset=fields.pop("dataset", None) or dataset(f"Sada {indicator}"),
        indicator=DataIndicator.objects.get(code=indicator),
        territory=territory,
        period=period,
        period_is_year=fields.pop("period_is_year", True),
        value=amount,
    )


def liberec_orp(liberec) -> list[Territory]:
    return list(Territory.objects.filter(kind=TerritoryKind.ORP, parent=liberec))


@pytest.fixture
def fund(liberec):
    return GuaranteeFund.objects.create(
        region=liberec,
        name="Garanční fond Libereckého kraje",
        established_on=datetime.date(2025, 3, 1),
        rules_url="https://example.org/pravidla",
    )


def test_window_is_24_months_back_and_copes_with_leap_days():
    assert window_start(datetime.date(2026, 11, 26)) == datetime.date(2024, 11, 26)
    assert window_start(datetime.date(2028, 2, 29)) == datetime.date(2026, 2, 28)


def test_longest_run_of_consecutive_years():
    assert longest_run([2019, 2020, 2021, 2023, 2024]) == (2019, 2021)
    assert longest_run([2024]) == (2024, 2024)
    assert longest_run([]) is None


def test_4a_established_fund_is_evidence_with_reason_and_link(fund, liberec):
    evaluate_evidence()

    assessment = active(liberec, "4a")
    assert assessment.status == AssessmentStatus.ACHIEVED
    assert assessment.note == (
        "Garanční fond „Garanční fond Libereckého kraje“ je v registru kraje "
        "zřízen od 1. 3. 2025."
    )
    assert assessment.evidence_url == "https://example.org/pravidla"
    assert assessment.evidence_key == "data:4a:CZ051"
    assert assessment.date == datetime.date(2025, 3, 1)


def test_4a_fund_not_established_or_closed_is_not_evidence(fund, liberec):
    fund.established_on = None
    fund.save()
    evaluate_evidence()
    assert active(liberec, "4a") is None

    fund.established_on = datetime.date(2020, 1, 1)
    fund.closed_on = TODAY
    fund.save()
    evaluate_evidence()
    assert active(liberec, "4a") is None


def test_4b_municipalities_using_the_fund_within_24_months(liberec):
    orp = liberec_orp(liberec)[0]
    value("garancni_fond_obce", orp, 3)

    evaluate_evidence()

    assessment = active(liberec, "4b")
    assert assessment.note == (
        f"Obcí, které využily garanční fond v období {TODAY.year}: 3 "
        "(datová sada „Sada garancni_fond_obce“)."
    )
    assert assessment.evidence_url.endswith("/data/sada-garancni_fond_obce/")


@pytest.mark.parametrize(
    "period", [THIS_YEAR, THIS_YEAR.replace(year=TODAY.year - 3)], ids=["0", "old"]
)
def test_4b_zero_or_older_than_24_months_is_not_evidence(liberec, period):
    amount = 0 if period == THIS_YEAR else 5
    value("garancni_fond_obce", liberec, amount, period=period)

    evaluate_evidence()

    assert active(liberec, "4b") is None


def test_4b_correcting_the_value_to_zero_withdraws_the_evidence(liberec):
    stored = value("garancni_fond_obce", liberec, 2)
    evaluate_evidence()
    assert active(liberec, "4b")

    stored.value = 0
    stored.save()
    evaluate_evidence()

    assert active(liberec, "4b") is None
    withdrawn = Assessment.objects.get(evidence_key="data:4b:CZ051")
    assert withdrawn.withdrawn_on == TODAY


def test_4b_evidence_expires_when_the_window_moves_on(liberec):
    value("garancni_fond_obce", liberec, 2)
    evaluate_evidence()

    evaluate_evidence(on=datetime.date(TODAY.year + 3, 1, 2))

    assert active(liberec, "4b") is None


def test_5a_flats_for_affordable_housing_within_24_months(liberec):
    value("majetek_byty_dostupne_bydleni", liberec, 12)

    evaluate_evidence()

    assert "v krajském majetku pro dostupné bydlení v období" in (
        active(liberec, "5a").note
    )
    assert active(liberec, "5a").note.endswith(
        ": 12 (datová sada „Sada majetek_byty_dostupne_bydleni“)."
    )


def test_5a_property_let_counts_unused_does_not(liberec):
    item = HousingProperty.objects.create(
        region=liberec,
        name="Bývalá ubytovna",
        municipality="Frýdlant",
        kind="building",
        units=8,
    )
    evaluate_evidence()
    assert active(liberec, "5a") is None

    item.status = "let"
    item.status_since = datetime.date(2026, 1, 15)
    item.save()
    evaluate_evidence()

    assert active(liberec, "5a").note == (
        "Krajský majetek „Bývalá ubytovna“ (Frýdlant) je pronajatý od 15. 1. 2026."
    )


@pytest.mark.parametrize(("share", "expected"), [(0.5, True), (0.4, False)])
def test_6a_social_work_needs_for_half_of_the_regions_orp(liberec, share, expected):
    orp = liberec_orp(liberec)
    data = dataset("Úvazky")
    for territory in orp[: int(len(orp) * share)]:
        value("socialni_prace_uvazky_potreba", territory, 1.5, dataset=data)

    evaluate_evidence()

    assert (active(liberec, "6a") is not None) is expected


def test_7a_region_dataset_with_named_contact_updated_within_24_months(liberec):
    dataset(region=liberec, contact="Mgr. Jana Analytická, odbor sociálních věcí")

    evaluate_evidence()

    assert "spravuje Mgr. Jana Analytická" in active(liberec, "7a").note


@pytest.mark.parametrize(
    "fields",
    [{"contact": ""}, {"contact": "Analytik", "last_imported_at": None}],
    ids=["no contact", "never imported"],
)
def test_7a_without_contact_or_recent_update_is_not_evidence(liberec, fields):
    dataset(region=liberec, **fields)
    old = dataset("Stará sada", region=liberec, contact="Analytik")
    Dataset.objects.filter(pk=old.pk).update(
        last_imported_at=timezone.now() - datetime.timedelta(days=3 * 365)
    )

    evaluate_evidence()

    assert active(liberec, "7a") is None


def test_7b_automatic_dataset_with_the_regions_figures(liberec):
    data = dataset("Registr", automatic_source=True)
    value("socialni_sluzby_bydleni_pocet", liberec_orp(liberec)[0], 0, dataset=data)

    evaluate_evidence()

    assert "plní plánovaný automatický import" in active(liberec, "7b").note


def test_7b_dataset_filled_by_hand_is_not_evidence(liberec):
    data = dataset("Ruční", region=liberec)
    value("socialni_sluzby_bydleni_pocet", liberec, 4, dataset=data)

    evaluate_evidence()

    assert active(liberec, "7b") is None


def ethos(region, years, keeper="region") -> None:
    data = dataset("ETHOS kraje", region=region if keeper == "region" else None)
    category = EthosCategory.objects.first()
    for year in years:
        Observation.objects.create(
            dataset=data,
            territory=region,
            period=datetime.date(year, 1, 1),
            category=category,
            measure="osoby",
            value=10,
        )


def test_7c_five_consecutive_years_of_ethos(liberec):
    ethos(liberec, range(2019, 2024))

    evaluate_evidence()

    assert active(liberec, "7c").note == (
        "Řada údajů ETHOS kraje pokrývá 5 po sobě jdoucích let (2019–2023)."
    )


def test_7c_a_national_datasets_figures_for_the_region_are_not_its_series(liberec):
    ethos(liberec, range(2019, 2024), keeper="country")

    evaluate_evidence()

    assert active(liberec, "7c") is None


def test_7c_a_gap_breaks_the_series(liberec):
    ethos(liberec, [2018, 2019, 2020, 2022, 2023])

    evaluate_evidence()

    assert active(liberec, "7c") is None


def test_manual_assessment_still_wins(fund, liberec):
    evaluate_evidence()
    Assessment.objects.create(
        region=liberec,
        indicator=Indicator.objects.get(code="4a"),
        date=TODAY,
        status=AssessmentStatus.IN_PROGRESS,
    )

    history = region_ladder_history(region=liberec)

    step4 = history.current.steps[4]
    assert step4.indicators["4a"].source == AssessmentSource.MANUAL


def test_evaluating_again_writes_nothing(fund, liberec):
    first = evaluate_evidence()
    again = evaluate_evidence()

    assert (first.recorded, again.recorded, again.withdrawn) == (1, 0, 0)
    assert Assessment.objects.filter(evidence_key="data:4a:CZ051").count() == 1


def test_a_register_change_is_evaluated_once_committed(
    liberec, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        GuaranteeFund.objects.create(
            region=liberec, name="Fond", established_on=datetime.date(2025, 1, 1)
        )
        bump_data_version()  # as every admin save and import does

    assert active(liberec, "4a") is not None


def test_daily_command_moves_the_window(liberec, capsys):
    value("garancni_fond_obce", liberec, 2)
    call_command("evaluate_evidence")
    call_command("evaluate_evidence", "--date", f"{TODAY.year + 3}-01-02")

    assert active(liberec, "4b") is None
    assert "staženo 1" in capsys.readouterr().out


def test_region_ladder_block_shows_why_data_evidence_holds(fund, liberec):
    from monitoring.blocks.ladder import region_ladder
    from monitoring.blocks.params import RegionLadderParams

    evaluate_evidence()

    notes = region_ladder(RegionLadderParams(region="CZ051")).table.notes
    assert any(
        "Garanční fond existuje – splněno (odvozeno ze zveřejněného obsahu nebo "
        "z dat). Garanční fond „Garanční fond Libereckého kraje“ je v registru "
        "kraje zřízen od 1. 3. 2025. Splněno kroků: 0." in note
        for note in notes
    )


def test_evaluation_runs_a_fixed_number_of_queries(
    fund, liberec, django_assert_max_num_queries
):
    fte = dataset("FTE")
    for territory in liberec_orp(liberec):
        value("socialni_prace_uvazky_potreba", territory, 2, dataset=fte)
    value("garancni_fond_obce", liberec, 2)
    ethos(liberec, range(2019, 2024))
    evaluate_evidence()

    with django_assert_max_num_queries(18):
        unchanged = evaluate_evidence()

    assert (unchanged.recorded, unchanged.withdrawn) == (0, 0)
