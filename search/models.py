"""What editors keep for search (synonym groups) and what indexing collects for
typo correction (the vocabulary of indexed words)."""

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel

from search import czech


class SynonymGroup(models.Model):
    """Phrases the public uses for the same thing: a query naming one of them
    finds pages that use any of them."""

    phrases = models.TextField(
        "Výrazy",
        help_text=(
            "Každý výraz na samostatný řádek, například „azylák“ a „azylový dům“. "
            "Na diakritice, velikosti písmen ani pádové koncovce nezáleží."
        ),
    )

    panels = [FieldPanel("phrases")]

    class Meta:
        verbose_name = "Skupina synonym"
        verbose_name_plural = "Synonyma pro hledání"
        ordering = ["phrases"]

    def __str__(self):
        return " / ".join(self.phrase_list())

    def phrase_list(self) -> list[str]:
        return [line.strip() for line in self.phrases.splitlines() if line.strip()]

    def clean(self):
        searchable = [p for p in self.phrase_list() if czech.content_words(p)]
        if len(searchable) < 2:
            raise ValidationError(
                {
                    "phrases": "Zadejte alespoň dva výrazy, každý na samostatný "
                    "řádek; výraz musí obsahovat slovo, podle kterého lze hledat."
                }
            )


class IndexedWord(models.Model):
    """A word some indexed page uses, folded, with a form as written: the
    vocabulary typo correction picks its suggestions from."""

    word = models.CharField("Slovo bez diakritiky", max_length=60, unique=True)
    written = models.CharField("Slovo, jak je psáno", max_length=60)

    class Meta:
        verbose_name = "Slovo z indexu"
        verbose_name_plural = "Slova z indexu"

    def __str__(self):
        return self.written
