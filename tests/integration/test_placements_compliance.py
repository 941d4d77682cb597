"""Placements and their compliance check, on SQLite and PostgreSQL: rules read on the start date
(jobrotation closed after 31-01-2026), the ratio rule at a P-number with placements already
there, duration caps, the waiting period, net additional employment recorded with who and when,
"planned only" for a placement that breaks a rule, status history, the VITAS sheet and the
summary PDF (read back with pypdf)."""

from __future__ import annotations

import io
from datetime import date

import pytest
from matching_store import candidate, company, placement, supervisor_of
from pypdf import PdfReader
from sqlalchemy import select

from jobcenter_desktop.domain.errors import ConflictError, ValidationError
from jobcenter_desktop.persistence.orm import AccessLog, Placement
from jobcenter_desktop.services.placements import (
    FollowUpItem,
    PlacementInput,
    PlacementService,
    join_purpose,
    split_purpose,
)


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def setup(services):  # noqa: ANN001, ANN201
    cid, wid = company(services, "Kolding Stål ApS", "6000", ordinary_fte=12, employee_rep=True)
    person = candidate(services, "Mette Ærbø", label="K-3001", postcode="6000")
    return {"company": cid, "workplace": wid, "person": person, "service": PlacementService(services.ctx)}


def _input(s: dict, **kw) -> PlacementInput:  # noqa: ANN003
    base = {"candidate_id": s["person"], "company_id": s["company"], "workplace_id": s["workplace"],
            "scheme_code": "VP", "start": date(2026, 3, 2), "planned_end": date(2026, 3, 27),
            "hours_per_week": 30}
    base.update(kw)
    return PlacementInput(**base)


def _check(report, key: str):  # noqa: ANN001, ANN202
    return next(c for c in report.checks if c.key == key)


def test_a_scheme_closed_on_a_date_is_judged_by_the_start_date(setup) -> None:  # noqa: ANN001
    service = setup["service"]
    before = service.check(_input(setup, scheme_code="JR", start=date(2026, 1, 15), planned_end=None))
    after = service.check(_input(setup, scheme_code="JR", start=date(2026, 3, 1), planned_end=None))
    assert _check(before, "scheme_open").status == "ok"
    assert "sidste startdato 31-01-2026" in _check(before, "scheme_open").text_da
    closed = _check(after, "scheme_open")
    assert closed.status == "fail" and "kan ikke bevilges efter 31-01-2026" in closed.text_da
    assert "1750" in closed.source and closed.verified is False  # the source and its warning
    # Breaking a rule: only "planned" is possible, and the failed check is kept with it.
    with pytest.raises(ValidationError, match="kan kun gemmes som planlagt"):
        service.create(_input(setup, scheme_code="JR", start=date(2026, 3, 1), planned_end=None), "active")
    saved = service.create(_input(setup, scheme_code="JR", start=date(2026, 3, 1), planned_end=None))
    assert saved.status == "planned" and saved.has_failure
    assert [c.key for c in saved.checks if c.failed] == ["scheme_open"]
    with pytest.raises(ValidationError, match="kan ikke startes"):
        service.change_status(saved.id, saved.version, "active")
    assert service.get(saved.id).status == "planned"


def test_a_target_group_closed_to_new_citizens_still_covers_running_cases(services, setup) -> None:  # noqa: ANN001
    rf = candidate(services, "Rasmus Føns", label="K-3002", group="RF", group_from=date(2025, 5, 1))
    report = setup["service"].check(_input(setup, candidate_id=rf, start=date(2026, 3, 2)))
    group = _check(report, "target_group")
    assert group.status == "ok" and "Lukket for nye borgere efter 31-01-2026" in group.text_da
    assert _check(report, "max_duration").text_da.endswith("er inden for.")  # 13 weeks for RF


def test_ratio_rule_counts_the_placements_already_at_the_p_number(services, setup) -> None:  # noqa: ANN001
    service = setup["service"]
    others = [candidate(services, f"Kollega {i}", label=f"K-31{i}") for i in range(3)]
    # 12 ordinary employees → 2 places. Two placements run in March; one ended in 2025.
    placement(services, others[0], setup["company"], setup["workplace"], scheme="VP",
              start=date(2026, 2, 16), end=date(2026, 3, 13))
    waiting = placement(services, others[1], setup["company"], setup["workplace"], scheme="LT_PRIV",
                        start=date(2026, 3, 9), end=date(2026, 8, 31), status="planned")
    placement(services, others[2], setup["company"], setup["workplace"], scheme="VP",
              start=date(2025, 1, 6), end=date(2025, 1, 31), status="completed")
    full = service.check(_input(setup))
    ratio = _check(full, "ratio_rule")
    assert ratio.status == "fail"
    assert "12 ordinært ansatte giver plads til højst 2" in ratio.text_da and "2 er allerede placeret" in ratio.text_da
    assert full.ratio.already_placed == 2 and full.ratio.allowed == 2
    assert "K-310" in ratio.text_da and "K-311" in ratio.text_da and "K-312" not in ratio.text_da
    # Cancelling the planned one makes room.
    row = service.get(waiting)
    service.change_status(waiting, row.version, "cancelled", reason="Virksomheden trak sig")
    roomy = service.check(_input(setup))
    assert _check(roomy, "ratio_rule").status == "ok" and roomy.ratio.already_placed == 1
    # An ordinary job is not counted by the ratio rule at all.
    ordinary = service.check(_input(setup, scheme_code="ORD", planned_end=None))
    assert all(c.key != "ratio_rule" for c in ordinary.checks)


