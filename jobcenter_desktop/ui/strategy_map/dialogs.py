"""Dialogs that edit parts of a strategy map: focus areas, indicators with targets and
measurements, milestones, working groups, initiatives with tasks, the map's own fields and
ambassadors; plus "new map", "new map from template" and printing.

Every editing dialog applies its whole change as ONE undoable command when OK is pressed. If
the model refuses (an amber limit on the wrong side of the target, a measurement outside the
map's span, …) the dialog stays open with the model's explanation, and nothing has changed.
Dialogs are opened with ``open()`` (non-blocking) so tests can drive them.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import measures
from ...domain.dates import format_date, parse_date
from ...domain.errors import UserError, ValidationError
from ...domain.strategy import (
    Direction,
    IndicatorSource,
    InitiativeStatus,
    MapStatus,
    MilestoneStatus,
    PeriodKind,
    Task,
    period_label,
    period_start,
)
from ..dialogs.messages import language
from .commands import MapEditor
from .models import parse_number
from .scene import fmt_number


def tr(text: str) -> str:
    return QCoreApplication.translate("StrategyDialogs", text)


PERIOD_TEXT = {PeriodKind.MONTH: "Måned", PeriodKind.QUARTER: "Kvartal", PeriodKind.YEAR: "År"}
DIRECTION_TEXT = {Direction.HIGHER: "Højere er bedre", Direction.LOWER: "Lavere er bedre"}
SOURCE_TEXT = {IndicatorSource.MANUAL: "Manuel indtastning",
               IndicatorSource.COMPUTED: "Beregnet fra CRM (live)",
               IndicatorSource.IMPORT: "Importeret (fx jobindsats.dk)"}
MILESTONE_STATUS_TEXT = {MilestoneStatus.PLANNED: "Planlagt", MilestoneStatus.REACHED: "Nået",
                         MilestoneStatus.MISSED: "Ikke nået"}
INITIATIVE_STATUS_TEXT = {InitiativeStatus.PLANNED: "Planlagt",
                          InitiativeStatus.IN_PROGRESS: "I gang",
                          InitiativeStatus.DONE: "Afsluttet", InitiativeStatus.STOPPED: "Stoppet"}
MAP_STATUS_TEXT = {MapStatus.DRAFT: "Kladde", MapStatus.ACTIVE: "Aktiv",
                   MapStatus.ARCHIVED: "Arkiveret"}
DEFAULT_AREAS = ("Virksomhedskontakten", "Borgerkontakten", "Internt samarbejde",
                 "Tværgående samarbejde")

_QUARTER = re.compile(r"^\s*(?:Q|K)?\s*([1-4])\s*(?:\.\s*kvt\.?|\s|-|/)\s*(\d{4})\s*$", re.I)
_QUARTER_ISO = re.compile(r"^\s*(\d{4})\s*-?\s*(?:Q|K)([1-4])\s*$", re.I)
_MONTH = re.compile(r"^\s*(\d{1,2})[-./](\d{4})\s*$")
_YEAR = re.compile(r"^\s*(\d{4})\s*$")
_MONTH_NAME = re.compile(r"^\s*([^\W\d_]+)\.?\s+(\d{4})\s*$")
MONTH_NAMES = {
    name: n
    for names in (
        ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
         "oktober", "november", "december"),
        ("january", "february", "march", "april", "may", "june", "july", "august", "september",
         "october", "november", "december"),
    )
    for n, name in enumerate(names, start=1)
}


def parse_period(text: str, kind: PeriodKind, field: str = "period_start") -> date:
    """The start of the period a user typed: a date in it (dd-mm-åååå), "2026", "03-2026",
    "1. kvt. 2026", "Q1 2026" or "2026-Q1"."""
    raw = text.strip()
    named = _MONTH_NAME.match(raw)
    if named:
        word = named[1].casefold()
        month = MONTH_NAMES.get(word) or next(
            (n for name, n in MONTH_NAMES.items() if len(word) >= 3 and name.startswith(word)), None)
        if month:
            return period_start(date(int(named[2]), month, 1), kind)
    for pattern, build in (
        (_YEAR, lambda g: date(int(g[0]), 1, 1)),
        (_MONTH, lambda g: date(int(g[1]), int(g[0]), 1)),
        (_QUARTER, lambda g: date(int(g[1]), 3 * (int(g[0]) - 1) + 1, 1)),
        (_QUARTER_ISO, lambda g: date(int(g[0]), 3 * (int(g[1]) - 1) + 1, 1)),
    ):
        found = pattern.match(raw)
        if found:
            try:
                return period_start(build(found.groups()), kind)
            except ValueError:
                break
    day = parse_date(raw, field=field)
    if day is None:
        raise ValidationError("Angiv perioden.", "Give the period.", field=field)
    return period_start(day, kind)


def optional_date(edit: QLineEdit, field: str) -> date | None:
    return parse_date(edit.text(), field=field)


def _combo(options: dict, current: object) -> QComboBox:
    combo = QComboBox()
    for value, text in options.items():
        combo.addItem(tr(text), value)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    return combo


def _date_edit(value: date | None) -> QLineEdit:
    edit = QLineEdit(format_date(value))
    edit.setPlaceholderText("dd-mm-åååå")
    edit.setMaximumWidth(140)
    return edit


def make_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.horizontalHeader().setStretchLastSection(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setMinimumHeight(110)
    for column in range(len(headers)):
        table.setColumnWidth(column, 150)
    return table


def add_row(table: QTableWidget, values: list[str], *, locked: bool = False) -> None:
    row = table.rowCount()
    table.insertRow(row)
    for column, value in enumerate(values):
        item = QTableWidgetItem(value)
        if locked:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        table.setItem(row, column, item)


def row_buttons(table: QTableWidget) -> QHBoxLayout:
    """"Add row" and "remove selected row" under an editable table."""
    row = QHBoxLayout()
    add = QPushButton(tr("Tilføj række"))
    remove = QPushButton(tr("Fjern markeret række"))

    def on_add() -> None:
        add_row(table, [""] * table.columnCount())
        table.setCurrentCell(table.rowCount() - 1, 0)
        table.editItem(table.item(table.rowCount() - 1, 0))

    def on_remove() -> None:
        if table.currentRow() >= 0:
            table.removeRow(table.currentRow())

    add.clicked.connect(on_add)
    remove.clicked.connect(on_remove)
    row.addWidget(add)
    row.addWidget(remove)
    row.addStretch(1)
    return row


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item is not None else ""


def number(text: str, field: str, what: str) -> float:
    value = parse_number(text)
    if value is None:
        raise ValidationError(f"{what}: «{text}» er ikke et tal.",
                              f"{what}: '{text}' is not a number.", field=field)
    return value


class EditDialog(QDialog):
    """Form + error line + OK/Cancel; ``apply()`` makes the change or raises UserError."""

    applied = Signal()

    def __init__(self, *, editor: MapEditor, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setWindowTitle(title)
        self.setModal(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.error_label = QLabel()
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color:#b00020")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annullér"))
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self.extra = QVBoxLayout()
        self.body.addLayout(self.extra)
        self.body.addWidget(self.error_label)
        self.body.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        try:
            self.apply()
        except UserError as exc:
            self.error_label.setText(exc.message(language()))
            self.error_label.show()
            return
        self.applied.emit()
        super().accept()

    def apply(self) -> None:
        raise NotImplementedError

    @property
    def by(self) -> str:
        return self.editor.actor_name


# ---------------------------------------------------------------------- focus areas


class FocusAreaDialog(EditDialog):
    def __init__(self, *, editor: MapEditor, area_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(editor=editor, parent=parent,
                         title=tr("Nyt fokusområde") if area_id is None else tr("Ret fokusområde"))
        m = editor.model
        area = m.focus_area(area_id) if area_id else None
        self.area_id = area_id
        self.name = QLineEdit(area.name if area else "")
        self.order = QSpinBox()
        self.order.setRange(-999, 999)
        self.order.setValue(area.order if area else max((a.order for a in m.focus_areas),
                                                       default=0) + 1)
        self.colour = area.colour if area else ""
        self.colour_button = QPushButton()
        self._show_colour()
        self.form.addRow(tr("Navn"), self.name)
        self.form.addRow(tr("Rækkefølge"), self.order)
        self.form.addRow(tr("Farve"), self.colour_button)
        self.colour_button.clicked.connect(self.on_colour_button_clicked)

    def _show_colour(self) -> None:
        text = self.colour or tr("(automatisk)")
        self.colour_button.setText(text)
        if self.colour:
            self.colour_button.setStyleSheet(f"background:{self.colour}")

    def on_colour_button_clicked(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour or "#0072B2"), self, tr("Vælg farve"))
        if chosen.isValid():
            self.colour = chosen.name().upper()
            self._show_colour()

    def apply(self) -> None:
        m = self.editor.model
        name, order = self.name.text(), self.order.value()
        if self.area_id is None:
            self.editor.run(tr("Nyt fokusområde"), lambda: m.add_focus_area(
                name=name, order=order, colour=self.colour or None))
        else:
            changes = {"name": name, "order": order}
            if self.colour:
                changes["colour"] = self.colour
            self.editor.run(tr("Ret fokusområde"),
                            lambda: m.update_focus_area(self.area_id, **changes))


# ---------------------------------------------------------------------- indicators


class IndicatorDialog(EditDialog):
    """An indicator with its targets (per period: target and amber limit) and, for manual
    and imported indicators, its measurements. Computed ones get theirs from the CRM."""

    def __init__(self, *, editor: MapEditor, goal_id: str, indicator_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(editor=editor, parent=parent,
                         title=tr("Ny indikator") if indicator_id is None else tr("Ret indikator"))
        self.resize(640, 620)
        m = editor.model
        self.goal_id = goal_id
        self.indicator_id = indicator_id
        ind = m.indicator(indicator_id) if indicator_id else None
        self.name = QLineEdit(ind.name if ind else "")
        self.unit = QLineEdit(ind.unit if ind else "")
        self.unit.setMaximumWidth(160)
        self.direction = _combo(DIRECTION_TEXT, ind.direction if ind else Direction.HIGHER)
        self.source = _combo(SOURCE_TEXT, ind.source if ind else IndicatorSource.MANUAL)
        self.measure = QComboBox()
        self.measure.addItem(tr("(vælg måling)"), None)
        for measure in measures.all_measures():
            self.measure.addItem(measure.name(language()), measure.key)
        self.parameter = QComboBox()
        self.parameter.setEditable(True)
        self.parameter.addItem(tr("(alle ordninger)"), "")
        for code in ("praktik", "loentilskud", "fleksjob", "ordinaert", "mentor", "igu",
                     "voksenlaerling", "opkvalificering"):
            self.parameter.addItem(code, code)
        key, param = (None, None)
        if ind is not None and ind.measure_key:
            key, _, param = ind.measure_key.partition(":")
        self.measure.setCurrentIndex(max(self.measure.findData(key), 0))
        if param:
            index = self.parameter.findData(param)
            if index < 0:
                self.parameter.addItem(param, param)
                index = self.parameter.count() - 1
            self.parameter.setCurrentIndex(index)
        self.measure_help = QLabel()
        self.measure_help.setWordWrap(True)
        self.measure_help.setStyleSheet("color:#52606d")
        self.period = _combo(PERIOD_TEXT, ind.period if ind else PeriodKind.QUARTER)
        self.baseline = QLineEdit("" if ind is None or ind.baseline is None
                                  else fmt_number(ind.baseline, language()))
        self.baseline.setMaximumWidth(160)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("Hvorfor ændres mål eller grænser? (gemmes i historikken)"))
        self.form.addRow(tr("Navn"), self.name)
        self.form.addRow(tr("Enhed"), self.unit)
        self.form.addRow(tr("Retning"), self.direction)
        self.form.addRow(tr("Kilde"), self.source)
        self.form.addRow(tr("Måling"), self.measure)
        self.form.addRow(tr("Opdeling"), self.parameter)
        self.form.addRow("", self.measure_help)
        self.form.addRow(tr("Periode"), self.period)
        self.form.addRow(tr("Udgangspunkt"), self.baseline)
        self.targets = make_table([tr("Fra periode"), tr("Mål"), tr("Gul-grænse")])
        self.values = make_table([tr("Periode"), tr("Værdi"), tr("Kilde/note")])
        if ind is not None:
            for t in m.targets(ind.id):
                add_row(self.targets, [period_label(t.period_start, ind.period),
                                             fmt_number(t.target, language()),
                                             fmt_number(t.amber_limit, language())])
            for v in m.measurements(ind.id):
                add_row(self.values, [period_label(v.period_start, ind.period),
                                            fmt_number(v.value, language()), v.source_note],
                              locked=ind.source is IndicatorSource.COMPUTED)
        self.extra.addWidget(QLabel(tr("Måltal (gælder fra perioden og frem til næste måltal)")))
        self.extra.addWidget(self.targets)
        self.extra.addLayout(row_buttons(self.targets))
        self.values_label = QLabel(tr("Målinger"))
        self.extra.addWidget(self.values_label)
        self.extra.addWidget(self.values)
        self.value_buttons = row_buttons(self.values)
        self.extra.addLayout(self.value_buttons)
        self.extra.addWidget(QLabel(tr("Begrundelse")))
        self.extra.addWidget(self.reason)
        self._connect_signals()
        self.on_source_current_index_changed()

    def _connect_signals(self) -> None:
        self.source.currentIndexChanged.connect(self.on_source_current_index_changed)
        self.measure.currentIndexChanged.connect(self.on_measure_current_index_changed)

    def on_source_current_index_changed(self, *_args: object) -> None:
        computed = self.source.currentData() == IndicatorSource.COMPUTED
        self.measure.setEnabled(computed)
        self.parameter.setEnabled(computed)
        self.values.setEnabled(not computed)
        for i in range(self.value_buttons.count()):
            widget = self.value_buttons.itemAt(i).widget()
            if widget is not None:
                widget.setEnabled(not computed)
        self.values_label.setText(tr("Målinger (beregnes fra CRM – kan ikke rettes her)")
                                  if computed else tr("Målinger"))
        self.on_measure_current_index_changed()

    def on_measure_current_index_changed(self, *_args: object) -> None:
        key = self.measure.currentData()
        computed = self.source.currentData() == IndicatorSource.COMPUTED
        if not computed or not key:
            self.measure_help.setText("")
            self.parameter.setEnabled(False)
            return
        measure = measures.get_measure(key)
        self.measure_help.setText(measure.description(language()))
        self.parameter.setEnabled(measure.parameter is not None)
        if not self.unit.text():
            self.unit.setText({"count": "antal", "days": "dage", "per consultant":
                               "pr. konsulent"}.get(measure.unit, measure.unit))
        if not self.name.text():
            self.name.setText(measure.name(language()))
        self.direction.setCurrentIndex(self.direction.findData(Direction(measure.direction)))

    def apply(self) -> None:
        m = self.editor.model
        kind = PeriodKind(self.period.currentData())
        source = IndicatorSource(self.source.currentData())
        key = self.measure.currentData() if source is IndicatorSource.COMPUTED else None
        if key:
            param = (self.parameter.currentText() or "").strip()
            if param and param != self.parameter.itemText(0) and measures.get_measure(key).parameter:
                key = f"{key}:{param}"
        baseline = None
        if self.baseline.text().strip():
            baseline = number(self.baseline.text(), "baseline", tr("Udgangspunkt"))
        targets = []
        for row in range(self.targets.rowCount()):
            cells = [cell(self.targets, row, c) for c in range(3)]
            if not any(cells):
                continue
            start = parse_period(cells[0], kind)
            target = number(cells[1], "target", tr("Mål"))
            amber = number(cells[2], "amber_limit", tr("Gul-grænse")) if cells[2] else target
            targets.append((start, target, amber))
        values = []
        if source is not IndicatorSource.COMPUTED:
            for row in range(self.values.rowCount()):
                cells = [cell(self.values, row, c) for c in range(3)]
                if not any(cells):
                    continue
                values.append((parse_period(cells[0], kind),
                               number(cells[1], "value", tr("Værdi")), cells[2]))
        fields = dict(name=self.name.text(), unit=self.unit.text(),
                      direction=self.direction.currentData(), source=source, measure_key=key,
                      period=kind, baseline=baseline)
        reason = self.reason.text()
        by = self.by

        def change() -> None:
            if self.indicator_id is None:
                ind = m.add_indicator(goal_id=self.goal_id, **fields)
                self.indicator_id = ind.id
            else:
                # A new period kind must fit the stored periods: drop those first.
                old = m.indicator(self.indicator_id)
                if old.period is not kind:
                    for t in m.targets(old.id):
                        m.remove_target(old.id, t.period_start, by=by, reason=reason)
                    for v in m.measurements(old.id):
                        m.remove_measurement(old.id, v.period_start, by=by, reason=reason)
                m.update_indicator(self.indicator_id, by=by, reason=reason, **fields)
            ind_id = self.indicator_id
            wanted = {start for start, _, _ in targets}
            for t in m.targets(ind_id):
                if t.period_start not in wanted:
                    m.remove_target(ind_id, t.period_start, by=by, reason=reason)
            for start, target, amber in targets:
                current = m.targets(ind_id)
                existing = next((t for t in current if t.period_start == start), None)
                if existing is None or (existing.target, existing.amber_limit) != (target, amber):
                    m.set_target(ind_id, start, target=target, amber_limit=amber, by=by,
                                 reason=reason)
            if source is not IndicatorSource.COMPUTED:
                kept = {start for start, _, _ in values}
                for v in m.measurements(ind_id):
                    if v.period_start not in kept:
                        m.remove_measurement(ind_id, v.period_start, by=by, reason=reason)
                for start, value, note in values:
                    m.add_measurement(ind_id, start, value, entered_by=by, source_note=note,
                                      reason=reason)

        created = self.indicator_id is None
        try:
            self.editor.run(tr("Ny indikator") if created else tr("Ret indikator"), change)
        except UserError:
            if created:
                self.indicator_id = None
            raise


# ---------------------------------------------------------------------- milestones


class MilestoneDialog(EditDialog):
    def __init__(self, *, editor: MapEditor, milestone_id: str | None = None,
                 goal_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(editor=editor, parent=parent,
                         title=tr("Ny milepæl") if milestone_id is None else tr("Ret milepæl"))
        m = editor.model
        ms = m.milestone(milestone_id) if milestone_id else None
        self.milestone_id = milestone_id
        self.text = QLineEdit(ms.text if ms else "")
        self.due = _date_edit(ms.due if ms else None)
        self.goal = QComboBox()
        self.goal.addItem(tr("(intet bestemt mål)"), None)
        for g in m.goals:
            self.goal.addItem(g.text, g.id)
        self.goal.setCurrentIndex(max(self.goal.findData(ms.goal_id if ms else goal_id), 0))
        self.status = _combo(MILESTONE_STATUS_TEXT, ms.status if ms else MilestoneStatus.PLANNED)
        self.reached_on = _date_edit(ms.reached_on if ms else None)
        self.reason = QLineEdit()
        self.form.addRow(tr("Milepæl"), self.text)
        self.form.addRow(tr("Frist"), self.due)
        self.form.addRow(tr("Mål"), self.goal)
        self.form.addRow(tr("Status"), self.status)
        self.form.addRow(tr("Nået den"), self.reached_on)
        self.form.addRow(tr("Begrundelse"), self.reason)
        self.resize(520, 260)

    def apply(self) -> None:
        m = self.editor.model
        fields = dict(text=self.text.text(), due=optional_date(self.due, "due"),
                      goal_id=self.goal.currentData(), status=self.status.currentData(),
                      reached_on=optional_date(self.reached_on, "reached_on"))
        if fields["due"] is None:
            raise ValidationError("Angiv milepælens frist.", "Give the milestone's due date.",
                                  field="due")
        if self.milestone_id is None:
            self.editor.run(tr("Ny milepæl"), lambda: m.add_milestone(**fields))
        else:
            self.editor.run(tr("Ret milepæl"), lambda: m.update_milestone(
                self.milestone_id, by=self.by, reason=self.reason.text(), **fields))


# ---------------------------------------------------------------------- working groups


class WorkingGroupDialog(EditDialog):
    def __init__(self, *, editor: MapEditor, group_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(editor=editor, parent=parent,
                         title=tr("Ny arbejdsgruppe") if group_id is None else tr("Ret arbejdsgruppe"))
        m = editor.model
        group = m.working_group(group_id) if group_id else None
        self.group_id = group_id
        self.name = QLineEdit(group.name if group else "")
        self.chair = QLineEdit(group.chair if group else "")
        self.members = QPlainTextEdit("\n".join(group.members) if group else "")
        self.members.setPlaceholderText(tr("Ét medlem pr. linje"))
        self.members.setFixedHeight(110)
        self.form.addRow(tr("Navn"), self.name)
        self.form.addRow(tr("Formand"), self.chair)
        self.form.addRow(tr("Medlemmer"), self.members)
        self.resize(480, 280)

    def apply(self) -> None:
        m = self.editor.model
        members = [line.strip() for line in self.members.toPlainText().splitlines() if line.strip()]
        fields = dict(name=self.name.text(), chair=self.chair.text(), members=members)
        if self.group_id is None:
            self.editor.run(tr("Ny arbejdsgruppe"), lambda: m.add_working_group(**fields))
        else:
            self.editor.run(tr("Ret arbejdsgruppe"),
                            lambda: m.update_working_group(self.group_id, **fields))


# ---------------------------------------------------------------------- initiatives


class InitiativeDialog(EditDialog):
    """Initiative (indsats) in a working group's action plan, with its tasks."""

    def __init__(self, *, editor: MapEditor, initiative_id: str | None = None,
                 goal_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(editor=editor, parent=parent,
                         title=tr("Ny indsats") if initiative_id is None else tr("Ret indsats"))
        self.resize(640, 600)
        m = editor.model
        ini = m.initiative(initiative_id) if initiative_id else None
        self.initiative_id = initiative_id
        self.title_edit = QLineEdit(ini.title if ini else "")
        self.group = QComboBox()
        self.group.addItem(tr("(ingen arbejdsgruppe)"), None)
        for g in m.working_groups:
            self.group.addItem(g.name, g.id)
        self.group.setCurrentIndex(max(self.group.findData(ini.working_group_id if ini else None), 0))
        self.start = _date_edit(ini.start if ini else None)
        self.end = _date_edit(ini.end if ini else None)
        self.status = _combo(INITIATIVE_STATUS_TEXT, ini.status if ini else InitiativeStatus.PLANNED)
        self.goals = QListWidget()
        self.goals.setFixedHeight(110)
        chosen = set(ini.goal_ids if ini else ((goal_id,) if goal_id else ()))
        for g in m.goals:
            item = QListWidgetItem(g.text)
            item.setData(Qt.ItemDataRole.UserRole, g.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if g.id in chosen else Qt.CheckState.Unchecked)
            self.goals.addItem(item)
        self.tasks = make_table([tr("Opgave"), tr("Ansvarlig"), tr("Frist"), tr("Udført")])
        for t in ini.tasks if ini else ():
            add_row(self.tasks, [t.title, t.owner, format_date(t.due),
                                                  tr("ja") if t.done else ""])
        self.reason = QLineEdit()
        self.form.addRow(tr("Titel"), self.title_edit)
        self.form.addRow(tr("Arbejdsgruppe"), self.group)
        self.form.addRow(tr("Start"), self.start)
        self.form.addRow(tr("Slut"), self.end)
        self.form.addRow(tr("Status"), self.status)
        self.form.addRow(tr("Skal flytte målene"), self.goals)
        self.extra.addWidget(QLabel(tr("Handleplan – opgaver (skriv «ja» i Udført, når den er løst)")))
        self.extra.addWidget(self.tasks)
        self.extra.addLayout(row_buttons(self.tasks))
        self.extra.addWidget(QLabel(tr("Begrundelse")))
        self.extra.addWidget(self.reason)

    def apply(self) -> None:
        m = self.editor.model
        goal_ids = [self.goals.item(i).data(Qt.ItemDataRole.UserRole)
                    for i in range(self.goals.count())
                    if self.goals.item(i).checkState() == Qt.CheckState.Checked]
        tasks = []
        for row in range(self.tasks.rowCount()):
            cells = [cell(self.tasks, row, c) for c in range(4)]
            if not any(cells):
                continue
            tasks.append(Task(title=cells[0], owner=cells[1], due=parse_date(cells[2], field="due"),
                              done=cells[3].casefold() in ("ja", "x", "yes", "✓", "1")))
        fields = dict(title=self.title_edit.text(), working_group_id=self.group.currentData(),
                      start=optional_date(self.start, "start"), end=optional_date(self.end, "end"),
                      status=self.status.currentData(), goal_ids=goal_ids, tasks=tasks)
        if self.initiative_id is None:
            self.editor.run(tr("Ny indsats"), lambda: m.add_initiative(**fields))
        else:
            self.editor.run(tr("Ret indsats"), lambda: m.update_initiative(
                self.initiative_id, by=self.by, reason=self.reason.text(), **fields))


# ---------------------------------------------------------------------- the map itself


class MapHeaderDialog(EditDialog):
    """Title, vision and year, starting point, owner, status, span and the ambassador rule,
    with the ambassadors per section."""

    def __init__(self, *, editor: MapEditor, parent: QWidget | None = None) -> None:
        super().__init__(editor=editor, parent=parent, title=tr("Kortets oplysninger"))
        self.resize(640, 640)
        m = editor.model
        h = m.header
        self.title_edit = QLineEdit(h.title)
        self.vision = QLineEdit(h.vision_text)
        self.year = QSpinBox()
        self.year.setRange(0, 2200)
        self.year.setSpecialValueText(tr("(intet)"))
        self.year.setValue(h.vision_year or 0)
        self.baseline = QPlainTextEdit(h.baseline_text)
        self.baseline.setFixedHeight(70)
        self.owner = QLineEdit(h.owner)
        self.status = _combo(MAP_STATUS_TEXT, h.status)
        self.span_start = _date_edit(h.span_start)
        self.span_end = _date_edit(h.span_end)
        self.minimum = QSpinBox()
        self.minimum.setRange(0, 100)
        self.minimum.setValue(m.min_per_section)
        self.reason = QLineEdit()
        self.ambassadors = make_table([tr("Medarbejder"), tr("Afsnit")])
        for a in m.ambassadors:
            add_row(self.ambassadors, [a.user, a.section])
        self.form.addRow(tr("Titel"), self.title_edit)
        self.form.addRow(tr("Vision"), self.vision)
        self.form.addRow(tr("Visionsår"), self.year)
        self.form.addRow(tr("Udgangspunkt (status A)"), self.baseline)
        self.form.addRow(tr("Ejer"), self.owner)
        self.form.addRow(tr("Status"), self.status)
        self.form.addRow(tr("Periode fra"), self.span_start)
        self.form.addRow(tr("Periode til"), self.span_end)
        self.form.addRow(tr("Mindst antal ambassadører pr. afsnit"), self.minimum)
        self.extra.addWidget(QLabel(tr("Ambassadører")))
        self.extra.addWidget(self.ambassadors)
        self.extra.addLayout(row_buttons(self.ambassadors))
        self.extra.addWidget(QLabel(tr("Begrundelse")))
        self.extra.addWidget(self.reason)

    def apply(self) -> None:
        m = self.editor.model
        fields = dict(title=self.title_edit.text(), vision_text=self.vision.text(),
                      vision_year=self.year.value() or None,
                      baseline_text=self.baseline.toPlainText(), owner=self.owner.text(),
                      status=self.status.currentData(),
                      span_start=optional_date(self.span_start, "span_start"),
                      span_end=optional_date(self.span_end, "span_end"))
        people = []
        for row in range(self.ambassadors.rowCount()):
            user = cell(self.ambassadors, row, 0)
            section = cell(self.ambassadors, row, 1)
            if user or section:
                people.append((user, section))
        reason, by, minimum = self.reason.text(), self.by, self.minimum.value()

        def change() -> None:
            m.update_map(by=by, reason=reason, **fields)
            if minimum != m.min_per_section:
                m.set_min_per_section(minimum, by=by, reason=reason)
            if [(a.user, a.section) for a in m.ambassadors] != people:
                for a in m.ambassadors:
                    m.remove_ambassador(a.user)
                for user, section in people:
                    m.add_ambassador(user, section)

        self.editor.run(tr("Ret kortets oplysninger"), change)


# ---------------------------------------------------------------------- new maps


class NewMapDialog(QDialog):
    """A new, empty map: title, vision and year, optionally the four usual focus areas."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Nyt strategikort"))
        self.title_edit = QLineEdit()
        self.vision = QLineEdit()
        self.year = QSpinBox()
        self.year.setRange(1900, 2200)
        self.year.setValue(date.today().year + 4)
        self.default_areas = QCheckBox(tr("Start med fire fokusområder: virksomhedskontakt, "
                                          "borgerkontakt, internt og tværgående samarbejde"))
        self.default_areas.setChecked(True)
        form = QFormLayout()
        form.addRow(tr("Titel"), self.title_edit)
        form.addRow(tr("Vision"), self.vision)
        form.addRow(tr("Visionsår"), self.year)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color:#b00020")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.default_areas)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(520, 200)

    def accept(self) -> None:
        if not self.title_edit.text().strip():
            self.error_label.setText(tr("Giv kortet en titel."))
            self.error_label.show()
            return
        super().accept()

    def build(self):  # noqa: ANN201
        """The new domain map (not yet stored)."""
        from ...domain.strategy import StrategyMap

        year = self.year.value()
        m = StrategyMap(title=self.title_edit.text(), vision_text=self.vision.text(),
                        vision_year=year, span_start=date(date.today().year, 1, 1),
                        span_end=date(year, 12, 31))
        if self.default_areas.isChecked():
            for n, name in enumerate(DEFAULT_AREAS, start=1):
                m.add_focus_area(name=name, order=n)
        return m


class TemplateDialog(QDialog):
    """"Nyt kort fra skabelon": choose a shipped template and the year the map starts."""

    def __init__(self, templates, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setWindowTitle(tr("Nyt kort fra skabelon"))
        self.list = QListWidget()
        self.list.setObjectName("template_list")
        for info in templates:
            item = QListWidgetItem(info.title)
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            item.setToolTip(info.description.split("\n\n")[0])
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setStyleSheet("color:#52606d")
        self.start_year = QSpinBox()
        self.start_year.setRange(1900, 2200)
        self.start_year.setValue(date.today().year)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout()
        form.addRow(tr("Kortet starter i år"), self.start_year)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Skabeloner (eksempler – tekster og tal er opdigtede og skal "
                                   "tilpasses):")))
        layout.addWidget(self.list)
        layout.addWidget(self.description)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.templates = {info.name: info for info in templates}
        self.list.currentItemChanged.connect(self.on_list_current_item_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.on_list_current_item_changed()
        self.resize(560, 420)

    def on_list_current_item_changed(self, *_args: object) -> None:
        name = self.chosen()
        info = self.templates.get(name) if name else None
        text = info.description.split("\n\n")[0] if info else ""
        self.description.setText(text)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None


class PrintDialog(QDialog):
    """Print the map as a poster (A3/A4 landscape) with or without the briefing pages."""

    preview_requested = Signal(str, bool)
    save_requested = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Udskriv strategikort"))
        self.paper = QComboBox()
        self.paper.addItem(tr("A3 liggende (plakat til væggen)"), "A3")
        self.paper.addItem(tr("A4 liggende (uddeling)"), "A4")
        self.briefing = QCheckBox(tr("Med briefingsider: indikatorer med grafer, milepæle, "
                                     "handleplaner og ambassadører"))
        self.briefing.setChecked(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.preview_button = QPushButton(tr("Vis udskrift…"))
        self.save_button = QPushButton(tr("Gem som PDF…"))
        close = QPushButton(tr("Luk"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        form = QFormLayout()
        form.addRow(tr("Papir"), self.paper)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.briefing)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.preview_button.clicked.connect(
            lambda: self.preview_requested.emit(self.paper.currentData(), self.briefing.isChecked()))
        self.save_button.clicked.connect(
            lambda: self.save_requested.emit(self.paper.currentData(), self.briefing.isChecked()))
        close.clicked.connect(self.reject)
        self.resize(520, 170)
