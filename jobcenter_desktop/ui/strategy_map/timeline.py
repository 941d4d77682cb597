"""Milestones and initiatives on a time axis (Gantt-like), one block per working group.

Top row: the map's milestones as diamonds coloured by their traffic light (reached on time,
due soon, missed or past due). Below it, per working group (arbejdsgruppe), its initiatives
(indsatser) as bars from start to end, coloured by status; an initiative without an end runs
to the edge with a fading tail. A red line marks today. Double-clicking a bar or diamond
asks for it to be edited.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QLinearGradient,
    QPainter,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPolygonItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

from ...domain.dates import format_date
from ...domain.strategy import InitiativeStatus, Light, MilestoneStatus
from ...domain.strategy import StrategyMap as DomainMap

LABEL_WIDTH = 300.0
ROW_HEIGHT = 26.0
HEADER_HEIGHT = 40.0
AXIS_WIDTH = 1100.0
STATUS_COLOURS = {
    InitiativeStatus.PLANNED: QColor("#90a4ae"),
    InitiativeStatus.IN_PROGRESS: QColor("#1e88e5"),
    InitiativeStatus.DONE: QColor("#43a047"),
    InitiativeStatus.STOPPED: QColor("#8d6e63"),
}
STATUS_TEXT = {
    "da": {InitiativeStatus.PLANNED: "planlagt", InitiativeStatus.IN_PROGRESS: "i gang",
           InitiativeStatus.DONE: "afsluttet", InitiativeStatus.STOPPED: "stoppet"},
    "en": {InitiativeStatus.PLANNED: "planned", InitiativeStatus.IN_PROGRESS: "in progress",
           InitiativeStatus.DONE: "done", InitiativeStatus.STOPPED: "stopped"},
}
MILESTONE_TEXT = {
    "da": {MilestoneStatus.PLANNED: "planlagt", MilestoneStatus.REACHED: "nået",
           MilestoneStatus.MISSED: "ikke nået"},
    "en": {MilestoneStatus.PLANNED: "planned", MilestoneStatus.REACHED: "reached",
           MilestoneStatus.MISSED: "missed"},
}
LIGHTS = {Light.GREEN: QColor("#2e7d32"), Light.AMBER: QColor("#f9a825"),
          Light.RED: QColor("#c62828"), None: QColor("#78909c")}
WORDS = {
    "da": {"milestones": "Milepæle", "no_group": "Uden arbejdsgruppe", "chair": "formand",
           "empty": "Ingen milepæle eller indsatser endnu.", "no_initiatives": "ingen indsatser",
           "today": "I dag"},
    "en": {"milestones": "Milestones", "no_group": "No working group", "chair": "chair",
           "empty": "No milestones or initiatives yet.", "no_initiatives": "no initiatives",
           "today": "Today"},
}


class _Bar(QGraphicsRectItem):
    def __init__(self, rect: QRectF, initiative_id: str) -> None:
        super().__init__(rect)
        self.initiative_id = initiative_id
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)


class _Diamond(QGraphicsPolygonItem):
    def __init__(self, centre: QPointF, size: float, milestone_id: str) -> None:
        super().__init__(QPolygonF([
            QPointF(centre.x(), centre.y() - size), QPointF(centre.x() + size, centre.y()),
            QPointF(centre.x(), centre.y() + size), QPointF(centre.x() - size, centre.y()),
        ]))
        self.milestone_id = milestone_id
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)


class TimelineView(QGraphicsView):
    initiative_activated = Signal(str)
    milestone_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("strategy_timeline")
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.language = "da"
        self.rows: list[tuple[str, str]] = []  # (kind, label) in drawing order, for tests

    # ------------------------------------------------------------------ drawing
    def set_map(self, m: DomainMap | None, today: date) -> None:
        scene = self._scene
        scene.clear()
        self.rows = []
        words = WORDS.get(self.language, WORDS["da"])
        if m is None:
            return
        dates = [d for i in m.initiatives for d in (i.start, i.end) if d]
        dates += [ms.due for ms in m.milestones]
        if m.span_start:
            dates.append(m.span_start)
        if m.span_end:
            dates.append(m.span_end)
        if not dates:
            text = scene.addText(words["empty"])
            text.setDefaultTextColor(QColor("#52606d"))
            return
        first = date(min(dates).year, 1, 1)
        last = date(max(max(dates), today).year + 1, 1, 1)
        per_day = AXIS_WIDTH / max((last - first).days, 1)

        def x_of(day: date) -> float:
            return LABEL_WIDTH + (day - first).days * per_day

        bold = QFont()
        bold.setBold(True)
        normal = QFont()
        small = QFont()
        small.setPointSizeF(8)
        label_metrics = QFontMetricsF(normal)
        y = HEADER_HEIGHT
        body_rows: list[tuple[float, str]] = []

        def label(text: str, y_top: float, font: QFont, indent: float = 8.0,
                  colour: str = "#1f2933") -> None:
            shown = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight,
                                                   LABEL_WIDTH - indent - 8)
            item = scene.addSimpleText(shown, font)
            item.setBrush(QBrush(QColor(colour)))
            item.setPos(indent, y_top + (ROW_HEIGHT - label_metrics.height()) / 2)
            item.setToolTip(text)

        # milestones
        label(words["milestones"], y, bold)
        self.rows.append(("heading", words["milestones"]))
        milestones = m.milestones
        lanes_used: list[float] = []  # right edge of the last label in each stacked line
        stack_y = y
        for ms in milestones:
            cx = x_of(ms.due)
            text = f"{ms.text} ({format_date(ms.due)})"
            width = QFontMetricsF(small).horizontalAdvance(text) + 24
            line = next((n for n, edge in enumerate(lanes_used) if edge < cx - 8), None)
            if line is None:
                lanes_used.append(0.0)
                line = len(lanes_used) - 1
            lanes_used[line] = cx + width
            row_y = y + line * ROW_HEIGHT
            light = m.milestone_light(ms, today)
            diamond = _Diamond(QPointF(cx, row_y + ROW_HEIGHT / 2), 7, ms.id)
            diamond.setBrush(QBrush(LIGHTS[light]))
            diamond.setPen(QPen(LIGHTS[light].darker(140), 1))
            state = MILESTONE_TEXT.get(self.language, MILESTONE_TEXT["da"])[ms.status]
            diamond.setToolTip(f"{ms.text}\n{format_date(ms.due)} – {state}")
            diamond.setZValue(3)
            scene.addItem(diamond)
            caption = scene.addSimpleText(text, small)
            caption.setBrush(QBrush(QColor("#37474f")))
            caption.setPos(cx + 11, row_y + (ROW_HEIGHT - QFontMetricsF(small).height()) / 2)
            self.rows.append(("milestone", ms.text))
        stack = max(len(lanes_used), 1)
        body_rows.append((stack_y, "milestones"))
        y += stack * ROW_HEIGHT + 8

        # working groups and their initiatives
        groups = [(g.id, g.name, g.chair) for g in m.working_groups]
        if any(i.working_group_id is None for i in m.initiatives):
            groups.append((None, words["no_group"], ""))
        status_text = STATUS_TEXT.get(self.language, STATUS_TEXT["da"])
        for group_id, name, chair in groups:
            scene.addRect(QRectF(0, y, LABEL_WIDTH + AXIS_WIDTH, ROW_HEIGHT),
                          QPen(Qt.PenStyle.NoPen), QBrush(QColor("#eceff1")))
            heading = f"{name} ({words['chair']}: {chair})" if chair else name
            label(heading, y, bold)
            self.rows.append(("group", name))
            y += ROW_HEIGHT
            owned = sorted((i for i in m.initiatives if i.working_group_id == group_id),
                           key=lambda i: (i.start or date.max, i.title.casefold()))
            if not owned:
                label(words["no_initiatives"], y, small, indent=24, colour="#78909c")
                y += ROW_HEIGHT
            for ini in owned:
                label(ini.title, y, normal, indent=24)
                self.rows.append(("initiative", ini.title))
                start = ini.start or first
                open_end = ini.end is None
                end = ini.end or last
                rect = QRectF(x_of(start), y + 5, max(x_of(end + timedelta(days=1)) - x_of(start), 4),
                              ROW_HEIGHT - 10)
                bar = _Bar(rect, ini.id)
                colour = STATUS_COLOURS[ini.status]
                if open_end:
                    gradient = QLinearGradient(rect.topLeft(), rect.topRight())
                    gradient.setColorAt(0.0, colour)
                    gradient.setColorAt(0.8, colour)
                    gradient.setColorAt(1.0, QColor(colour.red(), colour.green(), colour.blue(), 30))
                    bar.setBrush(QBrush(gradient))
                else:
                    bar.setBrush(QBrush(colour))
                bar.setPen(QPen(colour.darker(130), 1))
                done = sum(t.done for t in ini.tasks)
                tasks = f"\n{done}/{len(ini.tasks)} opgaver udført" if ini.tasks else ""
                bar.setToolTip(f"{ini.title}\n{format_date(ini.start) or '…'} – "
                               f"{format_date(ini.end) or '…'} ({status_text[ini.status]}){tasks}")
                bar.setZValue(2)
                scene.addItem(bar)
                y += ROW_HEIGHT
            y += 6

        # axis: years and quarters, grid lines and today
        axis_pen = QPen(QColor("#cfd8dc"), 1)
        year = first.year
        while date(year, 1, 1) <= last:
            x = x_of(date(year, 1, 1))
            scene.addLine(x, HEADER_HEIGHT - 14, x, y, QPen(QColor("#90a4ae"), 1))
            if date(year, 1, 1) < last:
                text = scene.addSimpleText(str(year), bold)
                text.setPos(x + 4, 2)
                for quarter in (4, 7, 10):
                    qx = x_of(date(year, quarter, 1))
                    scene.addLine(qx, HEADER_HEIGHT - 6, qx, y, axis_pen)
                    q_text = scene.addSimpleText(f"K{(quarter - 1) // 3 + 1}", small)
                    q_text.setBrush(QBrush(QColor("#78909c")))
                    q_text.setPos(qx + 3, HEADER_HEIGHT - 18)
            year += 1
        if first <= today <= last:
            tx = x_of(today)
            line = scene.addLine(tx, HEADER_HEIGHT - 18, tx, y, QPen(QColor("#c62828"), 1.5,
                                                                    Qt.PenStyle.DashLine))
            line.setZValue(4)
            today_text = scene.addSimpleText(words["today"], small)
            today_text.setBrush(QBrush(QColor("#c62828")))
            today_text.setPos(tx + 3, HEADER_HEIGHT - 32)
        scene.addLine(LABEL_WIDTH, 0, LABEL_WIDTH, y, QPen(QColor("#90a4ae"), 1))
        scene.setSceneRect(QRectF(0, 0, LABEL_WIDTH + AXIS_WIDTH + 160, y + 10))

    # ------------------------------------------------------------------ interaction
    def mouseDoubleClickEvent(self, event) -> None:  # noqa: ANN001, N802
        for item in self.items(event.position().toPoint()):
            if isinstance(item, _Bar):
                self.initiative_activated.emit(item.initiative_id)
                return
            if isinstance(item, _Diamond):
                self.milestone_activated.emit(item.milestone_id)
                return
        super().mouseDoubleClickEvent(event)
