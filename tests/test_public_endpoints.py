"""Every public GET endpoint, found from the URLconf, answers random and hostile
query strings and path arguments without a server error.

Endpoints are enumerated, not listed: every URL pattern outside the staff-only
admin is fuzzed — through its query string, through its path arguments (values
its converters accept), and for Wagtail's page route through one live page of
every page type (and each routable page's sub-routes) of the demo site. A new
URL pattern or page type is fuzzed without touching this module; a pattern
written as a regular expression must say here how to build its URLs.

Parameter names come from the forms the endpoints parse with and from the
OpenAPI schema where one is served, mixed with unknown and random names."""

import re
from urllib.parse import quote, urlencode

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RoutePattern
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, get_page_models

from knowledge.listing import ListingForm
from monitoring.blocks.params import PARAMS
from search.filters import SearchForm

FUZZ = settings(
    max_examples=8,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
# The admin needs a signed-in member of staff; its sign-in page is public.
STAFF_ONLY = re.compile(r"^admin/(?!login/$)")

ODD_VALUES = [
    "",
    " ",
    "²",
    "٣",
    "𝟕",
    "-1",
    "0",
    "7",
    "8",
    "99999",
    "9223372036854775808",
    "99999999999999999999",
    "1" * 5000,
    "1e9",
    "NaN",
    "\x00",
    "a\x00b",
    "' OR 1=1 --",
    '"; DROP TABLE monitoring_observation; --',
    "fond AND NOT OR",
    '"nedokončená fráze',
    "fond* NEAR/2 (",
    "a:b",
    "&|!()<>",
    "<script>alert(1)</script>",
    "%",
    "\\",
    "..",
    "\u202e",
    "x" * 3000,
    "CZ051",
    "CZ",
    "orp",
    "region",
    "osoby",
    "1,2,3",
    ",,,",
    "1.1",
    "strategie",
    "nejnovejsi",
]
# Values that broke endpoints before they parsed their parameters: each is also
# sent in every known parameter at once, so every run tries them everywhere.
EVERYWHERE = ["²", "99999999999999999999", "-1", "\x00", "x" * 3000]
FORM_NAMES = {
    *SearchForm.base_fields,
    *ListingForm.base_fields,
    "typ",
    "blok",
    *(name for params in PARAMS.values() for name in params.names()),
}
UNKNOWN_NAMES = ["", "x", "utm_source", "q[]", "krok[]", "__proto__", "\x00", "ž" * 50]
# Characters HTTP can carry: no lone surrogates.
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)
VALUES = st.one_of(
    st.sampled_from(ODD_VALUES),
    st.integers(min_value=-(10**25), max_value=10**25).map(str),
    TEXT,
)
# Raw query-string fragments that no dict encodes: broken escapes, bare keys.
RAW = st.sampled_from(["", "%ff", "krok=%B2", "q=%C0%80", "a=%", "&&", "krok", "=1"])


def url_patterns(patterns=None, prefix=""):
    """(route, pattern) of every URL pattern, with its prefixes joined."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            yield from url_patterns(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern), pattern


def public_patterns():
    return [
        (route, pattern)
        for route, pattern in url_patterns()
        if not STAFF_ONLY.match(route)
    ]


def _is_route(route: str, pattern: URLPattern) -> bool:
    """Written with path(): its prefixes too, so the joined route is literal."""
    return isinstance(pattern.pattern, RoutePattern) and not route.startswith("^")


PLAIN = sorted(
    route
    for route, pattern in public_patterns()
    if _is_route(route, pattern) and not pattern.pattern.converters
)
WITH_ARGUMENTS = sorted(
    route
    for route, pattern in public_patterns()
    if _is_route(route, pattern) and pattern.pattern.converters
)
# Regular-expression patterns, by name: how to build a URL from one value.
REGEX_URLS = {
    "wagtail_serve": lambda value: f"/{quote(value, safe='')}/",
    "wagtaildocs_serve": lambda value: (
        f"/dokumenty/{_digits(value)}/{quote(value, safe='')}"
    ),
    "document_id_out_of_range": lambda value: f"/dokumenty/{'9' * 19}{_digits(value)}/",
}
# Parameters that must come first for the endpoint to get past its first check.
VARIANTS = {"data/tabulka.csv": [{"blok": kind} for kind in PARAMS]}
PAGE_MODELS = [model for model in get_page_models() if model is not Page]


def _digits(value: str) -> str:
    return "".join(character for character in value if character in "0123456789") or "1"


@pytest.fixture(scope="module")
def demo(shared_demo, django_db_blocker):
    """The demo site, loaded once for the module (``shared_demo``); gives the known
    parameter names and a demo block's parameters per block kind."""
    with django_db_blocker.unblock():
        return {
            "names": sorted(FORM_NAMES | _openapi_parameter_names()),
            "blocks": _demo_block_queries(),
        }


