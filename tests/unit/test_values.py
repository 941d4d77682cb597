"""Danish identifiers, contact data, text folding and dates as users type them."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from jobcenter_desktop.domain.dates import format_date, format_datetime, parse_date
from jobcenter_desktop.domain.errors import ValidationError
from jobcenter_desktop.domain.text import (
    company_name_key,
    danish_sort_key,
    fold,
    index_text,
    query_tokens,
)
from jobcenter_desktop.domain.values import (
    cpr_birth_date,
    mask_cpr,
    normalize_cpr,
    normalize_cvr,
    normalize_email,
    normalize_p_number,
    normalize_phone,
    normalize_postcode,
)


@pytest.mark.parametrize("typed", ["13585628", "1358 5628", "DK13585628", " 13-58-56-28 "])
def test_cvr_accepts_the_ways_people_write_it(typed: str) -> None:
    assert normalize_cvr(typed) == "13585628"


@pytest.mark.parametrize(("typed", "words"), [
    ("13585627", "modulus 11"),   # checksum wrong
    ("1358562", "8 cifre"),       # too short
    ("ABCDEFGH", "8 cifre"),
    ("", "mangler"),
])
def test_cvr_errors_say_what_is_wrong_in_danish(typed: str, words: str) -> None:
    with pytest.raises(ValidationError) as err:
        normalize_cvr(typed)
    assert words in err.value.da and err.value.field == "cvr"


def test_p_number_is_ten_digits_without_checksum() -> None:
    assert normalize_p_number("1000000000") == "1000000000"  # would fail a checksum
    with pytest.raises(ValidationError):
        normalize_p_number("123456789")


def test_cpr_accepts_numbers_without_modulus_11_and_gives_the_century() -> None:
    assert normalize_cpr("010101-1238") == "0101011238"  # fails mod 11, valid since 2007
    assert cpr_birth_date("0101011238") == date(1901, 1, 1)
    assert cpr_birth_date("0101054238") == date(2005, 1, 1)  # digit 7 = 4, YY 05 → 2000s
    assert mask_cpr("0101011238") == "010101-XXXX"
    with pytest.raises(ValidationError) as err:
        normalize_cpr("3102901234")
    assert "dato" in err.value.da


def test_postcode_keeps_the_leading_zero_excel_dropped() -> None:
    assert normalize_postcode("800") == "0800"
    assert normalize_postcode("800.0") == "0800"
    assert normalize_postcode("DK-7000") == "7000"
    with pytest.raises(ValidationError):
        normalize_postcode("70000")


def test_phone_and_email_are_normalised() -> None:
    assert normalize_phone("20 30 40 50") == "+45 20 30 40 50"
    assert normalize_phone("+46 8 123 456 78").startswith("+46")
    assert normalize_phone("") == ""
    with pytest.raises(ValidationError):
        normalize_phone("123")
    assert normalize_email("Søren@Firma.DK") == "Søren@firma.dk"
    with pytest.raises(ValidationError):
        normalize_email("søren@firma")


def test_folding_lets_people_type_without_danish_letters() -> None:
    assert fold("Søren ÆRØ  Åse") == "soeren aeroe aase"
    assert set(query_tokens("soren")) <= set(index_text("Søren").split())
    assert set(query_tokens("arhus")) <= set(index_text("Århus").split())
    assert company_name_key("Hansen & Søn A/S") == company_name_key("HANSEN OG SOEN ApS")


def test_danish_sort_order_puts_aeoeaa_last() -> None:
    names = ["Åse", "Ærø", "Zorro", "Anders", "Øster", "Émile"]
    assert sorted(names, key=danish_sort_key) == ["Anders", "Émile", "Zorro", "Ærø", "Øster", "Åse"]


def test_dates_are_shown_and_read_the_danish_way() -> None:
    assert format_date(date(2026, 2, 1)) == "01-02-2026"
    assert format_datetime(datetime(2026, 7, 1, 10, 0, tzinfo=UTC)) == "01-07-2026 12:00"
    for typed in ("01-02-2026", "1.2.2026", "01/02/26", "2026-02-01"):
        assert parse_date(typed) == date(2026, 2, 1)
    assert parse_date("") is None
    with pytest.raises(ValidationError):
        parse_date("31-02-2026")
