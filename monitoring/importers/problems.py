from dataclasses import dataclass


@dataclass(frozen=True)
class ImportProblem:
    """Why a file cannot be imported; ``row`` is the row number a spreadsheet shows
    (the header is row 1), ``column`` the column's name in the file."""

    message: str
    row: int | None = None
    column: str | None = None

    def __str__(self) -> str:
        place = []
        if self.row is not None:
            place.append(f"řádek {self.row}")
        if self.column:
            place.append(f"sloupec „{self.column}“")
        return f"{', '.join(place)}: {self.message}" if place else self.message


class ImportRefused(Exception):
    """Raised with every problem found; nothing has been written."""

    def __init__(self, problems: list[ImportProblem]):
        self.problems = problems
        super().__init__("\n".join(str(problem) for problem in problems))
