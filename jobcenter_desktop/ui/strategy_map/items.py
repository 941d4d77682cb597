"""Graphics items of the strategy map: lanes, the vision, goal cards and cause → effect arrows.

Cards paint themselves (no child text items): a map with 200 cards must open and repaint in
a few milliseconds, so text is wrapped and elided once when it changes and drawn as lines.
Items hold no strategy data of their own beyond what they show; the scene sets it from the
model (``GoalCard.set_content``) and reads user gestures back into model commands.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsTextItem,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ...domain.strategy import VISION_ID, LayoutParams, Light

DETAIL_LOD = 0.42  # below this zoom, card text is drawn as placeholder lines
CARD_WIDTH = LayoutParams().card_width
CARD_HEIGHT = LayoutParams().card_height
HANDLE_RADIUS = 7.0

LIGHT_COLOURS = {
    Light.GREEN: QColor("#2e7d32"),
    Light.AMBER: QColor("#f9a825"),
    Light.RED: QColor("#c62828"),
    None: QColor("#9e9e9e"),
}
INK = QColor("#1f2933")
MUTED = QColor("#52606d")
ACCENT = QColor("#1d3f6e")
SELECTED = QColor("#1565c0")
_WHITE = QBrush(QColor("#ffffff"))
_PLACEHOLDER = QColor("#b0bec5")


def wrap_lines(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """Word-wrap ``text`` into at most ``max_lines`` lines of ``width``; the last is elided."""
    metrics = QFontMetricsF(font)
    words = text.split()
    lines: list[str] = []
    current = ""
    index = 0
    while index < len(words):
        word = words[index]
        candidate = f"{current} {word}" if current else word
        if metrics.horizontalAdvance(candidate) <= width:
            current = candidate
            index += 1
            continue
        if not current:  # a single word wider than the line: cut it
            current = metrics.elidedText(word, Qt.TextElideMode.ElideRight, width)
            index += 1
        lines.append(current)
        current = ""
        if len(lines) == max_lines:
            break
    if current and len(lines) < max_lines:
        lines.append(current)
        current = ""
    if index < len(words) or current:
        rest = " ".join([lines[-1], *words[index:]]) if lines else " ".join(words[index:])
        lines[-1] = metrics.elidedText(rest + " …", Qt.TextElideMode.ElideRight, width)
        if not lines[-1].endswith("…"):
            lines[-1] = metrics.elidedText(lines[-1] + "…", Qt.TextElideMode.ElideRight, width)
    return lines


class LaneItem(QGraphicsRectItem):
    """Focus area (fokusområde) background with its name above."""

    def __init__(self, area_id: str, name: str, colour: QColor) -> None:
        super().__init__()
        self.area_id = area_id
        self.setZValue(-10)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(True)  # for the tooltip with the full name
        self.set_area(name, colour)

    def set_area(self, name: str, colour: QColor) -> None:
        self.name = name
        self.colour = colour
        self.setToolTip(name)
        self.setPen(QPen(colour.darker(115), 1.2))
        self.setBrush(QBrush(_tint(colour, 0.88)))
        self.update()

    def header_rect(self) -> QRectF:
        rect = self.rect()
        return QRectF(rect.x(), rect.y(), rect.width(), 30)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        rect = self.rect()
        painter.setPen(self.pen())
        painter.setBrush(self.brush())
        painter.drawRoundedRect(rect, 8, 8)
        header = QRectF(rect.x(), rect.y(), rect.width(), 30)
        path = QPainterPath()
        path.addRoundedRect(header, 8, 8)
        painter.fillPath(path, QBrush(self.colour))
        painter.fillRect(QRectF(header.x(), header.bottom() - 8, header.width(), 8), self.colour)
        font = QFont()
        font.setBold(True)
        font.setPointSizeF(10.5)
        painter.setFont(font)
        painter.setPen(_readable_on(self.colour))
        text = QFontMetricsF(font).elidedText(self.name, Qt.TextElideMode.ElideRight,
                                              header.width() - 16)
        painter.drawText(header.adjusted(8, 0, -8, 0),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)


class VisionItem(QGraphicsRectItem):
    """The vision on top of the map; arrows may end here."""

    node_id = VISION_ID

    def __init__(self) -> None:
        super().__init__()
        self.text = ""
        self.year: int | None = None
        self.setZValue(-5)
        self.setAcceptHoverEvents(True)
        self.highlight: QColor | None = None

    def set_content(self, text: str, year: int | None) -> None:
        self.text, self.year = text, year
        self.setToolTip(text)
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        rect = self.rect()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.highlight or ACCENT, 3 if self.highlight else 1.5))
        painter.setBrush(QBrush(ACCENT))
        painter.drawRoundedRect(rect, 10, 10)
        small = QFont()
        small.setPointSizeF(8.5)
        painter.setFont(small)
        painter.setPen(QColor("#c5d3e8"))
        caption = f"VISION {self.year}" if self.year else "VISION"
        painter.drawText(rect.adjusted(14, 6, -14, 0), Qt.AlignmentFlag.AlignLeft, caption)
        big = QFont()
        big.setPointSizeF(15)
        big.setBold(True)
        painter.setFont(big)
        painter.setPen(QColor("#ffffff"))
        lines = wrap_lines(self.text or "—", big, rect.width() - 28, 2)
        line_h = QFontMetricsF(big).lineSpacing()
        top = rect.y() + 22 + (rect.height() - 26 - line_h * len(lines)) / 2
        for n, line in enumerate(lines):
            painter.drawText(QRectF(rect.x() + 14, top + n * line_h, rect.width() - 28, line_h),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, line)


class GoalCard(QGraphicsItem):
    """A goal (mål) or sub-goal (delmål): text, owner, traffic light and value vs target.

    The small circle on the top edge (shown on hover and selection) starts an arrow: drag it
    onto another card or the vision.
    """

    def __init__(self, goal_id: str) -> None:
        super().__init__()
        self.goal_id = goal_id
        self.node_id = goal_id
        self.text = ""
        self.owner = ""
        self.value_text = ""
        self.light: Light | None = None
        self.colour = QColor("#0072B2")
        self.sub_goal = False
        self.area_id = ""
        self.highlight: QColor | None = None
        self._lines: list[str] = []
        self._bottom: tuple | None = None
        self._hover = False
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    # -- content ------------------------------------------------------------------------
    def set_content(self, *, text: str, owner: str, value_text: str, light: Light | None,
                    colour: QColor, sub_goal: bool, tooltip: str) -> None:
        if text != self.text:
            self._lines = wrap_lines(text, _fonts().title, CARD_WIDTH - 44, 3)
        self.text, self.owner, self.value_text = text, owner, value_text
        self.light, self.colour, self.sub_goal = light, colour, sub_goal
        self.setToolTip(tooltip)
        self.update()

    def card_rect(self) -> QRectF:
        return QRectF(0, 0, CARD_WIDTH, CARD_HEIGHT)

    def scene_card_rect(self) -> QRectF:
        return self.card_rect().translated(self.pos())

    def handle_centre(self) -> QPointF:
        return QPointF(CARD_WIDTH / 2, 0)

    def on_handle(self, local: QPointF) -> bool:
        centre = self.handle_centre()
        return math.hypot(local.x() - centre.x(), local.y() - centre.y()) <= HANDLE_RADIUS + 3

    # -- QGraphicsItem ------------------------------------------------------------------
    def boundingRect(self) -> QRectF:  # noqa: N802
        pad = HANDLE_RADIUS + 3
        return QRectF(-3, -pad, CARD_WIDTH + 6, CARD_HEIGHT + pad + 3)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)  # the handle overlaps the card: no hole
        path.addRect(self.card_rect())
        path.addEllipse(self.handle_centre(), HANDLE_RADIUS + 3, HANDLE_RADIUS + 3)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        rect = self.card_rect()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        # Level of detail: zoomed far out (a 200-goal map fitted to the window) text would be
        # a pixel or two high; grey lines stand in for it and the map paints several times
        # faster. Zoom in and the words are there.
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        border = self.highlight or (SELECTED if selected else self.colour.darker(120))
        pen = QPen(border, 3 if (selected or self.highlight) else 1.4)
        if self.sub_goal and not (selected or self.highlight):
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(_WHITE)
        if lod < DETAIL_LOD:
            painter.drawRect(rect)
            painter.fillRect(QRectF(1.5, 6, 6, CARD_HEIGHT - 12), self.colour)
            for n in range(len(self._lines)):
                painter.fillRect(QRectF(14, 10 + n * 16, CARD_WIDTH - 60 - 20 * (n % 2), 7),
                                 _PLACEHOLDER)
            painter.fillRect(QRectF(CARD_WIDTH - 24, 8, 15, 15),
                             LIGHT_COLOURS.get(self.light, LIGHT_COLOURS[None]))
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawRoundedRect(rect, 6, 6)
        painter.fillRect(QRectF(1.5, 6, 6, CARD_HEIGHT - 12), self.colour)
        fonts = _fonts()
        painter.setFont(fonts.title)
        painter.setPen(INK)
        line_h = fonts.title_line
        for n, line in enumerate(self._lines):
            painter.drawText(QRectF(14, 6 + n * line_h, CARD_WIDTH - 44, line_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
        dot = LIGHT_COLOURS.get(self.light, LIGHT_COLOURS[None])
        painter.setPen(QPen(dot.darker(130), 1))
        painter.setBrush(QBrush(dot) if self.light else _WHITE)
        painter.drawEllipse(QRectF(CARD_WIDTH - 24, 8, 15, 15))
        painter.setFont(fonts.small)
        bottom = QRectF(14, CARD_HEIGHT - 20, CARD_WIDTH - 22, 16)
        value, owner, used = self._bottom_line(fonts, bottom.width())
        if value:
            painter.setPen(INK)
            painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             value)
        if owner:
            painter.setPen(MUTED)
            painter.drawText(bottom.adjusted(used, 0, 0, 0),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, owner)
        if focused:
            painter.setPen(QPen(SELECTED, 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-2.5, -2.5, 2.5, 2.5), 7, 7)
        if self._hover or selected:
            painter.setPen(QPen(ACCENT, 1.2))
            painter.setBrush(_WHITE)
            painter.drawEllipse(self.handle_centre(), HANDLE_RADIUS, HANDLE_RADIUS)
            painter.drawLine(QPointF(CARD_WIDTH / 2 - 3.5, 0), QPointF(CARD_WIDTH / 2 + 3.5, 0))
            painter.drawLine(QPointF(CARD_WIDTH / 2, -3.5), QPointF(CARD_WIDTH / 2, 3.5))

    def _bottom_line(self, fonts: _Fonts, width: float) -> tuple[str, str, float]:
        """Value vs target on the left, owner on the right; elided once per content."""
        key = (self.value_text, self.owner)
        if self._bottom is None or self._bottom[0] != key:
            metrics = fonts.small_metrics
            value = metrics.elidedText(self.value_text, Qt.TextElideMode.ElideRight,
                                       width * 0.55) if self.value_text else ""
            used = metrics.horizontalAdvance(value) + 8 if value else 0.0
            owner = metrics.elidedText(self.owner, Qt.TextElideMode.ElideRight,
                                       width - used) if self.owner else ""
            self._bottom = (key, value, owner, used)
        return self._bottom[1], self._bottom[2], self._bottom[3]

    def hoverEnterEvent(self, event) -> None:  # noqa: ANN001, N802
        self._hover = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverMoveEvent(self, event) -> None:  # noqa: ANN001, N802
        self.setCursor(Qt.CursorShape.CrossCursor if self.on_handle(event.pos())
                       else Qt.CursorShape.OpenHandCursor)
        super().hoverMoveEvent(event)

    def hoverLeaveEvent(self, event) -> None:  # noqa: ANN001, N802
        self._hover = False
        self.update()
        super().hoverLeaveEvent(event)

    def itemChange(self, change, value):  # noqa: ANN001, ANN201, N802
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            scene = self.scene()
            if scene is not None and hasattr(scene, "card_moved"):
                scene.card_moved(self)
        return super().itemChange(change, value)


class ArrowItem(QGraphicsPathItem):
    """Cause → effect arrow (forandringsteori) from one card to another or to the vision."""

    def __init__(self, link_id: str, source: GoalCard, target: GoalCard | VisionItem,
                 note: str = "") -> None:
        super().__init__()
        self.link_id = link_id
        self.source = source
        self.target = target
        self.setZValue(-1)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setAcceptHoverEvents(True)
        self._hover = False
        self.set_note(note)
        self._start = self._control = self._end = QPointF()

    def set_note(self, note: str) -> None:
        self.note = note
        self.setToolTip(note)

    def update_path(self, grid: ObstacleGrid | None = None) -> None:
        """Route the arrow; with a ``grid`` of the cards it bends around the others."""
        src = self.source.scene_card_rect()
        if isinstance(self.target, VisionItem):
            vision = self.target.rect()
            x = min(max(src.center().x(), vision.left() + 20), vision.right() - 20)
            dst = QRectF(x - 1, vision.top(), 2, vision.height())
        else:
            dst = self.target.scene_card_rect()
        ends = (self.source.goal_id, getattr(self.target, "goal_id", ""))
        if isinstance(self.target, VisionItem):  # it must leave through its own lane's header
            ends += (f"lane:{self.source.area_id}",)
        start, control, end = route(src, dst, grid, ends)
        path = QPainterPath(start)
        path.quadTo(control, end)
        self._start, self._control, self._end = start, control, end
        self.prepareGeometryChange()
        self.setPath(path)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return super().boundingRect().adjusted(-10, -10, 10, 10)

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        return stroker.createStroke(self.path())

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = SELECTED if selected else (ACCENT if self._hover else QColor("#455a64"))
        width = 2.6 if (selected or self._hover) else 1.6
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path())
        angle = math.atan2(self._end.y() - self._control.y(), self._end.x() - self._control.x())
        size = 10.0
        head = QPolygonF([
            self._end,
            QPointF(self._end.x() - size * math.cos(angle - 0.42),
                    self._end.y() - size * math.sin(angle - 0.42)),
            QPointF(self._end.x() - size * math.cos(angle + 0.42),
                    self._end.y() - size * math.sin(angle + 0.42)),
        ])
        painter.setBrush(QBrush(colour))
        painter.drawPolygon(head)

    def hoverEnterEvent(self, event) -> None:  # noqa: ANN001, N802
        self._hover = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:  # noqa: ANN001, N802
        self._hover = False
        self.update()
        super().hoverLeaveEvent(event)


class InlineEditor(QGraphicsTextItem):
    """Edit a goal's text in place: Enter commits, Escape cancels, leaving commits."""

    def __init__(self, card: GoalCard, on_done) -> None:  # noqa: ANN001
        super().__init__()
        self.card = card
        self._on_done = on_done
        self._finished = False
        self.setZValue(20)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setFont(_title_font())
        self.setTextWidth(CARD_WIDTH - 20)
        self.setPlainText(card.text)
        self.setPos(card.pos() + QPointF(10, 4))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.fillRect(self.boundingRect(), QColor("#fffde7"))
        painter.setPen(QPen(SELECTED, 1.5))
        painter.drawRect(self.boundingRect())
        super().paint(painter, option, widget)

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.finish(commit=True)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.finish(commit=False)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: ANN001, N802
        super().focusOutEvent(event)
        self.finish(commit=True)

    def finish(self, *, commit: bool) -> None:
        if self._finished:
            return
        self._finished = True
        text = " ".join(self.toPlainText().split())
        self._on_done(self, text if commit else None)


