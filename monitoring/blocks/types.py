"""Live monitoring blocks editors drop into any body field. Each block keeps only
its parameters, read into a typed params object; what it shows comes from
block_data, cached by the data version and those parameters."""

import hashlib

from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import get_language
from wagtail import blocks

from monitoring.admin_choosers import category_chooser, territory_chooser
from monitoring.blocks import params as block_params
from monitoring.blocks.builders import CACHE_SECONDS, block_data
from monitoring.collation import territory_key
from monitoring.models import Dataset, EthosCategory, Measure, Region, Territory
from monitoring.suppression import threshold
from monitoring.versioning import current_data_version, versions

# The region-limit choice that keeps a block national even on a region's page.
WHOLE_COUNTRY = "CZ"


class KeyChoiceBlock(blocks.ChoiceBlock):
    """Choices come from the database; the stored key is used as it is, so reading
    a page does not query the choice list for every block."""

    def to_python(self, value):
        return value


class KeyMultipleChoiceBlock(blocks.MultipleChoiceBlock):
    def to_python(self, value):
        return list(value or [])


# Searchable pickers that keep the code as the value (monitoring.blocks.choosers).
TerritoryChooserBlock = territory_chooser.get_block_class(
    "TerritoryChooserBlock", module_path=__name__
)
CategoryChooserBlock = category_chooser.get_block_class(
    "CategoryChooserBlock", module_path=__name__
)


def dataset_choices():
    return [(str(pk), name) for pk, name in Dataset.objects.values_list("pk", "name")]


def territory_choices():
    """The country, the regions in their official order, then ORP alphabetically."""
    territories = Territory.objects.values_list("kind", "code", "name")
    return [
        (code, f"{name} ({code})")
        for kind, code, name in sorted(territories, key=lambda row: territory_key(*row))
    ]


def region_choices():
    return list(Region.objects.order_by("code").values_list("code", "name"))


def region_limit_choices():
    return [(WHOLE_COUNTRY, "celé Česko"), *region_choices()]


def category_choices():
    return list(EthosCategory.objects.values_list("code", "name_cs"))


def request_data_version(context) -> int:
    """Read with the content generation once per request, however many blocks
    and fragments the page has."""
    request = (context or {}).get("request")
    if request is None:
        return current_data_version()
    return versions(request).data


def page_region_code(context) -> str | None:
    """The region of the page being rendered (a region hub or a knowledge page
    with a region), if it has one."""
    region = getattr((context or {}).get("page"), "region", None)
    return getattr(region, "code", None)


def _region_page_urls(context) -> dict[str, str]:
    """Region code → the region's page, where the page context offers them (the
    cms context processor does): tables link each region there."""
    return (context or {}).get("region_page_urls") or {}


def _links_key(context) -> str:
    urls = sorted(_region_page_urls(context).items())
    return hashlib.sha256(repr(urls).encode()).hexdigest()[:12]


class MonitoringBlock(blocks.StructBlock):
    params_class: type[block_params.BlockParams] = block_params.BlockParams

    @property
    def kind(self) -> str:
        return self.params_class.kind

    def params(self, value, context=None) -> block_params.BlockParams:
        return self.params_class.from_block_value(value)

    def render(self, value, context=None):
        """The rendered HTML is cached too, under the same data version, day and
        language as the data, and the region links it shows: big tables and chart
        specs cost more to render than to fetch."""
        version = request_data_version(context)
        params_key = self.params(value, context).cache_key()
        key = (
            f"monitoring:html:v{version}:{timezone.localdate().isoformat()}"
            f":{get_language()}:{params_key}:{_links_key(context)}"
        )
        html = cache.get(key)
        if html is None:
            html = super().render(value, context=context)
            cache.set(key, html, CACHE_SECONDS)
        return html

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        version = request_data_version(parent_context)
        params = self.params(value, parent_context)
        context["data"] = block_data(params, version)
        context["rows"] = context["data"].table.linked_rows(_region_page_urls(context))
        # Stable per block and data, so cached HTML stays valid; identical blocks
        # on one page draw the same chart.
        digest = params.cache_key().rsplit(":", 1)[-1][:10]
        context["chart_id"] = f"graf-{digest}"
        context["suppress_below"] = threshold()
        return context

    class Meta:
        template = "monitoring/blocks/data_block.html"


