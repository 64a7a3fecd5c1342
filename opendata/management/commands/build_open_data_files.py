from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from monitoring.models import Dataset
from opendata.version_files import build_files, remove_unpublished


class Command(BaseCommand):
    help = (
        "Writes again the CSV, XLSX and data package of each dataset's latest "
        "version (or only of the datasets named), then removes stored files no "
        "dataset publishes. Run it after a deployment that changed what the files "
        "hold, or to repair storage; imports build their files by themselves."
    )

    def add_arguments(self, parser):
        parser.add_argument("slugs", nargs="*", metavar="SLUG")

    def handle(self, *args, slugs, **options):
        datasets = Dataset.objects.order_by("slug")
        if slugs:
            datasets = datasets.filter(slug__in=slugs)
            if unknown := sorted(set(slugs) - {d.slug for d in datasets}):
                raise CommandError(
                    _("No dataset has the slug %(slugs)s.")
                    % {"slugs": ", ".join(unknown)}
                )
        for dataset in datasets:
            files = build_files(dataset.pk, force=True)
            self.stdout.write(
                ngettext(
                    "%(slug)s: %(count)d file written.",
                    "%(slug)s: %(count)d files written.",
                    len(files),
                )
                % {"slug": dataset.slug, "count": len(files)}
            )
        removed = remove_unpublished()
        self.stdout.write(
            ngettext(
                "%(count)d stored file no dataset publishes was removed.",
                "%(count)d stored files no dataset publishes were removed.",
                removed,
            )
            % {"count": removed}
        )
