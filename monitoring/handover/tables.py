"""Which monitoring tables a handover package holds, in an order that restores
(every table after the tables it refers to), and how each column is described
in the package's Table Schema. Built from the models, so a model added to
monitoring is in the package without listing it here."""

from collections.abc import Iterator
from dataclasses import dataclass

from django.apps import apps
from django.db import models

# Transient or derived: an import job's upload and the cache counter.
LEFT_OUT = {"importjob", "dataversion"}

STRING_FIELDS = (models.CharField, models.TextField)
TYPES = (
    (models.BooleanField, "boolean"),
    (models.DateTimeField, "datetime"),  # before DateField, its parent
    (models.DateField, "date"),
    (models.DecimalField, "number"),
    (models.IntegerField, "integer"),  # the auto, big and positive ones too
    (models.JSONField, "string"),
)


@dataclass(frozen=True)
class Column:
    """One CSV column of a table: a model field, or the label of a row of
    another app (a user, a document, a page) that a foreign key names."""

    name: str
    field: models.Field
    is_label: bool = False

    @property
    def is_outside_reference(self) -> bool:
        """A foreign key to a model of another app (users, documents, pages)."""
        return self.field.is_relation and not _is_monitoring(self.field.related_model)

    def descriptor(self) -> dict:
        if self.is_label:
            return {
                "name": self.name,
                "type": "string",
                "title": f"{self.field.verbose_name} (popis)",
                "description": "Čím odkazovaný záznam mimo monitoring je "
                "(uživatel, dokument, stránka), pro nástupnický systém.",
            }
        described = {
            "name": self.name,
            "type": _type(self.field),
            "title": str(self.field.verbose_name),
        }
        if isinstance(self.field, models.JSONField):
            described["description"] = "Hodnota ve formátu JSON."
        if self.field.primary_key or not (
            self.field.null or isinstance(self.field, STRING_FIELDS)
        ):
            described["constraints"] = {"required": True}
        return described


@dataclass(frozen=True)
class Table:
    model: type[models.Model]

    @property
    def name(self) -> str:
        return self.model._meta.model_name

    @property
    def path(self) -> str:
        return f"{self.name}.csv"

    def columns(self) -> list[Column]:
        columns = []
        for field in self.model._meta.concrete_fields:
            column = Column(field.attname, field)
            columns.append(column)
            if column.is_outside_reference:
                columns.append(Column(f"{field.name}_label", field, is_label=True))
        return columns

    def monitoring_references(self) -> list[models.ForeignKey]:
        return [
            field
            for field in self.model._meta.concrete_fields
            if field.is_relation and _is_monitoring(field.related_model)
        ]

    def self_reference(self) -> models.ForeignKey | None:
        return next(
            (
                field
                for field in self.monitoring_references()
                if _concrete(field.related_model) is self.model
            ),
            None,
        )

    def schema(self) -> dict:
        schema = {
            "fields": [column.descriptor() for column in self.columns()],
            "primaryKey": ["id"],
        }
        foreign_keys = [
            {
                "fields": field.attname,
                "reference": {
                    "resource": ""
                    if _concrete(field.related_model) is self.model
                    else _concrete(field.related_model)._meta.model_name,
                    "fields": "id",
                },
            }
            for field in self.monitoring_references()
        ]
        if foreign_keys:
            schema["foreignKeys"] = foreign_keys
        return schema


@dataclass(frozen=True)
class Link:
    """A many-to-many field as a table of pairs; a link to another app's rows
    (a region's editor groups) names them by their label."""

    model: type[models.Model]
    field: models.ManyToManyField

    @property
    def name(self) -> str:
        return f"{self.model._meta.model_name}_{self.field.name}"

    @property
    def path(self) -> str:
        return f"{self.name}.csv"

    @property
    def inside(self) -> bool:
        return _is_monitoring(self.field.related_model)

    def schema(self) -> dict:
        owner = self.model._meta.model_name
        target = {"name": "target_id", "type": "integer"}
        if not self.inside:
            target = {"name": "target_label", "type": "string"}
        schema = {
            "fields": [
                {
                    "name": "source_id",
                    "type": "integer",
                    "title": str(self.model._meta.verbose_name),
                    "constraints": {"required": True},
                },
                {
                    **target,
                    "title": str(self.field.verbose_name),
                    "constraints": {"required": True},
                },
            ],
            "foreignKeys": [
                {
                    "fields": "source_id",
                    "reference": {"resource": owner, "fields": "id"},
                }
            ],
        }
        if self.inside:
            related = _concrete(self.field.related_model)._meta.model_name
            schema["foreignKeys"].append(
                {
                    "fields": "target_id",
                    "reference": {"resource": related, "fields": "id"},
                }
            )
        return schema


def _is_monitoring(model) -> bool:
    return model._meta.app_label == "monitoring"


def _concrete(model):
    return model._meta.concrete_model


def _type(field: models.Field) -> str:
    if field.is_relation:
        return "integer"
    for kind, name in TYPES:
        if isinstance(field, kind):
            return name
    return "string"


def tables() -> list[Table]:
    """Every monitoring table in restoring order."""
    pending = [
        Table(model)
        for model in apps.get_app_config("monitoring").get_models()
        if not model._meta.proxy and model._meta.model_name not in LEFT_OUT
    ]
    ordered: list[Table] = []
    done: set = set()
    while pending:
        ready = [
            table
            for table in pending
            if all(
                _concrete(field.related_model) in done
                or _concrete(field.related_model) is table.model
                for field in table.monitoring_references()
            )
        ]
        if not ready:
            raise RuntimeError("Monitoring models refer to each other in a cycle.")
        for table in sorted(ready, key=lambda t: t.name):
            ordered.append(table)
            done.add(table.model)
            pending.remove(table)
    return ordered


def links() -> Iterator[Link]:
    for table in tables():
        for field in table.model._meta.local_many_to_many:
            yield Link(table.model, field)
