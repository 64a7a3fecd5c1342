"""Every block kind's builder, cached under the data version, the language (captions
and text alternatives are translated) and the block's parsed parameters."""

from collections.abc import Callable

from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import get_language

from monitoring.blocks import ethos, indicators, ladder
from monitoring.blocks.data import BlockData
from monitoring.blocks.params import BlockParams
from monitoring.versioning import current_data_version

# Not a staleness bound (the key changes with the data, the day and the language):
# only how long an entry no key names any more stays in the cache.
CACHE_SECONDS = 24 * 60 * 60

BUILDERS: dict[str, Callable[..., BlockData]] = {
    "ethos_table": ethos.ethos_table,
    "ethos_chart": ethos.ethos_chart,
    "ethos_map": ethos.ethos_map,
    "key_figure": ethos.key_figure,
    "ladder": ladder.ladder,
    "region_ladder": ladder.region_ladder,
    "indicator_table": indicators.indicator_table,
    "indicator_map": indicators.indicator_map,
    "indicator_chart": indicators.indicator_chart,
    "indicator_figure": indicators.indicator_figure,
    "region_indicators": indicators.region_indicators,
}


def block_data(params: BlockParams, version: int | None = None) -> BlockData:
    """The block's data, cached until the next import or evidence change, or
    the next day (the ladder stands as of today)."""
    version = current_data_version() if version is None else version
    day = timezone.localdate().isoformat()
    key = f"monitoring:block:v{version}:{day}:{get_language()}:{params.cache_key()}"
    return cache.get_or_set(key, lambda: BUILDERS[params.kind](params), CACHE_SECONDS)
