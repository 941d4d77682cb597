"""Shared shape of the list tabs: search field, filters, big table, detail panel."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...services.bootstrap import Services
from ...services.lists import ListQuery, key
from ..dialogs.messages import show_error, user_message
from ..models.lazy_table import LazyTableModel
from ..widgets.tables import RecordTable, SearchField
from ..worker import DbWorker


def esc(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def detail_html(title: str, rows: Sequence[tuple[str, Any]], extra: str = "") -> str:
    cells = "".join(
        f"<tr><td style='color:#555;padding-right:12px'>{esc(k)}</td><td>{esc(v)}</td></tr>"
        for k, v in rows
    )
    return f"<h3>{esc(title)}</h3><table>{cells}</table>{extra}"


class ListTab(QWidget):
    """A tab listing one kind of record. Subclasses give columns, fetchers and details."""

    change_tags: frozenset[str] = frozenset()
    status_message = Signal(str)

    def __init__(self, *, services: Services, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.worker = worker
        self.filters: dict[str, Any] = {}
        self.model = LazyTableModel(
            worker=worker,
            fetch_ids=self.fetch_ids,
            fetch_rows=self.fetch_rows,
            columns=self.columns(),
            parent=self,
        )
        self.search = SearchField(self.search_placeholder())
        self.search.setObjectName("search")
        self.table = RecordTable(self.model)
        self.detail = QTextBrowser()
        self.detail.setObjectName("detail")
        self.detail.setOpenExternalLinks(False)
        self.count_label = QLabel()
        self.toolbar = QHBoxLayout()
        self.toolbar.addWidget(self.search, 2)
        self.build_filters(self.toolbar)
        self.toolbar.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.build_detail_panel())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([960, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.splitter, 1)
        self._connect_signals()
        self.current_id: str | None = None

    def _connect_signals(self) -> None:
        self.search.search.connect(self.on_search_search)
        self.model.loaded.connect(self.on_model_loaded)
        self.table.selectionModel().currentRowChanged.connect(self.on_table_current_row_changed)
        self.worker.changed.connect(self.on_worker_changed)

    # -------------------------------------------------------------- subclass hooks
    def columns(self) -> list:
        raise NotImplementedError

    def fetch_ids(self, query: ListQuery) -> list[str]:
        raise NotImplementedError

    def fetch_rows(self, ids: list[str]) -> list:
        raise NotImplementedError

    def fetch_detail(self, record_id: str) -> Any:
        raise NotImplementedError

    def render_detail(self, detail: Any) -> None:
        raise NotImplementedError

    def search_placeholder(self) -> str:
        return QCoreApplication.translate("ListTab", "Søg …")

    def build_filters(self, layout: QHBoxLayout) -> None:
        """Add filter widgets to the toolbar (optional)."""

    def build_detail_panel(self) -> QWidget:
        return self.detail

    def default_sort(self) -> str:
        return "name"

    # -------------------------------------------------------------- behaviour
    def load(self) -> None:
        self.model.set_query(ListQuery(search=self.search.text(), filters=dict(self.filters),
                                       sort=self.model.query.sort if self.model.query.sort != "name"
                                       else self.default_sort(),
                                       descending=self.model.query.descending))

    def set_filter(self, name: str, value: Any) -> None:
        if value in (None, "", False):
            self.filters.pop(name, None)
        else:
            self.filters[name] = value
        self.model.set_query(replace(self.model.query, filters=dict(self.filters)))

    def on_search_search(self, text: str) -> None:
        self.model.set_query(replace(self.model.query, search=text))

    def on_model_loaded(self, count: int) -> None:
        # An explicit context: self.tr() in a base class looks up the subclass's context.
        self.count_label.setText(QCoreApplication.translate("ListTab", "%n post(er)", "", count))
        if count and self.current_id is None:
            self.table.selectRow(0)

    def on_table_current_row_changed(self, current, _previous) -> None:  # noqa: ANN001
        record_id = self.model.row_id(current.row()) if current.isValid() else None
        self.current_id = record_id
        if record_id is None:
            self.detail.clear()
            return
        self.worker.run(lambda: self.fetch_detail(record_id),
                        on_success=self._on_detail, on_failure=self._on_detail_failed)

    def _on_detail(self, detail: Any) -> None:
        if detail is not None and self.current_id and key(detail.id) == key(self.current_id):
            self.render_detail(detail)

    def _on_detail_failed(self, exc: BaseException) -> None:
        message = user_message(exc)
        if message is None:
            show_error(self, exc)
            return
        self.detail.setHtml(f"<p><i>{esc(message)}</i></p>")

    def on_worker_changed(self, tags: frozenset[str]) -> None:
        if tags & self.change_tags:
            self.model.refresh()
            if self.current_id:
                record_id = self.current_id
                self.worker.run(lambda: self.fetch_detail(record_id), on_success=self._on_detail,
                                on_failure=self._on_detail_failed)
