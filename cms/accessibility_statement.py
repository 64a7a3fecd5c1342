"""The accessibility statement in the structure Czech law prescribes for public
bodies' websites (Act No. 99/2019 Sb., § 8, and the model statement of the
Digital and Information Agency, after Commission Implementing Decision (EU)
2018/1523): compliance status, non-accessible content with its reasons and
alternatives, how and when the statement was prepared and reviewed, feedback
contact and enforcement procedure. Each part is a field of its own, so an editor
cannot leave one out."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

REASONS = {
    "non_compliance": _("Non-compliance with Act No. 99/2019 Sb."),
    "disproportionate_burden": _("Disproportionate burden"),
    "out_of_scope": _("Content outside the scope of the legislation"),
}


class NonAccessibleContentValue(blocks.StructValue):
    def reason_label(self):
        return REASONS.get(self.get("reason"), "")


class NonAccessibleContentBlock(blocks.StructBlock):
    """One piece of content that is not accessible, why, and what to use instead."""

    reason = blocks.ChoiceBlock(label=_("Reason"), choices=list(REASONS.items()))
    content = blocks.RichTextBlock(
        label=_("What is not accessible"), features=["bold", "italic", "link", "ul"]
    )
    alternative = blocks.TextBlock(
        label=_("Accessible alternative"),
        required=False,
        help_text=_("How a visitor reaches the same information another way."),
    )

    class Meta:
        icon = "warning"
        value_class = NonAccessibleContentValue
        label = _("Non-accessible content")


class AccessibilityStatementPage(Page):
    class Compliance(models.TextChoices):
        FULL = "full", _("fully compliant")
        PARTIAL = "partial", _("partially compliant")
        NONE = "none", _("not compliant")

    class Method(models.TextChoices):
        SELF = "self", _("self-assessment by the operator")
        THIRD_PARTY = "third_party", _("assessment by a third party")

    obligated_body = models.CharField(
        _("Obligated body"),
        max_length=200,
        help_text=_("Who runs the site and makes this statement."),
    )
    compliance = models.CharField(
        _("Compliance status"), max_length=20, choices=Compliance.choices
    )
    non_accessible_content = StreamField(
        [("item", NonAccessibleContentBlock())],
        verbose_name=_("Non-accessible content"),
        blank=True,
    )
    prepared_on = models.DateField(_("Statement prepared on"))
    reviewed_on = models.DateField(_("Statement last reviewed on"))
    method = models.CharField(
        _("Assessment method"), max_length=20, choices=Method.choices
    )
    method_details = models.TextField(
        _("How the site was assessed"),
        blank=True,
        help_text=_("What was checked, with which tools, and what was not."),
    )
    feedback_contact = models.CharField(
        _("Feedback: contact person or department"), max_length=200
    )
    feedback_email = models.EmailField(_("Feedback: e-mail"))
    feedback_phone = models.CharField(_("Feedback: phone"), max_length=40, blank=True)
    enforcement_body = models.CharField(
        _("Enforcement body"),
        max_length=200,
        help_text=_("The authority that supervises compliance with the act."),
    )
    enforcement_address = models.TextField(_("Enforcement body: address"))
    enforcement_email = models.EmailField(_("Enforcement body: e-mail"), blank=True)
    enforcement_url = models.URLField(_("Enforcement body: website"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("obligated_body"),
        FieldPanel("compliance"),
        FieldPanel("non_accessible_content"),
        MultiFieldPanel(
            [
                FieldPanel("prepared_on"),
                FieldPanel("reviewed_on"),
                FieldPanel("method"),
                FieldPanel("method_details"),
            ],
            heading=_("Preparation of this statement"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("feedback_contact"),
                FieldPanel("feedback_email"),
                FieldPanel("feedback_phone"),
            ],
            heading=_("Feedback and contact details"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("enforcement_body"),
                FieldPanel("enforcement_address"),
                FieldPanel("enforcement_email"),
                FieldPanel("enforcement_url"),
            ],
            heading=_("Enforcement procedure"),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("non_accessible_content")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("Accessibility statement")
        verbose_name_plural = _("Accessibility statements")
