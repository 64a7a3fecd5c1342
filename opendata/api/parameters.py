"""Query parameters of every API endpoint, read through the project's typed
parameter layer (``monitoring.query_forms``): each is checked for type, bounds and
existence, and a bad one is refused with a Czech message naming it. The same
forms describe the parameters in the OpenAPI schema."""

import datetime
import re

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter

from monitoring.models import DataTheme, Measure, TerritoryKind
from monitoring.queries import (
    ObservationSelection,
    dataset_slugs,
    ethos_codes,
    region_codes,
    territory_codes,
)
from monitoring.queries.versions import version_exists
from monitoring.query_forms import QueryForm, choice, code, integer
from opendata.api.cursors import decode_cursor

MAX_LIST_ITEMS = 50
MAX_PAGE_SIZE = 1000
DEFAULT_PAGE_SIZE = 100
CURSOR = r"\A[A-Za-z0-9_-]{1,100}\Z"
MAX_CURSOR_CHARS = 100
PERIOD = re.compile(r"\A(\d{4})(?:-(\d{2})-(\d{2}))?\Z")


def _unknown(message: str) -> forms.ValidationError:
    return forms.ValidationError(message, code="unknown")


def code_list(pattern: str, expected) -> forms.CharField:
    """At most MAX_LIST_ITEMS codes separated by commas (``CZ051,CZ052``)."""
    return code(
        rf"\A(?:{pattern})(?:,(?:{pattern}))*\Z",
        MAX_LIST_ITEMS * 101,
        format_lazy(
            gettext_lazy("{expected}, at most {count}"),
            expected=expected,
            count=MAX_LIST_ITEMS,
        ),
        initial=(),
    )


def _split(value: str) -> tuple[str, ...]:
    items = tuple(dict.fromkeys(item for item in value.split(",") if item))
    if len(items) > MAX_LIST_ITEMS:
        raise forms.ValidationError("too many", code="invalid")
    return items


def _check_known(codes, known, message) -> None:
    if missing := [item for item in codes if item not in known]:
        raise _unknown(message % {"codes": ", ".join(missing)})


class PeriodField(forms.Field):
    """A year (``2022``) or a day (``2022-04-15``); ``end`` reads a year as its
    last day, so ``period_to=2022`` includes the whole of 2022."""

    def __init__(self, *, end: bool, **kwargs):
        self.end = end
        super().__init__(
            required=False,
            help_text=gettext_lazy("a year (2022) or a date as YYYY-MM-DD"),
            **kwargs,
        )

    def to_python(self, value):
        if value in self.empty_values:
            return None
        match = PERIOD.match(str(value))
        if not match:
            raise forms.ValidationError("invalid", code="invalid")
        year, month, day = match.groups()
        if month is None:
            month, day = (12, 31) if self.end else (1, 1)
        try:
            return datetime.date(int(year), int(month), int(day))
        except ValueError:
            raise forms.ValidationError("invalid", code="invalid") from None


SLUG = r"[a-z0-9-]{1,100}"
TERRITORY = r"[A-Z0-9]{1,10}"
CATEGORY = r"[0-9A-Za-z.]{1,12}"


class ApiForm(QueryForm):
    """Refuses parameters it does not know, so a typo never silently widens the
    answer."""

    def __init__(self, data):
        super().__init__(data)
        self.unknown_parameters = sorted(set(data) - set(self.fields))

    def error_message(self) -> str:
        if self.unknown_parameters:
            return _(
                "This request does not know the parameter “%(name)s”; known "
                "parameters: %(known)s."
            ) % {
                "name": self.unknown_parameters[0],
                "known": ", ".join(self.fields) or _("none"),
            }
        return super().error_message()

    @property
    def invalid_parameter(self) -> str:
        if self.unknown_parameters:
            return self.unknown_parameters[0]
        return next(iter(self.errors))

    def is_valid(self) -> bool:
        return super().is_valid() and not self.unknown_parameters


class NoParametersForm(ApiForm):
    pass


class PagedForm(ApiForm):
    page = integer(1, 10**9, initial=1)
    page_size = integer(1, MAX_PAGE_SIZE, initial=DEFAULT_PAGE_SIZE)

    def clean_page(self):
        return self.cleaned_data["page"] or 1

    def clean_page_size(self):
        return self.cleaned_data["page_size"] or DEFAULT_PAGE_SIZE


def version_field() -> forms.IntegerField:
    return integer(
        1,
        10**9,
        gettext_lazy(
            "the dataset's version number (a whole number from 1): the figures "
            "as they were after that version; with one dataset only"
        ),
    )


class VersionCheck:
    """Checks a form's ``version`` against its one dataset: the ``dataset``
    parameter's, or the download's (``datasets``)."""

    def _check_version(self, datasets: tuple[str, ...]) -> None:
        number = self.cleaned_data["version"]
        if len(datasets) != 1:
            self.add_error(
                "version",
                _unknown(_("a version can only be given with one dataset (dataset).")),
            )
        elif not version_exists(slug=datasets[0], number=number):
            self.add_error(
                "version",
                _unknown(
                    _("the dataset %(slug)s has no version %(number)d.")
                    % {"slug": datasets[0], "number": number}
                ),
            )