class RegionLimitedBlock(MonitoringBlock):
    """A block an editor may limit to one region's ORP. Left empty, the limit is
    the region of the page it stands on (a hub and the pages under it), so a
    region's pages show no other region's ORP; elsewhere the block is national."""

    def params(self, value, context=None) -> block_params.BlockParams:
        limit = value.get("region") or page_region_code(context) or WHOLE_COUNTRY
        region = "" if limit == WHOLE_COUNTRY else limit
        return self.params_class.from_block_value({**value, "region": region})


def _region_limit_block():
    return KeyChoiceBlock(
        choices=region_limit_choices,
        required=False,
        label="Omezit na kraj",
        help_text="Prázdné: na stránce kraje a stránkách pod ní jen ORP tohoto "
        "kraje, jinde celé Česko.",
    )


def _dataset_block():
    return KeyChoiceBlock(choices=dataset_choices, label="Datová sada")


def _measure_block():
    return blocks.ChoiceBlock(
        choices=Measure.choices, default=Measure.PEOPLE, label="Ukazatel"
    )


def _year_block():
    return blocks.IntegerBlock(
        required=False, label="Rok", help_text="Prázdné: poslední dostupný."
    )


def _level_block():
    return blocks.ChoiceBlock(
        choices=[("region", "kraje"), ("orp", "ORP")], default="region", label="Území"
    )


class EthosTableBlock(RegionLimitedBlock):
    params_class = block_params.EthosTableParams
    dataset = _dataset_block()
    measure = _measure_block()
    year = _year_block()
    level = _level_block()
    region = _region_limit_block()

    class Meta:
        icon = "table"
        label = "Tabulka ETHOS"
        description = "Počty lidí v bytové nouzi podle kategorií ETHOS po územích."


class EthosChartBlock(RegionLimitedBlock):
    params_class = block_params.EthosChartParams
    dataset = _dataset_block()
    territory = TerritoryChooserBlock(
        required=False,
        label="Území",
        help_text="Prázdné nebo mimo kraj, na který je graf omezen: celý ten kraj "
        "(bez omezení Česko).",
    )
    categories = KeyMultipleChoiceBlock(
        choices=category_choices,
        required=False,
        label="Kategorie ETHOS",
        help_text="Prázdné: všechny kategorie, které v datech jsou.",
    )
    measure = _measure_block()
    chart = blocks.ChoiceBlock(
        choices=[("bar", "sloupce"), ("line", "čáry")], default="line", label="Graf"
    )
    region = _region_limit_block()

    class Meta:
        icon = "chart-line"
        label = "Graf ETHOS"
        description = "Vývoj bytové nouze na území v čase."


class EthosMapBlock(RegionLimitedBlock):
    params_class = block_params.EthosMapParams
    dataset = _dataset_block()
    category = CategoryChooserBlock(label="Kategorie ETHOS")
    measure = _measure_block()
    year = _year_block()
    level = _level_block()
    region = _region_limit_block()

    class Meta:
        icon = "site"
        label = "Mapa ETHOS"
        description = (
            "Kraje nebo ORP obarvené podle zvoleného ukazatele, s legendou; "
            "omezená na kraj ukáže jeho ORP."
        )


class KeyFigureBlock(MonitoringBlock):
    params_class = block_params.KeyFigureParams
    caption = blocks.CharBlock(label="Popisek", max_length=120, required=False)
    dataset = _dataset_block()
    territory = TerritoryChooserBlock(label="Území")
    category = CategoryChooserBlock(label="Kategorie ETHOS")
    measure = _measure_block()

    class Meta:
        icon = "pick"
        label = "Klíčové číslo"
        template = "monitoring/blocks/key_figure_block.html"
        description = "Poslední hodnota, její změna a zdroj."


class LadderMatrixBlock(MonitoringBlock):
    params_class = block_params.LadderParams

    class Meta:
        icon = "list-ol"
        label = "Žebříček všech krajů"
        preview_value = {}
        description = "Stav osmi kroků ve všech 14 krajích k dnešku."


class RegionLadderBlock(MonitoringBlock):
    params_class = block_params.RegionLadderParams
    region = KeyChoiceBlock(choices=region_choices, label="Kraj")

    class Meta:
        icon = "list-ol"
        label = "Žebříček kraje"
        preview_value = {"region": "CZ051"}
        description = "Kde kraj stojí a jak se tam dostal."
