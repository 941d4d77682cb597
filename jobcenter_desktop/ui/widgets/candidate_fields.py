"""Input widgets of the citizen profile: free tags with suggestions, a ranked DISCO-08 picker,
a dated target-group chooser and a Danish date field.

They only read in-memory reference data (occupations, the rule book); anything from the store
(tag suggestions) is handed in by the dialog, which fetched it on the DB worker.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...domain.dates import format_date, parse_date
from ...domain.refdata import ReferenceData
from ...domain.rules import RuleBook, TargetGroup
from ...domain.text import fold
from ..models.candidate_models import StringListModel

WARNING_MARK = "⚠"


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DateField(QLineEdit):
    """A date typed as dd-mm-åååå (or left empty). ``value()`` raises the domain's
    ``ValidationError`` for text that is not a date, so the form shows it at the field."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setPlaceholderText(self.tr("dd-mm-åååå"))
        self.setMaxLength(10)
        self.setFixedWidth(110)

    def value(self) -> date | None:
        return parse_date(self.text(), field=self.field)

    def set_value(self, value: date | None) -> None:
        self.setText(format_date(value))


class TagEditor(QWidget):
    """Free tags (skills, certificates) as a list, typed with suggestions.

    Enter or "Tilføj" adds what is typed; a suggestion picked from the list is added at once.
    Tags that differ only in case or æøå spelling are the same tag.
    """

    changed = Signal()

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = StringListModel(self)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.completer_model = QStringListModel(self)
        self.completer = QCompleter(self.completer_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.edit.setCompleter(self.completer)
        self.add_button = QPushButton(self.tr("Tilføj"))
        self.remove_button = QPushButton(self.tr("Fjern valgte"))
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setFlow(QListView.Flow.LeftToRight)
        self.view.setWrapping(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setSpacing(3)
        self.view.setUniformItemSizes(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setFixedHeight(72)
        self.view.setStyleSheet(
            "QListView::item { border: 1px solid #9bb4d0; border-radius: 8px; padding: 1px 6px;"
            " background: #eaf1fa; color: #1b2b40; }"
            "QListView::item:selected { background: #3d6fa8; color: white; }")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.edit.returnPressed.connect(self.on_edit_return_pressed)
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.remove_button.clicked.connect(self.on_remove_button_clicked)
        self.completer.activated.connect(self.on_completer_activated)

    def set_suggestions(self, suggestions: Sequence[str]) -> None:
        self.completer_model.setStringList(list(suggestions))

    def set_tags(self, tags: Sequence[str]) -> None:
        self.model.set_items([(fold(t), t) for t in tags])

    def tags(self) -> list[str]:
        return [text for _value, text in self.model.items()]

    def add_tag(self, text: str) -> bool:
        tag = " ".join(text.split())
        if not tag:
            return False
        added = self.model.add(fold(tag), tag)
        if added:
            self.changed.emit()
        return added

    def on_edit_return_pressed(self) -> None:
        # The completer also reports Enter on a suggestion; add once.
        if self.add_tag(self.edit.text()):
            self.edit.clear()

    def on_add_button_clicked(self) -> None:
        self.on_edit_return_pressed()

    def on_completer_activated(self, text: str) -> None:
        self.add_tag(text)
        self.edit.clear()

    def on_remove_button_clicked(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()}, reverse=True)
        for row in rows:
            self.model.remove(row)
        if rows:
            self.changed.emit()

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802
        if event.key() == Qt.Key.Key_Delete and self.view.hasFocus():
            self.on_remove_button_clicked()
            return
        super().keyPressEvent(event)


class OccupationPicker(QWidget):
    """Desired occupations (DISCO-08), ranked: search by word or code, then order the list."""

    def __init__(self, reference: ReferenceData, *, language: str = "da",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference = reference
        self.language = language
        self.model = StringListModel(self)
        self.search = QLineEdit()
        self.search.setObjectName("occupation_search")
        self.search.setPlaceholderText(self.tr("Søg stilling eller DISCO-kode, fx «svejs» eller 7212"))
        self.results = QStringListModel(self)
        self.completer = QCompleter(self.results, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self.search.setCompleter(self.completer)
        self.view = QListView()
        self.view.setObjectName("occupations")
        self.view.setModel(self.model)
        self.view.setFixedHeight(96)
        style = self.style()
        self.up_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp), "")
        self.up_button.setToolTip(self.tr("Flyt op (højere prioritet)"))
        self.down_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown), "")
        self.down_button.setToolTip(self.tr("Flyt ned"))
        self.remove_button = QPushButton(self.tr("Fjern"))
        buttons = QVBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        lower = QHBoxLayout()
        lower.addWidget(self.view, 1)
        lower.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(lower)
        layout.addStretch(1)
        self._codes: dict[str, str] = {}
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.search.textEdited.connect(self.on_search_text_edited)
        self.search.returnPressed.connect(self.on_search_return_pressed)
        self.completer.activated.connect(self.on_completer_activated)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button.clicked.connect(self.on_remove_button_clicked)

    def text_for(self, code: str) -> str:
        occ = self.reference.occupation(code)
        return f"{code} {occ.title_in(self.language)}" if occ else code

    def set_codes(self, codes: Sequence[str]) -> None:
        self.model.set_items([(c, self.text_for(c)) for c in codes])
        self._renumber()

    def codes(self) -> list[str]:
        return self.model.values()

    def add_code(self, code: str) -> bool:
        if self.reference.occupation(code) is None:
            return False
        added = self.model.add(code, self.text_for(code))
        self._renumber()
        return added

    def _renumber(self) -> None:
        self.model.set_items([(c, f"{i}. {self.text_for(c)}")
                              for i, c in enumerate(self.model.values(), start=1)])

    def on_search_text_edited(self, text: str) -> None:
        hits = self.reference.search_occupations(text, limit=30)
        self._codes = {f"{o.code} {o.title_in(self.language)}": o.code for o in hits}
        self.results.setStringList(list(self._codes))

    def on_search_return_pressed(self) -> None:
        text = self.search.text().strip()
        code = self._codes.get(text) or (text if text.isdigit() else None)
        if code is None and self._codes:
            code = next(iter(self._codes.values()))
        if code and self.add_code(code):
            self.search.clear()

    def on_completer_activated(self, text: str) -> None:
        code = self._codes.get(text)
        if code and self.add_code(code):
            self.search.clear()

    def _move(self, delta: int) -> None:
        row = self.view.currentIndex().row()
        if row < 0:
            return
        target = self.model.move(row, delta)
        self._renumber()
        self.view.setCurrentIndex(self.model.index(target, 0))

    def on_remove_button_clicked(self) -> None:
        row = self.view.currentIndex().row()
        if row >= 0:
            self.model.remove(row)
            self._renumber()


