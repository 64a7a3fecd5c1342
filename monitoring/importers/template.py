"""The file editors download, fill in and upload: headers plus example rows."""

import csv
import io

EXAMPLE_ROWS = [
    ("kod_uzemi", "obdobi", "kategorie_ethos", "ukazatel", "hodnota", "poznamka"),
    ("CZ051", "2024", "1", "osoby", "120", "ukázkový řádek – kraj (NUTS 3)"),
    ("CZ-51", "2024", "3.1", "domácnosti", "45", "ukázkový řádek – kraj (ISO)"),
    ("5105", "15. 4. 2024", "L6", "děti", "12", "ukázkový řádek – ORP Liberec"),
]


def ethos_template_csv() -> bytes:
    """Semicolon-separated UTF-8 with BOM, which Czech Excel opens correctly."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(EXAMPLE_ROWS)
    return buffer.getvalue().encode("utf-8-sig")
