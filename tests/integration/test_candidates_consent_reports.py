"""Consent and the citizen's PDFs on both backends: without consent no name reaches an
employer, withdrawal is immediate and recorded, every print is logged."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from jobcenter_desktop.domain.errors import PermissionDeniedError, ValidationError
from jobcenter_desktop.persistence.orm import AccessLog, Consent
from jobcenter_desktop.services.candidate_reports import CandidateReportService
from jobcenter_desktop.services.candidates import CandidateInput, ExperienceInput
from jobcenter_desktop.services.consents import ConsentInput, ConsentService

TODAY = date.today()
NAME = "Åse Ødegård Bækgaard"


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def citizen(services):  # noqa: ANN001, ANN201
    return services.candidates.create(CandidateInput(
        name=NAME, cpr="0101901234", phone="22334455", email="aase@eksempel.dk",
        address="Strandvejen 4", postcode="7000", readiness="jobparat", target_group_code="KH_JP",
        desired_occupations=("9333",), skills=("Varemodtagelse",),
        certificates=("Truckcertifikat B",), driving_licences=("B", "C"),
        languages=(("dansk", "modersmål"),), available_from=TODAY, hours_wanted=30,
        education="Erhvervsuddannelse, lager og terminal",
        experiences=(ExperienceInput("Lager ApS", "9333", 4, "Plukning"),),
        work_restrictions="Ingen tunge løft over 15 kg"))


def _give(services, cid: str, purpose: str):  # noqa: ANN001, ANN202
    return ConsentService(services.ctx).give(
        cid, ConsentInput(purpose, TODAY, "samtale", TODAY + timedelta(days=180)))


def _log(services, action: str, person: str) -> list[AccessLog]:  # noqa: ANN001
    with services.ctx.uow() as uow:
        return list(uow.session.scalars(select(AccessLog).where(
            AccessLog.action == action, AccessLog.person_id == person).order_by(AccessLog.at)))


def test_withdrawn_consent_leaves_a_minimal_profile_without_name(services, citizen) -> None:  # noqa: ANN001
    reports = CandidateReportService(services.ctx)
    consent = _give(services, citizen.id, "share_profile")
    shared = pdf_text(reports.anonymised_profile(citizen.id).data)
    assert f"Kandidat {citizen.label}" in shared
    assert "30–39 år" in shared or "20–29 år" in shared or "40–49 år" in shared
    assert "Fredericia Kommune" in shared and "Erhvervsuddannelse" in shared
    assert "Freight handlers · 4 år" in shared
    ConsentService(services.ctx).withdraw(consent.id)
    text = pdf_text(reports.anonymised_profile(citizen.id).data)
    for secret in ("Åse", "Ødegård", "Bækgaard", "010190", "22 33 44 55", "aase@", "Strandvejen",
                   "Fredericia", "KH_JP", "kontanthjælp", "Jobparat", "tunge løft", "Lager ApS"):
        assert secret not in text, secret
    assert "Region Syddanmark" in text and "Truckcertifikat B" in text and "Freight handlers" in text
    assert "Erhvervsuddannelse" not in text  # education needs the consent
    with services.ctx.uow() as uow:
        stored = uow.session.get(Consent, consent.id)
        assert stored.withdrawn_at is not None and stored.withdrawn_by_id == services.ctx.actor.user_id
    details = [r.detail for r in _log(services, "update", citizen.id) if r.entity == "consent"]
    assert details == ["samtykke trukket tilbage: share_profile"]
    assert len(_log(services, "print", citizen.id)) == 2


def test_client_summary_for_employers_needs_consent_and_drops_case_data(services, citizen) -> None:  # noqa: ANN001
    reports = CandidateReportService(services.ctx)
    internal = pdf_text(reports.client_summary(citizen.id).data)
    assert NAME in internal and "010190-XXXX" in internal and "0101901234" not in internal
    assert "KH_JP" in internal and "Ingen tunge løft" in internal
    with pytest.raises(PermissionDeniedError) as err:
        reports.client_summary(citizen.id, audience="employer")
    assert "anonymiserede profil" in err.value.da
    _give(services, citizen.id, "share_profile")  # sharing without name is not enough
    with pytest.raises(PermissionDeniedError):
        reports.client_summary(citizen.id, audience="employer")
    consent = _give(services, citizen.id, "print_cv")
    employer = pdf_text(reports.client_summary(citizen.id, audience="employer").data)
    assert NAME in employer
    for secret in ("010190", "KH_JP", "Jobparat", "tunge løft", "Målgruppe", "Parathed"):
        assert secret not in employer, secret
    ConsentService(services.ctx).withdraw(consent.id)
    with pytest.raises(PermissionDeniedError):  # withdrawal works at once
        reports.client_summary(citizen.id, audience="employer")
    details = [r.detail for r in _log(services, "print", citizen.id)]
    assert details == ["borgerresumé (internt)", "borgerresumé (arbejdsgiver)"]


def test_batch_of_anonymised_profiles_logs_each_person(services, citizen) -> None:  # noqa: ANN001
    other = services.candidates.create(CandidateInput(name="Bo Berg", postcode="7100",
                                                      skills=("Kundeservice",)))
    pdf = CandidateReportService(services.ctx).anonymised_profiles([citizen.id, other.id])
    text = pdf_text(pdf.data)
    assert citizen.label in text and other.label in text and "Bo Berg" not in text
    assert len(PdfReader(io.BytesIO(pdf.data)).pages) == 2
    assert len(_log(services, "print", other.id)) == 1
    assert NAME not in pdf.file_name and citizen.label not in pdf.file_name


def test_consent_input_is_checked(services, citizen) -> None:  # noqa: ANN001
    consents = ConsentService(services.ctx)
    with pytest.raises(ValidationError) as err:
        consents.give(citizen.id, ConsentInput("share_profile", TODAY + timedelta(days=1), "samtale"))
    assert err.value.field == "given_on"
    with pytest.raises(ValidationError) as err:
        consents.give(citizen.id, ConsentInput("share_profile", TODAY, "", None))
    assert err.value.field == "channel"
    with pytest.raises(ValidationError) as err:
        consents.give(citizen.id, ConsentInput("share_profile", TODAY, "samtale",
                                               TODAY - timedelta(days=1)))
    assert err.value.field == "expires_at"
    with pytest.raises(ValidationError) as err:
        consents.give(citizen.id, ConsentInput("sell_data", TODAY, "samtale"))
    assert err.value.field == "purpose"


def test_expired_consent_is_not_active(services, citizen) -> None:  # noqa: ANN001
    consents = ConsentService(services.ctx)
    given = consents.give(citizen.id, ConsentInput("print_cv", TODAY - timedelta(days=400),
                                                   "brev", TODAY))
    assert given.active and consents.status(citizen.id).allows("print_cv")
    assert not consents.status(citizen.id, TODAY + timedelta(days=1)).allows("print_cv")
    assert services.candidates.get(citizen.id).consents[0].status == "active"
