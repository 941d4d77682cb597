"""The visit handout and the companies' command line, as a consultant or a script uses them."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from jobcenter_desktop.cli import main
from jobcenter_desktop.persistence.orm import (
    AccessLog,
    Candidate,
    Consent,
    Placement,
    new_id,
    search_rowid_for,
)
from jobcenter_desktop.services.agreements import AgreementInput, AgreementService
from jobcenter_desktop.services.companies import CompanyInput
from jobcenter_desktop.services.contacts import ContactInput, ContactService, LogInput
from jobcenter_desktop.services.joborders import JobOrderInput
from jobcenter_desktop.services.lists import key
from jobcenter_desktop.services.visit_handout import VisitHandoutService

TODAY = datetime.now(UTC).date()


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def seeded_company(services) -> tuple[str, str, str]:  # noqa: ANN001
    """A company with contacts, log, an open job order, an agreement and two placements:
    one citizen with consent to share the profile, one without."""
    made = services.companies.create(CompanyInput(
        cvr="13585628", name="Ærø Tømrer & Søn ApS", postcode="5970", address="Havnevej 3",
        industry_code="43.32", employee_band="10-19", p_numbers=("1012345678",)))
    contacts = ContactService(services.ctx)
    person = contacts.add_contact(made.id, ContactInput(
        name="Birthe Kjærsgaard", role="Tillidsrepræsentant", phone="20304050",
        is_employee_rep=True))
    contacts.log_contact(made.id, LogInput(
        channel="jobnet", summary="Jobordre oprettet på Jobnet", contact_person_id=person.id,
        at=datetime(2026, 3, 2, 10, 0, tzinfo=UTC), outcome="Positiv"))
    services.job_orders.create(made.id, JobOrderInput(
        "Tømrerlærling", disco_code="7115", positions=2, hours_per_week=37,
        deadline=TODAY + timedelta(days=30), schemes_allowed=("ORD", "LT_PRIV")))
    AgreementService(services.ctx).create(made.id, AgreementInput(
        "samarbejdsaftale", date(2026, 1, 1), None, content="Praktikpladser",
        internship_places_per_year=4))
    ids = []
    with services.ctx.uow() as uow:
        for label, name, consent in (("K-4821", "Søren Ærenlund", True),
                                     ("K-4822", "Åse Mølgaard", False)):
            cid = new_id()
            ids.append(cid)
            uow.session.add(Candidate(id=cid, name=name, sort_key=name, label=label,
                                      search_rowid=search_rowid_for(cid)))
            if consent:
                uow.session.add(Consent(candidate_id=cid, purpose="share_profile",
                                        given_at=datetime.now(UTC)))
            uow.session.add(Placement(candidate_id=cid, company_id=made.id, scheme_code="VP",
                                      start=date(2026, 2, 2), planned_end=date(2026, 3, 1),
                                      status="active"))
        uow.commit()
    return made.id, ids[0], ids[1]


def test_visit_handout_prints_what_the_visit_needs_and_protects_citizens(services) -> None:  # noqa: ANN001
    company_id, named, anonymous = seeded_company(services)
    result = VisitHandoutService(services.ctx).render(
        company_id, visit_date=date(2026, 12, 3), purpose="Praktikpladser i 2027")
    text = pdf_text(result.pdf)
    for expected in ("Testkommune", "Ærø Tømrer & Søn ApS", "Besøg 03-12-2026",
                     "Praktikpladser i 2027", "13585628", "1012345678", "Birthe Kjærsgaard",
                     "02-03-2026", "Jobnet", "Tømrerlærling", "Samarbejdsaftale",
                     "4 praktikpladser om året", "Virksomhedspraktik", "Side 1 af 1",
                     "43.32 Tømrer"):
        assert expected in text, expected
    assert "Søren Ærenlund" in text  # consent to share the profile: shown by name
    assert "K-4822" in text and "Åse Mølgaard" not in text  # no consent: the label only
    assert "matcher" not in text  # matching section omitted until matching supplies it
    with services.ctx.uow() as uow:
        printed = uow.session.scalars(select(AccessLog).where(AccessLog.action == "print")).all()
    assert {key(r.person_id) for r in printed if r.person_id} == {key(named), key(anonymous)}
    assert any(r.entity == "company" and key(r.entity_id) == key(company_id) for r in printed)


def test_visit_handout_is_english_on_request(services) -> None:  # noqa: ANN001
    company_id, *_ = seeded_company(services)
    text = pdf_text(VisitHandoutService(services.ctx).render(company_id, language="en").pdf)
    assert "Company details" in text and "Page 1 of 1" in text and "10-19 employees" in text


@pytest.fixture
def store(tmp_path, sqlite_services):  # noqa: ANN001, ANN201
    company_id, *_ = seeded_company(sqlite_services)
    return str(sqlite_services.engine.url.database), company_id


def run(capsys, *args: str) -> tuple[int, str, str]:  # noqa: ANN001
    code = main(["--user", "tester", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_print_export_and_import(store, tmp_path, capsys) -> None:  # noqa: ANN001
    db, company_id = store
    pdf = tmp_path / "besøg.pdf"
    code, _, err = run(capsys, "--db", db, "print", "visit-handout", "--company", "1358 5628",
                       "--visit-date", "03-12-2026", str(pdf))
    assert code == 0 and "Ærø Tømrer & Søn ApS" in err
    assert "Besøg 03-12-2026" in pdf_text(pdf.read_bytes())
    code, _, _ = run(capsys, "--db", db, "print", "visit-handout", "--company", company_id,
                     str(pdf))
    assert code == 0

    xlsx = tmp_path / "virksomheder.xlsx"
    code, _, err = run(capsys, "--db", db, "export", "companies", "--format", "xlsx", str(xlsx))
    assert code == 0 and err.startswith("1 virksomheder") and xlsx.exists()

    ics = tmp_path / "mine.ics"
    code, _, err = run(capsys, "--db", db, "export", "follow-ups", str(ics))
    assert code == 0 and "BEGIN:VCALENDAR" in ics.read_text()

    data = tmp_path / "nye.csv"
    data.write_text("CVR;Navn;Postnr\n25313763;Bager Hansen;5970\n12345678;Forkert;5970\n",
                    encoding="cp1252")
    report_file = tmp_path / "rapport.json"
    code, out, err = run(capsys, "--db", db, "import", "companies", str(data), "--dry-run",
                         "--report", str(report_file))
    expected = {"rows": 2, "imported": 1, "updated": 0, "rejected": [
        {"row": 3, "field": "cvr",
         "reason": "CVR-nummer 12345678 findes ikke (modulus 11-kontrollen fejler)."}],
        "duplicate_groups": []}
    assert code == 0 and json.loads(out) == expected
    assert json.loads(report_file.read_text(encoding="utf-8")) == expected
    assert "Prøvekørsel" in err and "Intet er gemt" in err
    code, out, err = run(capsys, "--db", db, "import", "companies", str(data), "--mapping",
                         "Navn=name")
    assert code == 0 and json.loads(out)["imported"] == 1 and "1 oprettet" in err

    jobs = tmp_path / "jobs.csv"
    jobs.write_text("CVR;Stilling;Frist\n25313763;Bager;" +
                    (TODAY + timedelta(days=9)).strftime("%d-%m-%Y") + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "--db", db, "import", "job-orders", str(jobs))
    assert code == 0 and json.loads(out)["imported"] == 1


def test_cli_bad_input_is_one_line(store, tmp_path, capsys) -> None:  # noqa: ANN001
    db, _ = store
    for args, text in (
        (("print", "visit-handout", "--company", "99999999", str(tmp_path / "x.pdf")),
         "Ingen virksomhed"),
        (("print", "visit-handout", "--company", "13585628", "--visit-date", "31-02-2026",
          str(tmp_path / "x.pdf")), "ikke en gyldig dato"),
        (("import", "companies", str(tmp_path / "mangler.csv")), "findes ikke"),
        (("import", "companies", str(tmp_path / "mangler.csv"), "--mapping", "Navn"), "KOLONNE=FELT"),
        (("export", "follow-ups", "--days", "-1", str(tmp_path / "x.ics")), "--days"),
        (("export", "companies", str(tmp_path / "x.pdf")), "xlsx eller csv"),
    ):
        code, _, err = run(capsys, "--db", db, *args)
        assert code == 1 and text in err and "Traceback" not in err, args
        assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()
