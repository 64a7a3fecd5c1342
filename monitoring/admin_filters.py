"""List filters for the monitoring admin."""

from django.contrib.admin import SimpleListFilter
from django.db.models import Q

from monitoring.models import Region


class RegionFilter(SimpleListFilter):
    """Observations of a region: the region itself and its ORP."""

    title = "kraj"
    parameter_name = "kraj"

    def lookups(self, request, model_admin):
        return [
            (region.code, region.name) for region in Region.objects.order_by("name")
        ]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        return queryset.filter(
            Q(territory__code=self.value()) | Q(territory__parent__code=self.value())
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
        return queryset.filter(period__year=int(self.value()))
