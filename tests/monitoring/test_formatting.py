import datetime
from decimal import Decimal

from django.template import Context, Template
from django.utils import translation

from monitoring import formatting
from monitoring.blocks.exports import csv_filename, table_csv
from monitoring.blocks.tables import DataTable
from monitoring.suppression import Cell

NBSP = "\u00a0"


def test_numbers_have_a_non_breaking_thousands_space_and_a_decimal_comma():
    assert formatting.number(0) == "0"
    assert formatting.number(999) == "999"
    assert formatting.number(5981) == f"5{NBSP}981"
    assert formatting.number(12000) == f"12{NBSP}000"
    assert formatting.number(-1234567) == f"-1{NBSP}234{NBSP}567"
    assert formatting.number(1.5) == "1,5"
    assert formatting.number(Decimal("12345.678"), 2) == f"12{NBSP}345,68"
    assert formatting.number(None) == ""


def test_csv_numbers_stay_plain_for_czech_excel():
    assert formatting.csv_number(12000) == "12000"
    assert formatting.csv_number(Decimal("1234.5")) == "1234,5"
    assert formatting.csv_number(None) == ""


def test_dates_read_day_month_year_with_spaces_that_do_not_break():
    assert (
        formatting.short_date(datetime.date(2026, 11, 26)) == f"26.{NBSP}11.{NBSP}2026"
    )
    assert formatting.short_date(datetime.date(2024, 9, 1)) == f"1.{NBSP}9.{NBSP}2024"
    assert formatting.short_date(None) == ""


def test_template_filters_format_numbers_and_dates_and_leave_text_alone():
    template = Template(
        "{% load formatting %}{{ big|number }}|{{ rate|number:1 }}|{{ dash|number }}"
        "|{{ day|short_date }}"
    )
    context = Context(
        {"big": 12000, "rate": 2.25, "dash": "–", "day": datetime.date(2026, 11, 26)}
    )

    assert template.render(context) == f"12{NBSP}000|2,3|–|26.{NBSP}11.{NBSP}2026"


def test_published_cells_read_formatted_and_suppressed_ones_say_so():
    assert str(Cell(12000)) == f"12{NBSP}000"
    assert str(Cell(None, suppressed=True)) == "méně než 5"


def test_vega_locale_matches_the_tables():
    locale = formatting.vega_locale()

    assert locale["number"]["decimal"] == ","
    assert locale["number"]["thousands"] == NBSP
    assert locale["number"]["grouping"] == [3]
    assert locale["time"]["date"] == "%-d. %-m. %Y"
    assert locale["time"]["months"][0] == "leden"
    assert locale["time"]["days"][0] == "neděle"
    assert locale["time"]["shortDays"][1] == "po"


def test_formatting_follows_the_active_language():
    with translation.override("en"):
        assert formatting.number(12000) == "12,000"
        assert formatting.number(1.5) == "1.5"


def test_block_csv_keeps_numbers_plain_and_names_the_file_in_czech():
    table = DataTable(
        caption="Osoby v bytové nouzi – Jihočeský kraj, 2024",
        row_header="ORP",
        columns=["Bez střechy", "Bez bytu"],
        rows=[("České Budějovice", [Cell(12000), Cell(None, suppressed=True)])],
    )

    assert table.text_rows() == [["České Budějovice", f"12{NBSP}000", "méně než 5"]]
    assert table_csv(table).splitlines() == [
        "ORP;Bez střechy;Bez bytu",
        "České Budějovice;12000;méně než 5",
    ]
    assert (
        csv_filename(table, datetime.date(2026, 11, 26), dataset="scitani-2024")
        == "scitani-2024-osoby-v-bytove-nouzi-jihocesky-kraj-2024-2026-11-26.csv"
    )
