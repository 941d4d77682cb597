"""Pure helpers behind matching and placements: the score bound the prefilter relies on (never
below the domain's score), the threshold search (same answer as ranking everyone), postcode
centres at sea, and the small date, ratio and text helpers of the compliance check."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobcenter_desktop.domain import matching as dm
from jobcenter_desktop.domain.refdata import ReferenceData
from jobcenter_desktop.domain.text import fold
from jobcenter_desktop.services.compliance import (
    CheckItem,
    age_for_rule,
    max_concurrent,
    monthly_cvr_fte,
    months_on_benefit,
)
from jobcenter_desktop.services.matching import (
    Places,
    ScoreBound,
    _Pending,
    best_possible,
    threshold_search,
)
from jobcenter_desktop.services.placements import (
    employer_safe_checks,
    join_purpose,
    parse_follow_ups,
    split_purpose,
)

REPO = Path(__file__).resolve().parents[2]
ON = date(2026, 5, 1)
CODES = ["7212", "7213", "7223", "7411", "8332", "72", "721234"]
TAGS = ["TIG-svejsning", "truckcertifikat", "Kundeservice", "hygiejnebevis"]
LICENCES = ["B", "C", "CE", "D"]
POINTS = [(55.57, 9.75), (55.71, 9.53), (55.49, 9.47), (56.16, 10.21), None]


def _job(rng: random.Random, ident: str = "j") -> dm.JobProfile:
    point = rng.choice(POINTS)
    return dm.JobProfile(
        id=ident, company_id="c", disco_code=rng.choice(CODES + [None]),
        lat=point[0] if point else None, lon=point[1] if point else None,
        hours_per_week=rng.choice([None, 15.0, 37.0]),
        start_date=rng.choice([None, ON + timedelta(days=rng.randint(-10, 60))]),
        skills=tuple(dm.Requirement(t, False) for t in rng.sample(TAGS, rng.randint(0, 2))),
        driving_licences=tuple(dm.Requirement(c, False) for c in rng.sample(LICENCES, rng.randint(0, 2))),
        history=dm.CompanyHistory(placements_before=rng.randint(0, 4), placements_ending_in_job=rng.randint(0, 2),
                                  has_active_agreement=rng.random() < 0.5,
                                  days_since_last_contact=rng.choice([None, 20, 200])),
    )


def _candidate(rng: random.Random, ident: str) -> dm.CandidateProfile:
    point = rng.choice(POINTS)
    return dm.CandidateProfile(
        id=ident, lat=point[0] if point else None, lon=point[1] if point else None,
        desired_occupations=tuple(rng.sample(CODES, rng.randint(0, 2))),
        experience=tuple((c, rng.choice([0.0, 2.0, 9.0])) for c in rng.sample(CODES, rng.randint(0, 1))),
        skills=frozenset(rng.sample(TAGS, rng.randint(0, 3))),
        driving_licences=frozenset(rng.sample(LICENCES, rng.randint(0, 2))),
        languages={"dansk": rng.choice(["godt", "modersmål"])},
        max_commute_km=rng.choice([None, 0.0, 10.0, 40.0, 400.0]),
        hours_wanted=rng.choice([None, 20.0, 37.0]),
        available_from=rng.choice([None, ON + timedelta(days=rng.randint(-30, 150))]),
    )


def _bound(bound: ScoreBound, job: dm.JobProfile, cand: dm.CandidateProfile, weights) -> float:  # noqa: ANN001
    """The bound from what the prefilter reads: the pair's occupation, tags and licences held."""
    result = dm.score(job, cand, weights, ON)
    part = result.parts["occupation"]
    tags = {fold(r.name) for r in (*job.skills, *job.certificates)}
    held = {fold(t) for t in (*cand.skills, *cand.certificates)}
    lics = {dm.normalize_licence(r.name) for r in job.driving_licences}
    return bound.value(
        occupation=part.points / part.max_points if part.max_points else 0.0,
        missing_tags=len(tags - held), n_tags=len(tags),
        missing_licences=len(lics - dm.implied_licences(cand.driving_licences)), n_licences=len(lics),
        km=result.distance_km, limit=cand.max_commute_km, start_ord=bound.start_ord(job.start_date),
        available=cand.available_from, job_hours=job.hours_per_week, wanted=cand.hours_wanted,
        company=job.history.fraction())


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 10**9), st.sampled_from([None, {"distance": 40, "skills": 5}, {"occupation": 0}]))
def test_the_prefilter_bound_is_never_below_the_domain_score(seed: int, weights) -> None:  # noqa: ANN001
    rng = random.Random(seed)
    w = dm.MatchWeights.from_dict(weights) if weights else dm.DEFAULT_WEIGHTS
    job, cand = _job(rng), _candidate(rng, "k")
    bound = _bound(ScoreBound(w, ON), job, cand, w)
    assert best_possible(bound) >= dm.score(job, cand, w, ON).score


