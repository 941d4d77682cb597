"""The Kandidater tab as a consultant uses it: create a citizen, see the CPR masked, reveal it
(logged), withdraw consent and print the anonymised profile, filter, and import a file."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard
from sqlalchemy import select

from jobcenter_desktop.persistence.orm import AccessLog

# Made-up CPR number for this test (11-11-1911); not a real person's.
TEST_CPR = "111111-1118"


def open_tab(qtbot, gui, wait_idle):  # noqa: ANN001, ANN201
    gui.window.show_tab("candidates")
    tab = gui.window.candidates_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0 and tab.model.row_object(0) is not None,
                    timeout=15000)
    qtbot.waitUntil(lambda: tab.current_detail is not None, timeout=10000)
    wait_idle(gui)
    return tab


def select_by_search(qtbot, tab, text: str) -> None:  # noqa: ANN001
    tab.search.setText(text)
    tab.search.on_timer_timeout()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and tab.model.row_object(0) is not None,
                    timeout=10000)
    tab.table.selectRow(0)
    qtbot.waitUntil(lambda: tab.current_detail is not None
                    and tab.current_detail.name == tab.model.row_object(0).name, timeout=10000)


def pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def test_create_citizen_cpr_masked_then_revealed_with_audit_row(qtbot, gui, wait_idle) -> None:  # noqa: ANN001
    tab = open_tab(qtbot, gui, wait_idle)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    f = dialog.fields
    qtbot.keyClicks(f["name"], "Ærling Søgaard Ågesen")
    qtbot.keyClicks(f["phone"], "22 33 44 66")
    qtbot.keyClicks(f["postcode"], "7000")
    assert dialog.town_label.text() == "Fredericia"
    qtbot.keyClicks(f["cpr"], "310290-1234")  # 31 February: refused at the field
    f["target_group_code"].set_code("KH_JP")
    f["readiness"].setCurrentIndex(f["readiness"].findData("jobparat"))
    f["desired_occupations"].add_code("7212")
    f["skills"].add_tag("TIG-svejsning")
    dialog.licence_checks["B"].setChecked(True)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=10000)
    assert "dato, der ikke findes" in dialog.error_label.text()
    assert dialog.pages.currentIndex() == 0 and dialog.isVisible()
    f["cpr"].clear()
    qtbot.keyClicks(f["cpr"], TEST_CPR)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
    created = dialog.saved
    assert created.cpr_masked == "111111-XXXX" and created.target_group_code == "KH_JP"
    wait_idle(gui)
    select_by_search(qtbot, tab, "ærling søgaard")
    html = tab.detail.toPlainText()
    assert "111111-XXXX" in html and "1118" not in html
    assert tab.model.row_object(0).label == created.label
    qtbot.mouseClick(tab.reveal_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: TEST_CPR in tab.detail.toPlainText(), timeout=10000)
    assert not tab.reveal_button.isEnabled()
    with gui.services.ctx.uow() as uow:
        reveals = uow.session.scalars(select(AccessLog).where(
            AccessLog.action == "reveal_cpr", AccessLog.person_id == created.id)).all()
    assert len(reveals) == 1 and reveals[0].username == "tester"


def test_restriction_with_a_diagnosis_is_refused_on_its_page(qtbot, gui, wait_idle) -> None:  # noqa: ANN001
    tab = open_tab(qtbot, gui, wait_idle)
    tab.on_new_button_clicked()
    dialog = tab.dialog
    qtbot.keyClicks(dialog.fields["name"], "Bo Test")
    dialog.fields["work_restrictions"].setPlainText("Har PTSD")
    dialog.on_buttons_accepted()
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=10000)
    assert "ikke diagnoser" in dialog.error_label.text()
    assert dialog.pages.currentIndex() == 4
    dialog.reject()


def test_withdrawn_consent_prints_an_anonymised_profile_without_name(  # noqa: ANN001
        qtbot, gui, wait_idle, messages) -> None:
    tab = open_tab(qtbot, gui, wait_idle)
    row = next(r for r in (tab.model.row_object(i) for i in range(60)) if r and r.has_consent)
    select_by_search(qtbot, tab, row.name)
    panel = tab.consent_panel
    active = next(i for i, r in enumerate(panel.model.rows()) if r.status == "active")
    panel.table.selectRow(active)
    assert panel.withdraw_button.isEnabled()
    qtbot.mouseClick(panel.withdraw_button, Qt.MouseButton.LeftButton)
    box: QMessageBox = panel.confirm
    yes = next(b for b in box.buttons() if b.text() == "Træk tilbage")
    yes.click()
    qtbot.waitUntil(lambda: not any(r.active for r in panel.model.rows()), timeout=10000)
    assert "Intet aktivt samtykke" in panel.summary.text()
    assert panel.model.rows()[active].status == "withdrawn"
    tab.print_anonymised_profile()
    qtbot.waitUntil(lambda: getattr(tab, "preview", None) is not None, timeout=15000)
    preview = tab.preview
    text = pdf_text(preview.pdf)
    assert f"Kandidat {row.label}" in text
    for part in row.name.split():
        assert part not in text, part
    assert preview.page_count() == 1 and "minimum" in preview.note.text()
    assert row.label in preview.file_name and row.name.split()[0] not in preview.file_name
    preview.accept()
    # The employer version of the summary needs consent: refused with a message.
    tab.print_client_summary("employer")
    qtbot.waitUntil(lambda: bool(messages), timeout=10000)
    assert "anonymiserede profil" in messages[-1][1]


def test_print_preview_of_the_internal_summary_prints_every_page(qtbot, gui, wait_idle,  # noqa: ANN001
                                                                 tmp_path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    tab = open_tab(qtbot, gui, wait_idle)
    tab.print_client_summary("internal")
    qtbot.waitUntil(lambda: getattr(tab, "preview", None) is not None, timeout=15000)
    preview = tab.preview
    assert tab.current_detail.name in pdf_text(preview.pdf)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_document(printer) == preview.page_count() >= 1
    assert preview.save_to(str(tmp_path / "saved.pdf"))
    assert (tmp_path / "saved.pdf").read_bytes() == preview.pdf
    preview.accept()


def test_filters_narrow_the_list(qtbot, gui, wait_idle) -> None:  # noqa: ANN001
    tab = open_tab(qtbot, gui, wait_idle)
    total = tab.model.rowCount()
    qtbot.mouseClick(tab.filter_button, Qt.MouseButton.LeftButton)
    assert tab.filter_panel.isVisible()
    tab.licence_filter.setCurrentIndex(tab.licence_filter.findData("CE"))
    qtbot.waitUntil(lambda: 0 < tab.model.rowCount() < total, timeout=10000)
    with_ce = tab.model.rowCount()
    tab.skill_filter.setText("Excel")
    tab.on_skill_filter_editing_finished()
    qtbot.waitUntil(lambda: tab.model.rowCount() < with_ce, timeout=10000)
    ids = set(tab.model.ids())
    detail_ids = {gui.services.candidates.get(i).id for i in list(ids)[:5]}
    for cid in detail_ids:
        d = gui.services.candidates.get(cid)
        assert "CE" in d.driving_licences and "Excel" in d.skills
    tab.occupation_filter.setText("7")
    tab.on_occupation_filter_editing_finished()
    assert tab.filters["occupation"] == "7"
    qtbot.mouseClick(tab.clear_filters, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == total, timeout=10000)
    assert tab.filters == {}


def test_import_wizard_from_file_to_list(qtbot, gui, wait_idle, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "nye_borgere.csv"
    path.write_bytes(("Navn;Tlf.;Postnr.;Målgruppe\r\n"
                      "Øjvind Ærø;26 11 22 33;7000;kontanthjaelp jobparat\r\n"
                      "Åse Bøgh;26 11 22 44;9999;Dagpenge\r\n"
                      "Kåre Lund;26 11 22 55;7100;Flyverdragt\r\n").encode("cp1252"))
    tab = open_tab(qtbot, gui, wait_idle)
    tab.on_import_button_clicked()
    wizard = tab.import_wizard
    wizard.file_page.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=10000)
    assert wizard.mapping_page.mapping() == {0: "name", 1: "phone", 2: "postcode", 3: "target_group"}
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(lambda: page.result is not None, timeout=10000)
    assert page.summary.text() == "3 rækker: 1 nye borgere, 0 opdateres, 2 afvises."
    assert "«Flyverdragt»" in page.groups.text()
    assert [(e.row, e.field) for e in page.error_model.rows()] == [(3, "postcode"), (4, "target_group")]
    assert page.isComplete()
    wizard.next()  # the commit button: "Importér"
    qtbot.waitUntil(lambda: wizard.run_page.done, timeout=15000)
    assert "1 nye borgere" in wizard.run_page.status.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_idle(gui)
    select_by_search(qtbot, tab, "øjvind ærø")
    assert tab.current_detail.target_group_code == "KH_JP"


def test_every_model_passes_the_model_tester(qtbot, gui, wait_idle, qtmodeltester, tmp_path) -> None:  # noqa: ANN001
    tab = open_tab(qtbot, gui, wait_idle)
    qtmodeltester.check(tab.model, force_py=True)
    qtmodeltester.check(tab.consent_panel.model, force_py=True)
    tab.on_edit_button_clicked()
    dialog = tab.dialog
    dialog.fields["desired_occupations"].add_code("7212")
    dialog.fields["skills"].add_tag("Lagerstyring")
    dialog.on_add_experience_clicked()
    dialog.language_name.setCurrentText("tysk")
    dialog.on_add_language_clicked()
    for model in (dialog.experience_model, dialog.language_model,
                  dialog.fields["desired_occupations"].model, dialog.fields["skills"].model):
        qtmodeltester.check(model, force_py=True)
    dialog.reject()
    path = tmp_path / "b.csv"
    path.write_bytes("Navn;Postnr\r\nBo;0000\r\n".encode("cp1252"))
    tab.on_import_button_clicked()
    wizard = tab.import_wizard
    wizard.file_page.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=10000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.result is not None, timeout=10000)
    qtmodeltester.check(wizard.preview_page.error_model, force_py=True)
    wizard.reject()
