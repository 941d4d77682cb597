"""Danish display names for the codes the company CRM stores (translatable)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("CompanyLabels", text)


def channel(code: str) -> str:
    return {"visit": _t("Besøg"), "phone": _t("Telefon"), "email": _t("E-mail"),
            "meeting": _t("Møde"), "jobnet": _t("Jobnet")}.get(code, code)


def channels() -> list[tuple[str, str]]:
    return [(channel(c), c) for c in ("visit", "phone", "email", "meeting", "jobnet")]


def company_status(code: str) -> str:
    return {"active": _t("Aktiv"), "prospect": _t("Emne"), "dormant": _t("Hvilende"),
            "closed": _t("Lukket")}.get(code, code)


def job_status(code: str | None) -> str:
    return {"open": _t("Åben"), "in_progress": _t("I gang"), "paused": _t("Sat på pause"),
            "filled": _t("Besat"), "expired": _t("Udløbet")}.get(code or "", code or "")


def job_status_verb(code: str) -> str:
    """Menu text for moving a job order to ``code``."""
    return {"open": _t("Genåbn"), "in_progress": _t("Sæt i gang"), "paused": _t("Sæt på pause"),
            "filled": _t("Markér som besat"), "expired": _t("Markér som udløbet")}.get(code, code)


def mediation_kind(code: str) -> str:
    return {"status_change": _t("Statusændring"), "candidate_proposed": _t("Kandidat foreslået"),
            "candidate_rejected": _t("Kandidat afvist"), "interview": _t("Samtale"),
            "hired": _t("Ansat"), "note": _t("Note")}.get(code, code)


def placement_status(code: str) -> str:
    return {"planned": _t("Planlagt"), "active": _t("Aktiv"), "completed": _t("Afsluttet"),
            "stopped_early": _t("Stoppet før tid"), "cancelled": _t("Aflyst")}.get(code, code)


def placement_outcome(code: str) -> str:
    return {"ordinary_job_same_company": _t("Ordinært job her"),
            "ordinary_job_elsewhere": _t("Ordinært job andetsteds"),
            "education": _t("Uddannelse"), "new_placement": _t("Nyt forløb"),
            "back_to_benefit": _t("Tilbage på ydelse"), "unknown": _t("Ukendt")}.get(code, code)


def agreement_type(code: str) -> str:
    return {"samarbejdsaftale": _t("Samarbejdsaftale"),
            "partnerskabsaftale": _t("Partnerskabsaftale"),
            "jobserviceaftale": _t("Jobserviceaftale")}.get(code, code)


def requirement_kind(code: str) -> str:
    return {"skill": _t("Kompetence"), "certificate": _t("Certifikat"), "licence": _t("Kørekort"),
            "language": _t("Sprog")}.get(code, code)


def preferred_channel(code: str) -> str:
    return {"": _t("(ingen)"), "phone": _t("Telefon"), "email": _t("E-mail"), "visit": _t("Besøg"),
            "meeting": _t("Møde")}.get(code, code)


def sector(code: str) -> str:
    return {"private": _t("Privat"), "public": _t("Offentlig")}.get(code, code)


def duplicate_reason(code: str, score: int = 100) -> str:
    return {"cvr": _t("Samme CVR-nummer"), "name": _t("Samme navn (andet postnummer)"),
            "name_postcode": _t("Samme navn og postnummer"),
            "similar": _t("Lignende navn i samme postnummer ({score} %)").format(score=score),
            }.get(code, code)
