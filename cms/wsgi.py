import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

django_application = get_wsgi_application()

from cms.page_cache import serve_cached  # noqa: E402 - needs Django set up

application = serve_cached(django_application)
