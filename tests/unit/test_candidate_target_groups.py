"""Reading messy target-group text into the dated codes (pure: the shipped rule tables only)."""

from __future__ import annotations

from datetime import date

import pytest

from jobcenter_desktop.domain.rules import RuleBook
from jobcenter_desktop.services.candidate_import import TargetGroupMatcher, _language

BEFORE_REFORM = date(2026, 11, 25)
AFTER_REFORM = date(2027, 2, 1)


@pytest.fixture(scope="module")
def rules() -> RuleBook:
    return RuleBook.from_directory()


@pytest.mark.parametrize(("text", "code", "readiness"), [
    ("kontanthjaelp jobparat", "KH_JP", "jobparat"),
    ("Kontanthjælp, jobparat", "KH_JP", "jobparat"),
    ("KH - aktivitetsparat", "KH_AP", "aktivitetsparat"),
    ("Dagpenge", "DP", ""),
    ("a-dagpenge", "DP", ""),
    ("Sygedagpenke", "SDP", ""),  # typo
    ("uddannelseshjælp uddannelsesparat", "UH_UP", "uddannelsesparat"),
    ("Ledighedsydelse", "FJV", ""),
    ("Førtidspensionist", "FP", ""),
    ("KH_JP - jobparat kontanthjælp", "KH_JP", ""),
    ("kh-ap", "KH_AP", ""),
    ("Unge under 18", "U18", ""),
    ("Selvforsørgende ledig", "SF", ""),
    ("Person i ressourceforløb", "RF", ""),
])
def test_messy_texts_map_to_the_groups_in_force(rules: RuleBook, text: str, code: str,
                                                readiness: str) -> None:
    match = TargetGroupMatcher(rules, BEFORE_REFORM).match(text)
    assert (match.code, match.readiness) == (code, readiness)


def test_a_benefit_without_readiness_is_ambiguous_unless_the_row_says_it(rules: RuleBook) -> None:
    matcher = TargetGroupMatcher(rules, BEFORE_REFORM)
    unclear = matcher.match("Kontanthjælp")
    assert unclear.code is None and unclear.how == "ambiguous"
    assert unclear.reason == ("Målgruppen «Kontanthjælp» er tvetydig: angiv også parathed "
                              "(mulige: KH_AP, KH_JP).")
    assert matcher.match("Kontanthjælp", readiness="aktivitetsparat").code == "KH_AP"


def test_unknown_text_is_reported_with_the_text(rules: RuleBook) -> None:
    match = TargetGroupMatcher(rules, BEFORE_REFORM).match("Flyverdragt")
    assert match.code is None
    assert match.reason == "Målgruppen «Flyverdragt» kan ikke genkendes."


def test_after_the_reform_old_words_follow_the_dated_map(rules: RuleBook) -> None:
    matcher = TargetGroupMatcher(rules, AFTER_REFORM)
    # "Dagpenge" is also the 2027 code's own word; both roads end in the proposed group.
    assert matcher.match("Dagpenge").code == "DAGPENGE"
    mapped = matcher.match("kontanthjaelp jobparat")
    assert (mapped.code, mapped.how, mapped.verified) == ("JOBSOEG", "mapped", False)
    assert matcher.match("Jobsøgningsindsats").code == "JOBSOEG"


def test_a_2027_group_is_not_taken_before_it_starts(rules: RuleBook) -> None:
    match = TargetGroupMatcher(rules, BEFORE_REFORM).match("Jobsøgningsindsats")
    assert match.code is None and match.how == "not_in_force"
    assert "25-11-2026" in match.reason


@pytest.mark.parametrize(("item", "expected"), [
    ("Dansk (flydende)", ("dansk", "flydende", "")),
    ("engelsk - godt", ("engelsk", "godt", "")),
    ("tysk: B1", ("tysk", "godt", "")),
    ("polsk modersmål", ("polsk", "modersmål", "")),
    ("arabisk", ("arabisk", "", "")),
])
def test_language_with_level(item: str, expected: tuple[str, str, str]) -> None:
    assert _language(item) == expected


def test_unknown_language_level_is_a_reason() -> None:
    language, level, reason = _language("fransk (perfekt)")
    assert (language, level) == ("fransk", "")
    assert reason.startswith("Sprogniveauet «perfekt» for fransk er ukendt")
