"""The Companies tab (Virksomheder) driven as a company consultant uses it: search, forms,
contact log, follow-ups, job orders, duplicates, import, export and the visit handout."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from jobcenter_desktop.persistence.orm import AccessLog, Company
from jobcenter_desktop.services.companies import CompanyInput
from jobcenter_desktop.services.contacts import ContactInput, ContactService
from jobcenter_desktop.services.joborders import RequirementInput
from jobcenter_desktop.services.lists import ListQuery, key

TODAY = datetime.now(UTC).date()


@pytest.fixture
def tab(gui, wait_idle):  # noqa: ANN001, ANN201
    t = gui.window.companies_tab
    wait_idle(gui)
    return t


def type_into(qtbot, widget, text: str) -> None:  # noqa: ANN001
    """Type like a user, one character at a time (QTest's key clicks cannot send æøå)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        elif hasattr(widget, "insertPlainText"):
            widget.insertPlainText(char)
        else:
            widget.insert(char)


def select_company(qtbot, gui, tab, company_id: str) -> None:  # noqa: ANN001
    tab.show_company(company_id)
    qtbot.waitUntil(lambda: tab.current_id is not None and key(tab.current_id) == key(company_id)
                    and tab.panel.overview is not None
                    and key(tab.panel.overview.id) == key(company_id), timeout=10000)


def first_company_with_contacts(gui) -> tuple[str, str]:  # noqa: ANN001
    contacts = ContactService(gui.services.ctx)
    for company_id in gui.services.companies.list_ids(ListQuery(limit=50)):
        people = contacts.list_contacts(company_id)
        if people:
            return company_id, people[0].name
    raise AssertionError("the demo has contacts")


def test_search_as_you_type_finds_contact_persons_and_p_numbers(qtbot, gui, tab) -> None:  # noqa: ANN001
    company_id, person = first_company_with_contacts(gui)
    p_number = gui.services.companies.get(company_id).p_numbers[0]
    for typed in (person, p_number):
        tab.search.clear()
        type_into(qtbot, tab.search, typed)
        qtbot.waitUntil(lambda: 0 < tab.model.rowCount() < 120, timeout=10000)
        qtbot.waitUntil(lambda: gui.worker.pending == 0)
        assert key(company_id) in {key(i) for i in tab.model.ids()}, typed


def test_filters_narrow_the_list(qtbot, gui, tab) -> None:  # noqa: ANN001
    total = tab.model.rowCount()
    tab.agreement_filter.setChecked(True)
    qtbot.waitUntil(lambda: tab.model.rowCount() < total, timeout=5000)
    with_agreement = set(tab.model.ids())
    expected = gui.services.companies.list_ids(ListQuery(filters={"has_agreement": True}))
    assert with_agreement == set(expected)
    tab.agreement_filter.setChecked(False)
    tab.contact_filter.setCurrentIndex(tab.contact_filter.findData(90))
    qtbot.waitUntil(lambda: tab.model.query.filters.get("last_contact_older_than_days") == 90
                    and gui.worker.pending == 0, timeout=5000)
    assert tab.model.rowCount() == len(gui.services.companies.list_ids(
        ListQuery(filters={"last_contact_older_than_days": 90})))
    qtbot.waitUntil(lambda: tab.consultant_filter.count() > 1, timeout=5000)
    tab.consultant_filter.setCurrentIndex(1)
    consultant = tab.consultant_filter.currentData()
    qtbot.waitUntil(lambda: tab.model.query.filters.get("consultant_id") == consultant
                    and gui.worker.pending == 0, timeout=5000)
    for i in range(tab.model.rowCount()):
        qtbot.waitUntil(lambda i=i: tab.model.row_object(i) is not None or not tab.table.grab())
    assert tab.model.rowCount() == len(gui.services.companies.list_ids(ListQuery(
        filters={"consultant_id": consultant, "last_contact_older_than_days": 90})))


def test_new_company_with_bad_input_shows_the_message_at_the_field(qtbot, gui, tab) -> None:  # noqa: ANN001
    before = tab.model.rowCount()
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    type_into(qtbot, dialog.fields["cvr"], "12345678")
    type_into(qtbot, dialog.fields["name"], "Nyt Firma ApS")
    type_into(qtbot, dialog.fields["postcode"], "7000")
    type_into(qtbot, dialog.fields["p_numbers"], "123")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=5000)
    assert "modulus 11" in dialog.error_label.text()
    assert "b00020" in dialog.fields["cvr"].styleSheet()
    dialog.fields["cvr"].setText("29403473")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "P-nummer" in dialog.error_label.text(), timeout=5000)
    assert "b00020" in dialog.fields["p_numbers"].styleSheet()
    dialog.fields["p_numbers"].setText("1012345678")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=5000)
    qtbot.waitUntil(lambda: tab.model.rowCount() == before + 1, timeout=5000)
    qtbot.waitUntil(lambda: tab.current_detail is not None and tab.current_detail.cvr == "29403473",
                    timeout=5000)  # the new company is selected
    assert tab.current_detail.p_numbers == ("1012345678",)
    assert tab.current_detail.responsible_consultant_name == "tester"


