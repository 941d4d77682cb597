"""Matching in the store, on SQLite and PostgreSQL: hand-made citizens and job orders with known
answers, the search that reads only what can matter agreeing with a brute-force ranking,
bad input matched on what is known, proposals, the search log and the CLI's JSON."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

import pytest
from matching_store import TODAY, candidate, company, job_order
from sqlalchemy import select

from jobcenter_desktop.domain import matching as dm
from jobcenter_desktop.domain.errors import NotFoundError, ValidationError
from jobcenter_desktop.persistence.orm import AccessLog, JobOrder, MediationEvent
from jobcenter_desktop.services.matching import MatchingService, ScoreBound


@pytest.fixture
def store(services):  # noqa: ANN001, ANN201
    """A welder's job in Fredericia and six citizens whose fate is known."""
    cid, wid = company(services, "Fredericia Smedje ApS", "7000", ordinary_fte=12, agreement=True)
    job = job_order(services, cid, wid, requirements=[
        ("certificate", "Svejsecertifikat", False),
        ("licence", "C", True),
        ("language", "dansk", False, "godt"),
    ])
    people = {
        # Wants the job, holds everything (CE covers C), lives in town: the best match.
        "anna": candidate(services, "Anna Ærø", label="K-1001", certificates=["svejsecertifikat"],
                          licences=["CE"]),
        # Good, but without the required lorry licence: excluded, and says why.
        "bo": candidate(services, "Bo Søndergaard", label="K-1002", postcode="6000",
                        certificates=["svejsecertifikat"], licences=["B"]),
        # Related trade (same sub-major group 72), no certificate.
        "carl": candidate(services, "Carl Østergaard", label="K-1003", wishes=["7223"], licences=["C"]),
        # No postcode: matches on what is known, says the distance is unknown.
        "dina": candidate(services, "Dina Åberg", label="K-1004", postcode=None,
                          certificates=["svejsecertifikat"], licences=["C"], consent=None),
        # Lives in Aalborg, commutes 20 km at most: excluded by distance.
        "erik": candidate(services, "Erik Nørgaard", label="K-1005", postcode="9000", commute=20,
                          certificates=["svejsecertifikat"], licences=["C"]),
        # No occupation recorded at all.
        "frida": candidate(services, "Frida Lund", label="K-1006", wishes=[], licences=["C"], group=None),
    }
    return {"job": job, "company": cid, "workplace": wid, **people}


def test_job_order_ranks_citizens_with_explanations(services, store) -> None:  # noqa: ANN001
    result = MatchingService(services.ctx).match_job_order(store["job"], top=10)
    ids = [r.id for r in result.rows]
    assert ids[0] == store["anna"]
    assert store["bo"] not in ids and store["erik"] not in ids  # hard filters filter
    assert {store["carl"], store["dina"], store["frida"]} <= set(ids)
    anna = result.rows[0]
    assert anna.explanation_da.startswith("✓ 7212 Svejser")
    assert "✓ Svejsecertifikat" in anna.explanation_da and "✓ kørekort C" in anna.explanation_da
    assert anna.distance_km == pytest.approx(0.0) and anna.may_propose
    assert [p.key for p in anna.parts] == list(dm.PART_KEYS)
    carl = next(r for r in result.rows if r.id == store["carl"])
    assert "mangler Svejsecertifikat" in carl.explanation_da and "Svejsecertifikat" in carl.missing
    assert carl.score < anna.score
    dina = next(r for r in result.rows if r.id == store["dina"])
    assert dina.distance_km is None and "postnummer mangler" in " ".join(dina.missing_info)
    assert not dina.may_propose
    frida = next(r for r in result.rows if r.id == store["frida"])
    assert frida.parts[0].ok is None and frida.parts[0].points == 0
    assert "borgeren har ingen ønskede fag eller erfaring" in frida.missing_info
    assert result.target.title == "Svejser" and result.target.company_id == store["company"]


