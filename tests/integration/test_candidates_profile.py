"""The citizen profile on both backends: edit with history and conflicts, dated target
groups, data minimisation, and every list filter a consultant uses."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from jobcenter_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from jobcenter_desktop.persistence.orm import AccessLog, TargetGroupPeriod
from jobcenter_desktop.services.candidates import CandidateInput, ExperienceInput
from jobcenter_desktop.services.lists import ListQuery

TODAY = date.today()


def _input(**kw) -> CandidateInput:  # noqa: ANN003
    data = dict(name="Søren Ærø", cpr="0101901234", phone="20304050", email="soren@mail.dk",
                postcode="7000", readiness="jobparat", target_group_code="DP",
                desired_occupations=("7212", "9333"), skills=("TIG-svejsning", "Lagerstyring"),
                certificates=("Truckcertifikat B",), driving_licences=("B", "CE"),
                languages=(("dansk", "modersmål"), ("polsk", "godt")), max_commute_km=30,
                hours_wanted=37.0, available_from=TODAY,
                experiences=(ExperienceInput("Smedjen A/S", "7212", 4, "Svejsning af rør"),))
    data.update(kw)
    return CandidateInput(**data)


def test_full_profile_round_trips(services) -> None:  # noqa: ANN001
    created = services.candidates.create(_input(max_commute_minutes=45,
                                                education="Smed, EUD\nFolkeskole",
                                                work_restrictions="Ingen tunge løft"))
    d = services.candidates.get(created.id)
    assert (d.name, d.postcode, d.town, d.kommune_code) == ("Søren Ærø", "7000", "Fredericia", "607")
    assert d.phone == "+45 20 30 40 50" and d.cpr_masked == "010190-XXXX" and d.birth_year == 1990
    assert d.desired_occupations == ("7212", "9333")
    assert d.skills == ("Lagerstyring", "TIG-svejsning") and d.certificates == ("Truckcertifikat B",)
    assert d.driving_licences == ("B", "CE")
    assert d.languages == (("dansk", "modersmål"), ("polsk", "godt"))
    assert d.experiences == (ExperienceInput("Smedjen A/S", "7212", 4.0, "Svejsning af rør"),)
    assert (d.max_commute_km, d.max_commute_minutes, d.hours_wanted) == (30, 45, 37.0)
    assert d.target_group_code == "DP" and d.label.startswith("K-")


def test_edit_keeps_cpr_unless_typed_and_logs_the_update(services) -> None:  # noqa: ANN001
    c = services.candidates.create(_input())
    edited = services.candidates.update(c.id, c, replace(c.as_input(), phone="20304060",
                                                         skills=("Rengøring",)))
    assert edited.phone == "+45 20 30 40 60" and edited.skills == ("Rengøring",)
    assert edited.cpr_masked == "010190-XXXX" and edited.version == c.version + 1
    removed = services.candidates.update(c.id, edited, replace(edited.as_input(), cpr=""))
    assert not removed.has_cpr and removed.birth_year is None
    with services.ctx.uow() as uow:
        actions = uow.session.scalars(select(AccessLog.action).where(
            AccessLog.person_id == c.id, AccessLog.entity == "candidate")).all()
    assert actions.count("update") == 2 and "create" in actions


def test_a_stale_edit_is_a_conflict_listing_the_other_users_change(services) -> None:  # noqa: ANN001
    c = services.candidates.create(_input())
    services.candidates.update(c.id, c, replace(c.as_input(), email="ny@mail.dk"))
    with pytest.raises(ConflictError) as err:
        services.candidates.update(c.id, c, replace(c.as_input(), phone="20304099"))
    assert err.value.changes["email"] == ("soren@mail.dk", "ny@mail.dk")


def test_target_group_change_keeps_history_readable(services) -> None:  # noqa: ANN001
    start = TODAY - timedelta(days=40)
    c = services.candidates.create(_input(target_group_from=start))
    changed = services.candidates.update(c.id, c, replace(c.as_input(), target_group_code="SDP",
                                                          target_group_from=TODAY))
    assert changed.target_group_code == "SDP"
    assert [(p.code, p.valid_from, p.valid_to) for p in changed.target_group_history] == [
        ("DP", start, TODAY - timedelta(days=1)), ("SDP", TODAY, None)]
    with services.ctx.uow() as uow:
        assert uow.session.scalar(select(TargetGroupPeriod.target_group_code).where(
            TargetGroupPeriod.candidate_id == c.id, TargetGroupPeriod.valid_to.is_not(None))) == "DP"
    # Clearing the group from tomorrow ends the period today; nothing is deleted.
    cleared = services.candidates.update(c.id, changed, replace(
        changed.as_input(), target_group_code="", target_group_from=TODAY + timedelta(days=1)))
    assert cleared.target_group_code == "SDP"  # still in force today
    assert cleared.target_group_history[-1] == type(cleared.target_group_history[-1])(
        "SDP", TODAY, TODAY)


def test_groups_are_offered_by_date(services) -> None:  # noqa: ANN001
    # The 2027 proposals cannot be chosen before they start, nor a closed group for a new case.
    with pytest.raises(ValidationError) as err:
        services.candidates.create(_input(target_group_code="JOBSOEG", target_group_from=TODAY))
    assert err.value.field == "target_group_code"
    later = services.candidates.create(_input(cpr="", target_group_code="JOBSOEG",
                                              target_group_from=date(2027, 1, 1)))
    assert later.target_group_history[0].code == "JOBSOEG"
    with pytest.raises(ValidationError):
        services.candidates.create(_input(cpr="", target_group_code="RF",
                                          target_group_from=date(2026, 6, 1)))


@pytest.mark.parametrize(("field", "value"), [
    ("work_restrictions", "Har diagnosen depression"),
    ("work_restrictions", "Epilepsi – må ikke køre"),
    ("cpr", "3102901234"),
    ("postcode", "0000"),
    ("driving_licences", ("B", "Q")),
    ("languages", (("dansk", "perfekt"),)),
    ("max_commute_km", 900),
    ("desired_occupations", ("9999",)),
    ("name", "   "),
])
def test_bad_input_is_a_field_message(services, field: str, value) -> None:  # noqa: ANN001
    with pytest.raises(ValidationError) as err:
        services.candidates.create(_input(**{field: value}))
    assert err.value.field == field
    assert err.value.da and "Traceback" not in err.value.da


def test_neutral_restrictions_are_accepted(services) -> None:  # noqa: ANN001
    c = services.candidates.create(_input(work_restrictions="Ingen tunge løft over 15 kg\n"
                                                            "Ikke natarbejde"))
    assert c.work_restrictions.startswith("Ingen tunge løft")


def test_same_cpr_twice_is_refused(services) -> None:  # noqa: ANN001
    services.candidates.create(_input())
    with pytest.raises(ValidationError) as err:
        services.candidates.create(_input(name="Anden"))
    assert err.value.field == "cpr"


def test_every_list_filter(services) -> None:  # noqa: ANN001
    cs = services.candidates
    welder = cs.create(_input())
    cook = cs.create(_input(name="Åse Kok", cpr="", phone="30405060", email="", postcode="7100",
                            readiness="aktivitetsparat", target_group_code="KH_AP",
                            desired_occupations=("5120",), skills=("Madlavning",),
                            certificates=("Hygiejnebevis",), driving_licences=("B",),
                            languages=(("dansk", "godt"),), experiences=(),
                            available_from=TODAY + timedelta(days=30)))
    ids = lambda **f: {cs.rows(cs.list_ids(ListQuery(filters=f)))[i].id  # noqa: E731
                       for i in range(len(cs.list_ids(ListQuery(filters=f))))}
    assert ids(target_group="DP") == {welder.id}
    assert ids(target_group="KH_AP") == {cook.id}
    assert ids(readiness="aktivitetsparat") == {cook.id}
    assert ids(occupation="7") == {welder.id}          # DISCO branch: crafts
    assert ids(occupation="51") == {cook.id}
    assert ids(occupation="7212") == {welder.id}
    assert ids(skill="tig-svejsning") == {welder.id}    # folded, any case
    assert ids(skill="hygiejnebevis") == {cook.id}      # certificates too
    assert ids(licence="ce") == {welder.id}
    assert ids(licence="B") == {welder.id, cook.id}
    assert ids(language="Polsk") == {welder.id}
    assert ids(kommune_code="607") == {welder.id}       # Fredericia
    assert ids(available_by=TODAY) == {welder.id}
    assert ids(consultant_id=services.ctx.actor.user_id) == set()
    assert ids(skill="tig-svejsning", licence="B", kommune_code="607") == {welder.id}
    assert ids(skill="madlavning", licence="CE") == set()


def test_search_as_you_type_over_name_phone_email_occupation_postcode(services) -> None:  # noqa: ANN001
    cs = services.candidates
    c = cs.create(_input())
    cs.create(_input(name="Anna Berg", cpr="", phone="30405060", email="anna@x.dk",
                     postcode="8000", desired_occupations=("5120",)))
    for typed in ("sør", "soren ae", "20304050", "soren@mail", "7212", "welders", "7000",
                  "fredericia"):
        assert [r.id for r in cs.rows(cs.list_ids(ListQuery(search=typed)))] == [c.id], typed
    assert cs.list_ids(ListQuery(search="010190")) == []  # CPR only as the full number


def test_resolve_by_label_or_id(services) -> None:  # noqa: ANN001
    c = services.candidates.create(_input())
    assert services.candidates.resolve(c.label) == services.candidates.resolve(c.id)
    with pytest.raises(NotFoundError):
        services.candidates.resolve("K-0")


def test_tag_suggestions_come_from_the_store_and_common_certificates(services) -> None:  # noqa: ANN001
    services.candidates.create(_input(skills=("Kassearbejde",)))
    tags = services.candidates.tag_suggestions()
    assert "Kassearbejde" in tags and "Hygiejnebevis" in tags and "Truckcertifikat B" in tags
