"""Applies a Python function to a column once per distinct value.

Without pyarrow, pandas' string methods loop in Python over every cell; an import
column of codes, periods or categories repeats a few values over millions of rows,
so factorising it (in C) and working on the distinct values is many times faster,
and no slower for a column whose every value differs."""

from collections.abc import Callable

import numpy as np
import pandas as pd


class Distinct:
    def __init__(self, column: pd.Series):
        self.codes, values = pd.factorize(column, use_na_sentinel=False)
        self.values = values.tolist()  # iterating a pandas array costs far more
        self.index = column.index

    def results(self, function: Callable) -> list:
        """function(value) of each distinct value, in the order of ``values``."""
        return [function(value) for value in self.values]

    def spread(self, results: list, dtype=object) -> pd.Series:
        """Per-distinct ``results`` as a column of the original's rows."""
        array = np.fromiter(results, dtype=dtype, count=len(results))
        return pd.Series(array[self.codes], index=self.index)

    def map(self, function: Callable, dtype=object) -> pd.Series:
        return self.spread(self.results(function), dtype)


def each_distinct(column: pd.Series, function: Callable, dtype=object) -> pd.Series:
    return Distinct(column).map(function, dtype)