class TargetGroupChooser(QWidget):
    """Target group (målgruppe) from the dated table: the groups offered depend on the date.

    The citizen's current group stays readable even when it is not offered on the chosen date
    (history); unverified rows carry a warning mark and their source in the tooltip.
    """

    changed = Signal()

    def __init__(self, rulebook: RuleBook, *, language: str = "da",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rulebook = rulebook
        self.language = language
        self.current_code = ""
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("target_group_date")
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDate(qdate(date.today()))
        self.combo = QComboBox()
        self.combo.setObjectName("target_group")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(30)
        self.note = QLabel()
        self.note.setObjectName("target_group_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #8a5a00;")
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(QLabel(self.tr("Pr. dato")))
        top.addWidget(self.date_edit)
        top.addWidget(self.combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.note)
        self._connect_signals()
        self._fill()

    def _connect_signals(self) -> None:
        self.date_edit.dateChanged.connect(self.on_date_edit_date_changed)
        self.combo.currentIndexChanged.connect(self.on_combo_current_index_changed)

    def group_text(self, group: TargetGroup) -> str:
        mark = f" {WARNING_MARK}" if not group.verified else ""
        return f"{group.code} – {group.name(self.language)}{mark}"

    def set_current(self, code: str) -> None:
        self.current_code = code
        self._fill()

    def day(self) -> date:
        return pydate(self.date_edit.date())

    def code(self) -> str:
        return self.combo.currentData() or ""

    def set_code(self, code: str) -> None:
        index = self.combo.findData(code)
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def _fill(self) -> None:
        wanted = self.combo.currentData() if self.combo.count() else self.current_code
        day = self.day()
        groups = self.rulebook.target_groups_on(day)
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("(ingen målgruppe)"), "")
        offered = {g.code for g in groups}
        if self.current_code and self.current_code not in offered:
            old = self.rulebook.target_group(self.current_code)
            text = self.group_text(old) if old else self.current_code
            self.combo.addItem(self.tr("{group} (nuværende)").format(group=text), self.current_code)
        for g in groups:
            self.combo.addItem(self.group_text(g), g.code)
            self.combo.setItemData(self.combo.count() - 1, self._tooltip(g),
                                   Qt.ItemDataRole.ToolTipRole)
        index = self.combo.findData(wanted or "")
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)
        self._update_note(len(groups))
        self.changed.emit()

    def _tooltip(self, group: TargetGroup) -> str:
        verified = self.tr("Verificeret mod lovteksten.") if group.verified else self.tr(
            "Ikke verificeret mod lovteksten – kontrollér før afgørelser.")
        return f"{group.name(self.language)}\n{verified}\n{self.tr('Kilde')}: {group.source}"

    def _update_note(self, offered: int | None = None) -> None:
        day = self.day()
        code = self.code()
        group = self.rulebook.target_group(code, day) or self.rulebook.target_group(code) if code else None
        offered_codes = {g.code for g in self.rulebook.target_groups_on(day)}
        if code and code == self.current_code and code not in offered_codes:
            successor = self.rulebook.map_target_group(code, day)
            new = self.rulebook.target_group(successor, day) if successor != code else None
            text = self.tr("Den nuværende målgruppe {code} tilbydes ikke pr. {day}.").format(
                code=code, day=format_date(day))
            if new is not None:
                text += " " + self.tr("Efter omregningstabellen svarer den til {new} – {name}{mark}.")\
                    .format(new=new.code, name=new.name(self.language),
                            mark=f" {WARNING_MARK}" if not new.verified else "")
            self.note.setText(text)
        elif offered == 0:
            self.note.setText(self.tr("Målgrupperne pr. {day} er ikke indlæst endnu. En "
                                      "administrator kan indlæse dem, når loven er vedtaget.")
                              .format(day=format_date(day)))
        elif group is not None and not group.verified:
            self.note.setText(f"{WARNING_MARK} " + self.tr(
                "Ikke verificeret: {code} bygger på {source}").format(code=group.code,
                                                                       source=group.source))
        else:
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))

    def on_date_edit_date_changed(self, _date: QDate) -> None:
        self._fill()

    def on_combo_current_index_changed(self, _index: int) -> None:
        self._update_note()
        self.changed.emit()