class ConnectLine(QGraphicsPathItem):
    """The dashed line drawn while an arrow is being dragged out of a card."""

    def __init__(self, source: GoalCard) -> None:
        super().__init__()
        self.source = source
        self.setZValue(30)
        pen = QPen(ACCENT, 2, Qt.PenStyle.DashLine)
        self.setPen(pen)

    def follow(self, point: QPointF) -> None:
        start = self.source.mapToScene(self.source.handle_centre())
        path = QPainterPath(start)
        path.lineTo(point)
        self.setPath(path)


class _Fonts:
    """Fonts and metrics of the cards, made once (after the application exists)."""

    def __init__(self) -> None:
        self.title = QFont()
        self.title.setPointSizeF(9.5)
        self.title_line = QFontMetricsF(self.title).lineSpacing()
        self.small = QFont()
        self.small.setPointSizeF(8)
        self.small_metrics = QFontMetricsF(self.small)


_FONTS: _Fonts | None = None


def _fonts() -> _Fonts:
    global _FONTS
    if _FONTS is None:
        _FONTS = _Fonts()
    return _FONTS


def _title_font() -> QFont:
    return _fonts().title


def _tint(colour: QColor, amount: float) -> QColor:
    """``colour`` mixed with white (``amount`` 1.0 is white)."""
    return QColor(
        round(colour.red() + (255 - colour.red()) * amount),
        round(colour.green() + (255 - colour.green()) * amount),
        round(colour.blue() + (255 - colour.blue()) * amount),
    )


