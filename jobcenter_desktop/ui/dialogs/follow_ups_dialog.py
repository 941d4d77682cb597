"""Mine opfølgninger: the logged-in consultant's due and overdue follow-ups across companies.

A window beside the main window (not modal): the consultant works through the list, marks
items done, jumps to the company, or exports the list to a calendar (.ics). It reloads
itself whenever follow-ups change anywhere in the app.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.dates import COPENHAGEN, format_date
from ...services.contacts import ContactService, FollowUpDTO
from ..models.lazy_table import Column
from ..models.small_table import SmallTableModel
from ..widgets.company_detail import selected, small_view
from ..worker import DbWorker
from .company_records import describe_follow_up
from .forms import save_file_dialog
from .messages import show_error

_RANGES = ((14, "Forfaldne og de næste 14 dage"), (0, "Kun forfaldne og i dag"),
           (None, "Alle åbne"))


class FollowUpsDialog(QDialog):
    """``go_to_company(company_id)`` asks the tab to show the company of a follow-up."""

    go_to_company = Signal(str)

    def __init__(self, *, worker: DbWorker, contacts: ContactService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._contacts = contacts
        self.file_dialog: QFileDialog | None = None
        self.setWindowTitle(self.tr("Mine opfølgninger – {name}").format(
            name=contacts.ctx.actor.name))
        self.resize(760, 460)
        today = datetime.now(COPENHAGEN).date()
        self.model = SmallTableModel([
            Column("due", self.tr("Dato"), lambda f: format_date(f.due), sort="due", width=82),
            Column("state", self.tr("Status"), lambda f: describe_follow_up(f, today), width=130),
            Column("company", self.tr("Virksomhed"), lambda f: f.company_name, sort="company", width=220),
            Column("text", self.tr("Opgave"), lambda f: f.text, width=260),
        ], sort_keys={"due": lambda f: f.due}, warn=lambda f: f.is_overdue(today), parent=self)
        self.view = small_view(self.model, "my_follow_ups")
        self.range = QComboBox()
        self.range.setObjectName("follow_up_range")
        for days, text in _RANGES:
            self.range.addItem(self.tr(text), days)
        self.summary = QLabel()
        self.summary.setObjectName("follow_up_summary")
        self.done_button = QPushButton(self.tr("Markér som udført"))
        self.done_button.setObjectName("follow_up_done")
        self.go_button = QPushButton(self.tr("Vis virksomheden"))
        self.export_button = QPushButton(self.tr("Eksportér til kalender (.ics) …"))
        self.close_button = QPushButton(self.tr("Luk"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Vis:")))
        top.addWidget(self.range)
        top.addStretch(1)
        top.addWidget(self.summary)
        bottom = QHBoxLayout()
        bottom.addWidget(self.done_button)
        bottom.addWidget(self.go_button)
        bottom.addStretch(1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self._connect_signals()
        self._update_buttons()
        self.reload()

    def _connect_signals(self) -> None:
        self.range.currentIndexChanged.connect(self.on_range_current_index_changed)
        self.done_button.clicked.connect(self.on_done_button_clicked)
        self.go_button.clicked.connect(self.on_go_button_clicked)
        self.view.doubleClicked.connect(self.on_go_button_clicked)
        self.export_button.clicked.connect(self.on_export_button_clicked)
        self.close_button.clicked.connect(self.close)
        self.view.selectionModel().currentRowChanged.connect(self.on_view_current_row_changed)
        self._worker.changed.connect(self.on_worker_changed)

    def reload(self) -> None:
        days = self.range.currentData()
        contacts = self._contacts
        self._worker.run(lambda: contacts.my_follow_ups(days_ahead=days),
                         on_success=self._on_rows, on_failure=lambda exc: show_error(self, exc))

    def _on_rows(self, rows: list[FollowUpDTO]) -> None:
        self.model.set_rows(rows)
        today = datetime.now(COPENHAGEN).date()
        overdue = sum(1 for f in rows if f.is_overdue(today))
        due_today = sum(1 for f in rows if f.due == today)
        self.summary.setText(self.tr("{n} i alt · {o} forfaldne · {t} i dag").format(
            n=len(rows), o=overdue, t=due_today))
        if rows:
            self.view.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = selected(self.view) is not None
        self.done_button.setEnabled(has)
        self.go_button.setEnabled(has)

    def on_view_current_row_changed(self, *_args) -> None:  # noqa: ANN002
        self._update_buttons()

    def on_range_current_index_changed(self, _index: int) -> None:
        self.reload()

    def on_worker_changed(self, tags: frozenset[str]) -> None:
        if tags & {"contacts", "companies"} and self.isVisible():
            self.reload()

    def on_done_button_clicked(self) -> None:
        follow = selected(self.view)
        if follow is None:
            return
        contacts = self._contacts
        self._worker.run(lambda: contacts.set_follow_up_done(follow.id),
                         on_failure=lambda exc: show_error(self, exc), changes={"contacts"})

    def on_go_button_clicked(self, *_args) -> None:  # noqa: ANN002
        follow = selected(self.view)
        if follow is not None:
            self.go_to_company.emit(follow.company_id)

    def on_export_button_clicked(self) -> None:
        self.file_dialog = save_file_dialog(self, self.tr("Eksportér opfølgninger"),
                                            "opfoelgninger.ics", self.tr("Kalender (*.ics)"), "ics",
                                            self.export_to)

    def export_to(self, path: str) -> None:
        days = self.range.currentData()
        contacts = self._contacts
        self._worker.run(lambda: contacts.export_follow_ups_ics(path, days_ahead=days),
                         on_success=lambda n: self.summary.setText(
                             self.tr("{n} opfølgninger eksporteret til {file}").format(
                                 n=n, file=path.rsplit("/", 1)[-1])),
                         on_failure=lambda exc: show_error(self, exc))
