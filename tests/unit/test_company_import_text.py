"""The import's fast text helpers give exactly what the domain's text functions give."""

from __future__ import annotations

import random

import pytest

from jobcenter_desktop.domain import text
from jobcenter_desktop.services.company_import import (
    employee_band,
    fast_index_text,
    fast_name_key,
    fast_sort_key,
)

SAMPLES = ["Hansen & Søn A/S", "ÆRØ ØL OG IS ApS", "Café Ünal", "Blåbær+Co I/S", "Straße 7",
           "  a m b a  Mejeri ", "Żabka Polska", "Åse's Økologi", "", "½ pris µ-tech",
           "Αθήνα Grill", "Ĳssel"]


@pytest.mark.parametrize("name", SAMPLES)
def test_samples(name: str) -> None:
    assert fast_sort_key(name) == text.danish_sort_key(name)
    assert fast_name_key(name) == text.company_name_key(name)
    assert fast_index_text(name, "12345678", "Høje Taastrup", "2630") == text.index_text(
        name, "12345678", "Høje Taastrup", "2630")


def test_random_latin1_text() -> None:
    rng = random.Random(7)
    alphabet = [chr(i) for i in range(256)] + list("æøåÆØÅ&+/ ") * 8
    for _ in range(5000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14)))
        assert fast_sort_key(s) == text.danish_sort_key(s), repr(s)
        assert fast_name_key(s) == text.company_name_key(s), repr(s)
        assert fast_index_text(s, "x") == text.index_text(s, "x"), repr(s)


@pytest.mark.parametrize(("typed", "band"), [
    ("10-19", "10-19"), ("10 – 19 ansatte", "10-19"), ("12", "10-19"), ("1", "1"),
    ("1000+", "1000+"), ("1000 og flere", "1000+"), ("2500", "1000+"), ("5-9 medarbejdere", "5-9"),
    ("50.0", "50-99"),
])
def test_employee_bands(typed: str, band: str) -> None:
    assert employee_band(typed) == band


@pytest.mark.parametrize("typed", ["0", "10-20", "mange", "-3"])
def test_employee_band_errors_are_danish(typed: str) -> None:
    with pytest.raises(ValueError, match="passer ikke til CVR's intervaller"):
        employee_band(typed)
