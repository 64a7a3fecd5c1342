from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.blocks import BodyStreamBlock


class HomePage(Page):
    intro = models.TextField("Úvod", blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name="Obsah", blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = "Úvodní stránka"
        verbose_name_plural = "Úvodní stránky"


class StandardPage(Page):
    intro = models.TextField(
        "Perex", blank=True, help_text="Krátké shrnutí pod nadpisem stránky."
    )
    body = StreamField(BodyStreamBlock(), verbose_name="Obsah", blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = "Běžná stránka"
        verbose_name_plural = "Běžné stránky"


@register_setting(icon="mail")
class ContactSettings(BaseSiteSetting):
    """Who runs the portal; shown in the footer of every page."""

    operator = models.CharField("Provozovatel", max_length=200, blank=True)
    email = models.EmailField("E-mail", blank=True)
    phone = models.CharField("Telefon", max_length=40, blank=True)
    address = models.TextField("Adresa", blank=True)

    panels = [
        FieldPanel("operator"),
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("address"),
    ]

    class Meta:
        verbose_name = "Kontakt v patičce"
