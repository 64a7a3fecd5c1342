"""An editor adds an ETHOS chart to a page; a visitor sees the chart and its table."""

from pathlib import Path

from wagtail.models import Page

from monitoring.importers.ethos import import_ethos
from monitoring.reference import load_reference_data
from tests.browser.conftest import axe_violations, log_in

DATA = Path(__file__).resolve().parent.parent / "data"


def test_editor_adds_an_ethos_chart_and_a_visitor_sees_chart_and_table(
    page, site, django_user_model
):
    load_reference_data()
    import_ethos(DATA / "ethos_cp1250_semicolon.csv", dataset_name="Sčítání 2022")
    django_user_model.objects.create_superuser("redaktor", "", "heslo-redaktora")
    home = Page.objects.get(depth=2)

    log_in(page, site, "redaktor", "heslo-redaktora")
    page.goto(f"{site}/admin/pages/add/cms/standardpage/{home.pk}/")
    page.locator("#id_title").fill("Data o bytové nouzi")
    page.locator("#body-root .c-sf-add-button").first.click()
    page.get_by_role("option", name="Graf ETHOS").click()
    page.locator("#body-0-value-dataset").select_option(label="Sčítání 2022")
    page.locator("#body-0-value-territory").select_option(value="CZ051")
    page.locator("#body-0-value-chart").select_option(value="bar")
    page.locator("footer [data-w-dropdown-target='toggle']").click()
    page.get_by_role("button", name="Publikovat").click()
    page.wait_for_url(f"{site}/admin/pages/{home.pk}/")

    visitor = page.context.new_page()
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
    assert "1234" in table.inner_text()
    assert visitor.get_by_role("link", name="Stáhnout tabulku (CSV)").count() == 1
    assert visitor_errors == []
    assert axe_violations(visitor) == []
