"""Big tables as the ids of the current query plus rows fetched a page at a time.

Setting a query fetches only ids (ordered, filtered) on the DB worker. When the view paints
a row whose page is not cached, the page is requested from the worker and a placeholder is
shown until it arrives; then ``dataChanged`` repaints just those rows. Row height is fixed
by the views, so nothing ever measures all rows.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ...services.lists import ListQuery, key
from ..worker import DbWorker

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    display: Callable[[Any], str]
    sort: str | None = None  # the service's sort name; None = not sortable
    align_right: bool = False
    width: int = 120


class LazyTableModel(QAbstractTableModel):
    loaded = Signal(int)  # number of ids of the new query
    PLACEHOLDER = "…"

    def __init__(
        self,
        *,
        worker: DbWorker,
        fetch_ids: Callable[[ListQuery], list[str]],
        fetch_rows: Callable[[list[str]], Sequence[Any]],
        columns: Sequence[Column],
        page_size: int = 100,
        max_pages: int = 60,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._fetch_ids = fetch_ids
        self._fetch_rows = fetch_rows
        self._columns = list(columns)
        self._page_size = page_size
        self._max_pages = max_pages
        self._ids: list[str] = []
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self._requested: set[int] = set()
        self._generation = 0
        self._ids_generation = 0  # the query generation that self._ids belong to
        self.query = ListQuery()

    # ------------------------------------------------------------------ queries
    def set_query(self, query: ListQuery) -> None:
        self.query = query
        self._generation += 1
        generation = self._generation
        self._worker.run(lambda: self._fetch_ids(query),
                         on_success=lambda ids: self._on_ids(generation, ids))

    def refresh(self) -> None:
        self.set_query(self.query)

    def _on_ids(self, generation: int, ids: list[str]) -> None:
        if generation != self._generation:
            return  # a newer query was set meanwhile (the user kept typing)
        self.beginResetModel()
        self._ids = ids
        self._ids_generation = generation
        self._pages.clear()
        self._requested.clear()
        self.endResetModel()
        self.loaded.emit(len(ids))

    def _request_page(self, page: int) -> None:
        if page in self._requested or self._ids_generation != self._generation:
            # While a new query's ids are on their way, self._ids are the old ones: a page
            # cut from them would be filed under the new query. Painting after the reset asks again.
            return
        self._requested.add(page)
        generation = self._generation
        ids = self._ids[page * self._page_size:(page + 1) * self._page_size]
        self._worker.run(lambda: self._fetch_rows(ids),
                         on_success=lambda rows: self._on_page(generation, page, ids, rows))

    def _on_page(self, generation: int, page: int, ids: list[str], rows: Sequence[Any]) -> None:
        self._requested.discard(page)
        if generation != self._generation:
            return
        by_key = {key(r.id): r for r in rows}
        # A row deleted since the ids were read stays as None ("slettet") rather than shifting
        # every later row onto the wrong id.
        self._pages[page] = [by_key.get(key(i)) for i in ids]
        while len(self._pages) > self._max_pages:
            self._pages.popitem(last=False)
        first = page * self._page_size
        last = min(first + len(ids), len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self._columns) - 1))

    # ------------------------------------------------------------------ access
    def row_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_object(self, row: int) -> Any | None:
        page = self._pages.get(row // self._page_size)
        return page[row % self._page_size] if page is not None else None

    def ids(self) -> list[str]:
        return list(self._ids)

    def columns(self) -> list[Column]:
        return list(self._columns)

    def is_complete(self) -> bool:
        """True when every row of the current query is cached (used by tests and exports)."""
        pages = -(-len(self._ids) // self._page_size)
        return all(p in self._pages for p in range(pages))

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        page = index.row() // self._page_size
        rows = self._pages.get(page)
        if rows is None:
            self._request_page(page)
            return self.PLACEHOLDER if role == Qt.ItemDataRole.DisplayRole else None
        self._pages.move_to_end(page)
        row = rows[index.row() % self._page_size]
        if row is None:
            return self.tr("(slettet)") if index.column() == 0 else ""
        return column.display(row)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns) or self._columns[column].sort is None:
            return
        self.set_query(replace(self.query, sort=self._columns[column].sort,
                               descending=order == Qt.SortOrder.DescendingOrder))
