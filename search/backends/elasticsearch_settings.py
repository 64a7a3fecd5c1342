"""Czech analysis for the Elasticsearch index.

Every text field without its own analyzer uses ``default``: Czech stop words are
removed while the words still carry their diacritics, then ASCII folding makes
``garanční`` and ``garancni`` one token before the light Czech stemmer strips case
endings, so both spellings and all word forms meet in one stem.
"""

CZECH_INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "filter": {
                "czech_stop": {"type": "stop", "stopwords": "_czech_"},
                "czech_stemmer": {"type": "stemmer", "language": "czech"},
            },
            "analyzer": {
                "default": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [
                        "lowercase",
                        "czech_stop",
                        "asciifolding",
                        "czech_stemmer",
                    ],
                },
            },
        }
    }
}
