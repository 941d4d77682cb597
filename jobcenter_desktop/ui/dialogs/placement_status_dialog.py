"""Change a placement's status: start it, end it (with the outcome), stop it early or cancel it
(with the reason). The service checks the transition and, for a start, the rules again."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ...services.placements import (
    OUTCOMES,
    PlacementDetail,
    PlacementService,
    outcome_name,
    status_name,
)
from ..worker import DbWorker
from .forms import ERROR_STYLE, DateField
from .messages import language, show_error, user_message


class PlacementStatusDialog(QDialog):
    saved = Signal(object)

    def __init__(self, *, worker: DbWorker, service: PlacementService, detail: PlacementDetail,
                 new_status: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.service = service
        self.detail = detail
        self.new_status = new_status
        self.setWindowTitle(self.tr("{label}: {old} → {new}").format(
            label=detail.candidate_label, old=status_name(detail.status, language()),
            new=status_name(new_status, language())))
        intro = QLabel(f"<b>{detail.candidate_label} {detail.candidate_name}</b> – {detail.company_name}, "
                       f"{detail.scheme_name}")
        intro.setWordWrap(True)
        form = QFormLayout()
        self.reason = QLineEdit()
        self.reason.setMaxLength(500)
        self.actual_end = DateField("actual_end")
        self.outcome = QComboBox()
        for code in OUTCOMES:
            self.outcome.addItem(outcome_name(code, language()), code)
        if new_status in ("completed", "stopped_early"):
            today = datetime.now(UTC).date()
            self.actual_end.set_value(min(today, detail.planned_end) if detail.planned_end else today)
            form.addRow(self.tr("Faktisk slut"), self.actual_end)
            form.addRow(self.tr("Resultat"), self.outcome)
        if new_status in ("cancelled", "stopped_early", "active", "completed"):
            label = self.tr("Årsag") if new_status in ("cancelled", "stopped_early") else self.tr("Bemærkning")
            form.addRow(label, self.reason)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color:#b00020")
        self.error_label.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def on_buttons_accepted(self) -> None:
        self.error_label.setVisible(False)
        self.reason.setStyleSheet("")
        try:
            end = self.actual_end.value() if self.new_status in ("completed", "stopped_early") else None
        except UserError as exc:
            self._show(exc)
            return
        outcome = self.outcome.currentData() if self.new_status in ("completed", "stopped_early") else None
        d, status, reason = self.detail, self.new_status, self.reason.text()
        self.worker.run(lambda: self.service.change_status(d.id, d.version, status, reason=reason,
                                                           actual_end=end, outcome=outcome),
                        on_success=self._on_saved, on_failure=self._on_failed, changes={"placements"})

    def _on_saved(self, detail: PlacementDetail) -> None:
        self.saved.emit(detail)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        if user_message(exc) is None:
            show_error(self, exc)
            return
        self._show(exc)  # type: ignore[arg-type]

    def _show(self, exc: UserError) -> None:
        self.error_label.setText(user_message(exc) or str(exc))
        self.error_label.setVisible(True)
        widget = {"reason": self.reason, "actual_end": self.actual_end, "outcome": self.outcome}.get(exc.field or "")
        if widget is not None:
            widget.setStyleSheet(ERROR_STYLE)
