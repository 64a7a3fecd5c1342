"""The largest count a single observation of each measure may have.

Each ceiling lies just above the whole country's figure in the Czech Statistical
Office's Census 2021 (ČSÚ, Sčítání lidu, domů a bytů 2021 – SLDB 2021, scitani.gov.cz),
with room for growth: no territory can count more people, households or children
than the country has, so a bigger value is a typing or unit mistake.

- osoby: 10,524,167 usual residents in SLDB 2021 (ČSÚ's mid-2024 estimate is about
  10.9 million) → 11,000,000
- domácnosti: 4,813,103 households (hospodařící domácnosti) in SLDB 2021 → 5,000,000
- děti: about 2.1 million dependent children and fewer than 2.1 million residents
  under 18 in SLDB 2021 → 2,500,000
"""

from monitoring.models import Measure

MEASURE_MAXIMA: dict[str, int] = {
    Measure.PEOPLE: 11_000_000,
    Measure.HOUSEHOLDS: 5_000_000,
    Measure.CHILDREN: 2_500_000,
}