def test_duplicate_warning_while_typing_links_to_the_company(qtbot, gui, tab) -> None:  # noqa: ANN001
    existing = gui.services.companies.create(CompanyInput(
        cvr="13585628", name="Hansen & Søn A/S", postcode="7000"))
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    type_into(qtbot, dialog.fields["name"], "HANSEN OG SOEN AS")
    type_into(qtbot, dialog.fields["postcode"], "7000")
    qtbot.waitUntil(dialog.duplicate_label.isVisible, timeout=5000)
    assert "Hansen &amp; Søn A/S" in dialog.duplicate_label.text()
    assert "Samme navn og postnummer" in dialog.duplicate_label.text()
    dialog.fields["name"].setText("Noget helt andet")
    qtbot.waitUntil(lambda: not dialog.duplicate_label.isVisible(), timeout=5000)
    dialog.fields["cvr"].setText("1358 5628")
    qtbot.waitUntil(lambda: "Samme CVR-nummer" in dialog.duplicate_label.text(), timeout=5000)
    dialog.duplicate_label.linkActivated.emit(existing.id)
    qtbot.waitUntil(lambda: tab.current_id is not None and key(tab.current_id) == key(existing.id),
                    timeout=5000)
    dialog.reject()


def test_log_a_contact_with_a_follow_up_and_see_it_in_mine_opfoelgninger(qtbot, gui, tab) -> None:  # noqa: ANN001
    company_id, person = first_company_with_contacts(gui)
    select_company(qtbot, gui, tab, company_id)
    panel = tab.panel
    log_rows = panel.log_model.rowCount()
    panel.sections.setCurrentIndex(2)
    qtbot.mouseClick(panel.log_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    dialog.fields["channel"].setCurrentIndex(dialog.fields["channel"].findData("visit"))
    people = dialog.fields["contact_person_id"]
    people.setCurrentIndex(next(i for i in range(people.count()) if person in people.itemText(i)))
    dialog.buttons.accepted.emit()  # no summary yet
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=5000)
    assert "resumé" in dialog.error_label.text()
    type_into(qtbot, dialog.fields["summary"], "Besøg: to lærlinge fra august")
    dialog.follow_check.setChecked(True)
    dialog.follow_date.setText(TODAY.strftime("%d-%m-%Y"))
    type_into(qtbot, dialog.fields["follow_up_text"], "Send lærlingekandidater")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=5000)
    qtbot.waitUntil(lambda: panel.log_model.rowCount() == log_rows + 1, timeout=5000)
    newest = panel.log_model.row_object(0)
    assert newest.summary == "Besøg: to lærlinge fra august" and newest.contact_person == person
    assert tab.current_detail.last_contact_at.date() == datetime.now(UTC).date()
    assert any(f.text == "Send lærlingekandidater" for f in panel.follow_model.rows())

    qtbot.mouseClick(tab.follow_ups_button, Qt.MouseButton.LeftButton)
    window = tab.follow_ups_window

    def texts() -> list[str]:
        return [f.text for f in window.model.rows()]

    qtbot.waitUntil(lambda: "Send lærlingekandidater" in texts(), timeout=5000)
    row = next(i for i, f in enumerate(window.model.rows()) if f.text == "Send lærlingekandidater")
    assert window.model.data(window.model.index(row, 1)) == "I dag"
    window.view.selectRow(row)
    count = len(texts())
    qtbot.mouseClick(window.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(texts()) == count - 1, timeout=5000)
    assert "Send lærlingekandidater" not in texts()
    window.close()


