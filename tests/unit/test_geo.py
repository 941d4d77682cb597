"""Great-circle distances, bounding boxes and postcode look-ups (domain/geo.py)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jobcenter_desktop.domain.errors import ValidationError
from jobcenter_desktop.domain.geo import (
    EARTH_RADIUS_KM,
    PostcodeLocator,
    bounding_box,
    check_coordinates,
    clean_postcode,
    haversine_km,
    haversine_rad_km,
    no_location_reason,
    to_rad_point,
)

# Postcode centres as given in shared/data/postcodes.csv (DAWA visueltcenter).
KBH_1050 = (55.68065246, 12.58600133)  # København K
AARHUS_8000 = (56.15051496, 10.27802097)  # Aarhus C (its centre lies in Aarhus Bugt)
AARHUS_V_8210 = (56.17162148, 10.15819911)
RONNE_3700 = (54.98495945, 14.40163467)
SKAGEN_9990 = (57.85540126, 10.48570715)

KM_PER_DEGREE = EARTH_RADIUS_KM * math.pi / 180.0

lat_st = st.floats(min_value=-89.0, max_value=89.0, allow_nan=False)
lon_st = st.floats(min_value=-179.0, max_value=179.0, allow_nan=False)


def test_copenhagen_to_aarhus_is_about_153_km() -> None:
    km = haversine_km(KBH_1050, AARHUS_8000)
    assert 150 <= km <= 160
    assert km == pytest.approx(153.0, abs=0.1)


def test_known_short_and_long_danish_distances() -> None:
    assert haversine_km(AARHUS_8000, AARHUS_V_8210) == pytest.approx(7.8, abs=0.1)
    # Skagen to Rønne spans most of the country.
    assert 350 < haversine_km(SKAGEN_9990, RONNE_3700) < 400


def test_one_degree_along_a_meridian_and_the_equator() -> None:
    assert haversine_km((0.0, 0.0), (1.0, 0.0)) == pytest.approx(KM_PER_DEGREE)
    assert haversine_km((0.0, 0.0), (0.0, 1.0)) == pytest.approx(KM_PER_DEGREE)
    # At 60° north a degree of longitude is about half as long.
    assert haversine_km((60.0, 0.0), (60.0, 1.0)) == pytest.approx(KM_PER_DEGREE / 2, rel=1e-3)


def test_antipodes_are_half_the_circumference_without_a_math_domain_error() -> None:
    assert haversine_km((0.0, 0.0), (0.0, 180.0)) == pytest.approx(math.pi * EARTH_RADIUS_KM)
    assert haversine_km((90.0, 0.0), (-90.0, 0.0)) == pytest.approx(math.pi * EARTH_RADIUS_KM)


@given(lat_st, lon_st, lat_st, lon_st)
def test_distance_is_symmetric_non_negative_and_matches_the_radians_form(
    lat1: float, lon1: float, lat2: float, lon2: float
) -> None:
    a, b = (lat1, lon1), (lat2, lon2)
    d = haversine_km(a, b)
    assert d >= 0
    assert d == pytest.approx(haversine_km(b, a), abs=1e-9)
    assert d == pytest.approx(haversine_rad_km(to_rad_point(*a), to_rad_point(*b)), abs=1e-9)
    assert d <= math.pi * EARTH_RADIUS_KM + 1e-6


@given(lat_st, lon_st, lat_st, lon_st, lat_st, lon_st)
def test_triangle_inequality(
    lat1: float, lon1: float, lat2: float, lon2: float, lat3: float, lon3: float
) -> None:
    a, b, c = (lat1, lon1), (lat2, lon2), (lat3, lon3)
    assert haversine_km(a, c) <= haversine_km(a, b) + haversine_km(b, c) + 1e-6


@given(
    st.floats(min_value=54.0, max_value=58.0),
    st.floats(min_value=8.0, max_value=15.5),
    st.floats(min_value=0.0, max_value=300.0),
    st.floats(min_value=0.0, max_value=1.0),
    st.floats(min_value=0.0, max_value=2 * math.pi),
)
def test_bounding_box_holds_every_point_within_the_radius(
    lat: float, lon: float, radius: float, share: float, bearing: float
) -> None:
    # A point at distance share * radius in direction ``bearing`` (destination formula).
    delta = share * radius / EARTH_RADIUS_KM
    phi1, lam1 = math.radians(lat), math.radians(lon)
    phi2 = math.asin(
        math.sin(phi1) * math.cos(delta) + math.cos(phi1) * math.sin(delta) * math.cos(bearing)
    )
    lam2 = lam1 + math.atan2(
        math.sin(bearing) * math.sin(delta) * math.cos(phi1),
        math.cos(delta) - math.sin(phi1) * math.sin(phi2),
    )
    p_lat, p_lon = math.degrees(phi2), math.degrees(lam2)
    min_lat, min_lon, max_lat, max_lon = bounding_box(lat, lon, radius)
    assert min_lat - 1e-9 <= p_lat <= max_lat + 1e-9
    assert min_lon - 1e-9 <= p_lon <= max_lon + 1e-9


def test_bounding_box_near_a_pole_spans_every_longitude() -> None:
    assert bounding_box(89.9, 10.0, 50.0)[1::2] == (-180.0, 180.0)


def test_bounding_box_rejects_a_negative_radius() -> None:
    with pytest.raises(ValidationError):
        bounding_box(56.0, 10.0, -1.0)


@pytest.mark.parametrize("lat, lon", [(91.0, 0.0), (0.0, 181.0), (float("nan"), 0.0), ("x", 1)])
def test_check_coordinates_rejects_out_of_range_values(lat: object, lon: object) -> None:
    with pytest.raises(ValidationError) as info:
        check_coordinates(lat, lon)  # type: ignore[arg-type]
    assert info.value.da  # a Danish message for the user


def test_clean_postcode_pads_numbers_and_strips_text() -> None:
    assert clean_postcode(800) == "0800"
    assert clean_postcode(" 8000 ") == "8000"
    assert clean_postcode("") is None
    assert clean_postcode(None) is None


def test_no_location_reason_texts() -> None:
    assert no_location_reason(None) == ("postnummer mangler", "postcode missing")
    assert no_location_reason("0900")[0] == "postnummer 0900 har ingen koordinater"


@pytest.fixture
def locator() -> PostcodeLocator:
    return PostcodeLocator({"1050": KBH_1050, "8000": AARHUS_8000, "0900": None})


def test_locator_measures_between_postcodes(locator: PostcodeLocator) -> None:
    result = locator.distance("1050", "8000")
    assert result.known
    assert result.km == pytest.approx(haversine_km(KBH_1050, AARHUS_8000))
    assert locator.distance_km("8000", "8000") == 0.0
    assert locator.point("1050") == KBH_1050


def test_locator_explains_a_postcode_without_coordinates(locator: PostcodeLocator) -> None:
    result = locator.distance("1050", "0900")
    assert result.km is None
    assert result.reason_da == "postnummer 0900 har ingen koordinater"
    assert result.reason_en == "postcode 0900 has no coordinates"


def test_locator_explains_a_missing_and_an_unknown_postcode(locator: PostcodeLocator) -> None:
    assert locator.distance(None, "8000").reason_da == "postnummer mangler"
    assert locator.distance("8000", "  ").reason_da == "postnummer mangler"
    assert locator.distance("8000", "9999").reason_da == "postnummer 9999 findes ikke"
    assert "9999" not in locator and "0900" in locator


def test_locator_from_csv_rows() -> None:
    rows = [
        {"postnr": "1050", "latitude": "55.68065246", "longitude": "12.58600133"},
        {"postnr": "0900", "latitude": "", "longitude": ""},
    ]
    locator = PostcodeLocator.from_rows(rows)
    assert len(locator) == 2
    assert locator.point("1050") == KBH_1050
    assert locator.locate("0900").reason_da == "postnummer 0900 har ingen koordinater"


def test_locator_rejects_bad_reference_coordinates() -> None:
    with pytest.raises(ValidationError):
        PostcodeLocator({"1050": (155.0, 12.0)})
