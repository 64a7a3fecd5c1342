"""ČSÚ's code-list link between municipalities (číselník 43) and ORP (číselník 65),
``VAZ0043_0065``, read from the CSV ČSÚ publishes.

Columns (header names in any case): ``kodjaz`` language, ``typvaz`` kind of link,
``akrcis1``/``kodcis1`` the first code list's acronym and number, ``chodnota1`` its
item's code, ``text1`` its name, and the same with 2 for the second code list. The
side whose ``kodcis`` is 43 is the municipality, 65 the ORP; either may come first.
Without ``kodcis`` columns the first side is taken as the municipality.
"""

from dataclasses import dataclass

import pandas as pd

from monitoring.importers.problems import FIRST_DATA_ROW, ImportProblem, ImportRefused

MUNICIPALITIES = "43"
ORP = "65"
REQUIRED = ("chodnota1", "chodnota2")


@dataclass(frozen=True)
class MunicipalityLink:
    municipality_code: str  # six digits
    municipality_name: str
    orp_code: str  # four digits, as in the portal's ORP
    row: int  # the row a spreadsheet shows, for messages


def _sides(row: pd.Series) -> tuple[str, str] | None:
    """The column suffixes ('1', '2') of the municipality and the ORP side."""
    first, second = row.get("kodcis1", MUNICIPALITIES), row.get("kodcis2", ORP)
    if (first, second) == (MUNICIPALITIES, ORP):
        return "1", "2"
    if (first, second) == (ORP, MUNICIPALITIES):
        return "2", "1"
    return None


def read_links(table: pd.DataFrame) -> list[MunicipalityLink]:
    """Every municipality → ORP link of the table; ImportRefused lists every row
    that is not one (in Czech, with its row)."""
    table = table.rename(columns=lambda name: str(name).strip().lower())
    missing = [column for column in REQUIRED if column not in table.columns]
    if missing:
        raise ImportRefused(
            [
                ImportProblem(
                    "Soubor nemá strukturu vazby číselníků ČSÚ: chybí sloupce "
                    + ", ".join(missing)
                    + "."
                )
            ]
        )
    links: list[MunicipalityLink] = []
    problems: list[ImportProblem] = []
    seen: dict[str, str] = {}
    for index, row in table.iterrows():
        number = int(index) + FIRST_DATA_ROW
        link = _link(row, number, problems)
        if link is None:
            continue
        earlier = seen.get(link.municipality_code)
        if earlier is None:
            seen[link.municipality_code] = link.orp_code
            links.append(link)
        elif earlier != link.orp_code:
            problems.append(
                ImportProblem(
                    f"Obec {link.municipality_code} je přiřazena k ORP {earlier} "
                    f"i {link.orp_code}.",
                    row=number,
                )
            )
    if problems:
        raise ImportRefused(problems)
    if not links:
        raise ImportRefused(
            [ImportProblem("Soubor neobsahuje žádnou vazbu obce na ORP.")]
        )
    return links


def _link(
    row: pd.Series, number: int, problems: list[ImportProblem]
) -> MunicipalityLink | None:
    sides = _sides(row)
    if sides is None:
        problems.append(
            ImportProblem(
                "Řádek nespojuje číselník obcí (43) s číselníkem ORP (65).",
                row=number,
                column="kodcis1",
            )
        )
        return None
    municipality, orp = sides
    code, orp_code = row[f"chodnota{municipality}"], row[f"chodnota{orp}"]
    if not (code.isdigit() and len(code) == 6):
        problems.append(
            ImportProblem(
                f"Kód obce „{code}“ nemá šest číslic.",
                row=number,
                column=f"chodnota{municipality}",
            )
        )
        return None
    if not (orp_code.isdigit() and len(orp_code) == 4):
        problems.append(
            ImportProblem(
                f"Kód ORP „{orp_code}“ nemá čtyři číslice.",
                row=number,
                column=f"chodnota{orp}",
            )
        )
        return None
    return MunicipalityLink(code, row.get(f"text{municipality}", ""), orp_code, number)
