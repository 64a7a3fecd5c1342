"""Validates an import file a chunk of rows at a time, in memory bounded by the
chunk and not by the file: each kind of table (ETHOS, data indicators) gives its
columns, its key and a function validating one chunk; problems go to a bounded
collector, and a key repeated anywhere in the file is found from compact key
columns kept across the chunks. The rows of a file are kept only while it has no
problem, since a file with one is imported not at all."""

from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import pandas as pd

from monitoring.importers.columns import Column, match_columns
from monitoring.importers.problems import (
    FIRST_DATA_ROW,
    ImportProblem,
    ImportRefused,
)
from monitoring.importers.readers import read_chunks


@dataclass(frozen=True)
class TableRules:
    """What a kind of table checks. ``validate_chunk(chunk, mapping, problems)``
    returns the chunk's rows (with the ``key`` columns, empty where a cell is not
    valid); ``repeated(first_row)`` words a key seen before on ``first_row``,
    reported in the canonical column ``key_column``; ``problems(mapping)`` makes
    the collector ``validate_chunk`` adds to."""

    columns: tuple[Column, ...]
    key: list[str]
    key_column: str
    missing_columns: Callable[[dict[str, str], list[str]], list[ImportProblem]]
    validate_chunk: Callable
    repeated: Callable[[int], str]
    problems: Callable


def validated_rows(
    source: Path | BinaryIO, filename: str | None, rules: TableRules
) -> pd.DataFrame:
    """Every row of the file, validated; raises ImportRefused with the first
    problems and their total."""
    mapping: dict[str, str] = {}

    def check_header(names: list[str]) -> None:
        found, missing = match_columns(names, rules.columns)
        if missing or not found:
            raise ImportRefused(rules.missing_columns(found, missing))
        mapping.update(found)

    usable: list[pd.DataFrame] = []
    keys: list[pd.DataFrame] = []
    problems = rules.problems(mapping)  # the mapping is filled in by check_header
    with closing(read_chunks(source, filename, check_header)) as chunks:
        for chunk in chunks:
            rows = rules.validate_chunk(chunk, mapping, problems)
            keys.append(rows[rules.key].dropna())
            if problems.total:
                usable.clear()
            else:
                usable.append(rows)
            problems.settle()
    _repeated_keys(pd.concat(keys), rules, problems)
    if problems.total:
        raise problems.refusal()
    return pd.concat(usable)


def _repeated_keys(keys: pd.DataFrame, rules: TableRules, problems) -> None:
    """A problem on every row whose key an earlier row has, naming that row."""
    repeated = keys[keys.duplicated(keep=False)]
    if repeated.empty:
        return
    rows = repeated.index.to_series(index=repeated.index)
    first = rows.groupby([repeated[name] for name in rules.key], sort=False)
    first = first.transform("min")
    later = rows.index[rows != first]
    problems.add_at(
        later,
        rules.key_column,
        lambda index: rules.repeated(int(first[index]) + FIRST_DATA_ROW),
    )
    problems.settle()
