"""A table model for short lists held whole in memory: one company's contacts, its contact
log, its job orders, a consultant's follow-ups, a duplicate group.

Columns are the same ``Column`` descriptions the big lazy tables use; sorting happens here,
in memory, by the column's display text unless the column has a ``sort`` key function name
listed in ``sort_keys``. Rows must have an ``id``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...domain.text import danish_sort_key
from ..models.lazy_table import Column

Index = QModelIndex | QPersistentModelIndex


class SmallTableModel(QAbstractTableModel):
    def __init__(
        self,
        columns: Sequence[Column],
        *,
        sort_keys: dict[str, Callable[[Any], Any]] | None = None,
        warn: Callable[[Any], bool] | None = None,
        muted: Callable[[Any], bool] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._sort_keys = sort_keys or {}
        self._warn = warn
        self._muted = muted

    # ------------------------------------------------------------------ data in and out
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_object(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_id(self, row: int) -> str | None:
        item = self.row_object(row)
        return None if item is None else item.id

    def row_of(self, record_id: str) -> int:
        for i, item in enumerate(self._rows):
            if str(item.id) == str(record_id):
                return i
        return -1

    def columns(self) -> list[Column]:
        return list(self._columns)

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = self._columns[index.column()]
        item = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = column.display(item)
            if role == Qt.ItemDataRole.DisplayRole:
                # One line per row: multi-line text (addresses, summaries) would be cut off.
                return " ".join(str(text).split()) if "\n" in str(text) else text
            return text if text else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if self._warn is not None and self._warn(item):
                return QBrush(QColor("#b00020"))
            if self._muted is not None and self._muted(item):
                return QBrush(QColor("#777777"))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        spec = self._columns[column]
        if spec.sort is None:
            return
        keyfn = self._sort_keys.get(spec.sort)
        if keyfn is None:
            def keyfn(item: Any, spec: Column = spec) -> Any:
                return danish_sort_key(str(spec.display(item)))
        def sort_key(item: Any) -> tuple:
            value = keyfn(item)
            return (1, "") if value is None else (0, value)

        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(index, self._rows[index.row()]) for index in persistent
                if 0 <= index.row() < len(self._rows)]
        self._rows.sort(key=sort_key, reverse=order == Qt.SortOrder.DescendingOrder)
        position = {id(item): row for row, item in enumerate(self._rows)}
        self.changePersistentIndexList(
            [index for index, _ in held],
            [self.index(position[id(item)], index.column()) for index, item in held],
        )
        self.layoutChanged.emit()
