"""List filters for the monitoring admin, and an index view that answers a filter
value it cannot use with a message instead of an error page."""

from django import forms
from django.contrib import messages
from django.contrib.admin import SimpleListFilter
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.validators import RegexValidator
from django.db.models import Q
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail_modeladmin.views import IndexView

from monitoring.models import Region

YEAR = forms.IntegerField(min_value=1, max_value=9999)
REGION_CODE = forms.CharField(
    max_length=10, validators=[RegexValidator(r"\A[A-Z0-9]+\Z")]
)


def _parsed(field: forms.Field, value: str):
    """``value`` through a form field; a bad one is an incorrect lookup."""
    try:
        return field.clean(value)
    except forms.ValidationError as error:
        raise IncorrectLookupParameters(value) from error


class RegionFilter(SimpleListFilter):
    """Observations of a region: the region itself and its ORP."""

    title = "kraj"
    parameter_name = "kraj"

    def lookups(self, request, model_admin):
        return [
            (region.code, region.name) for region in Region.objects.order_by("code")
        ]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        code = _parsed(REGION_CODE, self.value())
        return queryset.filter(
            Q(territory__code=code) | Q(territory__parent__code=code)
        )


class YearFilter(SimpleListFilter):
    title = "rok"
    parameter_name = "rok"

    def lookups(self, request, model_admin):
        years = model_admin.model.objects.dates("period", "year", order="DESC")
        return [(str(date.year), str(date.year)) for date in years]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        return queryset.filter(period__year=_parsed(YEAR, self.value()))


class FilteredIndexView(IndexView):
    """A filter in the address that does not fit (a mistyped year, an id that is
    not a number, an unknown field) leads back to the unfiltered list with a
    Czech message, as Django's own admin does, instead of a server error."""

    def dispatch(self, request, *args, **kwargs):
        try:
            return super().dispatch(request, *args, **kwargs)
        except IncorrectLookupParameters:
            messages.error(
                request,
                _("Filtr v adrese má neplatnou hodnotu; zobrazuji seznam bez něj."),
            )
            return redirect(request.path)
