import pytest

from monitoring.suppression import Cell, publishable


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, Cell(0)),
        (1, Cell(None, suppressed=True)),
        (4, Cell(None, suppressed=True)),
        (5, Cell(5)),
        (11600, Cell(11600)),
    ],
)
def test_counts_below_the_threshold_are_suppressed(value, expected):
    assert publishable(value) == expected


def test_threshold_is_a_setting(settings):
    settings.MONITORING_SUPPRESS_BELOW = 10

    assert publishable(9).suppressed
    assert str(publishable(9)) == "méně než 10"
    assert str(publishable(10)) == "10"
