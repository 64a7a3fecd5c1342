"""``IdIn(F("pk"), ids)``: a filter on a long list of ids passed as one parameter.

Django's ``pk__in`` builds and prepares a placeholder per id, which costs more
than the query itself once a broad search matches thousands of pages. Here the
ids travel as one array literal on PostgreSQL (a Python list would be bound as
``ARRAY[1, 2, …]``, an expression per id for the server to parse) and as a JSON
list on SQLite.
"""

import json

from django.db.models import Lookup


class IdIn(Lookup):
    lookup_name = "id_in"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        lhs, params = self.process_lhs(compiler, connection)
        placeholders = ", ".join(["%s"] * len(self.rhs)) or "NULL"
        return f"{lhs} IN ({placeholders})", [*params, *self.rhs]

    def as_postgresql(self, compiler, connection):
        lhs, params = self.process_lhs(compiler, connection)
        literal = "{" + ",".join(str(int(pk)) for pk in self.rhs) + "}"
        return f"{lhs} = ANY(%s::integer[])", [*params, literal]

    def as_sqlite(self, compiler, connection):
        lhs, params = self.process_lhs(compiler, connection)
        sql = f"{lhs} IN (SELECT value FROM json_each(%s))"  # noqa: S608 (lhs is a column)
        return sql, [*params, json.dumps(list(self.rhs))]
