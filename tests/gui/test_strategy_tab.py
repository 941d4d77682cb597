"""The strategy-map tab as a leader uses it: open the demo map, add goals and arrows, have a
loop refused with its explanation, undo and redo, move cards, edit indicators, save and
reload, resolve a conflict, print, import and export."""

from __future__ import annotations

import json
from io import BytesIO

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QTableWidgetItem

from jobcenter_desktop.domain.strategy import VISION_ID, IndicatorSource
from jobcenter_desktop.ui.strategy_map.dialogs import IndicatorDialog, PrintDialog, TemplateDialog


@pytest.fixture
def tab(qtbot, gui, wait_idle):  # noqa: ANN001, ANN201
    gui.window.show_tab("strategy")
    t = gui.window.strategy_tab
    qtbot.waitUntil(lambda: t.editor.model is not None and len(t.scene.cards) > 0, timeout=15000)
    wait_idle(gui)
    t.scene.flush()
    return t


def _goal_by_text(model, text: str):  # noqa: ANN001, ANN202
    return next(g for g in model.goals if g.text == text)


def _view_point(tab, scene_point: QPointF) -> QPoint:  # noqa: ANN001
    return tab.view.mapFromScene(scene_point)


def test_demo_map_opens_with_lanes_cards_arrows_and_views(qtbot, tab, gui) -> None:  # noqa: ANN001
    m = tab.editor.model
    assert tab.map_picker.count() == 2
    assert set(tab.scene.lanes) == {a.id for a in m.focus_areas}
    assert len(tab.scene.cards) == len(m.goals)
    assert len(tab.scene.arrows) == len(m.links)
    assert not tab.editor.dirty  # recomputing live indicators on open is not an edit
    # live indicators were recomputed from the demo CRM and show on the cards
    contacts = next(i for i in m.indicators if i.measure_key == "company_contacts")
    assert m.measurements(contacts.id)
    assert all(v.entered_by == "CRM (beregnet)" for v in m.measurements(contacts.id))
    # the demo CRM logs no candidate proposals: that live indicator is grey, not a made-up 0
    proposals = next(i for i in m.indicators if i.measure_key == "days_to_first_proposal")
    assert not m.measurements(proposals.id)
    card = tab.scene.cards[contacts.goal_id]
    assert "mål" in card.value_text
    # the other views mirror the same model
    tab.views.setCurrentIndex(1)
    kinds = [kind for kind, _ in tab.timeline.rows]
    assert "milestone" in kinds and "group" in kinds and "initiative" in kinds
    tab.views.setCurrentIndex(3)
    assert "Status for ledelsen" in tab.status_view.toPlainText()
    assert tab.indicator_model.rowCount() > 0


def test_models_pass_qt_model_tester(qtbot, tab, qtmodeltester) -> None:  # noqa: ANN001
    for kind in ("month", "quarter", "year"):
        tab.indicator_model.set_kind(kind)
        qtmodeltester.check(tab.indicator_model, force_py=True)


def test_add_goal_type_its_text_in_place_then_undo_and_redo(qtbot, tab) -> None:  # noqa: ANN001
    before = len(tab.editor.model.goals)
    tab.new_goal_action.trigger()
    assert len(tab.editor.model.goals) == before + 1
    editor = tab.scene.inline_editor
    assert editor is not None and editor.hasFocus()
    editor.setPlainText("Flere lærlinge i små virksomheder")
    qtbot.keyClick(tab.view.viewport(), Qt.Key.Key_Return)  # Enter commits the text
    qtbot.waitUntil(lambda: any(g.text == "Flere lærlinge i små virksomheder"
                                for g in tab.editor.model.goals))
    goal = _goal_by_text(tab.editor.model, "Flere lærlinge i små virksomheder")
    assert tab.scene.cards[goal.id].text == goal.text
    assert tab.editor.dirty and "Ikke gemte" in tab.unsaved_label.text()
    tab.undo_action.trigger()  # the text
    tab.undo_action.trigger()  # the goal
    assert len(tab.editor.model.goals) == before and goal.id not in tab.scene.cards
    tab.redo_action.trigger()
    tab.redo_action.trigger()
    assert tab.editor.model.goal(goal.id).text == "Flere lærlinge i små virksomheder"
    assert goal.id in tab.scene.cards


