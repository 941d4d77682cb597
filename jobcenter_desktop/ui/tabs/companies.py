"""Virksomheder: the jobcenter's company CRM.

The register with search-as-you-type (name, CVR, P-number, town, contact person) and filters
(kommune, industry section, size band, consultant, status, open job orders, cooperation
agreement, days since last contact); the company view with its sections; and the tools a
company consultant uses daily: "Mine opfølgninger", duplicates, import, export and the visit
handout.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.dates import format_date
from ...services.companies import (
    EMPLOYEE_BANDS,
    CompanyDetail,
    CompanyInput,
    CompanyRow,
    Consultant,
)
from ...services.company_export import CompanyExportService
from ...services.company_import import CompanyImportService
from ...services.company_overview import CompanyOverview, CompanyOverviewService
from ...services.contacts import ContactService
from ...services.duplicates import DuplicateService
from ...services.lists import ListQuery, key
from ...services.visit_handout import VisitHandoutService
from ..dialogs.company_dialog import CompanyDialog
from ..dialogs.company_import_wizard import ImportWizard
from ..dialogs.duplicates_dialog import DuplicatesDialog
from ..dialogs.follow_ups_dialog import FollowUpsDialog
from ..dialogs.forms import save_file_dialog
from ..dialogs.handout_preview import HandoutPreviewDialog
from ..dialogs.messages import show_error
from ..models.lazy_table import Column
from ..widgets import company_labels as labels
from ..widgets.company_detail import CompanyDetailPanel
from .base import ListTab, esc

_LAST_CONTACT = ((None, "Seneste kontakt: alle"), (30, "Ingen kontakt i 30 dage"), (90, "Ingen kontakt i 90 dage"),
                 (180, "Ingen kontakt i 180 dage"), (365, "Ingen kontakt i et år"))


class CompaniesTab(ListTab):
    change_tags = frozenset({"companies", "job_orders", "contacts", "placements"})

    def __init__(self, **kwargs) -> None:  # noqa: ANN003 - ListTab's keyword-only deps
        self.consultants: list[Consultant] = []
        self.dialog: QWidget | None = None
        self.file_dialog: QFileDialog | None = None
        self.follow_ups_window: FollowUpsDialog | None = None
        self._pending_select: str | None = None
        self._index_checked = False
        super().__init__(**kwargs)
        ctx = self.services.ctx
        self.overviews = CompanyOverviewService(ctx)
        self.contacts = ContactService(ctx)
        self.duplicates = DuplicateService(ctx)
        layout: QVBoxLayout = self.layout()
        layout.insertLayout(1, self.second_row)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([745, 635])

    # ------------------------------------------------------------------ list
    def columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Navn"), lambda r: r.name, sort="name", width=168),
            Column("cvr", self.tr("CVR"), lambda r: r.cvr, sort="cvr", width=68),
            Column("postcode", self.tr("Postnr."), lambda r: r.postcode, sort="postcode", width=52),
            Column("town", self.tr("By"), lambda r: r.town, sort="town", width=86),
            Column("industry", self.tr("Branche"), lambda r: r.industry_code, width=60),
            Column("band", self.tr("Ansatte"), lambda r: r.employee_band, width=62),
            Column("status", self.tr("Status"), lambda r: self.status_text(r.status), sort="status", width=62),
            Column("consultant", self.tr("Kons."), lambda r: r.consultant, width=44),
            Column("jobs", self.tr("Jobs"), lambda r: str(r.open_job_orders or ""),
                   align_right=True, width=40),
            Column("last", self.tr("Kontakt"), lambda r: format_date(r.last_contact_at),
                   sort="last_contact", width=80),
        ]

    def status_text(self, status: str) -> str:
        return labels.company_status(status)

    def search_placeholder(self) -> str:
        return self.tr("Søg navn, CVR, P-nummer, by eller kontaktperson …")

    def build_filters(self, layout: QHBoxLayout) -> None:
        ref = self.services.ctx.reference()
        self.kommune_filter = QComboBox()
        self.kommune_filter.setObjectName("kommune_filter")
        self.kommune_filter.addItem(self.tr("Alle kommuner"), "")
        for k in ref.kommuner():
            self.kommune_filter.addItem(k.name, k.code)
        self.industry_filter = QComboBox()
        self.industry_filter.setObjectName("industry_filter")
        self.industry_filter.addItem(self.tr("Alle brancher"), "")
        for industry in sorted((i for i in ref.industries() if i.level == 1), key=lambda i: i.code):
            title = industry.title if len(industry.title) <= 38 else industry.title[:37] + "…"
            self.industry_filter.addItem(f"{industry.code} {title}", industry.code)
            self.industry_filter.setItemData(self.industry_filter.count() - 1, industry.title, 3)
        self.band_filter = QComboBox()
        self.band_filter.setObjectName("band_filter")
        self.band_filter.addItem(self.tr("Alle størrelser"), "")
        for band in EMPLOYEE_BANDS:
            self.band_filter.addItem(self.tr("{band} ansatte").format(band=band), band)
        self.consultant_filter = QComboBox()
        self.consultant_filter.setObjectName("consultant_filter")
        self.consultant_filter.addItem(self.tr("Alle konsulenter"), "")
        layout.addWidget(self.kommune_filter, 1)
        layout.addWidget(self.industry_filter, 1)
        layout.addWidget(self.band_filter)
        layout.addWidget(self.consultant_filter)

        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status_filter")
        self.status_filter.addItem(self.tr("Alle statusser"), "")
        for status in ("active", "prospect", "dormant", "closed"):
            self.status_filter.addItem(self.status_text(status), status)
        self.open_jobs_filter = QCheckBox(self.tr("Med åbne jobordrer"))
        self.open_jobs_filter.setObjectName("open_jobs_filter")
        self.agreement_filter = QCheckBox(self.tr("Med samarbejdsaftale"))
        self.agreement_filter.setObjectName("agreement_filter")
        self.contact_filter = QComboBox()
        self.contact_filter.setObjectName("contact_filter")
        for days, text in _LAST_CONTACT:
            self.contact_filter.addItem(self.tr(text), days)
        self.follow_ups_button = QPushButton(self.tr("Mine opfølgninger"))
        self.follow_ups_button.setObjectName("my_follow_ups")
        self.duplicates_button = QPushButton(self.tr("Dubletter …"))
        self.duplicates_button.setObjectName("duplicates")
        self.import_button = QPushButton(self.tr("Importér …"))
        self.import_button.setObjectName("import")
        self.export_button = QPushButton(self.tr("Eksportér …"))
        self.export_button.setObjectName("export")
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setStyleSheet("color: #1a5c2e;")
        row = QHBoxLayout()
        row.addWidget(self.status_filter)
        row.addWidget(self.open_jobs_filter)
        row.addWidget(self.agreement_filter)
        row.addWidget(self.contact_filter)
        row.addWidget(self.notice, 1)
        for button in (self.follow_ups_button, self.duplicates_button, self.import_button,
                       self.export_button):
            row.addWidget(button)
        self.second_row = row

    def build_detail_panel(self) -> QWidget:
        self.title_label = QLabel()
        self.title_label.setObjectName("company_title")
        self.title_label.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.new_button = QPushButton(self.tr("Ny virksomhed"))
        self.new_button.setObjectName("new_company")
        self.edit_button = QPushButton(self.tr("Redigér"))
        self.edit_button.setObjectName("edit_company")
        self.handout_button = QPushButton(self.tr("Besøgsark …"))
        self.handout_button.setObjectName("visit_handout")
        self.panel = CompanyDetailPanel(services=self.services, worker=self.worker,
                                        master=self.detail)
        buttons = QHBoxLayout()
        buttons.addWidget(self.title_label, 1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.handout_button)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.panel, 1)
        return panel

    def _connect_signals(self) -> None:
        super()._connect_signals()

        def connect(combo: QComboBox, name: str) -> None:
            combo.currentIndexChanged.connect(lambda _i: self.set_filter(name, combo.currentData()))

        connect(self.kommune_filter, "kommune_code")
        connect(self.industry_filter, "industry_section")
        connect(self.band_filter, "employee_band")
        connect(self.consultant_filter, "consultant_id")
        connect(self.status_filter, "status")
        connect(self.contact_filter, "last_contact_older_than_days")
        self.open_jobs_filter.toggled.connect(lambda on: self.set_filter("has_open_job_orders", on))
        self.agreement_filter.toggled.connect(lambda on: self.set_filter("has_agreement", on))
        self.new_button.clicked.connect(self.on_new_button_clicked)
        self.edit_button.clicked.connect(self.on_edit_button_clicked)
        self.handout_button.clicked.connect(self.on_handout_button_clicked)
        self.follow_ups_button.clicked.connect(self.on_follow_ups_button_clicked)
        self.duplicates_button.clicked.connect(self.on_duplicates_button_clicked)
        self.import_button.clicked.connect(self.on_import_button_clicked)
        self.export_button.clicked.connect(self.on_export_button_clicked)

    # ------------------------------------------------------------------ loading
    def load(self) -> None:
        companies, contacts = self.services.companies, self.contacts
        super().load()
        if not self._index_checked:
            # Stores written by bulk tools (demo, older versions) get contact names and
            # P-numbers into their search text once, in small batches after the list query.
            self._index_checked = True
            self.worker.run(companies.search_index_current,
                            on_success=lambda ok: None if ok else self._reindex_from(None),
                            on_failure=lambda _exc: None)
        self.worker.run(companies.consultants, on_success=self._on_consultants)
        self.worker.run(contacts.count_my_due, on_success=self._on_due_count,
                        on_failure=lambda _exc: None)

    def _reindex_from(self, after: str | None) -> None:
        companies = self.services.companies
        self.worker.run(lambda: companies.reindex_batch(after),
                        on_success=lambda last: None if last is None else self._reindex_from(last),
                        on_failure=lambda _exc: None)

    def _on_consultants(self, consultants: list[Consultant]) -> None:
        self.consultants = consultants
        self.panel.consultants = consultants
        current = self.consultant_filter.currentData()
        self.consultant_filter.blockSignals(True)
        self.consultant_filter.clear()
        self.consultant_filter.addItem(self.tr("Alle konsulenter"), "")
        for c in consultants:
            self.consultant_filter.addItem(f"{c.name} ({c.initials})" if c.initials else c.name, c.id)
        self.consultant_filter.setCurrentIndex(max(0, self.consultant_filter.findData(current)))
        self.consultant_filter.blockSignals(False)

    def _on_due_count(self, counts: tuple[int, int]) -> None:
        due, overdue = counts
        text = self.tr("Mine opfølgninger")
        if due:
            text += f" ({due})"
        self.follow_ups_button.setText(text)
        self.follow_ups_button.setStyleSheet("color: #b00020; font-weight: bold;" if overdue else "")
        self.follow_ups_button.setToolTip(
            self.tr("{due} forfaldne eller i dag, heraf {overdue} overskredet").format(
                due=due, overdue=overdue))

    def on_worker_changed(self, tags: frozenset[str]) -> None:
        super().on_worker_changed(tags)
        if tags & {"contacts", "companies"}:
            self.worker.run(self.contacts.count_my_due, on_success=self._on_due_count,
                            on_failure=lambda _exc: None)

    def fetch_ids(self, query: ListQuery) -> list[str]:
        return self.services.companies.list_ids(query)

    def fetch_rows(self, ids: list[str]) -> list[CompanyRow]:
        return self.services.companies.rows(ids)

    def fetch_detail(self, record_id: str) -> CompanyOverview:
        return self.overviews.get(record_id)

    def on_model_loaded(self, count: int) -> None:
        pending = self._pending_select
        if pending is not None:
            self._pending_select = None
            for row in range(count):
                if key(self.model.row_id(row)) == key(pending):
                    self.table.selectRow(row)
                    break
        super().on_model_loaded(count)

    def on_table_current_row_changed(self, current, previous) -> None:  # noqa: ANN001
        super().on_table_current_row_changed(current, previous)
        if self.current_id is None:
            self.current_detail = None
            self.title_label.setText("")
            self.panel.clear()
            self.edit_button.setEnabled(False)
            self.handout_button.setEnabled(False)

    def render_detail(self, overview: CompanyOverview) -> None:
        d = overview.detail
        self.current_detail = d
        self.edit_button.setEnabled(True)
        self.handout_button.setEnabled(True)
        self.title_label.setText(esc(d.name))
        ref = self.services.ctx.reference()
        industry = ref.industry(d.industry_code) or (
            ref.industry(d.industry_code[:4]) if len(d.industry_code) == 6 else None)
        kommune = ref.kommune(d.kommune_code) if d.kommune_code else None
        self.detail.setHtml(_master_html([
            (self.tr("CVR"), d.cvr),
            (self.tr("P-numre"), ", ".join(d.p_numbers)),
            (self.tr("Adresse"), d.address),
            (self.tr("Postnr. og by"), f"{d.postcode} {d.town}".strip()),
            (self.tr("Kommune"), kommune.name if kommune else ""),
            (self.tr("Branche"), f"{d.industry_code} {industry.title if industry else ''}".strip()),
            (self.tr("Antal ansatte"), d.employee_band),
            (self.tr("Sektor"), labels.sector(d.sector)),
            (self.tr("Status"), self.status_text(d.status)),
            (self.tr("Ansvarlig konsulent"), d.responsible_consultant_name),
            (self.tr("Telefon"), d.phone),
            (self.tr("E-mail"), d.email),
            (self.tr("Hjemmeside"), d.website),
            (self.tr("Seneste kontakt"), format_date(d.last_contact_at)),
            (self.tr("Noter"), d.notes),
            (self.tr("Sidst ændret"), format_date(d.modified_at)),
        ]))
        self.panel.show_overview(overview)

    def show_company(self, company_id: str) -> None:
        """Bring a company into view: clear the filters and search for its CVR number."""
        companies = self.services.companies
        self.worker.run(lambda: companies.get(company_id), on_success=self._show_found,
                        on_failure=lambda exc: show_error(self, exc))

    def _show_found(self, detail: CompanyDetail) -> None:
        self._pending_select = detail.id
        self.current_id = None
        for combo in (self.kommune_filter, self.industry_filter, self.band_filter,
                      self.consultant_filter, self.status_filter, self.contact_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for box in (self.open_jobs_filter, self.agreement_filter):
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self.filters.clear()
        self.search.blockSignals(True)
        self.search.setText(detail.cvr)
        self.search.blockSignals(False)
        self.load()
        self.window().activateWindow()

    # ------------------------------------------------------------------ company form
    def on_new_button_clicked(self) -> None:
        companies, duplicates = self.services.companies, self.duplicates
        dialog = CompanyDialog(
            worker=self.worker, save=lambda data, _b: companies.create(data),
            consultants=self.consultants, me=self.services.ctx.actor.user_id,
            check_duplicates=lambda cvr, name, pc: duplicates.check(cvr=cvr, name=name, postcode=pc),
            parent=self)
        dialog.open_company.connect(self.show_company)
        dialog.accepted.connect(lambda: self._select_saved(dialog))
        self._open(dialog)

    def _select_saved(self, dialog: CompanyDialog) -> None:
        if dialog.saved is not None:
            self._pending_select = dialog.saved.id

    def on_edit_button_clicked(self) -> None:
        base = getattr(self, "current_detail", None)
        if base is None or self.current_id is None or key(base.id) != key(self.current_id):
            return
        companies, duplicates = self.services.companies, self.duplicates

        def save(data: CompanyInput, current_base: CompanyDetail | None) -> CompanyDetail:
            return companies.update(current_base.id, current_base, data)

        company_id = base.id
        dialog = CompanyDialog(
            worker=self.worker, save=save, reload=companies.get, base=base,
            consultants=self.consultants,
            check_duplicates=lambda cvr, name, pc: duplicates.check(
                cvr=cvr, name=name, postcode=pc, exclude_id=company_id),
            parent=self)
        dialog.open_company.connect(self.show_company)
        self._open(dialog)

    # ------------------------------------------------------------------ tools
    def on_handout_button_clicked(self) -> None:
        detail = getattr(self, "current_detail", None)
        if detail is None or self.current_id is None:
            return
        logo = self._setting("logo_path")
        self._open(HandoutPreviewDialog(
            worker=self.worker, handouts=VisitHandoutService(self.services.ctx),
            company_id=detail.id, company_name=detail.name, logo_path=logo, parent=self))

    def on_follow_ups_button_clicked(self) -> None:
        if self.follow_ups_window is None:
            self.follow_ups_window = FollowUpsDialog(worker=self.worker, contacts=self.contacts,
                                                     parent=self)
            self.follow_ups_window.go_to_company.connect(self.show_company)
        elif self.follow_ups_window.isVisible():
            self.follow_ups_window.reload()
            self.follow_ups_window.raise_()  # already open behind the main window
            return
        else:
            self.follow_ups_window.reload()
        self.follow_ups_window.show()

    def on_duplicates_button_clicked(self) -> None:
        self._open(DuplicatesDialog(worker=self.worker, duplicates=self.duplicates, parent=self))

    def on_import_button_clicked(self) -> None:
        self._open(ImportWizard(worker=self.worker,
                                importer=CompanyImportService(self.services.ctx), parent=self))

    def on_export_button_clicked(self) -> None:
        self.file_dialog = save_file_dialog(self, self.tr("Eksportér virksomheder"),
                                            "virksomheder.xlsx",
                                            self.tr("Excel (*.xlsx);;CSV, semikolon (*.csv)"),
                                            "xlsx", self.export_to)

    def export_to(self, path: str) -> None:
        """Export what the list shows now (search and filters) to ``path`` (.xlsx or .csv)."""
        exporter = CompanyExportService(self.services.ctx)
        query = self.model.query
        fmt = "csv" if path.lower().endswith(".csv") else "xlsx"
        self.worker.run(lambda: exporter.export(path, fmt, query),
                        on_success=lambda n: self.tell(
                            self.tr("{n} virksomheder eksporteret til {file}").format(
                                n=n, file=path.rsplit("/", 1)[-1])),
                        on_failure=lambda exc: show_error(self, exc))

    def tell(self, text: str) -> None:
        """A short confirmation next to the filters (and on the status bar, if connected)."""
        self.notice.setText(text)
        self.status_message.emit(text)

    def _open(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.open()

    def _setting(self, name: str) -> str | None:
        window = self.window()
        settings = getattr(window, "settings", None)
        return settings.get(name) if settings is not None else None


def _master_html(rows: list[tuple[str, object]]) -> str:
    """Label/value table; line breaks in values (addresses, notes) are kept."""
    cells = "".join(
        "<tr><td style='color:#555;padding-right:14px;white-space:nowrap' valign='top'>"
        f"{esc(k)}</td><td>{esc(v).replace(chr(10), '<br>')}</td></tr>"
        for k, v in rows
    )
    return f"<table cellspacing='2'>{cells}</table>"
