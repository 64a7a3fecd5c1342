"""Search results that can list matching ids from the index entries alone
(``search.page_search``); the query compilers of both database backends
implement ``entry_ids``."""


class EntryIds:
    """Mixin for search results classes."""

    def entry_ids(self, among: list[int] | None = None) -> list[int]:
        """The ids of every object of the searched model's types that the index
        matches, best first when the search orders by relevance, whatever the
        queryset's filters (the caller applies them); only ``among`` these."""
        compiler = self.query_compiler
        return compiler.entry_ids(compiler.get_config(self.backend), among)
