"""The Matching tab as a consultant uses it: from a job order to a ranked, explained shortlist,
a refused and an accepted proposal, a placement with its compliance check, the pipeline and the
placement summary in print preview (its text read back with pypdf)."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, Qt
from sqlalchemy import select

from jobcenter_desktop.persistence.orm import MediationEvent, Placement
from jobcenter_desktop.services.consents import ConsentInput, ConsentService
from jobcenter_desktop.services.lists import key
from jobcenter_desktop.services.placements import PlacementInput


def _open(qtbot, gui, wait_idle, rows: int = 3):  # noqa: ANN001, ANN202
    """The tab with a job order selected that has at least ``rows`` citizens passing its hard
    requirements (some demo orders ask for a certificate and a lorry licence nobody holds)."""
    gui.window.show_tab("matching")
    tab = gui.window.matching_tab
    qtbot.waitUntil(lambda: tab.results is not None, timeout=20000)
    for picked in range(tab.model.rowCount()):
        tab.table.selectRow(picked)
        qtbot.waitUntil(lambda: tab.results is not None and key(tab.results.id) == key(tab.current_id)
                        and gui.worker.pending == 0, timeout=20000)
        if tab.results_model.rowCount() >= rows:
            break
    wait_idle(gui)
    assert tab.results_model.rowCount() >= rows
    return tab


def _select(tab, *rows: int) -> None:  # noqa: ANN001
    model, selection = tab.results_model, tab.results_table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection.clearSelection()
    for i, row in enumerate(rows):
        index = model.index(row, 0)
        if i == 0:
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
        else:
            selection.select(index, flags)


def test_job_order_to_shortlist_proposal_placement_and_pdf(qtbot, gui, wait_idle, messages,  # noqa: ANN001
                                                           qtmodeltester) -> None:
    tab = _open(qtbot, gui, wait_idle)
    qtmodeltester.check(tab.results_model, force_py=True)
    job = tab.results.target
    assert tab.detail.toPlainText().startswith(job.title)
    first = tab.results_model.row_object(0)
    assert first.kind == "candidate" and first.explanation_da.startswith(("✓", "≈", "✗", "?"))
    scores = [tab.results_model.row_object(r).score for r in range(tab.results_model.rowCount())]
    assert scores == sorted(scores, reverse=True)
    text = tab.results_model.data(tab.results_model.index(0, tab.results_model.EXPLANATION))
    assert " · " in text and "km" in text
    qtbot.waitUntil(lambda: "Fag" in tab.explanation.toPlainText(), timeout=10000)
    assert "Ordninger pr." in tab.explanation.toPlainText()

    # The demo citizens have no consent to a named proposal: refused, with the reason.
    assert not first.may_propose
    qtbot.mouseClick(tab.propose_button, Qt.MouseButton.LeftButton)
    tab.propose_dialog.accept()
    qtbot.waitUntil(lambda: any("samtykke" in m for _, m in messages), timeout=10000)

    # With consent recorded, the proposal goes into the job order's mediation log.
    ConsentService(gui.services.ctx).give(first.id, ConsentInput(
        "named_proposal", datetime.now(UTC).date(), "samtale"))
    tab.rerun()
    qtbot.waitUntil(lambda: any(tab.results_model.row_object(r).id == first.id
                                and tab.results_model.row_object(r).may_propose
                                for r in range(tab.results_model.rowCount())), timeout=10000)
    wait_idle(gui)
    row = next(r for r in range(tab.results_model.rowCount()) if tab.results_model.row_object(r).id == first.id)
    _select(tab, row)
    qtbot.mouseClick(tab.propose_button, Qt.MouseButton.LeftButton)
    tab.propose_dialog.note.setText("Sendt til værkføreren")
    tab.propose_dialog.accept()
    qtbot.waitUntil(lambda: "Foreslået" in tab.results_info.text(), timeout=10000)
    with gui.services.ctx.uow() as uow:
        event = uow.session.scalars(select(MediationEvent).where(
            MediationEvent.kind == "candidate_proposed", MediationEvent.candidate_id == first.id)).one()
        assert str(event.job_order_id) == job.id and event.reason == "Sendt til værkføreren"
        assert event.score_breakdown["candidate_id"] == first.id

    # Start a placement from the match: the dialog checks the rules beside the form.
    wait_idle(gui)
    row = next(r for r in range(tab.results_model.rowCount()) if tab.results_model.row_object(r).id == first.id)
    _select(tab, row)
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(tab, "placement_dialog", None) is not None
                    and tab.placement_dialog.isVisible(), timeout=10000)
    dialog = tab.placement_dialog
    dialog.scheme.setCurrentIndex(dialog.scheme.findData("ORD"))
    dialog.purpose.setPlainText("Ansættelse efter samtale")
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.report.scheme_code == "ORD", timeout=10000)
    qtmodeltester.check(dialog.checks_model, force_py=True)
    assert dialog.checks_model.rowCount() >= 3 and "✓" in dialog.verdict.text()
    qtbot.mouseClick(dialog.save_planned, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=10000)
    assert tab.workspace.currentIndex() == 1 and tab.last_placement.status == "planned"
    assert tab.last_placement.job_order_id == job.id
    wait_idle(gui)
    qtbot.waitUntil(lambda: tab.pipeline_models["planned"].rowCount() > 0, timeout=10000)
    for model in tab.pipeline_models.values():
        qtmodeltester.check(model, force_py=True)

    # The placement summary, previewed.
    tab.print_placement(tab.last_placement.id)
    qtbot.waitUntil(lambda: getattr(tab, "preview", None) is not None and tab.preview.isVisible(),
                    timeout=15000)
    assert tab.preview.page_count() >= 1
    pdf_text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(tab.preview.pdf)).pages)
    assert "Resumé af forløb" in pdf_text and first.name in pdf_text
    assert "Ordinært job" in pdf_text and "Underskrifter" in pdf_text
    tab.preview.close()


def test_a_rule_breaking_placement_can_only_be_planned(qtbot, gui, wait_idle, qtmodeltester) -> None:  # noqa: ANN001
    tab = _open(qtbot, gui, wait_idle)
    _select(tab, 0)
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(tab, "placement_dialog", None) is not None
                    and tab.placement_dialog.isVisible(), timeout=10000)
    dialog = tab.placement_dialog
    dialog.scheme.setCurrentIndex(dialog.scheme.findData("JR"))  # closed to new cases in 2026
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.report.scheme_code == "JR", timeout=10000)
    assert "kan kun gemmes som planlagt" in dialog.verdict.text()
    assert not dialog.save_active.isEnabled()
    failed = [dialog.checks_model.row_object(r) for r in range(dialog.checks_model.rowCount())
              if dialog.checks_model.row_object(r).status == "fail"]
    assert any("kan ikke bevilges efter 31-01-2026" in c.text_da for c in failed)
    qtbot.mouseClick(dialog.vitas_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(dialog, "vitas_dialog", None) is not None, timeout=10000)
    qtmodeltester.check(dialog.vitas_dialog.model, force_py=True)
    assert dialog.vitas_dialog.model.rowCount() > 5
    dialog.vitas_dialog.close()
    qtbot.mouseClick(dialog.save_planned, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=10000)
    assert tab.last_placement.has_failure and "✗ fejler" in tab.placement_info.text()
    with gui.services.ctx.uow() as uow:
        saved = uow.session.get(Placement, tab.last_placement.id)
        assert saved.status == "planned" and saved.compliance_snapshot["has_failure"] is True


def test_pipeline_status_change_through_the_dialog(qtbot, gui, wait_idle) -> None:  # noqa: ANN001
    tab = _open(qtbot, gui, wait_idle)
    services = gui.services
    target = tab.results.target
    person = tab.results_model.row_object(0)
    created = services.placements.create(PlacementInput(
        candidate_id=person.id, company_id=target.company_id, scheme_code="ORD",
        start=datetime.now(UTC).date(), workplace_id=target.workplace_id))
    tab.workspace.setCurrentIndex(1)
    model = tab.pipeline_models["planned"]
    qtbot.waitUntil(lambda: model.rowCount() > 0 and model.row_object(0) is not None, timeout=10000)
    row = next(r for r in range(model.rowCount()) if model.row_object(r) and model.row_object(r).id == created.id)
    tab.pipeline_tables["planned"].selectRow(row)
    assert tab.activate_button.isEnabled() and not tab.complete_button.isEnabled()
    qtbot.mouseClick(tab.activate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(tab, "status_dialog", None) is not None
                    and tab.status_dialog.isVisible(), timeout=10000)
    tab.status_dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: tab.status_dialog.result() == tab.status_dialog.DialogCode.Accepted,
                    timeout=10000)
    assert services.placements.get(created.id).status == "active"
    qtbot.waitUntil(lambda: "Aktiv (" in tab.pipeline_headers["active"].text(), timeout=10000)


def test_compare_excluded_and_the_other_direction(qtbot, gui, wait_idle, qtmodeltester) -> None:  # noqa: ANN001
    tab = _open(qtbot, gui, wait_idle)
    _select(tab, 0, 1)
    assert tab.compare_button.isEnabled()
    qtbot.mouseClick(tab.compare_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(tab, "compare_dialog", None) is not None, timeout=10000)
    comparison = tab.compare_dialog.model
    qtmodeltester.check(comparison, force_py=True)
    assert comparison.columnCount() == 3 and comparison.data(comparison.index(0, 0)) == "Samlet score"
    tab.compare_dialog.close()

    tab.show_excluded.setChecked(True)
    qtbot.waitUntil(lambda: tab.results is not None and bool(tab.results.excluded), timeout=15000)
    wait_idle(gui)
    rows = [tab.results_model.row_object(r) for r in range(tab.results_model.rowCount())]
    excluded = [r for r in rows if r.excluded]
    assert excluded and rows.index(excluded[0]) >= len([r for r in rows if not r.excluded])
    index = tab.results_model.index(rows.index(excluded[0]), tab.results_model.EXPLANATION)
    assert tab.results_model.data(index).startswith("Udelukket: ✗")
    assert tab.results_model.data(index, Qt.ItemDataRole.ForegroundRole) is not None  # greyed

    tab.mode_box.setCurrentIndex(1)  # citizen → job orders and companies
    qtbot.waitUntil(lambda: tab.model is tab.candidate_model and tab.model.rowCount() > 0, timeout=10000)
    qtmodeltester.check(tab.candidate_model, force_py=True)
    tab.table.selectRow(0)
    qtbot.waitUntil(lambda: tab.results is not None and tab.results.target.kind == "candidate"
                    and tab.results_model.rowCount() > 0, timeout=20000)
    kinds = {tab.results_model.row_object(r).kind for r in range(tab.results_model.rowCount())}
    assert kinds and kinds <= {"job_order", "company"}
    qtmodeltester.check(tab.results_model, force_py=True)