def test_follow_up_dialog_and_calendar_export(qtbot, gui, tab, tmp_path) -> None:  # noqa: ANN001
    company_id, _ = first_company_with_contacts(gui)
    select_company(qtbot, gui, tab, company_id)
    panel = tab.panel
    qtbot.mouseClick(panel.new_follow_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    dialog.fields["due"].setText("31-02-2026")
    type_into(qtbot, dialog.fields["text"], "Ring om praktikpladser")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=5000)
    assert "gyldig dato" in dialog.error_label.text()
    dialog.fields["due"].setText((TODAY - timedelta(days=2)).strftime("%d-%m-%Y"))
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: any(f.text == "Ring om praktikpladser" for f in panel.follow_model.rows()),
                    timeout=5000)
    qtbot.mouseClick(tab.follow_ups_button, Qt.MouseButton.LeftButton)
    window = tab.follow_ups_window
    qtbot.waitUntil(lambda: any(f.text == "Ring om praktikpladser" for f in window.model.rows()),
                    timeout=5000)
    row = next(i for i, f in enumerate(window.model.rows()) if f.text == "Ring om praktikpladser")
    assert window.model.data(window.model.index(row, 1)) == "Forfalden (2 dage)"
    assert window.model.data(window.model.index(row, 0), Qt.ItemDataRole.ForegroundRole) is not None
    path = tmp_path / "mine.ics"
    window.export_to(str(path))
    qtbot.waitUntil(path.exists, timeout=5000)
    assert "Ring om praktikpladser" in path.read_text(encoding="utf-8")
    window.close()


def test_job_order_with_disco_picker_status_changes_and_mediation_log(qtbot, gui, tab) -> None:  # noqa: ANN001
    company_id, _ = first_company_with_contacts(gui)
    select_company(qtbot, gui, tab, company_id)
    panel = tab.panel
    panel.sections.setCurrentIndex(3)
    before = panel.jobs_model.rowCount()
    qtbot.mouseClick(panel.new_job_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    type_into(qtbot, dialog.fields["title"], "Svejser til pladeværksted")
    type_into(qtbot, dialog.picker.search, "7212")
    assert dialog.picker.results.count() >= 1
    dialog.picker.results.setCurrentRow(0)
    assert dialog.picker.code() == "7212"
    dialog.positions.setValue(2)
    dialog.deadline.setText((TODAY + timedelta(days=21)).strftime("%d-%m-%Y"))
    dialog.requirements.add_requirement(RequirementInput("certificate", "Svejsecertifikat", hard=True))
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=5000)
    qtbot.waitUntil(lambda: panel.jobs_model.rowCount() == before + 1, timeout=5000)
    row = next(i for i, j in enumerate(panel.jobs_model.rows()) if j.title == "Svejser til pladeværksted")
    panel.jobs_view.selectRow(row)
    qtbot.waitUntil(lambda: panel.job is not None and panel.job.title == "Svejser til pladeværksted",
                    timeout=5000)
    assert "Svejsecertifikat" in panel.job_summary.text()
    panel.on_status_menu_about_to_show()
    targets = [a.data() for a in panel.status_menu.actions()]
    assert targets == ["in_progress", "paused", "filled", "expired"]
    panel.change_job_status("paused")
    status = panel.dialog
    type_into(qtbot, status.fields["reason"], "Virksomheden afventer ordre")
    status.buttons.accepted.emit()
    qtbot.waitUntil(lambda: panel.job is not None and panel.job.status == "paused", timeout=5000)
    events = [(e.old_status, e.new_status, e.reason) for e in panel.events_model.rows()]
    assert events[0] == ("open", "paused", "Virksomheden afventer ordre")
    assert panel.events_model.data(panel.events_model.index(0, 1)) == "Åben → Sat på pause"


def test_agreement_form_rejects_end_before_start(qtbot, gui, tab) -> None:  # noqa: ANN001
    company_id, _ = first_company_with_contacts(gui)
    select_company(qtbot, gui, tab, company_id)
    panel = tab.panel
    before = panel.agreements_model.rowCount()
    qtbot.mouseClick(panel.new_agreement_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    dialog.fields["start"].setText("01-01-2027")
    dialog.fields["end"].setText("01-12-2026")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=5000)
    assert "før startdatoen" in dialog.error_label.text()
    assert "b00020" in dialog.fields["end"].styleSheet()
    dialog.fields["end"].setText("31-12-2027")
    dialog.fields["internship_places_per_year"].setValue(4)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: panel.agreements_model.rowCount() == before + 1, timeout=5000)


