"""Create or edit a job order (jobordre): the occupation is picked from DISCO-08 by search,
requirements are listed one per line (skill, certificate, driving licence or language; each
a must or a wish)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
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

from ...domain.refdata import ReferenceData
from ...services.joborders import REQUIREMENT_KINDS, JobOrderDetail, JobOrderInput, RequirementInput
from ..widgets import company_labels as labels
from ..worker import DbWorker
from .forms import DateField, FormDialog


class OccupationPicker(QWidget):
    """Search DISCO-08 by words ("svejs") or code prefix ("72"); the list shows the matches and
    the chosen occupation is shown below it."""

    def __init__(self, reference: ReferenceData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ref = reference
        self._code = ""
        self.search = QLineEdit()
        self.search.setObjectName("disco_search")
        self.search.setPlaceholderText(self.tr("Søg stillingsbetegnelse eller DISCO-kode …"))
        self.search.setToolTip(self.tr("Søger i titlerne i stillingslisten (DISCO-08) og i koderne, "
                                       "fx «7212» eller «weld»."))
        self.results = QListWidget()
        self.results.setObjectName("disco_results")
        self.results.setFixedHeight(96)
        self.chosen = QLabel()
        self.chosen.setObjectName("disco_chosen")
        self.chosen.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.chosen)
        self._connect_signals()
        self._show_chosen()

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self.on_search_text_changed)
        self.results.currentItemChanged.connect(self.on_results_current_item_changed)

    def on_search_text_changed(self, text: str) -> None:
        self.results.clear()
        for occupation in self._ref.search_occupations(text, limit=25):
            item = QListWidgetItem(f"{occupation.code}  {occupation.title}")
            item.setData(Qt.ItemDataRole.UserRole, occupation.code)
            self.results.addItem(item)

    def on_results_current_item_changed(self, current: QListWidgetItem | None, _previous) -> None:  # noqa: ANN001
        if current is not None:
            self.set_code(current.data(Qt.ItemDataRole.UserRole))

    def set_code(self, code: str) -> None:
        self._code = code or ""
        self._show_chosen()

    def code(self) -> str:
        return self._code

    def _show_chosen(self) -> None:
        occupation = self._ref.occupation(self._code) if self._code else None
        if occupation is not None:
            self.chosen.setText(self.tr("Valgt: <b>{code} {title}</b>").format(
                code=occupation.code, title=occupation.title))
        elif self._code:
            self.chosen.setText(self.tr("Valgt: {code} (ukendt kode)").format(code=self._code))
        else:
            self.chosen.setText(self.tr("Ingen stillingskode valgt"))


class RequirementsEditor(QWidget):
    """One requirement per row: kind, text, level and whether it is a must."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("requirements")
        self.table.setHorizontalHeaderLabels([self.tr("Type"), self.tr("Krav"), self.tr("Niveau"),
                                              self.tr("Skal")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 120)
        self.table.setColumnWidth(2, 90)
        self.table.setColumnWidth(3, 44)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setFixedHeight(130)
        self.add_button = QPushButton(self.tr("Tilføj krav"))
        self.remove_button = QPushButton(self.tr("Fjern valgte"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.remove_button.clicked.connect(self.on_remove_button_clicked)

    def on_add_button_clicked(self) -> None:
        self.add_requirement(RequirementInput("skill", ""))
        self.table.editItem(self.table.item(self.table.rowCount() - 1, 1))

    def on_remove_button_clicked(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)

    def add_requirement(self, requirement: RequirementInput) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        kind = QComboBox()
        for code in REQUIREMENT_KINDS:
            kind.addItem(labels.requirement_kind(code), code)
        kind.setCurrentIndex(max(0, kind.findData(requirement.kind)))
        self.table.setCellWidget(row, 0, kind)
        self.table.setItem(row, 1, QTableWidgetItem(requirement.value))
        self.table.setItem(row, 2, QTableWidgetItem(requirement.level))
        hard = QCheckBox()
        hard.setChecked(requirement.hard)
        hard.setToolTip(self.tr("Skal-krav (ellers et ønske)"))
        holder = QWidget()
        holder_layout = QHBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        holder_layout.addWidget(hard)
        self.table.setCellWidget(row, 3, holder)

    def set_requirements(self, requirements: Sequence[RequirementInput]) -> None:
        self.table.setRowCount(0)
        for requirement in requirements:
            self.add_requirement(requirement)

    def requirements(self) -> tuple[RequirementInput, ...]:
        out = []
        for row in range(self.table.rowCount()):
            kind = self.table.cellWidget(row, 0).currentData()
            value = (self.table.item(row, 1).text() if self.table.item(row, 1) else "").strip()
            level = (self.table.item(row, 2).text() if self.table.item(row, 2) else "").strip()
            hard = self.table.cellWidget(row, 3).findChild(QCheckBox).isChecked()
            if value:
                out.append(RequirementInput(kind, value, level, hard))
        return tuple(out)


class JobOrderDialog(FormDialog):
    def __init__(self, *, worker: DbWorker, save: Callable[[JobOrderInput], object],
                 reference: ReferenceData, schemes: Sequence[tuple[str, str]],
                 job: JobOrderDetail | None = None, default_postcode: str = "",
                 parent: QWidget | None = None) -> None:
        self._ref = reference
        self._schemes = schemes
        self._job = job
        self._default_postcode = default_postcode
        title = self.tr("Redigér jobordre") if job else self.tr("Ny jobordre")
        super().__init__(worker=worker, save=save, title=title,
                         changes={"job_orders", "companies"}, parent=parent)
        self.setMinimumWidth(600)

    def build(self) -> None:
        j = self._job
        self.line("title", self.tr("Stillingsbetegnelse"), j.title if j else "", 300)
        self.picker = OccupationPicker(self._ref)
        self.picker.set_code(j.disco_code if j else "")
        self.add("disco_code", self.tr("Stillingskode (DISCO-08)"), self.picker)
        numbers = QWidget()
        row = QHBoxLayout(numbers)
        row.setContentsMargins(0, 0, 0, 0)
        self.positions = QSpinBox()
        self.positions.setRange(1, 10_000)
        self.positions.setValue(j.positions if j else 1)
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 60)
        self.hours.setDecimals(1)
        self.hours.setSpecialValueText(self.tr("(ikke angivet)"))
        self.hours.setValue(j.hours_per_week or 0 if j else 37)
        row.addWidget(QLabel(self.tr("Antal stillinger")))
        row.addWidget(self.positions)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("Timer pr. uge")))
        row.addWidget(self.hours)
        row.addStretch(1)
        self.add("positions", self.tr("Omfang"), numbers)
        self.fields["hours_per_week"] = self.hours
        postcode = self.line("location_postcode", self.tr("Arbejdssted, postnr."),
                             j.location_postcode if j else self._default_postcode, 4)
        postcode.setFixedWidth(80)
        dates = QWidget()
        row = QHBoxLayout(dates)
        row.setContentsMargins(0, 0, 0, 0)
        self.start = DateField("start_date", value=j.start_date if j else None)
        self.deadline = DateField("deadline", value=j.deadline if j else None)
        row.addWidget(QLabel(self.tr("Start")))
        row.addWidget(self.start)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("Frist")))
        row.addWidget(self.deadline)
        row.addStretch(1)
        self.add("dates", self.tr("Datoer"), dates)
        self.fields["start_date"] = self.start
        self.fields["deadline"] = self.deadline
        # A wrapping flow of check items: scheme names are long and vary, so a fixed grid
        # would cut them off.
        self.scheme_list = QListWidget()
        self.scheme_list.setFlow(QListView.Flow.LeftToRight)
        self.scheme_list.setWrapping(True)
        self.scheme_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.scheme_list.setSpacing(2)
        self.scheme_list.setFixedHeight(92)
        chosen = set(j.schemes_allowed) if j else {"ORD"}
        for code, name in self._schemes:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
            self.scheme_list.addItem(item)
        self.add("schemes_allowed", self.tr("Mulige ordninger"), self.scheme_list)
        self.requirements = RequirementsEditor()
        if j:
            self.requirements.set_requirements(j.requirements)
        self.add("requirements", self.tr("Krav"), self.requirements)
        description = QPlainTextEdit(j.description if j else "")
        description.setFixedHeight(70)
        description.setTabChangesFocus(True)
        self.add("description", self.tr("Beskrivelse"), description)

    def chosen_schemes(self) -> tuple[str, ...]:
        items = (self.scheme_list.item(i) for i in range(self.scheme_list.count()))
        return tuple(i.data(Qt.ItemDataRole.UserRole) for i in items
                     if i.checkState() == Qt.CheckState.Checked)

    def collect(self) -> JobOrderInput:
        f = self.fields
        hours = self.hours.value()
        start, deadline = self.start.value(), self.deadline.value()
        return JobOrderInput(
            title=f["title"].text(), disco_code=self.picker.code(),
            positions=self.positions.value(), hours_per_week=hours or None,
            location_postcode=f["location_postcode"].text(), start_date=start, deadline=deadline,
            description=f["description"].toPlainText(),
            schemes_allowed=self.chosen_schemes(),
            requirements=self.requirements.requirements(),
            workplace_id=self._job.workplace_id if self._job else None,
            consultant_id=self._job.consultant_id if self._job else None,
        )
