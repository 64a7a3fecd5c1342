"""The accessibility statement has every part the model statement for Czech public
bodies requires (Act No. 99/2019 Sb., § 8), in its order, and the footer links it."""

import re

from cms.demo.site_tree import build_site_tree
from cms.models import AccessibilityStatementPage, ContactSettings, StandardPage

REQUIRED_PARTS = [
    "Stav souladu",
    "Nepřístupný obsah",
    "Vypracování tohoto prohlášení o přístupnosti",
    "Zpětná vazba a kontaktní údaje",
    "Postupy pro vymáhání",
]


def test_statement_has_every_required_part_in_order(client, home_page):
    html = client.get("/prohlaseni-o-pristupnosti/").content.decode()

    headings = re.findall(r"<h2[^>]*>([^<]+)</h2>", html)
    assert [h for h in headings if h in REQUIRED_PARTS] == REQUIRED_PARTS
    assert "v souladu se zákonem č. 99/2019 Sb." in html
    # Compliance status: the demo portal is honest about charts and documents.
    assert "částečně v souladu se zákonem č. 99/2019 Sb." in html
    assert html.count('class="statement-items__reason"') == 3
    assert "Nesoulad se zákonem č. 99/2019 Sb." in html
    assert "Přístupná alternativa:" in html
    # Preparation and review, with the method.
    assert 'Prohlášení bylo vypracováno dne <time datetime="2026-12-07">' in html
    assert "vlastní posouzení provozovatelem" in html
    assert 'naposledy přezkoumáno dne <time datetime="2026-12-07">' in html
    # Feedback contact and the supervising authority with its address.
    assert 'href="mailto:redakce@bydleni-v-krajich.example"' in html
    assert "Digitální a informační agentura" in html
    assert "Na Vápence 915/14<br>130 00 Praha 3" in html


def test_statement_dates_do_not_break_inside(client, home_page):
    html = client.get("/prohlaseni-o-pristupnosti/").content.decode()

    assert ">7.\xa012.\xa02026</time>" in html


def test_statement_shows_the_status_an_editor_chooses(client, home_page):
    page = AccessibilityStatementPage.objects.get()
    page.compliance = AccessibilityStatementPage.Compliance.FULL
    page.non_accessible_content = []
    page.save_revision().publish()

    html = client.get(page.url).content.decode()

    assert "jsou plně v souladu se zákonem č. 99/2019 Sb." in html
    assert "Nevíme o žádném obsahu těchto stránek, který by nebyl přístupný." in html


def test_footer_links_the_statement_page(client, home_page):
    html = client.get("/o-portalu/").content.decode()

    footer = html[html.index('<footer class="site-footer"') :]
    assert (
        '<a href="/prohlaseni-o-pristupnosti/">Prohlášení o přístupnosti</a>' in footer
    )


def _old_demo_statement(home_page, edits: int = 0) -> StandardPage:
    """The statement as older demos made it: a standard page."""
    home_page.get_children().get(slug="prohlaseni-o-pristupnosti").delete()
    page = StandardPage(
        title="Prohlášení o přístupnosti", slug="prohlaseni-o-pristupnosti"
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    for _ in range(edits):
        page.intro = "Text od redakce."
        page.save_revision().publish()
    return page


def test_demo_replaces_an_untouched_statement_of_an_older_demo(client, home_page):
    _old_demo_statement(home_page)

    build_site_tree()

    statement = home_page.get_children().get(slug="prohlaseni-o-pristupnosti")
    assert statement.specific_class is AccessibilityStatementPage
    contact = ContactSettings.for_site(home_page.get_site())
    assert contact.accessibility_statement_id == statement.pk


def test_demo_keeps_a_statement_an_editor_changed(home_page):
    old = _old_demo_statement(home_page, edits=1)

    build_site_tree()

    statement = home_page.get_children().get(slug="prohlaseni-o-pristupnosti")
    assert statement.pk == old.pk
    assert statement.specific_class is StandardPage
