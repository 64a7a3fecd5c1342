from django.apps import AppConfig


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "Web"

    def ready(self):
        from cms import caching, rate_limits  # noqa: F401 (registers its check)

        caching.connect()
