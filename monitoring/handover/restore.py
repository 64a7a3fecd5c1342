"""Restores a handover package into a database that holds no monitoring data:
the package is validated first (Frictionless: every file against its Table
Schema, keys and references), then every table is written in one transaction
with its original ids, so blocks, links and API answers stay the same."""

import csv
import json
from collections.abc import Iterator
from pathlib import Path

from django.core.management.color import no_style
from django.db import connection, models, transaction
from django.utils.translation import gettext as _
from frictionless import FrictionlessException, Package

from monitoring.handover.export import DESCRIPTOR
from monitoring.handover.tables import Link, Table, links, tables
from monitoring.versioning import bump_data_version

BATCH = 5000
ERRORS_SHOWN = 20
# Needed for the biggest tables (long notes, boundaries as GeoJSON).
csv.field_size_limit(2**31 - 1)


class HandoverRefused(Exception):
    """The package cannot be restored; the messages say why, in Czech."""

    def __init__(self, messages: list[str]):
        super().__init__("\n".join(messages))
        self.messages = messages


def _check_empty() -> None:
    held = [
        f"{table.model._meta.verbose_name_plural}: {count}"
        for table in tables()
        if (count := table.model._default_manager.count())
    ]
    if held:
        raise HandoverRefused(
            [
                _(
                    "Databáze už obsahuje data monitoringu (%(held)s). Balíček lze "
                    "obnovit jen do prázdné databáze: založte novou, spusťte "
                    "manage.py migrate a import opakujte."
                )
                % {"held": ", ".join(held)}
            ]
        )


def _check_valid(descriptor: Path) -> Package:
    if not descriptor.is_file():
        raise HandoverRefused(
            [_("Ve složce chybí soubor %(name)s.") % {"name": DESCRIPTOR}]
        )
    try:
        package = Package(str(descriptor))
    except FrictionlessException as error:
        raise HandoverRefused(
            [
                _("Soubor %(name)s nelze přečíst: %(error)s")
                % {"name": DESCRIPTOR, "error": error}
            ]
        ) from error
    report = package.validate()
    if not report.valid:
        raise HandoverRefused(_problems(report))
    return package


def _problems(report) -> list[str]:
    problems = []
    for task in report.tasks:
        for error in task.errors:
            place = ", ".join(
                part
                for part in (
                    _("soubor %(path)s") % {"path": task.name},
                    _("řádek %(row)s") % {"row": error.row_number}
                    if getattr(error, "row_number", None)
                    else "",
                    _("sloupec %(field)s") % {"field": error.field_name}
                    if getattr(error, "field_name", None)
                    else "",
                )
                if part
            )
            problems.append(
                _("Balíček není platný (%(place)s): %(note)s")
                % {"place": place, "note": error.message}
            )
    for error in report.errors:
        problems.append(_("Balíček není platný: %(note)s") % {"note": error.message})
    if len(problems) > ERRORS_SHOWN:
        rest = len(problems) - ERRORS_SHOWN
        problems = [
            *problems[:ERRORS_SHOWN],
            _("… a dalších %(count)d problémů.") % {"count": rest},
        ]
    return problems


def _check_tables(package: Package) -> None:
    """Every monitoring table is in the package with no column it does not know
    (columns added to the models later take their defaults)."""
    expected = {table.name: table for table in tables()}
    expected.update({link.name: link for link in links()})
    names = set(package.resource_names)
    problems = [
        _("V balíčku chybí tabulka %(name)s.") % {"name": name}
        for name in sorted(set(expected) - names)
    ]
    for name in sorted(set(expected) & names):
        known = _column_names(expected[name])
        unknown = set(package.get_resource(name).schema.field_names) - known
        problems += [
            _(
                "Tabulka %(table)s má sloupec %(column)s, který tato verze portálu "
                "nezná."
            )
            % {"table": name, "column": column}
            for column in sorted(unknown)
        ]
    if problems:
        raise HandoverRefused(problems)


