"""The score of a match drawn as a bar with the number beside it (███████░░ 78)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..models.match_models import SCORE_ROLE

Index = QModelIndex | QPersistentModelIndex


def score_colour(score: int, excluded: bool) -> QColor:
    if excluded:
        return QColor("#b9b9b9")
    if score >= 75:
        return QColor("#2e8b57")
    if score >= 50:
        return QColor("#d39b2a")
    return QColor("#c4643c")


class ScoreBarDelegate(QStyledItemDelegate):
    """Paints ``SCORE_ROLE`` = (score 0–100, excluded) as a bar plus the number."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        value = index.data(SCORE_ROLE)
        if not value:
            super().paint(painter, option, index)
            return
        score, excluded = value
        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:
            # Selection and alternating background as the rest of the row.
            blank = QStyleOptionViewItem(option)
            self.initStyleOption(blank, index)
            blank.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, blank, painter, option.widget)
        rect = option.rect.adjusted(6, 0, -6, 0)
        text_width = option.fontMetrics.horizontalAdvance("100") + 6
        bar = QRectF(rect.left(), rect.center().y() - 5, max(10, rect.width() - text_width), 10)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e6e6e6"))
        painter.drawRoundedRect(bar, 3, 3)
        filled = QRectF(bar)
        filled.setWidth(bar.width() * max(0, min(100, score)) / 100.0)
        painter.setBrush(score_colour(score, excluded))
        painter.drawRoundedRect(filled, 3, 3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = option.palette.highlightedText().color() if selected else option.palette.text().color()
        if excluded and not selected:
            colour = QColor("#8a8a8a")
        painter.setPen(QPen(colour))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(score))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 120), hint.height())
