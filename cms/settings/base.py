"""Settings shared by every environment; everything machine-specific comes from the
environment (see README.md and .env.example)."""

import json
import os
from pathlib import Path

import dj_database_url

from cms.settings.environment import env_bool, env_list
from search.backends import search_backends_from_environment

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", default=False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1"])

INSTALLED_APPS = [
    "cms",
    "knowledge",
    "monitoring",
    "search",
    "opendata",
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail_modeladmin",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    "django_tasks_db",
    "axes",
    "csp",
    "django.contrib.admin",  # wagtail-modeladmin uses its list filters
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "cms.page_cache.PageCacheMiddleware",
    # Before CommonMiddleware, as django-cors-headers asks; only /api/v1/ and /data/.
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Downloads per client: requests, bytes and simultaneous downloads.
    "cms.download_limits.DownloadLimitMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # The site from the cache and pages routed in two queries (cms.routing).
    "cms.routing.RoutingMiddleware",
    "cms.content_security.ContentSecurityPolicyMiddleware",
    # A post without a field a form reads is a 400, not a 500 (cms.bad_requests).
    "cms.bad_requests.BadRequestMiddleware",
    # Last, as django-axes requires: turns a refused log-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "cms.context_processors.region_page_urls",
                "cms.context_processors.content_generation",
            ],
        },
    },
]

# The embedded default is a SQLite file under var/ (git ignores it), so `make run`
# needs no server; production points DATABASE_URL at PostgreSQL.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "600")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Write transactions take SQLite's write lock when they begin, so two imports
    # into one dataset run one after the other (monitoring.importers.serial);
    # other writers wait up to `timeout` seconds for it. In WAL mode readers never
    # wait for a writer, so pages stay readable while an import writes.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Redis through django-redis, which treats an unreachable Redis as an empty cache
# (DJANGO_REDIS_IGNORE_EXCEPTIONS): pages then render from the database.
CACHES = {
    "default": (
        {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": float(
                    os.environ.get("REDIS_CONNECT_TIMEOUT", "0.5")
                ),
                "SOCKET_TIMEOUT": float(os.environ.get("REDIS_TIMEOUT", "0.5")),
                # A circuit breaker: after a failure Redis is skipped for a while.
                "CONNECTION_POOL_CLASS": "cms.redis_breaker.BreakerConnectionPool",
            },
        }
        if os.environ.get("REDIS_URL")
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}
DJANGO_REDIS_IGNORE_EXCEPTIONS = True
# cms.redis_breaker warns once a minute instead of a traceback per cache call.
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = False
# How long each process skips Redis after a failed connection before trying again.
REDIS_RETRY_SECONDS = float(os.environ.get("REDIS_RETRY_SECONDS", "5"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]

LANGUAGE_CODE = "cs"
LANGUAGES = [("cs", "Čeština")]
TIME_ZONE = "Europe/Prague"
USE_I18N = True
USE_TZ = True
# Our Czech formats (short dates "26. 11. 2026"), read by monitoring.formatting.
FORMAT_MODULE_PATH = ["cms.formats"]
# Ours first (it wins where both have a string), then the Czech of the Wagtail admin
# strings that Wagtail's own Czech catalogue lacks (about 670 in Wagtail 8).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "translations" / "wagtail"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT") or BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT") or BASE_DIR / "media")
# Django serves MEDIA_ROOT itself only for `make run` (cms.settings.dev) and with DEBUG.
SERVE_MEDIA = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    # Each dataset version's CSV, XLSX and data package (opendata.version_files);
    # on several machines an S3-compatible bucket through django-storages (README,
    # "Operations").
    "opendata": {
        "BACKEND": os.environ.get(
            "OPENDATA_STORAGE_BACKEND", "django.core.files.storage.FileSystemStorage"
        ),
        "OPTIONS": json.loads(os.environ.get("OPENDATA_STORAGE_OPTIONS") or "null")
        or {"location": os.environ.get("OPENDATA_FILES_ROOT") or VAR_DIR / "opendata"},
    },
}

