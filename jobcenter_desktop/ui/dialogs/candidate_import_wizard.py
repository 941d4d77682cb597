"""Import citizens from a file, step by step: file → column mapping → preview → import.

Every step that touches the file or the store runs on the DB worker. The preview is a full
dry run, so it shows exactly the report the import will give: per-row reasons, target-group
texts that could not be read, duplicates in the file. The import itself runs in one
transaction with a progress bar; "Annullér" stops it and nothing is saved.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...domain.errors import UserError
from ...services.candidate_import import (
    CandidateImportService,
    ImportPreview,
    ImportResult,
    field_choices,
)
from ...services.person_export import write_private_file
from ..models.candidate_models import Field, RecordTableModel
from ..widgets.candidate_fields import pydate, qdate
from ..worker import DbWorker
from .messages import language, show_error, user_message


class _Progress(QObject):
    """Carries progress from the worker thread to the GUI thread (queued signal)."""

    advanced = Signal(int, int)


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("error_label")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020; font-weight: bold;")
    label.hide()
    return label


class FilePage(QWizardPage):
    def __init__(self, wizard: CandidateImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Vælg fil"))
        self.setSubTitle(self.tr("CSV (semikolon, komma eller tabulator; UTF-8 eller Windows-"
                                 "tegnsæt) eller Excel (.xlsx). Overskriftsrækken findes selv."))
        self.path = QLineEdit(wizard.initial_path)
        self.path.setObjectName("import_path")
        self.browse = QPushButton(self.tr("Gennemse …"))
        self.error = _error_label()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self._loaded_for: str | None = None
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.path.textChanged.connect(self.on_path_text_changed)
        self.browse.clicked.connect(self.on_browse_clicked)

    def on_path_text_changed(self, _text: str) -> None:
        self.error.hide()
        self.completeChanged.emit()

    def on_browse_clicked(self) -> None:
        self.dialog = dialog = QFileDialog(self, self.tr("Vælg fil med borgere"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Tabeller (*.csv *.txt *.tsv *.xlsx);;Alle filer (*)"))
        dialog.fileSelected.connect(self.path.setText)
        dialog.open()

    def isComplete(self) -> bool:  # noqa: N802
        return Path(self.path.text().strip()).is_file()

    def validatePage(self) -> bool:  # noqa: N802
        path = self.path.text().strip()
        if self._loaded_for == path and self.w.preview is not None:
            return True
        self.error.hide()
        self.w.run_on_worker(lambda: self.w.service.preview(path),
                             lambda preview: self._on_preview(path, preview), self._on_failed)
        return False

    def _on_preview(self, path: str, preview: ImportPreview) -> None:
        self.w.path = path
        self.w.preview = preview
        self.w.mapping = dict(preview.mapping)
        self._loaded_for = path
        self.w.next()

    def _on_failed(self, exc: BaseException) -> None:
        message = user_message(exc)
        if message is None:
            show_error(self, exc)
            return
        self.error.setText(message)
        self.error.show()


class MappingPage(QWizardPage):
    def __init__(self, wizard: CandidateImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Kolonner"))
        self.setSubTitle(self.tr("Kontrollér hvilket felt hver kolonne udfylder. Gættede "
                                 "kolonner er markeret med «?»."))
        self.combos: dict[int, QComboBox] = {}
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_host)
        self.info = QLabel()
        self.info.setObjectName("mapping_info")
        self.info.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(scroll, 1)

    def initializePage(self) -> None:  # noqa: N802
        preview = self.w.preview
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos.clear()
        choices = field_choices(language())
        for index, header in enumerate(preview.headers):
            combo = QComboBox()
            combo.setObjectName(f"map_{index}")
            combo.addItem(self.tr("(importeres ikke)"), "")
            for name, label in choices:
                combo.addItem(label, name)
            combo.setCurrentIndex(max(0, combo.findData(self.w.mapping.get(index, ""))))
            combo.currentIndexChanged.connect(self.on_combo_changed)
            sample = next((r[index] for r in preview.sample if index < len(r) and r[index]), "")
            guessed = preview.how.get(index) == "fuzzy"
            label = f"{index + 1}. {header or self.tr('(uden overskrift)')}" + (" ?" if guessed else "")
            text = QLabel(label)
            text.setToolTip(self.tr("Eksempel: {value}").format(value=sample or "–"))
            self.combos[index] = combo
            self.form.addRow(text, combo)
        self.on_combo_changed()

    def mapping(self) -> dict[int, str]:
        return {i: c.currentData() for i, c in self.combos.items() if c.currentData()}

    def problems(self) -> list[str]:
        chosen = list(self.mapping().values())
        labels = dict(field_choices(language()))
        problems = [self.tr("«{field}» er valgt for flere kolonner.").format(field=labels[f])
                    for f in sorted(set(chosen)) if chosen.count(f) > 1]
        if "name" not in chosen and not {"first_name", "last_name"} & set(chosen):
            problems.append(self.tr("Vælg den kolonne, der indeholder navnet."))
        return problems

    def on_combo_changed(self, *_args) -> None:  # noqa: ANN002
        problems = self.problems()
        info = self.tr("Fil: {name} · {fmt}{enc} · overskrift i række {row}").format(
            name=Path(self.w.path).name, fmt=self.w.preview.format.upper(),
            enc=f", {self.w.preview.encoding}" if self.w.preview.encoding else "",
            row=self.w.preview.header_row)
        if problems:
            info += "\n" + "\n".join(f"• {p}" for p in problems)
            self.info.setStyleSheet("color: #b00020;")
        else:
            self.info.setStyleSheet("")
        self.info.setText(info)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.combos) and not self.problems()

    def validatePage(self) -> bool:  # noqa: N802
        self.w.mapping = self.mapping()
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: CandidateImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Forhåndsvisning"))
        self.setSubTitle(self.tr("En prøvekørsel: intet er gemt endnu."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Importér"))
        self.date = QDateEdit()
        self.date.setObjectName("import_date")
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.date.setCalendarPopup(True)
        self.date.setDate(qdate(wizard.today))
        self.strict = QCheckBox(self.tr("Importér intet, hvis blot én række afvises"))
        self.strict.setObjectName("import_strict")
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.groups = QLabel()
        self.groups.setObjectName("import_groups")
        self.groups.setWordWrap(True)
        self.error_model = RecordTableModel([
            Field(self.tr("Række"), lambda e: str(e.row)),
            Field(self.tr("Felt"), lambda e: self.field_label(e.field)),
            Field(self.tr("Årsag"), lambda e: e.reason),
        ], self)
        self.errors = QTableView()
        self.errors.setObjectName("import_errors")
        self.errors.setModel(self.error_model)
        self.errors.verticalHeader().hide()
        self.errors.verticalHeader().setDefaultSectionSize(self.errors.fontMetrics().height() + 8)
        self.errors.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.errors.horizontalHeader().setStretchLastSection(True)
        self.errors.setColumnWidth(0, 60)
        self.errors.setColumnWidth(1, 140)
        self.errors.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.errors.setWordWrap(False)
        self.save_report = QPushButton(self.tr("Gem rapport (JSON) …"))
        self.save_report.setObjectName("save_report")
        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Målgrupper læses pr.")))
        options.addWidget(self.date)
        options.addWidget(self.strict)
        options.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.save_report)
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.summary)
        layout.addWidget(self.groups)
        layout.addWidget(self.errors, 1)
        layout.addLayout(bottom)
        self.result: ImportResult | None = None
        self._generation = 0
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.date.dateChanged.connect(lambda _d: self.run_dry())
        self.strict.toggled.connect(lambda _on: self.run_dry())
        self.save_report.clicked.connect(self.on_save_report_clicked)

    def field_label(self, name: str | None) -> str:
        return dict(field_choices(language())).get(name or "", self.tr("(hele rækken)"))

    def initializePage(self) -> None:  # noqa: N802
        self.run_dry()

    def run_dry(self) -> None:
        self.result = None
        self._generation += 1
        generation = self._generation
        self.summary.setText(self.tr("Kontrollerer filen …"))
        self.summary.setStyleSheet("")
        self.groups.clear()
        self.error_model.set_rows([])
        self.completeChanged.emit()
        path, mapping, day, strict = self.w.path, dict(self.w.mapping), pydate(self.date.date()), \
            self.strict.isChecked()
        self.w.run_on_worker(
            lambda: self.w.service.run(path, mapping=mapping, dry_run=True, strict=strict,
                                       target_group_date=day),
            lambda result: self._on_result(generation, result), self._on_failed)

    def _on_result(self, generation: int, result: ImportResult) -> None:
        if generation != self._generation:
            return
        self.result = result
        report = result.report
        rejected = len(report.rejected_rows)
        self.summary.setText(self.tr(
            "{rows} rækker: {new} nye borgere, {updated} opdateres, {rejected} afvises."
        ).format(rows=report.rows, new=report.imported, updated=report.updated, rejected=rejected))
        self.summary.setStyleSheet("color: #b00020;" if rejected else "color: #1e6b2f;")
        lines = []
        if result.unmapped_target_groups:
            lines.append(self.tr("Målgrupper der ikke kunne genkendes: {texts}").format(
                texts=", ".join(f"«{t}» ({n})" for t, n in sorted(result.unmapped_target_groups.items()))))
        if result.mapped_target_groups:
            shown = sorted(result.mapped_target_groups.items())[:8]
            lines.append(self.tr("Målgrupper læst som: {pairs}").format(
                pairs="; ".join(f"«{t}» → {c}" for t, c in shown)
                + (" …" if len(result.mapped_target_groups) > 8 else "")))
        if report.duplicate_groups:
            lines.append(self.tr("Dubletter i filen (rækker): {groups}").format(
                groups="; ".join(", ".join(map(str, g)) for g in report.duplicate_groups[:10])))
        if self.strict.isChecked() and rejected:
            lines.append(self.tr("Intet importeres, fordi rækker afvises og «importér intet» er valgt."))
        self.groups.setText("\n".join(lines))
        self.error_model.set_rows(report.rejected)
        self.completeChanged.emit()

    def _on_failed(self, exc: BaseException) -> None:
        message = user_message(exc)
        if message is None:
            show_error(self, exc)
            message = self.tr("Filen kunne ikke kontrolleres.")
        self.summary.setText(message)
        self.summary.setStyleSheet("color: #b00020;")

    def isComplete(self) -> bool:  # noqa: N802
        r = self.result
        if r is None:
            return False
        if self.strict.isChecked() and r.report.rejected:
            return False
        return r.report.imported + r.report.updated > 0

    def on_save_report_clicked(self) -> None:
        if self.result is None:
            return
        self.report_dialog = dialog = QFileDialog(self, self.tr("Gem importrapport"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("JSON (*.json)"))
        dialog.setDefaultSuffix("json")
        dialog.selectFile("importrapport.json")
        dialog.fileSelected.connect(self.write_report)
        dialog.open()

    def write_report(self, path: str) -> None:
        if self.result is None:
            return
        data = json.dumps(self.result.to_dict(), ensure_ascii=False, indent=2).encode("utf-8")
        try:
            write_private_file(path, data)
        except UserError as exc:
            show_error(self, exc)

    def validatePage(self) -> bool:  # noqa: N802
        self.w.target_group_date = pydate(self.date.date())
        self.w.strict = self.strict.isChecked()
        return True


class RunPage(QWizardPage):
    def __init__(self, wizard: CandidateImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Import"))
        self.progress = QProgressBar()
        self.progress.setObjectName("import_progress")
        self.status = QLabel()
        self.status.setObjectName("import_status")
        self.status.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Annullér import"))
        self.cancel_button.setObjectName("cancel_import")
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.done = False
        self.result: ImportResult | None = None
        self.relay = _Progress(self)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.cancel_button.clicked.connect(self.on_cancel_button_clicked)
        self.relay.advanced.connect(self.on_relay_advanced)

    def initializePage(self) -> None:  # noqa: N802
        self.done = False
        self.w.cancel_event.clear()
        expected = self.w.expected_rows()
        self.progress.setRange(0, max(expected, 1))
        self.progress.setValue(0)
        self.status.setText(self.tr("Importerer …"))
        self.cancel_button.setEnabled(True)
        path, mapping = self.w.path, dict(self.w.mapping)
        day, strict = self.w.target_group_date, self.w.strict
        relay, cancel = self.relay, self.w.cancel_event
        self.w.running = True
        self.w.worker.run(
            lambda: self.w.service.run(path, mapping=mapping, strict=strict,
                                       target_group_date=day,
                                       progress=lambda d, t: relay.advanced.emit(d, t),
                                       cancelled=cancel.is_set),
            on_success=self._on_done, on_failure=self._on_failed, changes={"candidates"})

    def on_relay_advanced(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
        self.progress.setValue(min(done, self.progress.maximum()))

    def on_cancel_button_clicked(self) -> None:
        self.w.cancel_event.set()
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Afbryder …"))

    def _finish(self) -> None:
        self.done = True
        self.w.running = False
        self.cancel_button.setEnabled(False)
        self.completeChanged.emit()
        if self.w.close_when_idle:
            self.w.done(QWizard.DialogCode.Rejected)

    def _on_done(self, result: ImportResult) -> None:
        self.result = result
        report = result.report
        self.progress.setValue(self.progress.maximum())
        if result.committed:
            self.status.setText(self.tr(
                "Færdig: {new} nye borgere, {updated} opdateret, {rejected} rækker afvist."
            ).format(new=report.imported, updated=report.updated,
                     rejected=len(report.rejected_rows)))
            self.status.setStyleSheet("color: #1e6b2f;")
        else:
            self.status.setText(self.tr("Intet importeret: rækker blev afvist."))
            self.status.setStyleSheet("color: #b00020;")
        self._finish()

    def _on_failed(self, exc: BaseException) -> None:
        message = user_message(exc)
        if message is None:
            show_error(self, exc)
            message = self.tr("Importen mislykkedes. Intet er gemt.")
        self.status.setText(message)
        self.status.setStyleSheet("color: #b00020;")
        self._finish()

    def isComplete(self) -> bool:  # noqa: N802
        return self.done


class CandidateImportWizard(QWizard):
    """``worker`` runs every step; ``service`` is a ``CandidateImportService``."""

    def __init__(self, *, worker: DbWorker, service: CandidateImportService, today,  # noqa: ANN001
                 path: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.service = service
        self.today = today
        self.initial_path = path
        self.path = path
        self.preview: ImportPreview | None = None
        self.mapping: dict[int, str] = {}
        self.target_group_date = today
        self.strict = False
        self.cancel_event = threading.Event()
        self.running = False
        self.close_when_idle = False
        self._busy = 0
        self.setWindowTitle(self.tr("Importér borgere"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Næste >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Tilbage"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Luk"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annullér"))
        self.resize(820, 600)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.run_page = RunPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.run_page):
            self.addPage(page)

    def run_on_worker(self, fn, on_success, on_failure) -> None:  # noqa: ANN001
        self._busy += 1
        self.button(QWizard.WizardButton.NextButton).setEnabled(False)

        def done(callback, value) -> None:  # noqa: ANN001
            self._busy -= 1
            self.button(QWizard.WizardButton.NextButton).setEnabled(True)
            callback(value)
            self.currentPage().completeChanged.emit()

        self.worker.run(fn, on_success=lambda r: done(on_success, r),
                        on_failure=lambda e: done(on_failure, e))

    def expected_rows(self) -> int:
        result = self.preview_page.result
        return (result.report.imported + result.report.updated) if result else 0

    def reject(self) -> None:
        """Cancel stops a running import first; the window closes when it has rolled back."""
        if self.running:
            self.cancel_event.set()
            self.close_when_idle = True
            self.run_page.cancel_button.setEnabled(False)
            self.run_page.status.setText(self.tr("Afbryder …"))
            return
        super().reject()
