"""The one typed layer between a public URL's query string and the code behind it.

Every public endpoint reads its parameters through a ``QueryForm``: Django form
fields check types, bounds, choices and codes, unknown parameters are never read,
and a bad value is either refused with a Czech message naming the parameter
(machine endpoints: CSV, JSON) or left out so the page still renders (HTML
listings). Each field's ``help_text`` says in Czech what the parameter must be.
"""

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS
from django.core.validators import RegexValidator
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

# Longest single value any endpoint reads; longer ones are refused, not cut.
MAX_VALUE_CHARS = 200


class QueryForm(forms.Form):
    def full_clean(self):
        super().full_clean()
        # Django keeps every ValidationError it caught, and with it the traceback,
        # whose frames hold this form and, through their callers, the request and
        # its answer: a reference cycle that only the garbage collector's rare full
        # passes free. What went wrong is in the message; the traceback can go.
        for errors in (self._errors or {}).values():
            for error in errors.data:
                error.__traceback__ = error.__context__ = error.__cause__ = None

    def valid_values(self) -> dict:
        """Every field's value: the parsed one where it is valid, otherwise the
        field's ``initial`` (the filter is left out rather than refused)."""
        self.is_valid()
        return {
            name: self.cleaned_data.get(name, field.initial)
            for name, field in self.fields.items()
        }

    @property
    def invalid_parameters(self) -> list[str]:
        self.is_valid()
        return list(self.errors)

    def error_message(self) -> str:
        """One Czech sentence naming the first bad parameter and what it must be."""
        name, errors = next(iter(self.errors.items()))
        field = self.fields.get(name)
        if name == NON_FIELD_ERRORS or field is None:
            return str(errors[0])
        error = errors.as_data()[0]
        if error.code == "required":
            return _("Parametr „%(name)s“ je povinný.") % {"name": name}
        if error.code == "unknown":  # well formed, but names nothing that exists
            return _("Parametr „%(name)s“: %(problem)s") % {
                "name": name,
                "problem": error.messages[0],
            }
        expected = field.help_text or str(errors[0])
        return _("Parametr „%(name)s“ musí být %(expected)s.") % {
            "name": name,
            "expected": expected,
        }


def integer(
    minimum: int, maximum: int | None = None, expected=None, **kwargs
) -> forms.IntegerField:
    """A whole number in bounds. Django's IntegerField refuses what ``int()``
    would choke on (superscript digits, thousands of digits) as invalid."""
    expected = expected or (
        format_lazy(gettext_lazy("celé číslo {min}–{max}"), min=minimum, max=maximum)
        if maximum is not None
        else format_lazy(gettext_lazy("celé číslo od {min}"), min=minimum)
    )
    return forms.IntegerField(
        required=kwargs.pop("required", False),
        min_value=minimum,
        max_value=maximum,
        help_text=expected,
        **kwargs,
    )


def choice(choices, **kwargs) -> forms.ChoiceField:
    values = [value for value, _label in choices]
    return forms.ChoiceField(
        required=kwargs.pop("required", False),
        choices=[("", ""), *choices],
        help_text=format_lazy(
            gettext_lazy("jedna z hodnot: {values}"), values=", ".join(values)
        ),
        **kwargs,
    )


def code(pattern: str, max_length: int, expected, **kwargs) -> forms.CharField:
    """A short identifier (a territory, category or country code); NUL bytes and
    anything outside ``pattern`` are refused."""
    return forms.CharField(
        required=kwargs.pop("required", False),
        max_length=max_length,
        validators=[RegexValidator(pattern)],
        help_text=expected,
        **kwargs,
    )


def slug(**kwargs) -> forms.SlugField:
    return forms.SlugField(
        required=False,
        max_length=100,
        allow_unicode=True,
        help_text=gettext_lazy("zkratka z písmen, číslic a pomlček"),
        **kwargs,
    )


def text(max_length: int = MAX_VALUE_CHARS, **kwargs) -> forms.CharField:
    """Free text a visitor typed; NUL bytes are refused (databases reject them)."""
    return forms.CharField(
        required=False,
        max_length=max_length,
        help_text=format_lazy(
            gettext_lazy("text bez znaku NUL, nejvýše {max} znaků"), max=max_length
        ),
        **kwargs,
    )
