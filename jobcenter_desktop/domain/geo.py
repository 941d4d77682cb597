"""Great-circle distances between coordinates and between Danish postcodes.

This module owns the distance maths used by matching (DOMAIN.md 4.1, "Distance / commute"):
haversine on a spherical Earth, a radians form for tight loops, a bounding box a database can
use as a cheap first cut, and ``PostcodeLocator``, which turns postcode → (lat, lon) reference
data into distances or into a Danish reason why no distance can be given.

Distances are straight-line kilometres, not travel distance. Postcode centres come from DAWA's
``visueltcenter``; coastal postcodes can sit offshore, so treat them as ±10–20 km.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from math import asin, cos, degrees, radians, sin, sqrt

from .errors import ValidationError

# IUGG mean Earth radius. The sphere is off by at most ~0.5 % against the ellipsoid, far less
# than the uncertainty of a postcode centre, so a geodesic library would buy nothing here.
EARTH_RADIUS_KM = 6371.0088

LatLon = tuple[float, float]
# (lat in radians, lon in radians, cos(lat)): cos(lat) is kept because haversine needs it for
# both points and it is the most expensive part to recompute per pair.
RadPoint = tuple[float, float, float]


def check_coordinates(lat: float, lon: float, *, field: str = "coordinates") -> LatLon:
    """Return ``(lat, lon)`` as floats, or raise ``ValidationError`` when out of range."""
    try:
        lat_f, lon_f = float(lat), float(lon)
    except (TypeError, ValueError):
        raise ValidationError(
            f"Koordinater skal være tal (fik {lat!r}, {lon!r}).",
            f"Coordinates must be numbers (got {lat!r}, {lon!r}).",
            field=field,
        ) from None
    # NaN fails both comparisons, so it is rejected here as well.
    if not (-90.0 <= lat_f <= 90.0 and -180.0 <= lon_f <= 180.0):
        raise ValidationError(
            f"Koordinaterne ({lat_f}, {lon_f}) ligger uden for gyldigt område.",
            f"Coordinates ({lat_f}, {lon_f}) are out of range.",
            field=field,
        )
    return lat_f, lon_f


def to_rad_point(lat: float, lon: float) -> RadPoint:
    """Precompute a point for ``haversine_rad_km`` (done once per profile, not per pair)."""
    lat_r = radians(lat)
    return lat_r, radians(lon), cos(lat_r)


def haversine_rad_km(p: RadPoint, q: RadPoint) -> float:
    """Great-circle distance in km between two precomputed points."""
    s_lat = sin((q[0] - p[0]) * 0.5)
    s_lon = sin((q[1] - p[1]) * 0.5)
    h = s_lat * s_lat + p[2] * q[2] * s_lon * s_lon
    # min() guards against h creeping above 1.0 by rounding for antipodal points.
    return 2.0 * EARTH_RADIUS_KM * asin(sqrt(min(h, 1.0)))


def haversine_km(a: LatLon, b: LatLon) -> float:
    """Great-circle distance in km between ``a`` and ``b``, each ``(lat, lon)`` in degrees."""
    return haversine_rad_km(to_rad_point(*a), to_rad_point(*b))


def bounding_box(lat: float, lon: float, radius_km: float) -> tuple[float, float, float, float]:
    """``(min_lat, min_lon, max_lat, max_lon)`` enclosing every point within ``radius_km``.

    Meant for a cheap ``BETWEEN`` filter in SQL before the exact distance is computed: it may
    let in points up to ~40 % too far (the box corners) but never leaves a near point out.
    """
    if radius_km < 0:
        raise ValidationError(
            "Afstanden kan ikke være negativ.", "The distance cannot be negative.", field="km"
        )
    d_lat = degrees(radius_km / EARTH_RADIUS_KM)
    min_lat, max_lat = max(-90.0, lat - d_lat), min(90.0, lat + d_lat)
    # The widest longitude span is at the latitude farthest from the equator in the box; near
    # a pole every longitude qualifies.
    widest = max(abs(min_lat), abs(max_lat))
    if widest >= 89.999999:
        return min_lat, -180.0, max_lat, 180.0
    d_lon = min(180.0, d_lat / cos(radians(widest)))
    return min_lat, max(-180.0, lon - d_lon), max_lat, min(180.0, lon + d_lon)


def clean_postcode(postcode: object) -> str | None:
    """Postcode as a 4-character string, or None when empty.

    Integers are zero-padded (0800 read as a number is 800). Other text is only stripped: a
    wrong format is reported by ``PostcodeLocator`` as an unknown postcode, not raised, so one
    bad record never stops a ranking.
    """
    if postcode is None:
        return None
    if isinstance(postcode, int) and not isinstance(postcode, bool):
        return f"{postcode:04d}"
    text = str(postcode).strip()
    return text or None


def no_location_reason(postcode: object) -> tuple[str, str]:
    """Danish and English reason why a record with this postcode has no coordinates.

    Used where coordinates are simply absent on a profile; ``PostcodeLocator`` adds the case
    of a postcode that is not in the reference data at all.
    """
    code = clean_postcode(postcode)
    if code is None:
        return "postnummer mangler", "postcode missing"
    return f"postnummer {code} har ingen koordinater", f"postcode {code} has no coordinates"


@dataclass(frozen=True, slots=True)
class Location:
    """Where a postcode lies, or why that is not known (``point`` is None then)."""

    postcode: str | None
    point: LatLon | None
    reason_da: str = ""
    reason_en: str = ""


@dataclass(frozen=True, slots=True)
class PostcodeDistance:
    """Distance between two postcodes; ``km`` is None with a reason when it cannot be given."""

    km: float | None
    reason_da: str = ""
    reason_en: str = ""

    @property
    def known(self) -> bool:
        return self.km is not None


class PostcodeLocator:
    """Looks up postcode centres and measures between postcodes.

    ``coordinates`` maps postnr → ``(lat, lon)``, or → None for the special postcodes that
    have no area (0900 København C, stormodtagere, …). A postcode absent from the mapping is
    reported as unknown, which is a different fact from "known but without coordinates".
    """

    def __init__(self, coordinates: Mapping[str, LatLon | None]) -> None:
        points: dict[str, LatLon | None] = {}
        for raw, point in coordinates.items():
            code = clean_postcode(raw)
            if code is None:
                continue
            points[code] = None if point is None else check_coordinates(*point, field=code)
        self._points = points

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, str]]) -> PostcodeLocator:
        """Build from rows shaped like ``shared/data/postcodes.csv`` (``csv.DictReader``).

        Uses ``postnr``, ``latitude`` and ``longitude``; an empty latitude or longitude means
        the postcode exists without coordinates.
        """
        mapping: dict[str, LatLon | None] = {}
        for row in rows:
            lat, lon = (row.get("latitude") or "").strip(), (row.get("longitude") or "").strip()
            mapping[row["postnr"]] = (float(lat), float(lon)) if lat and lon else None
        return cls(mapping)

    def __contains__(self, postcode: object) -> bool:
        return clean_postcode(postcode) in self._points

    def __len__(self) -> int:
        return len(self._points)

    def locate(self, postcode: object) -> Location:
        code = clean_postcode(postcode)
        if code is None:
            return Location(None, None, "postnummer mangler", "postcode missing")
        if code not in self._points:
            return Location(
                code, None, f"postnummer {code} findes ikke", f"unknown postcode {code}"
            )
        point = self._points[code]
        if point is None:
            da, en = no_location_reason(code)
            return Location(code, None, da, en)
        return Location(code, point)

    def point(self, postcode: object) -> LatLon | None:
        """``(lat, lon)`` of the postcode centre, or None (see ``locate`` for why)."""
        return self.locate(postcode).point

    def distance(self, a: object, b: object) -> PostcodeDistance:
        """Great-circle km between two postcode centres, or None with the first reason found."""
        first, second = self.locate(a), self.locate(b)
        if first.point is None:
            return PostcodeDistance(None, first.reason_da, first.reason_en)
        if second.point is None:
            return PostcodeDistance(None, second.reason_da, second.reason_en)
        return PostcodeDistance(haversine_km(first.point, second.point))

    def distance_km(self, a: object, b: object) -> float | None:
        """Shortcut for ``distance(a, b).km``."""
        return self.distance(a, b).km
