"""Builds the demo site tree. Creates what is missing and never overwrites what
editors have changed, so it can run on every `make run`."""

import json

from django.db import transaction
from wagtail.models import Page, Site

from cms.demo import pages
from cms.demo.monitoring_blocks import headline_blocks, regional_overview_blocks
from cms.models import (
    AccessibilityStatementPage,
    ContactSettings,
    HomePage,
    StandardPage,
)


def _root_page() -> Page:
    # Wagtail's migrations create the root; a flushed test database may lack it.
    return Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root")
    )


def _ensure_home_page() -> HomePage:
    home = HomePage.objects.first()
    if home:
        return home
    root = _root_page()
    # Wagtail's initial "Welcome" page holds the slug "home" at the top level.
    for welcome in root.get_children().exact_type(Page):
        welcome.delete()
    fields = {key: value for key, value in pages.HOME.items() if key != "body"}
    home = root.add_child(instance=HomePage(**fields))
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": "localhost",
            "port": 80,
            "site_name": "Bydlení v krajích",
            "root_page": home,
        },
    )
    return home


def _ensure_page(parent: Page, page_class: type[Page], content: dict) -> Page:
    existing = parent.get_children().filter(slug=content["slug"]).first()
    if existing:
        return existing.specific
    page = page_class(**content)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _ensure_accessibility_statement(home: HomePage) -> Page:
    """Older demos made the statement a standard page: one nobody edited (only the
    demo's own revision) gives way to the structured statement; an edited one stays."""
    slug = pages.ACCESSIBILITY["slug"]
    existing = home.get_children().filter(slug=slug).first()
    if (
        existing
        and existing.specific_class is StandardPage
        and existing.specific.revisions.count() <= 1
    ):
        existing.delete()
    return _ensure_page(home, AccessibilityStatementPage, pages.ACCESSIBILITY)


def _fill_home_body(home: HomePage, about: StandardPage) -> None:
    if home.body.raw_data:
        return
    text = json.loads(
        json.dumps(pages.HOME["body"]).replace("{about_id}", str(about.pk))
    )
    home.body = json.dumps([*headline_blocks(), *text, *regional_overview_blocks()])
    home.save_revision().publish()


def _ensure_contact(site: Site, accessibility: Page) -> None:
    contact = ContactSettings.for_site(site)
    if not contact.operator and not contact.email:
        contact.operator = pages.CONTACT["operator"]
        contact.email = pages.CONTACT["email"]
        contact.save()
    if contact.accessibility_statement_id is None:
        contact.accessibility_statement = accessibility
        contact.save(update_fields=["accessibility_statement"])


@transaction.atomic
def build_site_tree() -> HomePage:
    home = _ensure_home_page()
    about = _ensure_page(home, StandardPage, pages.ABOUT)
    accessibility = _ensure_accessibility_statement(home)
    _fill_home_body(home, about)
    _ensure_contact(Site.objects.get(root_page=home), accessibility)
    return home
