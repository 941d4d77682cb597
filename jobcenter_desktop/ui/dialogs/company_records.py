"""Forms for what hangs on a company: contact persons, logged contacts, follow-ups,
cooperation agreements, job-order status changes and mediation steps."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from ...domain.dates import COPENHAGEN, format_date
from ...domain.errors import ValidationError
from ...services.agreements import TYPES as AGREEMENT_TYPES
from ...services.agreements import AgreementDTO, AgreementInput
from ...services.companies import Consultant
from ...services.contacts import (
    PREFERRED_CHANNELS,
    ContactDTO,
    ContactInput,
    FollowUpDTO,
    FollowUpInput,
    LogInput,
)
from ...services.joborders import JobOrderRow
from ..widgets import company_labels as labels
from ..worker import DbWorker
from .forms import DateField, FormDialog, combo


def _today():  # noqa: ANN202
    return datetime.now(COPENHAGEN).date()


def _text_edit(text: str = "", height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setFixedHeight(height)
    edit.setTabChangesFocus(True)
    return edit


def _consultant_items(consultants: Sequence[Consultant]) -> list[tuple[str, str]]:
    return [(f"{c.name} ({c.initials})" if c.initials else c.name, c.id) for c in consultants]


class ContactDialog(FormDialog):
    """Kontaktperson: name, role, phone, e-mail, preferred channel, union representative."""

    def __init__(self, *, worker: DbWorker, save: Callable[[ContactInput], object],
                 contact: ContactDTO | None = None, parent: QWidget | None = None) -> None:
        self._contact = contact
        title = self.tr("Redigér kontaktperson") if contact else self.tr("Ny kontaktperson")
        super().__init__(worker=worker, save=save, title=title, changes={"contacts", "companies"},
                         parent=parent)

    def build(self) -> None:
        c = self._contact
        self.line("name", self.tr("Navn"), c.name if c else "", 200)
        self.line("role", self.tr("Stilling/rolle"), c.role if c else "", 100)
        self.line("phone", self.tr("Telefon"), c.phone if c else "", 40)
        self.line("email", self.tr("E-mail"), c.email if c else "", 254)
        self.add("preferred_channel", self.tr("Foretrukken kanal"),
                 combo([(labels.preferred_channel(k), k) for k in PREFERRED_CHANNELS],
                       c.preferred_channel if c else ""))
        rep = QCheckBox(self.tr("Tillidsrepræsentant (TR)"))
        rep.setChecked(bool(c and c.is_employee_rep))
        self.add("is_employee_rep", "", rep)
        active = QCheckBox(self.tr("Aktiv kontakt"))
        active.setChecked(c.active if c else True)
        self.add("active", "", active)

    def collect(self) -> ContactInput:
        f = self.fields
        return ContactInput(
            name=f["name"].text(), role=f["role"].text(), phone=f["phone"].text(),
            email=f["email"].text(), preferred_channel=f["preferred_channel"].currentData(),
            is_employee_rep=f["is_employee_rep"].isChecked(), active=f["active"].isChecked(),
        )


class LogContactDialog(FormDialog):
    """Log a contact (dato, kanal, kontaktperson, resumé, resultat, jobordre) and, optionally,
    the follow-up it leads to."""

    def __init__(self, *, worker: DbWorker, save: Callable[[LogInput], object],
                 contacts: Sequence[ContactDTO], job_orders: Sequence[JobOrderRow],
                 consultants: Sequence[Consultant], me: str | None,
                 parent: QWidget | None = None) -> None:
        self._contacts = contacts
        self._jobs = job_orders
        self._consultants = consultants
        self._me = me
        super().__init__(worker=worker, save=save, title=self.tr("Log kontakt"),
                         changes={"contacts", "companies"}, parent=parent)

    def build(self) -> None:
        when = QWidget()
        row = QHBoxLayout(when)
        row.setContentsMargins(0, 0, 0, 0)
        self.date_field = DateField("at", required=True, value=_today())
        self.time_field = QTimeEdit(datetime.now(COPENHAGEN).time().replace(second=0, microsecond=0))
        self.time_field.setDisplayFormat("HH:mm")
        row.addWidget(self.date_field)
        row.addWidget(self.time_field)
        row.addStretch(1)
        self.add("at", self.tr("Dato og tid"), when)
        self.add("channel", self.tr("Kanal"), combo(labels.channels(), "phone"))
        self.add("contact_person_id", self.tr("Kontaktperson"), combo(
            [(self.tr("(ingen)"), None)] + [(c.name + (f" – {c.role}" if c.role else ""), c.id)
                                            for c in self._contacts if c.active]))
        self.add("consultant_id", self.tr("Konsulent"),
                 combo(_consultant_items(self._consultants), self._me))
        self.add("summary", self.tr("Resumé"), _text_edit(height=80))
        self.line("outcome", self.tr("Resultat"), "", 300)
        self.add("job_order_id", self.tr("Jobordre"), combo(
            [(self.tr("(ingen)"), None)] + [(j.title, j.id) for j in self._jobs]))
        self.follow_check = QCheckBox(self.tr("Opret opfølgning"))
        self.add("follow_up", "", self.follow_check)
        self.follow_date = DateField("follow_up_due", value=None)
        self.add("follow_up_due", self.tr("Opfølgning den"), self.follow_date)
        self.add("follow_up_text", self.tr("Opfølgning"), QLineEdit())
        self.fields["follow_up_text"].setMaxLength(500)
        self.follow_check.toggled.connect(self.on_follow_check_toggled)
        self.on_follow_check_toggled(False)

    def on_follow_check_toggled(self, on: bool) -> None:
        self.fields["follow_up_due"].setEnabled(on)
        self.fields["follow_up_text"].setEnabled(on)
        if on and not self.follow_date.text():
            self.follow_date.set_value(_today() + timedelta(days=14))

    def collect(self) -> LogInput:
        f = self.fields
        day = self.date_field.value()
        at = datetime.combine(day, self.time_field.time().toPython(), tzinfo=COPENHAGEN) \
            if day else None
        follow = self.follow_check.isChecked()
        return LogInput(
            channel=f["channel"].currentData(),
            summary=f["summary"].toPlainText(),
            at=at,
            contact_person_id=f["contact_person_id"].currentData(),
            outcome=f["outcome"].text(),
            job_order_id=f["job_order_id"].currentData(),
            consultant_id=f["consultant_id"].currentData(),
            follow_up_due=self.follow_date.value() if follow else None,
            follow_up_text=f["follow_up_text"].text() if follow else "",
        )


class FollowUpDialog(FormDialog):
    """Opfølgning: due date, what to do, who does it, related job order."""

    def __init__(self, *, worker: DbWorker, save: Callable[[FollowUpInput], object],
                 consultants: Sequence[Consultant], me: str | None,
                 job_orders: Sequence[JobOrderRow] = (), follow_up: FollowUpDTO | None = None,
                 parent: QWidget | None = None) -> None:
        self._consultants = consultants
        self._me = me
        self._jobs = job_orders
        self._follow = follow_up
        title = self.tr("Redigér opfølgning") if follow_up else self.tr("Ny opfølgning")
        super().__init__(worker=worker, save=save, title=title, changes={"contacts"},
                         parent=parent)

    def build(self) -> None:
        f = self._follow
        self.add("due", self.tr("Dato"), DateField("due", required=True,
                                                    value=f.due if f else _today() + timedelta(days=7)))
        self.line("text", self.tr("Opgave"), f.text if f else "", 500)
        self.add("assigned_to_id", self.tr("Ansvarlig"), combo(
            _consultant_items(self._consultants), f.assigned_to_id if f else self._me))
        self.add("job_order_id", self.tr("Jobordre"), combo(
            [(self.tr("(ingen)"), None)] + [(j.title, j.id) for j in self._jobs],
            f.job_order_id if f else None))

    def collect(self) -> FollowUpInput:
        f = self.fields
        return FollowUpInput(due=f["due"].value(), text=f["text"].text(),
                             assigned_to_id=f["assigned_to_id"].currentData(),
                             job_order_id=f["job_order_id"].currentData())


class AgreementDialog(FormDialog):
    """Samarbejds-, partnerskabs- eller jobserviceaftale."""

    def __init__(self, *, worker: DbWorker, save: Callable[[AgreementInput], object],
                 agreement: AgreementDTO | None = None, parent: QWidget | None = None) -> None:
        self._agreement = agreement
        title = self.tr("Redigér aftale") if agreement else self.tr("Ny aftale")
        super().__init__(worker=worker, save=save, title=title, changes={"companies"},
                         parent=parent)

    def build(self) -> None:
        a = self._agreement
        self.add("type", self.tr("Type"), combo([(labels.agreement_type(t), t) for t in AGREEMENT_TYPES],
                                                a.type if a else None))
        self.add("start", self.tr("Start"), DateField("start", required=True,
                                                       value=a.start if a else _today()))
        self.add("end", self.tr("Slut"), DateField("end", value=a.end if a else None))
        self.add("content", self.tr("Indhold"), _text_edit(a.content if a else ""))
        self.add("commitments", self.tr("Virksomheden forpligter sig til"),
                 _text_edit(a.commitments if a else "", 55))
        places = QSpinBox()
        places.setRange(0, 1000)
        places.setSpecialValueText(self.tr("(ikke angivet)"))
        places.setValue(a.internship_places_per_year or 0 if a else 0)
        self.add("internship_places_per_year", self.tr("Praktikpladser pr. år"), places)
        self.line("signed_by", self.tr("Underskrevet af"), a.signed_by if a else "", 200)

    def collect(self) -> AgreementInput:
        f = self.fields
        places = f["internship_places_per_year"].value()
        return AgreementInput(
            type=f["type"].currentData(), start=f["start"].value(), end=f["end"].value(),
            content=f["content"].toPlainText(), commitments=f["commitments"].toPlainText(),
            internship_places_per_year=places or None, signed_by=f["signed_by"].text(),
        )


class StatusDialog(FormDialog):
    """Move a job order to a new status, with the reason that goes into the mediation log."""

    def __init__(self, *, worker: DbWorker, save: Callable[[str], object], title: str,
                 current: str, target: str, parent: QWidget | None = None) -> None:
        self._current = current
        self._target = target
        super().__init__(worker=worker, save=save, title=title,
                         changes={"job_orders", "companies"}, parent=parent)
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Skift status"))

    def build(self) -> None:
        self.form.addRow(self.tr("Fra"), QLabel(labels.job_status(self._current)))
        self.form.addRow(self.tr("Til"), QLabel("<b>" + labels.job_status(self._target) + "</b>"))
        self.line("reason", self.tr("Begrundelse"), "", 1000)

    def collect(self) -> str:
        return self.fields["reason"].text()


class MediationDialog(FormDialog):
    """A mediation step on a job order: propose, reject, interview, hire, or a note.

    The candidate is found by typing a name or number; the search runs on the worker (and is
    logged by the candidate service, as every search of citizens is).
    """

    KINDS = ("candidate_proposed", "interview", "hired", "candidate_rejected", "note")

    def __init__(self, *, worker: DbWorker, save: Callable[[tuple], object],
                 search: Callable[[str], list], parent: QWidget | None = None) -> None:
        self._search = search
        super().__init__(worker=worker, save=save, title=self.tr("Formidling"),
                         changes={"job_orders", "companies"}, parent=parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.on_timer_timeout)
        self.search_edit.textChanged.connect(self.on_search_edit_text_changed)

    def build(self) -> None:
        self.add("kind", self.tr("Skridt"), combo([(labels.mediation_kind(k), k) for k in self.KINDS]))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Søg kandidat: navn eller nummer (K-1234) …"))
        self.add("candidate_search", self.tr("Kandidat"), self.search_edit)
        self.results = QListWidget()
        self.results.setFixedHeight(110)
        self.add("candidate_id", "", self.results)
        self.line("reason", self.tr("Bemærkning/resultat"), "", 1000)

    def on_search_edit_text_changed(self, _text: str) -> None:
        self._timer.start()

    def on_timer_timeout(self) -> None:
        text = self.search_edit.text().strip()
        if len(text) < 2:
            self.results.clear()
            return
        self._worker.run(lambda: self._search(text), on_success=self._on_results)

    def _on_results(self, rows: list) -> None:
        self.results.clear()
        for row in rows:
            consent = self.tr("samtykke") if row.has_consent else self.tr("intet samtykke")
            item = QListWidgetItem(f"{row.label}  {row.name}  ({consent})")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)
        if rows:
            self.results.setCurrentRow(0)

    def collect(self) -> tuple:
        kind = self.fields["kind"].currentData()
        item = self.results.currentItem()
        candidate = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if kind != "note" and candidate is None:
            raise ValidationError("Søg kandidaten frem, og vælg vedkommende i listen.",
                                  "Find and choose the candidate.", field="candidate_search")
        return kind, candidate if kind != "note" else None, self.fields["reason"].text()


def describe_follow_up(f: FollowUpDTO, today) -> str:  # noqa: ANN001
    """"Forfalden (3 dage)", "I dag", "Om 5 dage", "Udført 02-12-2026"."""
    from PySide6.QtCore import QCoreApplication

    def t(text: str) -> str:
        return QCoreApplication.translate("FollowUps", text)

    if f.done_at is not None:
        return t("Udført {date}").format(date=format_date(f.done_at))
    days = (f.due - today).days
    if days < 0:
        return t("Forfalden ({days} dage)").format(days=-days) if days < -1 else t("Forfalden (i går)")
    if days == 0:
        return t("I dag")
    return t("Om {days} dage").format(days=days) if days > 1 else t("I morgen")
