"""Citizens' data on both backends: CPR encrypted and masked, reveals and searches logged."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from jobcenter_desktop.domain.errors import ValidationError
from jobcenter_desktop.persistence.orm import AccessLog, Candidate
from jobcenter_desktop.services.candidates import CandidateInput
from jobcenter_desktop.services.lists import ListQuery

# Made-up CPR numbers: the second fails modulus 11, as valid numbers may since 2007.
CPR_MOD11 = "0101901234"
CPR_NO_MOD11 = "0101011238"


def _create(services, **kw):  # noqa: ANN001, ANN202
    data = dict(name="Søren Ærø", cpr=CPR_MOD11, phone="20304050", postcode="7100",
                readiness="jobparat", target_group_code="DP", desired_occupations=("7212",),
                skills=("TIG-svejsning",), certificates=("truckcertifikat",),
                driving_licences=("B", "C"), languages=(("dansk", "modersmål"),))
    data.update(kw)
    return services.candidates.create(CandidateInput(**data))


def _log(services, action: str) -> list[AccessLog]:  # noqa: ANN001
    with services.ctx.uow() as uow:
        return list(uow.session.scalars(select(AccessLog).where(AccessLog.action == action)))


def test_cpr_is_encrypted_masked_and_revealed_only_with_a_log_row(services) -> None:  # noqa: ANN001
    created = _create(services)
    assert created.cpr_masked == "010190-XXXX"
    with services.ctx.uow() as uow:
        stored = uow.session.get(Candidate, created.id)
        assert CPR_MOD11 not in (stored.cpr_encrypted or "")
        assert stored.birth_year == 1990
    assert _log(services, "reveal_cpr") == []
    assert services.candidates.reveal_cpr(created.id) == "010190-1234"
    reveals = _log(services, "reveal_cpr")
    assert len(reveals) == 1 and reveals[0].person_id == created.id


def test_cpr_without_modulus_11_is_accepted_but_impossible_dates_are_not(services) -> None:  # noqa: ANN001
    assert _create(services, cpr=CPR_NO_MOD11).has_cpr
    with pytest.raises(ValidationError) as err:
        _create(services, name="B", cpr="3102901234")  # 31 February
    assert err.value.field == "cpr"


def test_cpr_search_is_exact_and_logged_masked(services) -> None:  # noqa: ANN001
    created = _create(services)
    _create(services, name="Anden Person", cpr=CPR_NO_MOD11)
    ids = services.candidates.list_ids(ListQuery(search="010190-1234"))
    assert [services.candidates.rows(ids)[0].id] == [created.id]
    assert services.candidates.list_ids(ListQuery(search="0101901")) == []  # no partial CPR
    criteria = [r.search_criterion for r in _log(services, "search")]
    assert "CPR 010190-XXXX" in criteria
    assert not any(CPR_MOD11 in (c or "") for c in criteria)


def test_profile_view_is_logged_and_list_rows_never_carry_cpr(services) -> None:  # noqa: ANN001
    created = _create(services)
    services.candidates.get(created.id)
    views = _log(services, "view")
    assert [v.person_id for v in views] == [created.id]
    row = services.candidates.rows([created.id])[0]
    assert not any(CPR_MOD11[:6] in str(v) for v in row.__dict__.values())
    assert row.target_group == "DP" and row.desired_occupation == "7212"


def test_filters_by_skill_licence_and_occupation_branch(services) -> None:  # noqa: ANN001
    welder = _create(services)
    _create(services, name="Kok Person", cpr="", desired_occupations=("5120",), skills=("madlavning",),
            driving_licences=("B",))
    ids = lambda **f: services.candidates.list_ids(ListQuery(filters=f))  # noqa: E731
    assert [services.candidates.rows(ids(skill="tig-svejsning"))[0].id] == [welder.id]
    assert len(ids(licence="C")) == 1
    assert len(ids(occupation="7")) == 1  # the DISCO branch 7 (crafts)
    assert len(ids(licence="B")) == 2


def test_unknown_target_group_and_bad_postcode_are_field_errors(services) -> None:  # noqa: ANN001
    with pytest.raises(ValidationError) as err:
        _create(services, target_group_code="NOPE")
    assert err.value.field == "target_group_code"
    with pytest.raises(ValidationError) as err:
        _create(services, postcode="0000")
    assert err.value.field == "postcode"
