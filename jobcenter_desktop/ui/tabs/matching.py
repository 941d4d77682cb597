"""Matchning: open job orders to match against, and the placement pipeline by status."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...domain.dates import format_date
from ...services.joborders import JobOrderRow
from ...services.lists import ListQuery
from ...services.placements import STATUSES
from ..models.lazy_table import Column, LazyTableModel
from ..widgets.tables import RecordTable
from .base import ListTab, detail_html


class MatchingTab(ListTab):
    change_tags = frozenset({"job_orders", "placements", "candidates"})

    def status_text(self, status: str) -> str:
        return {"open": self.tr("Åben"), "in_progress": self.tr("I gang"), "paused": self.tr("Pauset"),
                "filled": self.tr("Besat"), "expired": self.tr("Udløbet"), "planned": self.tr("Planlagt"),
                "active": self.tr("Aktiv"), "completed": self.tr("Afsluttet"),
                "stopped_early": self.tr("Afbrudt"), "cancelled": self.tr("Aflyst")}.get(status, status)

    def columns(self) -> list[Column]:
        return [
            Column("title", self.tr("Jobordre"), lambda r: r.title, sort="title", width=180),
            Column("company", self.tr("Virksomhed"), lambda r: r.company_name, sort="company", width=220),
            Column("disco", self.tr("DISCO"), lambda r: r.disco_code, sort="disco", width=60),
            Column("positions", self.tr("Stillinger"), lambda r: str(r.positions), align_right=True, width=70),
            Column("postcode", self.tr("Postnr."), lambda r: r.postcode, width=60),
            Column("deadline", self.tr("Frist"), lambda r: format_date(r.deadline), sort="deadline", width=90),
            Column("status", self.tr("Status"), lambda r: self.status_text(r.status), sort="status", width=80),
        ]

    def default_sort(self) -> str:
        return "deadline"

    def search_placeholder(self) -> str:
        return self.tr("Søg jobordre (titel, stillingskode) …")

    def build_filters(self, layout: QHBoxLayout) -> None:
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Åbne og i gang"), ["open", "in_progress"])
        self.status_filter.addItem(self.tr("Alle"), None)
        for status in ("open", "in_progress", "paused", "filled", "expired"):
            self.status_filter.addItem(self.status_text(status), [status])
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.set_filter("status", self.status_filter.currentData()))
        self.filters["status"] = ["open", "in_progress"]
        layout.addWidget(self.status_filter)

    def build_detail_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.detail, 1)
        layout.addWidget(QLabel("<b>" + self.tr("Forløb (pipeline)") + "</b>"))
        self.pipeline_label = QLabel()
        self.pipeline_label.setObjectName("pipeline")
        layout.addWidget(self.pipeline_label)
        self.placement_model = LazyTableModel(
            worker=self.worker,
            fetch_ids=self.services.placements.list_ids,
            fetch_rows=self.services.placements.rows,
            columns=[
                Column("candidate", self.tr("Borger"), lambda r: f"{r.candidate_label} {r.candidate_name}", width=170),
                Column("company", self.tr("Virksomhed"), lambda r: r.company_name, width=170),
                Column("scheme", self.tr("Ordning"), lambda r: r.scheme_code, width=70),
                Column("start", self.tr("Start"), lambda r: format_date(r.start), width=85),
                Column("status", self.tr("Status"), lambda r: self.status_text(r.status), width=80),
            ],
            parent=self,
        )
        self.placements = RecordTable(self.placement_model)
        layout.addWidget(self.placements, 1)
        return panel

    def load(self) -> None:
        super().load()
        self.placement_model.set_query(ListQuery(descending=True, limit=500))
        self.worker.run(self.services.placements.pipeline, on_success=self._on_pipeline)

    def _on_pipeline(self, counts: dict[str, int]) -> None:
        self.pipeline_label.setText("   ".join(
            f"{self.status_text(s)}: <b>{counts.get(s, 0)}</b>" for s in STATUSES))

    def on_worker_changed(self, tags: frozenset[str]) -> None:
        super().on_worker_changed(tags)
        if "placements" in tags:
            self.placement_model.refresh()
            self.worker.run(self.services.placements.pipeline, on_success=self._on_pipeline)

    def fetch_ids(self, query: ListQuery) -> list[str]:
        return self.services.job_orders.list_ids(query)

    def fetch_rows(self, ids: list[str]) -> list[JobOrderRow]:
        return self.services.job_orders.rows(ids)

    def fetch_detail(self, record_id: str) -> JobOrderRow | None:
        rows = self.services.job_orders.rows([record_id])
        return rows[0] if rows else None

    def render_detail(self, j: JobOrderRow) -> None:
        occ = self.services.ctx.reference().occupation(j.disco_code) if j.disco_code else None
        self.detail.setHtml(detail_html(j.title, [
            (self.tr("Virksomhed"), j.company_name),
            (self.tr("Stillingskode"), f"{j.disco_code} {occ.title if occ else ''}".strip()),
            (self.tr("Antal stillinger"), j.positions),
            (self.tr("Arbejdssted"), j.postcode),
            (self.tr("Frist"), format_date(j.deadline)),
            (self.tr("Status"), self.status_text(j.status)),
        ]))
