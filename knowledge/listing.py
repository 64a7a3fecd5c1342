"""Filtering and sorting of knowledge pages for the index and its feed."""

from dataclasses import dataclass
from typing import ClassVar
from urllib.parse import urlencode

from django.http import QueryDict
from django.utils.translation import gettext_lazy, ngettext

from knowledge.models.analysis import AnalysisPage
from knowledge.models.base import KnowledgePage
from monitoring.query_forms import QueryForm, choice, code, integer, slug

# URL value → (model name, Czech label); the models live in knowledge.models.
PAGE_TYPES = {
    "strategie": ("strategypage", gettext_lazy("Regional strategies")),
    "dobra-praxe": ("goodpracticepage", gettext_lazy("Good practice")),
    "vymena": ("exchangeeventpage", gettext_lazy("Exchanges of experience")),
    "koordinator": ("coordinatorrolepage", gettext_lazy("Regional coordinator")),
    "analyzy": ("analysispage", gettext_lazy("Analyses")),
}
SORTS = {
    "nejnovejsi": ("-date", "-pk"),
    "nejstarsi": ("date", "pk"),
    "nazev": ("title",),
}
DEFAULT_SORT = "nejnovejsi"


def page_type_choice(page_types: dict):
    return choice([(value, label) for value, (_model, label) in page_types.items()])


class FilterForm(QueryForm):
    """The filters the knowledge index, its feed and search share (``typ``,
    ``kraj``, ``tema``, ``krok``, ``zeme``) and the page number (``strana``)."""

    typ = page_type_choice(PAGE_TYPES)
    kraj = slug()
    tema = slug()
    krok = integer(0, 7)
    zeme = code(r"\A[A-Za-z]{2}\Z", 2, gettext_lazy("dvoupísmenný kód země"))
    strana = integer(1)

    def clean_zeme(self):
        return self.cleaned_data["zeme"].upper()


class ListingForm(FilterForm):
    razeni = choice([(value, value) for value in SORTS])


@dataclass(frozen=True)
class Filters:
    """The filters in effect, parsed once from the query string by ``form_class``;
    bad values are left out (see ``ignored``) rather than refused."""

    form_class: ClassVar[type[FilterForm]] = FilterForm
    page_type: str = ""
    region: str = ""  # region slug
    topic: str = ""  # topic slug
    step: int | None = None
    country: str = ""  # ISO code
    page_number: int = 1
    ignored: tuple[str, ...] = ()  # parameters whose values were not understood

    @classmethod
    def from_query(cls, query: QueryDict) -> "Filters":
        return cls.from_form(cls.form_class(query))

    @classmethod
    def from_form(cls, form: FilterForm) -> "Filters":
        values = form.valid_values()
        return cls(
            page_type=values["typ"] or "",
            region=values["kraj"] or "",
            topic=values["tema"] or "",
            step=values["krok"],
            country=values["zeme"] or "",
            page_number=values["strana"] or 1,
            ignored=tuple(form.invalid_parameters),
            **cls.extra_values(values),
        )

    @classmethod
    def extra_values(cls, values: dict) -> dict:
        return {}

    @property
    def notice(self) -> str:
        """Tells the visitor that something in the address was left out."""
        return (
            ngettext(
                "Upřesnění, které v adrese stránky nebylo platné, jsme vynechali.",
                "Upřesnění, která v adrese stránky nebyla platná, jsme vynechali.",
                len(self.ignored),
            )
            if self.ignored
            else ""
        )

    @property
    def active(self) -> dict[str, str]:
        """The filters in effect, as URL parameters."""
        return {
            name: value
            for name, value in (
                ("typ", self.page_type),
                ("kraj", self.region),
                ("tema", self.topic),
                ("krok", "" if self.step is None else str(self.step)),
                ("zeme", self.country),
            )
            if value
        }


@dataclass(frozen=True)
class ListingFilters(Filters):
    form_class: ClassVar[type[FilterForm]] = ListingForm
    sort: str = DEFAULT_SORT

    @classmethod
    def extra_values(cls, values: dict) -> dict:
        return {"sort": values["razeni"] or DEFAULT_SORT}

    def query_string(self, **changes) -> str:
        """The current filters as a query string, with ``changes`` applied."""
        params = {**self.active, "razeni": self.sort, **changes}
        return urlencode({key: value for key, value in params.items() if value})

    @property
    def cache_key(self) -> str:
        """Everything of the query the listing shows: the filters, the sort, the
        page number and how many parameters were left out (the notice)."""
        shown = self.query_string(strana=self.page_number)
        return f"{shown}&vynechano={len(self.ignored)}"


def analyses_using(dataset) -> list:
    """Live, public analyses that name the dataset among those they use."""
    return list(
        AnalysisPage.objects.live()
        .public()
        .filter(datasets=dataset)
        .order_by("-date", "-pk")
        .only("title", "url_path", "date", "summary")
    )


def knowledge_pages(filters: ListingFilters):
    """Live, public knowledge pages of every type matching the filters.

    Topics and steps filter through subqueries, so no row repeats and the
    paginator counts with a plain COUNT(*) rather than over DISTINCT pages. The
    regions' boundaries are left out: cards show only their names."""
    pages = (
        KnowledgePage.objects.live()
        .public()
        .select_related("region", "country", "content_type")
        .defer("region__geometry")
    )
    if filters.page_type:
        pages = pages.filter(content_type__model=PAGE_TYPES[filters.page_type][0])
    if filters.region:
        pages = pages.filter(region__slug=filters.region)
    if filters.topic:
        tagged = KnowledgePage.topics.through.objects.filter(topic__slug=filters.topic)
        pages = pages.filter(pk__in=tagged.values("knowledgepage_id"))
    if filters.step is not None:
        steps = KnowledgePage.ladder_steps.through.objects.filter(
            ladderstep__number=filters.step
        )
        pages = pages.filter(pk__in=steps.values("knowledgepage_id"))
    if filters.country:
        pages = pages.filter(country__iso_code=filters.country)
    return pages.order_by(*SORTS[filters.sort])