def test_duration_cap_and_waiting_period_come_from_the_dated_tables(services, setup) -> None:  # noqa: ANN001
    service = setup["service"]
    too_long = service.check(_input(setup, planned_end=date(2026, 4, 30)))
    cap = _check(too_long, "max_duration")
    assert cap.status == "fail" and "må højst vare 4 uger (til og med 29-03-2026)" in cap.text_da
    assert too_long.eligibility.last_day == date(2026, 3, 29)
    # Løntilskud for a dagpenge recipient with 2 months on benefit: the waiting period fails…
    new = candidate(services, "Nanna Nyledig", label="K-3003", benefit_since=date(2026, 1, 1))
    lt = _input(setup, candidate_id=new, scheme_code="LT_PRIV", planned_end=date(2026, 8, 31))
    waiting = _check(service.check(lt), "waiting_period")
    assert waiting.status == "fail" and "6 måneder på offentlig forsørgelse" in waiting.text_da
    # …unless an exemption applies (single parent).
    parent = candidate(services, "Pia Enlig", label="K-3004", benefit_since=date(2026, 1, 1),
                       single_parent=True)
    exempt = _check(service.check(_input(setup, candidate_id=parent, scheme_code="LT_PRIV",
                                         planned_end=date(2026, 8, 31))), "waiting_period")
    assert exempt.status == "ok" and "enlig forsørger" in exempt.text_da


def test_lontilskud_records_the_net_additional_inputs_with_who_and_when(services, setup) -> None:  # noqa: ANN001
    service = setup["service"]
    history = [(date(2025, m, 15), 10.0) for m in range(3, 13)] + [(date(2026, 1, 15), 10.0),
                                                                    (date(2026, 2, 15), 10.0)]
    cid, wid = company(services, "Middelfart Metal A/S", "5500", ordinary_fte=10,
                       fte_history=history, employee_rep=True)
    data = _input(setup, company_id=cid, workplace_id=wid, scheme_code="LT_PRIV",
                  planned_end=date(2026, 8, 31), supervisor_contact_id=supervisor_of(services, cid))
    open_report = service.check(data)
    assert _check(open_report, "employer_statement").status == "unknown"
    assert _check(open_report, "net_average").status == "ok"  # 10 + the hire > 10 on average
    assert _check(open_report, "employee_rep").status == "unknown"
    confirmed = data.__class__(**{**data.__dict__, "net_expansion_confirmed_by": "Jens Direktør",
                                  "net_expansion_confirmed_at": date(2026, 2, 20),
                                  "net_expansion_text": "Ny stilling; ingen afskediget",
                                  "recent_vacancy": False, "rep_statement_by": "Åse TR",
                                  "rep_statement_at": date(2026, 2, 21),
                                  "rep_statement_text": "Medarbejderne er hørt og er positive"})
    report = service.check(confirmed)
    assert _check(report, "employer_statement").status == "ok"
    assert "Jens Direktør, 20-02-2026" in _check(report, "employer_statement").text_da
    assert _check(report, "net_vacancy").status == "ok"
    assert any(c.key == "net_disclaimer" for c in report.checks)  # records, never a verdict
    saved = service.create(confirmed, "active")
    assert saved.status == "active" and saved.net_expansion_confirmed_by == "Jens Direktør"
    assert saved.recent_vacancy is False
    with services.ctx.uow() as uow:
        snapshot = uow.session.get(Placement, saved.id).compliance_snapshot
    assert snapshot["inputs"]["recorded_by"] and snapshot["inputs"]["recorded_at"]
    assert snapshot["has_failure"] is False
    sheet = service.vitas_sheet(saved.id)
    values = {(s.title, r.label): r for s in sheet.sections for r in s.rows}
    assert values[("Merbeskæftigelse (løntilskud)", "Arbejdsgiverens erklæring: hvem")].value == "Jens Direktør"
    assert values[("Rimelighedskrav", "Højst tilladt")].value == "2"
    assert values[("Medarbejderrepræsentant", "Udtalelse givet af")].value == "Åse TR"
    assert "Merbeskæftigelse (løntilskud): Løn pr. time og overenskomst" in sheet.missing


def test_a_statement_needs_who_and_when(setup) -> None:  # noqa: ANN001
    with pytest.raises(ValidationError) as no_date:
        setup["service"].check(_input(setup, scheme_code="LT_PRIV", net_expansion_confirmed_by="Jens"))
    assert no_date.value.field == "net_expansion_at"
    with pytest.raises(ValidationError) as future:
        setup["service"].check(_input(setup, rep_statement_by="Åse", rep_statement_at=date(2099, 1, 1)))
    assert future.value.field == "rep_statement_at"


