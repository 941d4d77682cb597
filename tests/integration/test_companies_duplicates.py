"""Duplicate companies on SQLite and PostgreSQL: the check while typing, the register scan,
merge (nothing lost) and undo (only the latest, only until the next merge)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from jobcenter_desktop.domain.errors import UserError
from jobcenter_desktop.persistence.orm import (
    AccessLog,
    Candidate,
    Company,
    CompanyMerge,
    Placement,
    new_id,
    search_rowid_for,
)
from jobcenter_desktop.services.agreements import AgreementInput, AgreementService
from jobcenter_desktop.services.companies import CompanyInput
from jobcenter_desktop.services.contacts import (
    ContactInput,
    ContactService,
    FollowUpInput,
    LogInput,
)
from jobcenter_desktop.services.duplicates import DuplicateService
from jobcenter_desktop.services.joborders import JobOrderInput
from jobcenter_desktop.services.lists import ListQuery, key

TODAY = datetime.now(UTC).date()


def make(services, cvr: str, name: str, postcode: str = "7000", **extra):  # noqa: ANN001, ANN201
    return services.companies.create(CompanyInput(cvr=cvr, name=name, postcode=postcode, **extra))


def test_check_while_typing_finds_cvr_and_folded_or_similar_names(services) -> None:  # noqa: ANN001
    hansen = make(services, "13585628", "Hansen & Søn A/S")
    make(services, "29403473", "Pedersen VVS ApS")
    make(services, "25313763", "Ærø Smedje", postcode="5970")
    dup = DuplicateService(services.ctx)

    def check(**typed) -> list[tuple[str, str]]:  # noqa: ANN003
        return [(h.name, h.reason) for h in dup.check(**typed)]

    assert check(cvr="1358 5628") == [("Hansen & Søn A/S", "cvr")]
    assert check(cvr="1358") == []  # incomplete CVR: no lookup yet
    assert check(name="HANSEN OG SOEN AS", postcode="7000") == [("Hansen & Søn A/S", "name_postcode")]
    assert check(name="hansen & søn aps", postcode="8000") == [("Hansen & Søn A/S", "name")]
    assert check(name="Petersen VVS", postcode="7000") == [("Pedersen VVS ApS", "similar")]
    assert check(name="Aeroe Smedje", postcode="5970") == [("Ærø Smedje", "name_postcode")]
    assert check(name="Jensen Tømrer", postcode="7000") == []
    assert check(name="Pe", postcode="7000") == []  # too short to say anything
    hit = dup.check(name="Petersen VVS", postcode="7000")[0]
    assert hit.reason_text() == f"Lignende navn i samme postnummer ({hit.score} %)"
    # Editing a company never warns about the company itself.
    assert dup.check(cvr="13585628", name="Hansen & Søn A/S", postcode="7000",
                     exclude_id=hansen.id) == []


def test_scan_groups_the_register_with_reasons(services) -> None:  # noqa: ANN001
    make(services, "13585628", "Hansen & Søn A/S")
    make(services, "29403473", "HANSEN OG SOEN AS")
    make(services, "25313763", "Pedersen VVS ApS")
    make(services, "30000005", "Petersen VVS")
    make(services, "12345674", "Hansen & Søn A/S", postcode="8000")  # other town: no group
    make(services, "10000009", "Jensen Tømrer")
    with services.ctx.uow() as uow:  # two rows with one CVR, as an old import could leave
        uow.session.execute(Company.__table__.update().where(Company.cvr == "10000009")
                            .values(cvr="40000003"))
        uow.commit()
    make(services, "10000009", "Bager Jensen", postcode="5970")
    with services.ctx.uow() as uow:
        uow.session.execute(Company.__table__.update().where(Company.cvr == "10000009")
                            .values(cvr="40000003"))
        uow.commit()
    groups = DuplicateService(services.ctx).scan()
    summary = [([m.name for m in g.members], g.reasons) for g in groups]
    assert summary == [
        (["Bager Jensen", "Jensen Tømrer"], ("cvr",)),
        (["Hansen & Søn A/S", "HANSEN OG SOEN AS"], ("name_postcode",)),
        (["Pedersen VVS ApS", "Petersen VVS"], ("similar",)),
    ]
    assert groups[2].reason_texts()[0].startswith("Lignende navn i samme postnummer (9")


def _rich_company(services, cvr: str, name: str) -> dict:  # noqa: ANN001
    """A company with something in every table a merge must move."""
    company = make(services, cvr, name, p_numbers=(f"10{cvr}",))
    contacts = ContactService(services.ctx)
    person = contacts.add_contact(company.id, ContactInput(name=f"Kontakt {name}"))
    contacts.log_contact(company.id, LogInput(channel="phone", summary=f"Ringede til {name}",
                                              contact_person_id=person.id))
    contacts.add_follow_up(company.id, FollowUpInput(TODAY, f"Opfølgning {name}"))
    AgreementService(services.ctx).create(company.id, AgreementInput("samarbejdsaftale", TODAY))
    job = services.job_orders.create(company.id, JobOrderInput(f"Job hos {name}",
                                                               deadline=TODAY + timedelta(days=9)))
    with services.ctx.uow() as uow:
        cand = new_id()
        uow.session.add(Candidate(id=cand, name="Borger", sort_key="borger", label=f"K-{cvr[:4]}",
                                  search_rowid=search_rowid_for(cand)))
        uow.session.add(Placement(candidate_id=cand, company_id=company.id, scheme_code="VP",
                                  start=TODAY, status="active", job_order_id=job.id))
        uow.commit()
    return {"id": company.id, "person": person.name}


def _counts(services, company_id: str) -> dict[str, int]:  # noqa: ANN001
    details = DuplicateService(services.ctx).member_details([company_id])
    if not details:
        return {}
    d = details[0]
    return {"contacts": d.contacts, "log": d.log_entries, "jobs": d.job_orders,
            "placements": d.placements, "agreements": d.agreements,
            "follow_ups": len(ContactService(services.ctx).follow_ups(company_id)),
            "p_numbers": len(services.companies.get(company_id).p_numbers)}


def test_merge_moves_everything_and_undo_restores_it(services) -> None:  # noqa: ANN001
    survivor = _rich_company(services, "13585628", "Hansen & Søn A/S")
    merged = _rich_company(services, "29403473", "HANSEN OG SOEN AS")
    with services.ctx.uow() as uow:  # the survivor lacks a phone the duplicate has
        uow.session.execute(Company.__table__.update().where(Company.cvr == "29403473")
                            .values(phone="+45 20 30 40 50", notes="Kantine i stueetagen"))
        uow.commit()
    one = {"contacts": 1, "log": 1, "jobs": 1, "placements": 1, "agreements": 1, "follow_ups": 1,
           "p_numbers": 1}
    assert _counts(services, survivor["id"]) == _counts(services, merged["id"]) == one
    dup = DuplicateService(services.ctx)
    result = dup.merge(survivor["id"], merged["id"])
    assert result.moved["contact_person"] == 1 and result.moved["placement"] == 1
    assert _counts(services, survivor["id"]) == {k: 2 * v for k, v in one.items()}
    assert _counts(services, merged["id"]) == {}  # tombstoned, no longer listed
    kept = services.companies.get(survivor["id"])
    assert kept.phone == "+45 20 30 40 50" and "Kantine i stueetagen" in kept.notes
    ids = [key(i) for i in services.companies.list_ids(ListQuery(search=merged["person"]))]
    assert ids == [key(survivor["id"])]  # the moved contact now finds the survivor
    with services.ctx.uow() as uow:
        row = uow.session.get(Company, merged["id"])
        assert row.deleted_at is not None and key(row.merged_into_id) == key(survivor["id"])
        assert uow.session.scalar(select(AccessLog.detail).where(AccessLog.action == "merge"))
    info = dup.last_merge()
    assert info.merge_id == result.merge_id and info.merged_name == "HANSEN OG SOEN AS"

    dup.undo(result.merge_id)
    assert _counts(services, survivor["id"]) == _counts(services, merged["id"]) == one
    restored = services.companies.get(survivor["id"])
    assert restored.phone == "" and "Kantine" not in restored.notes
    assert services.companies.get(merged["id"]).phone == "+45 20 30 40 50"
    assert dup.last_merge() is None
    with pytest.raises(UserError):
        dup.undo(result.merge_id)  # not twice


def test_only_the_latest_merge_can_be_undone(services) -> None:  # noqa: ANN001
    a = make(services, "13585628", "Hansen & Søn A/S")
    b = make(services, "29403473", "Hansen og Søn AS")
    c = make(services, "25313763", "Pedersen VVS")
    d = make(services, "30000005", "Petersen VVS")
    dup = DuplicateService(services.ctx)
    first = dup.merge(a.id, b.id)
    second = dup.merge(c.id, d.id)
    with pytest.raises(UserError) as err:
        dup.undo(first.merge_id)
    assert "seneste" in err.value.da
    dup.undo(second.merge_id)
    with pytest.raises(UserError):
        dup.undo(first.merge_id)  # the next merge was made after it
    with pytest.raises(UserError):
        dup.merge(a.id, a.id)
    with services.ctx.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(CompanyMerge)) == 2


def test_undo_keeps_what_the_user_changed_after_the_merge(services) -> None:  # noqa: ANN001
    a = make(services, "13585628", "Hansen & Søn A/S")
    b = make(services, "29403473", "Hansen og Søn AS", phone="20304050")
    dup = DuplicateService(services.ctx)
    merge = dup.merge(a.id, b.id)
    after = services.companies.get(a.id)
    from dataclasses import replace

    services.companies.update(a.id, after, replace(after.as_input(), phone="30405060"))
    contact = ContactService(services.ctx).add_contact(a.id, ContactInput(name="Ny efter fletning"))
    dup.undo(merge.merge_id)
    assert services.companies.get(a.id).phone == "+45 30 40 50 60"
    assert [c.name for c in ContactService(services.ctx).list_contacts(a.id)] == [contact.name]
