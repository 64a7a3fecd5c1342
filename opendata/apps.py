from django.apps import AppConfig


class OpenDataConfig(AppConfig):
    name = "opendata"
    verbose_name = "Otevřená data"

    def ready(self):
        from opendata import signals

        signals.connect()
