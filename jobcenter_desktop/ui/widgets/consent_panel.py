"""The consent panel of a citizen: what was consented to, when, how, until when; give and
withdraw. Withdrawal takes effect at once (DOMAIN.md 6) and is confirmed before it is done."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.dates import format_date
from ...domain.errors import UserError
from ...services.consents import CHANNELS, PURPOSES, ConsentInput, ConsentRecord
from ..dialogs.messages import language, show_error
from ..models.candidate_models import Field, RecordTableModel
from ..worker import DbWorker
from .candidate_fields import pydate, qdate

_STATUS_COLOUR = {"active": "#1e6b2f", "withdrawn": "#b00020", "expired": "#777777"}


class ConsentDialog(QDialog):
    """Record a consent the citizen has given: purpose, date, channel, expiry."""

    def __init__(self, *, worker: DbWorker, give, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._worker = worker
        self._give = give
        self.setWindowTitle(self.tr("Registrér samtykke"))
        self.setMinimumWidth(480)
        self.purpose = QComboBox()
        self.purpose.setObjectName("consent_purpose")
        for code, (da, en) in PURPOSES.items():
            self.purpose.addItem(en if language() == "en" else da, code)
        self.given_on = QDateEdit()
        self.given_on.setObjectName("consent_given_on")
        self.given_on.setDisplayFormat("dd-MM-yyyy")
        self.given_on.setCalendarPopup(True)
        self.given_on.setDate(qdate(date.today()))
        self.channel = QComboBox()
        self.channel.setObjectName("consent_channel")
        self.channel.setEditable(True)
        self.channel.addItems(CHANNELS)
        self.expires = QDateEdit()
        self.expires.setObjectName("consent_expires")
        self.expires.setDisplayFormat("dd-MM-yyyy")
        self.expires.setCalendarPopup(True)
        self.expires.setDate(qdate(date.today() + timedelta(days=365)))
        self.note = QLineEdit()
        self.note.setObjectName("consent_note")
        form = QFormLayout()
        form.addRow(self.tr("Samtykket gælder"), self.purpose)
        form.addRow(self.tr("Givet den"), self.given_on)
        form.addRow(self.tr("Givet via"), self.channel)
        form.addRow(self.tr("Udløber"), self.expires)
        form.addRow(self.tr("Note"), self.note)
        self.error_label = QLabel()
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.hide()
        info = QLabel(self.tr("Borgeren kan til enhver tid trække samtykket tilbage; det virker "
                              "straks. Uden samtykke kan kun den anonymiserede profil udleveres."))
        info.setWordWrap(True)
        info.setStyleSheet("color: #555;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Gem"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(info)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def form_input(self) -> ConsentInput:
        return ConsentInput(purpose=self.purpose.currentData(), given_on=pydate(self.given_on.date()),
                            channel=self.channel.currentText(), expires_at=pydate(self.expires.date()),
                            note=self.note.text())

    def on_buttons_accepted(self) -> None:
        data = self.form_input()
        self.buttons.setEnabled(False)
        self._worker.run(lambda: self._give(data), on_success=lambda _r: self.accept(),
                         on_failure=self._on_failed, changes={"candidates"})

    def _on_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(exc, UserError):
            show_error(self, exc)
            return
        self.error_label.setText(exc.message(language()))
        self.error_label.show()


class ConsentPanel(QWidget):
    """Consents of the citizen shown in the detail panel."""

    give_requested = Signal()
    withdraw_requested = Signal(str)  # consent id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RecordTableModel([
            Field(self.tr("Formål"), lambda r: r.purpose_short(language()),
                  tooltip=lambda r: "\n".join(x for x in (r.purpose_text(language()), r.note) if x)),
            Field(self.tr("Givet"), lambda r: format_date(r.given_at)),
            Field(self.tr("Kanal"), lambda r: r.channel),
            Field(self.tr("Udløber"), lambda r: format_date(r.expires_at) or self.tr("ingen")),
            Field(self.tr("Status"), self.status_text,
                  foreground=lambda r: _STATUS_COLOUR.get(r.status)),
        ], self)
        self.title = QLabel(self.tr("<b>Samtykke til deling med arbejdsgivere</b>"))
        self.summary = QLabel()
        self.summary.setObjectName("consent_summary")
        self.summary.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("consents")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 130)
        for column in (1, 2, 3):  # dates and channel: a few rows, so fit them to content
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setFixedHeight(110)
        self.give_button = QPushButton(self.tr("Registrér samtykke …"))
        self.give_button.setObjectName("give_consent")
        self.withdraw_button = QPushButton(self.tr("Træk samtykke tilbage"))
        self.withdraw_button.setObjectName("withdraw_consent")
        buttons = QHBoxLayout()
        buttons.addWidget(self.give_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._connect_signals()
        self.set_records(())

    def _connect_signals(self) -> None:
        self.give_button.clicked.connect(self.give_requested)
        self.withdraw_button.clicked.connect(self.on_withdraw_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self.on_table_selection_changed)

    def status_text(self, record: ConsentRecord) -> str:
        return {"active": self.tr("Aktivt"), "withdrawn": self.tr("Trukket tilbage {date}").format(
            date=format_date(record.withdrawn_at)), "expired": self.tr("Udløbet")}[record.status]

    def set_records(self, records) -> None:  # noqa: ANN001
        self.model.set_rows(records)
        active = [r for r in records if r.active]
        if active:
            self.summary.setText(self.tr("Aktivt samtykke: {purposes}.").format(
                purposes=", ".join(r.purpose_text(language()).lower() for r in active)))
            self.summary.setStyleSheet("color: #1e6b2f;")
        else:
            self.summary.setText(self.tr("Intet aktivt samtykke: kun den anonymiserede profil "
                                         "(med et minimum af oplysninger) kan udleveres."))
            self.summary.setStyleSheet("color: #8a5a00;")
        self.on_table_selection_changed()

    def selected(self) -> ConsentRecord | None:
        index = self.table.currentIndex()
        return self.model.row_object(index.row()) if index.isValid() else None

    def on_table_selection_changed(self, *_args) -> None:  # noqa: ANN002
        record = self.selected()
        self.withdraw_button.setEnabled(bool(record and record.status == "active"))

    def on_withdraw_button_clicked(self) -> None:
        record = self.selected()
        if record is None or record.status != "active":
            return
        self.confirm = box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Træk samtykke tilbage"))
        box.setText(self.tr("Træk samtykket «{purpose}» tilbage nu? Det virker straks og kan "
                            "ikke fortrydes; et nyt samtykke kan registreres senere.").format(
                                purpose=record.purpose_text(language())))
        yes = box.addButton(self.tr("Træk tilbage"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Annullér"), QMessageBox.ButtonRole.RejectRole)
        box.buttonClicked.connect(
            lambda button: self.withdraw_requested.emit(record.id) if button is yes else None)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