def test_excluded_citizens_are_shown_on_demand_with_the_reason(services, store) -> None:  # noqa: ANN001
    result = MatchingService(services.ctx).match_job_order(store["job"], top=10, include_excluded=True)
    excluded = {r.id: r for r in result.excluded}
    assert set(excluded) == {store["bo"], store["erik"]}
    assert excluded[store["bo"]].hard_failures == ("mangler kørekort C",)
    assert excluded[store["bo"]].explanation_da.startswith("✗ mangler kørekort C")
    assert "over maks. 20 km" in excluded[store["erik"]].hard_failures[0]
    assert all(r.excluded for r in result.excluded) and not any(r.excluded for r in result.rows)


def test_filters_min_score_and_max_distance(services, store) -> None:  # noqa: ANN001
    m = MatchingService(services.ctx)
    everyone = m.match_job_order(store["job"], top=10)
    cut = everyone.rows[1].score
    high = m.match_job_order(store["job"], top=10, min_score=cut)
    assert all(r.score >= cut for r in high.rows) and len(high.rows) < len(everyone.rows)
    near = m.match_job_order(store["job"], top=10, max_distance_km=5)
    # Known distances beyond 5 km are dropped; unknown ones stay (they score 0 for distance).
    assert all(r.distance_km is None or r.distance_km <= 5 for r in near.rows)
    assert store["dina"] in {r.id for r in near.rows}


def test_a_job_order_without_occupation_or_place_still_matches(services, store) -> None:  # noqa: ANN001
    nowhere, _ = company(services, "Ukendt Adresse ApS", None)
    bare = job_order(services, nowhere, None, title="Medhjælper", disco=None, postcode=None,
                     hours=None, requirements=[])
    result = MatchingService(services.ctx).match_job_order(bare, top=10)
    assert len(result.rows) == 6  # nothing excludes anyone; all are scored on what is known
    missing = " ".join(result.target.missing_info)
    assert "ingen DISCO-kode" in missing and "timetal mangler" in missing
    assert "postnummer mangler" in missing
    assert all(r.parts[0].points == 0 and r.distance_km is None for r in result.rows)
    # Without its own postcode a job order lies at the company's address.
    located = job_order(services, store["company"], None, title="Medhjælper", disco=None,
                        postcode=None, hours=None, requirements=[])
    rows = MatchingService(services.ctx).match_job_order(located, top=10).rows
    assert store["erik"] not in {r.id for r in rows}  # Aalborg is beyond his 20 km


def test_candidate_to_job_orders_and_companies(services, store) -> None:  # noqa: ANN001
    other, owp = company(services, "Vejle Maskinfabrik A/S", "7100", agreement=True)
    job_order(services, other, owp, title="Maskinarbejder", disco="7223", postcode="7100")
    result = MatchingService(services.ctx).match_candidate(store["anna"], top=10)
    kinds = {r.kind for r in result.rows}
    assert kinds == {"job_order", "company"}
    assert result.rows[0].id == store["job"] and result.rows[0].kind == "job_order"
    companies = [r for r in result.rows if r.kind == "company"]
    # Both companies have an agreement in force; the smithy also posted a 7212 order.
    smithy = next(r for r in companies if r.id == store["company"])
    assert smithy.note.startswith("Relevant virksomhed") and "samarbejdsaftale i kraft" in smithy.note
    jobs_only = MatchingService(services.ctx).match_candidate(store["anna"], kinds=("job_order",))
    assert {r.kind for r in jobs_only.rows} == {"job_order"}
    bo = MatchingService(services.ctx).match_candidate(store["bo"], kinds=("job_order",),
                                                       include_excluded=True)
    assert store["job"] in {r.id for r in bo.excluded}


