"""Small in-memory table models for lists a dialog holds whole (consents, import errors,
a profile's languages and experience). Big lists use ``LazyTableModel`` instead.

``RecordTableModel`` shows frozen rows through ``Field`` accessors; ``EditableTableModel``
holds plain lists of values the user edits in place, with typed columns.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Field:
    header: str
    display: Callable[[Any], str]
    tooltip: Callable[[Any], str] | None = None
    foreground: Callable[[Any], str | None] | None = None


class RecordTableModel(QAbstractTableModel):
    """Read-only rows of any objects, shown through ``Field`` accessors."""

    def __init__(self, fields: Sequence[Field], parent: Any = None) -> None:
        super().__init__(parent)
        self._fields = list(fields)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_object(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._fields)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        field = self._fields[index.column()]
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return field.display(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return field.tooltip(row) if field.tooltip else field.display(row)
        if role == Qt.ItemDataRole.ForegroundRole and field.foreground:
            from PySide6.QtGui import QColor

            colour = field.foreground(row)
            return QColor(colour) if colour else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._fields):
            return self._fields[section].header
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


@dataclass(frozen=True)
class EditColumn:
    header: str
    kind: str = "text"  # text / number / choice
    choices: tuple[str, ...] = ()
    default: Any = ""


class EditableTableModel(QAbstractTableModel):
    """Rows of plain values edited in place (a profile's experience, its languages)."""

    def __init__(self, columns: Sequence[EditColumn], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[list[Any]] = []

    def columns(self) -> list[EditColumn]:
        return list(self._columns)

    def set_rows(self, rows: Sequence[Sequence[Any]]) -> None:
        self.beginResetModel()
        self._rows = [list(r) for r in rows]
        self.endResetModel()

    def values(self) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in self._rows]

    def append_row(self, values: Sequence[Any] | None = None) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(list(values) if values is not None else [c.default for c in self._columns])
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = self._rows[index.row()][index.column()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column.kind == "number":
                return "" if value in (None, "") else f"{value:g}"
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.EditRole:
            if column.kind == "number":
                return float(value or 0)
            return "" if value is None else str(value)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self._columns[index.column()]
        if column.kind == "number":
            try:
                value = float(str(value).replace(",", ".")) if str(value).strip() else None
            except ValueError:
                return False
        else:
            value = " ".join(str(value).split())
            if column.kind == "choice" and value and value not in column.choices:
                return False
        self._rows[index.row()][index.column()] = value
        self.dataChanged.emit(index, index)
        return True

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
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)


class StringListModel(QAbstractListModel):
    """An ordered list of (value, text) items: ranked occupations, tags."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[tuple[str, str]] = []

    def items(self) -> list[tuple[str, str]]:
        return list(self._items)

    def values(self) -> list[str]:
        return [v for v, _ in self._items]

    def set_items(self, items: Sequence[tuple[str, str]]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def add(self, value: str, text: str) -> bool:
        if any(v == value for v, _ in self._items):
            return False
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append((value, text))
        self.endInsertRows()
        return True

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._items):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._items[row]
            self.endRemoveRows()

    def move(self, row: int, delta: int) -> int:
        """Move an item up (-1) or down (+1); returns its new row."""
        target = row + delta
        if not (0 <= row < len(self._items) and 0 <= target < len(self._items)):
            return row
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._items.insert(target, self._items.pop(row))
        self.endMoveRows()
        return target

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        value, text = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text
        if role == Qt.ItemDataRole.UserRole:
            return value
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
