"""Create or edit a citizen's profile (borgerprofil).

The form collects what matching and placement need and nothing more. The service validates
on save (on the DB worker); its field errors appear at the field, on the right page. The CPR
field is optional and never shows the stored number: an edit shows it masked as a hint and
only a typed number replaces it. Restrictions carry a standing hint: neutral, work-related
words, no diagnoses.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import ConflictError, UserError, ValidationError
from ...services.candidates import (
    DRIVING_LICENCES,
    LANGUAGE_LEVELS,
    READINESS,
    CandidateDetail,
    CandidateInput,
    Consultant,
    ExperienceInput,
)
from ..models.candidate_models import EditableTableModel, EditColumn
from ..widgets.candidate_fields import DateField, OccupationPicker, TagEditor, TargetGroupChooser
from ..worker import DbWorker
from .messages import language, show_error


@dataclass(frozen=True)
class ProfileChoices:
    """Pick lists fetched from the store before the dialog opens."""

    consultants: Sequence[Consultant] = ()
    tags: Sequence[str] = ()
    languages: Sequence[str] = ()


class _ChoiceDelegate(QStyledItemDelegate):
    """A combo box editor for a column with fixed choices (language level)."""

    def __init__(self, choices: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = list(choices)

    def createEditor(self, parent, _option, _index):  # noqa: ANN001, ANN201, N802
        combo = QComboBox(parent)
        combo.addItems(self.choices)
        return combo

    def setEditorData(self, editor, index) -> None:  # noqa: ANN001, N802
        editor.setCurrentIndex(max(0, editor.findText(index.data() or "")))

    def setModelData(self, editor, model, index) -> None:  # noqa: ANN001, N802
        model.setData(index, editor.currentText())


class CandidateDialog(QDialog):
    """``save(data, base)`` runs on the worker; ``base`` is None for a new citizen."""

    def __init__(
        self,
        *,
        worker: DbWorker,
        reference,  # noqa: ANN001 - domain ReferenceData
        rulebook,  # noqa: ANN001 - domain RuleBook
        save: Callable[[CandidateInput, CandidateDetail | None], CandidateDetail],
        reload: Callable[[str], CandidateDetail] | None = None,
        base: CandidateDetail | None = None,
        choices: ProfileChoices = ProfileChoices(),  # noqa: B008 - frozen
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._save = save
        self._reload = reload
        self.reference = reference
        self.rulebook = rulebook
        self.base = base
        self.choices = choices
        self.saved: CandidateDetail | None = None
        self.setWindowTitle(self.tr("Redigér borger – {label}").format(label=base.label) if base
                            else self.tr("Ny borger"))
        self.setMinimumSize(760, 620)
        self.fields: dict[str, QWidget] = {}
        self._page_of: dict[str, int] = {}
        self._build()
        self._connect_signals()
        self._fill(base.as_input() if base else CandidateInput(name=""))

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.pages = QTabWidget()
        self.pages.addTab(self._person_page(), self.tr("Person"))
        self.pages.addTab(self._status_page(), self.tr("Målgruppe og rådighed"))
        self.pages.addTab(self._wishes_page(), self.tr("Ønsker og erfaring"))
        self.pages.addTab(self._skills_page(), self.tr("Kompetencer og sprog"))
        self.pages.addTab(self._restrictions_page(), self.tr("Hensyn"))
        self.error_label = QLabel()
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Gem"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _register(self, name: str, widget: QWidget, page: int) -> QWidget:
        widget.setObjectName(f"field_{name}")
        self.fields[name] = widget
        self._page_of[name] = page
        return widget

    def _person_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        for name, label in (("name", self.tr("Navn")), ("phone", self.tr("Telefon")),
                            ("email", self.tr("E-mail")), ("address", self.tr("Adresse"))):
            form.addRow(label, self._register(name, QLineEdit(), 0))
        postcode = self._register("postcode", QLineEdit(), 0)
        postcode.setMaxLength(4)
        postcode.setFixedWidth(70)
        self.town_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(postcode)
        row.addWidget(self.town_label, 1)
        form.addRow(self.tr("Postnummer"), row)
        cpr = self._register("cpr", QLineEdit(), 0)
        cpr.setMaxLength(11)
        cpr.setFixedWidth(130)
        self.remove_cpr = QCheckBox(self.tr("Fjern CPR-nummer"))
        self.remove_cpr.setObjectName("remove_cpr")
        self.remove_cpr.setVisible(bool(self.base and self.base.has_cpr))
        cpr_row = QHBoxLayout()
        cpr_row.addWidget(cpr)
        cpr_row.addWidget(self.remove_cpr)
        cpr_row.addStretch(1)
        form.addRow(self.tr("CPR-nummer (valgfrit)"), cpr_row)
        hint = QLabel(self.tr("CPR-nummeret krypteres og vises kun maskeret (DDMMÅÅ-XXXX). "
                              "Lad feltet stå tomt for at beholde det gemte nummer."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        form.addRow("", hint)
        consultant = self._register("responsible_consultant_id", QComboBox(), 0)
        consultant.addItem(self.tr("(ingen)"), "")
        for c in self.choices.consultants:
            consultant.addItem(f"{c.name} ({c.initials})" if c.initials else c.name, c.id)
        form.addRow(self.tr("Ansvarlig konsulent"), consultant)
        return page

    def _status_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        chooser = TargetGroupChooser(self.rulebook, language=language())
        self._register("target_group_code", chooser, 1)
        form.addRow(self.tr("Målgruppe"), chooser)
        readiness = self._register("readiness", QComboBox(), 1)
        readiness.addItem(self.tr("(ikke vurderet)"), "")
        for value, text in zip(READINESS, (self.tr("Jobparat"), self.tr("Aktivitetsparat"),
                                           self.tr("Uddannelsesparat")), strict=True):
            readiness.addItem(text, value)
        form.addRow(self.tr("Parathed"), readiness)
        form.addRow(self.tr("Ledig fra"), self._register("available_from", DateField("available_from"), 1))
        hours = self._register("hours_wanted", QDoubleSpinBox(), 1)
        hours.setRange(0, 60)
        hours.setDecimals(1)
        hours.setSpecialValueText(self.tr("ikke angivet"))
        hours.setSuffix(self.tr(" timer"))
        form.addRow(self.tr("Ønskede timer pr. uge"), hours)
        km = self._register("max_commute_km", QSpinBox(), 1)
        km.setRange(0, 500)
        km.setSpecialValueText(self.tr("ikke angivet"))
        km.setSuffix(" km")
        minutes = self._register("max_commute_minutes", QSpinBox(), 1)
        minutes.setRange(0, 300)
        minutes.setSpecialValueText(self.tr("ikke angivet"))
        minutes.setSuffix(self.tr(" min."))
        commute = QHBoxLayout()
        commute.addWidget(km)
        commute.addWidget(QLabel(self.tr("eller")))
        commute.addWidget(minutes)
        commute.addStretch(1)
        form.addRow(self.tr("Maks. transport"), commute)
        return page

    def _wishes_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Ønskede stillinger (DISCO-08), vigtigste først")))
        picker = OccupationPicker(self.reference, language=language())
        layout.addWidget(self._register("desired_occupations", picker, 2))
        layout.addWidget(QLabel(self.tr("Erfaring")))
        self.experience_model = EditableTableModel([
            EditColumn(self.tr("Arbejdsgiver")),
            EditColumn(self.tr("DISCO-kode")),
            EditColumn(self.tr("År"), kind="number", default=None),
            EditColumn(self.tr("Beskrivelse")),
        ], self)
        table = QTableView()
        table.setModel(self.experience_model)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((170, 80, 50)):
            table.setColumnWidth(column, width)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setToolTip(self.tr("DISCO-kode fx 7212 (svejser). Arbejdsgiver vises kun internt."))
        table.setFixedHeight(120)
        self.experience_table = self._register("experiences", table, 2)
        buttons = QHBoxLayout()
        self.add_experience = QPushButton(self.tr("Tilføj erfaring"))
        self.remove_experience = QPushButton(self.tr("Fjern valgte"))
        buttons.addWidget(self.add_experience)
        buttons.addWidget(self.remove_experience)
        buttons.addStretch(1)
        layout.addWidget(table)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Uddannelse (én pr. linje)")))
        education = self._register("education", QPlainTextEdit(), 2)
        education.setFixedHeight(64)
        layout.addWidget(education)
        layout.addStretch(1)
        return page

    def _skills_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Kompetencer")))
        skills = TagEditor(self.tr("fx lagerstyring, kundeservice, TIG-svejsning"))
        skills.set_suggestions(self.choices.tags)
        layout.addWidget(self._register("skills", skills, 3))
        layout.addWidget(QLabel(self.tr("Certifikater og beviser")))
        certificates = TagEditor(self.tr("fx truckcertifikat, hygiejnebevis"))
        certificates.set_suggestions(self.choices.tags)
        layout.addWidget(self._register("certificates", certificates, 3))
        layout.addWidget(QLabel(self.tr("Kørekort")))
        licence_box = QWidget()
        grid = QGridLayout(licence_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.licence_checks: dict[str, QCheckBox] = {}
        for i, code in enumerate(DRIVING_LICENCES):
            check = QCheckBox(code)
            check.setObjectName(f"licence_{code}")
            self.licence_checks[code] = check
            grid.addWidget(check, i // 7, i % 7)
        layout.addWidget(self._register("driving_licences", licence_box, 3))
        layout.addWidget(QLabel(self.tr("Sprog")))
        self.language_model = EditableTableModel([
            EditColumn(self.tr("Sprog")),
            EditColumn(self.tr("Niveau"), kind="choice", choices=LANGUAGE_LEVELS, default="godt"),
        ], self)
        table = QTableView()
        table.setModel(self.language_model)
        table.setItemDelegateForColumn(1, _ChoiceDelegate(LANGUAGE_LEVELS, table))
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.horizontalHeader().setStretchLastSection(True)
        table.setColumnWidth(0, 200)
        table.setFixedHeight(96)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.language_table = self._register("languages", table, 3)
        row = QHBoxLayout()
        self.language_name = QComboBox()
        self.language_name.setEditable(True)
        self.language_name.addItems(list(self.choices.languages) or ["dansk", "engelsk"])
        self.language_name.setCurrentText("")
        self.language_level = QComboBox()
        self.language_level.addItems(LANGUAGE_LEVELS)
        self.language_level.setCurrentText("godt")
        self.add_language = QPushButton(self.tr("Tilføj sprog"))
        self.remove_language = QPushButton(self.tr("Fjern valgte"))
        row.addWidget(self.language_name, 1)
        row.addWidget(self.language_level)
        row.addWidget(self.add_language)
        row.addWidget(self.remove_language)
        layout.addWidget(table)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _restrictions_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        hint = QLabel(self.tr(
            "Skriv kun hensyn, borgeren selv har valgt at dele, i neutrale og arbejdsrelaterede "
            "ord – fx «ingen tunge løft over 15 kg», «ikke natarbejde», «korte arbejdsdage». "
            "Skriv aldrig diagnoser eller andre helbredsoplysninger."))
        hint.setObjectName("restrictions_hint")
        hint.setWordWrap(True)
        hint.setStyleSheet("background: #fff6e0; border: 1px solid #e0c070; padding: 6px;")
        layout.addWidget(hint)
        text = self._register("work_restrictions", QPlainTextEdit(), 4)
        text.setPlaceholderText(self.tr("Ét hensyn pr. linje"))
        layout.addWidget(text, 1)
        return page

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.fields["postcode"].textChanged.connect(self.on_postcode_text_changed)
        self.add_experience.clicked.connect(self.on_add_experience_clicked)
        self.remove_experience.clicked.connect(self.on_remove_experience_clicked)
        self.add_language.clicked.connect(self.on_add_language_clicked)
        self.remove_language.clicked.connect(self.on_remove_language_clicked)
        self.remove_cpr.toggled.connect(self.on_remove_cpr_toggled)

    # ------------------------------------------------------------------ data
    def _fill(self, data: CandidateInput) -> None:
        f = self.fields
        for name in ("name", "phone", "email", "address", "postcode"):
            f[name].setText(getattr(data, name) or "")
        f["cpr"].clear()
        if self.base and self.base.has_cpr:
            f["cpr"].setPlaceholderText(self.base.cpr_masked)
        else:
            f["cpr"].setPlaceholderText(self.tr("DDMMÅÅ-XXXX"))
        consultant: QComboBox = f["responsible_consultant_id"]
        consultant.setCurrentIndex(max(0, consultant.findData(data.responsible_consultant_id or "")))
        chooser: TargetGroupChooser = f["target_group_code"]
        chooser.set_current(self.base.target_group_code if self.base else "")
        chooser.set_code(data.target_group_code)
        readiness: QComboBox = f["readiness"]
        readiness.setCurrentIndex(max(0, readiness.findData(data.readiness or "")))
        f["available_from"].set_value(data.available_from)
        f["hours_wanted"].setValue(data.hours_wanted or 0)
        f["max_commute_km"].setValue(data.max_commute_km or 0)
        f["max_commute_minutes"].setValue(data.max_commute_minutes or 0)
        f["desired_occupations"].set_codes(data.desired_occupations)
        self.experience_model.set_rows([(e.employer, e.disco_code, e.years, e.description)
                                        for e in data.experiences])
        f["education"].setPlainText(data.education)
        f["skills"].set_tags(data.skills)
        f["certificates"].set_tags(data.certificates)
        for code, check in self.licence_checks.items():
            check.setChecked(code in data.driving_licences)
        self.language_model.set_rows([(lang, level) for lang, level in data.languages])
        f["work_restrictions"].setPlainText(data.work_restrictions)

    def form_input(self) -> CandidateInput:
        """What the form holds; a typed date that is not a date raises ``ValidationError``."""
        f = self.fields
        cpr: str | None = f["cpr"].text().strip() or None
        if self.base is None:
            cpr = cpr or ""
        elif self.remove_cpr.isChecked():
            cpr = ""
        chooser: TargetGroupChooser = f["target_group_code"]
        experiences = tuple(
            ExperienceInput(employer=e or "", disco_code=(d or "").replace(" ", ""),
                            years=y, description=t or "")
            for e, d, y, t in self.experience_model.values() if any((e, d, y, t))
        )
        return CandidateInput(
            name=f["name"].text(),
            cpr=cpr,
            phone=f["phone"].text(),
            email=f["email"].text(),
            address=f["address"].text(),
            postcode=f["postcode"].text(),
            readiness=f["readiness"].currentData() or "",
            target_group_code=chooser.code(),
            target_group_from=chooser.day(),
            desired_occupations=tuple(f["desired_occupations"].codes()),
            skills=tuple(f["skills"].tags()),
            certificates=tuple(f["certificates"].tags()),
            driving_licences=tuple(c for c, check in self.licence_checks.items() if check.isChecked()),
            languages=tuple((lang, level or "") for lang, level in self.language_model.values() if lang),
            max_commute_km=f["max_commute_km"].value() or None,
            max_commute_minutes=f["max_commute_minutes"].value() or None,
            hours_wanted=f["hours_wanted"].value() or None,
            available_from=f["available_from"].value(),
            work_restrictions=f["work_restrictions"].toPlainText(),
            education=f["education"].toPlainText(),
            responsible_consultant_id=f["responsible_consultant_id"].currentData() or None,
            experiences=experiences,
        )

    # ------------------------------------------------------------------ slots
    def on_postcode_text_changed(self, text: str) -> None:
        pc = self.reference.postcode(text) if len(text.strip()) == 4 else None
        self.town_label.setText(pc.town if pc else "")

    def on_remove_cpr_toggled(self, checked: bool) -> None:
        self.fields["cpr"].setEnabled(not checked)

    def on_add_experience_clicked(self) -> None:
        row = self.experience_model.append_row()
        self.experience_table.setCurrentIndex(self.experience_model.index(row, 0))
        self.experience_table.edit(self.experience_model.index(row, 0))

    def on_remove_experience_clicked(self) -> None:
        self.experience_model.remove_row(self.experience_table.currentIndex().row())

    def on_add_language_clicked(self) -> None:
        name = " ".join(self.language_name.currentText().split()).lower()
        if not name:
            return
        for row, (lang, _level) in enumerate(self.language_model.values()):
            if lang == name:
                self.language_model.setData(self.language_model.index(row, 1),
                                            self.language_level.currentText())
                break
        else:
            self.language_model.append_row((name, self.language_level.currentText()))
        self.language_name.setCurrentText("")

    def on_remove_language_clicked(self) -> None:
        self.language_model.remove_row(self.language_table.currentIndex().row())

    def on_buttons_accepted(self) -> None:
        try:
            data = self.form_input()
        except ValidationError as exc:
            self._on_failed(exc)
            return
        base = self.base
        self.buttons.setEnabled(False)
        self._worker.run(lambda: self._save(data, base), on_success=self._on_saved,
                         on_failure=self._on_failed, changes={"candidates"})

    def _on_saved(self, detail: CandidateDetail) -> None:
        self.saved = detail
        self.buttons.setEnabled(True)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        for widget in self.fields.values():
            if not isinstance(widget, TagEditor):
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
            self.pages.setCurrentIndex(self._page_of[exc.field])
            if isinstance(widget, (QLineEdit, QComboBox, QPlainTextEdit, QSpinBox, QDoubleSpinBox)):
                widget.setStyleSheet("border: 2px solid #b00020;")
            widget.setFocus()

    def _on_conflict(self, exc: ConflictError) -> None:
        """Someone saved first: show what they changed; reload theirs or keep mine."""
        lines = "\n".join(f"• {f}: «{_short(old)}» → «{_short(new)}»"
                          for f, (old, new) in exc.changes.items())
        self.conflict_box = box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Ændret af en anden bruger"))
        box.setText(exc.message(language()) + ("\n\n" + lines if lines else ""))
        self._reload_button = box.addButton(self.tr("Genindlæs deres version"),
                                            QMessageBox.ButtonRole.AcceptRole)
        self._keep_button = box.addButton(self.tr("Behold mine ændringer"),
                                          QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Annullér"), QMessageBox.ButtonRole.RejectRole)
        box.buttonClicked.connect(self.on_conflict_box_button_clicked)
        box.open()

    def on_conflict_box_button_clicked(self, button) -> None:  # noqa: ANN001
        if button not in (self._reload_button, self._keep_button) or not (self._reload and self.base):
            return
        keep = button is self._keep_button
        candidate_id = self.base.id
        self._worker.run(lambda: self._reload(candidate_id),
                         on_success=lambda fresh: self._after_reload(fresh, keep))

    def _after_reload(self, fresh: CandidateDetail, keep_mine: bool) -> None:
        mine = self.form_input() if keep_mine else None
        self.base = fresh
        self._fill(mine if mine is not None else fresh.as_input())
        self.error_label.setText(
            self.tr("Dine ændringer er bevaret; tryk Gem for at overskrive.") if keep_mine
            else self.tr("Formularen viser nu den gemte version."))
        self.error_label.show()


def _short(value: object) -> str:
    text = ", ".join(map(str, value)) if isinstance(value, (tuple, list)) else str(value or "")
    return text if len(text) <= 60 else text[:59] + "…"
