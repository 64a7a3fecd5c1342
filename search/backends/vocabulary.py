"""Backend behaviour that keeps the vocabulary of indexed words (typo
correction, search/vocabulary.py) as pages are indexed."""


class RecordsVocabulary:
    def add(self, obj):
        super().add(obj)
        from search import vocabulary

        vocabulary.record([obj])

    def add_bulk(self, model, obj_list):
        super().add_bulk(model, obj_list)
        from search import vocabulary

        vocabulary.record(obj_list)
