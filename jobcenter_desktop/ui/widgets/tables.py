"""Table views set up the same way everywhere: fixed row height, whole-row selection,
sorting handed to the model (which asks the store), no measuring of all rows."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QWidget

from ..models.lazy_table import LazyTableModel


class RecordTable(QTableView):
    def __init__(self, model: LazyTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setSortingEnabled(False)  # set before the first query: sorting re-queries the store
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        vertical.hide()
        horizontal = self.horizontalHeader()
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        horizontal.setStretchLastSection(True)
        horizontal.setSortIndicatorShown(True)
        horizontal.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the query's own order
        horizontal.setSectionsClickable(True)
        horizontal.sortIndicatorChanged.connect(self.on_header_sort_indicator_changed)
        for i, column in enumerate(model.columns()):
            self.setColumnWidth(i, column.width)

    def on_header_sort_indicator_changed(self, section: int, order) -> None:  # noqa: ANN001
        self.model().sort(section, order)

    def current_id(self) -> str | None:
        index = self.currentIndex()
        return self.model().row_id(index.row()) if index.isValid() else None


class SearchField(QLineEdit):
    """Search as you type: emits ``search`` once the user pauses (not on every key)."""

    search = Signal(str)

    def __init__(self, placeholder: str, parent: QWidget | None = None, delay_ms: int = 180) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.on_timer_timeout)
        self.textChanged.connect(self.on_self_text_changed)
        self.returnPressed.connect(self.on_timer_timeout)

    def on_self_text_changed(self, _text: str) -> None:
        self._timer.start()

    def on_timer_timeout(self) -> None:
        self._timer.stop()
        self.search.emit(self.text())
