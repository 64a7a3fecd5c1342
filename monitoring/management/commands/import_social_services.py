import datetime

from django.core.management.base import BaseCommand, CommandError

from monitoring.importers.problems import ImportRefused
from monitoring.rpss.importer import import_social_services

PROBLEMS_SHOWN = 50


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"Datum „{value}“ není ve tvaru RRRR-MM-DD.") from None


class Command(BaseCommand):
    help = (
        "Counts housing-related social services from MPSV's register (rpss.json, a "
        "path or an address) by region, ORP and the country as of a date, and "
        "writes them as the dataset's next version."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", help="Path or http(s) address of rpss.json.")
        parser.add_argument(
            "--date", type=_date, help="Count as of this day (default today)."
        )
        parser.add_argument("--dataset", help="Dataset name (default: the RPSS one).")
        parser.add_argument(
            "--illustrative",
            action="store_true",
            help="The file is an illustrative sample; its dataset says so.",
        )

    def handle(self, *args, source, date, dataset, illustrative, **options):
        try:
            result = import_social_services(
                source, on=date, dataset_name=dataset, illustrative=illustrative
            )
        except ImportRefused as refused:
            for problem in refused.problems[:PROBLEMS_SHOWN]:
                self.stderr.write(str(problem))
            raise CommandError("Import odmítnut, nic nebylo zapsáno.") from refused
        counted = result.counted
        if not counted.orp_known:
            self.stdout.write(
                "Vazba obcí na ORP není načtena (manage.py import_municipality_orp): "
                "údaje jsou jen za kraje a Česko."
            )
        if counted.without_orp:
            self.stdout.write(
                f"Služeb s obcí mimo vazbu na ORP: {counted.without_orp} "
                "(započteny jen v kraji)."
            )
        if counted.unplaced:
            self.stdout.write(
                f"Služeb bez použitelné adresy zařízení i poskytovatele: "
                f"{counted.unplaced} (nezapočteny)."
            )
        counts, on = result.counts, counted.on
        self.stdout.write(
            self.style.SUCCESS(
                f"Datová sada „{result.dataset_name}“, verze {result.version}, stav "
                f"k {on.day}. {on.month}. {on.year}: služeb v registru "
                f"{counted.services_read}, "
                f"působících souvisejících s bydlením {counted.housing_active} "
                f"(podle sídla poskytovatele {counted.placed_by_provider}); hodnot "
                f"nových {counts.new}, změněných {counts.changed}, beze změny "
                f"{counts.unchanged}, odebraných {counts.removed}."
            )
        )
