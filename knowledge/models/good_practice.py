from django.db import models
from django.forms import CheckboxSelectMultiple
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from knowledge.blocks import ResultFigureBlock
from knowledge.models.base import KnowledgePage, when_shown

SHORT_TEXT = ["bold", "italic", "link", "ul", "ol"]


class GoodPracticePage(KnowledgePage):
    """A case study from a Czech municipality or from abroad."""

    place = models.CharField(
        "Obec nebo město", max_length=150, help_text="Např. Brno nebo Vídeň."
    )
    since_year = models.PositiveSmallIntegerField("Běží od roku", null=True, blank=True)
    roles = ParentalManyToManyField(
        "knowledge.HousingRole", verbose_name="Role kraje", blank=True, related_name="+"
    )
    target_groups = ParentalManyToManyField(
        "monitoring.EthosCategory",
        verbose_name="Cílové skupiny (ETHOS)",
        blank=True,
        related_name="+",
        limit_choices_to={"level__in": ["concept", "category"]},
    )
    results = StreamField(
        [("result", ResultFigureBlock())], verbose_name="Výsledky v číslech", blank=True
    )
    costs = RichTextField("Náklady a financování", features=SHORT_TEXT, blank=True)
    partners = models.TextField("Partneři", blank=True)
    contact_name = models.CharField("Kontaktní osoba", max_length=150, blank=True)
    contact_role = models.CharField("Funkce", max_length=150, blank=True)
    contact_email = models.EmailField("E-mail", blank=True)
    contact_phone = models.CharField("Telefon", max_length=40, blank=True)

    content_panels = [
        *KnowledgePage.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("place"),
                FieldPanel("since_year"),
                FieldPanel("date", heading="Datum zveřejnění příkladu"),
            ],
            heading="Kde a odkdy",
        ),
        FieldPanel("body", heading="Co se udělalo"),
        FieldPanel("results"),
        FieldPanel("costs"),
        FieldPanel("partners"),
        MultiFieldPanel(
            [
                FieldPanel("roles", widget=CheckboxSelectMultiple),
                FieldPanel("target_groups", widget=CheckboxSelectMultiple),
            ],
            heading="Role kraje a cílové skupiny",
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldPanel("contact_role"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
            ],
            heading="Kontakt",
        ),
        *KnowledgePage.taxonomy_panels,
        FieldPanel("is_illustrative"),
    ]
    search_fields = [
        *KnowledgePage.search_fields,
        index.SearchField("place"),
        index.SearchField("results"),
        index.SearchField("costs"),
        index.SearchField("partners"),
    ]
    parent_page_types = ["cms.RegionPage", "knowledge.KnowledgeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "Příklad dobré praxe"
        verbose_name_plural = "Příklady dobré praxe"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            roles=when_shown(self.roles.all),
            target_groups=when_shown(lambda: self.target_groups.order_by("sort_order")),
        )
        return context

    @property
    def is_abroad(self) -> bool:
        return self.country_id is not None and self.country.iso_code != "CZ"
