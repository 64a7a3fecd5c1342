"""StreamField blocks on data indicators: editors choose the indicator and the
territory; the figures come from every dataset that holds the indicator."""

from wagtail import blocks

from monitoring.blocks import params as block_params
from monitoring.blocks.types import (
    KeyChoiceBlock,
    MonitoringBlock,
    RegionLimitedBlock,
    TerritoryChooserBlock,
    _region_limit_block,
    _year_block,
    page_region_code,
    region_choices,
)
from monitoring.models import DataIndicator


def data_indicator_choices():
    return list(DataIndicator.objects.values_list("code", "name"))


def _indicator_block():
    return KeyChoiceBlock(choices=data_indicator_choices, label="Datový ukazatel")


def _level_block():
    return blocks.ChoiceBlock(
        choices=[("region", "kraje"), ("orp", "ORP")], default="region", label="Území"
    )


class IndicatorTableBlock(RegionLimitedBlock):
    params_class = block_params.IndicatorTableParams
    indicator = _indicator_block()
    year = _year_block()
    level = _level_block()
    region = _region_limit_block()

    class Meta:
        icon = "table"
        label = "Tabulka ukazatele"
        preview_value = {"indicator": "garancni_fond_obce"}
        description = "Hodnoty datového ukazatele po krajích nebo ORP za jeden rok."


class IndicatorMapBlock(RegionLimitedBlock):
    params_class = block_params.IndicatorMapParams
    indicator = _indicator_block()
    year = _year_block()
    level = _level_block()
    region = _region_limit_block()

    class Meta:
        icon = "site"
        label = "Mapa ukazatele"
        preview_value = {"indicator": "socialni_prace_uvazky_potreba", "level": "orp"}
        description = (
            "Kraje nebo ORP obarvené podle datového ukazatele; omezená na kraj "
            "ukáže jeho ORP."
        )


class IndicatorChartBlock(RegionLimitedBlock):
    params_class = block_params.IndicatorChartParams
    indicator = _indicator_block()
    territory = TerritoryChooserBlock(
        required=False,
        label="Území",
        help_text="Prázdné nebo mimo kraj, na který je graf omezen: celý ten kraj "
        "(bez omezení Česko).",
    )
    chart = blocks.ChoiceBlock(
        choices=[("bar", "sloupce"), ("line", "čáry")], default="bar", label="Graf"
    )
    region = _region_limit_block()

    class Meta:
        icon = "chart-line"
        label = "Graf ukazatele"
        preview_value = {"indicator": "majetek_byty_dostupne_bydleni"}
        description = "Vývoj datového ukazatele na území v čase."


class IndicatorFigureBlock(MonitoringBlock):
    params_class = block_params.IndicatorFigureParams
    caption = blocks.CharBlock(label="Popisek", max_length=120, required=False)
    indicator = _indicator_block()
    territory = TerritoryChooserBlock(label="Území")

    class Meta:
        icon = "pick"
        label = "Klíčové číslo ukazatele"
        template = "monitoring/blocks/key_figure_block.html"
        preview_value = {"indicator": "garancni_fond_zaruky", "territory": "CZ051"}
        description = "Poslední hodnota datového ukazatele, její změna a zdroj."


class RegionIndicatorsBlock(MonitoringBlock):
    params_class = block_params.RegionIndicatorsParams
    region = KeyChoiceBlock(
        choices=region_choices,
        required=False,
        label="Kraj",
        help_text="Prázdné: kraj stránky, na které blok stojí.",
    )

    def params(self, value, context=None) -> block_params.BlockParams:
        region = value.get("region") or page_region_code(context) or ""
        return self.params_class.from_block_value({**value, "region": region})

    class Meta:
        icon = "list-ul"
        label = "Údaje kraje ke krokům 4–6"
        preview_value = {"region": "CZ051"}
        description = (
            "Poslední hodnoty ukazatelů garančního fondu, krajského majetku "
            "a sociální práce a služeb v kraji."
        )
