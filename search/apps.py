from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Vyhledávání"

    def ready(self):
        from search.models import SynonymGroup
        from search.synonyms import forget_groups

        # Editors' changes apply at the next search, without a deploy.
        post_save.connect(forget_groups, sender=SynonymGroup)
        post_delete.connect(forget_groups, sender=SynonymGroup)
