from monitoring.importers.indicators import import_indicators
from monitoring.management.commands.import_ethos import Command as EthosCommand


class Command(EthosCommand):
    help = (
        "Imports a table of data indicators (CSV or XLSX: kod_uzemi, obdobi, "
        "ukazatel, hodnota, poznamka) into a dataset. One bad row and nothing is "
        "written."
    )
    importer = staticmethod(import_indicators)
