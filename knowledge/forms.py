from wagtail.admin.forms import WagtailAdminPageForm

from monitoring.permissions import editable_region_ids


class KnowledgePageForm(WagtailAdminPageForm):
    """A page created under a region's hub belongs to that region by default, and a
    regional editor may set only the regions the region policy lets them edit
    (a page's region is ladder evidence for that region)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        parent = getattr(self, "parent_page", None)
        region_id = getattr(parent.specific, "region_id", None) if parent else None
        if not self.instance.pk and region_id and not self.initial.get("region"):
            self.initial["region"] = region_id
        self._limit_regions()

    def _limit_regions(self):
        field = self.fields.get("region")
        if field is None or self.for_user is None:
            return
        region_ids = editable_region_ids(self.for_user)
        if region_ids is None:
            return
        # A region set earlier by a national editor stays, but cannot be chosen anew.
        kept = {self.instance.region_id} - {None}
        field.queryset = field.queryset.filter(pk__in=region_ids | kept)
