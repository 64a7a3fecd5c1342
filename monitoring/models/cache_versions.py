"""The two counters every cache of the site is keyed by (README, "Caching").

They live at the bottom of the apps, beside the data they version, so that every
app can read them without importing the CMS above it."""

from django.db import models


class DataVersion(models.Model):
    """A single counter bumped after every import commit; caches key on it."""

    version = models.PositiveBigIntegerField("Verze", default=0)
    updated_at = models.DateTimeField("Změněno", auto_now=True)

    class Meta:
        verbose_name = "Verze dat"
        verbose_name_plural = "Verze dat"

    def __str__(self):
        return str(self.version)


class ContentGeneration(models.Model):
    """A counter bumped whenever something public pages show changes in the CMS
    (see cms.caching); cached fragments and pages key on it."""

    generation = models.PositiveBigIntegerField("Generace", default=0)

    class Meta:
        verbose_name = "Generace obsahu"
        verbose_name_plural = "Generace obsahu"

    def __str__(self):
        return str(self.generation)
