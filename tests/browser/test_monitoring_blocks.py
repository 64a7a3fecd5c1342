"""An editor adds an ETHOS chart to a page, picking its territory in the
searchable chooser under the admin's enforced Content-Security-Policy; a visitor
sees the chart and its table."""

from pathlib import Path

import pytest
from playwright.sync_api import expect
from wagtail.models import Page

from monitoring.importers.ethos import import_ethos
from monitoring.models import Territory
from monitoring.reference import load_reference_data
from tests.browser.conftest import SCREENSHOT_DIR, axe_violations, log_in
from tests.browser.test_content_security import (
    RECORD_VIOLATIONS,
    assert_no_violations,
    enforced_policy,  # noqa: F401 (a fixture the test uses)
)

DATA = Path(__file__).resolve().parent.parent / "data"


def choose_in_modal(page, chooser_id: str, query: str, choice: str) -> None:
    """Open a block's chooser, search it and pick a result."""
    page.locator(
        f"#{chooser_id}-chooser  .unchosen [data-chooser-action-choose]"
    ).click()
    modal = page.locator(".modal-dialog")
    modal.get_by_label("Hledat").fill(query)
    modal.get_by_role("alert").filter(has_text="Nalezen").wait_for()
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOT_DIR / "block-territory-chooser.png")
    modal.get_by_role("link", name=choice, exact=True).click()
    modal.wait_for(state="detached")


@pytest.mark.usefixtures("enforced_policy")
def test_editor_adds_an_ethos_chart_and_a_visitor_sees_chart_and_table(
    page, site, django_user_model
):
    load_reference_data()
    import_ethos(DATA / "ethos_cp1250_semicolon.csv", dataset_name="Sčítání 2022")
    django_user_model.objects.create_superuser("redaktor", "", "heslo-redaktora")
    home = Page.objects.get(depth=2)
    page.add_init_script(RECORD_VIOLATIONS)

    log_in(page, site, "redaktor", "heslo-redaktora")
    page.goto(f"{site}/admin/pages/add/cms/standardpage/{home.pk}/")
    page.locator("#id_title").fill("Data o bytové nouzi")
    page.locator("#body-root .c-sf-add-button").first.click()
    page.get_by_role("option", name="Graf ETHOS").click()
    page.locator("#body-0-value-dataset").select_option(label="Sčítání 2022")
    choose_in_modal(page, "body-0-value-territory", "Liber", "Liberecký kraj")
    liberec = Territory.objects.get(code="CZ051")
    expect(page.locator("#body-0-value-territory-chooser")).to_contain_text(
        "Liberecký kraj"
    )
    expect(page.locator("#body-0-value-territory")).to_have_value(str(liberec.pk))
    expect(page.locator("#id_slug")).to_have_value("data-o-bytove-nouzi")
    page.locator("#body-0-value-chart").select_option(value="bar")
    page.locator("footer [data-w-dropdown-target='toggle']").click()
    page.get_by_role("button", name="Publikovat").click()
    page.wait_for_url(f"{site}/admin/pages/{home.pk}/")
    assert_no_violations(page)

    # An anonymous visitor; axe is injected as an inline script, which the
    # enforced policy would block (test_content_security covers public pages).
    visitor = page.context.browser.new_context(
        locale="cs-CZ", bypass_csp=True
    ).new_page()
    visitor_errors = []
    visitor.on(
        "console",
        lambda m: visitor_errors.append(m.text) if m.type == "error" else None,
    )
    visitor.goto(site + "/data-o-bytove-nouzi/")
    chart = visitor.locator(".data-block__chart")
    chart.locator("svg").first.wait_for()
    assert "Sloupcový graf" in chart.get_attribute("aria-label")
    table = visitor.locator(".data-block table")
    assert (
        "Osoby v bytové nouzi – Liberecký kraj" in table.locator("caption").inner_text()
    )
    assert "1\xa0234" in table.inner_text()  # Czech grouping, a no-break space
    assert visitor.get_by_role("link", name="Stáhnout tabulku (CSV)").count() == 1
    assert visitor_errors == []
    assert axe_violations(visitor) == []
