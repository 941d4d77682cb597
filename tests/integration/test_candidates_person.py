"""The citizen's rights on both backends: access to everything held incl. the access log,
and erasure that removes every personal field but keeps what retention allows."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from jobcenter_desktop.cli import main
from jobcenter_desktop.domain.errors import PermissionDeniedError, ValidationError
from jobcenter_desktop.persistence.orm import (
    AccessLog,
    Candidate,
    CandidateExperience,
    CandidateLanguage,
    CandidateLicence,
    CandidateOccupation,
    CandidateTag,
    Company,
    Consent,
    Placement,
    TargetGroupPeriod,
    new_id,
    search_rowid_for,
)
from jobcenter_desktop.services.candidate_reports import CandidateReportService
from jobcenter_desktop.services.candidates import CandidateInput, ExperienceInput
from jobcenter_desktop.services.consents import ConsentInput, ConsentService
from jobcenter_desktop.services.lists import ListQuery
from jobcenter_desktop.services.person_export import ERASED_NAME, PersonDataService

TODAY = date.today()
NAME = "Kåre Ærenlund Østergaard"


@pytest.fixture
def person(services):  # noqa: ANN001, ANN201
    c = services.candidates.create(CandidateInput(
        name=NAME, cpr="0101011238", phone="22334455", email="kaare@mail.dk",
        address="Søndergade 3", postcode="7000", readiness="aktivitetsparat",
        target_group_code="KH_AP", desired_occupations=("5120",), skills=("Madlavning",),
        certificates=("Hygiejnebevis",), driving_licences=("B",), languages=(("dansk", "godt"),),
        education="Kok, EUD", work_restrictions="Ikke natarbejde", available_from=TODAY,
        experiences=(ExperienceInput("Kro A/S", "5120", 3, "Køkken"),)))
    ConsentService(services.ctx).give(c.id, ConsentInput("share_profile", TODAY, "samtale",
                                                         TODAY + timedelta(days=90), "mundtligt"))
    with services.ctx.uow() as uow:
        company = Company(cvr="25313763", name="Kro A/S", name_key="kro", sort_key="kro",
                          search_rowid=search_rowid_for(cid := new_id()), id=cid)
        uow.session.add(company)
        uow.session.add(Placement(candidate_id=c.id, company_id=cid, scheme_code="VP",
                                  target_group_code="KH_AP", start=TODAY - timedelta(days=60),
                                  planned_end=TODAY - timedelta(days=32),
                                  actual_end=TODAY - timedelta(days=32), status="completed",
                                  outcome="ordinary_job_same_company",
                                  purpose="Afklaring i køkken", mentor="Bente Kok",
                                  stop_reason=""))
        uow.commit()
    services.candidates.get(c.id)
    services.candidates.reveal_cpr(c.id)
    CandidateReportService(services.ctx).anonymised_profile(c.id)
    return c


def test_export_holds_everything_and_the_access_log(services, person) -> None:  # noqa: ANN001
    data = PersonDataService(services.ctx).export(person.id)
    p = data["person"]
    assert (p["name"], p["cpr"], p["email"], p["address"]) == (NAME, "010101-1238", "kaare@mail.dk",
                                                               "Søndergade 3")
    assert data["skills"] == ["Madlavning"] and data["certificates"] == ["Hygiejnebevis"]
    assert data["experience"][0]["employer"] == "Kro A/S"
    assert data["target_groups"][0]["code"] == "KH_AP"
    assert data["consents"][0]["purpose"] == "share_profile" and data["consents"][0]["note"] == "mundtligt"
    assert data["placements"][0]["scheme"] == "VP" and data["placements"][0]["company"] == "Kro A/S"
    actions = [e["action"] for e in data["access_log"]]
    for action in ("create", "view", "reveal_cpr", "print", "export"):
        assert action in actions, action
    entry = next(e for e in data["access_log"] if e["action"] == "reveal_cpr")
    assert set(entry) == {"at", "action", "action_text", "what", "detail"}  # no staff names
    assert entry["action_text"] == "CPR-nummeret blev vist"
    json.dumps(data, ensure_ascii=False)  # JSON-ready as it is


def test_erasure_leaves_no_personal_field(services, person) -> None:  # noqa: ANN001
    result = PersonDataService(services.ctx).erase(person.id, reason="Borgerens anmodning")
    assert result.label == person.label
    with services.ctx.uow() as uow:
        s = uow.session
        c = s.get(Candidate, person.id)
        assert c.name == ERASED_NAME and c.erased_at is not None
        assert c.cpr_encrypted is None and c.cpr_lookup is None and c.birth_year is None
        assert (c.phone, c.email, c.address, c.town, c.education, c.work_restrictions) == ("",) * 6
        assert c.postcode is None and c.kommune_code is None and c.readiness is None
        assert c.available_from is None and c.search_text == ""
        for table in (CandidateOccupation, CandidateExperience, CandidateTag, CandidateLicence,
                      CandidateLanguage, TargetGroupPeriod):
            assert not s.scalars(select(table).where(table.candidate_id == person.id)).all(), table
        placement = s.scalar(select(Placement).where(Placement.candidate_id == person.id))
        assert (placement.purpose, placement.mentor) == ("", "")
        # Kept for statistics and archive duty:
        assert (placement.scheme_code, placement.status, placement.outcome, placement.target_group_code) \
            == ("VP", "completed", "ordinary_job_same_company", "KH_AP")
        consent = s.scalar(select(Consent).where(Consent.candidate_id == person.id))
        assert consent.purpose == "share_profile" and consent.note == ""
        erase_log = s.scalars(select(AccessLog).where(AccessLog.action == "erase")).all()
        assert len(erase_log) == 1 and erase_log[0].person_id == person.id
        assert "Borgerens anmodning" in erase_log[0].detail
    # Gone from lists and search, also by its old CPR number.
    cs = services.candidates
    assert person.id not in {r.id for r in cs.rows(cs.list_ids(ListQuery()))}
    assert cs.list_ids(ListQuery(search="kåre")) == cs.list_ids(ListQuery(search="010101-1238")) == []
    exported = PersonDataService(services.ctx).export(person.id)
    assert NAME not in json.dumps(exported, ensure_ascii=False)
    with pytest.raises(ValidationError):
        PersonDataService(services.ctx).erase(person.id, reason="igen")


def test_erasure_needs_a_reason_and_a_leader(services, person) -> None:  # noqa: ANN001
    with pytest.raises(ValidationError) as err:
        PersonDataService(services.ctx).erase(person.id, reason="  ")
    assert err.value.field == "reason"
    from dataclasses import replace

    consultant = replace(services.ctx, actor=replace(services.ctx.actor, role="consultant"))
    with pytest.raises(PermissionDeniedError):
        PersonDataService(consultant).erase(person.id, reason="Borgerens anmodning")


def test_cli_export_and_erase(store_url, tmp_path, capsys) -> None:  # noqa: ANN001
    db = ["--db", store_url]
    assert main([*db, "demo", "--companies", "5", "--candidates", "8"]) == 0
    capsys.readouterr()
    assert main([*db, "list", "candidates", "--json", "--limit", "1"]) == 0
    row = json.loads(capsys.readouterr().out)[0]
    out = tmp_path / "indsigt.json"
    assert main([*db, "export", "person", "--candidate", row["label"], str(out)]) == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported["person"]["name"] == row["name"]
    assert any(e["action"] == "export" for e in exported["access_log"])
    assert main([*db, "erase", "person", "--candidate", row["id"]]) == 1
    assert "--yes" in capsys.readouterr().err
    assert main([*db, "erase", "person", "--candidate", row["id"], "--yes"]) == 0
    assert json.loads(capsys.readouterr().out)["label"] == row["label"]
    assert main([*db, "print", "client-summary", "--candidate", row["label"],
                 str(tmp_path / "x.pdf")]) == 1
    assert "findes ikke" in capsys.readouterr().err