def _check_threshold_search(job: dm.JobProfile, people: dict[str, dm.CandidateProfile],
                            min_score: int) -> None:
    weights, bound = dm.DEFAULT_WEIGHTS, ScoreBound(dm.DEFAULT_WEIGHTS, ON)
    pending = [_Pending(_bound(bound, job, p, weights), dm.score(job, p, weights, ON).distance_km, pid)
               for pid, p in people.items()]
    want = dm.rank(job, list(people.values()), weights, ON, top=10, min_score=min_score)
    got, read = threshold_search(
        pending, lambda ids: [people[i] for i in ids],
        lambda ps: dm.rank(job, ps, weights, ON, top=10, min_score=min_score),
        10, min_score, lambda r: r.candidate_id)
    assert [(r.candidate_id, r.score) for r in got] == [(r.candidate_id, r.score) for r in want]
    assert read <= len(people)


def test_threshold_search_gives_the_same_top_as_ranking_everyone() -> None:
    rng = random.Random(2026)
    for round_ in range(40):
        job = _job(rng)
        people = {f"{round_}-{i:03d}": _candidate(rng, f"{round_}-{i:03d}") for i in range(60)}
        for min_score in (0, 60):
            _check_threshold_search(job, people, min_score)


def test_postcode_centres_at_sea_fall_back_to_the_kommune_and_are_approximate() -> None:
    places = Places(ReferenceData.from_directory(REPO / "resources" / "data"))
    skagen, fredericia = places.get("9990"), places.get("7000")
    assert skagen is not None and skagen.approx and 57.0 < skagen.lat < 57.8 and 10.0 < skagen.lon < 10.7
    assert fredericia is not None and not fredericia.approx
    assert "9990" in places.offshore and "7000" not in places.offshore
    assert places.get("0900") is None  # a special postcode without any area
    assert places.distances_from(fredericia)["7000"] == pytest.approx(0.0)


def test_months_on_benefit_and_an_age_only_when_the_birth_year_settles_it() -> None:
    assert months_on_benefit(date(2026, 1, 15), date(2026, 7, 14)) == 5
    assert months_on_benefit(date(2026, 1, 15), date(2026, 7, 15)) == 6
    assert months_on_benefit(None, date(2026, 7, 15)) is None
    assert months_on_benefit(date(2027, 1, 1), date(2026, 7, 15)) == 0
    # Over 50 on 1 March 2026? Born 1974: 51 or 52 → yes. Born 1976: 49 or 50 → no. 1975: unknown.
    assert age_for_rule(1974, date(2026, 3, 1), 50) == 51
    assert age_for_rule(1976, date(2026, 3, 1), 50) == 50
    assert age_for_rule(1975, date(2026, 3, 1), 50) is None
    assert age_for_rule(None, date(2026, 3, 1), 50) is None


def test_placements_at_a_workplace_are_counted_at_the_busiest_moment() -> None:
    spans = [(date(2026, 3, 1), date(2026, 3, 31)), (date(2026, 4, 1), date(2026, 4, 30)),
             (date(2026, 3, 20), None), (date(2025, 1, 1), date(2025, 2, 1))]
    # The first two never overlap each other; with the open-ended one, two at a time at most.
    assert max_concurrent(spans, date(2026, 3, 2), date(2026, 4, 15)) == 2
    assert max_concurrent(spans, date(2026, 5, 1), None) == 1
    assert max_concurrent([], date(2026, 5, 1), None) == 0


def test_headcount_is_summed_over_workplaces_per_month() -> None:
    months = monthly_cvr_fte([("a", date(2026, 1, 5), 10), ("a", date(2026, 1, 25), 12),
                              ("b", date(2026, 1, 10), 5), ("b", date(2026, 2, 1), 6)])
    assert months == {date(2026, 1, 1): 16.0, date(2026, 2, 1): 6.0}


def test_purpose_goals_and_follow_ups_survive_bad_stored_values() -> None:
    assert split_purpose(join_purpose("Afklaring", ["TIG", ""])) == ("Afklaring", ("TIG",))
    assert split_purpose(None) == ("", ())
    items = parse_follow_ups(["2026-03-01", {"due": "2026-02-01", "text": "Første"}, {"due": "x"}, 7])
    assert [(f.due, f.text) for f in items] == [(date(2026, 2, 1), "Første"), (date(2026, 3, 1), "Opfølgning")]


def test_employer_document_never_names_the_target_group() -> None:
    checks = [
        CheckItem("target_group", "ok", "Målgruppen Dagpengemodtager (DP) gælder 01-03-2026.", "x", "LAB §6"),
        CheckItem("waiting_period", "fail", "… 6 måneder på offentlig forsørgelse …", "x", "LAB §69"),
        CheckItem("max_duration", "ok", "Virksomhedspraktik for Dagpengemodtager (DP) må højst vare 4 uger.",
                  "x", "LAB §61"),
        CheckItem("net_disclaimer", "info", "Ikke en juridisk afgørelse.", "x"),
    ]
    out = employer_safe_checks(checks, "da", ("Dagpengemodtager (DP)", "(DP)"))
    text = " ".join(c.text for c in out)
    assert "Dagpengemodtager" not in text and "forsørgelse" not in text and "(DP)" not in text
    assert out[0].status == "failed" and "opfylder ikke" in out[0].text
    assert "borgerens målgruppe må højst vare 4 uger" in text
    assert len(out) == 2  # the information line is left out