def test_connect_two_goals_by_dragging_from_the_handle(qtbot, tab) -> None:  # noqa: ANN001
    m = tab.editor.model
    a = _goal_by_text(m, "Flere virksomheder får besøg og en fast kontaktperson")
    b = _goal_by_text(m, "Fast samarbejde med erhvervsservice og uddannelsessteder")
    links = len(m.links)
    tab.view.resetTransform()
    card_a, card_b = tab.scene.cards[a.id], tab.scene.cards[b.id]
    tab.view.centerOn(card_a)
    start = _view_point(tab, card_a.mapToScene(card_a.handle_centre()))
    end = _view_point(tab, card_b.sceneBoundingRect().center())
    viewport = tab.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert len(m.links) == links + 1
    new = next(k for k in m.links if (k.from_id, k.to_id) == (a.id, b.id))
    assert new.id in tab.scene.arrows
    tab.undo_action.trigger()
    assert len(m.links) == links and new.id not in tab.scene.arrows
    tab.redo_action.trigger()
    assert new.id in {k.id for k in m.links} and new.id in tab.scene.arrows


def test_a_loop_is_refused_with_its_path_and_nothing_changes(qtbot, tab, messages) -> None:  # noqa: ANN001
    m = tab.editor.model
    vk1 = _goal_by_text(m, "Virksomheder oplever én indgang og hurtig, professionel service")
    bk1 = _goal_by_text(m, "Samtaler med borgere tager udgangspunkt i lokale virksomheders behov")
    links, steps = m.links, tab.editor.stack.count()
    tab.scene.link_requested.emit(bk1.id, vk1.id)  # VK1 → BK1 exists: this closes a loop
    assert messages, "the refusal is shown"
    title, text = messages[-1]
    assert "løkke" in text and "→" in text
    assert m.links == links and tab.editor.stack.count() == steps
    assert not tab.editor.dirty


def test_drag_a_card_is_one_undo_step_and_arrows_follow(qtbot, tab) -> None:  # noqa: ANN001
    m = tab.editor.model
    goal = _goal_by_text(m, "Fast samarbejde med erhvervsservice og uddannelsessteder")
    x0, y0 = goal.x, goal.y
    tab.view.resetTransform()
    card = tab.scene.cards[goal.id]
    tab.view.centerOn(card)
    start = _view_point(tab, card.sceneBoundingRect().center() + QPointF(0, 20))
    viewport = tab.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(viewport, start + QPoint(0, 20 * step))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(0, 100))
    moved = m.goal(goal.id)
    assert (moved.x, moved.y) == (x0, y0 + 100)
    assert tab.editor.stack.count() == 1 and tab.editor.stack.undoText() == "Flyt mål"
    tab.undo_action.trigger()
    assert (m.goal(goal.id).x, m.goal(goal.id).y) == (x0, y0)
    assert card.pos() == QPointF(x0, y0)


def test_keyboard_tab_enter_nudge_and_delete(qtbot, tab) -> None:  # noqa: ANN001
    m = tab.editor.model
    tab.view.setFocus()
    order = [c.goal_id for c in tab.scene.cards_in_order()]
    qtbot.keyClick(tab.view, Qt.Key.Key_Tab)
    assert tab.scene.selected_goal_ids() == [order[0]]
    qtbot.keyClick(tab.view, Qt.Key.Key_Tab)
    assert tab.scene.selected_goal_ids() == [order[1]]
    goal = m.goal(order[1])
    qtbot.keyClick(tab.view, Qt.Key.Key_Right)
    qtbot.keyClick(tab.view, Qt.Key.Key_Right)
    qtbot.keyClick(tab.view, Qt.Key.Key_Down)
    assert (m.goal(goal.id).x, m.goal(goal.id).y) == (goal.x + 20, goal.y + 10)
    assert tab.editor.stack.count() == 1  # the nudges merged into one step
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert tab.side.currentWidget() is tab.goal_panel and tab.goal_panel.goal_id == goal.id
    leaf = next(g for g in m.goals if not m.sub_goals(g.id))
    tab.scene.select_only(leaf.id)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert leaf.id not in {g.id for g in m.goals}
    tab.undo_action.trigger()
    assert leaf.id in {g.id for g in m.goals} and leaf.id in tab.scene.cards


