"""The map view: zoom and fit, rubber-band selection and keyboard access.

Keys: Tab / Shift+Tab go to the next / previous card (lane by lane, top to bottom), Enter
opens the selected card in the side panel, F2 edits its text in place, Delete removes the
selection, the arrow keys nudge the selected cards (Shift: a larger step), Ctrl+plus/minus
zoom and Ctrl+0 fits the map to the window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from .scene import StrategyScene

NUDGE = 10.0
NUDGE_BIG = 40.0
ZOOM_STEP = 1.2
MIN_SCALE, MAX_SCALE = 0.1, 4.0
FIT_MAX = 1.6  # "fit" fills a projector screen, but does not blow a single card up


class MapView(QGraphicsView):
    delete_requested = Signal()
    activate_requested = Signal(str)  # goal id (Enter)
    nudge_requested = Signal(float, float)

    def __init__(self, scene: StrategyScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("strategy_map_view")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.auto_fit = True  # until the user zooms, the map follows the window size

    # ------------------------------------------------------------------ zoom
    def fit(self) -> None:
        self.auto_fit = True
        scene = self.scene()
        rect = scene.items_bounding_rect().adjusted(-30, -30, 30, 30)
        self.setSceneRect(rect)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.transform().m11() > FIT_MAX:  # a tiny map is not blown up beyond readable
            self.resetTransform()
            self.scale(FIT_MAX, FIT_MAX)
            self.centerOn(rect.center())

    def include_all(self) -> None:
        """Grow the scrollable area when cards were added or moved beyond it."""
        needed = self.scene().items_bounding_rect().adjusted(-30, -30, 30, 30)
        if not self.sceneRect().contains(needed):
            self.setSceneRect(self.sceneRect().united(needed))

    def zoom_in(self) -> None:
        self._zoom(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom(1 / ZOOM_STEP)

    def zoom_reset(self) -> None:
        self.auto_fit = False
        self.resetTransform()

    def zoom_factor(self) -> float:
        return self.transform().m11()

    def _zoom(self, factor: float) -> None:
        self.auto_fit = False
        current = self.transform().m11()
        factor = max(MIN_SCALE / current, min(MAX_SCALE / current, factor))
        self.setSceneRect(self.scene().items_bounding_rect().adjusted(-400, -400, 400, 400))
        self.scale(factor, factor)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._zoom(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            event.accept()
            return
        super().wheelEvent(event)

    # ------------------------------------------------------------------ keyboard
    def event(self, event: QEvent) -> bool:
        # Tab would otherwise move focus out of the view; here it walks the cards.
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab,
                                                                    Qt.Key.Key_Backtab):
            scene = self.scene()
            if scene.inline_editor is None and scene.cards:
                self.focus_next_card(backwards=event.key() == Qt.Key.Key_Backtab)
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        scene: StrategyScene = self.scene()
        if scene.inline_editor is not None:
            super().keyPressEvent(event)
            return
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        selected = scene.selected_goal_ids()
        if ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif ctrl and key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif ctrl and key == Qt.Key.Key_0:
            self.fit()
        elif key == Qt.Key.Key_Delete or key == Qt.Key.Key_Backspace:
            self.delete_requested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and len(selected) == 1:
            self.activate_requested.emit(selected[0])
        elif key == Qt.Key.Key_F2 and len(selected) == 1:
            scene.start_inline_edit(selected[0])
        elif key in _ARROWS and selected and not ctrl:
            step = NUDGE_BIG if mods & Qt.KeyboardModifier.ShiftModifier else NUDGE
            dx, dy = _ARROWS[key]
            self.nudge_requested.emit(dx * step, dy * step)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focus_next_card(self, *, backwards: bool = False) -> None:
        scene: StrategyScene = self.scene()
        cards = scene.cards_in_order()
        if not cards:
            return
        selected = scene.selected_goal_ids()
        current = next((n for n, c in enumerate(cards) if c.goal_id in selected), None)
        if current is None:
            index = len(cards) - 1 if backwards else 0
        else:
            index = (current + (-1 if backwards else 1)) % len(cards)
        card = cards[index]
        scene.select_only(card.goal_id)
        self.ensureVisible(card.sceneBoundingRect(), 40, 40)


_ARROWS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}
