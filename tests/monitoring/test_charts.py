from monitoring.blocks import charts
from monitoring.blocks.tables import DataTable
from monitoring.suppression import Cell

TABLE = DataTable(
    caption="Osoby v bytové nouzi",
    row_header="Období",
    columns=["Bez střechy", "Bez bytu"],
    rows=[
        ("2023", [Cell(1600), Cell(12000)]),
        ("2024", [Cell(1700), Cell(None, True)]),
    ],
)


def test_charts_format_numbers_the_czech_way_and_keep_legends_under_the_plot():
    spec = charts.series_spec(TABLE, mark="line", y_title="osoby")

    config = spec["config"]
    assert config["locale"]["number"] == {
        "decimal": ",",
        "thousands": "\u00a0",
        "grouping": [3],
        "currency": ["", ""],
    }
    assert config["numberFormat"] == ",~f"
    assert config["legend"]["orient"] == "bottom"
    assert spec["width"] == "container"
    # Suppressed cells are left out of the chart.
    assert [point["value"] for point in spec["data"]["values"]] == [1600, 12000, 1700]


def test_ladder_chart_labels_steps_by_number_and_regions_by_short_name():
    table = DataTable(
        caption="Žebříček",
        row_header="Kraj",
        columns=["0. Zájem politiků", "1. Bydlení jako téma"],
        rows=[
            ("Hlavní město Praha", ["splněno", "probíhá"]),
            ("Kraj Vysočina", ["nezahájeno", "nezahájeno"]),
            ("Jihočeský kraj", ["splněno", "splněno"]),
        ],
    )

    values = charts.ladder_spec(table)["data"]["values"]

    assert {value["region"] for value in values} == {"Praha", "Vysočina", "Jihočeský"}
    assert {value["number"] for value in values} == {"0", "1"}
    assert values[0]["row"] == "Hlavní město Praha"
    assert values[0]["step"] == "0. Zájem politiků"
