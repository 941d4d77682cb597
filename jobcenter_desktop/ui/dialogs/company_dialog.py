"""Create or edit a company: the form validates in the service; errors appear at the field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import ConflictError, UserError
from ...services.companies import EMPLOYEE_BANDS, CompanyDetail, CompanyInput
from ..worker import DbWorker
from .messages import language, show_error


class CompanyDialog(QDialog):
    """``save`` is called on the worker with a ``CompanyInput`` (and the base for edits)."""

    def __init__(
        self,
        *,
        worker: DbWorker,
        save: Callable[[CompanyInput, CompanyDetail | None], CompanyDetail],
        reload: Callable[[str], CompanyDetail] | None = None,
        base: CompanyDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._save = save
        self._reload = reload
        self.base = base
        self.saved: CompanyDetail | None = None
        self.setWindowTitle(self.tr("Redigér virksomhed") if base else self.tr("Ny virksomhed"))
        self.setMinimumWidth(520)
        self._build()
        if base is not None:
            self._fill(base.as_input())

    def _build(self) -> None:
        self.fields: dict[str, QWidget] = {}
        form = QFormLayout()
        for name, label in (
            ("cvr", self.tr("CVR-nummer")),
            ("name", self.tr("Navn")),
            ("address", self.tr("Adresse")),
            ("postcode", self.tr("Postnummer")),
            ("industry_code", self.tr("Branchekode (DB07)")),
            ("phone", self.tr("Telefon")),
            ("email", self.tr("E-mail")),
            ("website", self.tr("Hjemmeside")),
        ):
            edit = QLineEdit()
            edit.setObjectName(f"field_{name}")
            self.fields[name] = edit
            form.addRow(label, edit)
        self.fields["cvr"].setMaxLength(11)
        self.fields["postcode"].setMaxLength(4)
        band = QComboBox()
        band.addItem(self.tr("(ukendt)"), "")
        for b in EMPLOYEE_BANDS:
            band.addItem(self.tr("{band} ansatte").format(band=b), b)
        self.fields["employee_band"] = band
        form.addRow(self.tr("Antal ansatte"), band)
        sector = QComboBox()
        sector.addItem(self.tr("Privat"), "private")
        sector.addItem(self.tr("Offentlig"), "public")
        self.fields["sector"] = sector
        form.addRow(self.tr("Sektor"), sector)
        status = QComboBox()
        for value, text in (("active", self.tr("Aktiv")), ("prospect", self.tr("Emne")),
                            ("dormant", self.tr("Hvilende")), ("closed", self.tr("Lukket"))):
            status.addItem(text, value)
        self.fields["status"] = status
        form.addRow(self.tr("Status"), status)
        notes = QPlainTextEdit()
        notes.setFixedHeight(70)
        self.fields["notes"] = notes
        form.addRow(self.tr("Noter"), notes)
        self.error_label = QLabel()
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Gem"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _fill(self, data: CompanyInput) -> None:
        for name in ("cvr", "name", "address", "postcode", "industry_code", "phone", "email", "website"):
            self.fields[name].setText(getattr(data, name) or "")
        for name in ("employee_band", "sector", "status"):
            combo: QComboBox = self.fields[name]
            combo.setCurrentIndex(max(0, combo.findData(getattr(data, name) or "")))
        self.fields["notes"].setPlainText(data.notes)

    def form_input(self) -> CompanyInput:
        f = self.fields
        return CompanyInput(
            cvr=f["cvr"].text(),
            name=f["name"].text(),
            address=f["address"].text(),
            postcode=f["postcode"].text(),
            industry_code=f["industry_code"].text(),
            employee_band=f["employee_band"].currentData() or "",
            sector=f["sector"].currentData(),
            status=f["status"].currentData(),
            phone=f["phone"].text(),
            email=f["email"].text(),
            website=f["website"].text(),
            notes=f["notes"].toPlainText(),
            responsible_consultant_id=self.base.responsible_consultant_id if self.base else None,
        )

    def on_buttons_accepted(self) -> None:
        data = self.form_input()
        base = self.base
        self.buttons.setEnabled(False)
        self._worker.run(lambda: self._save(data, base), on_success=self._on_saved,
                         on_failure=self._on_failed, changes={"companies"})

    def _on_saved(self, detail: CompanyDetail) -> None:
        self.saved = detail
        self.buttons.setEnabled(True)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        for widget in self.fields.values():
            widget.setStyleSheet("")
        if isinstance(exc, ConflictError):
            self._on_conflict(exc)
            return
        if not isinstance(exc, UserError):
            show_error(self, exc)
            return
        self.error_label.setText(exc.message(language()))
        self.error_label.show()
        widget = self.fields.get(exc.field or "")
        if widget is not None:
            widget.setStyleSheet("border: 2px solid #b00020;")
            widget.setFocus()

    def _on_conflict(self, exc: ConflictError) -> None:
        """Someone else saved first: show what changed; reload theirs or keep mine."""
        lines = "\n".join(f"• {f}: «{old}» → «{new}»" for f, (old, new) in exc.changes.items())
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Ændret af en anden bruger"))
        box.setText(exc.message(language()) + ("\n\n" + lines if lines else ""))
        reload_button = box.addButton(self.tr("Genindlæs deres version"), QMessageBox.ButtonRole.AcceptRole)
        keep_button = box.addButton(self.tr("Behold mine ændringer"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Annullér"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() in (reload_button, keep_button) and self._reload and self.base:
            keep = box.clickedButton() is keep_button
            company_id = self.base.id
            self._worker.run(lambda: self._reload(company_id),
                             on_success=lambda fresh: self._after_reload(fresh, keep))

    def _after_reload(self, fresh: CompanyDetail, keep_mine: bool) -> None:
        mine = self.form_input()
        self.base = fresh
        self._fill(mine if keep_mine else fresh.as_input())
        self.error_label.setText(
            self.tr("Dine ændringer er bevaret; tryk Gem for at overskrive.") if keep_mine
            else self.tr("Formularen viser nu den gemte version.")
        )
        self.error_label.show()
