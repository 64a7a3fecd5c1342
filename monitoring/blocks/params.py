"""Each live block's parameters as one typed, frozen, hashable object, built once
from either the StreamField block value (an editor's choice) or the CSV download's
query string. Builders read these objects and the cache is keyed by them, so only
parsed, known parameters in one canonical form reach the data and the cache.

A block value is read leniently (a value that no longer parses, e.g. a year typed
before bounds existed, is treated as not given); a query string strictly: a bad
value, or a dataset, territory, category or region that does not exist, is
refused with a Czech message naming the parameter."""

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import ClassVar, Self
from urllib.parse import urlencode

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from monitoring.models import (
    DataIndicator,
    Dataset,
    EthosCategory,
    Measure,
    Region,
    Territory,
    TerritoryKind,
)
from monitoring.query_forms import QueryForm, choice, code, integer, text

FIRST_YEAR, LAST_YEAR = 1900, 2100
MAX_CATEGORIES = 30
LEVELS = [(TerritoryKind.REGION.value, "kraje"), (TerritoryKind.ORP.value, "ORP")]
CHARTS = [("bar", "sloupce"), ("line", "čáry")]
TERRITORY_CODE = r"\A[A-Z0-9]{1,10}\Z"
CATEGORY_CODE = r"\A[0-9A-Za-z.]{1,12}\Z"
INDICATOR_CODE = r"\A[a-z0-9_]{1,60}\Z"


class InvalidBlockParameters(ValueError):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _unknown(message: str) -> forms.ValidationError:
    return forms.ValidationError(message, code="unknown")


class BlockForm(QueryForm):
    """Parameters of every block kind; each kind's form keeps the ones it reads.
    With ``check_references`` the codes and ids must name existing rows."""

    caption = text(120, initial="")
    dataset = integer(
        1, 2**31 - 1, required=True, expected=gettext_lazy("a dataset number")
    )
    territory = code(
        TERRITORY_CODE,
        10,
        gettext_lazy("a territory code (CZ, a region's or ORP's code)"),
        initial="CZ",
    )
    region = code(TERRITORY_CODE, 10, gettext_lazy("a region code (e.g. CZ051)"))
    category = code(
        CATEGORY_CODE, 12, gettext_lazy("an ETHOS category code"), required=True
    )
    categories = code(
        r"\A[0-9A-Za-z.,]*\Z",
        MAX_CATEGORIES * 13,
        gettext_lazy("comma-separated ETHOS category codes"),
        initial=(),
    )
    measure = choice(Measure.choices, initial=Measure.PEOPLE.value)
    indicator = code(
        INDICATOR_CODE,
        60,
        gettext_lazy("a data indicator code (e.g. garancni_fond_obce)"),
        required=True,
    )
    year = integer(FIRST_YEAR, LAST_YEAR)
    level = choice(LEVELS, initial=TerritoryKind.REGION.value)
    chart = choice(CHARTS, initial="bar")

    def __init__(self, data, *, names, required=(), check_references=False):
        super().__init__(data)
        self.check_references = check_references
        for name in set(self.fields) - set(names):
            del self.fields[name]
        for name in required:
            self.fields[name].required = True

    def clean_dataset(self):
        pk = self.cleaned_data["dataset"]
        if self.check_references and not Dataset.objects.filter(pk=pk).exists():
            raise _unknown(_("The dataset %(pk)s does not exist.") % {"pk": pk})
        return pk

    def clean_territory(self):
        value = self.cleaned_data["territory"] or "CZ"
        if self.check_references and not Territory.objects.filter(code=value).exists():
            raise _unknown(
                _("The territory %(code)s does not exist.") % {"code": value}
            )
        return value

    def clean_region(self):
        value = self.cleaned_data["region"] or None
        if (
            value
            and self.check_references
            and not Region.objects.filter(code=value).exists()
        ):
            raise _unknown(_("Kraj %(code)s neexistuje.") % {"code": value})
        return value

    def clean_category(self):
        value = self.cleaned_data["category"]
        self._check_categories([value])
        return value

    def clean_categories(self):
        codes = sorted(
            {code for code in self.cleaned_data["categories"].split(",") if code}
        )
        if len(codes) > MAX_CATEGORIES:
            raise forms.ValidationError("too many", code="invalid")
        self._check_categories(codes)
        return tuple(codes)

    def _check_categories(self, codes):
        if not (self.check_references and codes):
            return
        known = set(
            EthosCategory.objects.filter(code__in=codes).values_list("code", flat=True)
        )
        if missing := sorted(set(codes) - known):
            message = ngettext(
                "ETHOS category %(codes)s does not exist.",
                "ETHOS categories %(codes)s do not exist.",
                len(missing),
            )
            raise _unknown(message % {"codes": ", ".join(missing)})

    def clean_measure(self):
        return self.cleaned_data["measure"] or Measure.PEOPLE.value

    def clean_indicator(self):
        value = self.cleaned_data["indicator"]
        if (
            self.check_references
            and not DataIndicator.objects.filter(code=value).exists()
        ):
            raise _unknown(
                _("The data indicator %(code)s does not exist.") % {"code": value}
            )
        return value

    def clean_level(self):
        return self.cleaned_data["level"] or TerritoryKind.REGION.value

    def clean_chart(self):
        return self.cleaned_data["chart"] or "bar"