def test_panel_edit_with_reason_indicator_dialog_then_save_and_reload(qtbot, tab, gui,  # noqa: ANN001
                                                                      wait_idle) -> None:
    m = tab.editor.model
    goal = _goal_by_text(m, "Fast samarbejde med erhvervsservice og uddannelsessteder")
    tab.scene.select_only(goal.id)
    panel = tab.goal_panel
    assert tab.side.currentWidget() is panel
    panel.text.setPlainText("Fast samarbejde med erhvervsservice, skoler og Ørsted-fonden")
    panel.reason.setText("Udvidet efter dialog med erhvervsrådet")
    panel.apply_button.click()
    assert m.goal(goal.id).text.endswith("Ørsted-fonden")
    # a new manual indicator with a target and a measurement, in one dialog
    panel.add_indicator_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, IndicatorDialog)
    dialog.name.setText("Møder med uddannelsessteder")
    dialog.unit.setText("antal")
    dialog.period.setCurrentIndex(dialog.period.findData("year"))
    span_year = m.span_start.year
    dialog.targets.insertRow(0)
    for column, value in enumerate((str(span_year), "12", "9")):
        dialog.targets.setItem(0, column, QTableWidgetItem(value))
    dialog.values.insertRow(0)
    for column, value in enumerate((str(span_year), "10", "opgjort af sekretariatet")):
        dialog.values.setItem(0, column, QTableWidgetItem(value))
    dialog.buttons.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    ind = next(i for i in m.indicators_of(goal.id) if i.name == "Møder med uddannelsessteder")
    assert m.latest_light(ind.id).value == "amber"  # 10 is between 9 and 12
    tab.save_action.trigger()
    qtbot.waitUntil(lambda: not tab.editor.dirty, timeout=10000)
    wait_idle(gui)
    stored = gui.services.strategy.load(tab.map_id).map
    assert stored.goal(goal.id).text.endswith("Ørsted-fonden")
    revision = stored.history(goal.id, "text")[-1]
    assert revision.reason == "Udvidet efter dialog med erhvervsrådet"
    stored_ind = next(i for i in stored.indicators if i.name == "Møder med uddannelsessteder")
    assert stored.latest_measurement(stored_ind.id).value == 10
    assert stored.targets(stored_ind.id)[0].amber_limit == 9
    # reopening in the tab shows the same
    tab.open_map(tab.map_id)
    wait_idle(gui)
    qtbot.waitUntil(lambda: goal.id in tab.scene.cards)
    assert tab.scene.cards[goal.id].text.endswith("Ørsted-fonden")


def test_refused_indicator_keeps_the_dialog_open_and_the_map_unchanged(qtbot, tab) -> None:  # noqa: ANN001
    m = tab.editor.model
    goal = m.goals[0]
    before = m.snapshot()
    dialog = IndicatorDialog(editor=tab.editor, goal_id=goal.id, parent=tab)
    dialog.open()
    dialog.name.setText("Ventetid")
    dialog.direction.setCurrentIndex(dialog.direction.findData("higher"))
    dialog.targets.insertRow(0)
    for column, value in enumerate((str(m.span_start.year), "10", "20")):  # amber above target
        dialog.targets.setItem(0, column, QTableWidgetItem(value))
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and "gul-grænsen" in dialog.error_label.text()
    assert m.snapshot() == before and tab.editor.stack.count() == 0
    dialog.reject()


def test_conflict_offers_to_reload_their_version(qtbot, tab, gui, wait_idle) -> None:  # noqa: ANN001
    m = tab.editor.model
    goal = m.goals[0]
    # someone else saves first
    theirs = gui.services.strategy.load(tab.map_id)
    theirs.map.update_goal(goal.id, text="Deres nye tekst", by="kollega")
    gui.services.strategy.save(tab.map_id, theirs.map, theirs.version)
    tab.editor.update_goal(goal.id, text="Min tekst")
    tab.save_action.trigger()
    qtbot.waitUntil(lambda: tab.conflict_box is not None and tab.conflict_box.isVisible(),
                    timeout=10000)
    assert "anden bruger" in tab.conflict_box.text()
    tab.conflict_box.buttonClicked.emit(tab.reload_button)
    tab.conflict_box.close()
    qtbot.waitUntil(lambda: tab.editor.model is not None
                    and tab.editor.model.goal(goal.id).text == "Deres nye tekst", timeout=10000)
    assert not tab.editor.dirty