def test_search_agrees_with_a_brute_force_ranking(services) -> None:  # noqa: ANN001
    """Random citizens around three workplaces: the top N read through the prefilter and the
    bound equals the domain's ranking of every profile."""
    rng = random.Random(7)
    codes = ["7212", "7213", "7223", "7411", "8332", "9112", "5120"]
    postcodes = ["7000", "7100", "6000", "5500", "8700", "7080", "9000", "2100"]
    cid, wid = company(services, "Trekant Industri A/S", "7000", agreement=True)
    jobs = [
        job_order(services, cid, wid, disco="7212", requirements=[("skill", "TIG-svejsning", False),
                                                                  ("certificate", "truckcertifikat", True)]),
        job_order(services, cid, wid, disco="7223", postcode="7100", hours=30,
                  requirements=[("licence", "B", False), ("skill", "montage", False)]),
        job_order(services, cid, wid, disco="9112", postcode="6000", hours=25, requirements=[]),
    ]
    for i in range(70):
        candidate(services, f"Borger {i}", label=f"K-{2000 + i}", postcode=rng.choice(postcodes + [None]),
                  wishes=rng.sample(codes, k=rng.randint(0, 2)),
                  skills=rng.sample(["TIG-svejsning", "montage", "kundeservice"], k=rng.randint(0, 2)),
                  certificates=rng.sample(["truckcertifikat", "hygiejnebevis"], k=rng.randint(0, 1)),
                  licences=rng.sample(["B", "C", "CE"], k=rng.randint(0, 1)),
                  commute=rng.choice([None, 10, 25, 60]), hours=rng.choice([None, 20, 37]),
                  available=TODAY + timedelta(days=rng.randint(-20, 120)),
                  consent=rng.choice([None, "named_proposal"]))
    m = MatchingService(services.ctx)
    weights, _ = m.weights()
    with services.ctx.uow() as uow:
        from jobcenter_desktop.persistence.orm import Candidate

        ids = [str(i) for i in uow.session.scalars(select(Candidate.id))]
        profiles = [p for p, _ in m._candidate_profiles(uow.session, ids).values()]
        job_profiles = {j: p for j, (p, _) in m._job_profiles(uow.session, jobs).items()}
    for jid in jobs:
        for kwargs in ({}, {"min_score": 55}, {"max_distance_km": 30.0}):
            want = dm.rank(job_profiles[jid], profiles, weights, TODAY, top=8, **kwargs)
            got = m.match_job_order(jid, top=8, on_date=TODAY, **kwargs)
            assert [(r.id, r.score) for r in got.rows] == [(r.candidate_id, r.score) for r in want]
        want_x = [r for r in dm.rank(job_profiles[jid], profiles, weights, TODAY, top=None,
                                     include_excluded=True) if r.excluded][:8]
        got_x = m.match_job_order(jid, top=8, on_date=TODAY, include_excluded=True).excluded
        assert [(r.id, r.score) for r in got_x] == [(r.candidate_id, r.score) for r in want_x]
    job_list = list(job_profiles.values())
    for p in profiles[:25]:
        want = dm.rank_jobs(p, job_list, weights, TODAY, top=3)
        got = m.match_candidate(p.id, top=3, kinds=("job_order",), on_date=TODAY)
        assert [(r.id, r.score) for r in got.rows] == [(r.job_id, r.score) for r in want]
    # Every prefilter bound is at least the score the domain gives.
    bound = ScoreBound(weights, TODAY)
    job = job_profiles[jobs[1]]
    for p in profiles:
        assert bound.value(
            occupation=1.0, missing_tags=0, n_tags=1, missing_licences=0, n_licences=1,
            km=dm.score(job, p, weights, TODAY).distance_km, limit=p.max_commute_km,
            start_ord=bound.start_ord(job.start_date), available=p.available_from,
            job_hours=job.hours_per_week, wanted=p.hours_wanted, company=job.history.fraction(),
        ) >= dm.score(job, p, weights, TODAY).score - 0.5