def _openapi_parameter_names() -> set[str]:
    names = set()
    for route in PLAIN:
        if not route.endswith("openapi.json"):
            continue
        schema = Client().get("/" + route).json()
        for operations in schema.get("paths", {}).values():
            for operation in operations.values():
                if isinstance(operation, dict):
                    names |= {p["name"] for p in operation.get("parameters", [])}
    return names


def _demo_block_queries() -> dict[str, dict]:
    """The CSV link's parameters of one demo block of each kind."""
    queries = {}
    for page in Page.objects.live().specific():
        for child in getattr(page, "body", None) or []:
            if child.block_type in PARAMS and hasattr(child.block, "params"):
                queries[child.block_type] = child.block.params(child.value).as_query()
    return queries


@pytest.fixture
def anonymous(demo, db):
    return Client(raise_request_exception=True)


def _assert_no_server_error(client: Client, url: str):
    response = client.get(url)
    assert response.status_code < 500, (url[:300], response.status_code)


@st.composite
def query_strings(draw, names: list[str], fixed: dict):
    """Known and unknown keys, repeated keys allowed, after ``fixed``."""
    name = st.one_of(st.sampled_from(names), st.sampled_from(UNKNOWN_NAMES), TEXT)
    pairs = [*fixed.items(), *draw(st.lists(st.tuples(name, VALUES), max_size=6))]
    raw = draw(RAW)
    return "&".join(part for part in (urlencode(pairs), raw) if part)


def fuzz_query(client: Client, path: str, names: list[str], fixed: dict):
    """``path`` with random query strings and with every EVERYWHERE value in
    every known parameter at once."""

    @FUZZ
    @given(query=query_strings(names, fixed))
    def check(query):
        _assert_no_server_error(client, f"{path}?{query}")

    for value in EVERYWHERE:
        pairs = [*fixed.items(), *((name, value) for name in names)]
        check = example(query=urlencode(pairs))(check)
    check()


def test_every_url_pattern_is_fuzzed():
    unbuildable = [
        (route, pattern.name)
        for route, pattern in public_patterns()
        if not _is_route(route, pattern) and pattern.name not in REGEX_URLS
    ]

    assert PLAIN and WITH_ARGUMENTS
    assert unbuildable == []


@pytest.mark.parametrize("route", PLAIN)
def test_endpoint_survives_hostile_query_strings(demo, anonymous, route):
    for fixed in VARIANTS.get(route, [{}]):
        kind = fixed.get("blok")
        fixed = {**fixed, **demo["blocks"].get(kind, {})} if kind else fixed
        fuzz_query(anonymous, "/" + route, demo["names"], fixed)


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model.__name__)
def test_every_page_type_survives_hostile_query_strings(demo, anonymous, model):
    page = model.objects.live().public().order_by("path").first()
    assert page is not None, f"the demo has no live {model.__name__}"
    urls = [page.url]
    if isinstance(page, RoutablePageMixin):
        urls += [
            page.url + str(route.pattern)
            for route in page.get_subpage_urls()
            if not route.pattern.converters
        ]

    for url in urls:
        fuzz_query(anonymous, url, demo["names"], {})


def _argument_values(converter) -> st.SearchStrategy[str]:
    """Values the converter accepts, so the request reaches the view."""
    accepted = re.compile(converter.regex)
    odd = [value for value in ODD_VALUES if accepted.fullmatch(value)]
    drawn = st.from_regex(accepted, fullmatch=True).filter(lambda value: value)
    return st.one_of(st.sampled_from(odd), drawn) if odd else drawn


def _everywhere_arguments(converters: dict) -> list[dict]:
    """Each EVERYWHERE value in every argument whose converter accepts it."""
    examples = []
    for value in EVERYWHERE:
        accepted = {
            name: value
            for name, converter in converters.items()
            if re.fullmatch(converter.regex, value)
        }
        if accepted:
            examples.append({name: accepted.get(name, "1") for name in converters})
    return examples


@pytest.mark.parametrize("route", WITH_ARGUMENTS)
def test_path_arguments_survive_hostile_values(demo, anonymous, route):
    converters = dict(dict(public_patterns())[route].pattern.converters)
    parts = re.split(r"<(?:\w+:)?(\w+)>", route)

    @FUZZ
    @given(
        values=st.fixed_dictionaries(
            {name: _argument_values(c) for name, c in converters.items()}
        )
    )
    def check(values):
        url = "".join(
            quote(values[part], safe="") if index % 2 else part
            for index, part in enumerate(parts)
        )
        _assert_no_server_error(anonymous, "/" + url)

    for values in _everywhere_arguments(converters):
        check = example(values=values)(check)
    check()


@pytest.mark.parametrize("name", sorted(REGEX_URLS))
def test_regex_routes_survive_hostile_values(demo, anonymous, name):
    build = REGEX_URLS[name]

    @FUZZ
    @given(value=st.one_of(st.sampled_from(ODD_VALUES), TEXT))
    def check(value):
        _assert_no_server_error(anonymous, build(value))

    for value in EVERYWHERE:
        check = example(value=value)(check)
    check()
