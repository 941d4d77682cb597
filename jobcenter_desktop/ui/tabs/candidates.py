"""Kandidater: citizens as candidates. CPR is masked; revealing it is an explicit, logged act.

The list searches as you type (name, phone, e-mail, occupation, postcode; a CPR number only
whole) and filters on target group, readiness, desired occupation (a DISCO code selects its
whole branch), skill, driving licence, language, kommune, availability and consultant. The
detail panel shows the profile, the consents and the actions: edit, print (with preview), the
citizen's right of access and erasure. Everything that reads the store runs on the DB worker.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.dates import format_date
from ...services.candidate_import import CandidateImportService
from ...services.candidate_reports import CandidateReportService, PrintedPdf
from ...services.candidates import (
    DRIVING_LICENCES,
    READINESS,
    CandidateDetail,
    CandidateInput,
    CandidateRow,
)
from ...services.consents import ConsentService
from ...services.lists import ListQuery, key
from ...services.person_export import PersonDataService
from ..dialogs.candidate_dialog import CandidateDialog, ProfileChoices
from ..dialogs.candidate_import_wizard import CandidateImportWizard
from ..dialogs.messages import language, show_error
from ..dialogs.pdf_preview import PdfPreviewDialog
from ..models.lazy_table import Column
from ..widgets.candidate_fields import WARNING_MARK, pydate, qdate
from ..widgets.consent_panel import ConsentDialog, ConsentPanel
from .base import ListTab, detail_html, esc


class CandidatesTab(ListTab):
    change_tags = frozenset({"candidates", "placements"})

    def __init__(self, **kwargs) -> None:  # noqa: ANN003 - ListTab's keyword-only deps
        super().__init__(**kwargs)
        ctx = self.services.ctx
        self.consents = ConsentService(ctx)
        self.reports = CandidateReportService(ctx)
        self.person_data = PersonDataService(ctx)
        self.importer = CandidateImportService(ctx)
        self.current_detail: CandidateDetail | None = None
        self.layout().insertWidget(1, self.filter_panel)
        self.filter_panel.setVisible(False)

    # ------------------------------------------------------------------ list
    def readiness_text(self, value: str) -> str:
        return {"jobparat": self.tr("Jobparat"), "aktivitetsparat": self.tr("Aktivitetsparat"),
                "uddannelsesparat": self.tr("Uddannelsesparat")}.get(value, value)

    def columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Navn"), lambda r: r.name, sort="name", width=200),
            Column("label", self.tr("Nr."), lambda r: r.label, sort="label", width=80),
            Column("postcode", self.tr("Postnr."), lambda r: r.postcode, sort="postcode", width=60),
            Column("town", self.tr("By"), lambda r: r.town, width=110),
            Column("readiness", self.tr("Parathed"), lambda r: self.readiness_text(r.readiness),
                   sort="readiness", width=110),
            Column("group", self.tr("Målgruppe"), lambda r: r.target_group, width=80),
            Column("wish", self.tr("Ønsket stilling"), self._wish, width=200),
            Column("available", self.tr("Ledig fra"), lambda r: format_date(r.available_from),
                   sort="available_from", width=90),
            Column("consent", self.tr("Samtykke"), lambda r: "✓" if r.has_consent else "", width=70),
            Column("consultant", self.tr("Konsulent"), lambda r: r.consultant, width=70),
        ]

    def _wish(self, row: CandidateRow) -> str:
        if not row.desired_occupation:
            return ""
        occ = self.services.ctx.reference().occupation(row.desired_occupation)
        return f"{row.desired_occupation} {occ.title_in(language()) if occ else ''}".strip()

    def search_placeholder(self) -> str:
        return self.tr("Søg navn, telefon, e-mail, stilling, postnr. – eller fuldt CPR-nummer …")

    def build_filters(self, layout: QHBoxLayout) -> None:
        self.filter_button = QToolButton()
        self.filter_button.setObjectName("toggle_filters")
        self.filter_button.setText(self.tr("Filtre"))
        self.filter_button.setCheckable(True)
        self.readiness_filter = QComboBox()
        self.readiness_filter.setObjectName("readiness_filter")
        self.readiness_filter.addItem(self.tr("Alle paratheder"), "")
        for value in READINESS:
            self.readiness_filter.addItem(self.readiness_text(value), value)
        self.import_button = QPushButton(self.tr("Importér …"))
        self.import_button.setObjectName("import_candidates")
        layout.addWidget(self.readiness_filter)
        layout.addWidget(self.filter_button)
        layout.addWidget(self.import_button)
        self.filter_panel = self._build_filter_panel()

    def _build_filter_panel(self) -> QWidget:
        ref = self.services.ctx.reference()
        panel = QWidget()
        panel.setObjectName("filter_panel")
        self.target_group_filter = QComboBox()
        self.target_group_filter.setObjectName("target_group_filter")
        self.occupation_filter = QLineEdit()
        self.occupation_filter.setObjectName("occupation_filter")
        self.occupation_filter.setPlaceholderText(self.tr("Stilling/DISCO, fx 72"))
        self.occupation_results = QStringListModel(self)
        occupation_completer = QCompleter(self.occupation_results, self)
        occupation_completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.occupation_filter.setCompleter(occupation_completer)
        self.skill_filter = QLineEdit()
        self.skill_filter.setObjectName("skill_filter")
        self.skill_filter.setPlaceholderText(self.tr("Kompetence/certifikat"))
        self.skill_suggestions = QStringListModel(self)
        skill_completer = QCompleter(self.skill_suggestions, self)
        skill_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        skill_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.skill_filter.setCompleter(skill_completer)
        self.licence_filter = QComboBox()
        self.licence_filter.setObjectName("licence_filter")
        self.licence_filter.addItem(self.tr("Alle kørekort"), "")
        for code in DRIVING_LICENCES:
            self.licence_filter.addItem(code, code)
        self.language_filter = QComboBox()
        self.language_filter.setObjectName("language_filter")
        self.language_filter.addItem(self.tr("Alle sprog"), "")
        self.kommune_filter = QComboBox()
        self.kommune_filter.setObjectName("kommune_filter")
        self.kommune_filter.addItem(self.tr("Alle kommuner"), "")
        for k in ref.kommuner():
            self.kommune_filter.addItem(k.name, k.code)
        self.available_check = QCheckBox(self.tr("Ledig senest"))
        self.available_check.setObjectName("available_check")
        self.available_date = QDateEdit()
        self.available_date.setObjectName("available_date")
        self.available_date.setDisplayFormat("dd-MM-yyyy")
        self.available_date.setCalendarPopup(True)
        self.available_date.setDate(qdate(date.today()))
        self.available_date.setEnabled(False)
        self.consultant_filter = QComboBox()
        self.consultant_filter.setObjectName("consultant_filter")
        self.consultant_filter.addItem(self.tr("Alle konsulenter"), "")
        self.target_group_filter.setMinimumContentsLength(18)
        self.target_group_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kommune_filter.setMinimumContentsLength(12)
        self.kommune_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.occupation_filter.setMinimumWidth(150)
        self.skill_filter.setMinimumWidth(150)
        self.clear_filters = QPushButton(self.tr("Nulstil"))
        self.clear_filters.setObjectName("clear_filters")
        self._fill_target_groups()
        row = QHBoxLayout(panel)
        row.setContentsMargins(0, 0, 0, 0)
        for widget, stretch in ((self.target_group_filter, 3), (self.occupation_filter, 2),
                                (self.skill_filter, 2), (self.licence_filter, 0),
                                (self.language_filter, 0), (self.kommune_filter, 2),
                                (self.available_check, 0), (self.available_date, 0),
                                (self.consultant_filter, 1), (self.clear_filters, 0)):
            row.addWidget(widget, stretch)
        return panel

    def _fill_target_groups(self) -> None:
        """Groups in force today first; ended groups after them, still selectable."""
        rules = self.services.ctx.rulebook()
        today = datetime.now(UTC).date()
        combo = self.target_group_filter
        combo.clear()
        combo.addItem(self.tr("Alle målgrupper"), "")
        current = rules.target_groups_on(today, new_cases=False)
        codes = {g.code for g in current}
        for group in current:
            mark = f" {WARNING_MARK}" if not group.verified else ""
            combo.addItem(f"{group.code} – {group.name(language())}{mark}", group.code)
            combo.setItemData(combo.count() - 1, self.tr("Ikke verificeret mod lovteksten. Kilde: {s}")
                              .format(s=group.source) if not group.verified else group.source,
                              Qt.ItemDataRole.ToolTipRole)
        for group in rules.target_groups:
            if group.code not in codes and group.valid_to and group.valid_to < today:
                combo.addItem(self.tr("{code} – {name} (ophørt)").format(
                    code=group.code, name=group.name(language())), group.code)

    def build_detail_panel(self) -> QWidget:
        panel = QWidget()
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Ny borger"))
        self.new_button.setObjectName("new_candidate")
        self.edit_button = QPushButton(self.tr("Redigér"))
        self.edit_button.setObjectName("edit_candidate")
        self.reveal_button = QPushButton(self.tr("Vis CPR"))
        self.reveal_button.setObjectName("reveal_cpr")
        self.reveal_button.setToolTip(self.tr("Viser det fulde CPR-nummer. Visningen logges."))
        self.print_button = QToolButton()
        self.print_button.setObjectName("print_menu")
        self.print_button.setText(self.tr("Udskriv"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.print_button)
        self.print_summary_action = menu.addAction(self.tr("Borgerresumé (internt) …"))
        self.print_employer_action = menu.addAction(self.tr("Resumé til arbejdsgiver (kræver samtykke) …"))
        self.print_profile_action = menu.addAction(self.tr("Anonymiseret profil til arbejdsgiver …"))
        self.print_button.setMenu(menu)
        self.more_button = QToolButton()
        self.more_button.setObjectName("more_menu")
        self.more_button.setText(self.tr("Borgerens rettigheder"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more = QMenu(self.more_button)
        self.export_action = more.addAction(self.tr("Indsigt: udtræk alle oplysninger (JSON) …"))
        self.erase_action = more.addAction(self.tr("Slet personoplysninger …"))
        self.more_button.setMenu(more)
        for button in (self.new_button, self.edit_button, self.reveal_button, self.print_button,
                       self.more_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.consent_panel = ConsentPanel()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.detail, 1)
        layout.addWidget(self.consent_panel)
        self._set_actions_enabled(False)
        return panel

    def _connect_signals(self) -> None:
        super()._connect_signals()
        self.readiness_filter.currentIndexChanged.connect(
            lambda _i: self.set_filter("readiness", self.readiness_filter.currentData()))
        self.filter_button.toggled.connect(self.filter_panel.setVisible)
        self.target_group_filter.currentIndexChanged.connect(
            lambda _i: self.set_filter("target_group", self.target_group_filter.currentData()))
        self.licence_filter.currentIndexChanged.connect(
            lambda _i: self.set_filter("licence", self.licence_filter.currentData()))
        self.language_filter.currentIndexChanged.connect(
            lambda _i: self.set_filter("language", self.language_filter.currentData()))
        self.kommune_filter.currentIndexChanged.connect(
            lambda _i: self.set_filter("kommune_code", self.kommune_filter.currentData()))
        self.consultant_filter.currentIndexChanged.connect(
            lambda _i: self.set_filter("consultant_id", self.consultant_filter.currentData()))
        self.occupation_filter.textEdited.connect(self.on_occupation_filter_text_edited)
        self.occupation_filter.editingFinished.connect(self.on_occupation_filter_editing_finished)
        self.occupation_filter.completer().activated.connect(self.on_occupation_completer_activated)
        self.skill_filter.editingFinished.connect(self.on_skill_filter_editing_finished)
        self.skill_filter.completer().activated.connect(
            lambda text: self.set_filter("skill", text.strip()))
        self.available_check.toggled.connect(self.on_available_filter_changed)
        self.available_date.dateChanged.connect(lambda _d: self.on_available_filter_changed())
        self.clear_filters.clicked.connect(self.on_clear_filters_clicked)
        self.import_button.clicked.connect(self.on_import_button_clicked)
        self.new_button.clicked.connect(self.on_new_button_clicked)
        self.edit_button.clicked.connect(self.on_edit_button_clicked)
        self.reveal_button.clicked.connect(self.on_reveal_button_clicked)
        self.print_summary_action.triggered.connect(lambda: self.print_client_summary("internal"))
        self.print_employer_action.triggered.connect(lambda: self.print_client_summary("employer"))
        self.print_profile_action.triggered.connect(self.print_anonymised_profile)
        self.export_action.triggered.connect(self.on_export_action_triggered)
        self.erase_action.triggered.connect(self.on_erase_action_triggered)
        self.consent_panel.give_requested.connect(self.on_consent_panel_give_requested)
        self.consent_panel.withdraw_requested.connect(self.on_consent_panel_withdraw_requested)

    def load(self) -> None:
        super().load()
        candidates = self.services.candidates
        self.worker.run(lambda: (candidates.consultants(), candidates.tag_suggestions(),
                                 candidates.language_suggestions()),
                        on_success=self._on_pick_lists)

    def _on_pick_lists(self, lists) -> None:  # noqa: ANN001
        consultants, tags, languages = lists
        self.choices = ProfileChoices(consultants=consultants, tags=tags, languages=languages)
        self.skill_suggestions.setStringList(tags)
        for combo, items in ((self.consultant_filter, [(c.name, c.id) for c in consultants]),
                             (self.language_filter, [(x.capitalize(), x) for x in languages])):
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    # ------------------------------------------------------------------ filters
    def on_occupation_filter_text_edited(self, text: str) -> None:
        hits = self.services.ctx.reference().search_occupations(text, limit=25)
        self.occupation_results.setStringList([f"{o.code} {o.title_in(language())}" for o in hits])

    def on_occupation_completer_activated(self, text: str) -> None:
        self.occupation_filter.setText(text)
        self.on_occupation_filter_editing_finished()

    def on_occupation_filter_editing_finished(self) -> None:
        """A DISCO code or prefix ("72" → metal and machinery trades); words pick the best hit."""
        text = self.occupation_filter.text().strip()
        code = text.split(" ", 1)[0] if text[:1].isdigit() else ""
        if text and not code:
            hits = self.services.ctx.reference().search_occupations(text, limit=1)
            code = hits[0].code if hits else ""
        if code != self.filters.get("occupation", ""):
            self.set_filter("occupation", code)

    def on_skill_filter_editing_finished(self) -> None:
        text = self.skill_filter.text().strip()
        if text != self.filters.get("skill", ""):
            self.set_filter("skill", text)

    def on_available_filter_changed(self, *_args) -> None:  # noqa: ANN002
        self.available_date.setEnabled(self.available_check.isChecked())
        self.set_filter("available_by", pydate(self.available_date.date())
                        if self.available_check.isChecked() else None)

    def on_clear_filters_clicked(self) -> None:
        widgets = (self.readiness_filter, self.target_group_filter, self.licence_filter,
                   self.language_filter, self.kommune_filter, self.consultant_filter,
                   self.occupation_filter, self.skill_filter, self.available_check)
        for widget in widgets:
            widget.blockSignals(True)
        for combo in widgets[:6]:
            combo.setCurrentIndex(0)
        self.occupation_filter.clear()
        self.skill_filter.clear()
        self.available_check.setChecked(False)
        self.available_date.setEnabled(False)
        for widget in widgets:
            widget.blockSignals(False)
        self.filters.clear()
        self.load()

    # ------------------------------------------------------------------ fetchers
    def fetch_ids(self, query: ListQuery) -> list[str]:
        return self.services.candidates.list_ids(query)

    def fetch_rows(self, ids: list[str]) -> list[CandidateRow]:
        return self.services.candidates.rows(ids)

    def fetch_detail(self, record_id: str) -> CandidateDetail:
        return self.services.candidates.get(record_id)

    # ------------------------------------------------------------------ detail
    def _set_actions_enabled(self, enabled: bool) -> None:
        for widget in (self.edit_button, self.reveal_button, self.print_button, self.more_button,
                       self.consent_panel.give_button):
            widget.setEnabled(enabled)

    def on_table_current_row_changed(self, current, previous) -> None:  # noqa: ANN001
        super().on_table_current_row_changed(current, previous)
        if self.current_id is None:
            self.current_detail = None
            self.consent_panel.set_records(())
            self._set_actions_enabled(False)

    def render_detail(self, d: CandidateDetail, cpr_text: str | None = None) -> None:
        self.current_detail = d
        self._set_actions_enabled(True)
        self.reveal_button.setEnabled(d.has_cpr and cpr_text is None)
        ref = self.services.ctx.reference()
        rules = self.services.ctx.rulebook()
        lang = language()
        wishes = []
        for rank, code in enumerate(d.desired_occupations, start=1):
            occ = ref.occupation(code)
            wishes.append(f"{rank}. {code} {occ.title_in(lang) if occ else ''}".strip())
        group_text = ""
        extra = ""
        if d.target_group_code:
            group = rules.target_group(d.target_group_code, date.today()) or rules.target_group(
                d.target_group_code)
            group_text = f"{d.target_group_code} {group.name(lang) if group else ''}".strip()
            if group is not None and not group.verified:
                group_text += f" {WARNING_MARK}"
                extra += ("<p style='color:#8a5a00'>" + esc(WARNING_MARK + " " + self.tr(
                    "Målgruppen er ikke verificeret mod lovteksten (kilde: {source}).").format(
                        source=group.source)) + "</p>")
        history = "; ".join(
            f"{p.code} {format_date(p.valid_from)}–{format_date(p.valid_to)}"
            for p in d.target_group_history[:-1]) if len(d.target_group_history) > 1 else ""
        kommune = ref.kommune(d.kommune_code) if d.kommune_code else None
        commute = " / ".join(x for x in (f"{d.max_commute_km} km" if d.max_commute_km else "",
                                         self.tr("{m} min.").format(m=d.max_commute_minutes)
                                         if d.max_commute_minutes else "") if x)
        experiences = "; ".join(
            ", ".join(x for x in (e.employer, e.disco_code, self.tr("{y:g} år").format(y=e.years)
                                  if e.years else "", e.description) if x)
            for e in d.experiences)
        cpr = cpr_text or d.cpr_masked
        rows = [
            (self.tr("Nr."), d.label),
            (self.tr("CPR"), cpr or self.tr("(ikke registreret)")),
            (self.tr("Telefon"), d.phone),
            (self.tr("E-mail"), d.email),
            (self.tr("Adresse"), d.address),
            (self.tr("Postnr. og by"), f"{d.postcode} {d.town}".strip()),
            (self.tr("Kommune"), kommune.name if kommune else ""),
            (self.tr("Målgruppe"), group_text),
            (self.tr("Tidligere målgrupper"), history),
            (self.tr("Parathed"), self.readiness_text(d.readiness)),
            (self.tr("Ønskede stillinger"), "; ".join(wishes)),
            (self.tr("Erfaring"), experiences),
            (self.tr("Uddannelse"), "; ".join(x for x in d.education.splitlines() if x.strip())),
            (self.tr("Kompetencer"), ", ".join(d.skills)),
            (self.tr("Certifikater"), ", ".join(d.certificates)),
            (self.tr("Kørekort"), ", ".join(d.driving_licences)),
            (self.tr("Sprog"), ", ".join(f"{lang_} ({lvl})" if lvl else lang_
                                         for lang_, lvl in d.languages)),
            (self.tr("Maks. transport"), commute),
            (self.tr("Timer pr. uge"), f"{d.hours_wanted:g}" if d.hours_wanted else ""),
            (self.tr("Ledig fra"), format_date(d.available_from)),
            (self.tr("Hensyn"), "; ".join(x for x in d.work_restrictions.splitlines() if x.strip())),
            (self.tr("Konsulent"), d.consultant_name),
        ]
        # Empty fields are left out: the panel is narrow and a profile is rarely complete.
        self.detail.setHtml(detail_html(d.name, [(k, v) for k, v in rows if v], extra))
        self.consent_panel.set_records(d.consents)

    def on_reveal_button_clicked(self) -> None:
        detail = self.current_detail
        if detail is None or not detail.has_cpr:
            return
        candidates = self.services.candidates
        self.worker.run(lambda: candidates.reveal_cpr(detail.id),
                        on_success=lambda cpr: self._on_revealed(detail, cpr))

    def _on_revealed(self, detail: CandidateDetail, cpr: str) -> None:
        if self.current_detail is not None and self.current_detail.id == detail.id:
            self.render_detail(self.current_detail, cpr_text=cpr)

    # ------------------------------------------------------------------ edit
    def _dialog(self, base: CandidateDetail | None) -> CandidateDialog:
        candidates = self.services.candidates

        def save(data: CandidateInput, current: CandidateDetail | None) -> CandidateDetail:
            return candidates.update(current.id, current, data) if current else candidates.create(data)

        ctx = self.services.ctx
        dialog = CandidateDialog(worker=self.worker, reference=ctx.reference(),
                                 rulebook=ctx.rulebook(), save=save, reload=candidates.get,
                                 base=base, choices=getattr(self, "choices", ProfileChoices()),
                                 parent=self)
        dialog.accepted.connect(lambda: self._after_save(dialog))
        return dialog

    def _after_save(self, dialog: CandidateDialog) -> None:
        if dialog.saved is not None:
            self.status_message.emit(self.tr("Gemt: {name} ({label})").format(
                name=dialog.saved.name, label=dialog.saved.label))

    def on_new_button_clicked(self) -> None:
        self.dialog = self._dialog(None)
        self.dialog.open()

    def on_edit_button_clicked(self) -> None:
        base = self.current_detail
        if base is None or self.current_id is None or key(base.id) != key(self.current_id):
            return
        self.dialog = self._dialog(base)
        self.dialog.open()

    # ------------------------------------------------------------------ consent
    def on_consent_panel_give_requested(self) -> None:
        detail = self.current_detail
        if detail is None:
            return
        consents = self.consents
        self.consent_dialog = ConsentDialog(worker=self.worker,
                                            give=lambda data: consents.give(detail.id, data),
                                            parent=self)
        self.consent_dialog.open()

    def on_consent_panel_withdraw_requested(self, consent_id: str) -> None:
        consents = self.consents
        self.worker.run(lambda: consents.withdraw(consent_id),
                        on_success=lambda _r: self.status_message.emit(
                            self.tr("Samtykket er trukket tilbage.")),
                        changes={"candidates"})

    # ------------------------------------------------------------------ print
    def print_client_summary(self, audience: str) -> None:
        detail = self.current_detail
        if detail is None:
            return
        reports, lang = self.reports, language()
        self.worker.run(lambda: reports.client_summary(detail.id, audience=audience, language=lang),
                        on_success=lambda pdf: self.show_preview(
                            pdf, self.tr("Borgerresumé – {label}").format(label=detail.label),
                            self.tr("Fortroligt: indeholder personoplysninger. Udskriften er "
                                    "logget.") if audience == "internal" else self.tr(
                                "Version til arbejdsgiver (uden CPR, målgruppe, parathed og "
                                "hensyn). Udskriften er logget.")),
                        on_failure=lambda exc: show_error(self, exc))

    def print_anonymised_profile(self) -> None:
        detail = self.current_detail
        if detail is None:
            return
        reports, lang = self.reports, language()
        note = (self.tr("Profilen indeholder kun de oplysninger, borgerens samtykke tillader.")
                if detail.consent_active else
                self.tr("Borgeren har ikke givet samtykke: profilen viser kun et minimum "
                        "(ingen alder, kommune, erfaring eller uddannelse)."))
        self.worker.run(lambda: reports.anonymised_profile(detail.id, language=lang),
                        on_success=lambda pdf: self.show_preview(
                            pdf, self.tr("Anonymiseret profil – {label}").format(label=detail.label),
                            note),
                        on_failure=lambda exc: show_error(self, exc))

    def show_preview(self, pdf: PrintedPdf, title: str, note: str = "") -> PdfPreviewDialog:
        self.preview = PdfPreviewDialog(title=title, pdf=pdf.data, file_name=pdf.file_name,
                                        note=note, parent=self)
        self.preview.open()
        return self.preview

    # ------------------------------------------------------------------ rights
    def on_export_action_triggered(self) -> None:
        detail = self.current_detail
        if detail is None:
            return
        self.export_dialog = dialog = QFileDialog(self, self.tr("Gem indsigt (JSON)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("JSON (*.json)"))
        dialog.setDefaultSuffix("json")
        dialog.selectFile(f"indsigt_{detail.label}.json")
        dialog.fileSelected.connect(lambda path: self.export_person(detail.id, path))
        dialog.open()

    def export_person(self, candidate_id: str, path: str) -> None:
        person_data = self.person_data
        self.worker.run(lambda: person_data.write_export(candidate_id, path),
                        on_success=lambda n: self.status_message.emit(
                            self.tr("Indsigt gemt i {path} ({n} logposter).").format(path=path, n=n)),
                        on_failure=lambda exc: show_error(self, exc))

    def on_erase_action_triggered(self) -> None:
        detail = self.current_detail
        if detail is None:
            return
        self.erase_dialog = EraseDialog(detail=detail, parent=self)
        self.erase_dialog.accepted.connect(
            lambda: self.erase_person(detail.id, self.erase_dialog.reason.text()))
        self.erase_dialog.open()

    def erase_person(self, candidate_id: str, reason: str) -> None:
        person_data = self.person_data
        self.worker.run(lambda: person_data.erase(candidate_id, reason=reason),
                        on_success=lambda r: self.status_message.emit(
                            self.tr("Personoplysningerne for {label} er slettet.").format(
                                label=r.label)),
                        on_failure=lambda exc: show_error(self, exc), changes={"candidates"})

    # ------------------------------------------------------------------ import
    def on_import_button_clicked(self) -> None:
        self.import_wizard = CandidateImportWizard(worker=self.worker, service=self.importer,
                                                   today=datetime.now(UTC).date(), parent=self)
        self.import_wizard.open()


class EraseDialog(QDialog):
    """Confirm erasure: what goes, what stays (retention), and why."""

    def __init__(self, *, detail: CandidateDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Slet personoplysninger"))
        self.setMinimumWidth(520)
        text = QLabel(self.tr(
            "<p>Sletter navn, CPR-nummer, kontaktoplysninger, adresse, målgruppehistorik, "
            "ønsker, erfaring, kompetencer, sprog, hensyn og fritekst for <b>{label}</b>.</p>"
            "<p>Bevares (arkiv- og journalpligt): pseudonymet {label}, forløbenes statistik "
            "(ordning, datoer, status, resultat), samtykkernes formål og datoer samt adgangsloggen."
            "</p><p>Sletningen kan ikke fortrydes.</p>").format(label=esc(detail.label)))
        text.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("erase_reason")
        self.reason.setPlaceholderText(self.tr("Begrundelse, fx borgerens anmodning af dd-mm-åååå"))
        self.confirm = QCheckBox(self.tr("Jeg har kontrolleret, at oplysningerne ikke længere "
                                         "skal bruges"))
        self.confirm.setObjectName("erase_confirm")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Slet"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.reason)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self.on_input_changed()

    def _connect_signals(self) -> None:
        self.reason.textChanged.connect(self.on_input_changed)
        self.confirm.toggled.connect(self.on_input_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def on_input_changed(self, *_args) -> None:  # noqa: ANN002
        ok = bool(self.reason.text().strip()) and self.confirm.isChecked()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

