from wagtail.admin.forms import WagtailAdminPageForm


class KnowledgePageForm(WagtailAdminPageForm):
    """A page created under a region's hub belongs to that region by default."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        parent = getattr(self, "parent_page", None)
        region_id = getattr(parent.specific, "region_id", None) if parent else None
        if not self.instance.pk and region_id and not self.initial.get("region"):
            self.initial["region"] = region_id
