"""Print preview of the company visit handout (besøgsark).

The PDF is rendered by the report service on the DB worker (which also writes the print to
the access log), shown page by page with QtPdf, and can be saved or printed. Printing renders
each page at the printer's resolution, so what comes out is what the preview shows.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.dates import COPENHAGEN
from ...domain.errors import UserError
from ...services.visit_handout import HandoutResult, VisitHandoutService, save_file
from ..worker import DbWorker
from .forms import DateField, save_file_dialog
from .messages import language, show_error


class HandoutPreviewDialog(QDialog):
    def __init__(self, *, worker: DbWorker, handouts: VisitHandoutService, company_id: str,
                 company_name: str, logo_path: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._handouts = handouts
        self._company_id = company_id
        self._logo = logo_path or None
        self.pdf: bytes = b""
        self.file_dialog: QFileDialog | None = None
        self.print_dialog: QPrintDialog | None = None
        self.printer: QPrinter | None = None
        self.setWindowTitle(self.tr("Besøgsark – {name}").format(name=company_name))
        self.resize(760, 900)
        self.visit_date = DateField("visit_date", value=datetime.now(COPENHAGEN).date())
        self.purpose = QLineEdit()
        self.purpose.setObjectName("purpose")
        self.purpose.setPlaceholderText(self.tr("Formål med besøget (valgfrit)"))
        self.purpose.setMaxLength(200)
        self.refresh_button = QPushButton(self.tr("Opdatér"))
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.pages_label = QLabel()
        self.pages_label.setObjectName("pages")
        self.save_button = QPushButton(self.tr("Gem som PDF …"))
        self.print_button = QPushButton(self.tr("Udskriv …"))
        self.print_button.setObjectName("print")
        self.close_button = QPushButton(self.tr("Luk"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Besøgsdato")))
        top.addWidget(self.visit_date)
        top.addWidget(self.purpose, 1)
        top.addWidget(self.refresh_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.pages_label, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self._connect_signals()
        self._set_ready(False)
        self.render()

    def _connect_signals(self) -> None:
        self.refresh_button.clicked.connect(self.render)
        self.save_button.clicked.connect(self.on_save_button_clicked)
        self.print_button.clicked.connect(self.on_print_button_clicked)
        self.close_button.clicked.connect(self.close)

    def _set_ready(self, ready: bool) -> None:
        for button in (self.save_button, self.print_button, self.refresh_button):
            button.setEnabled(ready)

    def render(self) -> None:
        try:
            visit_date = self.visit_date.value()
        except UserError as exc:
            show_error(self, exc)
            return
        self._set_ready(False)
        self.pages_label.setText(self.tr("Danner besøgsark …"))
        handouts, company_id, purpose = self._handouts, self._company_id, self.purpose.text()
        lang, logo = language(), self._logo
        self._worker.run(lambda: handouts.render(company_id, visit_date=visit_date, purpose=purpose,
                                                 language=lang, logo_path=logo),
                         on_success=self._on_rendered, on_failure=self._on_failed)

    def _on_rendered(self, result: HandoutResult) -> None:
        self.pdf = result.pdf
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(result.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        pages = self.document.pageCount()
        self.pages_label.setText(self.tr("%n side(r)", "", pages))
        self._set_ready(pages > 0)

    def _on_failed(self, exc: BaseException) -> None:
        self.pages_label.setText("")
        self.refresh_button.setEnabled(True)
        show_error(self, exc)

    # ------------------------------------------------------------------ save and print
    def on_save_button_clicked(self) -> None:
        self.file_dialog = save_file_dialog(self, self.tr("Gem besøgsark"), "besoegsark.pdf",
                                            self.tr("PDF (*.pdf)"), "pdf", self.save_to)

    def save_to(self, path: str) -> None:
        try:
            save_file(path, self.pdf)
        except UserError as exc:
            show_error(self, exc)
            return
        self.pages_label.setText(self.tr("Gemt som {file}").format(file=Path(path).name))

    def on_print_button_clicked(self) -> None:
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setDocName(self.windowTitle())
        self.print_dialog = QPrintDialog(self.printer, self)
        self.print_dialog.accepted.connect(lambda: self.print_to(self.printer))
        self.print_dialog.open()

    def print_to(self, printer: QPrinter) -> int:
        """Print every page of the preview on ``printer``; returns the number of pages."""
        pages = self.document.pageCount()
        if pages <= 0:
            return 0
        painter = QPainter()
        if not painter.begin(printer):
            show_error(self, UserError("Printeren kunne ikke startes.", "The printer could not start."))
            return 0
        try:
            area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
            for page in range(pages):
                if page:
                    printer.newPage()
                size = self.document.pagePointSize(page)
                scale = min(area.width() / size.width(), area.height() / size.height())
                target = QSize(int(size.width() * scale), int(size.height() * scale))
                image = self.document.render(page, target)
                painter.drawImage(0, 0, image)
        finally:
            painter.end()
        return pages
