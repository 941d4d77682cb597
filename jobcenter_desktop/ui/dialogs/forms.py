"""The shape every small record form of the Companies tab shares.

A ``FormDialog`` lays out labelled fields, collects them into the service's input dataclass,
saves on the DB worker and shows a user error at its field: the message under the form, the
field outlined in red and focused. Nothing is saved until the service accepts the input.
``DateField`` is the date input used throughout: Danish users type "3-12-26" or "03.12.2026".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.dates import format_date, parse_date
from ...domain.errors import ConflictError, UserError, ValidationError
from ..worker import DbWorker
from .messages import language, show_error

ERROR_STYLE = "border: 2px solid #b00020;"


class DateField(QLineEdit):
    """A date typed the Danish way; ``value()`` raises ``ValidationError`` naming ``field``."""

    def __init__(self, field: str, *, required: bool = False, value: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.required = required
        self.setPlaceholderText(self.tr("dd-mm-åååå") if required else self.tr("dd-mm-åååå (valgfri)"))
        self.setMaxLength(10)
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("00-00-00000") + 60)
        if value is not None:
            self.set_value(value)

    def set_value(self, value: date | None) -> None:
        self.setText(format_date(value))

    def value(self) -> date | None:
        parsed = parse_date(self.text(), field=self.field)
        if parsed is None and self.required:
            raise ValidationError("Datoen skal udfyldes.", "The date is required.", field=self.field)
        return parsed


def grow_to_fit(dialog: QWidget) -> None:
    """Make room for a message that just appeared, never shrinking what the user sized."""
    hint = dialog.sizeHint()
    dialog.resize(max(dialog.width(), hint.width()), max(dialog.height(), hint.height()))


def save_file_dialog(parent: QWidget, title: str, default_name: str, name_filter: str,
                     suffix: str, on_chosen: Callable[[str], None]) -> QFileDialog:
    """A non-blocking "save as" dialog; ``on_chosen(path)`` runs when the user picks a file.
    Returned so the caller (and tests) can keep hold of it."""
    dialog = QFileDialog(parent, title, default_name, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(suffix)
    dialog.fileSelected.connect(on_chosen)
    dialog.open()
    return dialog


def combo(items: Iterable[tuple[str, Any]], current: Any = None) -> QComboBox:
    """A combo box of (text, data) pairs with ``current`` selected."""
    box = QComboBox()
    for text, data in items:
        box.addItem(text, data)
    if current is not None:
        box.setCurrentIndex(max(0, box.findData(current)))
    return box


class FormDialog(QDialog):
    """Subclasses add fields in ``build`` and turn them into input in ``collect``.

    ``save`` runs on the worker with what ``collect`` returned; ``saved`` is emitted with its
    result and the dialog closes. ``changes`` are the worker change tags of the save.
    """

    saved = Signal(object)

    def __init__(self, *, worker: DbWorker, save: Callable[[Any], Any], title: str,
                 changes: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._save = save
        self._changes = frozenset(changes)
        self.result_value: Any = None
        self.fields: dict[str, QWidget] = {}
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
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
        self.build()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        self.add_below_form(layout)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    # ------------------------------------------------------------------ subclass hooks
    def build(self) -> None:
        raise NotImplementedError

    def add_below_form(self, layout: QVBoxLayout) -> None:
        """Optional widgets between the form and the error line."""

    def collect(self) -> Any:
        raise NotImplementedError

    # ------------------------------------------------------------------ helpers
    def add(self, name: str, label: str, widget: QWidget) -> QWidget:
        widget.setObjectName(f"field_{name}")
        self.fields[name] = widget
        self.form.addRow(label, widget)
        return widget

    def line(self, name: str, label: str, text: str = "", max_length: int = 300) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setMaxLength(max_length)
        self.add(name, label, edit)
        return edit

    # ------------------------------------------------------------------ saving
    def on_buttons_accepted(self) -> None:
        self.clear_errors()
        try:
            data = self.collect()
        except UserError as exc:
            self.show_user_error(exc)
            return
        self.buttons.setEnabled(False)
        self._worker.run(lambda: self._save(data), on_success=self._on_saved,
                         on_failure=self._on_failed, changes=self._changes)

    def _on_saved(self, value: Any) -> None:
        self.buttons.setEnabled(True)
        self.result_value = value
        self.saved.emit(value)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, UserError):
            self.show_user_error(exc)
        else:
            show_error(self, exc)

    def clear_errors(self) -> None:
        self.error_label.hide()
        for widget in self.fields.values():
            widget.setStyleSheet("")

    def show_user_error(self, exc: UserError) -> None:
        text = exc.message(language())
        if isinstance(exc, ConflictError):
            text += " " + self.tr("Luk formularen, og åbn den igen for at se den gemte version.")
        self.error_label.setText(text)
        self.error_label.show()
        grow_to_fit(self)
        widget = self.fields.get(exc.field or "")
        if widget is not None:
            widget.setStyleSheet(ERROR_STYLE)
            widget.setFocus()
