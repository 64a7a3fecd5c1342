from django.apps import AppConfig


class MonitoringConfig(AppConfig):
    name = "monitoring"
    verbose_name = "Monitoring"

    def ready(self):
        from monitoring import (
            evidence_rules,
            uploads,  # noqa: F401  (registers its system check)
        )

        evidence_rules.connect()
