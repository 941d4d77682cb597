"""Small dialogs of the Matching tab: two candidates side by side, and proposing a candidate."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.matching import MatchRow, PairDetail
from ..models.match_models import ComparisonModel


class CompareDialog(QDialog):
    """Candidates for the same job order side by side, factor by factor."""

    def __init__(self, *, details: Sequence[PairDetail], job_title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sammenlign kandidater – {job}").format(job=job_title))
        self.resize(1120, 700)
        self.model = ComparisonModel(self)
        self.model.set_details(details)
        self.table = QTableView()
        self.table.setObjectName("comparison")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() * 2 + 10)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 190)
        for col in range(1, self.model.columnCount()):
            self.table.setColumnWidth(col, 440)
        note = QLabel(self.tr("Hold musen over en celle for hele teksten. Alder, køn, oprindelse og "
                              "helbred indgår aldrig i matchningen."))
        note.setStyleSheet("color:#555")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)


class ProposeDialog(QDialog):
    """Confirm a named proposal; the note goes into the job order's mediation log."""

    def __init__(self, *, row: MatchRow, job_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.setWindowTitle(self.tr("Foreslå kandidat"))
        self.resize(620, 200)
        text = QLabel(self.tr("Foreslå <b>{name}</b> til jobordren <b>{job}</b>?<br>Forklaringen "
                              "(score {score}) gemmes i jobordrens formidlingslog.")
                      .format(name=row.title, job=job_title, score=row.score))
        text.setWordWrap(True)
        self.note = QLineEdit()
        self.note.setObjectName("proposal_note")
        self.note.setPlaceholderText(self.tr("Bemærkning til loggen (valgfri)"))
        self.note.setMaxLength(1000)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Foreslå"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