def test_scheme_must_fit_the_employers_sector(services, setup) -> None:  # noqa: ANN001
    cid, wid = company(services, "Kolding Kommune Plejecenter", "6000", sector="public", ordinary_fte=40)
    report = setup["service"].check(_input(setup, company_id=cid, workplace_id=wid,
                                           scheme_code="LT_PRIV", planned_end=date(2026, 6, 30)))
    sector = _check(report, "scheme_sector")
    assert sector.status == "fail" and "vælg LT_OFF" in sector.text_da


def test_status_flow_with_history(setup) -> None:  # noqa: ANN001
    service = setup["service"]
    created = service.create(_input(setup, learning_goals=("Svejsning", "Sikkerhed"),
                                     purpose="Afklaring i metalfaget",
                                     follow_ups=(FollowUpItem(date(2026, 3, 13), "Midtvejssamtale", "MEK"),)))
    assert created.status == "planned" and created.learning_goals == ("Svejsning", "Sikkerhed")
    assert created.purpose == "Afklaring i metalfaget" and created.follow_ups[0].text == "Midtvejssamtale"
    with pytest.raises(ValidationError):
        service.change_status(created.id, created.version, "completed", outcome="unknown")
    active = service.change_status(created.id, created.version, "active")
    with pytest.raises(ConflictError):
        service.change_status(created.id, created.version, "stopped_early", reason="x", outcome="unknown")
    with pytest.raises(ValidationError, match="årsagen"):
        service.change_status(active.id, active.version, "stopped_early", outcome="unknown")
    with pytest.raises(ValidationError, match="resultatet"):
        service.change_status(active.id, active.version, "completed", actual_end=date(2026, 3, 27))
    done = service.change_status(active.id, active.version, "completed", actual_end=date(2026, 3, 27),
                                 outcome="ordinary_job_same_company")
    assert done.status == "completed" and done.actual_end == date(2026, 3, 27)
    assert [(e.old_status, e.new_status) for e in done.events] == [
        (None, "planned"), ("planned", "active"), ("active", "completed")]
    with pytest.raises(ValidationError, match="kan ikke ændres"):
        service.update(done.id, done.version, done.as_input())
    with pytest.raises(ValidationError, match="kan ikke gå fra"):
        service.change_status(done.id, done.version, "cancelled", reason="for sent")


def test_purpose_and_learning_goals_round_trip() -> None:
    text = join_purpose("Afklaring", ["TIG", "  Sikkerhed  "])
    assert split_purpose(text) == ("Afklaring", ("TIG", "Sikkerhed"))
    assert split_purpose("Bare formål") == ("Bare formål", ())


def test_summary_pdf_has_parties_checks_and_signatures_but_no_target_group(services, setup) -> None:  # noqa: ANN001
    service = setup["service"]
    saved = service.create(_input(setup, purpose="Afklaring i metalfaget", learning_goals=("TIG-svejsning",),
                                  supervisor_contact_id=supervisor_of(services, setup["company"]),
                                  rep_statement_by="Åse TR", rep_statement_at=date(2026, 2, 20),
                                  rep_statement_text="Hørt uden bemærkninger"))
    text = _text(service.summary_pdf(saved.id))
    for expected in ("Resumé af forløb", "Mette Ærbø", "Kolding Stål ApS", "Virksomhedspraktik",
                     "02-03-2026", "Afklaring i metalfaget", "TIG-svejsning", "Søs Værkfører",
                     "Rimelighedskrav", "Underskrifter", "tillidsrepræsentant", "Hørt uden bemærkninger"):
        assert expected in text, expected
    # The employer signs it: no target group, benefit or waiting time (DOMAIN.md 6).
    assert "Dagpengemodtager" not in text and "(DP)" not in text and "forsørgelse" not in text
    with services.ctx.uow() as uow:
        printed = uow.session.scalars(select(AccessLog).where(AccessLog.action == "print",
                                                              AccessLog.entity == "placement")).all()
    assert [str(r.person_id) for r in printed] == [setup["person"]]
    ordinary = service.create(_input(setup, scheme_code="ORD", planned_end=None))
    assert "tillidsrepræsentant" not in _text(service.summary_pdf(ordinary.id))


def test_cli_prints_the_placement_summary(services, setup, tmp_path, capsys) -> None:  # noqa: ANN001
    from jobcenter_desktop.cli import main

    saved = setup["service"].create(_input(setup))
    out = tmp_path / "resume.pdf"
    url = services.engine.url.render_as_string(hide_password=False)
    assert main(["--db", url, "print", "placement", "--placement", saved.id, str(out)]) == 0
    assert "Mette Ærbø" in _text(out.read_bytes())
    assert main(["--db", url, "print", "placement", "--placement", "nope", str(tmp_path / "x.pdf")]) == 1
    assert "ikke et gyldigt id" in capsys.readouterr().err and not (tmp_path / "x.pdf").exists()
