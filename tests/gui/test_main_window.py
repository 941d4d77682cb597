"""The main window as a user meets it: four tabs with demo data, search, forms, CPR reveal."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from jobcenter_desktop.persistence.orm import AccessLog


def _visible_texts(model, column: int = 0) -> list[str]:  # noqa: ANN001
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_window_has_four_danish_tabs_with_demo_data(qtbot, gui, wait_idle) -> None:  # noqa: ANN001
    w = gui.window
    assert [w.tabs.tabText(i) for i in range(4)] == ["Virksomheder", "Kandidater", "Matchning", "Strategikort"]
    wait_idle(gui)
    for name, tab in (("companies", w.companies_tab), ("candidates", w.candidates_tab),
                      ("matching", w.matching_tab)):
        w.show_tab(name)  # rows are fetched when painted, so the tab must be shown
        qtbot.waitUntil(lambda t=tab: t.model.rowCount() > 0 and t.model.row_object(0) is not None,
                        timeout=10000)
        qtbot.waitUntil(lambda t=tab: t.current_id is not None and t.detail.toPlainText() != "",
                        timeout=10000)
    names = _visible_texts(w.companies_tab.model)
    assert any(ch in "".join(n for n in names if n) for ch in "æøåÆØÅ")
    w.show_tab("strategy")  # tabs load the first time they are shown
    qtbot.waitUntil(lambda: w.strategy_tab.map_picker.count() == 2, timeout=10000)
    qtbot.waitUntil(lambda: len(w.strategy_tab.scene.cards) > 0, timeout=10000)


def test_table_models_pass_qt_model_tester(qtbot, gui, wait_idle, qtmodeltester) -> None:  # noqa: ANN001
    wait_idle(gui)
    for model in (gui.window.companies_tab.model, gui.window.candidates_tab.model,
                  gui.window.matching_tab.model, gui.window.matching_tab.placement_model):
        qtmodeltester.check(model, force_py=True)


def test_typing_in_search_filters_the_company_list(qtbot, gui, wait_idle) -> None:  # noqa: ANN001
    tab = gui.window.companies_tab
    wait_idle(gui)
    total = tab.model.rowCount()
    first = tab.model.row_object(0)
    qtbot.waitUntil(lambda: tab.model.row_object(0) is not None)
    first = tab.model.row_object(0)
    qtbot.keyClicks(tab.search, first.cvr)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: tab.model.row_object(0) is not None)
    assert tab.model.row_object(0).name == first.name
    tab.search.clear()
    qtbot.waitUntil(lambda: tab.model.rowCount() == total, timeout=5000)


def test_sorting_by_header_asks_the_store(qtbot, gui, wait_idle) -> None:  # noqa: ANN001
    tab = gui.window.companies_tab
    wait_idle(gui)
    tab.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)  # CVR
    qtbot.waitUntil(lambda: tab.model.query.sort == "cvr" and gui.worker.pending == 0)
    qtbot.waitUntil(lambda: tab.model.row_object(0) is not None and tab.model.row_object(1) is not None)
    assert tab.model.row_object(0).cvr > tab.model.row_object(1).cvr


def test_invalid_cvr_shows_a_field_message_and_saves_nothing(qtbot, gui, wait_idle) -> None:  # noqa: ANN001
    tab = gui.window.companies_tab
    wait_idle(gui)
    before = tab.model.rowCount()
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    qtbot.keyClicks(dialog.fields["cvr"], "12345678")
    qtbot.keyClicks(dialog.fields["name"], "Ny Virksomhed ApS")
    qtbot.keyClicks(dialog.fields["postcode"], "7000")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=5000)
    assert "modulus 11" in dialog.error_label.text()
    assert "b00020" in dialog.fields["cvr"].styleSheet()
    dialog.fields["cvr"].setText("29403473")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=5000)
    qtbot.waitUntil(lambda: tab.model.rowCount() == before + 1, timeout=5000)
    assert dialog.saved.town == "Fredericia"


def test_cpr_is_masked_until_revealed_and_the_reveal_is_logged(qtbot, gui, wait_idle) -> None:  # noqa: ANN001
    w = gui.window
    w.show_tab("candidates")
    tab = w.candidates_tab
    wait_idle(gui)
    tab.search.setText("010190-1234")  # the demo's first made-up CPR number
    tab.search.on_timer_timeout()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    tab.table.selectRow(0)
    qtbot.waitUntil(lambda: "010190-XXXX" in tab.detail.toPlainText(), timeout=5000)
    assert "1234" not in tab.detail.toPlainText()
    qtbot.mouseClick(tab.reveal_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "010190-1234" in tab.detail.toPlainText(), timeout=5000)
    with gui.services.ctx.uow() as uow:
        reveals = uow.session.scalars(select(AccessLog).where(AccessLog.action == "reveal_cpr")).all()
    assert len(reveals) == 1 and reveals[0].person_id == tab.current_detail.id


def test_unexpected_error_is_an_apology_with_the_log_path(qtbot, gui, wait_idle, messages) -> None:  # noqa: ANN001
    def boom() -> None:
        raise RuntimeError("programming error")

    gui.worker.run(boom)
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    title, text = messages[-1]
    assert "uventet" in title.lower() and ".log" in text and "Traceback" not in text
    assert gui.window.isVisible()  # the app keeps running


def test_soak_ten_thousand_repaints_and_tab_switches(qtbot, gui, wait_idle) -> None:  # noqa: ANN001
    w = gui.window
    w.resize(640, 420)
    wait_idle(gui)
    for i in range(10_000):
        w.tabs.setCurrentIndex(i % 4)
        w.tabs.currentWidget().repaint()
    wait_idle(gui)
    assert w.isVisible()
