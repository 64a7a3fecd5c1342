"""Handover between cycles: everything monitoring holds as a Frictionless Data
Package (CSV files and datapackage.json), written by ``export_package`` and
restored into an empty database by ``restore_package``."""

from monitoring.handover.export import export_package
from monitoring.handover.restore import HandoverRefused, restore_package

__all__ = ["HandoverRefused", "export_package", "restore_package"]
