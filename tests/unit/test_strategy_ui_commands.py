"""Undo commands of the strategy editor: every edit one step, refused edits never pushed,
undo/redo give back exactly the model that was there (no Qt widgets involved)."""

from __future__ import annotations

from datetime import date

import pytest

from jobcenter_desktop.domain.errors import UserError
from jobcenter_desktop.domain.strategy import VISION_ID, StrategyMap
from jobcenter_desktop.ui.strategy_map.commands import MapEditor


@pytest.fixture
def editor(qapp) -> MapEditor:  # noqa: ANN001
    m = StrategyMap(title="Testkort", vision_text="Lokal vækst", vision_year=2027,
                    span_start=date(2025, 1, 1), span_end=date(2027, 12, 31))
    vk = m.add_focus_area(name="Virksomhedskontakten", id="VK")
    m.add_focus_area(name="Borgerkontakten", id="BK")
    m.add_goal(text="Én indgang", focus_area_id=vk.id, id="VK1", x=20, y=140)
    m.add_goal(text="Flere besøg", focus_area_id=vk.id, id="VK2", x=20, y=260)
    m.add_goal(text="Borgere i job", focus_area_id="BK", id="BK1", x=300, y=140)
    m.add_link("VK2", "VK1", id="L1")
    m.add_link("VK1", "BK1", id="L2")
    m.add_link("BK1", VISION_ID, id="L3")
    m.add_indicator(goal_id="VK1", name="Kontakter", id="I1", period="year")
    m.set_target("I1", date(2025, 1, 1), target=300, amber_limit=250, by="leder")
    m.add_milestone(text="Første status", due=date(2025, 12, 31), goal_id="VK1", id="M1")
    e = MapEditor(actor_name="Jørgen Frandsen")
    e.set_map(m)
    return e


def test_add_goal_undo_redo_keeps_the_same_goal(editor: MapEditor) -> None:
    m = editor.model
    goal_id = editor.add_goal(focus_area_id="BK", text="Samtaler om virksomhedernes behov")
    assert m.goal(goal_id).y > m.goal("BK1").y  # placed under the lane's lowest card
    editor.stack.undo()
    assert goal_id not in {g.id for g in m.goals}
    editor.stack.redo()
    assert m.goal(goal_id).text == "Samtaler om virksomhedernes behov"
    assert editor.dirty


def test_removing_a_goal_and_undo_restores_links_indicators_and_milestones(editor: MapEditor) -> None:
    m = editor.model
    before = m.snapshot()
    editor.remove_goals(["VK1"])
    assert "VK1" not in {g.id for g in m.goals}
    assert {k.id for k in m.links} == {"L3"} and m.milestone("M1").goal_id is None
    editor.stack.undo()
    assert m.snapshot() == before
    editor.stack.redo()
    assert "I1" not in {i.id for i in m.indicators}


def test_a_refused_link_is_not_pushed_and_changes_nothing(editor: MapEditor) -> None:
    m = editor.model
    before = m.snapshot()
    with pytest.raises(UserError) as refused:
        editor.add_link("BK1", "VK2")  # VK2 → VK1 → BK1 → VK2 would be a loop
    assert "løkke" in refused.value.message("da")
    assert "Flere besøg" in refused.value.message("da") or "VK2" in refused.value.message("da")
    assert m.snapshot() == before and editor.stack.count() == 0 and not editor.dirty


def test_moves_are_one_step_and_keyboard_nudges_merge(editor: MapEditor) -> None:
    m = editor.model
    editor.move_goals({"VK1": (40.0, 150.0), "VK2": (40.0, 270.0)})
    assert editor.stack.count() == 1
    for _ in range(5):
        editor.nudge(["BK1"], 10, 0)
    assert editor.stack.count() == 2
    assert m.goal("BK1").x == 350
    editor.stack.undo()
    assert m.goal("BK1").x == 300
    editor.stack.undo()
    assert (m.goal("VK1").x, m.goal("VK2").y) == (20, 260)


def test_compound_edit_that_fails_midway_leaves_no_trace(editor: MapEditor) -> None:
    m = editor.model
    before = m.snapshot()

    def change() -> None:
        m.update_goal("VK1", text="Ny tekst", by="leder")
        m.set_target("I1", date(2026, 1, 1), target=300, amber_limit=400, by="leder")  # refused

    with pytest.raises(UserError, match="gul-grænsen"):
        editor.run("Ret indikator", change)
    assert m.snapshot() == before and editor.stack.count() == 0


def test_goal_text_revision_and_its_undo(editor: MapEditor) -> None:
    m = editor.model
    editor.update_goal("VK1", text="Én indgang for alle virksomheder", reason="Workshop 2")
    revision = m.history("VK1", "text")[-1]
    assert (revision.old, revision.new, revision.by, revision.reason) == (
        "Én indgang", "Én indgang for alle virksomheder", "Jørgen Frandsen", "Workshop 2")
    editor.stack.undo()
    assert m.goal("VK1").text == "Én indgang" and not m.history("VK1", "text")
    editor.update_goal("VK1", text="Én indgang")  # no change: no step
    assert editor.stack.count() == 1  # the undone step is still there to redo


def test_deleting_a_selection_with_a_sub_goal_is_one_step(editor: MapEditor) -> None:
    m = editor.model
    child = editor.add_goal(focus_area_id=None, parent_goal_id="VK1", text="Svar samme dag")
    steps = editor.stack.count()
    editor.remove_selection(["VK1", child], ["L3"])
    assert not {"VK1", child} & {g.id for g in m.goals} and "L3" not in {k.id for k in m.links}
    assert editor.stack.count() == steps + 1
    editor.stack.undo()
    assert {"VK1", child} <= {g.id for g in m.goals} and "L3" in {k.id for k in m.links}


def test_tidy_layout_is_one_step(editor: MapEditor) -> None:
    m = editor.model
    editor.move_goals({"VK1": (900.0, 900.0)})
    editor.tidy()
    layout = m.compute_layout()
    assert all((m.goal(g).x, m.goal(g).y) == (b.x, b.y) for g, b in layout.cards.items())
    editor.stack.undo()
    assert (m.goal("VK1").x, m.goal("VK1").y) == (900.0, 900.0)


def test_without_a_map_edits_are_refused(qapp) -> None:  # noqa: ANN001
    e = MapEditor(actor_name="x")
    with pytest.raises(UserError, match="strategikort"):
        e.add_goal(focus_area_id="VK", text="Mål")
