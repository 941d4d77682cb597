"""Import wizard for companies and job orders: file → column mapping → preview → import.

Every step that reads the file or the store runs on the DB worker; the wizard moves on when
the result arrives. The preview is a dry run of the real import, so it shows exactly which
rows will be created, updated or rejected and why. The import itself shows a progress dialog
with a cancel button; cancelling (or any failure) leaves the store as it was.
"""

from __future__ import annotations

import json
import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...domain.errors import UserError
from ...fileio.mapping import fields as catalogue
from ...services.company_import import CompanyImportService, ImportOutcome, ImportPreview
from ...services.visit_handout import save_file
from ..models.lazy_table import Column
from ..models.small_table import SmallTableModel
from ..widgets.company_detail import small_view
from ..worker import DbWorker
from .forms import save_file_dialog
from .messages import language, show_error

IMPORT_CHANGES = {"companies", "contacts", "job_orders"}


class _Progress(QObject):
    """Carries progress from the worker thread to the GUI thread (queued signal)."""

    progressed = Signal(int, int)


class _Rejection:
    __slots__ = ("field", "id", "reason", "row")

    def __init__(self, index: int, row: int, field: str | None, reason: str) -> None:
        self.id = str(index)
        self.row = row
        self.field = field or ""
        self.reason = reason


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Vælg fil"))
        self.setSubTitle(self.tr("CSV (semikolon eller komma, UTF-8 eller Windows-tegnsæt) eller "
                                 "Excel (.xlsx). Overskriftsrækken behøver ikke være den første."))
        self.companies_radio = QRadioButton(self.tr("Virksomheder"))
        self.jobs_radio = QRadioButton(self.tr("Jobordrer (knyttes til virksomheden via CVR)"))
        self.companies_radio.setChecked(True)
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.companies_radio)
        self.kind_group.addButton(self.jobs_radio)
        self.path = QLineEdit()
        self.path.setObjectName("import_path")
        self.browse = QPushButton(self.tr("Vælg fil …"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.companies_radio)
        layout.addWidget(self.jobs_radio)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.browse.clicked.connect(self.on_browse_clicked)
        self.path.textChanged.connect(self.completeChanged)
        self.file_dialog: QFileDialog | None = None

    def kind(self) -> str:
        return "job_orders" if self.jobs_radio.isChecked() else "companies"

    def on_browse_clicked(self) -> None:
        self.file_dialog = QFileDialog(self, self.tr("Vælg fil"), "",
                                       self.tr("Tabeller (*.csv *.txt *.xlsx);;Alle filer (*)"))
        self.file_dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        self.file_dialog.fileSelected.connect(self.path.setText)
        self.file_dialog.open()

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        w = self._wizard
        key = (self.path.text().strip(), self.kind())
        if w.preview is not None and w.preview_key == key:
            return True
        self.status.setText(self.tr("Læser filen …"))
        w.load_preview(*key)
        return False


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Kolonner"))
        self.setSubTitle(self.tr("Danske kolonnenavne genkendes automatisk. Ret tilknytningen, "
                                 "hvor den er forkert; kolonner uden felt importeres ikke."))
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("mapping")
        self.table.setHorizontalHeaderLabels([self.tr("Kolonne i filen"), self.tr("Eksempler"),
                                              self.tr("Felt")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 180)
        self.table.setColumnWidth(2, 220)
        self.table.setWordWrap(False)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:  # noqa: N802
        preview = self._wizard.preview
        assert preview is not None
        lang = language()
        specs = catalogue(preview.kind)
        self.info.setText(self.tr("{file}: {n} rækker, overskrift i række {h}{enc}.").format(
            file=preview.file_name, n=preview.row_count, h=preview.header_row,
            enc=f", {preview.encoding}" if preview.encoding else ""))
        self.table.setRowCount(len(preview.headers))
        self.combos = []
        for index, header in enumerate(preview.headers):
            self.table.setItem(index, 0, QTableWidgetItem(header))
            samples = [r.values[index] for r in preview.sample[:20]
                       if index < len(r.values) and r.values[index]]
            example = " · ".join(" ".join(str(s).split())[:30] for s in samples[:3])
            self.table.setItem(index, 1, QTableWidgetItem(example))
            box = QComboBox()
            box.addItem(self.tr("(importér ikke)"), None)
            for spec in specs:
                box.addItem(spec.label(lang) + (" *" if spec.required else ""), spec.name)
            target = preview.mapping.fields.get(index)
            box.setCurrentIndex(max(0, box.findData(target)) if target else 0)
            if preview.mapping.how.get(index) == "fuzzy":
                box.setToolTip(self.tr("Gættet ud fra en stavemåde – kontrollér."))
                box.setStyleSheet("background: #fff4d6;")
            self.table.setCellWidget(index, 2, box)
            self.combos.append(box)
            box.currentIndexChanged.connect(self.completeChanged)
        self.status.setText("")

    def user_mapping(self) -> dict[int | str, str | None]:
        return {i: box.currentData() for i, box in enumerate(self.combos)}

    def isComplete(self) -> bool:  # noqa: N802
        preview = self._wizard.preview
        if preview is None:
            return False
        chosen = [b.currentData() for b in self.combos if b.currentData()]
        duplicates = {c for c in chosen if chosen.count(c) > 1}
        required = [s for s in catalogue(preview.kind) if s.required and s.name not in chosen]
        problems = []
        if duplicates:
            problems.append(self.tr("Et felt er valgt til flere kolonner."))
        if required:
            problems.append(self.tr("Vælg en kolonne til: {f}.").format(
                f=", ".join(s.label(language()) for s in required)))
        self.status.setText(" ".join(problems))
        self.status.setStyleSheet("color: #b00020;" if problems else "")
        return not problems

    def validatePage(self) -> bool:  # noqa: N802
        w = self._wizard
        mapping = self.user_mapping()
        if w.dry_run is not None and w.dry_run_mapping == mapping:
            return True
        self.status.setText(self.tr("Kontrollerer alle rækker …"))
        self.status.setStyleSheet("")
        w.run_dry(mapping)
        return False


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Eksempel"))
        self.setSubTitle(self.tr("Sådan vil importen gå. Intet er gemt endnu."))
        self.summary = QLabel()
        self.summary.setObjectName("preview_summary")
        self.summary.setWordWrap(True)
        self.model = SmallTableModel([
            Column("row", self.tr("Række"), lambda e: str(e.row), align_right=True, width=60),
            Column("field", self.tr("Felt"), lambda e: e.field, width=140),
            Column("reason", self.tr("Årsag"), lambda e: e.reason, width=520),
        ], parent=self)
        self.view = small_view(self.model, "rejections")
        self.view.setSortingEnabled(False)
        self.duplicates = QLabel()
        self.duplicates.setWordWrap(True)
        self.strict = QCheckBox(self.tr("Importér kun, hvis ingen rækker afvises"))
        self.strict.setObjectName("strict")
        self.save_report = QPushButton(self.tr("Gem rapport (JSON) …"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.duplicates)
        bottom = QHBoxLayout()
        bottom.addWidget(self.strict)
        bottom.addStretch(1)
        bottom.addWidget(self.save_report)
        layout.addLayout(bottom)
        self.save_report.clicked.connect(lambda: self._wizard.ask_save_report(self._wizard.dry_run))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Importér"))

    def initializePage(self) -> None:  # noqa: N802
        outcome = self._wizard.dry_run
        assert outcome is not None
        self.summary.setText(self._wizard.describe(outcome, dry=True))
        names = {spec.name: spec.label(language()) for spec in catalogue(self._wizard.preview.kind)}
        self.model.set_rows([_Rejection(i, e.row, names.get(e.field or "", e.field), e.reason)
                             for i, e in enumerate(outcome.report.rejected)])
        groups = outcome.report.duplicate_groups
        self.duplicates.setText(self.tr("Rækker der beskriver det samme: {g}").format(
            g="; ".join(", ".join(str(r) for r in g) for g in groups[:20])
            + (" …" if len(groups) > 20 else "")) if groups else "")


class RunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Import"))
        self.result = QLabel()
        self.result.setObjectName("import_result")
        self.result.setWordWrap(True)
        self.save_report = QPushButton(self.tr("Gem rapport (JSON) …"))
        self.save_report.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.result)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_report)
        layout.addLayout(row)
        self.save_report.clicked.connect(lambda: self._wizard.ask_save_report(self._wizard.outcome))
        self.done = False

    def initializePage(self) -> None:  # noqa: N802
        self.done = False
        self.result.setText(self.tr("Importerer …"))
        self._wizard.run_import()

    def finish(self, text: str, ok: bool) -> None:
        self.done = ok
        self.result.setText(text)
        self.save_report.setEnabled(ok)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.done


class ImportWizard(QWizard):
    def __init__(self, *, worker: DbWorker, importer: CompanyImportService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._importer = importer
        self.preview: ImportPreview | None = None
        self.preview_key: tuple[str, str] | None = None
        self.dry_run: ImportOutcome | None = None
        self.dry_run_mapping: dict | None = None
        self.outcome: ImportOutcome | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.report_dialog: QFileDialog | None = None
        self._cancel = threading.Event()
        self._bridge = _Progress(self)
        self.setWindowTitle(self.tr("Importér virksomheder eller jobordrer"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(860, 560)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.run_page = RunPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.run_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Næste >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Tilbage"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Færdig"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annullér"))
        self._bridge.progressed.connect(self.on_bridge_progressed)

    # ------------------------------------------------------------------ steps on the worker
    def load_preview(self, path: str, kind: str) -> None:
        importer = self._importer
        self.button(QWizard.WizardButton.NextButton).setEnabled(False)

        def done(preview: ImportPreview) -> None:
            self.preview, self.preview_key = preview, (path, kind)
            self.dry_run = self.dry_run_mapping = None
            self.file_page.status.setText("")
            self.next()

        self._worker.run(lambda: importer.preview(path, kind), on_success=done,
                         on_failure=lambda exc: self._failed(exc, self.file_page.status))

    def run_dry(self, mapping: dict) -> None:
        preview = self.preview
        assert preview is not None
        importer = self._importer
        path, kind = self.preview_key
        self.button(QWizard.WizardButton.NextButton).setEnabled(False)

        def done(outcome: ImportOutcome) -> None:
            self.dry_run, self.dry_run_mapping = outcome, mapping
            self.mapping_page.status.setText("")
            self.next()

        self._worker.run(lambda: importer.run(path, kind, user_mapping=mapping, dry_run=True),
                         on_success=done,
                         on_failure=lambda exc: self._failed(exc, self.mapping_page.status))

    def run_import(self) -> None:
        path, kind = self.preview_key
        mapping = self.dry_run_mapping
        strict = self.preview_page.strict.isChecked()
        importer = self._importer
        self._cancel.clear()
        total = max(1, (self.preview.row_count if self.preview else 1) * 2)
        self.progress_dialog = QProgressDialog(self.tr("Importerer rækker …"), self.tr("Annullér"),
                                               0, total, self)
        self.progress_dialog.setWindowTitle(self.tr("Import"))
        self.progress_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress_dialog.setMinimumDuration(0)
        self.progress_dialog.setAutoClose(False)
        self.progress_dialog.setAutoReset(False)
        self.progress_dialog.canceled.connect(self.on_progress_dialog_canceled)
        self.progress_dialog.setValue(0)
        bridge, cancel = self._bridge, self._cancel

        def work() -> ImportOutcome:
            return importer.run(path, kind, user_mapping=mapping, strict=strict,
                                progress=bridge.progressed.emit, cancel=cancel.is_set)

        self._worker.run(work, on_success=self._imported, on_failure=self._import_failed,
                         changes=IMPORT_CHANGES)

    def on_progress_dialog_canceled(self) -> None:
        self._cancel.set()

    def on_bridge_progressed(self, done: int, total: int) -> None:
        dialog = self.progress_dialog
        if dialog is not None and not dialog.wasCanceled():
            dialog.setMaximum(total)
            dialog.setValue(done)

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.hide()

    def _imported(self, outcome: ImportOutcome) -> None:
        self._close_progress()
        self.outcome = outcome
        self.run_page.finish(self.describe(outcome, dry=False), ok=True)

    def _import_failed(self, exc: BaseException) -> None:
        self._close_progress()
        if isinstance(exc, UserError):
            self.run_page.finish(exc.message(language()), ok=False)
        else:
            self.run_page.finish(self.tr("Importen mislykkedes. Intet er gemt."), ok=False)
            show_error(self, exc)

    def _failed(self, exc: BaseException, label: QLabel) -> None:
        self.button(QWizard.WizardButton.NextButton).setEnabled(True)
        if isinstance(exc, UserError):
            label.setText(exc.message(language()))
            label.setStyleSheet("color: #b00020;")
        else:
            label.setText("")
            show_error(self, exc)

    # ------------------------------------------------------------------ texts and report
    def describe(self, outcome: ImportOutcome, *, dry: bool) -> str:
        r = outcome.report
        rejected = len(r.rejected_rows)
        if dry:
            return self.tr("{rows} rækker i filen: <b>{new}</b> oprettes, <b>{upd}</b> opdateres, "
                           "<b>{rej}</b> afvises.").format(rows=r.rows, new=r.imported,
                                                           upd=r.updated, rej=rejected)
        if not outcome.written:
            return self.tr("Intet er importeret, fordi {rej} rækker blev afvist.").format(rej=rejected)
        text = self.tr("Importen er gennemført: {new} oprettet, {upd} opdateret, {rej} rækker "
                       "afvist.").format(new=r.imported, upd=r.updated, rej=rejected)
        if self.preview and self.preview.kind == "companies" and r.imported:
            text += " " + self.tr("Nye virksomheder har status «Emne», indtil der logges en kontakt.")
        return text

    def ask_save_report(self, outcome: ImportOutcome | None) -> None:
        if outcome is None:
            return
        self.report_dialog = save_file_dialog(self, self.tr("Gem importrapport"),
                                              "importrapport.json", self.tr("JSON (*.json)"), "json",
                                              lambda path: self.save_report(outcome, path))

    def save_report(self, outcome: ImportOutcome, path: str) -> None:
        try:
            save_file(path, json.dumps(outcome.to_dict(), ensure_ascii=False, indent=2).encode())
        except UserError as exc:
            show_error(self, exc)
