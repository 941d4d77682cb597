"""Unit tests for the strategy-map model, its rules and computations, and the measure catalogue."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime

import pytest

from jobcenter_desktop.domain import measures
from jobcenter_desktop.domain.errors import UserError
from jobcenter_desktop.domain.strategy import (
    VISION_ID,
    Direction,
    LayoutParams,
    Light,
    MapEvent,
    PeriodKind,
    StrategyMap,
    Task,
    is_period_start,
    light_for,
    period_end,
    period_label,
    period_start,
    periods_in_span,
)

NOW = datetime(2019, 5, 1, 12, 0, tzinfo=UTC)


def clock() -> datetime:
    return NOW


def small_map() -> StrategyMap:
    """Four lanes and the Fredericia-like chain IS1a → IS1 → VK1 → BK1 → vision."""
    m = StrategyMap(
        id="map1",
        title="Testkort",
        vision_text="Lokal vækst og jobskabelse",
        vision_year=2020,
        span_start=date(2018, 2, 15),
        span_end=date(2020, 12, 31),
        clock=clock,
    )
    for n, (aid, name) in enumerate(
        [
            ("VK", "Virksomhedskontakten"),
            ("BK", "Borgerkontakten"),
            ("IS", "Internt samarbejde"),
            ("TS", "Tværgående samarbejde"),
        ],
        start=1,
    ):
        m.add_focus_area(id=aid, name=name, order=n)
    m.add_goal(id="VK1", focus_area_id="VK", text="Én indgang for virksomheder", owner="leder")
    m.add_goal(id="BK1", focus_area_id="BK", text="Samtaler ud fra virksomheders behov")
    m.add_goal(id="IS1", focus_area_id="IS", text="Fælles viden om virksomhederne")
    m.add_goal(id="IS1a", parent_goal_id="IS1", text="Alle logger kontakter i samme system")
    m.add_goal(id="TS1", focus_area_id="TS", text="Samarbejde med erhvervsservice")
    for a, b in [
        ("IS1a", "IS1"),
        ("IS1", "VK1"),
        ("TS1", "VK1"),
        ("VK1", "BK1"),
        ("BK1", VISION_ID),
    ]:
        m.add_link(a, b, id=f"{a}>{b}")
    m.add_indicator(
        id="kontakter", goal_id="VK1", name="Virksomhedskontakter", unit="antal", period="quarter"
    )
    m.add_indicator(
        id="dage",
        goal_id="VK1",
        name="Dage til første forslag",
        unit="dage",
        direction="lower",
        period="quarter",
    )
    return m


# --- periods ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "kind", "start", "end"),
    [
        (date(2019, 5, 17), "month", date(2019, 5, 1), date(2019, 5, 31)),
        (date(2019, 5, 17), "quarter", date(2019, 4, 1), date(2019, 6, 30)),
        (date(2019, 12, 31), "quarter", date(2019, 10, 1), date(2019, 12, 31)),
        (date(2019, 5, 17), "year", date(2019, 1, 1), date(2019, 12, 31)),
        (date(2020, 2, 29), "month", date(2020, 2, 1), date(2020, 2, 29)),
    ],
)
def test_period_start_and_end(day: date, kind: str, start: date, end: date) -> None:
    assert period_start(day, kind) == start
    assert period_end(day, kind) == end
    assert is_period_start(start, kind)


def test_periods_in_span_include_partly_covered_periods() -> None:
    assert periods_in_span(date(2018, 2, 15), date(2018, 8, 1), PeriodKind.QUARTER) == [
        date(2018, 1, 1),
        date(2018, 4, 1),
        date(2018, 7, 1),
    ]
    assert periods_in_span(date(2018, 12, 1), date(2019, 1, 31), "month") == [
        date(2018, 12, 1),
        date(2019, 1, 1),
    ]
    assert periods_in_span(date(2019, 1, 1), date(2018, 1, 1), "year") == []


def test_period_labels() -> None:
    assert period_label(date(2019, 3, 1), "month") == "marts 2019"
    assert period_label(date(2019, 3, 1), "month", "en") == "March 2019"
    assert period_label(date(2019, 5, 5), "quarter") == "2. kvt. 2019"
    assert period_label(date(2019, 5, 5), "quarter", "en") == "Q2 2019"
    assert period_label(date(2019, 5, 5), "year") == "2019"


# --- links and cycles -------------------------------------------------------------------------


def test_link_closing_a_loop_is_refused_with_the_path_and_map_unchanged() -> None:
    m = small_map()
    before = m.copy()
    with pytest.raises(UserError) as info:
        m.add_link("BK1", "VK1")
    assert "BK1 → VK1 → BK1" in info.value.da
    assert "BK1 → VK1 → BK1" in info.value.en
    assert "løkke" in info.value.da
    assert m == before


def test_longer_loop_names_every_step() -> None:
    m = small_map()
    before = m.copy()
    with pytest.raises(UserError) as info:
        m.add_link("BK1", "IS1a")
    assert "BK1 → IS1a → IS1 → VK1 → BK1" in info.value.da
    assert m == before


def test_loop_message_uses_text_for_generated_ids() -> None:
    m = StrategyMap(title="Kort")
    area = m.add_focus_area(name="Lane")
    a = m.add_goal(focus_area_id=area.id, text="Første mål")
    b = m.add_goal(focus_area_id=area.id, text="Andet mål")
    m.add_link(a.id, b.id)
    with pytest.raises(UserError) as info:
        m.add_link(b.id, a.id)
    assert "«Andet mål» → «Første mål» → «Andet mål»" in info.value.da


@pytest.mark.parametrize(
    ("source", "target", "needle"),
    [
        ("VK1", "VK1", "sig selv"),
        ("VK1", "BK1", "allerede en pil"),
        (VISION_ID, "VK1", "visionen"),
        ("VK1", "NOPE", "Ukendt mål «NOPE»"),
        ("NOPE", "VK1", "Ukendt mål «NOPE»"),
    ],
)
def test_bad_links_are_refused(source: str, target: str, needle: str) -> None:
    m = small_map()
    before = m.copy()
    with pytest.raises(UserError) as info:
        m.add_link(source, target)
    assert needle in info.value.da
    assert m == before


def test_check_link_lets_the_editor_ask_before_drawing() -> None:
    m = small_map()
    m.check_link("TS1", VISION_ID)
    with pytest.raises(UserError):
        m.check_link("VK1", "IS1")


def test_remove_link_then_the_reverse_arrow_is_allowed() -> None:
    m = small_map()
    m.remove_link("VK1>BK1")
    link = m.add_link("BK1", "VK1")
    assert (link.from_id, link.to_id) == ("BK1", "VK1")


def test_goals_without_path_to_vision() -> None:
    m = small_map()
    assert m.goals_without_path_to_vision() == ()
    m.remove_link("VK1>BK1")
    # IS1a reaches the vision through its parent only; after the cut, none of them do.
    assert set(m.goals_without_path_to_vision()) == {"VK1", "IS1", "IS1a", "TS1"}


# --- goals and sub-goals ----------------------------------------------------------------------


def test_sub_goal_takes_parent_lane_and_may_not_move_away() -> None:
    m = small_map()
    assert m.goal("IS1a").focus_area_id == "IS"
    with pytest.raises(UserError) as info:
        m.update_goal("IS1a", focus_area_id="VK", by="leder")
    assert "samme fokusområde" in info.value.da


def test_moving_a_goal_takes_its_sub_goals_along() -> None:
    m = small_map()
    m.update_goal("IS1", focus_area_id="TS", by="leder", reason="Omorganisering")
    assert m.goal("IS1a").focus_area_id == "TS"
    assert [r.node_id for r in m.history(field_name="focus_area_id", node_id="IS1a")] == ["IS1a"]


def test_parent_loop_is_refused_with_path() -> None:
    m = small_map()
    before = m.copy()
    with pytest.raises(UserError) as info:
        m.update_goal("IS1", parent_goal_id="IS1a", by="leder")
    assert "IS1 → IS1a → IS1" in info.value.da
    assert m == before


def test_goal_needs_text_and_known_lane() -> None:
    m = small_map()
    with pytest.raises(UserError) as info:
        m.add_goal(focus_area_id="VK", text="   ")
    assert info.value.field == "text"
    with pytest.raises(UserError) as info:
        m.add_goal(focus_area_id="XX", text="Mål")
    assert "Ukendt fokusområde «XX»" in info.value.da


def test_ids_are_unique_across_the_map_and_vision_is_reserved() -> None:
    m = small_map()
    with pytest.raises(UserError):
        m.add_goal(id="VK", focus_area_id="VK", text="Samme id som et fokusområde")
    with pytest.raises(UserError):
        m.add_goal(id=VISION_ID, focus_area_id="VK", text="Vision?")
    generated = m.add_goal(focus_area_id="VK", text="Nyt mål")
    assert len(generated.id) == 32


def test_remove_goal_with_sub_goals_is_refused() -> None:
    m = small_map()
    with pytest.raises(UserError) as info:
        m.remove_goal("IS1")
    assert "IS1a" in info.value.da


def test_remove_and_restore_goal_is_exact() -> None:
    m = small_map()
    m.set_target("kontakter", date(2019, 1, 1), target=100, amber_limit=80, by="leder")
    m.add_measurement("kontakter", date(2019, 1, 1), 90, entered_by="leder")
    m.add_milestone(id="M1", text="Status", due=date(2019, 6, 30), goal_id="VK1")
    m.add_initiative(id="I1", title="Kontaktlog", goal_ids=["VK1", "IS1a"])
    before = m.copy()
    removal = m.remove_goal("VK1")
    assert "VK1" not in {g.id for g in m.goals}
    assert not any("VK1" in (link.from_id, link.to_id) for link in m.links)
    assert m.milestone("M1").goal_id is None
    assert m.initiative("I1").goal_ids == ("IS1a",)
    assert m.indicators_of("VK1") == ()
    m.restore_goal(removal)
    assert m == before


def test_snapshot_and_restore_for_compound_undo() -> None:
    m = small_map()
    snap = m.snapshot()
    before = m.copy()
    m.update_goal("VK1", text="Ny tekst", by="leder")
    m.remove_link("TS1>VK1")
    events: list[MapEvent] = []
    m.subscribe(events.append)
    m.restore(snap)
    assert m == before
    assert events == [MapEvent("reset", "map", "map1")]


# --- revisions --------------------------------------------------------------------------------


def test_goal_text_change_records_revision_and_as_of_view() -> None:
    m = small_map()
    m.update_goal("IS1a", text="Alle logger inden for 2 dage", by="chef", reason="Skærpet")
    (rev,) = m.history("IS1a")
    assert (rev.field, rev.old, rev.new) == (
        "text",
        "Alle logger kontakter i samme system",
        "Alle logger inden for 2 dage",
    )
    assert (rev.by, rev.reason, rev.at) == ("chef", "Skærpet", NOW)
    earlier = datetime(2019, 1, 1, tzinfo=UTC)
    assert m.value_as_of("IS1a", "text", earlier, m.goal("IS1a").text) == rev.old
    assert m.value_as_of("IS1a", "text", NOW, m.goal("IS1a").text) == rev.new


def test_unchanged_values_and_positions_record_nothing() -> None:
    m = small_map()
    m.update_goal("VK1", text="Én indgang for virksomheder", x=10, y=20, by="leder")
    m.move_goals({"BK1": (5, 5)})
    assert m.revisions == ()
    assert (m.goal("VK1").x, m.goal("VK1").y) == (10.0, 20.0)


def test_change_without_who_is_refused() -> None:
    m = small_map()
    before = m.copy()
    with pytest.raises(UserError) as info:
        m.update_goal("VK1", text="Andet", by=" ")
    assert info.value.field == "by"
    assert m == before


def test_target_change_records_target_and_threshold_revisions() -> None:
    m = small_map()
    m.set_target("kontakter", date(2019, 2, 10), target=300, amber_limit=270, by="chef")
    assert m.revisions == ()  # a first target is not a change
    m.set_target(
        "kontakter",
        date(2019, 1, 1),
        target=320,
        amber_limit=290,
        by="chef",
        reason="Godt 4. kvartal",
    )
    fields = {(r.field, r.old, r.new) for r in m.history("kontakter")}
    assert fields == {("target:2019-01-01", 300, 320), ("amber_limit:2019-01-01", 270, 290)}
    m.set_target("kontakter", date(2019, 1, 1), target=320, amber_limit=280, by="chef")
    assert [r.field for r in m.history("kontakter")][-1] == "amber_limit:2019-01-01"
    assert len(m.history("kontakter")) == 3


def test_replacing_a_measurement_keeps_the_old_value_as_revision() -> None:
    m = small_map()
    m.add_measurement("kontakter", date(2019, 1, 1), 280, entered_by="anna")
    m.add_measurement("kontakter", date(2019, 3, 31), 285, entered_by="bo", reason="Rettet")
    assert [(v.period_start, v.value) for v in m.measurements("kontakter")] == [
        (date(2019, 1, 1), 285)
    ]
    (rev,) = m.history("kontakter")
    assert (rev.field, rev.old, rev.new, rev.by, rev.reason) == (
        "measurement:2019-01-01",
        280,
        285,
        "bo",
        "Rettet",
    )


def test_milestone_and_indicator_changes_are_tracked() -> None:
    m = small_map()
    m.add_milestone(id="M1", text="Status", due=date(2019, 6, 30))
    m.update_milestone("M1", due=date(2019, 9, 30), by="chef", reason="Udskudt")
    m.update_indicator("kontakter", name="Kontakter i alt", by="chef")
    assert [(r.node_id, r.field) for r in m.revisions] == [("M1", "due"), ("kontakter", "name")]
    assert m.revisions[0].old == "2019-06-30"


# --- targets, thresholds, measurements ------------------------------------------------------


@pytest.mark.parametrize(
    ("indicator", "target", "amber", "needle"),
    [
        ("kontakter", 100, 120, "højere bedre"),
        ("dage", 5, 3, "lavere bedre"),
    ],
)
def test_threshold_in_wrong_order_is_refused(
    indicator: str, target: float, amber: float, needle: str
) -> None:
    m = small_map()
    before = m.copy()
    with pytest.raises(UserError) as info:
        m.set_target(indicator, date(2019, 1, 1), target=target, amber_limit=amber, by="chef")
    assert needle in info.value.da
    assert info.value.field == "amber_limit"
    assert m == before


def test_equal_target_and_amber_limit_is_allowed() -> None:
    m = small_map()
    m.set_target("kontakter", date(2019, 1, 1), target=100, amber_limit=100, by="chef")


def test_direction_flip_that_breaks_targets_is_refused() -> None:
    m = small_map()
    m.set_target("kontakter", date(2019, 1, 1), target=100, amber_limit=80, by="chef")
    before = m.copy()
    with pytest.raises(UserError):
        m.update_indicator("kontakter", direction="lower", by="chef")
    assert m == before


def test_period_kind_change_needs_aligned_data() -> None:
    m = small_map()
    m.add_measurement("kontakter", date(2019, 4, 1), 10, entered_by="anna")
    with pytest.raises(UserError) as info:
        m.update_indicator("kontakter", period="year", by="chef")
    assert "01-04-2019" in info.value.da
    m.update_indicator("kontakter", period="month", by="chef")
    assert m.indicator("kontakter").period is PeriodKind.MONTH


@pytest.mark.parametrize("day", [date(2017, 12, 31), date(2021, 1, 1), date(2025, 6, 1)])
def test_measurement_outside_span_is_refused(day: date) -> None:
    m = small_map()
    before = m.copy()
    with pytest.raises(UserError) as info:
        m.add_measurement("kontakter", day, 10, entered_by="anna")
    assert "uden for kortets periode" in info.value.da
    assert "outside the map's span" in info.value.en
    assert m == before


def test_measurement_in_period_overlapping_span_start_is_accepted() -> None:
    m = small_map()  # span starts 15 February 2018, inside Q1 2018
    value = m.add_measurement("kontakter", date(2018, 1, 1), 10, entered_by="anna")
    assert value.period_start == date(2018, 1, 1)


def test_target_outside_span_is_refused_and_span_cannot_shrink_past_data() -> None:
    m = small_map()
    with pytest.raises(UserError):
        m.set_target("kontakter", date(2021, 1, 1), target=1, amber_limit=0, by="chef")
    m.add_measurement("kontakter", date(2020, 10, 1), 10, entered_by="anna")
    before = m.copy()
    with pytest.raises(UserError):
        m.update_map(span_end=date(2020, 6, 30), by="chef")
    assert m == before
    with pytest.raises(UserError):
        m.update_map(span_start=date(2021, 1, 1), span_end=date(2020, 1, 1), by="chef")


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), True, "12", None])
def test_values_must_be_finite_numbers(bad: object) -> None:
    m = small_map()
    with pytest.raises(UserError):
        m.add_measurement("kontakter", date(2019, 1, 1), bad, entered_by="anna")  # type: ignore[arg-type]


# --- traffic lights ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("direction", "value", "expected"),
    [
        ("higher", 120, Light.GREEN),
        ("higher", 100, Light.GREEN),
        ("higher", 99.99, Light.AMBER),
        ("higher", 80, Light.AMBER),
        ("higher", 79.99, Light.RED),
        ("lower", 3, Light.GREEN),
        ("lower", 5, Light.GREEN),
        ("lower", 5.01, Light.AMBER),
        ("lower", 8, Light.AMBER),
        ("lower", 8.01, Light.RED),
    ],
)
def test_traffic_light_boundaries(direction: str, value: float, expected: Light) -> None:
    m = small_map()
    ind = "kontakter" if direction == "higher" else "dage"
    target, amber = (100, 80) if direction == "higher" else (5, 8)
    m.set_target(ind, date(2019, 1, 1), target=target, amber_limit=amber, by="chef")
    m.add_measurement(ind, date(2019, 4, 1), value, entered_by="anna")
    assert m.traffic_light(ind, date(2019, 5, 20)) is expected
    assert light_for(value, target, amber, Direction(direction)) is expected


def test_traffic_light_is_grey_without_value_or_target_and_targets_carry_forward() -> None:
    m = small_map()
    m.add_measurement("kontakter", date(2018, 10, 1), 50, entered_by="anna")
    assert m.traffic_light("kontakter", date(2018, 10, 1)) is None  # no target yet
    m.set_target("kontakter", date(2019, 1, 1), target=100, amber_limit=80, by="chef")
    m.set_target("kontakter", date(2020, 1, 1), target=200, amber_limit=150, by="chef")
    assert m.traffic_light("kontakter", date(2019, 7, 1)) is None  # no value for the period
    m.add_measurement("kontakter", date(2019, 7, 1), 120, entered_by="anna")
    m.add_measurement("kontakter", date(2020, 7, 1), 120, entered_by="anna")
    assert m.traffic_light("kontakter", date(2019, 7, 1)) is Light.GREEN  # 2019 target
    assert m.traffic_light("kontakter", date(2020, 7, 1)) is Light.RED  # 2020 target


def test_goal_status_is_worst_latest_light() -> None:
    m = small_map()
    assert m.goal_status("VK1") is None
    m.set_target("kontakter", date(2019, 1, 1), target=100, amber_limit=80, by="chef")
    m.set_target("dage", date(2019, 1, 1), target=5, amber_limit=8, by="chef")
    m.add_measurement("kontakter", date(2019, 1, 1), 50, entered_by="anna")  # red, but old
    m.add_measurement("kontakter", date(2019, 4, 1), 110, entered_by="anna")  # green, latest
    m.add_measurement("dage", date(2019, 4, 1), 6, entered_by="anna")  # amber
    assert m.goal_status("VK1") is Light.AMBER
    m.add_indicator(id="log", goal_id="IS1a", name="Andel der logger", period="quarter")
    m.set_target("log", date(2019, 1, 1), target=100, amber_limit=80, by="chef")
    m.add_measurement("log", date(2019, 1, 1), 40, entered_by="anna")
    assert m.goal_status("IS1") is None
    assert m.goal_status("IS1", include_sub_goals=True) is Light.RED


def test_red_amber_summary_orders_worst_first_and_counts() -> None:
    m = small_map()
    m.add_indicator(id="log", goal_id="IS1a", name="Andel der logger", period="quarter")
    m.add_indicator(id="moeder", goal_id="TS1", name="Møder", period="year")
    for ind, target, amber, value in [
        ("kontakter", 100, 80, 90),
        ("dage", 5, 8, 4),
        ("log", 100, 80, 10),
    ]:
        m.set_target(ind, date(2019, 1, 1), target=target, amber_limit=amber, by="chef")
        m.add_measurement(ind, date(2019, 1, 1), value, entered_by="anna")
    summary = m.red_amber_summary()
    assert [(r.indicator_id, r.light) for r in summary.rows] == [
        ("log", Light.RED),
        ("kontakter", Light.AMBER),
    ]
    assert (summary.green, summary.amber, summary.red, summary.grey) == (1, 1, 1, 1)
    row = summary.rows[1]
    assert (row.value, row.target, row.amber_limit, row.focus_area_name) == (
        90,
        100,
        80,
        "Virksomhedskontakten",
    )


# --- milestones, initiatives, working groups, ambassadors -------------------------------------


def test_milestone_rules_and_light() -> None:
    m = small_map()
    with pytest.raises(UserError):
        m.add_milestone(text="Nået?", due=date(2019, 6, 30), status="reached")
    with pytest.raises(UserError):
        m.add_milestone(text="Planlagt", due=date(2019, 6, 30), reached_on=date(2019, 6, 1))
    ms = m.add_milestone(text="Status", due="30-06-2019")
    assert ms.due == date(2019, 6, 30)
    assert m.milestone_light(ms, date(2019, 1, 1)) is None
    assert m.milestone_light(ms, date(2019, 6, 1)) is Light.AMBER
    assert m.milestone_light(ms, date(2019, 7, 1)) is Light.RED
    m.update_milestone(ms.id, status="reached", reached_on=date(2019, 6, 30), by="chef")
    assert m.milestone_light(ms.id, date(2019, 7, 1)) is Light.GREEN


def test_initiative_tasks_and_working_group_in_use() -> None:
    m = small_map()
    group = m.add_working_group(name="Strategigruppen", chair="chef", members=["a", "b"])
    ini = m.add_initiative(
        title="Kontaktlog",
        goal_ids=["IS1a"],
        working_group_id=group.id,
        start=date(2018, 4, 1),
        end=date(2018, 12, 31),
    )
    m.add_task(ini.id, title="Vælg kategorier", owner="a", due=date(2018, 5, 1))
    m.update_task(ini.id, 0, done=True)
    assert m.initiative(ini.id).tasks == (
        Task(title="Vælg kategorier", owner="a", due=date(2018, 5, 1), done=True),
    )
    with pytest.raises(UserError):
        m.update_task(ini.id, 5, done=True)
    with pytest.raises(UserError):
        m.remove_working_group(group.id)
    with pytest.raises(UserError):
        m.add_working_group(name="strategigruppen")
    with pytest.raises(UserError):
        m.add_initiative(title="Baglæns", start=date(2019, 1, 1), end=date(2018, 1, 1))
    with pytest.raises(UserError):
        m.add_initiative(title="Ukendt gruppe", working_group_id="XX")


def test_ambassador_warning_for_sections_under_minimum() -> None:
    m = small_map()
    for user, section in [
        ("u17", "Jobservice"),
        ("u23", "Jobservice"),
        ("u04", "Ydelse"),
        ("u12", "Sygedagpenge"),
    ]:
        m.add_ambassador(user, section)
    warnings = m.ambassador_warnings()
    assert [(w.section, w.count, w.minimum) for w in warnings] == [
        ("Sygedagpenge", 1, 2),
        ("Ydelse", 1, 2),
    ]
    assert [w.section for w in m.ambassador_warnings(["Jobcenter Syd"])] == [
        "Jobcenter Syd",
        "Sygedagpenge",
        "Ydelse",
    ]
    m.set_min_per_section(1, by="chef", reason="Små afsnit")
    assert m.ambassador_warnings() == ()
    assert m.history("map1", "min_per_section")[0].new == 1
    with pytest.raises(UserError):
        m.add_ambassador("u17", "Ydelse")
    assert any(
        w.code == "ambassadors_below_minimum" for w in small_map().warnings(sections=["Jobservice"])
    )


def test_warnings_cover_domain_list() -> None:
    m = small_map()
    m.remove_link("BK1>vision")
    m.add_milestone(id="M1", text="Status", due=date(2019, 1, 31))
    m.add_initiative(id="I1", title="Uden gruppe")
    codes = {(w.code, w.node_id) for w in m.warnings(today=date(2019, 5, 1))}
    assert ("goal_without_owner", "BK1") in codes
    assert ("goal_without_indicator", "BK1") in codes
    assert ("goal_without_indicator", "IS1") not in codes  # measured through its sub-goal
    assert ("no_path_to_vision", "BK1") in codes
    assert ("initiative_without_group", "I1") in codes
    assert ("milestone_overdue", "M1") in codes


# --- layout -----------------------------------------------------------------------------------


def _shuffled_copy(order: list[int]) -> StrategyMap:
    """The small map built with its goals (and links) added in a different order."""
    src = small_map()
    m = StrategyMap(
        id="map1", title=src.title, span_start=src.span_start, span_end=src.span_end, clock=clock
    )
    for a in src.focus_areas:
        m.add_focus_area(id=a.id, name=a.name, order=a.order, colour=a.colour)
    goals = [src.goals[i] for i in order]
    for g in sorted(goals, key=lambda g: g.parent_goal_id is not None):
        m.add_goal(
            id=g.id,
            focus_area_id=g.focus_area_id,
            text=g.text,
            parent_goal_id=g.parent_goal_id,
            x=123,
            y=456,
        )
    for link in reversed(src.links):
        m.add_link(link.from_id, link.to_id, id=link.id)
    return m


@pytest.mark.parametrize("orientation", ["columns", "rows"])
def test_tidy_layout_is_deterministic(orientation: str) -> None:
    params = LayoutParams(orientation=orientation)
    reference = small_map().compute_layout(params).cards
    for order in itertools.islice(itertools.permutations(range(5)), 0, 120, 17):
        assert _shuffled_copy(list(order)).compute_layout(params).cards == reference
    m = small_map()
    first = m.tidy_layout(params)
    second = m.tidy_layout(params)
    assert first.cards == second.cards
    assert second.previous == {gid: (box.x, box.y) for gid, box in first.cards.items()}


@pytest.mark.parametrize("orientation", ["columns", "rows"])
def test_tidy_layout_cards_do_not_overlap_and_stay_in_their_lane(orientation: str) -> None:
    m = small_map()
    for n in range(6):  # a crowded lane with nested sub-goals
        parent = "VK1" if n % 2 else None
        m.add_goal(id=f"VK1.{n}", focus_area_id="VK", parent_goal_id=parent, text=f"Ekstra {n}")
    m.add_goal(id="VK1.0.a", parent_goal_id="VK1.0", text="Dybere")
    layout = m.tidy_layout(LayoutParams(orientation=orientation))
    boxes = list(layout.cards.items())
    assert len(boxes) == len(m.goals)
    for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2):
        assert not box_a.overlaps(box_b), (a, b)
    for gid, box in boxes:
        lane = layout.lanes[m.goal(gid).focus_area_id]
        assert lane.x <= box.x and box.x + box.width <= lane.x + lane.width
        assert lane.y <= box.y and box.y + box.height <= lane.y + lane.height
        assert not box.overlaps(layout.vision)
        assert (m.goal(gid).x, m.goal(gid).y) == (box.x, box.y)


def test_tidy_layout_puts_effects_nearer_the_vision_and_sub_goals_by_parents() -> None:
    m = small_map()
    m.add_goal(id="VK0", focus_area_id="VK", text="Flere besøg")
    m.add_link("VK0", "VK1")
    cards = m.tidy_layout().cards
    assert cards["VK1"].y < cards["VK0"].y  # VK1 is the effect, so higher up
    assert cards["IS1a"].y > cards["IS1"].y and cards["IS1a"].x > cards["IS1"].x
    assert cards["VK1"].x < cards["BK1"].x < cards["IS1"].x < cards["TS1"].x  # lane order


# --- listeners --------------------------------------------------------------------------------


def test_listeners_hear_successful_changes_only() -> None:
    m = small_map()
    events: list[MapEvent] = []
    unsubscribe = m.subscribe(events.append)
    m.update_goal("VK1", text="Ny tekst", by="chef")
    assert set(events) == {MapEvent("changed", "goal", "VK1"), MapEvent("added", "revision", "VK1")}
    events.clear()
    with pytest.raises(UserError):
        m.add_link("BK1", "IS1")
    assert events == []
    unsubscribe()
    m.remove_link("TS1>VK1")
    assert events == []


# --- indicators and measures ------------------------------------------------------------------


def test_computed_indicator_needs_a_catalogue_measure() -> None:
    m = small_map()
    ind = m.add_indicator(
        goal_id="VK1", name="Dage", source="computed", measure_key="days_to_first_proposal"
    )
    assert ind.direction is Direction.LOWER  # taken from the catalogue
    split = m.add_indicator(
        goal_id="BK1", name="Praktik", source="computed", measure_key="placements_started:praktik"
    )
    assert split.measure_key == "placements_started:praktik"
    for key, source in [
        ("nope", "computed"),
        (None, "computed"),
        ("company_visits", "manual"),
        ("company_visits:x", "computed"),
    ]:
        with pytest.raises(UserError):
            m.add_indicator(goal_id="VK1", name="X", source=source, measure_key=key)
    with pytest.raises(UserError):
        m.add_indicator(goal_id="VK1", name="X", direction="sideways")


def test_measure_catalogue_has_the_promised_keys() -> None:
    keys = {m.key for m in measures.all_measures()}
    assert {
        "company_contacts",
        "company_visits",
        "companies_contacted_12m_share",
        "job_orders_received",
        "job_orders_filled",
        "job_orders_filled_before_deadline_share",
        "days_to_first_proposal",
        "placements_started",
        "placements_ordinary_job_share",
        "overdue_followups",
        "companies_with_active_agreement",
        "visits_per_consultant",
    } <= keys
    for measure in measures.all_measures():
        assert measure.direction in ("higher", "lower")
        assert measure.name("da") and measure.name("en") and measure.description("en")
    assert measures.get_measure("overdue_followups").direction == "lower"
    with pytest.raises(UserError):
        measures.get_measure("samarbejdsgrad")


def test_measure_arithmetic() -> None:
    assert measures.share(1, 4) == 25.0
    assert measures.share(0, 0) is None
    assert measures.median([5, 1, 3]) == 3
    assert measures.median([4, 1, 3, 2]) == 2.5
    assert measures.median([]) is None
    assert measures.rate(30, 4) == 7.5
    assert measures.rate(3, 0) is None
    assert measures.count_distinct(["a", "b", "a", None]) == 2
    assert measures.days_between(date(2019, 1, 1), date(2019, 1, 8)) == 7
    assert measures.window_start(date(2019, 3, 31), 12) == date(2018, 4, 1)
    assert measures.window_start(date(2020, 2, 29), 12) == date(2019, 3, 1)
    with pytest.raises(ValueError):
        measures.share(-1, 3)


def test_removing_targets_and_measurements_is_recorded() -> None:
    m = small_map()
    m.set_target("kontakter", date(2019, 1, 1), target=100, amber_limit=80, by="chef")
    m.add_measurement("kontakter", date(2019, 1, 1), 90, entered_by="anna")
    m.remove_measurement("kontakter", date(2019, 2, 1), by="chef", reason="Fejlindtastning")
    m.remove_target("kontakter", date(2019, 1, 1), by="chef")
    assert [(r.field, r.old, r.new) for r in m.history("kontakter")] == [
        ("measurement:2019-01-01", 90, None),
        ("target:2019-01-01", 100, None),
        ("amber_limit:2019-01-01", 80, None),
    ]
    with pytest.raises(UserError) as info:
        m.remove_target("kontakter", date(2019, 1, 1), by="chef")
    assert "intet mål for 1. kvt. 2019" in info.value.da


def test_vision_changes_are_revisions_of_the_vision_node() -> None:
    m = small_map()
    m.update_map(vision_text="Flere i job", vision_year=2025, by="chef", reason="Ny periode")
    assert [(r.field, r.old, r.new) for r in m.history(VISION_ID)] == [
        ("vision_text", "Lokal vækst og jobskabelse", "Flere i job"),
        ("vision_year", 2020, 2025),
    ]
    with pytest.raises(UserError):
        m.update_map(vision_year=20, by="chef")


def test_long_loop_paths_keep_their_ends() -> None:
    m = StrategyMap(title="Lang kæde")
    m.add_focus_area(id="A", name="Lane")
    for n in range(20):
        m.add_goal(id=f"G{n}", focus_area_id="A", text=f"Mål {n}")
    for n in range(19):
        m.add_link(f"G{n}", f"G{n + 1}")
    with pytest.raises(UserError) as info:
        m.add_link("G19", "G0")
    assert "G19 → G0 → G1 → G2 → … → G16 → G17 → G18 → G19" in info.value.da
