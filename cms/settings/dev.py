"""`make run`: the site as visitors see it, with the Czech 404 and 500 pages.
Django's debug pages only on request: DEBUG=1 make run."""

from cms.settings.base import *  # noqa: F403
from cms.settings.environment import env_bool

DEBUG = env_bool("DEBUG", default=False)
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-never-use-in-production"  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# WhiteNoise serves static files straight from the apps and static/ (no
# collectstatic), with or without DEBUG, and picks up edits.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
SERVE_MEDIA = True
