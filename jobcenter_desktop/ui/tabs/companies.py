"""Virksomheder: the company register with search, filters, details and the company form."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...domain.dates import format_date
from ...services.companies import CompanyDetail, CompanyInput, CompanyRow
from ...services.lists import ListQuery
from ..dialogs.company_dialog import CompanyDialog
from ..models.lazy_table import Column
from .base import ListTab, detail_html


class CompaniesTab(ListTab):
    change_tags = frozenset({"companies", "job_orders", "contacts"})

    def columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Navn"), lambda r: r.name, sort="name", width=230),
            Column("cvr", self.tr("CVR"), lambda r: r.cvr, sort="cvr", width=72),
            Column("postcode", self.tr("Postnr."), lambda r: r.postcode, sort="postcode", width=60),
            Column("town", self.tr("By"), lambda r: r.town, sort="town", width=105),
            Column("industry", self.tr("Branche"), lambda r: r.industry_code, width=60),
            Column("band", self.tr("Ansatte"), lambda r: r.employee_band, width=62),
            Column("status", self.tr("Status"), lambda r: self.status_text(r.status), sort="status", width=70),
            Column("consultant", self.tr("Konsulent"), lambda r: r.consultant, width=80),
            Column("jobs", self.tr("Jobordrer"), lambda r: str(r.open_job_orders or ""),
                   align_right=True, width=76),
            Column("last", self.tr("Seneste kontakt"), lambda r: format_date(r.last_contact_at),
                   sort="last_contact", width=110),
        ]

    def status_text(self, status: str) -> str:
        return {"active": self.tr("Aktiv"), "prospect": self.tr("Emne"),
                "dormant": self.tr("Hvilende"), "closed": self.tr("Lukket")}.get(status, status)

    def search_placeholder(self) -> str:
        return self.tr("Søg navn, CVR, P-nummer, by eller kontaktperson …")

    def build_filters(self, layout: QHBoxLayout) -> None:
        self.kommune_filter = QComboBox()
        self.kommune_filter.setObjectName("kommune_filter")
        self.kommune_filter.addItem(self.tr("Alle kommuner"), "")
        for k in sorted(self.services.ctx.reference().kommuner(), key=lambda k: k.name):
            self.kommune_filter.addItem(k.name, k.code)
        self.kommune_filter.currentIndexChanged.connect(
            lambda _i: self.set_filter("kommune_code", self.kommune_filter.currentData()))
        self.open_jobs_filter = QCheckBox(self.tr("Med åbne jobordrer"))
        self.open_jobs_filter.toggled.connect(lambda on: self.set_filter("has_open_job_orders", on))
        self.stale_filter = QCheckBox(self.tr("Ingen kontakt i 90 dage"))
        self.stale_filter.toggled.connect(
            lambda on: self.set_filter("last_contact_older_than_days", 90 if on else None))
        layout.addWidget(self.kommune_filter, 1)
        layout.addWidget(self.open_jobs_filter)
        layout.addWidget(self.stale_filter)

    def build_detail_panel(self) -> QWidget:
        panel = QWidget()
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Ny virksomhed"))
        self.new_button.setObjectName("new_company")
        self.edit_button = QPushButton(self.tr("Redigér"))
        self.edit_button.setObjectName("edit_company")
        self.new_button.clicked.connect(self.on_new_button_clicked)
        self.edit_button.clicked.connect(self.on_edit_button_clicked)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.detail, 1)
        return panel

    def fetch_ids(self, query: ListQuery) -> list[str]:
        return self.services.companies.list_ids(query)

    def fetch_rows(self, ids: list[str]) -> list[CompanyRow]:
        return self.services.companies.rows(ids)

    def fetch_detail(self, record_id: str) -> CompanyDetail:
        return self.services.companies.get(record_id)

    def render_detail(self, d: CompanyDetail) -> None:
        self.current_detail = d
        ref = self.services.ctx.reference()
        industry = ref.industry(d.industry_code) if d.industry_code else None
        kommune = ref.kommune(d.kommune_code) if d.kommune_code else None
        self.detail.setHtml(detail_html(d.name, [
            (self.tr("CVR"), d.cvr),
            (self.tr("P-numre"), ", ".join(d.p_numbers)),
            (self.tr("Adresse"), d.address),
            (self.tr("Postnr. og by"), f"{d.postcode} {d.town}".strip()),
            (self.tr("Kommune"), kommune.name if kommune else ""),
            (self.tr("Branche"), f"{d.industry_code} {industry.title if industry else ''}".strip()),
            (self.tr("Antal ansatte"), d.employee_band),
            (self.tr("Sektor"), self.tr("Offentlig") if d.sector == "public" else self.tr("Privat")),
            (self.tr("Status"), self.status_text(d.status)),
            (self.tr("Telefon"), d.phone),
            (self.tr("E-mail"), d.email),
            (self.tr("Hjemmeside"), d.website),
            (self.tr("Noter"), d.notes),
            (self.tr("Sidst ændret"), format_date(d.modified_at)),
        ]))

    def on_new_button_clicked(self) -> None:
        companies = self.services.companies
        self.dialog = CompanyDialog(worker=self.worker, save=lambda data, _b: companies.create(data),
                                    parent=self)
        self.dialog.open()

    def on_edit_button_clicked(self) -> None:
        base = getattr(self, "current_detail", None)
        if base is None or base.id != self.current_id:
            return
        companies = self.services.companies

        def save(data: CompanyInput, current_base: CompanyDetail | None) -> CompanyDetail:
            return companies.update(current_base.id, current_base, data)

        self.dialog = CompanyDialog(worker=self.worker, save=save, reload=companies.get, base=base,
                                    parent=self)
        self.dialog.open()
