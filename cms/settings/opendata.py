"""The read API (Django REST framework, drf-spectacular) and CORS for the data
portal's machine endpoints.

Star-imported by ``base``; see README.md, "For data users".
"""

import os

from corsheaders.defaults import default_headers

# Anonymous clients may make this many requests per address; see README.
API_RATE_LIMIT = os.environ.get("API_RATE_LIMIT", "600/min")

# A whole dataset's CSV, XLSX and data package are written once per version in
# the background and served as files (opendata.version_files). A selection is
# made in the request, so it is bounded: an XLSX of at most this many rows (about
# three seconds of a worker's time) ...
OPENDATA_XLSX_MAX_ROWS = int(os.environ.get("OPENDATA_XLSX_MAX_ROWS", "20000"))
# ... and a CSV streamed from the database of at most this many rows (a few
# seconds). Until a new version's files are written, the whole dataset is offered
# in the formats its size allows within these limits.
OPENDATA_CSV_MAX_ROWS = int(os.environ.get("OPENDATA_CSV_MAX_ROWS", "300000"))

REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [],
    # Read-only and public: nobody logs in through the API.
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    # Counted in the shared counters of cms.rate_limits, per the client address
    # django-axes sees (AXES_META_PRECEDENCE_ORDER, AXES_PROXY_COUNT).
    "DEFAULT_THROTTLE_CLASSES": ["cms.api_throttle.ApiRateThrottle"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "opendata.api.errors.czech_exception_handler",
    "URL_FORMAT_OVERRIDE": None,
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Bydlení v krajích – API otevřených dat",
    "DESCRIPTION": (
        "Údaje o bytové nouzi podle typologie ETHOS, datové sady, území a žebříček "
        "krajů. Jen pro čtení (GET), JSON, bez registrace. Malé počty se "
        "nezveřejňují: hodnota je null a stav suppressed. Odpovědi nesou ETag a "
        "Last-Modified podle verze dat; chybný parametr vrací 400 s českým "
        "popisem v poli detail a jménem parametru v poli parameter."
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1/",
    "PREPROCESSING_HOOKS": ["opendata.api.docs.only_this_api"],
    "ENUM_NAME_OVERRIDES": {
        "TerritoryKindEnum": "monitoring.models.TerritoryKind",
        "AssessmentStatusEnum": "monitoring.models.AssessmentStatus",
        "MeasureEnum": "monitoring.models.Measure",
        "ObservationStatusEnum": ["published", "suppressed"],
    },
    "LICENSE": {
        "name": "CC BY 4.0",
        "url": "https://creativecommons.org/licenses/by/4.0/",
    },
}

# Any web page may read the open data (GET only); If-None-Match needs a preflight.
CORS_ALLOW_ALL_ORIGINS = True
CORS_URLS_REGEX = r"^/(api/v1/|data/).*$"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_CREDENTIALS = False
CORS_ALLOW_HEADERS = [*default_headers, "if-none-match", "if-modified-since"]
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified", "Retry-After"]