class SelectionForm(VersionCheck, ApiForm):
    """Which observations: the filters the API and the downloads share. A download
    passes its dataset's slug as ``datasets``; the API's form reads them from its
    ``dataset`` parameter."""

    def __init__(self, data, datasets: tuple[str, ...] = ()):
        super().__init__(data)
        self.datasets = datasets

    territory = code_list(
        TERRITORY, gettext_lazy("comma-separated territory codes (CZ, CZ051, 5101)")
    )
    orp_of_region = code_list(
        TERRITORY, gettext_lazy("comma-separated region codes (e.g. CZ051)")
    )
    period_from = PeriodField(end=False)
    period_to = PeriodField(end=True)
    category = code_list(
        CATEGORY, gettext_lazy("comma-separated ETHOS category codes (1, 3.1, L2)")
    )
    measure = code_list(
        "|".join(Measure.values),
        format_lazy(
            gettext_lazy("comma-separated measures: {values}"),
            values=", ".join(Measure.values),
        ),
    )
    version = version_field()

    def clean_territory(self):
        codes = _split(self.cleaned_data["territory"])
        _check_known(
            codes, territory_codes(codes), _("The territory %(codes)s does not exist.")
        )
        return codes

    def clean_orp_of_region(self):
        codes = _split(self.cleaned_data["orp_of_region"])
        _check_known(
            codes, region_codes(codes), _("The region %(codes)s does not exist.")
        )
        return codes

    def clean_category(self):
        codes = _split(self.cleaned_data["category"])
        _check_known(
            codes, ethos_codes(codes), _("The ETHOS category %(codes)s does not exist.")
        )
        return codes

    def clean_measure(self):
        return _split(self.cleaned_data["measure"])

    def clean(self):
        start = self.cleaned_data.get("period_from")
        end = self.cleaned_data.get("period_to")
        if start and end and end < start:
            self.add_error(
                "period_to",
                _unknown(_("the end of the period is before its start (period_from).")),
            )
        if self.cleaned_data.get("version"):
            self._check_version(self.cleaned_data.get("dataset", self.datasets))
        return self.cleaned_data

    def selection(self, datasets: tuple[str, ...]) -> ObservationSelection:
        """The validated filters as a selection from the given datasets."""
        data = self.cleaned_data
        return ObservationSelection(
            datasets=datasets,
            territories=data["territory"],
            orp_of_regions=data["orp_of_region"],
            period_from=data["period_from"],
            period_to=data["period_to"],
            categories=data["category"],
            measures=data["measure"],
            version=data["version"],
        )


def cursor_field() -> forms.CharField:
    return code(
        CURSOR,
        MAX_CURSOR_CHARS,
        gettext_lazy(
            "a cursor from the next or previous link of an earlier answer, unchanged"
        ),
    )


class ObservationForm(SelectionForm, PagedForm):
    field_order = ["page", "page_size", "after", "before", "dataset"]

    after = cursor_field()
    before = cursor_field()
    dataset = code_list(SLUG, gettext_lazy("comma-separated dataset short names"))

    def _clean_cursor(self, name: str):
        token = self.cleaned_data[name]
        if not token:
            return None
        key = decode_cursor(token)
        if key is None:
            raise forms.ValidationError("invalid", code="invalid")
        return key

    def clean_after(self):
        return self._clean_cursor("after")

    def clean_before(self):
        return self._clean_cursor("before")

    def clean(self):
        super().clean()
        given = [name for name in ("after", "before") if self.cleaned_data.get(name)]
        if self.data.get("page"):
            given.insert(0, "page")
        if len(given) > 1:
            self.add_error(
                given[1],
                _unknown(
                    _(
                        "it cannot be combined with “%(other)s”: give one of page, "
                        "after and before."
                    )
                    % {"other": given[0]}
                ),
            )
        return self.cleaned_data

    def clean_dataset(self):
        slugs = _split(self.cleaned_data["dataset"])
        _check_known(
            slugs, dataset_slugs(slugs), _("The dataset %(codes)s does not exist.")
        )
        return slugs


class DatasetListForm(ApiForm):
    region = code(
        TERRITORY,
        10,
        gettext_lazy(
            "a region code (e.g. CZ051); national datasets count for every region"
        ),
    )
    theme = choice(DataTheme.choices)

    def clean_region(self):
        value = self.cleaned_data["region"]
        if value and not region_codes([value]):
            raise _unknown(_("The region %(code)s does not exist.") % {"code": value})
        return value or None


class TerritoryListForm(ApiForm):
    kind = choice(TerritoryKind.choices)
    parent = code(
        TERRITORY, 10, gettext_lazy("the parent territory's code (CZ, CZ051)")
    )


class LadderForm(ApiForm):
    date = forms.DateField(
        required=False,
        input_formats=["%Y-%m-%d"],
        help_text=gettext_lazy("a date as YYYY-MM-DD"),
    )


def openapi_parameters(form_class: type[ApiForm]) -> list[OpenApiParameter]:
    """The form's fields as OpenAPI query parameters, described in Czech."""
    form = form_class({})
    return [
        OpenApiParameter(
            name,
            _openapi_type(field),
            location=OpenApiParameter.QUERY,
            required=field.required,
            description=str(field.help_text),
            enum=[value for value, _label in field.choices if value]
            if isinstance(field, forms.ChoiceField)
            else None,
        )
        for name, field in form.fields.items()
    ]


def _openapi_type(field: forms.Field):
    if isinstance(field, forms.IntegerField):
        return OpenApiTypes.INT
    if isinstance(field, forms.DateField):
        return OpenApiTypes.DATE
    return OpenApiTypes.STR