@dataclass(frozen=True)
class BlockParams:
    """What one block shows; field names are the URL parameter names."""

    kind: ClassVar[str] = ""
    # Fields that change only how the block looks on a page, not its table, so
    # the CSV link leaves them out.
    display_only: ClassVar[tuple[str, ...]] = ()
    # Fields the CSV link must give (a block value lacking one shows no data).
    required: ClassVar[tuple[str, ...]] = ()

    @classmethod
    def names(cls) -> list[str]:
        return [field.name for field in fields(cls)]

    @classmethod
    def from_block_value(cls, value: Mapping) -> Self:
        """From a StreamField value; what does not parse counts as not given."""
        data = {name: _as_text(value.get(name)) for name in cls.names()}
        form = BlockForm(data, names=cls.names())
        return cls(**form.valid_values())

    @classmethod
    def from_query(cls, query: QueryDict) -> Self:
        """From the CSV download's query string; unknown parameters are not read.
        Raises InvalidBlockParameters with a Czech message for a bad one."""
        names = [name for name in cls.names() if name not in cls.display_only]
        form = BlockForm(
            query, names=names, required=cls.required, check_references=True
        )
        if not form.is_valid():
            raise InvalidBlockParameters(form.error_message())
        return cls(**form.cleaned_data)

    def as_query(self) -> dict[str, str]:
        """The canonical query string of the block's table (its CSV link)."""
        return {
            name: _as_text(getattr(self, name))
            for name in self.names()
            if name not in self.display_only
            and getattr(self, name) not in (None, "", ())
        }

    def cache_key(self) -> str:
        """Short and stable: the kind and a digest of every field's canonical value."""
        canonical = urlencode(
            [(name, _as_text(getattr(self, name))) for name in self.names()]
        )
        digest = hashlib.sha256(canonical.encode()).hexdigest()[:32]
        return f"{self.kind}:{digest}"


def _orp_within_region(params) -> None:
    """A region limit shows the region's ORP (and the region as the total), so the
    level is ORP whatever was stored: one canonical cache key and CSV link."""
    if params.region and params.level != TerritoryKind.ORP:
        object.__setattr__(params, "level", TerritoryKind.ORP.value)


def _as_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ",".join(str(item) for item in value)
    return str(value)


@dataclass(frozen=True)
class EthosTableParams(BlockParams):
    kind: ClassVar[str] = "ethos_table"
    dataset: int | None = None
    measure: str = Measure.PEOPLE.value
    year: int | None = None
    level: str = TerritoryKind.REGION.value
    region: str | None = None  # limits the table to this region's ORP

    def __post_init__(self):
        _orp_within_region(self)


@dataclass(frozen=True)
class EthosChartParams(BlockParams):
    kind: ClassVar[str] = "ethos_chart"
    dataset: int | None = None
    territory: str = "CZ"
    categories: tuple[str, ...] = ()
    measure: str = Measure.PEOPLE.value
    chart: str = "bar"
    region: str | None = None  # a territory outside this region shows the region


@dataclass(frozen=True)
class EthosMapParams(BlockParams):
    kind: ClassVar[str] = "ethos_map"
    dataset: int | None = None
    category: str | None = None
    measure: str = Measure.PEOPLE.value
    year: int | None = None
    level: str = TerritoryKind.REGION.value
    region: str | None = None  # limits the map to this region's ORP, zoomed in

    def __post_init__(self):
        _orp_within_region(self)


@dataclass(frozen=True)
class KeyFigureParams(BlockParams):
    kind: ClassVar[str] = "key_figure"
    display_only: ClassVar[tuple[str, ...]] = ("caption",)
    caption: str = ""
    dataset: int | None = None
    territory: str = "CZ"
    category: str | None = None
    measure: str = Measure.PEOPLE.value


@dataclass(frozen=True)
class LadderParams(BlockParams):
    kind: ClassVar[str] = "ladder"


@dataclass(frozen=True)
class RegionLadderParams(BlockParams):
    kind: ClassVar[str] = "region_ladder"
    required: ClassVar[tuple[str, ...]] = ("region",)
    region: str | None = None


@dataclass(frozen=True)
class IndicatorTableParams(BlockParams):
    kind: ClassVar[str] = "indicator_table"
    required: ClassVar[tuple[str, ...]] = ("indicator",)
    indicator: str | None = None
    year: int | None = None
    level: str = TerritoryKind.REGION.value
    region: str | None = None  # limits the table to this region's ORP

    def __post_init__(self):
        _orp_within_region(self)


@dataclass(frozen=True)
class IndicatorMapParams(IndicatorTableParams):
    kind: ClassVar[str] = "indicator_map"


@dataclass(frozen=True)
class IndicatorChartParams(BlockParams):
    kind: ClassVar[str] = "indicator_chart"
    required: ClassVar[tuple[str, ...]] = ("indicator",)
    indicator: str | None = None
    territory: str = "CZ"
    chart: str = "bar"
    region: str | None = None  # a territory outside this region shows the region


@dataclass(frozen=True)
class IndicatorFigureParams(BlockParams):
    kind: ClassVar[str] = "indicator_figure"
    display_only: ClassVar[tuple[str, ...]] = ("caption",)
    required: ClassVar[tuple[str, ...]] = ("indicator",)
    caption: str = ""
    indicator: str | None = None
    territory: str = "CZ"


@dataclass(frozen=True)
class RegionIndicatorsParams(BlockParams):
    kind: ClassVar[str] = "region_indicators"
    required: ClassVar[tuple[str, ...]] = ("region",)
    region: str | None = None


PARAMS = {
    params.kind: params
    for params in (
        EthosTableParams,
        EthosChartParams,
        EthosMapParams,
        KeyFigureParams,
        LadderParams,
        RegionLadderParams,
        IndicatorTableParams,
        IndicatorMapParams,
        IndicatorChartParams,
        IndicatorFigureParams,
        RegionIndicatorsParams,
    )
}