# Complex page editors post many fields at once.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Bydlení v krajích"
WAGTAILADMIN_BASE_URL = os.environ.get("BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
# ASCII slugs: Czech diacritics are transliterated, so addresses stay typeable.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("cs", "Čeština")]
WAGTAIL_CONTENT_LANGUAGES = [("cs", "Čeština")]
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILSEARCH_BACKENDS = search_backends_from_environment()
WAGTAILADMIN_USER_LOGIN_FORM = "cms.admin_forms.CzechLoginForm"

# Background import jobs and their upload folder; login throttling and the
# Content-Security-Policy.
from cms.settings.imports import *  # noqa: E402, F403
from cms.settings.limits import *  # noqa: E402, F403
from cms.settings.opendata import *  # noqa: E402, F403
from cms.settings.security import *  # noqa: E402, F403

# Counts from 1 up to this number are not published (monitoring.suppression).
MONITORING_SUPPRESS_BELOW = int(os.environ.get("MONITORING_SUPPRESS_BELOW", "5"))

# Import limits (monitoring.importers.limits), checked before a file is parsed. The
# defaults admit a national import of 2 million rows (bench/import_scale.py's
# 1 million rows are a 35 MB CSV).
MONITORING_IMPORT_MAX_FILE_BYTES = int(
    os.environ.get("MONITORING_IMPORT_MAX_FILE_BYTES", str(100 * 1024 * 1024))
)
MONITORING_IMPORT_MAX_ROWS = int(
    os.environ.get("MONITORING_IMPORT_MAX_ROWS", "2000000")
)
MONITORING_IMPORT_MAX_COLUMNS = int(
    os.environ.get("MONITORING_IMPORT_MAX_COLUMNS", "50")
)
MONITORING_IMPORT_MAX_CELL_CHARS = int(
    os.environ.get("MONITORING_IMPORT_MAX_CELL_CHARS", "2000")
)
MONITORING_IMPORT_MAX_XLSX_UNCOMPRESSED_BYTES = int(
    os.environ.get(
        "MONITORING_IMPORT_MAX_XLSX_UNCOMPRESSED_BYTES", str(200 * 1024 * 1024)
    )
)
MONITORING_IMPORT_MAX_XLSX_RATIO = int(
    os.environ.get("MONITORING_IMPORT_MAX_XLSX_RATIO", "100")
)
# A file is validated this many rows at a time; of its problems the first this many
# are kept (and shown), the rest only counted (monitoring.importers.chunked).
MONITORING_IMPORT_CHUNK_ROWS = int(
    os.environ.get("MONITORING_IMPORT_CHUNK_ROWS", "50000")
)
MONITORING_IMPORT_MAX_PROBLEMS = int(
    os.environ.get("MONITORING_IMPORT_MAX_PROBLEMS", "1000")
)
# How long an import waits for another import into the same dataset to finish
# before it is refused (monitoring.importers.serial).
MONITORING_IMPORT_LOCK_WAIT_SECONDS = float(
    os.environ.get("MONITORING_IMPORT_LOCK_WAIT_SECONDS", "120")
)

# Full-page cache for anonymous visitors (cms.page_cache); needs a shared cache, so it
# stays off without REDIS_URL.
PAGE_CACHE_SECONDS = (
    int(os.environ.get("PAGE_CACHE_SECONDS", "0")) if os.environ.get("REDIS_URL") else 0
)
# Bytes of page bodies each process keeps in memory to serve hits without reading
# them from Redis (cms.page_cache.LocalPages); 0 keeps none.
PAGE_CACHE_MEMORY_BYTES = int(os.environ.get("PAGE_CACHE_MEMORY_BYTES", 32 * 2**20))
# After a change, the first request to miss a page renders it and the others wait
# this long at most for its copy (cms.page_cache.rendered_elsewhere).
PAGE_CACHE_RENDER_WAIT_SECONDS = float(
    os.environ.get("PAGE_CACHE_RENDER_WAIT_SECONDS", "3")
)
# Search outcomes in the cache (search.outcome_cache), keyed by the versions: only how
# long unused entries stay; 0 searches every time (bench/search_speed.py).
SEARCH_CACHE_SECONDS = int(os.environ.get("SEARCH_CACHE_SECONDS", 24 * 60 * 60))
