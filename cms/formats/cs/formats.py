"""Czech formats: Django's, with short dates as "26. 11. 2026" (ČSN 01 6910)."""

from django.conf.locale.cs.formats import *  # noqa: F403

SHORT_DATE_FORMAT = "j. n. Y"
SHORT_DATETIME_FORMAT = "j. n. Y G:i"