def _column_names(part: Table | Link) -> set[str]:
    if isinstance(part, Link):
        return {"source_id", "target_id" if part.inside else "target_label"}
    return {column.name for column in part.columns()}


def _rows(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8", newline="") as stream:
        yield from csv.DictReader(stream)


def _value(field: models.Field, text: str):
    if text == "":
        if field.null:
            return None
        if isinstance(field, models.CharField | models.TextField):
            return ""
    if isinstance(field, models.BooleanField):
        return text == "true"
    if isinstance(field, models.JSONField):
        return json.loads(text)
    if field.is_relation:
        return int(text)
    return field.to_python(text)


def _outside_target(field: models.ForeignKey, row: dict):
    """The row of another app a foreign key named, when this database has the
    same one (same id and label); otherwise nothing."""
    pk = row.get(field.attname)
    if not pk:
        return None
    target = field.related_model._default_manager.filter(pk=int(pk)).first()
    if target is not None and str(target) == row.get(f"{field.name}_label"):
        return target.pk
    return None


def _instances(table: Table, rows: Iterator[dict]) -> Iterator[models.Model]:
    columns = [c for c in table.columns() if not c.is_label]
    for row in rows:
        values = {}
        for column in columns:
            if column.name not in row:
                continue  # a column added after the export: the model's default
            if column.is_outside_reference:
                values[column.name] = _outside_target(column.field, row)
            else:
                values[column.name] = _value(column.field, row[column.name])
        yield table.model(**values)


def _parents_first(table: Table, rows: list[dict]) -> list[dict]:
    """Rows of a table that refers to itself, each after the row it names."""
    parent = table.self_reference().attname
    by_id = {row["id"]: row for row in rows}
    ordered, placed = [], set()

    def place(row):
        if row["id"] in placed:
            return
        if row.get(parent) and row[parent] in by_id:
            place(by_id[row[parent]])
        placed.add(row["id"])
        ordered.append(row)

    for row in rows:
        place(row)
    return ordered


def _restore_table(directory: Path, table: Table) -> int:
    rows: Iterator[dict] | list[dict] = _rows(directory / table.path)
    if table.self_reference() is not None:
        rows = _parents_first(table, list(rows))
    count, batch = 0, []
    for instance in _instances(table, iter(rows)):
        batch.append(instance)
        if len(batch) == BATCH:
            table.model._default_manager.bulk_create(batch)
            count, batch = count + len(batch), []
    table.model._default_manager.bulk_create(batch)
    return count + len(batch)


def _restore_link(directory: Path, link: Link) -> int:
    through = link.field.remote_field.through
    source = f"{link.field.m2m_field_name()}_id"
    target = f"{link.field.m2m_reverse_field_name()}_id"
    by_label = {}
    if not link.inside:
        by_label = {
            str(obj): obj.pk for obj in link.field.related_model._default_manager.all()
        }
    pairs = []
    for row in _rows(directory / link.path):
        target_id = (
            int(row["target_id"]) if link.inside else by_label.get(row["target_label"])
        )
        if target_id is not None:  # an editor group this database does not have
            pairs.append(through(**{source: int(row["source_id"]), target: target_id}))
    through.objects.bulk_create(pairs, batch_size=BATCH)
    return len(pairs)


def _reset_sequences() -> None:
    """PostgreSQL's id sequences continue after the restored ids."""
    models_ = [table.model for table in tables()]
    models_ += [link.field.remote_field.through for link in links()]
    statements = connection.ops.sequence_reset_sql(no_style(), models_)
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def restore_package(directory: Path) -> dict[str, int]:
    """Validates the package and restores it; returns the rows written per
    table. Raises HandoverRefused (nothing written) when the database already
    holds monitoring data or the package is not valid."""
    _check_empty()
    package = _check_valid(directory / DESCRIPTOR)
    _check_tables(package)
    counts = {}
    with transaction.atomic():
        for table in tables():
            counts[table.name] = _restore_table(directory, table)
        for link in links():
            counts[link.name] = _restore_link(directory, link)
        _reset_sequences()
        bump_data_version()
    return counts
