"""Searchable choosers for territories and ETHOS categories in the admin: a modal
with a search box instead of a select of 221 territories, on model forms and in
the monitoring blocks; a regional editor is offered only the territories of
their regions (monitoring.permissions)."""

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import chooser as chooser_views
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.admin.widgets.chooser import BaseChooser

from monitoring.blocks.choosers import CodeChooserBlock
from monitoring.models import EthosCategory, Territory
from monitoring.permissions import editable_territories


class SearchForm(BaseFilterForm):
    """Finds by a part of the Czech name or by the exact code."""

    q = forms.CharField(
        label=_("Hledat"),
        required=False,
        widget=forms.TextInput(attrs={"placeholder": _("Název nebo kód")}),
    )
    name_field = "name"

    def filter(self, objects):
        query = (self.cleaned_data.get("q") or "").strip()
        if not query:
            return objects
        self.is_searching = True
        self.search_query = query
        return objects.filter(
            Q(**{f"{self.name_field}__icontains": query}) | Q(code__iexact=query)
        )


class CategorySearchForm(SearchForm):
    name_field = "name_cs"


class Listing:
    results_template_name = "monitoring/admin/chooser_results.html"


class TerritoryListing(Listing):
    filter_form_class = SearchForm
    ordering = ["kind", "name"]

    def get_object_list(self):
        return editable_territories(self.request.user)

    @property
    def columns(self):
        return [
            self.title_column,
            Column("kind", label=_("Druh"), accessor="get_kind_display"),
            Column("code", label=_("Kód")),
        ]


class CategoryListing(Listing):
    filter_form_class = CategorySearchForm
    ordering = ["sort_order"]

    @property
    def columns(self):
        return [
            self.title_column,
            Column("level", label=_("Úroveň"), accessor="get_level_display"),
        ]


class TerritoryChooseView(TerritoryListing, chooser_views.ChooseView):
    pass


class TerritoryChooseResultsView(TerritoryListing, chooser_views.ChooseResultsView):
    pass


class CategoryChooseView(CategoryListing, chooser_views.ChooseView):
    pass


class CategoryChooseResultsView(CategoryListing, chooser_views.ChooseResultsView):
    pass


class SafeChooser(BaseChooser):
    """A chooser that shows nothing chosen for an id that is no number (a form sent
    back with a malformed value), instead of failing on the lookup."""

    def get_instance(self, value):
        try:
            return super().get_instance(value)
        except (ValueError, ValidationError):
            return None


class TerritoryChooserViewSet(ChooserViewSet):
    model = Territory
    icon = "site"
    choose_one_text = _("Vybrat území")
    choose_another_text = _("Vybrat jiné území")
    choose_view_class = TerritoryChooseView
    choose_results_view_class = TerritoryChooseResultsView
    per_page = 30
    register_widget = False  # only where a panel asks for it
    base_widget_class = SafeChooser
    base_block_class = CodeChooserBlock  # blocks keep the territory's code


class CategoryChooserViewSet(ChooserViewSet):
    model = EthosCategory
    icon = "tag"
    choose_one_text = _("Vybrat kategorii ETHOS")
    choose_another_text = _("Vybrat jinou kategorii")
    choose_view_class = CategoryChooseView
    choose_results_view_class = CategoryChooseResultsView
    per_page = 50
    register_widget = False
    base_widget_class = SafeChooser
    base_block_class = CodeChooserBlock


territory_chooser = TerritoryChooserViewSet("uzemi_chooser", url_prefix="uzemi-vyber")
category_chooser = CategoryChooserViewSet(
    "ethos_chooser", url_prefix="kategorie-ethos-vyber"
)
