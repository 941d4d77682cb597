"""Kandidater: citizens as candidates. CPR is masked; revealing it is an explicit, logged act."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...domain.dates import format_date
from ...services.candidates import READINESS, CandidateDetail, CandidateRow
from ...services.lists import ListQuery
from ..models.lazy_table import Column
from .base import ListTab, detail_html


class CandidatesTab(ListTab):
    change_tags = frozenset({"candidates", "placements"})

    def readiness_text(self, value: str) -> str:
        return {"jobparat": self.tr("Jobparat"), "aktivitetsparat": self.tr("Aktivitetsparat"),
                "uddannelsesparat": self.tr("Uddannelsesparat")}.get(value, value)

    def columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Navn"), lambda r: r.name, sort="name", width=200),
            Column("label", self.tr("Nr."), lambda r: r.label, sort="label", width=70),
            Column("postcode", self.tr("Postnr."), lambda r: r.postcode, sort="postcode", width=60),
            Column("town", self.tr("By"), lambda r: r.town, width=110),
            Column("readiness", self.tr("Parathed"), lambda r: self.readiness_text(r.readiness),
                   sort="readiness", width=110),
            Column("group", self.tr("Målgruppe"), lambda r: r.target_group, width=80),
            Column("wish", self.tr("Ønsket stilling"), self._wish, width=180),
            Column("available", self.tr("Ledig fra"), lambda r: format_date(r.available_from),
                   sort="available_from", width=90),
            Column("consent", self.tr("Samtykke"), lambda r: "✓" if r.has_consent else "", width=70),
            Column("consultant", self.tr("Konsulent"), lambda r: r.consultant, width=70),
        ]

    def _wish(self, row: CandidateRow) -> str:
        if not row.desired_occupation:
            return ""
        occ = self.services.ctx.reference().occupation(row.desired_occupation)
        return f"{row.desired_occupation} {occ.title if occ else ''}".strip()

    def search_placeholder(self) -> str:
        return self.tr("Søg navn, telefon, e-mail, stilling, postnr. – eller fuldt CPR-nummer …")

    def build_filters(self, layout: QHBoxLayout) -> None:
        self.readiness_filter = QComboBox()
        self.readiness_filter.addItem(self.tr("Alle paratheder"), "")
        for value in READINESS:
            self.readiness_filter.addItem(self.readiness_text(value), value)
        self.readiness_filter.currentIndexChanged.connect(
            lambda _i: self.set_filter("readiness", self.readiness_filter.currentData()))
        layout.addWidget(self.readiness_filter)

    def build_detail_panel(self) -> QWidget:
        panel = QWidget()
        buttons = QHBoxLayout()
        self.reveal_button = QPushButton(self.tr("Vis CPR"))
        self.reveal_button.setObjectName("reveal_cpr")
        self.reveal_button.setToolTip(self.tr("Viser det fulde CPR-nummer. Visningen logges."))
        self.reveal_button.clicked.connect(self.on_reveal_button_clicked)
        buttons.addWidget(self.reveal_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.detail, 1)
        return panel

    def fetch_ids(self, query: ListQuery) -> list[str]:
        return self.services.candidates.list_ids(query)

    def fetch_rows(self, ids: list[str]) -> list[CandidateRow]:
        return self.services.candidates.rows(ids)

    def fetch_detail(self, record_id: str) -> CandidateDetail:
        return self.services.candidates.get(record_id)

    def render_detail(self, d: CandidateDetail, cpr_text: str | None = None) -> None:
        self.current_detail = d
        self.reveal_button.setEnabled(d.has_cpr)
        ref = self.services.ctx.reference()
        wishes = []
        for code in d.desired_occupations:
            occ = ref.occupation(code)
            wishes.append(f"{code} {occ.title if occ else ''}".strip())
        group = self.services.ctx.rulebook().target_group(d.target_group_code) if d.target_group_code else None
        self.detail.setHtml(detail_html(d.name, [
            (self.tr("Nr."), d.label),
            (self.tr("CPR"), cpr_text or d.cpr_masked),
            (self.tr("Telefon"), d.phone),
            (self.tr("E-mail"), d.email),
            (self.tr("Postnr. og by"), f"{d.postcode} {d.town}".strip()),
            (self.tr("Målgruppe"), f"{d.target_group_code} {group.name_da if group else ''}".strip()),
            (self.tr("Parathed"), self.readiness_text(d.readiness)),
            (self.tr("Ønskede stillinger"), "; ".join(wishes)),
            (self.tr("Kompetencer"), ", ".join(d.skills)),
            (self.tr("Certifikater"), ", ".join(d.certificates)),
            (self.tr("Kørekort"), ", ".join(d.driving_licences)),
            (self.tr("Sprog"), ", ".join(f"{lang} ({lvl})" for lang, lvl in d.languages)),
            (self.tr("Maks. transport"), f"{d.max_commute_km} km" if d.max_commute_km else ""),
            (self.tr("Timer pr. uge"), f"{d.hours_wanted:g}" if d.hours_wanted else ""),
            (self.tr("Ledig fra"), format_date(d.available_from)),
            (self.tr("Samtykke til deling"), self.tr("Ja") if d.consent_active else self.tr("Nej")),
        ]))

    def on_reveal_button_clicked(self) -> None:
        detail = getattr(self, "current_detail", None)
        if detail is None or not detail.has_cpr:
            return
        candidates = self.services.candidates
        self.worker.run(lambda: candidates.reveal_cpr(detail.id),
                        on_success=lambda cpr: self.render_detail(detail, cpr_text=cpr))
