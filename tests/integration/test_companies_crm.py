"""The company CRM on SQLite and PostgreSQL: register, contacts, contact log, follow-ups,
agreements, job orders with their mediation log, filters, placements and the search index."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from jobcenter_desktop.domain.errors import ConflictError, ValidationError
from jobcenter_desktop.persistence.orm import (
    AccessLog,
    AppSetting,
    Candidate,
    Company,
    Consent,
    JobOrder,
    Placement,
    User,
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
from jobcenter_desktop.services.joborders import JobOrderInput, RequirementInput
from jobcenter_desktop.services.lists import ListQuery, key

CVR_A, CVR_B, CVR_C = "13585628", "29403473", "25313763"
TODAY = datetime.now(UTC).date()


def company(services, cvr: str = CVR_A, **overrides):  # noqa: ANN001, ANN201
    data = dict(cvr=cvr, name="Hansen & Søn A/S", postcode="7000", address="Vejlevej 1")
    data.update(overrides)
    return services.companies.create(CompanyInput(**data))


def names(services, search: str = "", **filters) -> list[str]:  # noqa: ANN001
    ids = services.companies.list_ids(ListQuery(search=search, filters=filters))
    return [r.name for r in services.companies.rows(ids)]


def other_user(services, name: str = "Mette Kjær", initials: str = "MEK") -> str:  # noqa: ANN001
    with services.ctx.uow() as uow:
        user = User(username=initials.lower(), name=name, initials=initials)
        uow.session.add(user)
        uow.commit()
        return user.id


# --------------------------------------------------------------------------- register


def test_p_numbers_are_ten_digits_unique_and_searchable(services) -> None:  # noqa: ANN001
    created = company(services, p_numbers=("1012345678", " 10 1234 5679 "))
    assert created.p_numbers == ("1012345678", "1012345679")
    assert created.responsible_consultant_name == "tester"  # the creator is responsible
    assert names(services, "1012345679") == ["Hansen & Søn A/S"]
    with pytest.raises(ValidationError) as err:
        company(services, CVR_B, name="Anden ApS", p_numbers=("12345",))
    assert err.value.field == "p_numbers" and "10 cifre" in err.value.da
    with pytest.raises(ValidationError) as err:
        company(services, CVR_B, name="Anden ApS", p_numbers=("1012345678",))
    assert err.value.field == "p_numbers" and "Hansen & Søn" in err.value.da
    assert names(services) == ["Hansen & Søn A/S"]  # nothing saved
    edited = services.companies.update(created.id, created,
                                       replace(created.as_input(), p_numbers=("1012345679",)))
    assert edited.p_numbers == ("1012345679",)
    assert names(services, "1012345678") == []


def test_field_errors_name_the_field_and_save_nothing(services) -> None:  # noqa: ANN001
    for overrides, field, text in (
        ({"cvr": "12345678"}, "cvr", "modulus 11"),
        ({"cvr": "1234"}, "cvr", "8 cifre"),
        ({"postcode": "9999"}, "postcode", "findes ikke"),
        ({"postcode": "70a0"}, "postcode", "4 cifre"),
        ({"email": "info@@firma"}, "email", "ugyldig"),
        ({"phone": "12"}, "phone", "ugyldigt"),
        ({"industry_code": "99.99"}, "industry_code", "DB07"),
        ({"name": "  "}, "name", "udfyldes"),
    ):
        with pytest.raises(ValidationError) as err:
            company(services, **overrides)
        assert err.value.field == field and text in err.value.da, overrides
    assert services.companies.count() == 0


def test_six_digit_db07_codes_are_accepted(services) -> None:  # noqa: ANN001
    created = company(services, industry_code="433200")
    assert created.industry_code == "433200"
    assert names(services, industry_section="F") == ["Hansen & Søn A/S"]


def test_concurrent_edit_lists_changed_p_numbers_too(services) -> None:  # noqa: ANN001
    created = company(services)
    services.companies.update(created.id, created,
                              replace(created.as_input(), p_numbers=("1012345678",)))
    with pytest.raises(ConflictError) as err:
        services.companies.update(created.id, created, replace(created.as_input(), notes="x"))
    assert err.value.changes["p_numbers"] == ((), ("1012345678",))


def test_filters_cover_the_consultants_questions(services) -> None:  # noqa: ANN001
    mette = other_user(services)
    a = company(services, industry_code="43.32", employee_band="10-19")
    company(services, CVR_B, name="Ærø Bageri ApS", postcode="5970", industry_code="10.71",
            employee_band="2-4", responsible_consultant_id=mette, status="prospect")
    assert names(services, kommune_code="607") == ["Hansen & Søn A/S"]
    assert names(services, industry_section="C") == ["Ærø Bageri ApS"]
    assert names(services, employee_band="10-19") == ["Hansen & Søn A/S"]
    assert names(services, consultant_id=mette) == ["Ærø Bageri ApS"]
    assert names(services, status="prospect") == ["Ærø Bageri ApS"]
    # Never contacted counts as "no contact for N days".
    assert names(services, last_contact_older_than_days=30) == ["Hansen & Søn A/S", "Ærø Bageri ApS"]
    ContactService(services.ctx).log_contact(a.id, LogInput(channel="phone", summary="Ringede"))
    assert names(services, last_contact_older_than_days=30) == ["Ærø Bageri ApS"]
    assert names(services, has_agreement=True) == []
    AgreementService(services.ctx).create(a.id, AgreementInput("samarbejdsaftale",
                                                                TODAY - timedelta(days=10)))
    assert names(services, has_agreement=True) == ["Hansen & Søn A/S"]
    assert names(services, has_open_job_orders=True) == []
    services.job_orders.create(a.id, JobOrderInput("Tømrer", disco_code="7115",
                                                   deadline=TODAY + timedelta(days=5)))
    assert names(services, has_open_job_orders=True) == ["Hansen & Søn A/S"]
    assert services.companies.rows(services.companies.list_ids(ListQuery()))[0].open_job_orders == 1
    assert [c.initials for c in services.companies.consultants()] == ["MEK", "TES"]


# --------------------------------------------------------------------------- contacts and log


def test_contact_persons_are_validated_versioned_and_found_by_search(services) -> None:  # noqa: ANN001
    created = company(services)
    contacts = ContactService(services.ctx)
    with pytest.raises(ValidationError) as err:
        contacts.add_contact(created.id, ContactInput(name="Birthe", email="birthe@"))
    assert err.value.field == "email"
    birthe = contacts.add_contact(created.id, ContactInput(
        name="Birthe Kjærsgaard", role="Tillidsrepræsentant", phone="20 30 40 50",
        preferred_channel="phone", is_employee_rep=True))
    assert birthe.phone == "+45 20 30 40 50" and birthe.is_employee_rep
    assert names(services, "kjaersg") == names(services, "kjærsgaard") == ["Hansen & Søn A/S"]
    # The derived search text does not bump the company's version: no false conflicts.
    assert services.companies.get(created.id).version == created.version
    updated = contacts.update_contact(birthe.id, birthe.version,
                                      replace(birthe.as_input(), name="Birthe Holm"))
    with pytest.raises(ConflictError):
        contacts.update_contact(birthe.id, birthe.version, birthe.as_input())
    assert names(services, "kjærsgaard") == [] and names(services, "holm") == ["Hansen & Søn A/S"]
    contacts.delete_contact(updated.id, updated.version)
    assert contacts.list_contacts(created.id) == [] and names(services, "holm") == []


def test_logging_a_contact_keeps_the_company_current(services) -> None:  # noqa: ANN001
    created = company(services, status="prospect")
    with services.ctx.uow() as uow:  # nobody responsible yet
        uow.session.execute(update(Company).values(responsible_consultant_id=None))
        uow.commit()
    contacts = ContactService(services.ctx)
    person = contacts.add_contact(created.id, ContactInput(name="Ole Pedersen"))
    at = datetime.now(UTC) - timedelta(hours=2)
    entry = contacts.log_contact(created.id, LogInput(
        channel="visit", summary="Besøg hos værkføreren", at=at, contact_person_id=person.id,
        outcome="Jobordre modtaget", follow_up_due=TODAY + timedelta(days=7),
        follow_up_text="Send kandidatforslag"))
    assert entry.contact_person == "Ole Pedersen" and entry.consultant == "tester"
    assert entry.follow_up_due == TODAY + timedelta(days=7)
    detail = services.companies.get(created.id)
    assert detail.status == "active"  # a prospect becomes active once contacted
    assert detail.responsible_consultant_name == "tester"
    assert abs((detail.last_contact_at - at).total_seconds()) < 1
    # An older contact logged afterwards does not move the last contact back.
    contacts.log_contact(created.id, LogInput(channel="email", summary="Gammel mail",
                                              at=at - timedelta(days=30)))
    assert abs((services.companies.get(created.id).last_contact_at - at).total_seconds()) < 1
    log = contacts.contact_log(created.id)
    assert [e.summary for e in log] == ["Besøg hos værkføreren", "Gammel mail"]
    follow = contacts.follow_ups(created.id)
    assert [(f.text, f.assigned_to) for f in follow] == [("Send kandidatforslag", "tester")]


def test_contact_log_refuses_bad_input(services) -> None:  # noqa: ANN001
    a = company(services)
    b = company(services, CVR_B, name="Anden ApS")
    contacts = ContactService(services.ctx)
    stranger = contacts.add_contact(b.id, ContactInput(name="Fremmed"))
    for data, field in (
        (LogInput(channel="fax", summary="x"), "channel"),
        (LogInput(channel="phone", summary="  "), "summary"),
        (LogInput(channel="phone", summary="x", at=datetime.now(UTC) + timedelta(days=2)), "at"),
        (LogInput(channel="phone", summary="x", follow_up_due=TODAY), "follow_up_text"),
        (LogInput(channel="phone", summary="x", follow_up_text="Ring"), "follow_up_due"),
        (LogInput(channel="phone", summary="x", contact_person_id=stranger.id), "contact_person_id"),
    ):
        with pytest.raises(ValidationError) as err:
            contacts.log_contact(a.id, data)
        assert err.value.field == field
    assert contacts.contact_log(a.id) == []
    assert services.companies.get(a.id).last_contact_at is None


def test_mine_opfoelgninger_lists_due_and_overdue_for_the_logged_in_consultant(services, tmp_path) -> None:  # noqa: ANN001
    from icalendar import Calendar

    mette = other_user(services)
    a = company(services)
    b = company(services, CVR_B, name="Ærø Bageri ApS", postcode="5970")
    contacts = ContactService(services.ctx)
    overdue = contacts.add_follow_up(a.id, FollowUpInput(TODAY - timedelta(days=3), "Ring om praktik"))
    today = contacts.add_follow_up(b.id, FollowUpInput(TODAY, "Send tilbud"))
    contacts.add_follow_up(b.id, FollowUpInput(TODAY + timedelta(days=40), "Langt ude"))
    contacts.add_follow_up(a.id, FollowUpInput(TODAY, "Mettes opgave", assigned_to_id=mette))
    done = contacts.add_follow_up(a.id, FollowUpInput(TODAY, "Klaret"))
    contacts.set_follow_up_done(done.id)
    mine = contacts.my_follow_ups(days_ahead=14)
    assert [(f.text, f.company_name) for f in mine] == [
        ("Ring om praktik", "Hansen & Søn A/S"), ("Send tilbud", "Ærø Bageri ApS")]
    assert mine[0].is_overdue(TODAY) and not mine[1].is_overdue(TODAY)
    assert len(contacts.my_follow_ups(days_ahead=None)) == 3
    assert contacts.count_my_due() == (2, 1)
    # Completed and reopened.
    contacts.set_follow_up_done(overdue.id)
    assert [f.text for f in contacts.my_follow_ups()] == ["Send tilbud"]
    contacts.set_follow_up_done(overdue.id, done=False)
    # Calendar export: all-day events with UIDs that stay the same on every export.
    path = tmp_path / "mine.ics"
    assert contacts.export_follow_ups_ics(path, days_ahead=14) == 2
    first = {str(e["uid"]) for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}
    contacts.update_follow_up(today.id, today.version,
                              FollowUpInput(TODAY + timedelta(days=1), "Send tilbud igen"))
    contacts.export_follow_ups_ics(path, days_ahead=14)
    events = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert {str(e["uid"]) for e in events} == first
    moved = next(e for e in events if "igen" in str(e["summary"]))
    assert moved.decoded("dtstart") == TODAY + timedelta(days=1)
    with services.ctx.uow() as uow:
        assert uow.session.scalar(select(AccessLog).where(AccessLog.action == "export",
                                                          AccessLog.entity == "follow_up"))


def test_follow_ups_of_deleted_companies_disappear(services) -> None:  # noqa: ANN001
    a = company(services)
    contacts = ContactService(services.ctx)
    contacts.add_follow_up(a.id, FollowUpInput(TODAY, "Ring"))
    services.companies.delete(a.id, services.companies.get(a.id).version)
    assert contacts.my_follow_ups() == []
    with pytest.raises(ValidationError) as err:
        contacts.add_follow_up(company(services, CVR_B, name="B ApS").id, FollowUpInput(TODAY, " "))
    assert err.value.field == "text"


# --------------------------------------------------------------------------- agreements


def test_agreements_are_validated_and_versioned(services) -> None:  # noqa: ANN001
    a = company(services)
    agreements = AgreementService(services.ctx)
    with pytest.raises(ValidationError) as err:
        agreements.create(a.id, AgreementInput("samarbejdsaftale", TODAY, TODAY - timedelta(days=1)))
    assert err.value.field == "end"
    with pytest.raises(ValidationError) as err:
        agreements.create(a.id, AgreementInput("kontrakt", TODAY))
    assert err.value.field == "type"
    made = agreements.create(a.id, AgreementInput(
        "partnerskabsaftale", TODAY - timedelta(days=100), TODAY + timedelta(days=265),
        content="Rekruttering og opkvalificering", commitments="4 praktikpladser om året",
        internship_places_per_year=4, signed_by="Direktør Ole Hansen"))
    assert made.is_current(TODAY)
    changed = agreements.update(made.id, made.version, replace(made.as_input(), end=TODAY - timedelta(days=1)))
    assert not changed.is_current(TODAY)
    with pytest.raises(ConflictError):
        agreements.delete(made.id, made.version)
    agreements.delete(changed.id, changed.version)
    assert agreements.list(a.id) == []


# --------------------------------------------------------------------------- job orders


def test_job_order_form_rules(services) -> None:  # noqa: ANN001
    a = company(services)
    jobs = services.job_orders
    for data, field in (
        (JobOrderInput(" "), "title"),
        (JobOrderInput("Svejser", disco_code="9999"), "disco_code"),
        (JobOrderInput("Svejser", positions=0), "positions"),
        (JobOrderInput("Svejser", hours_per_week=80), "hours_per_week"),
        (JobOrderInput("Svejser", location_postcode="9999"), "location_postcode"),
        (JobOrderInput("Svejser", deadline=TODAY - timedelta(days=1)), "deadline"),
        (JobOrderInput("Svejser", schemes_allowed=("XYZ",)), "schemes_allowed"),
        (JobOrderInput("Svejser", requirements=(RequirementInput("hobby", "fisk"),)), "requirements"),
    ):
        with pytest.raises(ValidationError) as err:
            jobs.create(a.id, data)
        assert err.value.field == field, data
    made = jobs.create(a.id, JobOrderInput(
        "Svejser", disco_code="7212", positions=2, hours_per_week=37, start_date=TODAY + timedelta(days=30),
        deadline=TODAY + timedelta(days=14), schemes_allowed=("ORD", "LT_PRIV"),
        requirements=(RequirementInput("certificate", "Svejsecertifikat", hard=True),
                      RequirementInput("licence", "b"), RequirementInput("language", "dansk", "godt"),
                      RequirementInput("licence", "B"))))
    assert made.location_postcode == "7000"  # the company's postcode by default
    assert sorted((r.kind, r.value, r.hard) for r in made.requirements) == [
        ("certificate", "Svejsecertifikat", True), ("language", "dansk", False), ("licence", "B", False)]
    assert [(e.kind, e.new_status) for e in made.events] == [("status_change", "open")]
    found = jobs.rows(jobs.list_ids(ListQuery(search="svejs")))
    assert [j.title for j in found] == ["Svejser"]


def test_status_transitions_are_logged_and_checked(services) -> None:  # noqa: ANN001
    a = company(services)
    jobs = services.job_orders
    made = jobs.create(a.id, JobOrderInput("Kok", disco_code="5120", deadline=TODAY + timedelta(days=3)))
    jobs.change_status(made.id, "in_progress", "To kandidater til samtale")
    jobs.change_status(made.id, "paused", "Virksomheden afventer ordre")
    with pytest.raises(ValidationError) as err:
        jobs.change_status(made.id, "paused")
    assert "Sat på pause" in err.value.da
    jobs.change_status(made.id, "in_progress")
    jobs.change_status(made.id, "filled", "Ansat")
    events = jobs.get(made.id).events
    assert [(e.old_status, e.new_status) for e in reversed(events)] == [
        (None, "open"), ("open", "in_progress"), ("in_progress", "paused"),
        ("paused", "in_progress"), ("in_progress", "filled")]
    assert events[0].by == "tester" and events[0].reason == "Ansat"
    # Expired on start when the deadline passed.
    other = jobs.create(a.id, JobOrderInput("Opvasker", deadline=TODAY + timedelta(days=1)))
    with services.ctx.uow() as uow:  # time passes
        uow.session.execute(update(JobOrder).where(JobOrder.id == other.id)
                            .values(deadline=TODAY - timedelta(days=2)))
        uow.commit()
    assert jobs.expire_overdue() == 1
    assert jobs.get(other.id).status == "expired"
    assert jobs.get(other.id).events[0].reason == "Fristen er overskredet"
    with pytest.raises(ValidationError):  # cannot reopen without a new deadline
        jobs.change_status(other.id, "open")
    updated = jobs.update(other.id, jobs.get(other.id).version,
                          replace(jobs.get(other.id).as_input(), deadline=TODAY + timedelta(days=10)))
    jobs.change_status(updated.id, "open", "Ny frist")
    assert jobs.get(other.id).status == "open"
    assert [j.title for j in jobs.for_company(a.id)] == ["Opvasker", "Kok"]  # open first


def _candidate(services, label: str, consent: bool) -> str:  # noqa: ANN001
    with services.ctx.uow() as uow:
        cid = new_id()
        uow.session.add(Candidate(id=cid, name=f"Borger {label}", sort_key=label, label=label,
                                  search_rowid=search_rowid_for(cid)))
        if consent:
            uow.session.add(Consent(candidate_id=cid, purpose="share_profile",
                                    given_at=datetime.now(UTC)))
        uow.commit()
    return cid


def test_mediation_log_records_proposals_with_consent_and_fills_on_hire(services) -> None:  # noqa: ANN001
    a = company(services)
    jobs = services.job_orders
    made = jobs.create(a.id, JobOrderInput("Lagermedarbejder", positions=1,
                                           deadline=TODAY + timedelta(days=20)))
    without = _candidate(services, "K-1001", consent=False)
    with_consent = _candidate(services, "K-1002", consent=True)
    with pytest.raises(ValidationError) as err:
        jobs.record_mediation(made.id, "candidate_proposed", candidate_id=without)
    assert "K-1001" in err.value.da and "samtykke" in err.value.da
    jobs.record_mediation(made.id, "candidate_proposed", candidate_id=with_consent,
                          reason="Har truckcertifikat")
    assert jobs.get(made.id).status == "in_progress"
    jobs.record_mediation(made.id, "interview", candidate_id=with_consent, reason="Samtale 3/12")
    after = jobs.record_mediation(made.id, "hired", candidate_id=with_consent, reason="Ansat")
    assert after.status == "filled" and after.hired == 1
    kinds = [(e.kind, e.candidate_label, e.new_status) for e in reversed(after.events)]
    assert kinds == [("status_change", "", "open"), ("candidate_proposed", "K-1002", None),
                     ("status_change", "", "in_progress"), ("interview", "K-1002", None),
                     ("hired", "K-1002", None), ("status_change", "", "filled")]
    with pytest.raises(ValidationError):
        jobs.record_mediation(made.id, "candidate_proposed", candidate_id=with_consent)
    with services.ctx.uow() as uow:
        logged = uow.session.scalars(select(AccessLog.person_id).where(
            AccessLog.entity == "mediation_event")).all()
    assert {str(p) for p in logged} == {str(with_consent)}


def test_company_placements_show_consent_and_log_the_view(services) -> None:  # noqa: ANN001
    a = company(services)
    named = _candidate(services, "K-2001", consent=True)
    anonymous = _candidate(services, "K-2002", consent=False)
    with services.ctx.uow() as uow:
        for cid, start in ((named, TODAY - timedelta(days=10)), (anonymous, TODAY)):
            uow.session.add(Placement(candidate_id=cid, company_id=a.id, scheme_code="VP",
                                      start=start, status="active"))
        uow.commit()
    rows = services.companies.placements(a.id)
    assert [(r.candidate_label, r.has_share_consent) for r in rows] == [
        ("K-2002", False), ("K-2001", True)]
    with services.ctx.uow() as uow:
        viewed = uow.session.scalars(select(AccessLog.person_id).where(AccessLog.action == "view")).all()
    assert {key(p) for p in viewed} == {key(named), key(anonymous)}


def test_search_index_upgrade_covers_rows_written_in_bulk(services) -> None:  # noqa: ANN001
    from jobcenter_desktop.services.demo import DemoSize, seed_demo

    seed_demo(services.ctx, DemoSize(companies=15, candidates=0, seed=4))
    contacts = ContactService(services.ctx)
    first = services.companies.list_ids(ListQuery(limit=1))[0]
    person = contacts.list_contacts(first)[0].name
    # The demo indexes P-numbers and contacts as it seeds: findable at once, nothing to redo.
    assert first in services.companies.list_ids(ListQuery(search=person))
    assert services.companies.ensure_search_index() == 0
    # The GUI upgrades a big store in small batches between the user's own queries.
    with services.ctx.uow() as uow:
        uow.session.execute(update(Company).values(search_text=""))
        uow.session.query(AppSetting).delete()
        uow.commit()
    assert not services.companies.search_index_current()
    after, batches = None, 0
    while True:
        after = services.companies.reindex_batch(after, limit=4)
        batches += 1
        if after is None:
            break
    assert batches == 4 and services.companies.search_index_current()
    assert first in services.companies.list_ids(ListQuery(search=person))