def test_measurement_typed_in_the_indicator_table_is_an_undoable_edit(qtbot, tab) -> None:  # noqa: ANN001
    model = tab.indicator_model
    m = tab.editor.model
    for kind in ("quarter", "year", "month"):
        model.set_kind(kind)
        rows = [r for r in range(model.rowCount())
                if model.indicator_at(r).source is not IndicatorSource.COMPUTED]
        if rows:
            break
    row = rows[0]
    ind = model.indicator_at(row)
    column = model.columnCount() - 1
    index = model.index(row, column)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    before = m.measurement(ind.id, model.period_at(column))
    assert model.setData(index, "42,5")
    assert m.measurement(ind.id, model.period_at(column)).value == 42.5
    assert tab.editor.stack.undoText() == "Ret måling"
    tab.undo_action.trigger()
    assert m.measurement(ind.id, model.period_at(column)) == before
    assert not model.setData(index, "fire")  # not a number: refused, nothing changes
    assert m.measurement(ind.id, model.period_at(column)) == before


def test_recompute_button_is_undoable_only_when_something_changed(qtbot, tab, gui, wait_idle) -> None:  # noqa: ANN001
    m = tab.editor.model
    computed = next(i for i in m.indicators if i.source is IndicatorSource.COMPUTED
                    and m.measurements(i.id))
    first = m.measurements(computed.id)[0]
    tab.editor.run("test", lambda: m.add_measurement(computed.id, first.period_start, 999999,
                                                     entered_by="test"))
    steps = tab.editor.stack.count()
    tab.refresh_action.trigger()
    wait_idle(gui)
    qtbot.waitUntil(lambda: tab.editor.stack.count() == steps + 1, timeout=10000)
    assert m.measurement(computed.id, first.period_start).value == first.value
    assert tab.editor.stack.undoText() == "Opdatér målinger"


def test_new_map_from_template_and_export_import_json(qtbot, tab, gui, wait_idle, tmp_path,  # noqa: ANN001
                                                      monkeypatch, messages) -> None:
    tab.template_action.trigger()
    qtbot.waitUntil(lambda: isinstance(tab.dialog, TemplateDialog), timeout=10000)
    dialog = tab.dialog
    assert dialog.list.count() == 2
    dialog.list.setCurrentRow(1)
    dialog.start_year.setValue(2026)
    dialog.accept()
    qtbot.waitUntil(lambda: tab.map_picker.count() == 3, timeout=10000)
    wait_idle(gui)
    qtbot.waitUntil(lambda: tab.editor.model is not None and tab.editor.model.span_start.year == 2026,
                    timeout=10000)
    title = tab.editor.model.title
    out = tmp_path / "kort.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    tab.export_action.trigger()
    wait_idle(gui)
    assert json.loads(out.read_text(encoding="utf-8"))["map"]["title"] == title
    # a broken file: clear message, nothing created
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "jobcenter-strategy-map", "version": 1, "map": {', encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(broken), "")))
    tab.import_action.trigger()
    wait_idle(gui)
    assert messages and "ikke gyldig JSON" in messages[-1][1]
    assert tab.map_picker.count() == 3
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(out), "")))
    tab.import_action.trigger()
    qtbot.waitUntil(lambda: tab.map_picker.count() == 4, timeout=10000)


def test_print_poster_to_pdf_and_preview(qtbot, tab, gui, wait_idle, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    out = tmp_path / "plakat.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    tab.print_action.trigger()
    dialog = tab.dialog
    assert isinstance(dialog, PrintDialog)
    dialog.save_button.click()
    qtbot.waitUntil(out.exists, timeout=15000)
    text = "\n".join(page.extract_text() for page in PdfReader(BytesIO(out.read_bytes())).pages)
    m = tab.editor.model
    assert "virksomhedsservice" in text and "Virksomhedskontakten" in text
    assert "Tværgående samarbejde" in text  # æøå survive
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: tab.preview_dialog is not None and tab.preview_dialog.isVisible(),
                    timeout=15000)
    tab.preview_dialog.close()
    assert m.title


def test_vision_link_and_link_removal_from_the_panel(qtbot, tab) -> None:  # noqa: ANN001
    m = tab.editor.model
    goal = _goal_by_text(m, "Fast samarbejde med erhvervsservice og uddannelsessteder")
    tab.scene.select_only(goal.id)
    panel = tab.goal_panel
    panel.link_target.setCurrentIndex(panel.link_target.findData(VISION_ID))
    panel.add_link_button.click()
    link = next(k for k in m.links if (k.from_id, k.to_id) == (goal.id, VISION_ID))
    assert link.id in tab.scene.arrows
    panel.links.setCurrentRow(next(r for r in range(panel.links.count())
                                   if panel.links.item(r).data(Qt.ItemDataRole.UserRole) == link.id))
    panel.remove_link_button.click()
    assert link.id not in {k.id for k in m.links}
