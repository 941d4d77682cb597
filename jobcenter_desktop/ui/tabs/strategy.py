"""Strategikort: the strategy-map editor and its views.

One map is open at a time. Its plain domain model lives in a ``MapEditor`` (model + undo
stack); the graphics scene, the side panels, the timeline, the indicator table and the
status for management all mirror that model. Nothing here talks to the database directly:
loading, saving (with conflict detection), templates, import/export, recomputing live
indicators and rendering the poster all run on the DB worker.

Opening a map recomputes its live indicators from the CRM (that is part of opening, not an
edit); "Opdatér målinger" does it again later as an undoable step.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.dates import format_date
from ...domain.errors import ConflictError, UserError
from ...domain.strategy import Light, PeriodKind, period_label
from ...services.bootstrap import Services
from ...services.indicators import IndicatorService, apply_computed
from ...services.strategy import LoadedMap, MapSummary
from ..dialogs.messages import language, show_error
from ..strategy_map.commands import MapEditor
from ..strategy_map.dialogs import (
    FocusAreaDialog,
    InitiativeDialog,
    MilestoneDialog,
    NewMapDialog,
    PrintDialog,
    TemplateDialog,
)
from ..strategy_map.models import IndicatorTableModel, most_common_kind
from ..strategy_map.panels import LIGHT_HEX, GoalPanel, MapPanel
from ..strategy_map.scene import StrategyScene, fmt_number
from ..strategy_map.timeline import TimelineView
from ..strategy_map.view import MapView
from ..worker import DbWorker
from .base import esc

STATUS_WORDS = {"da": {"draft": "kladde", "active": "aktiv", "archived": "arkiveret"},
                "en": {"draft": "draft", "active": "active", "archived": "archived"}}


def tr(text: str) -> str:
    return QCoreApplication.translate("StrategyTab", text)


class StrategyTab(QWidget):
    change_tags = frozenset({"strategy"})

    def __init__(self, *, services: Services, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.worker = worker
        actor = services.ctx.actor
        self.editor = MapEditor(actor_name=actor.name or actor.username, parent=self)
        self.map_id: str | None = None
        self.version: int | None = None
        self.loaded: LoadedMap | None = None
        self.today = date.today()
        self.dialog = None  # the dialog opened last (tests drive it)
        self.conflict_box: QMessageBox | None = None
        self.unsaved_box: QMessageBox | None = None
        self.preview_dialog: QPrintPreviewDialog | None = None
        self._preview_parts: tuple = ()
        self.last_pdf: bytes | None = None
        self._pending_open: str | None = None  # a map just created: open it when listed
        self._opening: str | None = None  # a map being loaded
        self._save_index: int | None = None
        self._build()
        self._connect_signals()
        self._update_actions()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.map_picker = QComboBox()
        self.map_picker.setObjectName("map_picker")
        self.map_picker.setMinimumWidth(340)
        self.unsaved_label = QLabel()
        self.unsaved_label.setObjectName("unsaved_label")
        self.message_label = QLabel()
        self.message_label.setObjectName("strategy_message")
        self.message_label.setStyleSheet("color:#52606d")

        stack = self.editor.stack
        self.undo_action = stack.createUndoAction(self, tr("Fortryd"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = stack.createRedoAction(self, tr("Gentag"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"),
                                       QKeySequence(QKeySequence.StandardKey.Redo)])
        self.save_action = QAction(tr("Gem"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.new_goal_action = QAction(tr("Nyt mål"), self)
        self.new_goal_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_area_action = QAction(tr("Nyt fokusområde…"), self)
        self.delete_action = QAction(tr("Slet"), self)
        self.tidy_action = QAction(tr("Ryd op"), self)
        self.tidy_action.setToolTip(tr("Automatisk layout efter fokusområde og pilenes rækkefølge"))
        self.zoom_in_action = QAction(tr("Zoom ind"), self)
        self.zoom_in_action.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn))
        self.zoom_out_action = QAction(tr("Zoom ud"), self)
        self.zoom_out_action.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut))
        self.fit_action = QAction(tr("Tilpas"), self)
        self.fit_action.setShortcut(QKeySequence("Ctrl+0"))
        self.refresh_action = QAction(tr("Opdatér målinger"), self)
        self.refresh_action.setToolTip(tr("Genberegn de live indikatorer fra CRM-data"))
        self.print_action = QAction(tr("Udskriv…"), self)
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.export_action = QAction(tr("Eksportér JSON…"), self)
        self.new_map_action = QAction(tr("Nyt tomt kort…"), self)
        self.template_action = QAction(tr("Nyt kort fra skabelon…"), self)
        self.import_action = QAction(tr("Importér JSON…"), self)
        for action in (self.undo_action, self.redo_action, self.save_action, self.new_goal_action,
                       self.delete_action, self.zoom_in_action, self.zoom_out_action,
                       self.fit_action, self.print_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

        new_menu = QMenu(self)
        new_menu.addAction(self.new_map_action)
        new_menu.addAction(self.template_action)
        new_menu.addAction(self.import_action)
        self.new_button = QToolButton()
        self.new_button.setText(tr("Nyt kort"))
        self.new_button.setMenu(new_menu)
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        top = QToolBar()
        top.addWidget(QLabel(tr("Strategikort:") + " "))
        top.addWidget(self.map_picker)
        top.addWidget(self.new_button)
        top.addAction(self.save_action)
        top.addWidget(self.unsaved_label)
        top.addSeparator()
        top.addAction(self.export_action)
        top.addAction(self.print_action)
        edit = QToolBar()
        for action in (self.undo_action, self.redo_action):
            edit.addAction(action)
        edit.addSeparator()
        for action in (self.new_goal_action, self.new_area_action, self.delete_action):
            edit.addAction(action)
        edit.addSeparator()
        for action in (self.tidy_action, self.zoom_in_action, self.zoom_out_action, self.fit_action):
            edit.addAction(action)
        edit.addSeparator()
        edit.addAction(self.refresh_action)
        edit.addWidget(self.message_label)

        self.scene = StrategyScene(self)
        self.scene.language = language()
        self.view = MapView(self.scene)
        self.timeline = TimelineView()
        self.timeline.language = language()
        self.indicator_model = IndicatorTableModel(on_edit=self._edit_measurement,
                                                   language=language(), parent=self)
        self.indicator_table = QTableView()
        self.indicator_table.setObjectName("indicator_table")
        self.indicator_table.setModel(self.indicator_model)
        self.indicator_table.verticalHeader().hide()
        self.indicator_table.verticalHeader().setDefaultSectionSize(
            self.indicator_table.fontMetrics().height() + 10)
        self.indicator_table.setWordWrap(False)
        self.indicator_table.setAlternatingRowColors(True)
        self.period_kind = QComboBox()
        self.period_kind.setObjectName("period_kind")
        for kind, text in ((PeriodKind.MONTH, tr("Måned")), (PeriodKind.QUARTER, tr("Kvartal")),
                           (PeriodKind.YEAR, tr("År"))):
            self.period_kind.addItem(text, kind)
        indicators = QWidget()
        box = QVBoxLayout(indicators)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Indikatorer målt pr.")))
        row.addWidget(self.period_kind)
        hint = QLabel(tr("Farve: trafiklys for perioden. Manuelle tal kan rettes direkte i "
                         "cellen; beregnede tal kommer fra CRM."))
        hint.setStyleSheet("color:#52606d")
        row.addWidget(hint, 1)
        box.addLayout(row)
        box.addWidget(self.indicator_table)
        self.status_view = QTextBrowser()
        self.status_view.setObjectName("status_for_management")
        self.views = QTabWidget()
        self.views.addTab(self.view, tr("Kort"))
        self.views.addTab(self.timeline, tr("Tidslinje"))
        self.views.addTab(indicators, tr("Indikatorer"))
        self.views.addTab(self.status_view, tr("Status for ledelsen"))

        self.map_panel = MapPanel(editor=self.editor)
        self.goal_panel = GoalPanel(editor=self.editor)
        self.side = QStackedWidget()
        self.side.addWidget(self.map_panel)
        self.side.addWidget(self.goal_panel)
        self.side.setMinimumWidth(330)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.views)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([980, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(top)
        layout.addWidget(edit)
        layout.addWidget(splitter, 1)
        self._views_timer = QTimer(self)
        self._views_timer.setSingleShot(True)
        self._views_timer.setInterval(30)

    def _connect_signals(self) -> None:
        self.map_picker.activated.connect(self.on_map_picker_activated)
        self.worker.changed.connect(self.on_worker_changed)
        self.editor.model_changed.connect(self.on_editor_model_changed)
        self.editor.stack.cleanChanged.connect(self.on_stack_clean_changed)
        self.editor.stack.indexChanged.connect(self.on_stack_index_changed)
        self._views_timer.timeout.connect(self.on_views_timer_timeout)
        self.save_action.triggered.connect(self.on_save_action_triggered)
        self.new_goal_action.triggered.connect(self.on_new_goal_action_triggered)
        self.new_area_action.triggered.connect(self.on_new_area_action_triggered)
        self.delete_action.triggered.connect(self.on_delete_action_triggered)
        self.tidy_action.triggered.connect(self.on_tidy_action_triggered)
        self.zoom_in_action.triggered.connect(self.view.zoom_in)
        self.zoom_out_action.triggered.connect(self.view.zoom_out)
        self.fit_action.triggered.connect(self.view.fit)
        self.refresh_action.triggered.connect(self.on_refresh_action_triggered)
        self.print_action.triggered.connect(self.on_print_action_triggered)
        self.export_action.triggered.connect(self.on_export_action_triggered)
        self.new_map_action.triggered.connect(self.on_new_map_action_triggered)
        self.template_action.triggered.connect(self.on_template_action_triggered)
        self.import_action.triggered.connect(self.on_import_action_triggered)
        self.scene.selectionChanged.connect(self.on_scene_selection_changed)
        self.scene.cards_moved.connect(self.on_scene_cards_moved)
        self.scene.link_requested.connect(self.on_scene_link_requested)
        self.scene.text_edited.connect(self.on_scene_text_edited)
        self.view.delete_requested.connect(self.on_delete_action_triggered)
        self.view.activate_requested.connect(self.on_view_activate_requested)
        self.view.nudge_requested.connect(self.on_view_nudge_requested)
        self.timeline.initiative_activated.connect(self.on_timeline_initiative_activated)
        self.timeline.milestone_activated.connect(self.on_timeline_milestone_activated)
        self.period_kind.currentIndexChanged.connect(self.on_period_kind_current_index_changed)
        self.goal_panel.deleted.connect(self.on_goal_panel_deleted)
        self.indicator_model.modelReset.connect(self.on_indicator_model_model_reset)

    # ------------------------------------------------------------------ loading
    def load(self) -> None:
        self.worker.run(self.services.strategy.list_maps, on_success=self._on_maps)

    def _on_maps(self, maps: list[MapSummary]) -> None:
        wanted = (self._pending_open or self._opening or self.map_id
                  or self.map_picker.currentData())
        self.map_picker.blockSignals(True)
        self.map_picker.clear()
        words = STATUS_WORDS.get(language(), STATUS_WORDS["da"])
        for m in maps:
            year = f" – {m.vision_year}" if m.vision_year else ""
            self.map_picker.addItem(f"{m.title}{year} ({words.get(m.status, m.status)})", m.id)
        index = self.map_picker.findData(wanted) if wanted else -1
        if index < 0 and maps:
            index = 0
        self.map_picker.setCurrentIndex(index)
        self.map_picker.blockSignals(False)
        chosen = self.map_picker.currentData()
        if chosen is None:
            self._show_map(None)
        elif chosen != self.map_id or self._pending_open:
            self._pending_open = None
            self.open_map(chosen)

    def on_map_picker_activated(self, _index: int) -> None:
        chosen = self.map_picker.currentData()
        if chosen == self.map_id:
            return
        if self.editor.dirty:
            self._ask_unsaved(then_open=chosen)
            return
        self.open_map(chosen)

    def _ask_unsaved(self, *, then_open: str | None) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, tr("Ikke gemte ændringer"),
                          tr("Kortet har ændringer, der ikke er gemt. Vil du gemme dem først?"),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Save).setText(tr("Gem"))
        box.button(QMessageBox.StandardButton.Discard).setText(tr("Kassér ændringer"))
        box.button(QMessageBox.StandardButton.Cancel).setText(tr("Annullér"))

        def chosen(button) -> None:  # noqa: ANN001
            role = box.standardButton(button)
            if role == QMessageBox.StandardButton.Save:
                self.save(then_open=then_open)
            elif role == QMessageBox.StandardButton.Discard:
                self.editor.stack.setClean()
                self.open_map(then_open)
            else:
                self._select_in_picker(self.map_id)

        box.buttonClicked.connect(chosen)
        self.unsaved_box = box
        box.open()

    def _select_in_picker(self, map_id: str | None) -> None:
        self.map_picker.blockSignals(True)
        self.map_picker.setCurrentIndex(self.map_picker.findData(map_id) if map_id else -1)
        self.map_picker.blockSignals(False)

    def open_map(self, map_id: str | None) -> None:
        if map_id is None:
            self._show_map(None)
            return
        self._select_in_picker(map_id)
        self._opening = map_id
        self.worker.run(lambda: self.services.strategy.load(map_id), on_success=self._on_loaded,
                        on_failure=self._on_load_failed)

    def _on_load_failed(self, exc: BaseException) -> None:
        self._opening = None
        self._select_in_picker(self.map_id)
        show_error(self, exc)

    def _on_loaded(self, loaded: LoadedMap) -> None:
        self._opening = None
        self._select_in_picker(loaded.map.id)
        self.loaded = loaded
        self.map_id = loaded.map.id
        self.version = loaded.version
        self._show_map(loaded)
        self._recompute(undoable=False)

    def _show_map(self, loaded: LoadedMap | None) -> None:
        m = loaded.map if loaded is not None else None
        if m is None:
            self.map_id = self.version = None
        self.editor.set_map(m)
        self.scene.set_map(m)
        self.indicator_model.set_map(m)
        kind = most_common_kind(m)
        self.period_kind.blockSignals(True)
        self.period_kind.setCurrentIndex(self.period_kind.findData(kind))
        self.period_kind.blockSignals(False)
        self.indicator_model.set_kind(kind)
        self.side.setCurrentWidget(self.map_panel)
        self.goal_panel.show_goal(None)
        self.refresh_views()
        self.view.fit()
        self._update_actions()

    # ------------------------------------------------------------------ live indicators
    def _recompute(self, *, undoable: bool) -> None:
        m = self.editor.model
        if m is None:
            return
        snapshot = m.copy()  # the worker reads its own copy; the user may edit meanwhile
        map_id = self.map_id
        service = IndicatorService(self.services.ctx)
        self.message_label.setText(tr("Beregner målinger …"))
        self.worker.run(lambda: service.compute_for_map(snapshot, today=self.today),
                        on_success=lambda values: self._on_computed(map_id, values, undoable),
                        on_failure=self._on_compute_failed)

    def _on_computed(self, map_id: str | None, values: list, undoable: bool) -> None:
        m = self.editor.model
        if m is None or map_id != self.map_id:
            return
        try:
            if undoable:
                result = apply_computed(m.copy(), values)  # dry run: no empty undo steps
                if result.changed or result.removed:
                    result = self.editor.run(tr("Opdatér målinger"),
                                             lambda: apply_computed(m, values))
            else:
                # Part of opening the map: not an edit, so it neither dirties nor can be undone.
                was_clean = self.editor.stack.isClean()
                result = apply_computed(m, values)
                if was_clean:
                    self.editor.stack.setClean()
        except UserError as exc:
            self.message_label.clear()
            show_error(self, exc)
            return
        computed = sum(1 for i in m.indicators if i.measure_key)
        self.message_label.setText(
            tr("{n} live indikatorer beregnet · {c} målinger ændret").format(
                n=computed, c=result.changed + result.removed))

    def _on_compute_failed(self, exc: BaseException) -> None:
        self.message_label.clear()
        show_error(self, exc)

    def on_refresh_action_triggered(self) -> None:
        self._recompute(undoable=True)

    # ------------------------------------------------------------------ saving
    def on_save_action_triggered(self) -> None:
        self.save()

    def save(self, *, then_open: str | None = None) -> None:
        m = self.editor.model
        if m is None or self.map_id is None:
            return
        snapshot, map_id, version = m.copy(), self.map_id, self.version
        self._save_index = self.editor.stack.index()
        self.message_label.setText(tr("Gemmer …"))
        self.worker.run(lambda: self.services.strategy.save(map_id, snapshot, version),
                        on_success=lambda loaded: self._on_saved(loaded, then_open),
                        on_failure=self._on_save_failed, changes={"strategy"})

    def _on_saved(self, loaded: LoadedMap, then_open: str | None) -> None:
        if loaded.map.id != self.map_id:
            return
        self.version = loaded.version
        if self.editor.stack.index() == self._save_index:
            self.editor.stack.setClean()
        self.message_label.setText(tr("Gemt."))
        if then_open is not None:
            self.open_map(then_open)

    def _on_save_failed(self, exc: BaseException) -> None:
        self.message_label.clear()
        if not isinstance(exc, ConflictError):
            show_error(self, exc)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Kortet er ændret af en anden"),
                          exc.message(language()) + "\n\n" +
                          tr("Du kan hente den gemte version (dine ændringer kasseres) eller "
                             "gemme dine ændringer som et nyt kort."), parent=self)
        self.reload_button = box.addButton(tr("Genindlæs deres version"),
                                           QMessageBox.ButtonRole.DestructiveRole)
        self.save_copy_button = box.addButton(tr("Gem mine som nyt kort"),
                                              QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Annullér"), QMessageBox.ButtonRole.RejectRole)

        def chosen(button) -> None:  # noqa: ANN001
            if button is self.reload_button:
                self.editor.stack.setClean()
                self.open_map(self.map_id)
            elif button is self.save_copy_button:
                self._create(self.editor.model.copy())

        box.buttonClicked.connect(chosen)
        self.conflict_box = box
        box.open()

    # ------------------------------------------------------------------ new maps and files
    def _create(self, domain_map) -> None:  # noqa: ANN001
        self.worker.run(lambda: self.services.strategy.create(domain_map),
                        on_success=self._on_created, changes={"strategy"})

    def _on_created(self, loaded: LoadedMap) -> None:
        self.editor.stack.setClean()
        self._pending_open = loaded.map.id  # the "strategy" change reloads the list
        self.message_label.setText(tr("Kortet «{t}» er oprettet.").format(t=loaded.map.title))

    def _guard_unsaved(self) -> bool:
        if self.editor.dirty:
            self._ask_unsaved(then_open=self.map_id)
            return False
        return True

    def on_new_map_action_triggered(self) -> None:
        if not self._guard_unsaved():
            return
        dialog = NewMapDialog(self)
        dialog.accepted.connect(lambda: self._guarded(lambda: self._create(dialog.build())))
        self.dialog = dialog
        dialog.open()

    def on_template_action_triggered(self) -> None:
        if not self._guard_unsaved():
            return
        self.worker.run(self.services.strategy.templates, on_success=self._on_templates)

    def _on_templates(self, templates: list) -> None:
        dialog = TemplateDialog(templates, self)

        def create() -> None:
            name, year = dialog.chosen(), dialog.start_year.value()
            if name:
                self.worker.run(lambda: self.services.strategy.create_from_template(name, year),
                                on_success=self._on_created, changes={"strategy"})

        dialog.accepted.connect(create)
        self.dialog = dialog
        dialog.open()

    def on_import_action_triggered(self) -> None:
        if not self._guard_unsaved():
            return
        path, _ = QFileDialog.getOpenFileName(self, tr("Importér strategikort"), "",
                                              tr("Strategikort (*.json);;Alle filer (*)"))
        if path:
            self.worker.run(lambda: self.services.strategy.import_json(Path(path)),
                            on_success=self._on_created, changes={"strategy"})

    def on_export_action_triggered(self) -> None:
        m = self.editor.model
        if m is None:
            return
        suggested = "".join(c if c.isalnum() or c in "-_ " else "_" for c in m.title).strip()
        path, _ = QFileDialog.getSaveFileName(self, tr("Eksportér strategikort"),
                                              f"{suggested or 'strategikort'}.json",
                                              tr("Strategikort (*.json)"))
        if path:
            snapshot = m.copy()
            self.worker.run(lambda: self.services.strategy.export_map(snapshot, Path(path)),
                            on_success=lambda _r: self.message_label.setText(
                                tr("Eksporteret til {p}").format(p=Path(path).name)))

    # ------------------------------------------------------------------ printing
    def on_print_action_triggered(self) -> None:
        if self.editor.model is None:
            return
        dialog = PrintDialog(self)
        dialog.preview_requested.connect(self.on_print_dialog_preview_requested)
        dialog.save_requested.connect(self.on_print_dialog_save_requested)
        self.dialog = dialog
        dialog.open()

    def _render(self, paper: str, briefing: bool, then) -> None:  # noqa: ANN001
        snapshot = self.editor.model.copy()
        lang = language()
        if isinstance(self.dialog, PrintDialog):
            self.dialog.status.setText(tr("Laver PDF …"))
        self.worker.run(lambda: self.services.strategy.render_poster(
            snapshot, paper=paper, briefing=briefing, language=lang), on_success=then)

    def on_print_dialog_preview_requested(self, paper: str, briefing: bool) -> None:
        self._render(paper, briefing, lambda pdf: self.show_preview(pdf, paper))

    def on_print_dialog_save_requested(self, paper: str, briefing: bool) -> None:
        m = self.editor.model
        suggested = "".join(c if c.isalnum() or c in "-_ " else "_" for c in m.title).strip()
        path, _ = QFileDialog.getSaveFileName(self, tr("Gem strategikort som PDF"),
                                              f"{suggested or 'strategikort'}.pdf", "PDF (*.pdf)")
        if path:
            self._render(paper, briefing, lambda pdf: self._write_pdf(Path(path), pdf))

    def _write_pdf(self, path: Path, pdf: bytes) -> None:
        self.last_pdf = pdf
        try:
            path.write_bytes(pdf)
        except OSError as exc:
            show_error(self, UserError(f"{path} kan ikke skrives ({exc.strerror}).",
                                       f"{path} cannot be written ({exc.strerror})."))
            return
        if isinstance(self.dialog, PrintDialog):
            self.dialog.status.setText(tr("Gemt som {p}").format(p=path.name))

    def show_preview(self, pdf: bytes, paper: str) -> None:
        """Print preview of the rendered PDF: its pages drawn onto the chosen printer."""
        self.last_pdf = pdf
        if isinstance(self.dialog, PrintDialog):
            self.dialog.status.setText("")
        document = QPdfDocument(self)
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A3 if paper == "A3"
                                      else QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        printer.setDocName(self.editor.model.title if self.editor.model else "Strategikort")
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(tr("Vis udskrift – strategikort"))
        dialog.paintRequested.connect(lambda p: paint_pdf(document, p))
        # The dialog does not own the printer, the document or its buffer: keep them alive.
        self._preview_parts = (printer, document, buffer)
        self.preview_dialog = dialog
        dialog.resize(1000, 760)
        dialog.open()

    # ------------------------------------------------------------------ editing
    def _guarded(self, fn) -> bool:  # noqa: ANN001
        try:
            fn()
        except UserError as exc:
            show_error(self, exc)
            return False
        return True

    def current_area(self) -> str | None:
        m = self.editor.model
        if m is None:
            return None
        selected = self.scene.selected_goal_ids()
        if selected:
            return m.goal(selected[0]).focus_area_id
        return m.focus_areas[0].id if m.focus_areas else None

    def on_new_goal_action_triggered(self) -> None:
        m = self.editor.model
        if m is None:
            return
        if not m.focus_areas:
            show_error(self, UserError("Opret et fokusområde først.",
                                       "Create a focus area first."))
            return
        area = self.current_area()
        holder: dict = {}
        if self._guarded(lambda: holder.setdefault("id", self.editor.add_goal(
                focus_area_id=area, text=tr("Nyt mål")))):
            goal_id = holder["id"]
            self.scene.select_only(goal_id)
            card = self.scene.cards.get(goal_id)
            if card is not None:
                self.view.include_all()
                self.view.ensureVisible(card.sceneBoundingRect(), 40, 40)
            self.views.setCurrentWidget(self.view)
            self.scene.start_inline_edit(goal_id)

    def on_new_area_action_triggered(self) -> None:
        if self.editor.model is None:
            return
        self.dialog = FocusAreaDialog(editor=self.editor, parent=self)
        self.dialog.open()

    def on_delete_action_triggered(self) -> None:
        goals, links = self.scene.selected_goal_ids(), self.scene.selected_link_ids()
        if goals or links:
            self._guarded(lambda: self.editor.remove_selection(goals, links))

    def on_tidy_action_triggered(self) -> None:
        if self.editor.model is not None and self._guarded(self.editor.tidy):
            self.scene.flush()
            self.view.fit()

    def on_scene_cards_moved(self, positions: dict) -> None:
        if not self._guarded(lambda: self.editor.move_goals(positions)):
            self.scene.rebuild()  # put the cards back where the model has them

    def on_scene_link_requested(self, from_id: str, to_id: str) -> None:
        self._guarded(lambda: self.editor.add_link(from_id, to_id))

    def on_scene_text_edited(self, goal_id: str, text: str) -> None:
        self._guarded(lambda: self.editor.update_goal(goal_id, text=text,
                                                      reason=tr("Rettet direkte på kortet")))

    def on_view_activate_requested(self, goal_id: str) -> None:
        self.goal_panel.show_goal(goal_id)
        self.side.setCurrentWidget(self.goal_panel)
        self.goal_panel.text.setFocus()
        self.goal_panel.text.selectAll()

    def on_view_nudge_requested(self, dx: float, dy: float) -> None:
        selected = self.scene.selected_goal_ids()
        if selected:
            self._guarded(lambda: self.editor.nudge(selected, dx, dy))

    def on_scene_selection_changed(self) -> None:
        goals = self.scene.selected_goal_ids()
        if len(goals) == 1:
            self.goal_panel.show_goal(goals[0])
            self.side.setCurrentWidget(self.goal_panel)
        else:
            self.goal_panel.show_goal(None)
            self.side.setCurrentWidget(self.map_panel)
        self._update_actions()

    def on_goal_panel_deleted(self) -> None:
        self.side.setCurrentWidget(self.map_panel)

    def on_timeline_initiative_activated(self, initiative_id: str) -> None:
        self.dialog = InitiativeDialog(editor=self.editor, initiative_id=initiative_id, parent=self)
        self.dialog.open()

    def on_timeline_milestone_activated(self, milestone_id: str) -> None:
        self.dialog = MilestoneDialog(editor=self.editor, milestone_id=milestone_id, parent=self)
        self.dialog.open()

    def on_indicator_model_model_reset(self) -> None:
        widths = (240, 220, 70, 120, 70)
        columns = self.indicator_model.columnCount()
        for column in range(columns):
            self.indicator_table.setColumnWidth(column, widths[column] if column < len(widths)
                                                else 96)
        if self.indicator_model.rowCount() and columns:
            # The latest periods are what a review looks at first.
            self.indicator_table.scrollTo(self.indicator_model.index(0, columns - 1))

    def on_period_kind_current_index_changed(self, _index: int) -> None:
        self.indicator_model.set_kind(self.period_kind.currentData())

    def _edit_measurement(self, indicator_id: str, start: date, value: float | None) -> bool:
        m = self.editor.model
        by = self.editor.actor_name

        def change() -> None:
            if value is None:
                if m.measurement(indicator_id, start) is not None:
                    m.remove_measurement(indicator_id, start, by=by)
            else:
                m.add_measurement(indicator_id, start, value, entered_by=by)

        return self._guarded(lambda: self.editor.run(tr("Ret måling"), change))

    # ------------------------------------------------------------------ keeping views current
    def on_editor_model_changed(self, _event) -> None:  # noqa: ANN001
        self._views_timer.start()

    def on_views_timer_timeout(self) -> None:
        self.refresh_views()

    def refresh_views(self) -> None:
        m = self.editor.model
        self.scene.flush()
        self.view.include_all()
        self.timeline.set_map(m, self.today)
        self.indicator_model.schedule_refresh()
        self.map_panel.refresh()
        if self.goal_panel.goal_id is not None:
            self.goal_panel.refresh()
            if self.goal_panel.goal_id is None:
                self.side.setCurrentWidget(self.map_panel)
        self._show_status()
        self._update_actions()

    def on_stack_clean_changed(self, _clean: bool) -> None:
        self._update_actions()

    def on_stack_index_changed(self, _index: int) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        has_map = self.editor.model is not None
        dirty = self.editor.dirty
        self.unsaved_label.setText(" ● " + tr("Ikke gemte ændringer") if dirty else "")
        self.unsaved_label.setStyleSheet("color:#b26a00;font-weight:bold")
        self.save_action.setEnabled(has_map and dirty)
        for action in (self.new_goal_action, self.new_area_action, self.tidy_action,
                       self.refresh_action, self.print_action, self.export_action):
            action.setEnabled(has_map)
        self.delete_action.setEnabled(has_map and bool(self.scene.selectedItems()))

    def _show_status(self) -> None:
        """Status for management (status for ledelsen): what is red or amber, and why."""
        m = self.editor.model
        if m is None:
            self.status_view.setHtml("<p><i>" + esc(tr("Ingen strategikort endnu – opret et "
                                                       "fra en skabelon.")) + "</i></p>")
            return
        lang = language()
        summary = m.red_amber_summary()
        html = [f"<h2>{esc(tr('Status for ledelsen'))}: {esc(m.title)}</h2>",
                f"<p>{esc(tr('Pr.'))} {esc(format_date(self.today))} · "]
        html.append(" · ".join(
            f"<span style='color:{colour}'>●</span> {esc(label)}: <b>{count}</b>"
            for count, label, colour in (
                (summary.red, tr("rød"), LIGHT_HEX[Light.RED]),
                (summary.amber, tr("gul"), LIGHT_HEX[Light.AMBER]),
                (summary.green, tr("grøn"), LIGHT_HEX[Light.GREEN]),
                (summary.grey, tr("uden måling"), LIGHT_HEX[None]))) + "</p>")
        if summary.rows:
            html.append("<table cellspacing='0' cellpadding='4' width='100%' "
                        "style='border-collapse:collapse'><tr style='background:#eceff1'>"
                        + "".join(f"<th align='left'>{esc(h)}</th>" for h in (
                            "", tr("Fokusområde"), tr("Mål"), tr("Indikator"), tr("Periode"),
                            tr("Måling"), tr("Mål"), tr("Gul-grænse"))) + "</tr>")
            for row in summary.rows:
                colour = LIGHT_HEX[row.light]
                period = period_label(row.period_start, row.period_kind, lang) if row.period_start else ""
                html.append(
                    f"<tr><td style='color:{colour};font-size:14pt'>●</td>"
                    f"<td>{esc(row.focus_area_name)}</td><td>{esc(row.goal_text)}</td>"
                    f"<td>{esc(row.indicator_name)}</td><td>{esc(period)}</td>"
                    f"<td align='right'><b>{esc(fmt_number(row.value, lang))}</b> {esc(row.unit)}</td>"
                    f"<td align='right'>{esc(fmt_number(row.target, lang))}</td>"
                    f"<td align='right'>{esc(fmt_number(row.amber_limit, lang))}</td></tr>")
            html.append("</table>")
        else:
            html.append("<p style='color:#2e7d32'>✓ " + esc(tr("Ingen indikatorer er røde eller gule.")) + "</p>")
        due = [(ms, m.milestone_light(ms, self.today)) for ms in m.milestones]
        due = [(ms, light) for ms, light in due if light in (Light.RED, Light.AMBER)
               and ms.status.value != "reached"]
        if due:
            html.append(f"<h3>{esc(tr('Milepæle der kræver opmærksomhed'))}</h3>")
            for ms, light in due:
                html.append(f"<p style='margin:2px 0'><span style='color:{LIGHT_HEX[light]}'>◆</span> "
                            f"{esc(format_date(ms.due))} – {esc(ms.text)}</p>")
        warnings = m.warnings(today=self.today)
        if warnings:
            html.append(f"<h3>{esc(tr('Advarsler'))}</h3>")
            html += [f"<p style='margin:2px 0;color:#9a5b00'>⚠ {esc(w.message(lang))}</p>"
                     for w in warnings]
        self.status_view.setHtml("".join(html))

    def on_worker_changed(self, tags: frozenset[str]) -> None:
        if tags & self.change_tags:
            self.load()


def paint_pdf(document: QPdfDocument, printer: QPrinter) -> None:
    """Draw every page of ``document`` onto ``printer``, each scaled to fit its page."""
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        target = printer.pageLayout().paintRectPixels(printer.resolution())
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            size = document.pagePointSize(page)
            scale = min(target.width() / size.width(), target.height() / size.height())
            pixels = QSize(max(1, int(size.width() * scale)), max(1, int(size.height() * scale)))
            # Render at most ~200 dpi worth of pixels: enough for a sharp preview and print.
            limit = 200 / 72
            if scale > limit:
                pixels = QSize(int(size.width() * limit), int(size.height() * limit))
            image = document.render(page, pixels)
            painter.drawImage(QRectF(0, 0, size.width() * scale, size.height() * scale), image)
    finally:
        painter.end()
