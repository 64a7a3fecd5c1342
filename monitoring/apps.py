from django.apps import AppConfig


class MonitoringConfig(AppConfig):
    name = "monitoring"
    verbose_name = "Monitoring"

    def ready(self):
        from monitoring import (
            evidence_rules,
            uploads,  # noqa: F401  (registers its system check)
        )
        from monitoring.import_jobs import heartbeat  # noqa: F401  (its check too)

        evidence_rules.connect()
