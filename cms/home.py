"""What the home page shows below its body: the newest knowledge pages and the
sections to go on to."""

from functools import cached_property

from knowledge.models import KnowledgePage


class HomeLinks:
    """Looked up on first use, so a cached fragment around them skips the queries."""

    def __init__(self, home_page, section_types: tuple, latest_count: int):
        self.home_page = home_page
        self.section_types = section_types
        self.latest_count = latest_count

    @cached_property
    def latest_pages(self) -> list[KnowledgePage]:
        """Cards show the region's name, never its boundary."""
        return list(
            KnowledgePage.objects.live()
            .public()
            .exclude(date=None)
            .select_related("content_type", "region", "country")
            .defer("region__geometry")
            .order_by("-date", "-pk")[: self.latest_count]
        )

    @cached_property
    def _by_type(self) -> dict:
        sections = self.home_page.get_children().live().type(*self.section_types)
        return {page.specific_class.__name__: page for page in sections}

    @property
    def region_index(self):
        return self._by_type.get("RegionIndexPage")

    @property
    def knowledge_index(self):
        return self._by_type.get("KnowledgeIndexPage")
