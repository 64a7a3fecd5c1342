"""The 14 regions as SVG paths, for maps drawn on the server (no JavaScript).

Boundaries (WGS84) are projected equirectangularly around Czechia's mean latitude,
which at this size is indistinguishable from the usual conic projections, and
thinned to points at least half a pixel apart."""

import math
from dataclasses import dataclass

from django.core.cache import cache

from monitoring.models import Region

WIDTH = 600.0
MIN_STEP = 0.5  # px between kept points
CACHE_SECONDS = 24 * 60 * 60


@dataclass(frozen=True)
class RegionShape:
    code: str
    name: str
    path: str  # SVG path data in the map's viewBox


@dataclass(frozen=True)
class RegionMap:
    width: float
    height: float
    shapes: list[RegionShape]  # in the official order (by NUTS 3 code)

    @property
    def view_box(self) -> str:
        return f"0 0 {self.width:g} {self.height:g}"


def _rings(geometry: dict) -> list[list[list[float]]]:
    if geometry["type"] == "Polygon":
        return geometry["coordinates"]
    if geometry["type"] == "MultiPolygon":
        return [ring for polygon in geometry["coordinates"] for ring in polygon]
    return []


def _path(rings: list, project) -> str:
    parts = []
    for ring in rings:
        points: list[tuple[float, float]] = []
        for lon, lat, *_rest in ring:
            x, y = project(lon, lat)
            if not points or math.dist(points[-1], (x, y)) >= MIN_STEP:
                points.append((x, y))
        if len(points) >= 3:
            moves = " ".join(f"{x:.1f} {y:.1f}" for x, y in points)
            parts.append(f"M{moves}Z")
    return "".join(parts)


def project_regions(regions: list[tuple[str, str, dict]]) -> RegionMap:
    """(code, name, GeoJSON geometry) → paths scaled to WIDTH, north up."""
    points = [
        point[:2]
        for _code, _name, geometry in regions
        for ring in _rings(geometry)
        for point in ring
    ]
    if not points:
        return RegionMap(WIDTH, 0, [])
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    squeeze = math.cos(math.radians((min(lats) + max(lats)) / 2))
    scale = WIDTH / ((max(lons) - min(lons)) * squeeze)
    height = (max(lats) - min(lats)) * scale

    def project(lon: float, lat: float) -> tuple[float, float]:
        return (lon - min(lons)) * squeeze * scale, (max(lats) - lat) * scale

    shapes = [
        RegionShape(code, name, _path(_rings(geometry), project))
        for code, name, geometry in regions
    ]
    return RegionMap(WIDTH, round(height, 1), shapes)


def region_map(data_version: int) -> RegionMap:
    """The regions' map, cached until the data (reference data included) change."""
    return cache.get_or_set(
        f"monitoring:v{data_version}:region-map",
        lambda: project_regions(
            list(
                Region.objects.exclude(geometry=None)
                .order_by("code")
                .values_list("code", "name", "geometry")
            )
        ),
        CACHE_SECONDS,
    )
