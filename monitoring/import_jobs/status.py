"""What a job's page says about it, in Czech."""

from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from monitoring.models import ImportJob, ImportJobState


def _number(value: int) -> str:
    return number_format(value, force_grouping=True)


def _writing(job: ImportJob) -> str:
    if not job.rows_done or not job.rows_total:
        return _("Kontroluji soubor znovu a připravuji zápis…")
    return ngettext(
        "Zapsáno %(done)s z %(total)s řádku",
        "Zapsáno %(done)s z %(total)s řádků",
        job.rows_total,
    ) % {"done": _number(job.rows_done), "total": _number(job.rows_total)}


def _done(job: ImportJob) -> str:
    return _(
        "Data jsou uložena do sady „%(dataset)s“: nových %(created)s, změněných "
        "%(updated)s, beze změny %(unchanged)s."
    ) % {
        "dataset": job.dataset_name,
        "created": _number(job.created_count or 0),
        "updated": _number(job.updated_count or 0),
        "unchanged": _number(job.unchanged_count or 0),
    }


def _refused(job: ImportJob) -> str:
    return _("Soubor nelze importovat, problémů: %(count)s") % {
        "count": _number(job.problem_count)
    }


FIXED_TEXTS = {
    ImportJobState.QUEUED: gettext_lazy("Soubor čeká ve frontě na kontrolu…"),
    ImportJobState.CHECKING: gettext_lazy("Kontroluji soubor…"),
    ImportJobState.READY: gettext_lazy(
        "Soubor je zkontrolovaný. Projděte náhled a import potvrďte."
    ),
    ImportJobState.CONFIRMED: gettext_lazy("Import čeká ve frontě na zápis…"),
    ImportJobState.CANCELLED: gettext_lazy(
        "Import byl zrušen a nahraný soubor smazán."
    ),
}
COMPOSED_TEXTS = {
    ImportJobState.WRITING: _writing,
    ImportJobState.DONE: _done,
    ImportJobState.REFUSED: _refused,
    ImportJobState.FAILED: lambda job: job.message,
}


def status_text(job: ImportJob) -> str:
    if job.state in COMPOSED_TEXTS:
        return COMPOSED_TEXTS[job.state](job)
    return str(FIXED_TEXTS[job.state])
