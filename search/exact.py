"""Words matched as written (folded), not by light-stem prefix: the forms of a
place name, which search.places lists in full, so ``Vlašim`` does not find
``vlastní``."""

from wagtail.search.query import PlainText


class ExactText(PlainText):
    pass
