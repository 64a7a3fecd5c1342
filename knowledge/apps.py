from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    name = "knowledge"
    verbose_name = "Znalostní báze"

    def ready(self):
        from knowledge import evidence

        evidence.connect()
