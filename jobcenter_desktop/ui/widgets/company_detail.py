"""The company view: master data and everything that hangs on the company, one section each.

Sections: Stamdata, Kontakter, Kontaktlog, Jobordrer (with the selected order's requirements
and mediation log), Forløb, Aftaler and Opfølgninger. Each section has its own buttons; the
forms open non-modally and save through the DB worker, whose change broadcast makes the tab
reload the company, so every section always shows what is stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.dates import COPENHAGEN, format_date, format_datetime
from ...services.agreements import AgreementService
from ...services.bootstrap import Services
from ...services.companies import Consultant
from ...services.company_overview import CompanyOverview
from ...services.contacts import ContactService
from ...services.joborders import TRANSITIONS, JobOrderDetail
from ...services.lists import ListQuery
from ..dialogs.company_records import (
    AgreementDialog,
    ContactDialog,
    FollowUpDialog,
    LogContactDialog,
    MediationDialog,
    StatusDialog,
    describe_follow_up,
)
from ..dialogs.job_order_dialog import JobOrderDialog
from ..dialogs.messages import show_error
from ..models.lazy_table import Column
from ..models.small_table import SmallTableModel
from ..worker import DbWorker
from . import company_labels as labels


def small_view(model: SmallTableModel, name: str) -> QTableView:
    """A table view for a short list: whole rows, one selection, fixed row height."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    vertical = view.verticalHeader()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(view.fontMetrics().height() + 10)
    vertical.hide()
    horizontal = view.horizontalHeader()
    horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    horizontal.setStretchLastSection(True)
    for i, column in enumerate(model.columns()):
        view.setColumnWidth(i, column.width)
    view.setSortingEnabled(True)
    horizontal.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    return view


def selected(view: QTableView) -> Any | None:
    index = view.currentIndex()
    if not index.isValid():
        return None
    return view.model().row_object(index.row())


