"""The data the official application (VITAS) will ask for, with what is still missing."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.compliance import VitasSheet
from ..models.match_models import VitasModel


class VitasDialog(QDialog):
    def __init__(self, *, sheet: VitasSheet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self.setWindowTitle(sheet.title)
        self.resize(900, 620)
        self.model = VitasModel(self)
        self.model.set_sheet(sheet)
        self.table = QTableView()
        self.table.setObjectName("vitas_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((190, 280, 230)):
            self.table.setColumnWidth(col, width)
        missing = len(sheet.missing)
        self.summary = QLabel(
            self.tr("Alle oplysninger er klar.") if not missing else
            self.tr("{n} oplysning(er) mangler og skal indhentes før ansøgningen.").format(n=missing))
        self.summary.setObjectName("vitas_summary")
        self.summary.setStyleSheet("color:#b00020" if missing else "color:#1b7a3a")
        self.copy_button = QPushButton(self.tr("Kopiér som tekst"))
        self.copy_button.setObjectName("copy_vitas")
        self.close_button = QPushButton(self.tr("Luk"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.copy_button.clicked.connect(self.on_copy_button_clicked)
        self.close_button.clicked.connect(self.accept)

    def on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.sheet.as_text())
