"""Print preview of a generated PDF: see it, save it, or print it.

The PDF is shown with QtPdf from memory, never written to a temporary file (it holds personal
data). Printing renders each page at the printer's resolution; saving asks for a file name
and writes the file whole or not at all.
"""

from __future__ import annotations

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
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ...services.person_export import write_private_file
from .messages import show_error


class PdfPreviewDialog(QDialog):
    def __init__(self, *, title: str, pdf: bytes, file_name: str, note: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(820, 900)
        self.pdf = pdf
        self.file_name = file_name
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.note = QLabel(note)
        self.note.setObjectName("preview_note")
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        self.pages_label = QLabel(self.tr("{n} side(r)").format(n=self.document.pageCount()))
        self.save_button = QPushButton(self.tr("Gem som PDF …"))
        self.save_button.setObjectName("save_pdf")
        self.print_button = QPushButton(self.tr("Udskriv …"))
        self.print_button.setObjectName("print_pdf")
        self.close_button = QPushButton(self.tr("Luk"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.pages_label)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self.on_save_button_clicked)
        self.print_button.clicked.connect(self.on_print_button_clicked)
        self.close_button.clicked.connect(self.accept)

    def page_count(self) -> int:
        return self.document.pageCount()

    # ------------------------------------------------------------------ save
    def on_save_button_clicked(self) -> None:
        self.file_dialog = dialog = QFileDialog(self, self.tr("Gem PDF"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF-filer (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(self.file_name)
        dialog.fileSelected.connect(self.save_to)
        dialog.open()

    def save_to(self, path: str) -> bool:
        try:
            write_private_file(path, self.pdf)
        except UserError as exc:
            show_error(self, exc)
            return False
        return True

    # ------------------------------------------------------------------ print
    def on_print_button_clicked(self) -> None:
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setDocName(self.file_name)
        self.print_dialog = dialog = QPrintDialog(self.printer, self)
        dialog.accepted.connect(self.print_document)
        dialog.open()

    def print_document(self, printer: QPrinter | None = None) -> int:
        """Render every page onto ``printer`` (default: the one chosen in the dialog)."""
        printer = printer or self.printer
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Kan ikke udskrive"),
                                self.tr("Printeren kunne ikke startes."))
            return 0
        pages = 0
        try:
            rect = painter.viewport()
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                size = self.document.pagePointSize(page)
                scale = min(rect.width() / size.width(), rect.height() / size.height())
                image = self.document.render(page, QSize(int(size.width() * scale),
                                                         int(size.height() * scale)))
                painter.drawImage(0, 0, image)
                pages += 1
        finally:
            painter.end()
        return pages
