"""Fuzzy duplicate detection on company names, without a database."""

from __future__ import annotations

import random

from jobcenter_desktop.domain.text import company_name_key
from jobcenter_desktop.services.duplicates import SCAN_CUTOFF, reason_text, similar_pairs


def keys(*names: str) -> list[str]:
    return [company_name_key(n) for n in names]


def test_folded_spellings_are_one_name() -> None:
    names = keys("Hansen & Søn A/S", "HANSEN OG SOEN AS", "hansen og søn aps", "Hansen + Søn")
    assert {i for pair in similar_pairs(names) for i in pair[:2]} == {0, 1, 2, 3}
    assert all(score == 100 for *_pair, score in similar_pairs(names))


def test_typos_and_word_order_are_similar_but_other_names_are_not() -> None:
    names = keys("Pedersen VVS", "Petersen VVS", "Nordisk Bageri", "Bageri Nordisk",
                 "Jensen Tømrer", "Hansen Tømrer", "Fjord Smedje ApS")
    found = {(a, b) for a, b, _ in similar_pairs(names)}
    assert found == {(0, 1), (2, 3)}  # Jensen/Hansen differ in two letters: 86 %, below 90


def test_pairs_agree_with_brute_force() -> None:
    from rapidfuzz import fuzz

    rng = random.Random(5)
    words = ["hansen", "jensen", "vvs", "bageri", "nordisk", "smedje", "tomrer", "og", "soen",
             "petersen", "pedersen", "a", "b"]
    names = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 4))) for _ in range(300)]
    got = {(a, b) for a, b, _ in similar_pairs(names)}
    # similar_pairs reports one representative per distinct key; expand to compare.
    first = {}
    for i, n in enumerate(names):
        first.setdefault(n, i)
    expected = set()
    for i, a in enumerate(names):
        for j in range(i + 1, len(names)):
            b = names[j]
            if a == b:
                if first[a] == i:
                    expected.add((i, j))
            elif first[a] == i and first[b] == j and fuzz.token_sort_ratio(a, b) >= SCAN_CUTOFF:
                expected.add((min(i, j), max(i, j)))
    assert got == expected


def test_reasons_read_as_danish_sentences() -> None:
    assert reason_text("cvr") == "Samme CVR-nummer"
    assert reason_text("similar", 93) == "Lignende navn i samme postnummer (93 %)"
    assert reason_text("name", language="en") == "Same name (other postcode)"
