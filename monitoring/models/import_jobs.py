from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportJobState(models.TextChoices):
    QUEUED = "queued", _("čeká na kontrolu")
    CHECKING = "checking", _("kontroluje se")
    READY = "ready", _("čeká na potvrzení")
    CONFIRMED = "confirmed", _("čeká na zápis")
    WRITING = "writing", _("zapisuje se")
    DONE = "done", _("uloženo")
    REFUSED = "refused", _("odmítnuto")
    FAILED = "failed", _("selhalo")
    CANCELLED = "cancelled", _("zrušeno")


class ImportKind(models.TextChoices):
    ETHOS = "ethos", _("data ETHOS")
    INDICATORS = "indicators", _("datové ukazatele")


class ImportJob(models.Model):
    """One uploaded ETHOS or indicator file on its way through the background
    queue: checked (a dry run), shown for confirmation, then written."""

    FINISHED_STATES = (
        ImportJobState.DONE,
        ImportJobState.REFUSED,
        ImportJobState.FAILED,
        ImportJobState.CANCELLED,
    )
    # A worker holds the job in these states; the others wait for a worker or an
    # editor.
    WORKING_STATES = (ImportJobState.CHECKING, ImportJobState.WRITING)
    RUNNING_STATES = (
        ImportJobState.QUEUED,
        ImportJobState.CHECKING,
        ImportJobState.CONFIRMED,
        ImportJobState.WRITING,
    )

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Nahrál(a)"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="import_jobs",
    )
    region = models.ForeignKey(
        "monitoring.Region",
        verbose_name=_("Kraj nové sady"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    kind = models.CharField(
        _("Druh dat"),
        max_length=12,
        choices=ImportKind.choices,
        default=ImportKind.ETHOS,
    )
    dataset_name = models.CharField(_("Datová sada"), max_length=200)
    source_url = models.URLField(_("Zdroj dat (odkaz)"), max_length=500, blank=True)
    filename = models.CharField(_("Název souboru"), max_length=255)
    upload_token = models.CharField(max_length=64, blank=True, editable=False)
    state = models.CharField(
        _("Stav"),
        max_length=12,
        choices=ImportJobState.choices,
        default=ImportJobState.QUEUED,
    )
    rows_total = models.PositiveIntegerField(_("Řádků celkem"), null=True)
    rows_done = models.PositiveIntegerField(_("Řádků zapsáno"), default=0)
    created_count = models.PositiveIntegerField(_("Nových"), null=True)
    updated_count = models.PositiveIntegerField(_("Změněných"), null=True)
    unchanged_count = models.PositiveIntegerField(_("Beze změny"), null=True)
    preview = models.JSONField(_("Náhled"), default=list, blank=True)
    problems = models.JSONField(_("Problémy"), default=list, blank=True)
    problem_count = models.PositiveIntegerField(_("Počet problémů"), default=0)
    message = models.TextField(_("Zpráva"), blank=True)
    # Who runs the current step: "host:pid" of the worker process and the id of
    # its queue record, so a job whose worker died can be told apart and its
    # queue record settled (monitoring/import_jobs/stalled.py).
    worker = models.CharField(max_length=255, blank=True, editable=False)
    task_id = models.CharField(max_length=64, blank=True, editable=False)
    created_at = models.DateTimeField(_("Nahráno"), auto_now_add=True)
    finished_at = models.DateTimeField(_("Dokončeno"), null=True)

    class Meta:
        verbose_name = _("Import dat")
        verbose_name_plural = _("Importy dat")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.filename} → {self.dataset_name}"

    @property
    def is_finished(self) -> bool:
        return self.state in self.FINISHED_STATES

    @property
    def is_running(self) -> bool:
        return self.state in self.RUNNING_STATES
