"""Writes everything monitoring holds as a Frictionless Data Package: one CSV
per table (UTF-8, comma, one header row, ISO dates), streamed from the database
in constant memory, and datapackage.json describing them."""

import csv
import datetime
import decimal
import json
from pathlib import Path

from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone
from frictionless import Package, Resource, Schema

from monitoring.handover.tables import Column, Link, Table, links, tables

PACKAGE_NAME = "bydleni-v-krajich-monitoring"
DESCRIPTOR = "datapackage.json"
CHUNK = 5000


def cell(value) -> str:
    """A value as the CSV writes it; None is the empty cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return format(value, "f")
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def _labels(column: Column, ids: set) -> dict:
    """str() of the rows of another app that the column's foreign key names."""
    model = column.field.related_model
    return {obj.pk: str(obj) for obj in model._default_manager.filter(pk__in=ids)}


def _write_table(directory: Path, table: Table) -> int:
    columns = table.columns()
    fields = [c.name for c in columns if not c.is_label]
    queryset = table.model._default_manager.order_by("pk")
    outside = [c for c in columns if c.is_outside_reference and not c.is_label]
    labels = {
        c.name: _labels(c, set(queryset.values_list(c.name, flat=True).distinct()))
        for c in outside
    }  # keyed by the foreign key's attname, which the label column shares
    count = 0
    with (directory / table.path).open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow([c.name for c in columns])
        for values in queryset.values_list(*fields).iterator(chunk_size=CHUNK):
            row = dict(zip(fields, values, strict=True))
            writer.writerow(
                [
                    cell(
                        labels[c.field.attname].get(row[c.field.attname])
                        if c.is_label
                        else row[c.name]
                    )
                    for c in columns
                ]
            )
            count += 1
    return count


def _write_link(directory: Path, link: Link) -> int:
    through = link.field.remote_field.through
    source = link.field.m2m_field_name()
    target = link.field.m2m_reverse_field_name()
    pairs = through.objects.order_by("pk").values_list(f"{source}_id", f"{target}_id")
    labels = {}
    if not link.inside:
        labels = {
            obj.pk: str(obj) for obj in link.field.related_model._default_manager.all()
        }
    count = 0
    with (directory / link.path).open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow(["source_id", "target_id" if link.inside else "target_label"])
        for source_id, target_id in pairs.iterator(chunk_size=CHUNK):
            writer.writerow(
                [source_id, target_id if link.inside else labels[target_id]]
            )
            count += 1
    return count


def _resource(name: str, path: str, schema: dict, title: str, rows: int) -> Resource:
    resource = Resource(
        name=name,
        path=path,
        title=title,
        format="csv",
        mediatype="text/csv",
        encoding="utf-8",
        schema=Schema.from_descriptor(schema),
    )
    resource.custom["rows"] = rows
    return resource


def _schema_version() -> str:
    """The newest applied monitoring migration: the shape the tables have."""
    return (
        MigrationRecorder.Migration.objects.filter(app="monitoring")
        .order_by("-applied", "-name")
        .values_list("name", flat=True)
        .first()
        or ""
    )


def export_package(directory: Path) -> dict[str, int]:
    """Writes the package into the directory (created when missing) and returns
    the rows written per table. The caller validates it."""
    directory.mkdir(parents=True, exist_ok=True)
    resources, counts = [], {}
    for table in tables():
        counts[table.name] = _write_table(directory, table)
        resources.append(
            _resource(
                table.name,
                table.path,
                table.schema(),
                str(table.model._meta.verbose_name_plural),
                counts[table.name],
            )
        )
    for link in links():
        counts[link.name] = _write_link(directory, link)
        resources.append(
            _resource(
                link.name,
                link.path,
                link.schema(),
                f"{link.model._meta.verbose_name_plural}: {link.field.verbose_name}",
                counts[link.name],
            )
        )
    package = Package(
        name=PACKAGE_NAME,
        title="Bydlení v krajích – data monitoringu",
        description="Vše, co portál Bydlení v krajích drží v monitoringu: "
        "referenční data, datové sady s metadaty a verzemi, údaje, hodnocení "
        "žebříčku s doklady. Obnoví se příkazem manage.py import_monitoring.",
        created=timezone.now().isoformat(timespec="seconds"),
        resources=resources,
    )
    package.custom["bydleni:schema_version"] = _schema_version()
    package.to_json(str(directory / DESCRIPTOR))
    return counts