def test_merge_two_duplicates_loses_nothing_and_can_be_undone(qtbot, gui, tab) -> None:  # noqa: ANN001
    services = gui.services
    contacts = ContactService(services.ctx)
    original = services.companies.create(CompanyInput(cvr="13585628", name="Trekant Tømrer A/S",
                                                      postcode="7000"))
    copy = services.companies.create(CompanyInput(cvr="29403473", name="TREKANT TOEMRER AS",
                                                  postcode="7000", phone="20304050"))
    contacts.add_contact(original.id, ContactInput(name="Ole Trekant"))
    contacts.add_contact(copy.id, ContactInput(name="Åse Trekant"))
    qtbot.mouseClick(tab.duplicates_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    qtbot.mouseClick(dialog.scan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.groups), timeout=10000)
    index = next(i for i, g in enumerate(dialog.groups)
                 if {m.company_id for m in g.members} == {original.id, copy.id})
    dialog.group_list.setCurrentRow(index)
    qtbot.waitUntil(lambda: dialog.members.rowCount() == 2, timeout=5000)
    row_of = {m.company_id: i for i, m in enumerate(dialog.members.rows())}
    dialog.member_view.selectRow(row_of[original.id])
    dialog.on_keep_button_clicked()
    assert dialog.survivor_id == original.id
    assert dialog.members.data(dialog.members.index(row_of[original.id], 0)) == "★"
    dialog.member_view.selectRow(row_of[copy.id])
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last is not None and dialog.undo_button.isEnabled(), timeout=5000)
    assert "TREKANT TOEMRER AS" in dialog.undo_label.text()
    assert sorted(c.name for c in contacts.list_contacts(original.id)) == ["Ole Trekant", "Åse Trekant"]
    assert services.companies.get(original.id).phone == "+45 20 30 40 50"
    with services.ctx.uow() as uow:
        assert uow.session.get(Company, copy.id).deleted_at is not None
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last is None, timeout=5000)
    assert [c.name for c in contacts.list_contacts(copy.id)] == ["Åse Trekant"]
    assert [c.name for c in contacts.list_contacts(original.id)] == ["Ole Trekant"]
    dialog.close()


def write_messy_csv(path, rows: int = 3) -> None:  # noqa: ANN001
    import random

    from jobcenter_desktop.services.demo import valid_cvr

    rng = random.Random(3)
    lines = ["Firmaliste;;;", "CVR-nr.;Firmanavn;Postnr.;Farve"]
    for i in range(rows):
        lines.append(f"{valid_cvr(rng)};Ærø Import {i} ApS;5970;blå")
    lines.append("12345678;Forkert ApS;5970;rød")
    path.write_bytes("\r\n".join(lines).encode("cp1252"))


def test_import_wizard_from_file_to_result(qtbot, gui, tab, tmp_path, qtmodeltester) -> None:  # noqa: ANN001
    path = tmp_path / "firmaer.csv"
    write_messy_csv(path)
    before = gui.services.companies.count()
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    wizard = tab.dialog
    wizard.file_page.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=10000)
    fields = [box.currentData() for box in wizard.mapping_page.combos]
    assert fields == ["cvr", "name", "postcode", None]  # "Farve" is not imported
    qtmodeltester.check(wizard.mapping_page.table.model(), force_py=True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=10000)
    summary = wizard.preview_page.summary.text()
    assert "<b>3</b> oprettes" in summary and "<b>1</b> afvises" in summary
    assert gui.services.companies.count() == before  # the preview saved nothing
    rejection = wizard.preview_page.model.row_object(0)
    assert (rejection.row, rejection.field) == (6, "CVR-nummer")
    qtmodeltester.check(wizard.preview_page.model, force_py=True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.run_page.done, timeout=10000)
    assert "3 oprettet" in wizard.run_page.result.text()
    assert gui.services.companies.count() == before + 3
    report = tmp_path / "rapport.json"
    wizard.save_report(wizard.outcome, str(report))
    assert '"imported": 3' in report.read_text(encoding="utf-8")
    qtbot.waitUntil(lambda: tab.model.rowCount() == before + 3, timeout=5000)


def test_import_can_be_cancelled_and_saves_nothing(qtbot, gui, tab, tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "mange.csv"
    write_messy_csv(path, rows=4000)
    before = gui.services.companies.count()
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    wizard = tab.dialog
    wizard.file_page.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=10000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=20000)
    wizard.next()  # starts the import with its progress dialog …
    from PySide6.QtWidgets import QPushButton

    cancel = wizard.progress_dialog.findChild(QPushButton)
    assert cancel.text() == "Annullér"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # … and the user cancels at once
    qtbot.waitUntil(lambda: "afbrudt" in wizard.run_page.result.text(), timeout=20000)
    assert "Intet er gemt" in wizard.run_page.result.text()
    assert gui.services.companies.count() == before
    wizard.reject()


