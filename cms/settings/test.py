from cms.settings.base import *  # noqa: F403

SECRET_KEY = "test-only-insecure-key"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = VAR_DIR / "test-media"  # noqa: F405
# Browser tests load the admin's own static files from the finders, not a manifest.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Live-server threads must not keep connections open, or PostgreSQL refuses to drop
# the test database at the end of the run.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
