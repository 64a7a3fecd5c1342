"""Public pages and block CSVs of the demo speak Czech: no English ETHOS names or
concept codes, Czech CSV file names, the ladder numbered 0–7."""

import json
import re
from html.parser import HTMLParser

import pytest
from wagtail.models import Page

from monitoring.models import Dataset, EthosCategory

pytestmark = pytest.mark.django_db

CSV_LINK = re.compile(r'href="(/data/tabulka\.csv\?[^"]+)"')


class VisibleText(HTMLParser):
    """Text a reader sees or a chart draws: text nodes, labels and the strings of
    chart specs; not addresses (a URL may carry an ETHOS code)."""

    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self._json = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self._json = tag == "script" and attributes.get("type") == "application/json"
        for name in ("alt", "title", "aria-label", "placeholder", "value"):
            if attributes.get(name):
                self.parts.append(attributes[name])

    def handle_endtag(self, tag):
        self._json = False

    def handle_data(self, data):
        self.parts.append(_json_strings(data) if self._json else data)


def _json_strings(text: str) -> str:
    def strings(value):
        if isinstance(value, dict):
            return [s for item in value.values() for s in strings(item)]
        if isinstance(value, list):
            return [s for item in value for s in strings(item)]
        return [value] if isinstance(value, str) else []

    return " ".join(strings(json.loads(text)))


def visible_text(html: str) -> str:
    parser = VisibleText()
    parser.feed(html)
    return " ".join(parser.parts)


def english_names() -> set[str]:
    names = set(EthosCategory.objects.values_list("name_en", flat=True))
    codes = set(EthosCategory.objects.values_list("code", flat=True))
    # The four concept codes are English words ("roofless"); numbers are not.
    return names | {code for code in codes if code.isalpha()}


def english_in(text: str, names: set[str]) -> set[str]:
    return {
        name
        for name in names
        if re.search(rf"\b{re.escape(name)}\b", text, flags=re.IGNORECASE)
    }


@pytest.fixture
def demo_pages(shared_demo, db, client):
    urls = [page.url for page in Page.objects.live().public().specific() if page.url]
    urls += ["/data/", "/hledat/?q=ETHOS", "/hledat/?q=bez+st%C5%99echy"]
    slugs = Dataset.objects.values_list("slug", flat=True)
    urls += [f"/data/{slug}/" for slug in slugs]
    return {url: client.get(url) for url in urls}


def test_no_public_page_or_block_csv_shows_english_ethos_names(demo_pages, client):
    names = english_names()
    assert {"Roofless", "People living rough", "roofless"} <= names

    found, csv_links = {}, set()
    for url, response in demo_pages.items():
        assert response.status_code == 200, url
        html = response.content.decode()
        if hits := english_in(visible_text(html), names):
            found[url] = hits
        csv_links |= {link.replace("&amp;", "&") for link in CSV_LINK.findall(html)}

    assert len(csv_links) >= 5
    file_names = {}
    for link in sorted(csv_links):
        response = client.get(link)
        assert response.status_code == 200, link
        if hits := english_in(response.content.decode("utf-8-sig"), names):
            found[link] = hits
        file_names[link] = response["Content-Disposition"].split('filename="')[1][:-1]

    assert found == {}
    # Czech file names with the date, and the dataset for blocks that show one.
    date = r"\d{4}-\d{2}-\d{2}"
    names_only = file_names.values()
    assert all(re.fullmatch(rf"[a-z0-9-]+-{date}\.csv", name) for name in names_only)
    assert any(name.startswith("zebricek-kraju-") for name in names_only)
    slugs = tuple(Dataset.objects.values_list("slug", flat=True))
    ethos = [name for link, name in file_names.items() if "blok=ethos" in link]
    assert ethos and all(name.startswith(slugs) for name in ethos)


def test_ladder_is_numbered_from_zero_to_seven_everywhere(demo_pages):
    about = visible_text(demo_pages["/o-portalu/"].content.decode())
    for number in range(8):
        assert f"{number}. " in about
    assert not re.search(r"\b8\. [A-ZÁ-Ž]", about)
    # A step's number, not a day of a date ("stav k 8. 12. 2026").
    steps = re.findall(
        r"\b(\d)\. (?!\d)", visible_text(demo_pages["/"].content.decode())
    )
    assert steps and max(map(int, steps)) <= 7
