"""The main window: four tabs, menus, a global search field and the status bar."""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QTabWidget,
    QToolBar,
    QWidget,
)

from .. import __version__
from ..services.bootstrap import Services
from ..settings import Settings
from .tabs.base import ListTab
from .tabs.candidates import CandidatesTab
from .tabs.companies import CompaniesTab
from .tabs.matching import MatchingTab
from .worker import DbWorker

TAB_NAMES = ("companies", "candidates", "matching", "strategy")


class MainWindow(QMainWindow):
    language_change_requested = Signal(str)

    def __init__(self, *, services: Services, worker: DbWorker, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.worker = worker
        self.settings = settings
        self.setWindowTitle(self.tr("Jobcenter Desktop – {name}").format(
            name=services.ctx.jobcenter_name))
        self.resize(1400, 860)
        self._build_tabs()
        self._build_toolbar()
        self._build_menus()
        self._build_status_bar()
        self._connect_signals()
        geometry = settings.get("window_geometry")
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode()))

    def _build_tabs(self) -> None:
        from .tabs.strategy import StrategyTab

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.companies_tab = CompaniesTab(services=self.services, worker=self.worker)
        self.candidates_tab = CandidatesTab(services=self.services, worker=self.worker)
        self.matching_tab = MatchingTab(services=self.services, worker=self.worker)
        self.strategy_tab = StrategyTab(services=self.services, worker=self.worker)
        self.tabs.addTab(self.companies_tab, self.tr("Virksomheder"))
        self.tabs.addTab(self.candidates_tab, self.tr("Kandidater"))
        self.tabs.addTab(self.matching_tab, self.tr("Matchning"))
        self.tabs.addTab(self.strategy_tab, self.tr("Strategikort"))
        self.setCentralWidget(self.tabs)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Søgning"))
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(" " + self.tr("Søg overalt:") + " "))
        self.global_search = QLineEdit()
        self.global_search.setObjectName("global_search")
        self.global_search.setPlaceholderText(self.tr("Skriv og tryk Enter – søger i den aktive fane"))
        self.global_search.setMaximumWidth(420)
        toolbar.addWidget(self.global_search)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Filer"))
        self.quit_action = QAction(self.tr("&Afslut"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        file_menu.addAction(self.quit_action)
        view_menu = bar.addMenu(self.tr("&Vis"))
        self.tab_actions = []
        for i in range(4):
            action = QAction(self.tabs.tabText(i), self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _checked=False, i=i: self.tabs.setCurrentIndex(i))
            view_menu.addAction(action)
            self.tab_actions.append(action)
        self.refresh_action = QAction(self.tr("&Opdatér"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)
        language_menu = bar.addMenu(self.tr("&Sprog"))
        for code, label in (("da", "Dansk"), ("en", "English")):
            action = QAction(label, self)
            action.triggered.connect(lambda _checked=False, c=code: self.on_language_chosen(c))
            language_menu.addAction(action)
        help_menu = bar.addMenu(self.tr("&Hjælp"))
        self.about_action = QAction(self.tr("&Om Jobcenter Desktop"), self)
        help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        actor = self.services.ctx.actor
        self.user_label = QLabel(self.tr("Bruger: {name} ({role})").format(name=actor.name, role=actor.role))
        store = self.services.engine.url
        store_text = store.database if store.get_backend_name() == "sqlite" else store.render_as_string(hide_password=True)
        self.store_label = QLabel(self.tr("Database: {store}").format(store=store_text))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setVisible(False)
        status.addWidget(self.user_label)
        status.addWidget(self.store_label, 1)
        status.addPermanentWidget(self.busy)

    def _connect_signals(self) -> None:
        self.quit_action.triggered.connect(self.close)
        self.refresh_action.triggered.connect(self.on_refresh_action_triggered)
        self.about_action.triggered.connect(self.on_about_action_triggered)
        self.global_search.returnPressed.connect(self.on_global_search_return_pressed)
        self.worker.busy_changed.connect(self.on_worker_busy_changed)
        self.tabs.currentChanged.connect(self.on_tabs_current_changed)
        for tab in self.all_tabs():
            message = getattr(tab, "status_message", None)
            if message is not None:
                message.connect(self.on_tab_status_message)

    # ------------------------------------------------------------------ behaviour
    def load_all(self) -> None:
        """Load the visible tab now and every other tab the first time it is shown, so the
        window has data on screen as soon as possible."""
        self._loaded: set[int] = set()
        self.on_tabs_current_changed(self.tabs.currentIndex())

    def on_tabs_current_changed(self, index: int) -> None:
        loaded = getattr(self, "_loaded", None)
        if loaded is None or index < 0 or index in loaded:
            return  # before the first load_all, or already loaded
        loaded.add(index)
        self.all_tabs()[index].load()

    def all_tabs(self) -> list:
        return [self.companies_tab, self.candidates_tab, self.matching_tab, self.strategy_tab]

    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentIndex(TAB_NAMES.index(name))

    def on_refresh_action_triggered(self) -> None:
        self.load_all()

    def on_global_search_return_pressed(self) -> None:
        tab = self.tabs.currentWidget()
        if isinstance(tab, ListTab):
            tab.search.setText(self.global_search.text())
            tab.search.on_timer_timeout()

    def on_tab_status_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def on_worker_busy_changed(self, busy: bool) -> None:
        self.busy.setVisible(busy)

    def on_language_chosen(self, code: str) -> None:
        self.settings.set("language", code)
        self.settings.save()
        QMessageBox.information(self, self.tr("Sprog"),
                                self.tr("Sproget skiftes, næste gang programmet startes."))

    def on_about_action_triggered(self) -> None:
        QMessageBox.about(self, self.tr("Om Jobcenter Desktop"),
                          self.tr("Jobcenter Desktop {version}\nVirksomhedsservice, matchning og "
                                  "strategikort for jobcentre.").format(version=__version__))

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        self.settings.set("window_geometry", bytes(self.saveGeometry().toBase64()).decode())
        try:
            self.settings.save()
        except OSError as exc:  # a read-only config dir must not stop the window from closing
            logging.getLogger(__name__).warning("Could not save settings: %s", exc)
        super().closeEvent(event)
