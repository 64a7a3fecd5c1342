"""Topics, countries, the region's roles and tags that knowledge pages carry."""

from django.db import models
from django.forms import CheckboxSelectMultiple
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Topic(index.Indexed, ClusterableModel):
    """A theme of housing policy, linked to the ladder steps it serves."""

    name = models.CharField("Název", max_length=100, unique=True)
    slug = models.SlugField("Zkratka v adrese", max_length=100, unique=True)
    description = models.TextField("Popis", blank=True)
    ladder_steps = ParentalManyToManyField(
        "monitoring.LadderStep",
        verbose_name="Kroky žebříčku",
        blank=True,
        related_name="topics",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("ladder_steps", widget=CheckboxSelectMultiple),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = "Téma"
        verbose_name_plural = "Témata"
        ordering = ["name"]

    def __str__(self):
        return self.name


class Country(index.Indexed, models.Model):
    name = models.CharField("Název", max_length=100, unique=True)
    iso_code = models.CharField("Kód ISO 3166-1", max_length=2, unique=True)

    panels = [FieldPanel("name"), FieldPanel("iso_code")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = "Země"
        verbose_name_plural = "Země"
        ordering = ["name"]

    def __str__(self):
        return self.name


class HousingRole(models.Model):
    """The region as a user, operator or investor in housing (ladder step 3)."""

    code = models.SlugField("Kód", max_length=20, unique=True)
    name = models.CharField("Název", max_length=50)
    description = models.TextField("Popis", blank=True)
    sort_order = models.PositiveSmallIntegerField("Pořadí", default=0)

    class Meta:
        verbose_name = "Role kraje"
        verbose_name_plural = "Role kraje"
        ordering = ["sort_order"]

    def __str__(self):
        return self.name


class KnowledgePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "knowledge.KnowledgePage",
        verbose_name="Stránka",
        on_delete=models.CASCADE,
        related_name="tagged_items",
    )

    class Meta:
        verbose_name = "Štítek stránky"
        verbose_name_plural = "Štítky stránek"
