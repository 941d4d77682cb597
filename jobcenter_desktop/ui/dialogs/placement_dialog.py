"""Start or edit a placement (forløb) with the compliance check beside the form.

Every change of the form is checked again (debounced, on the DB worker) against the dated rules:
eligibility and waiting period, duration cap, ratio rule at the P-number, net additional
employment for løntilskud, the employee representative's statement. Each check shows ✓/✗/?,
its rule text, source and whether the rule is verified. While a check fails, the placement can
only be saved as planned; the service enforces the same rule.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.dates import format_date, parse_date
from ...domain.errors import UserError, ValidationError
from ...services.compliance import ComplianceReport
from ...services.placements import (
    FollowUpItem,
    FormOptions,
    PlacementDetail,
    PlacementInput,
    PlacementService,
)
from ..models.match_models import ChecksModel
from ..worker import DbWorker
from .forms import ERROR_STYLE, DateField
from .messages import show_error, user_message
from .vitas_dialog import VitasDialog


class PlacementDialog(QDialog):
    """``PlacementDialog(options=..., defaults=PlacementInput(...))`` for a new placement, or
    with ``detail=`` to edit one. Emits ``saved(PlacementDetail)``."""

    saved = Signal(object)

    def __init__(self, *, worker: DbWorker, service: PlacementService, options: FormOptions,
                 defaults: PlacementInput | None = None, detail: PlacementDetail | None = None,
                 note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.service = service
        self.options = options
        self.detail = detail
        self.base = detail.as_input() if detail is not None else defaults
        if self.base is None:
            raise ValueError("PlacementDialog needs defaults or a detail")
        self.report: ComplianceReport | None = None
        self._generation = 0
        self._saving = False
        self.setWindowTitle(self.tr("Redigér forløb") if detail else self.tr("Start forløb"))
        self.resize(1240, 780)
        self._build(note)
        self._fill(self.base)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(350)
        self._connect_signals()
        self.schedule_check()

    # ------------------------------------------------------------------ layout
    def _build(self, note: str) -> None:
        o = self.options
        header = QLabel(f"<b>{o.candidate_label} {o.candidate_name}</b> &nbsp;→&nbsp; <b>{o.company_name}</b>"
                        + (f" &nbsp;<span style='color:#555'>({self.tr('offentlig') if o.sector == 'public' else self.tr('privat')} "
                           f"{self.tr('arbejdsgiver')})</span>" if o.sector else ""))
        header.setObjectName("placement_header")
        self.note_label = QLabel(note)
        self.note_label.setWordWrap(True)
        self.note_label.setVisible(bool(note))
        self.note_label.setStyleSheet("color:#555")

        self.fields: dict[str, QWidget] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.scheme = QComboBox()
        for choice in o.schemes:
            star = " ★" if choice.id in o.schemes_allowed else ""
            self.scheme.addItem(f"{choice.text} ({choice.id}){star}", choice.id)
        self.scheme.setToolTip(self.tr("★ = ordning jobordren tillader"))
        self._add(form, "scheme_code", self.tr("Ordning"), self.scheme)
        self.target_group = QComboBox()
        own = o.target_group_code
        self.target_group.addItem(self.tr("Borgerens målgruppe på startdatoen") + (f" ({own})" if own else
                                                                                 self.tr(" (ukendt)")), "")
        for choice in o.target_groups:
            self.target_group.addItem(choice.text, choice.id)
        self._add(form, "target_group_code", self.tr("Målgruppe"), self.target_group)
        dates = QHBoxLayout()
        self.start = DateField("start", required=True)
        self.planned_end = DateField("planned_end")
        self.longest = QPushButton(self.tr("Længst"))
        self.longest.setObjectName("longest_end")
        self.longest.setToolTip(self.tr("Sæt planlagt slut til den længste varighed reglerne tillader"))
        dates.addWidget(self.start)
        dates.addWidget(QLabel(self.tr("til")))
        dates.addWidget(self.planned_end)
        dates.addWidget(self.longest)
        dates.addStretch(1)
        self.fields["start"] = self.start
        self.fields["planned_end"] = self.planned_end
        form.addRow(self.tr("Periode"), dates)
        self.hours = QLineEdit()
        self.hours.setMaximumWidth(80)
        self._add(form, "hours_per_week", self.tr("Timer pr. uge"), self.hours)
        self.workplace = QComboBox()
        self.workplace.addItem(self.tr("— vælg P-nummer —"), "")
        for choice in o.workplaces:
            self.workplace.addItem(choice.text, choice.id)
        self._add(form, "workplace_id", self.tr("Arbejdssted"), self.workplace)
        self.supervisor = QComboBox()
        self.supervisor.addItem(self.tr("— ingen valgt —"), "")
        for choice in o.contacts:
            self.supervisor.addItem(choice.text + (self.tr(" – tillidsrepræsentant") if choice.extra == "tr" else ""),
                                    choice.id)
        self._add(form, "supervisor_contact_id", self.tr("Vejleder"), self.supervisor)
        self.mentor = QLineEdit()
        self.mentor.setMaxLength(200)
        self._add(form, "mentor", self.tr("Mentor"), self.mentor)
        self.purpose = QPlainTextEdit()
        self.purpose.setPlaceholderText(self.tr("Formål med forløbet (fx afklaring, oplæring, vej mod job)"))
        self.purpose.setFixedHeight(64)
        self._add(form, "purpose", self.tr("Formål"), self.purpose)
        self.goals = QPlainTextEdit()
        self.goals.setPlaceholderText(self.tr("Ét læringsmål pr. linje"))
        self.goals.setFixedHeight(56)
        self._add(form, "learning_goals", self.tr("Læringsmål"), self.goals)
        self.follow_ups = QPlainTextEdit()
        self.follow_ups.setPlaceholderText(self.tr("dd-mm-åååå tekst – én opfølgning pr. linje"))
        self.follow_ups.setFixedHeight(56)
        self._add(form, "follow_ups", self.tr("Opfølgning"), self.follow_ups)

        self.net_box = QGroupBox(self.tr("Merbeskæftigelse (løntilskud)"))
        net = QFormLayout(self.net_box)
        self.net_by = QLineEdit()
        self.net_by.setPlaceholderText(self.tr("Navn og rolle hos arbejdsgiveren"))
        self.net_at = DateField("net_expansion_at")
        self.net_text = QLineEdit()
        self.net_text.setPlaceholderText(self.tr("Fx: Stillingen er ny; ingen er afskediget de seneste 3 måneder"))
        self.vacancy = QComboBox()
        for text, value in ((self.tr("Ukendt"), None), (self.tr("Nej"), False), (self.tr("Ja"), True)):
            self.vacancy.addItem(text, value)
        net.addRow(self.tr("Erklæring fra"), self.net_by)
        net.addRow(self.tr("Dato"), self.net_at)
        net.addRow(self.tr("Erklæring"), self.net_text)
        net.addRow(self.tr("Ledig pga. afsked/opsigelse\ninden for 3 måneder?"), self.vacancy)
        for name, widget in (("net_expansion_by", self.net_by), ("net_expansion_at", self.net_at),
                             ("net_expansion_text", self.net_text), ("recent_vacancy", self.vacancy)):
            self.fields[name] = widget
        self.rep_box = QGroupBox(self.tr("Udtalelse fra medarbejderrepræsentant"))
        rep = QFormLayout(self.rep_box)
        self.rep_by = QLineEdit()
        self.rep_at = DateField("rep_statement_at")
        self.rep_text = QLineEdit()
        rep.addRow(self.tr("Givet af"), self.rep_by)
        rep.addRow(self.tr("Dato"), self.rep_at)
        rep.addRow(self.tr("Udtalelse"), self.rep_text)
        for name, widget in (("rep_statement_by", self.rep_by), ("rep_statement_at", self.rep_at),
                             ("rep_statement_text", self.rep_text)):
            self.fields[name] = widget

        form_widget = QWidget()
        form_layout = QVBoxLayout(form_widget)
        form_layout.addLayout(form)
        form_layout.addWidget(self.net_box)
        form_layout.addWidget(self.rep_box)
        form_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(500)
        scroll.setWidget(form_widget)

        self.checks_model = ChecksModel(self)
        self.checks = QTableView()
        self.checks.setObjectName("compliance_checks")
        self.checks.setModel(self.checks_model)
        self.checks.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.checks.setWordWrap(True)
        self.checks.verticalHeader().hide()
        self.checks.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.checks.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() * 3 + 8)
        self.checks.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.checks.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((26, 330, 170, 90)):
            self.checks.setColumnWidth(col, width)
        self.verdict = QLabel(self.tr("Kontrollerer …"))
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.vitas_button = QPushButton(self.tr("VITAS-oplysninger …"))
        self.vitas_button.setObjectName("vitas")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel("<b>" + self.tr("Kontrol af regler før besøget") + "</b>")
        right_layout.addWidget(title)
        right_layout.addWidget(self.verdict)
        right_layout.addWidget(self.checks, 1)
        legend = QLabel(self.tr("✓ opfyldt · ✗ ikke opfyldt · ? ukendt · i oplysning. Kontrollen samler "
                                "oplysninger og er ikke en juridisk afgørelse."))
        legend.setWordWrap(True)
        legend.setStyleSheet("color:#555")
        right_layout.addWidget(legend)
        right_layout.addWidget(self.vitas_button, 0, Qt.AlignmentFlag.AlignLeft)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setSizes([540, 680])
        splitter.setStretchFactor(1, 1)

        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color:#b00020")
        self.error_label.setVisible(False)
        self.save_planned = QPushButton(self.tr("Gem som planlagt"))
        self.save_planned.setObjectName("save_planned")
        self.save_active = QPushButton(self.tr("Gem og start (aktiv)"))
        self.save_active.setObjectName("save_active")
        self.cancel_button = QPushButton(self.tr("Annullér"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_planned)
        buttons.addWidget(self.save_active)
        if self.detail is not None:
            self.save_planned.setText(self.tr("Gem"))
            self.save_active.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.note_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

    def _add(self, form: QFormLayout, name: str, label: str, widget: QWidget) -> None:
        if isinstance(widget, QComboBox):
            # Long scheme and group names must not widen the form beyond the dialog.
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(24)
        self.fields[name] = widget
        form.addRow(label, widget)

    def _fill(self, data: PlacementInput) -> None:
        self.scheme.setCurrentIndex(max(0, self.scheme.findData(data.scheme_code)))
        self.target_group.setCurrentIndex(max(0, self.target_group.findData(data.target_group_code or "")))
        self.start.set_value(data.start)
        self.planned_end.set_value(data.planned_end)
        self.hours.setText("" if data.hours_per_week is None else f"{data.hours_per_week:g}".replace(".", ","))
        self.workplace.setCurrentIndex(max(0, self.workplace.findData(data.workplace_id or "")))
        self.supervisor.setCurrentIndex(max(0, self.supervisor.findData(data.supervisor_contact_id or "")))
        self.mentor.setText(data.mentor)
        self.purpose.setPlainText(data.purpose)
        self.goals.setPlainText("\n".join(data.learning_goals))
        self.follow_ups.setPlainText("\n".join(f"{format_date(f.due)} {f.text}" for f in data.follow_ups))
        self.net_by.setText(data.net_expansion_confirmed_by)
        self.net_at.set_value(data.net_expansion_confirmed_at)
        self.net_text.setText(data.net_expansion_text)
        self.vacancy.setCurrentIndex({None: 0, False: 1, True: 2}[data.recent_vacancy])
        self.rep_by.setText(data.rep_statement_by)
        self.rep_at.set_value(data.rep_statement_at)
        self.rep_text.setText(data.rep_statement_text)

    def _connect_signals(self) -> None:
        for widget in (self.scheme, self.target_group, self.workplace, self.supervisor, self.vacancy):
            widget.currentIndexChanged.connect(self.on_field_changed)
        for widget in (self.start, self.planned_end, self.hours, self.mentor, self.net_by, self.net_at,
                       self.net_text, self.rep_by, self.rep_at, self.rep_text):
            widget.textChanged.connect(self.on_field_changed)
        for widget in (self.purpose, self.goals, self.follow_ups):
            widget.textChanged.connect(self.on_field_changed)
        self._check_timer.timeout.connect(self.on_check_timer_timeout)
        self.longest.clicked.connect(self.on_longest_clicked)
        self.vitas_button.clicked.connect(self.on_vitas_button_clicked)
        self.save_planned.clicked.connect(self.on_save_planned_clicked)
        self.save_active.clicked.connect(self.on_save_active_clicked)
        self.cancel_button.clicked.connect(self.reject)

    # ------------------------------------------------------------------ reading the form
    def collect(self) -> PlacementInput:
        """The form as service input; raises ``ValidationError`` naming the field."""
        hours_text = self.hours.text().strip().replace(",", ".")
        try:
            hours = float(hours_text) if hours_text else None
        except ValueError:
            raise ValidationError("Timer pr. uge skal være et tal.", "Hours must be a number.",
                                  field="hours_per_week") from None
        follow_ups = []
        for line in self.follow_ups.toPlainText().splitlines():
            if not line.strip():
                continue
            first, _, rest = line.strip().partition(" ")
            due = parse_date(first, field="follow_ups")
            follow_ups.append(FollowUpItem(due, rest.strip() or self.tr("Opfølgning")))
        goals = tuple(g.strip(" -•\t") for g in self.goals.toPlainText().splitlines() if g.strip(" -•\t"))
        return replace(
            self.base,
            scheme_code=self.scheme.currentData() or "",
            target_group_code=self.target_group.currentData() or None,
            start=self.start.value(),
            planned_end=self.planned_end.value(),
            hours_per_week=hours,
            workplace_id=self.workplace.currentData() or None,
            supervisor_contact_id=self.supervisor.currentData() or None,
            mentor=self.mentor.text().strip(),
            purpose=self.purpose.toPlainText().strip(),
            learning_goals=goals,
            follow_ups=tuple(follow_ups),
            net_expansion_confirmed_by=self.net_by.text().strip(),
            net_expansion_confirmed_at=self.net_at.value(),
            net_expansion_text=self.net_text.text().strip(),
            recent_vacancy=self.vacancy.currentData(),
            rep_statement_by=self.rep_by.text().strip(),
            rep_statement_at=self.rep_at.value(),
            rep_statement_text=self.rep_text.text().strip(),
        )

    # ------------------------------------------------------------------ checking
    def schedule_check(self) -> None:
        self._check_timer.start()

    def on_field_changed(self, *_args: Any) -> None:
        self.schedule_check()

    def on_check_timer_timeout(self) -> None:
        self.run_check()

    def run_check(self) -> None:
        self.clear_errors()
        try:
            data = self.collect()
        except UserError as exc:
            self.show_user_error(exc)
            self.verdict.setText(self.tr("Ret formularen for at se kontrollen."))
            self.save_active.setEnabled(False)
            return
        self._generation += 1
        generation = self._generation
        placement_id = self.detail.id if self.detail else None
        self.verdict.setText(self.tr("Kontrollerer …"))
        self.worker.run(lambda: self.service.check(data, placement_id),
                        on_success=lambda report: self._on_report(generation, report),
                        on_failure=lambda exc: self._on_check_failed(generation, exc))

    def _on_report(self, generation: int, report: ComplianceReport) -> None:
        if generation != self._generation:
            return  # the form changed meanwhile; a newer check is on its way
        self.report = report
        self.checks_model.set_rows(report.checks)
        self.net_box.setVisible(report.net_additional is not None)
        self.rep_box.setVisible(report.needs_employee_rep)
        failed, unknown = len(report.failed), len(report.unknown)
        if failed:
            self.verdict.setText(self.tr("✗ {n} kontrol(ler) fejler – forløbet kan kun gemmes som planlagt.")
                                 .format(n=failed))
            self.verdict.setStyleSheet("color:#b00020; font-weight:bold")
        elif unknown:
            self.verdict.setText(self.tr("? {n} kontrol(ler) kan ikke afgøres endnu – indhent oplysningerne før start.")
                                 .format(n=unknown))
            self.verdict.setStyleSheet("color:#a15c00; font-weight:bold")
        else:
            self.verdict.setText(self.tr("✓ Alle kontroller er opfyldt."))
            self.verdict.setStyleSheet("color:#1b7a3a; font-weight:bold")
        today = datetime.now(UTC).date()
        self.save_active.setEnabled(not failed and report.start <= today)
        if failed:
            self.save_active.setToolTip(self.tr("En kontrol fejler: kun planlagt er muligt"))
        elif report.start > today:
            self.save_active.setToolTip(self.tr("Forløbet starter først {d}").format(d=format_date(report.start)))
        else:
            self.save_active.setToolTip("")
        self.longest.setEnabled(report.eligibility.last_day is not None)

    def _on_check_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if isinstance(exc, UserError):
            self.show_user_error(exc)
            self.verdict.setText(self.tr("Ret formularen for at se kontrollen."))
            self.save_active.setEnabled(False)
        else:
            show_error(self, exc)

    def on_longest_clicked(self) -> None:
        if self.report is not None and self.report.eligibility.last_day is not None:
            self.planned_end.set_value(self.report.eligibility.last_day)

    # ------------------------------------------------------------------ VITAS
    def on_vitas_button_clicked(self) -> None:
        try:
            data = self.collect()
        except UserError as exc:
            self.show_user_error(exc)
            return
        placement_id = self.detail.id if self.detail else None
        self.worker.run(lambda: self.service.vitas_sheet_for(data, placement_id),
                        on_success=self._open_vitas, on_failure=self._on_save_failed)

    def _open_vitas(self, sheet: Any) -> None:
        self.vitas_dialog = VitasDialog(sheet=sheet, parent=self)
        self.vitas_dialog.open()

    # ------------------------------------------------------------------ saving
    def on_save_planned_clicked(self) -> None:
        self.save("planned")

    def on_save_active_clicked(self) -> None:
        self.save("active")

    def save(self, status: str) -> None:
        if self._saving:
            return
        self.clear_errors()
        try:
            data = self.collect()
        except UserError as exc:
            self.show_user_error(exc)
            return
        self._saving = True
        detail = self.detail
        if detail is None:
            def work() -> PlacementDetail:
                return self.service.create(data, status)
        else:
            def work() -> PlacementDetail:
                return self.service.update(detail.id, detail.version, data)
        self.worker.run(work, on_success=self._on_saved, on_failure=self._on_save_failed,
                        changes={"placements"})

    def _on_saved(self, detail: PlacementDetail) -> None:
        self._saving = False
        self.saved.emit(detail)
        self.accept()

    def _on_save_failed(self, exc: BaseException) -> None:
        self._saving = False
        if user_message(exc) is None:
            show_error(self, exc)
            return
        self.show_user_error(exc)  # type: ignore[arg-type]

    def clear_errors(self) -> None:
        self.error_label.setVisible(False)
        for widget in self.fields.values():
            widget.setStyleSheet("")

    def show_user_error(self, exc: UserError) -> None:
        self.error_label.setText(user_message(exc) or str(exc))
        self.error_label.setVisible(True)
        name = {"net_expansion_at": "net_expansion_at", "net_expansion_by": "net_expansion_by",
                "status": "scheme_code"}.get(exc.field or "", exc.field or "")
        widget = self.fields.get(name)
        if widget is not None:
            widget.setStyleSheet(ERROR_STYLE)
            widget.setFocus()

