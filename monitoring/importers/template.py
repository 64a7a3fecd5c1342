"""The files editors download, fill in and upload: headers plus example rows."""

import csv
import io

from monitoring.models import DataIndicator

EXAMPLE_ROWS = [
    ("kod_uzemi", "obdobi", "kategorie_ethos", "ukazatel", "hodnota", "poznamka"),
    ("CZ051", "2024", "1", "osoby", "120", "ukázkový řádek – kraj (NUTS 3)"),
    ("CZ-51", "2024", "3.1", "domácnosti", "45", "ukázkový řádek – kraj (ISO)"),
    ("5105", "15. 4. 2024", "L6", "děti", "12", "ukázkový řádek – ORP Liberec"),
]


def _excel_csv(rows) -> bytes:
    """Semicolon-separated UTF-8 with BOM, which Czech Excel opens correctly."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def ethos_template_csv() -> bytes:
    return _excel_csv(EXAMPLE_ROWS)


def indicator_template_csv() -> bytes:
    """One example row per data indicator, with its unit, so the file lists every
    code an editor may use."""
    rows = [("kod_uzemi", "obdobi", "ukazatel", "hodnota", "jednotka", "poznamka")]
    for indicator in DataIndicator.objects.all():
        example = "1,5" if indicator.decimal_places else "1"
        rows.append(
            (
                "CZ051",
                "2025",
                indicator.code,
                example,
                indicator.unit,
                f"ukázkový řádek – {indicator.name}",
            )
        )
    return _excel_csv(rows)
