"""Dubletter: scan the whole register for likely duplicate companies and merge them.

The scan lists groups with the reason they were grouped. Choosing a group shows how much hangs
on each company (contacts, log, job orders, placements, agreements) so the user can keep the
richest one; "Flet ind" moves everything of the selected company to the kept one. The latest
merge can be undone until the next merge is made.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.dates import format_date
from ...services.duplicates import DuplicateGroup, DuplicateService, MemberDetail, MergeInfo
from ..models.lazy_table import Column
from ..models.small_table import SmallTableModel
from ..widgets import company_labels as labels
from ..widgets.company_detail import selected, small_view
from ..worker import DbWorker
from .messages import show_error

_MERGE_CHANGES = {"companies", "contacts", "job_orders", "placements"}


class DuplicatesDialog(QDialog):
    def __init__(self, *, worker: DbWorker, duplicates: DuplicateService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._service = duplicates
        self.groups: list[DuplicateGroup] = []
        self.survivor_id: str | None = None
        self.last: MergeInfo | None = None
        self.setWindowTitle(self.tr("Dubletter i virksomhedsregistret"))
        self.resize(1180, 580)
        self.scan_button = QPushButton(self.tr("Søg efter dubletter"))
        self.scan_button.setObjectName("scan")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("scan_status")
        self.group_list = QListWidget()
        self.group_list.setObjectName("groups")
        self.group_list.setUniformItemSizes(True)
        self.group_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.group_list.setSpacing(3)
        self.group_list.setAlternatingRowColors(True)
        self.members = SmallTableModel([
            Column("keep", self.tr("Behold"), lambda m: "★" if m.company_id == self.survivor_id else "",
                   width=48),
            Column("name", self.tr("Navn"), lambda m: m.name, width=170),
            Column("cvr", self.tr("CVR"), lambda m: m.cvr, width=72),
            Column("place", self.tr("Adresse"), lambda m: ", ".join(
                p for p in (m.address, f"{m.postcode} {m.town}".strip()) if p), width=165),
            Column("status", self.tr("Status"), lambda m: labels.company_status(m.status), width=64),
            Column("contacts", self.tr("Kontakter"), lambda m: str(m.contacts), align_right=True, width=66),
            Column("log", self.tr("Log"), lambda m: str(m.log_entries), align_right=True, width=40),
            Column("jobs", self.tr("Jobordrer"), lambda m: str(m.job_orders), align_right=True, width=66),
            Column("placements", self.tr("Forløb"), lambda m: str(m.placements), align_right=True, width=50),
            Column("agreements", self.tr("Aftaler"), lambda m: str(m.agreements), align_right=True, width=52),
            Column("last", self.tr("Seneste kontakt"), lambda m: format_date(m.last_contact_at), width=84),
        ], parent=self)
        self.member_view = small_view(self.members, "members")
        self.member_view.setSortingEnabled(False)
        self.reason_label = QLabel()
        self.reason_label.setObjectName("group_reason")
        self.reason_label.setWordWrap(True)
        self.keep_button = QPushButton(self.tr("Behold denne"))
        self.keep_button.setObjectName("keep")
        self.merge_button = QPushButton(self.tr("Flet ind i den beholdte"))
        self.merge_button.setObjectName("merge")
        self.undo_label = QLabel()
        self.undo_label.setObjectName("undo_label")
        self.undo_label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Fortryd seneste sammenlægning"))
        self.undo_button.setObjectName("undo")
        self.close_button = QPushButton(self.tr("Luk"))

        top = QHBoxLayout()
        top.addWidget(self.scan_button)
        top.addWidget(self.progress)
        top.addWidget(self.status, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.reason_label)
        right_layout.addWidget(self.member_view, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.keep_button)
        actions.addWidget(self.merge_button)
        actions.addStretch(1)
        right_layout.addLayout(actions)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.group_list)
        split.addWidget(right)
        split.setSizes([290, 890])
        bottom = QHBoxLayout()
        bottom.addWidget(self.undo_label, 1)
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self._connect_signals()
        self._update_buttons()
        self._refresh_last_merge()

    def _connect_signals(self) -> None:
        self.scan_button.clicked.connect(self.on_scan_button_clicked)
        self.group_list.currentRowChanged.connect(self.on_group_list_current_row_changed)
        self.member_view.selectionModel().currentRowChanged.connect(self.on_member_view_current_row_changed)
        self.keep_button.clicked.connect(self.on_keep_button_clicked)
        self.merge_button.clicked.connect(self.on_merge_button_clicked)
        self.undo_button.clicked.connect(self.on_undo_button_clicked)
        self.close_button.clicked.connect(self.close)

    # ------------------------------------------------------------------ scanning
    def on_scan_button_clicked(self) -> None:
        self.scan_button.setEnabled(False)
        self.status.setText(self.tr("Søger i registret …"))
        self.progress.setRange(0, 0)
        self.progress.show()
        service = self._service
        self._worker.run(service.scan, on_success=self._on_scanned, on_failure=self._on_failed)

    def _on_scanned(self, groups: list[DuplicateGroup]) -> None:
        self.scan_button.setEnabled(True)
        self.progress.hide()
        self.groups = list(groups)
        companies = sum(len(g.members) for g in groups)
        self.status.setText(self.tr("{n} grupper med {c} virksomheder, der kan være dubletter.").format(
            n=len(groups), c=companies) if groups else self.tr("Ingen dubletter fundet."))
        self._fill_groups()

    def _fill_groups(self, select: int = 0) -> None:
        self.group_list.clear()
        for group in self.groups:
            reason = labels.duplicate_reason(group.reasons[0], group.best_score) if group.reasons else ""
            item = QListWidgetItem(f"{group.members[0].name}  ({len(group.members)})\n{reason}")
            item.setToolTip("\n".join(f"{m.name} – CVR {m.cvr}" for m in group.members))
            self.group_list.addItem(item)
        if self.groups:
            self.group_list.setCurrentRow(min(select, len(self.groups) - 1))
        else:
            self.members.set_rows([])
            self.reason_label.setText("")
        self._update_buttons()

    def on_group_list_current_row_changed(self, row: int) -> None:
        if not 0 <= row < len(self.groups):
            return
        group = self.groups[row]
        self.reason_label.setText(
            "<b>" + html.escape(self.tr("Hvorfor:")) + "</b> "
            + html.escape("; ".join(labels.duplicate_reason(r, group.best_score) for r in group.reasons)))
        ids = [m.company_id for m in group.members]
        service = self._service
        self._worker.run(lambda: service.member_details(ids),
                         on_success=lambda details: self._on_details(row, details),
                         on_failure=self._on_failed)

    def _on_details(self, row: int, details: list[MemberDetail]) -> None:
        if self.group_list.currentRow() != row:
            return
        # Keep the company with most attached to it, unless the user chose another.
        ids = {d.company_id for d in details}
        if self.survivor_id not in ids:
            richest = max(details, key=lambda d: (d.contacts + d.log_entries + d.job_orders
                                                  + d.placements + d.agreements,
                                                  -(d.created_at.timestamp() if d.created_at else 0)),
                          default=None)
            self.survivor_id = richest.company_id if richest else None
        self.members.set_rows(details)
        for i, d in enumerate(details):
            if d.company_id != self.survivor_id:
                self.member_view.selectRow(i)
                break
        self._update_buttons()

    # ------------------------------------------------------------------ merging
    def on_member_view_current_row_changed(self, *_args) -> None:  # noqa: ANN002
        self._update_buttons()

    def on_keep_button_clicked(self) -> None:
        member = selected(self.member_view)
        if member is None:
            return
        self.survivor_id = member.company_id
        self.members.set_rows(self.members.rows())
        for i, d in enumerate(self.members.rows()):
            if d.company_id != self.survivor_id:
                self.member_view.selectRow(i)
                break
        self._update_buttons()

    def on_merge_button_clicked(self) -> None:
        member = selected(self.member_view)
        survivor = self.survivor_id
        if member is None or survivor is None or member.company_id == survivor:
            return
        merged_id = member.company_id
        service = self._service
        self.merge_button.setEnabled(False)
        self._worker.run(lambda: service.merge(survivor, merged_id),
                         on_success=lambda _r: self._after_merge(merged_id),
                         on_failure=self._on_failed, changes=_MERGE_CHANGES)

    def _after_merge(self, merged_id: str) -> None:
        row = self.group_list.currentRow()
        group = self.groups[row]
        rest = tuple(m for m in group.members if m.company_id != merged_id)
        if len(rest) < 2:
            del self.groups[row]
        else:
            self.groups[row] = DuplicateGroup(rest, group.reasons, group.best_score)
        self._fill_groups(row)
        self._refresh_last_merge()

    def on_undo_button_clicked(self) -> None:
        last = self.last
        if last is None:
            return
        service = self._service
        self.undo_button.setEnabled(False)
        self._worker.run(lambda: service.undo(last.merge_id), on_success=self._after_undo,
                         on_failure=self._on_failed, changes=_MERGE_CHANGES)

    def _after_undo(self, _result: object) -> None:
        self.status.setText(self.tr("Sammenlægningen er fortrudt. Søg igen for at se grupperne."))
        self._refresh_last_merge()

    def _refresh_last_merge(self) -> None:
        service = self._service
        self._worker.run(service.last_merge, on_success=self._on_last_merge,
                         on_failure=lambda _exc: None)

    def _on_last_merge(self, info: MergeInfo | None) -> None:
        self.last = info
        if info is None:
            self.undo_label.setText(self.tr("Ingen sammenlægning at fortryde."))
        else:
            self.undo_label.setText(self.tr("Seneste: {merged} (CVR {cvr}) blev lagt sammen med {survivor} "
                                            "{date}.").format(merged=info.merged_name, cvr=info.merged_cvr,
                                                              survivor=info.survivor_name,
                                                              date=format_date(info.at)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        member = selected(self.member_view)
        self.keep_button.setEnabled(member is not None and member.company_id != self.survivor_id)
        self.merge_button.setEnabled(member is not None and self.survivor_id is not None
                                     and member.company_id != self.survivor_id)
        self.undo_button.setEnabled(self.last is not None)

    def _on_failed(self, exc: BaseException) -> None:
        self.scan_button.setEnabled(True)
        self.progress.hide()
        self._update_buttons()
        show_error(self, exc)