def test_export_writes_what_the_list_shows(qtbot, gui, tab, tmp_path) -> None:  # noqa: ANN001
    tab.agreement_filter.setChecked(True)
    qtbot.waitUntil(lambda: tab.model.query.filters.get("has_agreement") and gui.worker.pending == 0,
                    timeout=5000)
    shown = tab.model.rowCount()
    path = tmp_path / "med_aftale.csv"
    tab.export_to(str(path))
    qtbot.waitUntil(path.exists, timeout=5000)
    lines = path.read_text(encoding="utf-8-sig").strip().splitlines()
    assert len(lines) == shown + 1 and lines[0].startswith("CVR-nummer;Virksomhedsnavn")


def test_visit_handout_preview_renders_and_prints(qtbot, gui, tab, tmp_path) -> None:  # noqa: ANN001
    from PySide6.QtPrintSupport import QPrinter

    company_id, _ = first_company_with_contacts(gui)
    select_company(qtbot, gui, tab, company_id)
    qtbot.mouseClick(tab.handout_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    qtbot.waitUntil(lambda: dialog.document.pageCount() > 0, timeout=15000)
    assert dialog.print_button.isEnabled() and dialog.pdf.startswith(b"%PDF")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "udskrift.pdf"
    printer.setOutputFileName(str(out))
    assert dialog.print_to(printer) == dialog.document.pageCount()
    assert out.stat().st_size > 1000
    saved = tmp_path / "besoeg.pdf"
    dialog.save_to(str(saved))
    assert saved.read_bytes() == dialog.pdf
    with gui.services.ctx.uow() as uow:
        printed = uow.session.scalars(select(AccessLog).where(AccessLog.action == "print",
                                                              AccessLog.entity == "company")).all()
    assert any(key(p.entity_id) == key(company_id) for p in printed)
    dialog.close()


def test_every_model_of_the_tab_passes_the_model_tester(qtbot, gui, tab, qtmodeltester) -> None:  # noqa: ANN001
    company_id, _ = first_company_with_contacts(gui)
    select_company(qtbot, gui, tab, company_id)
    qtbot.waitUntil(lambda: gui.worker.pending == 0)
    qtmodeltester.check(tab.model, force_py=True)
    for model in tab.panel.models():
        qtmodeltester.check(model, force_py=True)
    tab.panel.contacts_model.sort(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(tab.panel.contacts_model, force_py=True)
    tab.on_follow_ups_button_clicked()
    qtbot.waitUntil(lambda: tab.follow_ups_window.model.rowCount() > 0, timeout=5000)
    qtmodeltester.check(tab.follow_ups_window.model, force_py=True)
    tab.follow_ups_window.close()
    tab.on_duplicates_button_clicked()
    dialog = tab.dialog
    dialog.on_scan_button_clicked()
    qtbot.waitUntil(lambda: dialog.scan_button.isEnabled(), timeout=10000)
    qtbot.waitUntil(lambda: gui.worker.pending == 0)
    qtmodeltester.check(dialog.members, force_py=True)
    qtmodeltester.check(dialog.group_list.model(), force_py=True)
    dialog.close()


def test_edit_conflict_shows_what_changed_and_keeps_mine_on_request(qtbot, gui, tab) -> None:  # noqa: ANN001
    from dataclasses import replace

    company_id, _ = first_company_with_contacts(gui)
    select_company(qtbot, gui, tab, company_id)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    theirs = gui.services.companies.get(company_id)  # a colleague saves first
    gui.services.companies.update(company_id, theirs, replace(theirs.as_input(), website="www.ny.dk"))
    dialog.fields["address"].setText("Min nye vej 1")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: getattr(dialog, "conflict_box", None) is not None
                    and dialog.conflict_box.isVisible(), timeout=5000)
    assert "website" in dialog.conflict_box.text() and "www.ny.dk" in dialog.conflict_box.text()
    dialog.conflict_box.buttonClicked.emit(dialog.keep_button)
    dialog.conflict_box.close()
    qtbot.waitUntil(lambda: dialog.base.version == theirs.version + 1, timeout=5000)
    assert dialog.fields["address"].text() == "Min nye vej 1"  # mine kept in the form
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=5000)
    saved = gui.services.companies.get(company_id)
    assert (saved.address, saved.website) == ("Min nye vej 1", "www.ny.dk")