def button_row(*buttons: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for b in buttons:
        row.addWidget(b)
    row.addStretch(1)
    return row


class CompanyDetailPanel(QWidget):
    """``show_overview`` fills every section; ``clear`` empties them."""

    def __init__(self, *, services: Services, worker: DbWorker, master: QTextBrowser,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.worker = worker
        self.contacts_service = ContactService(services.ctx)
        self.agreements_service = AgreementService(services.ctx)
        self.overview: CompanyOverview | None = None
        self.consultants: list[Consultant] = []
        self.dialog: QWidget | None = None
        self.job: JobOrderDetail | None = None
        self.sections = QTabWidget()
        self.sections.setObjectName("sections")
        self.sections.setDocumentMode(True)
        self.sections.addTab(master, self.tr("Stamdata"))
        self.sections.addTab(self._contacts_page(), "")
        self.sections.addTab(self._log_page(), "")
        self.sections.addTab(self._jobs_page(), "")
        self.sections.addTab(self._placements_page(), "")
        self.sections.addTab(self._agreements_page(), "")
        self.sections.addTab(self._follow_ups_page(), "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sections, 1)
        self._connect_signals()
        self._set_counts()
        self._update_buttons()

    # ------------------------------------------------------------------ pages
    def _contacts_page(self) -> QWidget:
        self.contacts_model = SmallTableModel([
            Column("name", self.tr("Navn"), lambda c: c.name, sort="name", width=150),
            Column("role", self.tr("Rolle"), lambda c: c.role, sort="role", width=110),
            Column("phone", self.tr("Telefon"), lambda c: c.phone, width=115),
            Column("email", self.tr("E-mail"), lambda c: c.email, width=150),
            Column("rep", self.tr("TR"), lambda c: "✓" if c.is_employee_rep else "", width=30),
            Column("channel", self.tr("Foretrækker"), lambda c: labels.preferred_channel(c.preferred_channel)
                   if c.preferred_channel else "", width=80),
        ], muted=lambda c: not c.active, parent=self)
        self.contacts_view = small_view(self.contacts_model, "contacts_view")
        self.new_contact_button = QPushButton(self.tr("Ny kontaktperson"))
        self.new_contact_button.setObjectName("new_contact")
        self.edit_contact_button = QPushButton(self.tr("Redigér"))
        self.delete_contact_button = QPushButton(self.tr("Slet"))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(button_row(self.new_contact_button, self.edit_contact_button,
                                    self.delete_contact_button))
        layout.addWidget(self.contacts_view, 1)
        return page

    def _log_page(self) -> QWidget:
        self.log_model = SmallTableModel([
            Column("at", self.tr("Dato"), lambda e: format_datetime(e.at), sort="at", width=124),
            Column("channel", self.tr("Kanal"), lambda e: labels.channel(e.channel), sort="channel", width=62),
            Column("summary", self.tr("Resumé"), lambda e: e.summary, width=210),
            Column("outcome", self.tr("Resultat"), lambda e: e.outcome, width=110),
            Column("person", self.tr("Kontaktperson"), lambda e: e.contact_person, width=115),
            Column("consultant", self.tr("Konsulent"), lambda e: e.consultant, width=110),
            Column("job", self.tr("Jobordre"), lambda e: e.job_order, width=100),
            Column("follow", self.tr("Opfølgning"), lambda e: format_date(e.follow_up_due), width=80),
        ], sort_keys={"at": lambda e: e.at}, parent=self)
        self.log_view = small_view(self.log_model, "log_view")
        self.log_button = QPushButton(self.tr("Log kontakt …"))
        self.log_button.setObjectName("log_contact")
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(button_row(self.log_button))
        layout.addWidget(self.log_view, 1)
        return page

    def _jobs_page(self) -> QWidget:
        today = datetime.now(COPENHAGEN).date()
        self.jobs_model = SmallTableModel([
            Column("title", self.tr("Stilling"), lambda j: j.title, sort="title", width=150),
            Column("disco", self.tr("DISCO"), lambda j: j.disco_code, width=52),
            Column("positions", self.tr("Antal"), lambda j: str(j.positions), align_right=True, width=48),
            Column("deadline", self.tr("Frist"), lambda j: format_date(j.deadline), sort="deadline", width=82),
            Column("status", self.tr("Status"), lambda j: labels.job_status(j.status), sort="status", width=90),
        ], sort_keys={"deadline": lambda j: j.deadline},
            muted=lambda j: j.status in ("filled", "expired"),
            warn=lambda j: j.status in ("open", "in_progress") and j.deadline is not None
            and (j.deadline - today).days <= 3, parent=self)
        self.jobs_view = small_view(self.jobs_model, "jobs_view")
        self.events_model = SmallTableModel([
            Column("at", self.tr("Tidspunkt"), lambda e: format_datetime(e.at), width=124),
            Column("kind", self.tr("Hændelse"), self._event_text, width=180),
            Column("candidate", self.tr("Kandidat"), lambda e: e.candidate_label, width=70),
            Column("by", self.tr("Af"), lambda e: e.by, width=100),
            Column("reason", self.tr("Bemærkning"), lambda e: e.reason, width=160),
        ], parent=self)
        self.events_view = small_view(self.events_model, "events_view")
        self.job_summary = QLabel()
        self.job_summary.setObjectName("job_summary")
        self.job_summary.setWordWrap(True)
        self.job_summary.setTextFormat(Qt.TextFormat.RichText)
        self.new_job_button = QPushButton(self.tr("Ny jobordre"))
        self.new_job_button.setObjectName("new_job_order")
        self.edit_job_button = QPushButton(self.tr("Redigér"))
        self.status_button = QToolButton()
        self.status_button.setText(self.tr("Skift status"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_menu = QMenu(self)
        self.status_button.setMenu(self.status_menu)
        self.mediation_button = QPushButton(self.tr("Formidling …"))
        self.mediation_button.setObjectName("mediation")
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.job_summary)
        lower_layout.addWidget(QLabel("<b>" + self.tr("Formidlingslog") + "</b>"))
        lower_layout.addWidget(self.events_view, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.jobs_view)
        split.addWidget(lower)
        split.setSizes([180, 260])
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(button_row(self.new_job_button, self.edit_job_button, self.status_button,
                                    self.mediation_button))
        layout.addWidget(split, 1)
        return page

    def _placements_page(self) -> QWidget:
        self.placements_model = SmallTableModel([
            Column("candidate", self.tr("Borger"), self._candidate_text, width=160),
            Column("scheme", self.tr("Ordning"), self._scheme_name, width=135),
            Column("start", self.tr("Start"), lambda p: format_date(p.start), sort="start", width=80),
            Column("end", self.tr("Slut"), lambda p: format_date(p.actual_end or p.planned_end), width=80),
            Column("status", self.tr("Status"), lambda p: labels.placement_status(p.status), width=80),
            Column("outcome", self.tr("Resultat"), lambda p: labels.placement_outcome(p.outcome)
                   if p.outcome else "", width=120),
        ], sort_keys={"start": lambda p: p.start}, parent=self)
        self.placements_view = small_view(self.placements_model, "placements_view")
        note = QLabel(self.tr("Borgere uden samtykke til deling vises kun med nummer på "
                              "udskrifter til virksomheden."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.placements_view, 1)
        layout.addWidget(note)
        return page

    def _agreements_page(self) -> QWidget:
        today = datetime.now(COPENHAGEN).date()
        self.agreements_model = SmallTableModel([
            Column("type", self.tr("Type"), lambda a: labels.agreement_type(a.type), sort="type", width=130),
            Column("start", self.tr("Start"), lambda a: format_date(a.start), sort="start", width=82),
            Column("end", self.tr("Slut"), lambda a: format_date(a.end), width=82),
            Column("places", self.tr("Praktikpl./år"), lambda a: str(a.internship_places_per_year or ""),
                   align_right=True, width=90),
            Column("commitments", self.tr("Forpligtelser"), lambda a: a.commitments, width=170),
            Column("content", self.tr("Indhold"), lambda a: a.content, width=170),
            Column("signed", self.tr("Underskrevet af"), lambda a: a.signed_by, width=120),
        ], sort_keys={"start": lambda a: a.start}, muted=lambda a: not a.is_current(today),
            parent=self)
        self.agreements_view = small_view(self.agreements_model, "agreements_view")
        self.new_agreement_button = QPushButton(self.tr("Ny aftale"))
        self.new_agreement_button.setObjectName("new_agreement")
        self.edit_agreement_button = QPushButton(self.tr("Redigér"))
        self.delete_agreement_button = QPushButton(self.tr("Slet"))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(button_row(self.new_agreement_button, self.edit_agreement_button,
                                    self.delete_agreement_button))
        layout.addWidget(self.agreements_view, 1)
        return page

    def _follow_ups_page(self) -> QWidget:
        today = datetime.now(COPENHAGEN).date()
        self.follow_model = SmallTableModel([
            Column("due", self.tr("Dato"), lambda f: format_date(f.due), sort="due", width=82),
            Column("state", self.tr("Status"), lambda f: describe_follow_up(f, today), width=120),
            Column("text", self.tr("Opgave"), lambda f: f.text, width=230),
            Column("who", self.tr("Ansvarlig"), lambda f: f.assigned_to, width=120),
        ], sort_keys={"due": lambda f: f.due}, warn=lambda f: f.is_overdue(today),
            muted=lambda f: f.done_at is not None, parent=self)
        self.follow_view = small_view(self.follow_model, "follow_view")
        self.new_follow_button = QPushButton(self.tr("Ny opfølgning"))
        self.new_follow_button.setObjectName("new_follow_up")
        self.done_follow_button = QPushButton(self.tr("Markér som udført"))
        self.done_follow_button.setObjectName("follow_up_done")
        self.edit_follow_button = QPushButton(self.tr("Redigér"))
        self.delete_follow_button = QPushButton(self.tr("Slet"))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(button_row(self.new_follow_button, self.done_follow_button,
                                    self.edit_follow_button, self.delete_follow_button))
        layout.addWidget(self.follow_view, 1)
        return page

    def _connect_signals(self) -> None:
        self.new_contact_button.clicked.connect(self.on_new_contact_button_clicked)
        self.edit_contact_button.clicked.connect(self.on_edit_contact_button_clicked)
        self.delete_contact_button.clicked.connect(self.on_delete_contact_button_clicked)
        self.contacts_view.doubleClicked.connect(self.on_edit_contact_button_clicked)
        self.log_button.clicked.connect(self.on_log_button_clicked)
        self.new_job_button.clicked.connect(self.on_new_job_button_clicked)
        self.edit_job_button.clicked.connect(self.on_edit_job_button_clicked)
        self.jobs_view.doubleClicked.connect(self.on_edit_job_button_clicked)
        self.jobs_view.selectionModel().currentRowChanged.connect(self.on_jobs_view_current_row_changed)
        self.status_menu.aboutToShow.connect(self.on_status_menu_about_to_show)
        self.mediation_button.clicked.connect(self.on_mediation_button_clicked)
        self.new_agreement_button.clicked.connect(self.on_new_agreement_button_clicked)
        self.edit_agreement_button.clicked.connect(self.on_edit_agreement_button_clicked)
        self.agreements_view.doubleClicked.connect(self.on_edit_agreement_button_clicked)
        self.delete_agreement_button.clicked.connect(self.on_delete_agreement_button_clicked)
        self.new_follow_button.clicked.connect(self.on_new_follow_button_clicked)
        self.done_follow_button.clicked.connect(self.on_done_follow_button_clicked)
        self.edit_follow_button.clicked.connect(self.on_edit_follow_button_clicked)
        self.follow_view.doubleClicked.connect(self.on_edit_follow_button_clicked)
        self.delete_follow_button.clicked.connect(self.on_delete_follow_button_clicked)
        for view in (self.contacts_view, self.agreements_view, self.follow_view):
            view.selectionModel().currentRowChanged.connect(self.on_any_view_current_row_changed)

    # ------------------------------------------------------------------ showing data
    def show_overview(self, overview: CompanyOverview) -> None:
        same_company = self.overview is not None and self.overview.id == overview.id
        job_id = self.job.id if (same_company and self.job is not None) else None
        self.overview = overview
        self.contacts_model.set_rows(overview.contacts)
        self.log_model.set_rows(overview.log)
        self.jobs_model.set_rows(overview.job_orders)
        self.placements_model.set_rows(overview.placements)
        self.agreements_model.set_rows(overview.agreements)
        self.follow_model.set_rows(overview.follow_ups)
        self._set_counts()
        row = self.jobs_model.row_of(job_id) if job_id else -1
        if row < 0 and overview.job_orders:
            row = 0
        if row >= 0:
            self.jobs_view.selectRow(row)
            self._load_job(self.jobs_model.row_id(row))
        else:
            self.job = None
            self.events_model.set_rows([])
            self.job_summary.setText("")
        self._update_buttons()

    def clear(self) -> None:
        self.overview = None
        self.job = None
        for model in (self.contacts_model, self.log_model, self.jobs_model, self.placements_model,
                      self.agreements_model, self.follow_model, self.events_model):
            model.set_rows([])
        self.job_summary.setText("")
        self._set_counts()
        self._update_buttons()

    def _set_counts(self) -> None:
        o = self.overview
        for index, (text, rows) in enumerate((
            (self.tr("Kontakter"), o.contacts if o else ()),
            (self.tr("Log"), o.log if o else ()),
            (self.tr("Jobordrer"), o.job_orders if o else ()),
            (self.tr("Forløb"), o.placements if o else ()),
            (self.tr("Aftaler"), o.agreements if o else ()),
            (self.tr("Opfølgning"), [f for f in o.follow_ups if f.done_at is None] if o else ()),
        ), start=1):
            self.sections.setTabText(index, f"{text} ({len(rows)})" if o else text)

    def _update_buttons(self) -> None:
        has = self.overview is not None
        for b in (self.new_contact_button, self.log_button, self.new_job_button,
                  self.new_agreement_button, self.new_follow_button):
            b.setEnabled(has)
        self.edit_contact_button.setEnabled(selected(self.contacts_view) is not None)
        self.delete_contact_button.setEnabled(selected(self.contacts_view) is not None)
        job_open = self.job is not None and self.job.status in ("open", "in_progress", "paused")
        self.edit_job_button.setEnabled(self.job is not None)
        self.status_button.setEnabled(self.job is not None)
        self.mediation_button.setEnabled(job_open)
        self.edit_agreement_button.setEnabled(selected(self.agreements_view) is not None)
        self.delete_agreement_button.setEnabled(selected(self.agreements_view) is not None)
        follow = selected(self.follow_view)
        self.done_follow_button.setEnabled(follow is not None)
        self.done_follow_button.setText(self.tr("Genåbn") if follow is not None and follow.done_at
                                        else self.tr("Markér som udført"))
        self.edit_follow_button.setEnabled(follow is not None)
        self.delete_follow_button.setEnabled(follow is not None)

    def on_any_view_current_row_changed(self, *_args) -> None:  # noqa: ANN002
        self._update_buttons()

    def _candidate_text(self, p) -> str:  # noqa: ANN001
        return f"{p.candidate_label} {p.candidate_name}"

    def _scheme_name(self, p) -> str:  # noqa: ANN001
        scheme = self.services.ctx.rulebook().scheme(p.scheme_code)
        return scheme.name_da if scheme else p.scheme_code

    def _event_text(self, e) -> str:  # noqa: ANN001
        if e.kind == "status_change":
            if e.old_status is None:
                return self.tr("Oprettet som {status}").format(status=labels.job_status(e.new_status).lower())
            return f"{labels.job_status(e.old_status)} → {labels.job_status(e.new_status)}"
        return labels.mediation_kind(e.kind)

    # ------------------------------------------------------------------ job orders
    def on_jobs_view_current_row_changed(self, current, _previous) -> None:  # noqa: ANN001
        job_id = self.jobs_model.row_id(current.row()) if current.isValid() else None
        if job_id and (self.job is None or self.job.id != job_id):
            self._load_job(job_id)
        self._update_buttons()

    def _load_job(self, job_id: str) -> None:
        jobs = self.services.job_orders
        self.worker.run(lambda: jobs.get(job_id), on_success=self._on_job,
                        on_failure=lambda _exc: None)

    def _on_job(self, job: JobOrderDetail) -> None:
        current = selected(self.jobs_view)
        if current is None or current.id != job.id:
            return
        self.job = job
        self.events_model.set_rows(job.events)
        ref = self.services.ctx.reference()
        occupation = ref.occupation(job.disco_code) if job.disco_code else None
        rules = self.services.ctx.rulebook()
        schemes = ", ".join((s.name_da if (s := rules.scheme(c)) else c) for c in job.schemes_allowed)
        musts = [r.value for r in job.requirements if r.hard]
        wishes = [r.value for r in job.requirements if not r.hard]
        parts = [
            f"<b>{_esc(job.title)}</b>" + (f" – {_esc(occupation.code)} {_esc(occupation.title)}"
                                           if occupation else ""),
            self.tr("{n} stilling(er)").format(n=job.positions)
            + (self.tr(", {h:g} timer/uge").format(h=job.hours_per_week) if job.hours_per_week else "")
            + (self.tr(", start {d}").format(d=format_date(job.start_date)) if job.start_date else "")
            + (self.tr(", ansat: {n}").format(n=job.hired) if job.hired else ""),
        ]
        if schemes:
            parts.append(self.tr("Ordninger: {s}").format(s=_esc(schemes)))
        if musts:
            parts.append(self.tr("Skal: {s}").format(s=_esc(", ".join(musts))))
        if wishes:
            parts.append(self.tr("Gerne: {s}").format(s=_esc(", ".join(wishes))))
        self.job_summary.setText("<br>".join(parts))
        self._update_buttons()

    def on_status_menu_about_to_show(self) -> None:
        self.status_menu.clear()
        if self.job is None:
            return
        for target in ("in_progress", "paused", "open", "filled", "expired"):
            if target in TRANSITIONS.get(self.job.status, set()):
                action = self.status_menu.addAction(labels.job_status_verb(target))
                action.setData(target)
                action.triggered.connect(lambda _c=False, t=target: self.change_job_status(t))

    def change_job_status(self, target: str) -> None:
        job = self.job
        if job is None:
            return
        jobs = self.services.job_orders
        self._open(StatusDialog(
            worker=self.worker, save=lambda reason: jobs.change_status(job.id, target, reason),
            title=self.tr("Skift status – {title}").format(title=job.title), current=job.status,
            target=target, parent=self))

    def on_new_job_button_clicked(self) -> None:
        if self.overview is None:
            return
        company_id = self.overview.id
        jobs = self.services.job_orders
        self._open(JobOrderDialog(
            worker=self.worker, save=lambda data: jobs.create(company_id, data),
            reference=self.services.ctx.reference(), schemes=self._schemes(),
            default_postcode=self.overview.detail.postcode, parent=self))

    def on_edit_job_button_clicked(self, *_args) -> None:  # noqa: ANN002
        job = self.job
        if job is None:
            return
        jobs = self.services.job_orders
        self._open(JobOrderDialog(
            worker=self.worker, save=lambda data: jobs.update(job.id, job.version, data),
            reference=self.services.ctx.reference(), schemes=self._schemes(), job=job,
            parent=self))

    def on_mediation_button_clicked(self) -> None:
        job = self.job
        if job is None:
            return
        jobs = self.services.job_orders
        candidates = self.services.candidates

        def search(text: str) -> list:
            return candidates.rows(candidates.list_ids(ListQuery(search=text, limit=15)))

        def save(data: tuple) -> object:
            kind, candidate_id, reason = data
            return jobs.record_mediation(job.id, kind, candidate_id=candidate_id, reason=reason)

        self._open(MediationDialog(worker=self.worker, save=save, search=search, parent=self))

    def _schemes(self) -> list[tuple[str, str]]:
        today = datetime.now(COPENHAGEN).date()
        return [(s.code, s.name_da) for s in self.services.ctx.rulebook().schemes_on(today)]

    # ------------------------------------------------------------------ contacts and log
    def on_new_contact_button_clicked(self) -> None:
        if self.overview is None:
            return
        company_id = self.overview.id
        service = self.contacts_service
        self._open(ContactDialog(worker=self.worker,
                                 save=lambda data: service.add_contact(company_id, data), parent=self))

    def on_edit_contact_button_clicked(self, *_args) -> None:  # noqa: ANN002
        contact = selected(self.contacts_view)
        if contact is None:
            return
        service = self.contacts_service
        self._open(ContactDialog(
            worker=self.worker, save=lambda data: service.update_contact(contact.id, contact.version, data),
            contact=contact, parent=self))

    def on_delete_contact_button_clicked(self) -> None:
        contact = selected(self.contacts_view)
        if contact is None:
            return
        service = self.contacts_service
        self.worker.run(lambda: service.delete_contact(contact.id, contact.version),
                        on_failure=lambda exc: show_error(self, exc),
                        changes={"contacts", "companies"})

    def on_log_button_clicked(self) -> None:
        o = self.overview
        if o is None:
            return
        service = self.contacts_service
        company_id = o.id
        self._open(LogContactDialog(
            worker=self.worker, save=lambda data: service.log_contact(company_id, data),
            contacts=o.contacts, job_orders=[j for j in o.job_orders
                                             if j.status in ("open", "in_progress", "paused")],
            consultants=self.consultants, me=self.services.ctx.actor.user_id, parent=self))

    # ------------------------------------------------------------------ agreements
    def on_new_agreement_button_clicked(self) -> None:
        if self.overview is None:
            return
        company_id = self.overview.id
        service = self.agreements_service
        self._open(AgreementDialog(worker=self.worker,
                                   save=lambda data: service.create(company_id, data), parent=self))

    def on_edit_agreement_button_clicked(self, *_args) -> None:  # noqa: ANN002
        agreement = selected(self.agreements_view)
        if agreement is None:
            return
        service = self.agreements_service
        self._open(AgreementDialog(
            worker=self.worker, save=lambda data: service.update(agreement.id, agreement.version, data),
            agreement=agreement, parent=self))

    def on_delete_agreement_button_clicked(self) -> None:
        agreement = selected(self.agreements_view)
        if agreement is None:
            return
        service = self.agreements_service
        self.worker.run(lambda: service.delete(agreement.id, agreement.version),
                        on_failure=lambda exc: show_error(self, exc), changes={"companies"})

    # ------------------------------------------------------------------ follow-ups
    def on_new_follow_button_clicked(self) -> None:
        o = self.overview
        if o is None:
            return
        service = self.contacts_service
        company_id = o.id
        self._open(FollowUpDialog(
            worker=self.worker, save=lambda data: service.add_follow_up(company_id, data),
            consultants=self.consultants, me=self.services.ctx.actor.user_id,
            job_orders=o.job_orders, parent=self))

    def on_edit_follow_button_clicked(self, *_args) -> None:  # noqa: ANN002
        follow = selected(self.follow_view)
        o = self.overview
        if follow is None or o is None:
            return
        service = self.contacts_service
        self._open(FollowUpDialog(
            worker=self.worker, save=lambda data: service.update_follow_up(follow.id, follow.version, data),
            consultants=self.consultants, me=self.services.ctx.actor.user_id,
            job_orders=o.job_orders, follow_up=follow, parent=self))

    def on_done_follow_button_clicked(self) -> None:
        follow = selected(self.follow_view)
        if follow is None:
            return
        service = self.contacts_service
        done = follow.done_at is None
        self.worker.run(lambda: service.set_follow_up_done(follow.id, done),
                        on_failure=lambda exc: show_error(self, exc), changes={"contacts"})

    def on_delete_follow_button_clicked(self) -> None:
        follow = selected(self.follow_view)
        if follow is None:
            return
        service = self.contacts_service
        self.worker.run(lambda: service.delete_follow_up(follow.id),
                        on_failure=lambda exc: show_error(self, exc), changes={"contacts"})

    # ------------------------------------------------------------------ helpers
    def _open(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.open()

    def models(self) -> Sequence[SmallTableModel]:
        return (self.contacts_model, self.log_model, self.jobs_model, self.events_model,
                self.placements_model, self.agreements_model, self.follow_model)


def _esc(text: object) -> str:
    import html

    return html.escape(str(text))
