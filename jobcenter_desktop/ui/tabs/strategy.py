"""Strategikort: choose a map and see it drawn (vision, lanes, goals, links, traffic lights)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...services.bootstrap import Services
from ...services.strategy import LoadedMap, MapSummary
from ..dialogs.messages import language
from ..strategy_map.scene import StrategyScene
from ..worker import DbWorker
from .base import esc


class MapView(QGraphicsView):
    def __init__(self, scene: StrategyScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)

    auto_fit = True  # until the user zooms, the map follows the window size

    def fit(self) -> None:
        self.auto_fit = True
        rect = self.scene().itemsBoundingRect().adjusted(-20, -40, 20, 20)
        if not rect.isEmpty():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit()

    def wheelEvent(self, event) -> None:  # noqa: ANN001, N802
        self.auto_fit = False
        factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
        self.scale(factor, factor)


class StrategyTab(QWidget):
    change_tags = frozenset({"strategy"})

    def __init__(self, *, services: Services, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.worker = worker
        self.loaded: LoadedMap | None = None
        self.map_picker = QComboBox()
        self.map_picker.setObjectName("map_picker")
        self.map_picker.setMinimumWidth(360)
        self.fit_button = QPushButton(self.tr("Tilpas til vindue"))
        self.scene = StrategyScene(self)
        self.view = MapView(self.scene)
        self.status = QTextBrowser()
        self.status.setObjectName("status_for_management")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Strategikort:")))
        top.addWidget(self.map_picker, 1)
        top.addWidget(self.fit_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(self.status)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1050, 330])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.map_picker.currentIndexChanged.connect(self.on_map_picker_current_index_changed)
        self.fit_button.clicked.connect(self.view.fit)
        self.worker.changed.connect(self.on_worker_changed)

    def load(self) -> None:
        self.worker.run(self.services.strategy.list_maps, on_success=self._on_maps)

    def _on_maps(self, maps: list[MapSummary]) -> None:
        current = self.map_picker.currentData()
        self.map_picker.blockSignals(True)
        self.map_picker.clear()
        for m in maps:
            year = f" – {m.vision_year}" if m.vision_year else ""
            self.map_picker.addItem(f"{m.title}{year} ({m.status})", m.id)
        index = max(0, self.map_picker.findData(current)) if current else 0
        self.map_picker.setCurrentIndex(index if maps else -1)
        self.map_picker.blockSignals(False)
        self.on_map_picker_current_index_changed(self.map_picker.currentIndex())

    def on_map_picker_current_index_changed(self, _index: int) -> None:
        map_id = self.map_picker.currentData()
        if not map_id:
            self.loaded = None
            self.scene.set_map(None)
            self.status.setHtml("<p><i>" + esc(self.tr("Ingen strategikort endnu.")) + "</i></p>")
            return
        self.worker.run(lambda: self.services.strategy.load(map_id), on_success=self._on_loaded)

    def _on_loaded(self, loaded: LoadedMap) -> None:
        self.loaded = loaded
        self.scene.set_map(loaded.map)
        self.view.fit()
        self._show_status(loaded)

    def _show_status(self, loaded: LoadedMap) -> None:
        lang = language()
        summary = loaded.map.red_amber_summary()
        lines = [f"<h3>{esc(self.tr('Status for ledelsen'))}</h3>"]
        lines.append("<p>" + " · ".join(
            f"{esc(label)}: <b>{count}</b>"
            for count, label in ((summary.red, self.tr("Rød")), (summary.amber, self.tr("Gul")),
                                 (summary.green, self.tr("Grøn")), (summary.grey, self.tr("Uden data"))))
            + "</p>")
        colours = {"red": "#c62828", "amber": "#f9a825"}
        for row in summary.rows[:30]:
            colour = colours.get(row.light.value if row.light else "", "#9e9e9e")
            value = "–" if row.value is None else f"{row.value:g}"
            target = "–" if row.target is None else f"{row.target:g}"
            lines.append(
                f"<p><span style='color:{colour}'>●</span> <b>{esc(row.indicator_name)}</b> "
                f"({esc(row.goal_text)}): {esc(value)} {esc(row.unit)} / "
                f"{esc(self.tr('mål'))} {esc(target)}</p>")
        for warning in loaded.map.warnings(today=date.today()):
            lines.append(f"<p style='color:#b26a00'>⚠ {esc(warning.message(lang))}</p>")
        self.status.setHtml("".join(lines))

    def on_worker_changed(self, tags: frozenset[str]) -> None:
        if tags & self.change_tags:
            self.load()
