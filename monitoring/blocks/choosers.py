"""The searchable territory and ETHOS category pickers of the monitoring blocks.

They reuse the admin's chooser modals (monitoring.admin_choosers), whose widget
works with primary keys, but a block keeps the code it always kept (``CZ051``,
``3.1``): stream data, the typed params and the demo stay as they are, and the
block's value stays a plain code. Only the editor form converts between the
two."""

from wagtail.blocks import ChooserBlock


class CodeChooserBlock(ChooserBlock):
    """A chooser block whose value, stored and native, is the chosen object's
    code; an empty choice is the empty string, as the select it replaces kept it."""

    EMPTY = ""

    def to_python(self, value):
        return value

    def bulk_to_python(self, values):
        return list(values)

    def normalize(self, value):
        if isinstance(value, self.model_class):
            return value.code
        return self.EMPTY if value is None else value

    def get_prep_value(self, value):
        return value

    def value_from_form(self, value):
        """The widget sends a primary key and the form field cleans it to an
        object; both become the object's code."""
        if value in (None, self.EMPTY):
            return self.EMPTY
        if isinstance(value, self.model_class):
            return value.code
        codes = self.model_class.objects.values_list("code", flat=True)
        try:
            return codes.filter(pk=value).first() or self.EMPTY
        except (TypeError, ValueError):  # not a key: the field reports it as empty
            return self.EMPTY

    def value_for_form(self, value):
        return self._instance(value)

    def get_form_state(self, value):
        return self.widget.get_value_data(self._instance(value))

    def extract_references(self, value):
        """Codes are not references the reference index could follow."""
        return iter(())

    def _instance(self, code):
        if not code or isinstance(code, self.model_class):
            return code or None
        return self.model_class.objects.filter(code=code).first()
