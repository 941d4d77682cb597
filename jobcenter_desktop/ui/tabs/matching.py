"""Matchning: from a job order to a shortlist one can defend, and from a match to a placement.

Left: pick a job order (or, in the other direction, a citizen) by search. Right, on the
"Matchresultater" page: the ranked results with a score bar and a one-line explanation per row
("✓ 7212 Svejser · ✓ truckcertifikat · ✗ mangler kørekort C · 12 km"), filters for minimum score,
maximum distance, number of results and scheme eligibility, excluded rows on demand (greyed,
reason first), the full explanation of the selected row, two candidates side by side, proposing
a candidate (mediation log; refused without consent to a named proposal) and starting a
placement with its compliance check. The "Forløb" page is the placement pipeline by status with
status changes, the VITAS sheet and the placement summary PDF with print preview.

Everything that reads or writes the store runs on the DB worker.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.dates import format_date
from ...services.joborders import JobOrderRow
from ...services.joborders import status_name as job_status_name
from ...services.lists import ListQuery
from ...services.matching import MatchingService, MatchResults, MatchRow, PairDetail
from ...services.placements import (
    STATUSES,
    PlacementDetail,
    PlacementInput,
    PlacementRow,
    status_name,
)
from ..dialogs.match_dialogs import CompareDialog, ProposeDialog
from ..dialogs.messages import language, show_error
from ..dialogs.pdf_preview import PdfPreviewDialog
from ..dialogs.placement_dialog import PlacementDialog
from ..dialogs.placement_status_dialog import PlacementStatusDialog
from ..dialogs.vitas_dialog import VitasDialog
from ..models.lazy_table import Column, LazyTableModel
from ..models.match_models import MatchResultsModel, PipelineColumnModel, points
from ..widgets.score_bar import ScoreBarDelegate
from ..widgets.tables import RecordTable
from .base import ListTab, esc

JOB_MODE, CANDIDATE_MODE = "job", "candidate"
MATCH_PAGE, PIPELINE_PAGE = 0, 1


class MatchingTab(ListTab):
    change_tags = frozenset({"job_orders", "candidates"})

    def __init__(self, *, services: Any, worker: Any, parent: QWidget | None = None) -> None:
        self.mode = JOB_MODE
        self.matching = MatchingService(services.ctx)
        self.results: MatchResults | None = None
        self.pair: PairDetail | None = None
        self.current_placement: PlacementRow | None = None
        self._pipeline_focus = "planned"
        super().__init__(services=services, worker=worker, parent=parent)
        self.placement_service = services.placements
        self.job_model = self.model
        self.job_table = self.table
        self.candidate_model = LazyTableModel(
            worker=worker, fetch_ids=services.candidates.list_ids, fetch_rows=services.candidates.rows,
            columns=self._candidate_columns(), parent=self)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([360, 1040])
        self._connect_matching_signals()

    # ------------------------------------------------------------------ picker (ListTab hooks)
    def columns(self) -> list[Column]:
        return [
            Column("title", self.tr("Jobordre"), lambda r: r.title, sort="title", width=120),
            Column("company", self.tr("Virksomhed"), lambda r: r.company_name, sort="company", width=150),
            Column("disco", self.tr("DISCO"), lambda r: r.disco_code, sort="disco", width=48),
            Column("postcode", self.tr("Postnr."), lambda r: r.postcode, width=55),
            Column("deadline", self.tr("Frist"), lambda r: format_date(r.deadline), sort="deadline", width=85),
            Column("status", self.tr("Status"), lambda r: job_status_name(r.status, language()),
                   sort="status", width=80),
        ]

    def _candidate_columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Borger"), lambda r: f"{r.label} {r.name}", sort="name", width=220),
            Column("wish", self.tr("Ønske"), lambda r: r.desired_occupation, width=48),
            Column("postcode", self.tr("Postnr."), lambda r: r.postcode, sort="postcode", width=55),
            Column("available", self.tr("Ledig fra"), lambda r: format_date(r.available_from),
                   sort="available_from", width=85),
            Column("consent", self.tr("Samtykke"), lambda r: "✓" if r.has_consent else "", width=65),
        ]

    def default_sort(self) -> str:
        return "deadline" if self.mode == JOB_MODE else "name"

    def search_placeholder(self) -> str:
        return self.tr("Søg jobordre (titel, stillingskode) …")

    def build_filters(self, layout: QHBoxLayout) -> None:
        self.mode_box = QComboBox()
        self.mode_box.setObjectName("match_mode")
        self.mode_box.addItem(self.tr("Jobordre → borgere"), JOB_MODE)
        self.mode_box.addItem(self.tr("Borger → jobordrer og virksomheder"), CANDIDATE_MODE)
        layout.insertWidget(0, self.mode_box)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("job_status_filter")
        self.status_filter.addItem(self.tr("Åbne og i gang"), ["open", "in_progress"])
        self.status_filter.addItem(self.tr("Alle"), None)
        for status in ("open", "in_progress", "paused", "filled", "expired"):
            self.status_filter.addItem(job_status_name(status, language()), [status])
        self.filters["status"] = ["open", "in_progress"]
        layout.addWidget(self.status_filter)

    def build_detail_panel(self) -> QWidget:
        self.workspace = QTabWidget()
        self.workspace.setObjectName("matching_workspace")
        self.workspace.setDocumentMode(True)
        self.workspace.addTab(self._build_match_page(), self.tr("Matchresultater"))
        self.workspace.addTab(self._build_pipeline_page(), self.tr("Forløb (pipeline)"))
        return self.workspace

    # ------------------------------------------------------------------ match page
    def _build_match_page(self) -> QWidget:
        page = QWidget()
        self.detail.setFixedHeight(self.fontMetrics().height() * 4 + 16)
        self.detail.setPlaceholderText(self.tr("Vælg en jobordre til venstre for at se de bedste borgere."))
        self.min_score = QSpinBox()
        self.min_score.setObjectName("min_score")
        self.min_score.setRange(0, 100)
        self.min_score.setSuffix(self.tr(" point"))
        self.max_km = QSpinBox()
        self.max_km.setObjectName("max_km")
        self.max_km.setRange(0, 500)
        self.max_km.setSingleStep(5)
        self.max_km.setSpecialValueText(self.tr("ingen grænse"))
        self.max_km.setSuffix(" km")
        self.top_n = QSpinBox()
        self.top_n.setObjectName("top_n")
        self.top_n.setRange(5, 200)
        self.top_n.setValue(20)
        self.show_excluded = QCheckBox(self.tr("Vis udelukkede"))
        self.show_excluded.setObjectName("show_excluded")
        self.show_excluded.setToolTip(self.tr("Vis også dem et hårdt krav udelukker (grå, med årsagen)"))
        self.scheme_box = QComboBox()
        self.scheme_box.setObjectName("scheme_box")
        self.scheme_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scheme_box.setMinimumContentsLength(22)
        self.scheme_box.setToolTip(self.tr("Vis for hver borger, om ordningen kan bevilges på startdatoen"))
        self.kinds_box = QComboBox()
        self.kinds_box.setObjectName("kinds_box")
        self.kinds_box.addItem(self.tr("Jobordrer og virksomheder"), ("job_order", "company"))
        self.kinds_box.addItem(self.tr("Kun jobordrer"), ("job_order",))
        self.kinds_box.addItem(self.tr("Kun virksomheder uden jobordre"), ("company",))
        self.kinds_box.setVisible(False)
        filters = QHBoxLayout()
        for label, widget in ((self.tr("Min. score"), self.min_score), (self.tr("Maks. afstand"), self.max_km),
                              (self.tr("Antal"), self.top_n)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.show_excluded)
        self.scheme_label = QLabel(self.tr("Ordning"))
        filters.addWidget(self.scheme_label)
        filters.addWidget(self.scheme_box)
        filters.addWidget(self.kinds_box)
        filters.addStretch(1)

        self.results_model = MatchResultsModel(self)
        self.results_table = QTableView()
        self.results_table.setObjectName("match_results")
        self.results_table.setModel(self.results_model)
        self.results_table.setItemDelegateForColumn(MatchResultsModel.SCORE, ScoreBarDelegate(self.results_table))
        self.results_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.results_table.setAlternatingRowColors(True)
        self.results_table.setWordWrap(False)
        vertical = self.results_table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 12)
        vertical.hide()
        horizontal = self.results_table.horizontalHeader()
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        horizontal.setStretchLastSection(True)
        for column, width in ((MatchResultsModel.SCORE, 110), (MatchResultsModel.NAME, 190),
                              (MatchResultsModel.DISTANCE, 66), (MatchResultsModel.EXTRA, 84),
                              (MatchResultsModel.SCHEME, 150)):
            self.results_table.setColumnWidth(column, width)
        self.results_table.setColumnHidden(MatchResultsModel.SCHEME, True)
        self.results_info = QLabel()
        self.results_info.setObjectName("results_info")
        self.results_info.setStyleSheet("color:#555")
        self.results_info.setWordWrap(True)

        self.explanation = QTextBrowser()
        self.explanation.setObjectName("explanation")
        self.explanation.setPlaceholderText(self.tr("Vælg en række for at se hele forklaringen og ordningerne."))
        self.compare_button = QPushButton(self.tr("Sammenlign"))
        self.compare_button.setObjectName("compare")
        self.compare_button.setToolTip(self.tr("Markér to borgere (Ctrl+klik) og sammenlign dem side om side"))
        self.propose_button = QPushButton(self.tr("Foreslå …"))
        self.propose_button.setObjectName("propose")
        self.propose_button.setToolTip(self.tr("Foreslå borgeren med navn til jobordren (kræver samtykke)"))
        self.start_button = QPushButton(self.tr("Start forløb …"))
        self.start_button.setObjectName("start_placement")
        actions = QVBoxLayout()
        for button in (self.propose_button, self.start_button, self.compare_button):
            actions.addWidget(button)
        actions.addStretch(1)
        bottom = QWidget()
        bottom_layout = QHBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.explanation, 1)
        bottom_layout.addLayout(actions)
        split = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.results_table, 1)
        top_layout.addWidget(self.results_info)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([430, 230])
        layout = QVBoxLayout(page)
        layout.addWidget(self.detail)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        self._update_actions()
        return page

    # ------------------------------------------------------------------ pipeline page
    def _build_pipeline_page(self) -> QWidget:
        page = QWidget()
        board = QHBoxLayout()
        self.pipeline_models: dict[str, PipelineColumnModel] = {}
        self.pipeline_tables: dict[str, RecordTable] = {}
        self.pipeline_headers: dict[str, QLabel] = {}
        for status in STATUSES:
            model = PipelineColumnModel(
                worker=self.worker,
                fetch_ids=lambda q, s=status: self.services.placements.list_ids(
                    replace(q, filters={"status": s}, descending=True)),
                fetch_rows=self.services.placements.rows,
                columns=[Column("card", status_name(status, language()), self._card, width=180)],
                parent=self)
            table = RecordTable(model)
            table.setObjectName(f"pipeline_{status}")
            table.horizontalHeader().hide()
            table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() * 3 + 14)
            header = QLabel()
            header.setObjectName(f"pipeline_header_{status}")
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            header.setStyleSheet("font-weight:bold; padding:4px; background:#eef2f7; border-radius:3px")
            column = QVBoxLayout()
            column.addWidget(header)
            column.addWidget(table, 1)
            board.addLayout(column, 1)
            self.pipeline_models[status] = model
            self.pipeline_tables[status] = table
            self.pipeline_headers[status] = header
        self.placement_info = QLabel(self.tr("Vælg et forløb."))
        self.placement_info.setObjectName("placement_info")
        self.placement_info.setWordWrap(True)
        self.edit_placement_button = QPushButton(self.tr("Åbn / redigér …"))
        self.activate_button = QPushButton(self.tr("Start"))
        self.complete_button = QPushButton(self.tr("Afslut …"))
        self.stop_button = QPushButton(self.tr("Afbryd …"))
        self.cancel_placement_button = QPushButton(self.tr("Aflys …"))
        self.print_button = QPushButton(self.tr("Udskriv resumé …"))
        self.print_button.setObjectName("print_placement")
        self.vitas_button = QPushButton(self.tr("VITAS-oplysninger …"))
        self.vitas_button.setObjectName("pipeline_vitas")
        actions = QHBoxLayout()
        for button in (self.edit_placement_button, self.activate_button, self.complete_button,
                       self.stop_button, self.cancel_placement_button, self.print_button,
                       self.vitas_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(board, 1)
        layout.addWidget(self.placement_info)
        layout.addLayout(actions)
        self._update_placement_actions()
        return page

    def _card(self, row: PlacementRow) -> str:
        end = f" → {format_date(row.planned_end)}" if row.planned_end else ""
        warn = "✗ " if row.has_failure and row.status == "planned" else ""
        return (f"{warn}{row.candidate_label} {row.candidate_name}\n{row.company_name}\n"
                f"{row.scheme_code} · {format_date(row.start)}{end}")

    @property
    def placement_model(self) -> LazyTableModel:
        """The pipeline column in focus (planned until the user picks another)."""
        return self.pipeline_models[self._pipeline_focus]

    # ------------------------------------------------------------------ signals
    def _connect_matching_signals(self) -> None:
        self.mode_box.currentIndexChanged.connect(self.on_mode_box_current_index_changed)
        self.status_filter.currentIndexChanged.connect(self.on_status_filter_current_index_changed)
        for spin in (self.min_score, self.max_km, self.top_n):
            spin.valueChanged.connect(self.on_filter_changed)
        self.show_excluded.toggled.connect(self.on_filter_changed)
        self.scheme_box.currentIndexChanged.connect(self.on_filter_changed)
        self.kinds_box.currentIndexChanged.connect(self.on_filter_changed)
        self.results_table.selectionModel().selectionChanged.connect(self.on_results_selection_changed)
        self.results_table.doubleClicked.connect(self.on_results_table_double_clicked)
        self.propose_button.clicked.connect(self.on_propose_button_clicked)
        self.start_button.clicked.connect(self.on_start_button_clicked)
        self.compare_button.clicked.connect(self.on_compare_button_clicked)
        self.workspace.currentChanged.connect(self.on_workspace_current_changed)
        for status, table in self.pipeline_tables.items():
            table.selectionModel().currentRowChanged.connect(
                lambda current, _prev, s=status: self.on_pipeline_current_row_changed(s, current))
        self.edit_placement_button.clicked.connect(self.on_edit_placement_button_clicked)
        self.activate_button.clicked.connect(lambda: self.change_placement_status("active"))
        self.complete_button.clicked.connect(lambda: self.change_placement_status("completed"))
        self.stop_button.clicked.connect(lambda: self.change_placement_status("stopped_early"))
        self.cancel_placement_button.clicked.connect(lambda: self.change_placement_status("cancelled"))
        self.print_button.clicked.connect(self.on_print_button_clicked)
        self.vitas_button.clicked.connect(self.on_vitas_button_clicked)

    # ------------------------------------------------------------------ loading
    def load(self) -> None:
        super().load()
        self._fill_schemes(None)
        self.refresh_pipeline()

    def refresh_pipeline(self) -> None:
        for model in self.pipeline_models.values():
            model.refresh()
        self.worker.run(self.services.placements.pipeline, on_success=self._on_pipeline)

    def _on_pipeline(self, counts: dict[str, int]) -> None:
        for status, header in self.pipeline_headers.items():
            header.setText(f"{status_name(status, language())} ({counts.get(status, 0)})")

    def on_worker_changed(self, tags: frozenset[str]) -> None:
        super().on_worker_changed(tags)
        if "placements" in tags:
            self.refresh_pipeline()

    # ------------------------------------------------------------------ mode and filters
    def on_mode_box_current_index_changed(self, _index: int) -> None:
        mode = self.mode_box.currentData()
        if mode == self.mode:
            return
        self.mode = mode
        is_job = mode == JOB_MODE
        self.status_filter.setVisible(is_job)
        self.scheme_box.setVisible(is_job)
        self.scheme_label.setVisible(is_job)
        self.kinds_box.setVisible(not is_job)
        self.results_table.setColumnHidden(MatchResultsModel.SCHEME,
                                           not (is_job and self.scheme_box.currentData()))
        self.results_model.set_kind("candidate" if is_job else "job")
        self.search.setPlaceholderText(self.tr("Søg jobordre (titel, stillingskode) …") if is_job
                                       else self.tr("Søg borger (navn, nr., postnr., stilling) …"))
        self.detail.setPlaceholderText(
            self.tr("Vælg en jobordre til venstre for at se de bedste borgere.") if is_job
            else self.tr("Vælg en borger til venstre for at se de bedste jobordrer og virksomheder."))
        self._use_model(self.job_model if is_job else self.candidate_model)
        self.filters = {"status": self.status_filter.currentData()} if is_job and self.status_filter.currentData() else {}
        self._clear_results()
        self.model.set_query(ListQuery(search=self.search.text(), filters=dict(self.filters),
                                       sort=self.default_sort()))

    def _use_model(self, model: LazyTableModel) -> None:
        """Point the picker at another list (job orders or citizens)."""
        old = self.table.selectionModel()
        try:
            self.model.loaded.disconnect(self.on_model_loaded)
            old.currentRowChanged.disconnect(self.on_table_current_row_changed)
        except (RuntimeError, TypeError):
            pass
        self.model = model
        self.table.setModel(model)
        for i, column in enumerate(model.columns()):
            self.table.setColumnWidth(i, column.width)
        self.model.loaded.connect(self.on_model_loaded)
        self.table.selectionModel().currentRowChanged.connect(self.on_table_current_row_changed)
        self.current_id = None

    def on_status_filter_current_index_changed(self, _index: int) -> None:
        self.set_filter("status", self.status_filter.currentData())

    def on_filter_changed(self, *_args: Any) -> None:
        self.results_table.setColumnHidden(MatchResultsModel.SCHEME,
                                           not (self.mode == JOB_MODE and self.scheme_box.currentData()))
        self.rerun()

    def rerun(self) -> None:
        if self.current_id:
            record_id = self.current_id
            self.worker.run(lambda: self.fetch_detail(record_id), on_success=self._on_detail,
                            on_failure=self._on_detail_failed)

    def _fill_schemes(self, results: MatchResults | None) -> None:
        current = self.scheme_box.currentData()
        allowed = results.target.schemes_allowed if results is not None else ()
        today = datetime.now(UTC).date()
        schemes = self.services.ctx.rulebook().schemes_on(today)
        self.scheme_box.blockSignals(True)
        self.scheme_box.clear()
        self.scheme_box.addItem(self.tr("— ingen kontrol —"), "")
        for scheme in sorted(schemes, key=lambda s: (s.code not in allowed, s.name_da)):
            star = " ★" if scheme.code in allowed else ""
            self.scheme_box.addItem(f"{scheme.name_da}{star}", scheme.code)
        self.scheme_box.setCurrentIndex(max(0, self.scheme_box.findData(current or "")))
        self.scheme_box.blockSignals(False)

    # ------------------------------------------------------------------ matching
    def fetch_detail(self, record_id: str) -> MatchResults:
        max_km = float(self.max_km.value()) if self.max_km.value() else None
        common = {"top": self.top_n.value(), "min_score": self.min_score.value(),
                  "max_distance_km": max_km, "include_excluded": self.show_excluded.isChecked()}
        if self.mode == JOB_MODE:
            return self.matching.match_job_order(record_id, scheme_code=self.scheme_box.currentData() or None,
                                                 **common)
        return self.matching.match_candidate(record_id, kinds=self.kinds_box.currentData(), **common)

    def render_detail(self, results: MatchResults) -> None:
        self.results = results
        self.pair = None
        target = results.target
        if target.kind == "job_order":
            self._fill_schemes(results)
        self.detail.setHtml(self._target_html(results))
        rows = list(results.rows) + list(results.excluded)
        self.results_model.set_rows(rows)
        self.explanation.clear()
        shown = len(results.rows)
        info = self.tr("{n} resultater; {x} udelukkede vist. Gennemgået i detaljer: {s} (forudvalgt i databasen: {p}).") \
            .format(n=shown, x=len(results.excluded), s=results.scored, p=results.prefiltered)
        if results.notes:
            info += " " + " ".join(results.notes)
        if not rows:
            info = self.tr("Ingen resultater med de valgte filtre.") + " " + info
        self.results_info.setText(info)
        if rows:
            self.results_table.selectionModel().setCurrentIndex(
                self.results_model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._update_actions()

    def _target_html(self, results: MatchResults) -> str:
        t = results.target
        facts = []
        if t.disco_code:
            facts.append(f"{esc(t.disco_code)} {esc(t.occupation)}" if t.kind == "job_order" else esc(t.subtitle))
        place = " ".join(x for x in (t.postcode, t.town) if x)
        if place:
            facts.append(esc(place))
        if t.kind == "job_order":
            if t.start:
                facts.append(self.tr("start {d}").format(d=format_date(t.start)))
            if t.hours:
                facts.append(self.tr("{h} t/uge").format(h=f"{t.hours:g}"))
            title = f"{esc(t.title)} – {esc(t.subtitle)}"
        else:
            if t.start:
                facts.append(self.tr("ledig fra {d}").format(d=format_date(t.start)))
            if t.hours:
                facts.append(self.tr("ønsker {h} t/uge").format(h=f"{t.hours:g}"))
            title = esc(t.title)
        lines = [f"<b style='font-size:13px'>{title}</b>", " · ".join(facts)]
        if t.requirements:
            label = self.tr("Krav og ønsker") if t.kind == "job_order" else self.tr("Kan")
            lines.append(f"<span style='color:#555'>{esc(label)}:</span> " + esc("; ".join(t.requirements)))
        if t.missing_info:
            lines.append("<span style='color:#a15c00'>? " + esc(self.tr("Ukendt: "))
                         + esc("; ".join(t.missing_info)) + "</span>")
        return "<br>".join(lines)

    def _clear_results(self) -> None:
        self.results = None
        self.pair = None
        self.results_model.set_rows([])
        self.detail.clear()
        self.explanation.clear()
        self.results_info.clear()
        self._update_actions()

    def selected_rows(self) -> list[MatchRow]:
        rows = sorted({i.row() for i in self.results_table.selectionModel().selectedRows()})
        return [r for r in (self.results_model.row_object(i) for i in rows) if r is not None]

    def current_row(self) -> MatchRow | None:
        index = self.results_table.currentIndex()
        return self.results_model.row_object(index.row()) if index.isValid() else None

    def on_results_selection_changed(self, *_args: Any) -> None:
        self._update_actions()
        row = self.current_row()
        if row is None or self.results is None:
            self.explanation.clear()
            return
        target = self.results.target
        if row.kind == "candidate":
            job_id, cand_id = target.id, row.id
            self.worker.run(lambda: self.matching.explain_pair(job_id, cand_id),
                            on_success=self._on_pair, on_failure=self._on_pair_failed)
        elif row.kind == "job_order":
            cand_id, job_id = target.id, row.id
            self.worker.run(lambda: self.matching.explain_job(cand_id, job_id),
                            on_success=self._on_pair, on_failure=self._on_pair_failed)
        else:
            self._on_pair(PairDetail(row, (), datetime.now(UTC).date()))

    def _on_pair(self, pair: PairDetail) -> None:
        current = self.current_row()
        if current is None or current.id != pair.row.id:
            return
        self.pair = pair
        self.explanation.setHtml(self._pair_html(pair))

    def _on_pair_failed(self, exc: BaseException) -> None:
        self.explanation.setHtml(f"<i>{esc(getattr(exc, 'da', '') or str(exc))}</i>")

    def _pair_html(self, pair: PairDetail) -> str:
        row = pair.row
        colour = {True: "#1b7a3a", False: "#b00020", None: "#a15c00"}
        parts = "".join(
            f"<tr><td style='color:{colour[p.ok]}'>{p.mark}</td><td>{esc(p.title)}&nbsp;&nbsp;</td>"
            f"<td align='right'>{points(p.points)}/{points(p.max_points)}&nbsp;&nbsp;</td><td>{esc(p.text_da)}</td></tr>"
            for p in row.parts)
        out = [f"<b>{esc(row.title)}</b> &nbsp; <b>{row.score}</b> {esc(self.tr('point'))}"]
        if row.excluded:
            out.append("<span style='color:#b00020'><b>" + esc(self.tr("Udelukket:")) + "</b> "
                       + esc("; ".join(row.hard_failures)) + "</span>")
        out.append(f"<table cellspacing='0' cellpadding='2'>{parts}</table>")
        if row.distance_approx:
            out.append("<i>" + esc(self.tr("Afstanden er et skøn (ca.): postnummerets midtpunkt ligger på "
                                           "vandet og er erstattet af kommunens midte.")) + "</i>")
        if row.missing_info:
            out.append("<span style='color:#a15c00'>? " + esc(self.tr("Ukendt: ")) + esc("; ".join(row.missing_info))
                       + "</span>")
        if row.note:
            out.append(esc(row.note))
        if row.kind == "candidate" and not row.may_propose:
            out.append("<span style='color:#555'>" + esc(self.tr(
                "Intet samtykke til forslag med navn: kan findes internt, men kun præsenteres anonymt.")) + "</span>")
        if pair.schemes:
            items = "".join(
                f"<li><span style='color:{ {'eligible': '#1b7a3a', 'not_eligible': '#b00020'}.get(s.status, '#a15c00') }'>"
                f"{esc(s.summary_da())}</span>"
                + "".join(f"<br><small>{esc(r)}</small>" for r in s.reasons_da[:3]) + "</li>"
                for s in pair.schemes)
            out.append("<b>" + esc(self.tr("Ordninger pr. {d}").format(d=format_date(pair.start)))
                       + "</b><ul style='margin-top:0'>" + items + "</ul>")
        return "<br>".join(out)

    def _update_actions(self) -> None:
        rows = self.selected_rows() if hasattr(self, "results_table") else []
        current = self.current_row() if hasattr(self, "results_table") else None
        is_job = self.mode == JOB_MODE
        self.compare_button.setEnabled(is_job and len(rows) == 2)
        self.propose_button.setEnabled(current is not None and not current.excluded
                                       and (is_job or current.kind == "job_order"))
        self.start_button.setEnabled(current is not None)
        self.propose_button.setVisible(True)

    def on_results_table_double_clicked(self, _index: Any) -> None:
        self.on_start_button_clicked()

    # ------------------------------------------------------------------ propose
    def on_propose_button_clicked(self) -> None:
        row = self.current_row()
        if row is None or self.results is None:
            return
        if self.mode == JOB_MODE:
            job_id, cand_id, job_title = self.results.target.id, row.id, self.results.target.title
        else:
            job_id, cand_id, job_title = row.id, self.results.target.id, row.name
        shown = row if self.mode == JOB_MODE else replace(row, label="", name=self.results.target.title)
        self.propose_dialog = ProposeDialog(row=shown, job_title=job_title, parent=self)
        self.propose_dialog.accepted.connect(
            lambda: self.propose(job_id, cand_id, self.propose_dialog.note.text()))
        self.propose_dialog.open()

    def propose(self, job_order_id: str, candidate_id: str, note: str = "") -> None:
        self.worker.run(lambda: self.matching.propose(job_order_id, candidate_id, reason=note),
                        on_success=self._on_proposed, on_failure=lambda exc: show_error(self, exc),
                        changes={"job_orders"})

    def _on_proposed(self, result: Any) -> None:
        text = self.tr("Foreslået til jobordren (score {s}); forklaringen er gemt i formidlingsloggen.") \
            .format(s=result.score)
        self.results_info.setText(text)
        self.status_message.emit(text)

    # ------------------------------------------------------------------ compare
    def on_compare_button_clicked(self) -> None:
        rows = self.selected_rows()
        if self.results is None or len(rows) != 2 or self.mode != JOB_MODE:
            return
        job_id, ids, title = self.results.target.id, [r.id for r in rows], self.results.target.title
        self.worker.run(lambda: self.matching.compare(job_id, ids),
                        on_success=lambda details: self._open_compare(details, title),
                        on_failure=lambda exc: show_error(self, exc))

    def _open_compare(self, details: Any, title: str) -> None:
        self.compare_dialog = CompareDialog(details=details, job_title=title, parent=self)
        self.compare_dialog.open()

    # ------------------------------------------------------------------ start a placement
    def on_start_button_clicked(self) -> None:
        row = self.current_row()
        if row is None or self.results is None:
            return
        target = self.results.target
        today = datetime.now(UTC).date()
        if self.mode == JOB_MODE:
            cand_id, company_id, job_id = row.id, target.company_id, target.id
            start = max(target.start or today, today)
            scheme = self.scheme_box.currentData() or (target.schemes_allowed[0] if target.schemes_allowed else "ORD")
            workplace = target.workplace_id
        elif row.kind == "job_order":
            cand_id, company_id, job_id = target.id, row.company_id, row.id
            start, scheme, workplace = today, "ORD", None
        else:
            cand_id, company_id, job_id = target.id, row.id, None
            start, scheme, workplace = today, "VP", None
        note = self.tr("Fra match: score {s} – {e}").format(s=row.score, e=row.explanation_da)
        self.start_placement(cand_id, company_id, job_id, start, scheme, workplace, note)

    def start_placement(self, candidate_id: str, company_id: str, job_order_id: str | None, start: Any,
                        scheme: str, workplace_id: str | None, note: str = "") -> None:
        service = self.services.placements

        def options() -> Any:
            return service.form_options(candidate_id, company_id, start, job_order_id)

        def opened(opts: Any) -> None:
            if scheme not in {c.id for c in opts.schemes} and opts.schemes_allowed:
                chosen = opts.schemes_allowed[0]
            else:
                chosen = scheme
            defaults = PlacementInput(
                candidate_id=candidate_id, company_id=company_id, scheme_code=chosen, start=start,
                workplace_id=workplace_id or opts.default_workplace_id, job_order_id=job_order_id,
                hours_per_week=opts.default_hours)
            self.placement_dialog = PlacementDialog(worker=self.worker, service=service, options=opts,
                                                    defaults=defaults, note=note, parent=self)
            self.placement_dialog.saved.connect(self.on_placement_saved)
            self.placement_dialog.open()

        self.worker.run(options, on_success=opened, on_failure=lambda exc: show_error(self, exc))

    def on_placement_saved(self, detail: PlacementDetail) -> None:
        self.last_placement = detail
        self.workspace.setCurrentIndex(PIPELINE_PAGE)
        self._pipeline_focus = detail.status
        self.placement_info.setText(self._placement_text(detail))
        self.current_placement = PlacementRow(detail.id, detail.candidate_label, detail.candidate_name,
                                              detail.company_name, detail.scheme_code, detail.start,
                                              detail.planned_end, detail.status, detail.outcome,
                                              detail.has_failure)
        self._update_placement_actions()
        self.status_message.emit(self.tr("Forløbet er gemt som {s}.").format(s=status_name(detail.status).lower()))

    # ------------------------------------------------------------------ pipeline actions
    def on_workspace_current_changed(self, index: int) -> None:
        # The board needs the room; the picker matters only for matching.
        self.table.setVisible(index == MATCH_PAGE)
        if index == PIPELINE_PAGE:
            self.refresh_pipeline()

    def on_pipeline_current_row_changed(self, status: str, current: Any) -> None:
        if not current.isValid():
            return
        self._pipeline_focus = status
        for other, table in self.pipeline_tables.items():
            if other != status:
                table.selectionModel().clearCurrentIndex()
                table.clearSelection()
        row = self.pipeline_models[status].row_object(current.row())
        self.current_placement = row
        self.placement_info.setText(self._row_text(row) if row else "")
        self._update_placement_actions()

    def _row_text(self, row: PlacementRow) -> str:
        end = f"–{format_date(row.planned_end)}" if row.planned_end else ""
        warn = self.tr(" ✗ En kontrol fejlede ved seneste gem: kan ikke startes, før den er rettet.") \
            if row.has_failure and row.status == "planned" else ""
        return (f"{row.candidate_label} {row.candidate_name} · {row.company_name} · {row.scheme_code} · "
                f"{format_date(row.start)}{end} · {status_name(row.status, language())}{warn}")

    def _placement_text(self, d: PlacementDetail) -> str:
        failed = [c for c in d.checks if c.failed]
        text = (f"{d.candidate_label} {d.candidate_name} · {d.company_name} · {d.scheme_name} · "
                f"{format_date(d.start)} · {status_name(d.status, language())}")
        if failed:
            text += " · " + self.tr("✗ fejler: ") + "; ".join(c.text_da for c in failed)
        return text

    def _update_placement_actions(self) -> None:
        row = self.current_placement
        status = row.status if row else ""
        self.edit_placement_button.setEnabled(row is not None)
        self.activate_button.setEnabled(status == "planned")
        self.complete_button.setEnabled(status == "active")
        self.stop_button.setEnabled(status == "active")
        self.cancel_placement_button.setEnabled(status == "planned")
        self.print_button.setEnabled(row is not None)
        self.vitas_button.setEnabled(row is not None)

    def _with_placement(self, then: Any) -> None:
        row = self.current_placement
        if row is None:
            return
        placement_id = row.id
        self.worker.run(lambda: self.services.placements.get(placement_id), on_success=then,
                        on_failure=lambda exc: show_error(self, exc))

    def on_edit_placement_button_clicked(self) -> None:
        def got(detail: PlacementDetail) -> None:
            service = self.services.placements
            self.worker.run(lambda: service.form_options(detail.candidate_id, detail.company_id,
                                                         detail.start, detail.job_order_id),
                            on_success=lambda opts: self._open_edit(detail, opts),
                            on_failure=lambda exc: show_error(self, exc))
        self._with_placement(got)

    def _open_edit(self, detail: PlacementDetail, options: Any) -> None:
        self.placement_dialog = PlacementDialog(worker=self.worker, service=self.services.placements,
                                                options=options, detail=detail, parent=self)
        self.placement_dialog.saved.connect(self.on_placement_saved)
        if detail.status not in ("planned", "active"):
            self.placement_dialog.save_planned.setEnabled(False)
            self.placement_dialog.save_planned.setToolTip(self.tr("Et afsluttet forløb kan ikke ændres"))
        self.placement_dialog.open()

    def change_placement_status(self, new_status: str) -> None:
        def got(detail: PlacementDetail) -> None:
            self.status_dialog = PlacementStatusDialog(worker=self.worker, service=self.services.placements,
                                                       detail=detail, new_status=new_status, parent=self)
            self.status_dialog.saved.connect(self.on_placement_saved)
            self.status_dialog.open()
        self._with_placement(got)

    def on_print_button_clicked(self) -> None:
        if self.current_placement is not None:
            self.print_placement(self.current_placement.id)

    def print_placement(self, placement_id: str) -> None:
        """Render the placement summary and show it in the print preview."""
        lang = language()
        self.worker.run(lambda: self.services.placements.summary_pdf(placement_id, lang),
                        on_success=self._open_preview, on_failure=lambda exc: show_error(self, exc))

    def _open_preview(self, pdf: bytes) -> None:
        self.preview = PdfPreviewDialog(
            title=self.tr("Resumé af forløb"), pdf=pdf, file_name="resume-af-forloeb.pdf",
            note=self.tr("Underskrives af borger, virksomhed og jobcenter. Indeholder personoplysninger."),
            parent=self)
        self.preview.open()

    def on_vitas_button_clicked(self) -> None:
        row = self.current_placement
        if row is None:
            return
        placement_id = row.id
        self.worker.run(lambda: self.services.placements.vitas_sheet(placement_id),
                        on_success=self._open_vitas, on_failure=lambda exc: show_error(self, exc))

    def _open_vitas(self, sheet: Any) -> None:
        self.vitas_dialog = VitasDialog(sheet=sheet, parent=self)
        self.vitas_dialog.open()

    # ------------------------------------------------------------------ picker rows
    def fetch_ids(self, query: ListQuery) -> list[str]:
        return self.services.job_orders.list_ids(query)

    def fetch_rows(self, ids: list[str]) -> list[JobOrderRow]:
        return self.services.job_orders.rows(ids)

    def on_model_loaded(self, count: int) -> None:
        super().on_model_loaded(count)
        if not count:
            self._clear_results()

