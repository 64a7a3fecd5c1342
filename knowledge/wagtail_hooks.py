from wagtail.snippets.models import register_snippet

from knowledge.viewsets import CountryViewSet, TopicViewSet

register_snippet(TopicViewSet)
register_snippet(CountryViewSet)