def test_proposal_needs_consent_and_is_logged_with_the_breakdown(services, store) -> None:  # noqa: ANN001
    m = MatchingService(services.ctx)
    with pytest.raises(ValidationError) as refused:
        m.propose(store["job"], store["dina"])
    assert "samtykke" in refused.value.da and refused.value.field == "candidate_id"
    done = m.propose(store["job"], store["anna"], reason="Ringet til værkføreren")
    with services.ctx.uow() as uow:
        s = uow.session
        event = s.get(MediationEvent, done.event_id)
        assert event.kind == "candidate_proposed" and str(event.candidate_id) == store["anna"]
        assert event.score == done.score and event.reason == "Ringet til værkføreren"
        assert event.score_breakdown["parts"]["occupation"]["points"] == pytest.approx(35.0)
        assert event.score_breakdown["explanation_da"].startswith("✓ 7212")
        assert s.get(JobOrder, store["job"]).status == "in_progress"
        logged = s.scalars(select(AccessLog).where(AccessLog.entity == "mediation_event")).all()
        assert any(str(r.person_id) == store["anna"] for r in logged)
    with pytest.raises(ValidationError, match="allerede foreslået"):
        m.propose(store["job"], store["anna"])


def test_matching_logs_the_search_not_the_result_list(services, store) -> None:  # noqa: ANN001
    m = MatchingService(services.ctx)
    m.match_job_order(store["job"])
    m.match_candidate(store["anna"])
    with services.ctx.uow() as uow:
        rows = uow.session.scalars(select(AccessLog).where(AccessLog.action == "search")).all()
    by_entity = {r.entity: r for r in rows}
    assert "matchning mod jobordre «Svejser»" in by_entity["candidate"].search_criterion
    assert by_entity["candidate"].person_id is None
    assert str(by_entity["job_order"].person_id) == store["anna"]


def test_unknown_ids_and_bad_filters_are_user_errors(services, store) -> None:  # noqa: ANN001
    m = MatchingService(services.ctx)
    with pytest.raises(NotFoundError):
        m.match_job_order("not-an-id")
    with pytest.raises(NotFoundError):
        m.match_candidate("5b0d9e4e-0000-4000-8000-000000000000")
    with pytest.raises(ValidationError):
        m.match_job_order(store["job"], top=0)
    with pytest.raises(ValidationError):
        m.match_job_order(store["job"], max_distance_km=-1)


def test_scheme_eligibility_is_explained_per_row(services, store) -> None:  # noqa: ANN001
    # Frida has no target group; Anna is a dagpenge recipient with 6+ months on benefit.
    # Rules are read on the date asked for, not on the day the test runs.
    result = MatchingService(services.ctx).match_job_order(store["job"], scheme_code="LT_PRIV",
                                                           on_date=date(2026, 5, 1))
    rows = {r.id: r for r in result.rows}
    assert rows[store["anna"]].eligibility.status == "eligible"
    assert rows[store["anna"]].eligibility.max_duration_da == "6 måneder"
    assert rows[store["frida"]].eligibility.status != "eligible"
    assert any("Målgruppe er ikke angivet" in r for r in rows[store["frida"]].eligibility.reasons_da)
    pair = MatchingService(services.ctx).explain_pair(store["job"], store["anna"], on_date=date(2026, 5, 1))
    assert {s.scheme_code for s in pair.schemes} == {"ORD", "VP", "LT_PRIV"}


def test_cli_match_prints_the_documented_json(services, store, capsys) -> None:  # noqa: ANN001
    from jobcenter_desktop.cli import main

    url = services.engine.url.render_as_string(hide_password=False)
    assert main(["--db", url, "match", "--job-order", store["job"], "--top", "3", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 3 and rows[0]["id"] == store["anna"]
    for row in rows:
        assert {"id", "score", "parts", "missing", "distance_km"} <= set(row)
        assert set(row["parts"]) == set(dm.PART_KEYS)
        assert isinstance(row["score"], int) and isinstance(row["missing"], list)
    assert main(["--db", url, "match", "--candidate", "K-1001", "--top", "2", "--json",
                 "--kind", "job-orders"]) == 0
    jobs = json.loads(capsys.readouterr().out)
    assert jobs[0]["id"] == store["job"] and jobs[0]["kind"] == "job_order"
    assert main(["--db", url, "match", "--job-order", "nope"]) == 1
    assert "ikke et gyldigt id" in capsys.readouterr().err