def _readable_on(colour: QColor) -> QColor:
    """Black or white text, whichever reads better on ``colour``."""
    luminance = 0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue()
    return QColor("#111111") if luminance > 150 else QColor("#ffffff")


class ObstacleGrid:
    """Cards bucketed in a coarse grid, so "which cards does this point touch?" looks at one
    or two cards instead of all of them (routing 400 arrows past 200 cards stays fast)."""

    CELL = 128.0

    def __init__(self, rects: dict[str, QRectF]) -> None:
        self.cells: dict[tuple[int, int], list[tuple[str, float, float, float, float]]] = {}
        c = self.CELL
        for key, r in rects.items():
            box = (key, r.left() - 2, r.top() - 2, r.right() + 2, r.bottom() + 2)
            for cx in range(int(box[1] // c), int(box[3] // c) + 1):
                for cy in range(int(box[2] // c), int(box[4] // c) + 1):
                    self.cells.setdefault((cx, cy), []).append(box)

    def hits(self, x: float, y: float, exclude: tuple[str, ...]) -> int:
        found = self.cells.get((int(x // self.CELL), int(y // self.CELL)))
        if not found:
            return 0
        return sum(1 for key, x1, y1, x2, y2 in found
                   if x1 <= x <= x2 and y1 <= y <= y2 and key not in exclude)


def route(source: QRectF, target: QRectF, grid: ObstacleGrid | None = None,
          exclude: tuple[str, ...] = ()) -> tuple[QPointF, QPointF, QPointF]:
    """Start, control point and end of a quadratic arrow from ``source`` to ``target``.

    A straight arrow passing under another card reads as if it started there, so the route
    bends sideways in growing steps until it clears every other card (as on the poster); if
    nothing clears, the route crossing the fewest cards wins.
    """
    sx, sy = source.center().x(), source.center().y()
    tx, ty = target.center().x(), target.center().y()
    dx, dy = tx - sx, ty - sy
    length = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / length, dx / length
    mx, my = (sx + tx) / 2, (sy + ty) / 2
    best = None
    best_hits = None
    cells = grid.cells if grid is not None else None
    size = ObstacleGrid.CELL
    for offset in (0, 1, -1, 2, -2, 3, -3):
        control = QPointF(mx + nx * 45 * offset, my + ny * 45 * offset)
        start = _edge_point(source, control)
        end = _edge_point(target, control)
        if cells is None:
            return start, control, end
        ax, ay, cx, cy, ex, ey = start.x(), start.y(), control.x(), control.y(), end.x(), end.y()
        hits = 0
        for t in _SAMPLES:
            u = 1 - t
            x = u * u * ax + 2 * u * t * cx + t * t * ex
            y = u * u * ay + 2 * u * t * cy + t * t * ey
            for key, x1, y1, x2, y2 in cells.get((int(x // size), int(y // size)), ()):
                if x1 <= x <= x2 and y1 <= y <= y2 and key not in exclude:
                    hits += 1
            if best_hits is not None and hits >= best_hits:
                break  # no better than a route already found
        if best_hits is None or hits < best_hits:
            best, best_hits = (start, control, end), hits
        if hits == 0:
            break
    return best


_SAMPLES = tuple(i / 14 for i in range(1, 14))


def _edge_point(rect: QRectF, toward: QPointF) -> QPointF:
    """Where the line from the rectangle's centre toward a point leaves the rectangle."""
    c = rect.center()
    dx, dy = toward.x() - c.x(), toward.y() - c.y()
    if dx == 0 and dy == 0:
        return c
    sx = (rect.width() / 2) / abs(dx) if dx else math.inf
    sy = (rect.height() / 2) / abs(dy) if dy else math.inf
    s = min(sx, sy)
    return QPointF(c.x() + dx * s, c.y() + dy * s)
