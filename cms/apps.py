from django.apps import AppConfig


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "Web"

    def ready(self):
        from cms import caching

        caching.connect()
