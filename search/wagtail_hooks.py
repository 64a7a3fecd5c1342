"""Synonym groups in the admin, under Settings, for those allowed to change them
(national editors; see cms/editorial.py)."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search.models import SynonymGroup


class SynonymGroupViewSet(SnippetViewSet):
    model = SynonymGroup
    icon = "search"
    menu_label = "Synonyma pro hledání"
    menu_name = "synonyma"
    add_to_settings_menu = True
    list_display = ["__str__"]
    search_fields = ["phrases"]


register_snippet(SynonymGroupViewSet)
