"""Per-client limits on downloads (cms.download_limits); the API's limit is
API_RATE_LIMIT in ``opendata``. Star-imported by ``base``; see README.md, "Rate
limits". A rate is ``<amount>/<period>``: 60/min, 100/10s, 1GB/hour."""

import os

# The views whose responses count as downloads.
DOWNLOAD_URL_NAMES = [
    "opendata:csv",
    "opendata:xlsx",
    "opendata:package",
    "monitoring_block_csv",
]
DOWNLOAD_RATE_LIMIT = os.environ.get("DOWNLOAD_RATE_LIMIT", "60/min")
DOWNLOAD_VOLUME_LIMIT = os.environ.get("DOWNLOAD_VOLUME_LIMIT", "1GB/hour")
DOWNLOAD_CONCURRENCY_LIMIT = int(os.environ.get("DOWNLOAD_CONCURRENCY_LIMIT", "2"))
