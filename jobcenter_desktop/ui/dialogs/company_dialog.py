"""Create or edit a company: the form validates in the service; errors appear at the field.

While the user types CVR, name or postcode, registered companies that look the same are
listed under the form (same CVR; same or similar name in the same postcode), so a duplicate
is noticed before it is made. The warning never blocks saving a different company; the
service refuses an existing CVR itself.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import fields

from PySide6.QtCore import QTimer, Signal
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
from ...services.companies import EMPLOYEE_BANDS, CompanyDetail, CompanyInput, Consultant
from ...services.duplicates import DuplicateHit
from ..widgets import company_labels as labels
from ..worker import DbWorker
from .forms import grow_to_fit
from .messages import language, show_error

_P_SPLIT = re.compile(r"[,;\n]+")


def _norm(value: object) -> object:
    """Form values compared as the user sees them ("" and None alike, spaces trimmed)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return " ".join(value.split())
    return value


class CompanyDialog(QDialog):
    """``save`` is called on the worker with a ``CompanyInput`` (and the base for edits).

    ``check_duplicates(cvr, name, postcode)`` runs on the worker as the user types; its hits
    are listed as a warning with a link that emits ``open_company``.
    """

    open_company = Signal(str)

    def __init__(
        self,
        *,
        worker: DbWorker,
        save: Callable[[CompanyInput, CompanyDetail | None], CompanyDetail],
        reload: Callable[[str], CompanyDetail] | None = None,
        base: CompanyDetail | None = None,
        consultants: Sequence[Consultant] = (),
        check_duplicates: Callable[[str, str, str], list[DuplicateHit]] | None = None,
        me: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._save = save
        self._reload = reload
        self._consultants = list(consultants)
        self._check = check_duplicates
        self._check_generation = 0
        self.base = base
        self.saved: CompanyDetail | None = None
        self.duplicates: list[DuplicateHit] = []
        self.setWindowTitle(self.tr("Redigér virksomhed") if base else self.tr("Ny virksomhed"))
        self.setMinimumWidth(560)
        self._build()
        if base is not None:
            self._fill(base.as_input())
        elif me is not None:
            combo = self.fields["responsible_consultant_id"]
            combo.setCurrentIndex(max(0, combo.findData(me)))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._connect_signals()

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
        self.fields["postcode"].setFixedWidth(80)
        p_numbers = QLineEdit()
        p_numbers.setObjectName("field_p_numbers")
        p_numbers.setPlaceholderText(self.tr("10 cifre; flere adskilles med komma"))
        self.fields["p_numbers"] = p_numbers
        form.addRow(self.tr("P-numre"), p_numbers)
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
        consultant = QComboBox()
        consultant.setObjectName("field_responsible_consultant_id")
        consultant.addItem(self.tr("(ingen)"), None)
        for c in self._consultants:
            consultant.addItem(f"{c.name} ({c.initials})" if c.initials else c.name, c.id)
        self.fields["responsible_consultant_id"] = consultant
        form.addRow(self.tr("Ansvarlig konsulent"), consultant)
        notes = QPlainTextEdit()
        notes.setFixedHeight(70)
        self.fields["notes"] = notes
        form.addRow(self.tr("Noter"), notes)
        self.error_label = QLabel()
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.hide()
        self.duplicate_label = QLabel()
        self.duplicate_label.setObjectName("duplicate_warning")
        self.duplicate_label.setWordWrap(True)
        self.duplicate_label.setStyleSheet(
            "background: #fff4d6; border: 1px solid #e0b000; padding: 6px; color: #5a4300;")
        self.duplicate_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Gem"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.duplicate_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        for name in ("cvr", "name", "postcode"):
            self.fields[name].textChanged.connect(self.on_identity_text_changed)
        self._timer.timeout.connect(self.on_timer_timeout)
        self.duplicate_label.linkActivated.connect(self.on_duplicate_label_link_activated)

    # ------------------------------------------------------------------ duplicates
    def on_identity_text_changed(self, _text: str) -> None:
        if self._check is not None:
            self._timer.start()

    def on_timer_timeout(self) -> None:
        cvr, name, postcode = (self.fields[n].text() for n in ("cvr", "name", "postcode"))
        self._check_generation += 1
        generation = self._check_generation
        check = self._check
        self._worker.run(lambda: check(cvr, name, postcode),
                         on_success=lambda hits: self._on_duplicates(generation, hits),
                         on_failure=lambda _exc: None)

    def _on_duplicates(self, generation: int, hits: list[DuplicateHit]) -> None:
        if generation != self._check_generation:
            return  # the user typed on
        self.duplicates = list(hits)
        if not hits:
            self.duplicate_label.hide()
            return
        lines = [
            self.tr("<b>Mulig dublet:</b> <a href='{id}'>{name}</a> (CVR {cvr}, {place}) – {why}").format(
                id=h.company_id, name=html.escape(h.name), cvr=h.cvr,
                place=html.escape(f"{h.postcode} {h.town}".strip()),
                why=labels.duplicate_reason(h.reason, h.score))
            for h in hits[:3]
        ]
        self.duplicate_label.setText("<br>".join(lines))
        self.duplicate_label.show()
        grow_to_fit(self)  # room for the warning instead of squeezing the notes field

    def on_duplicate_label_link_activated(self, company_id: str) -> None:
        self.open_company.emit(company_id)

    def _fill(self, data: CompanyInput) -> None:
        for name in ("cvr", "name", "address", "postcode", "industry_code", "phone", "email", "website"):
            self.fields[name].setText(getattr(data, name) or "")
        self.fields["p_numbers"].setText(", ".join(data.p_numbers or ()))
        consultant: QComboBox = self.fields["responsible_consultant_id"]
        index = consultant.findData(data.responsible_consultant_id)
        if index < 0 and data.responsible_consultant_id:
            consultant.addItem(self.tr("(anden bruger)"), data.responsible_consultant_id)
            index = consultant.count() - 1
        consultant.setCurrentIndex(max(0, index))
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
            responsible_consultant_id=f["responsible_consultant_id"].currentData(),
            p_numbers=tuple(p.strip() for p in _P_SPLIT.split(f["p_numbers"].text()) if p.strip()),
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
        self.reload_button = box.addButton(self.tr("Genindlæs deres version"),
                                           QMessageBox.ButtonRole.AcceptRole)
        self.keep_button = box.addButton(self.tr("Behold mine ændringer"),
                                         QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Annullér"), QMessageBox.ButtonRole.RejectRole)
        box.buttonClicked.connect(self.on_conflict_box_button_clicked)
        self.conflict_box = box
        box.open()

    def on_conflict_box_button_clicked(self, button) -> None:  # noqa: ANN001
        if button not in (self.reload_button, self.keep_button) or not self._reload or not self.base:
            return
        keep = button is self.keep_button
        company_id = self.base.id
        self._worker.run(lambda: self._reload(company_id),
                         on_success=lambda fresh: self._after_reload(fresh, keep),
                         on_failure=lambda exc: show_error(self, exc))

    def _after_reload(self, fresh: CompanyDetail, keep_mine: bool) -> None:
        """Show the stored version; with ``keep_mine`` the fields this user changed keep the
        user's value and every other field takes the colleague's (a three-way merge)."""
        mine = self.form_input()
        before = self.base.as_input() if self.base else None
        theirs = fresh.as_input()
        self.base = fresh
        if keep_mine and before is not None:
            merged = {
                f.name: getattr(mine, f.name)
                if _norm(getattr(mine, f.name)) != _norm(getattr(before, f.name))
                else getattr(theirs, f.name)
                for f in fields(CompanyInput)
            }
            self._fill(CompanyInput(**merged))
        else:
            self._fill(theirs)
        self.error_label.setText(
            self.tr("Dine ændringer er bevaret oven på den gemte version; tryk Gem.") if keep_mine
            else self.tr("Formularen viser nu den gemte version.")
        )
        self.error_label.show()
