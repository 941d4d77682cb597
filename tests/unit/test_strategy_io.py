"""Unit tests for strategy-map JSON import/export and the bundled templates."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from jobcenter_desktop.domain.errors import NotFoundError, UserError, ValidationError
from jobcenter_desktop.domain.strategy import IndicatorSource, StrategyMap
from jobcenter_desktop.domain.strategy_io import (
    FORMAT,
    TEMPLATE_DIR,
    dumps,
    list_templates,
    load,
    load_template,
    loads,
    map_from_dict,
    map_to_dict,
    save,
)

TEMPLATES = ["company_service", "recruitment_channel"]


def template_data(name: str) -> dict[str, Any]:
    return json.loads((TEMPLATE_DIR / f"{name}.json").read_text(encoding="utf-8"))


# --- round trips ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", TEMPLATES)
def test_template_round_trip_is_exact(name: str) -> None:
    path = TEMPLATE_DIR / f"{name}.json"
    text = path.read_text(encoding="utf-8")
    m = load(path)
    assert dumps(m) == text  # file → map → file, byte for byte
    again = loads(dumps(m))
    assert again == m
    assert map_to_dict(again) == map_to_dict(m)


def test_save_and_load_file(tmp_path: Path) -> None:
    m = load(TEMPLATE_DIR / "recruitment_channel.json")
    target = tmp_path / "kort.json"
    save(m, target)
    assert load(target) == m
    assert list(tmp_path.iterdir()) == [target]  # no temporary file left behind


def test_edited_map_round_trips_with_generated_ids() -> None:
    m = StrategyMap(title="Nyt kort", span_start=date(2024, 1, 1), span_end=date(2026, 12, 31))
    area = m.add_focus_area(name="Virksomheder")
    goal = m.add_goal(focus_area_id=area.id, text="Flere besøg", owner="leder")
    m.add_link(goal.id, "vision")
    ind = m.add_indicator(goal_id=goal.id, name="Besøg", period="month")
    m.set_target(ind.id, date(2024, 1, 1), target=10.5, amber_limit=8, by="leder")
    m.add_measurement(ind.id, date(2024, 2, 1), 9.25, entered_by="leder")
    m.add_measurement(ind.id, date(2024, 2, 1), 9.75, entered_by="leder", reason="Rettet")
    m.update_goal(goal.id, text="Endnu flere besøg", by="leder", reason="Ambition")
    assert loads(dumps(m)) == m
    assert dumps(loads(dumps(m))) == dumps(m)


# --- templates --------------------------------------------------------------------------------


def test_templates_are_listed_and_marked_as_examples() -> None:
    infos = {t.name: t for t in list_templates()}
    assert set(TEMPLATES) <= set(infos)
    for info in infos.values():
        assert "EKSEMPEL" in info.description and "EXAMPLE" in info.description


def test_company_service_template_follows_example_a() -> None:
    m = load_template("company_service")
    assert [a.name for a in m.focus_areas] == [
        "Virksomhedskontakten",
        "Borgerkontakten",
        "Internt samarbejde",
        "Tværgående samarbejde",
    ]
    assert m.vision_text == "Lokal vækst og jobskabelse"
    assert len(m.working_groups) == 1 and m.initiatives and m.milestones
    computed = [i for i in m.indicators if i.source is IndicatorSource.COMPUTED]
    assert {i.measure_key for i in computed} >= {"company_contacts", "company_visits"}
    assert any(m.measurements(i.id) for i in m.indicators)
    assert m.goals_without_path_to_vision() == ()
    summary = m.red_amber_summary()
    assert summary.red >= 1 and summary.amber >= 1


def test_recruitment_channel_template_follows_example_b() -> None:
    m = load_template("recruitment_channel")
    assert len(m.working_groups) == 5
    assert m.min_per_section == 2
    assert [(w.section, w.count) for w in m.ambassador_warnings()] == [("Sygedagpenge", 1)]
    (rev,) = m.history("G1a", "text")
    assert m.goal("G1a").parent_goal_id == "G1"
    assert (rev.old, rev.new) == (
        "Første kandidatforslag inden 3 arbejdsdage",
        "Første kandidatforslag inden 5 arbejdsdage",
    )
    assert rev.reason
    assert any(i.measure_key == "placements_started:praktik" for i in m.indicators)


def test_template_gets_fresh_id_and_draft_status() -> None:
    a, b = load_template("company_service"), load_template("company_service")
    assert a.id != b.id != load(TEMPLATE_DIR / "company_service.json").id
    assert a.status == "draft"


def test_template_can_be_moved_to_another_start_year() -> None:
    original = load(TEMPLATE_DIR / "recruitment_channel.json")
    moved = load_template("recruitment_channel", start_year=2026)
    years = 2026 - original.span_start.year
    assert moved.span_start.year == 2026
    assert moved.vision_year == original.vision_year + years
    assert [t.period_start.year for t in moved.targets("G1-besatte")] == [
        t.period_start.year + years for t in original.targets("G1-besatte")
    ]
    assert [m.due.year for m in moved.milestones] == [
        m.due.year + years for m in original.milestones
    ]
    shifted_fields = [r.field for r in moved.revisions]
    assert f"amber_limit:{2018 + years}-01-01" in shifted_fields
    assert [r.light for r in moved.red_amber_summary().rows] == [
        r.light for r in original.red_amber_summary().rows
    ]
    assert loads(dumps(moved)) == moved


@pytest.mark.parametrize("name", ["../company_service", "Company", "", "a/b", "x" * 80])
def test_template_names_cannot_escape_the_folder(name: str) -> None:
    with pytest.raises(ValidationError):
        load_template(name)


def test_unknown_template() -> None:
    with pytest.raises(NotFoundError):
        load_template("does_not_exist")


# --- broken and hostile files -----------------------------------------------------------------

Mutation = Callable[[dict[str, Any]], None]


def _set(path: str, value: object) -> Mutation:
    """A mutation setting ``a.b[2].c`` style paths."""

    def apply(data: dict[str, Any]) -> None:
        node: Any = data
        parts = path.replace("]", "").replace("[", ".").split(".")
        for part in parts[:-1]:
            node = node[int(part)] if part.isdigit() else node[part]
        last = parts[-1]
        if value is _DELETE:
            del node[last]
        elif last.isdigit():
            node[int(last)] = value
        else:
            node[last] = value

    return apply


_DELETE = object()


def _goal_index(data: dict[str, Any], goal_id: str) -> int:
    return next(n for n, g in enumerate(data["goals"]) if g["id"] == goal_id)


def _append(key: str, item: dict[str, Any]) -> Mutation:
    return lambda data: data[key].append(item)


BROKEN: list[tuple[str, str, Mutation, str]] = [
    ("company_service", "missing format", _set("format", _DELETE), "format: feltet mangler"),
    ("company_service", "wrong format", _set("format", "something-else"), "format: filen er ikke"),
    ("company_service", "newer version", _set("version", 2), "version: filen er fra en nyere"),
    ("company_service", "version as text", _set("version", "1"), "version: skal være et heltal"),
    ("company_service", "missing title", _set("map.title", _DELETE), "map.title: feltet mangler"),
    ("company_service", "empty title", _set("map.title", "  "), "map.title: Titlen mangler"),
    ("company_service", "unknown status", _set("map.status", "live"), "map.status: Ugyldig"),
    ("company_service", "span backwards", _set("map.span_end", "2017-01-01"), "map.span_end:"),
    (
        "company_service",
        "unknown area",
        _set("goals[3].area", "XX"),
        "goals[3].area: Ukendt fokusområde «XX»",
    ),
    (
        "company_service",
        "text not text",
        _set("goals[0].text", 42),
        "goals[0].text: skal være tekst, ikke et tal",
    ),
    (
        "company_service",
        "x not number",
        _set("goals[1].x", "venstre"),
        "goals[1].x: skal være et tal",
    ),
    (
        "company_service",
        "unknown key",
        _set("goals[1].colr", "#FF0000"),
        "goals[1].colr: ukendt felt",
    ),
    (
        "company_service",
        "goal not object",
        _set("goals[2]", ["VK1"]),
        "goals[2]: skal være et objekt ({…}), ikke en liste",
    ),
    ("company_service", "goals not list", _set("goals", {"VK1": {}}), "goals: skal være en liste"),
    (
        "company_service",
        "missing goal id",
        _set("goals[0].id", _DELETE),
        "goals[0].id: feltet mangler",
    ),
    (
        "company_service",
        "duplicate goal id",
        _set("goals[1].id", "VK1"),
        "goals[1].id: id'et «VK1» er brugt",
    ),
    (
        "company_service",
        "goal id clashes with area",
        _set("goals[0].id", "VK"),
        "goals[0].id: Id'et «VK» er allerede brugt",
    ),
    (
        "company_service",
        "unknown parent",
        _set("goals[4].parent", "NOPE"),
        "goals[4].parent: Ukendt overordnet mål «NOPE»",
    ),
    (
        "company_service",
        "sub-goal in other lane",
        _set("goals[4].area", "VK"),
        "goals[4].area: Et delmål ligger i samme fokusområde",
    ),
    (
        "company_service",
        "unknown link end",
        _set("links[0].to", "NOPE"),
        "links[0].to: Ukendt mål «NOPE»",
    ),
    (
        "company_service",
        "cycle in file",
        _append("links", {"id": "back", "from": "BK1", "to": "IS1", "note": ""}),
        "links[7].to: Pilen ville lukke en løkke: BK1 → IS1 → VK1 → BK1",
    ),
    (
        "company_service",
        "self link",
        _append("links", {"from": "VK1", "to": "VK1"}),
        "links[7].to: En pil kan ikke gå fra VK1 til sig selv",
    ),
    (
        "company_service",
        "duplicate link",
        _append("links", {"from": "VK1", "to": "BK1"}),
        "links[7].to: Der er allerede en pil",
    ),
    (
        "company_service",
        "link from vision",
        _append("links", {"from": "vision", "to": "VK1"}),
        "links[7].from: Visionen er kortets top",
    ),
    (
        "company_service",
        "indicator on unknown goal",
        _set("indicators[0].goal", "XX"),
        "indicators[0].goal: Ukendt mål «XX»",
    ),
    (
        "company_service",
        "unknown measure",
        _set("indicators[0].measure_key", "magic"),
        "indicators[0].measure_key: Ukendt måling «magic»",
    ),
    (
        "company_service",
        "bad direction",
        _set("indicators[0].direction", "up"),
        "indicators[0].direction: Ugyldig retning «up»",
    ),
    (
        "company_service",
        "threshold order",
        _set("indicators[0].targets[0].amber_limit", 999),
        "indicators[0].targets[0].amber_limit: For «Virksomhedskontakter pr. måned» er højere "
        "bedre",
    ),
    (
        "company_service",
        "target not number",
        _set("indicators[0].targets[0].target", "320"),
        "indicators[0].targets[0].target: skal være et tal, ikke tekst",
    ),
    (
        "company_service",
        "measurement outside span",
        _set("indicators[0].measurements[0].period_start", "2030-01-01"),
        "indicators[0].measurements[0].period_start: Målingen for «Virksomhedskontakter pr. måned»"
        " gælder januar 2030, som ligger uden for kortets periode",
    ),
    (
        "company_service",
        "misaligned period",
        _set("indicators[2].measurements[0].period_start", "2018-11-01"),
        "indicators[2].measurements[0].period_start: 2018-11-01 er ikke første dag",
    ),
    (
        "company_service",
        "duplicate period",
        _set("indicators[0].measurements[1].period_start", "2018-10-01"),
        "indicators[0].measurements[1].period_start: «Virksomhedskontakter pr. måned» har allerede",
    ),
    (
        "company_service",
        "bad date",
        _set("milestones[0].due", "30-06-2018"),
        "milestones[0].due: «30-06-2018» er ikke en dato (åååå-mm-dd)",
    ),
    (
        "company_service",
        "impossible date",
        _set("milestones[0].due", "2018-02-30"),
        "milestones[0].due: «2018-02-30» er ikke en dato",
    ),
    (
        "company_service",
        "reached without date",
        _set("milestones[0].reached_on", None),
        "milestones[0].reached_on: Angiv hvornår",
    ),
    (
        "company_service",
        "unknown working group",
        _set("initiatives[0].working_group", "XX"),
        "initiatives[0].working_group: Ukendt arbejdsgruppe «XX»",
    ),
    (
        "company_service",
        "initiative unknown goal",
        _set("initiatives[1].goals", ["BK1", "ZZ"]),
        "initiatives[1].goals: Ukendt mål «ZZ»",
    ),
    (
        "company_service",
        "task done as text",
        _set("initiatives[0].tasks[0].done", "ja"),
        "initiatives[0].tasks[0].done: skal være true eller false",
    ),
    (
        "company_service",
        "revision without time",
        _append("revisions", {"node": "VK1", "field": "text", "at": "i går", "by": "x"}),
        "revisions[2].at: «i går» er ikke et tidspunkt",
    ),
    (
        "company_service",
        "revision value object",
        _append(
            "revisions",
            {
                "node": "VK1",
                "field": "text",
                "at": "2019-01-01T00:00:00",
                "by": "x",
                "old": {"a": 1},
            },
        ),
        "revisions[2].old: skal være tekst, et tal eller null",
    ),
    (
        "recruitment_channel",
        "parent loop in file",
        _set("goals[0].parent", "G1a"),
        "goals[0].parent: delmål danner en løkke: G1 → G1a → G1",
    ),
    (
        "recruitment_channel",
        "negative minimum",
        _set("ambassadors.min_per_section", -1),
        "ambassadors.min_per_section: Mindste antal ambassadører",
    ),
    (
        "recruitment_channel",
        "ambassador twice",
        _set("ambassadors.people[1]", {"user": "user_17", "section": "Ydelse"}),
        "ambassadors.people[1].user: «user_17» er allerede ambassadør for Jobservice",
    ),
    (
        "recruitment_channel",
        "missing section",
        _set("ambassadors.people[0].section", _DELETE),
        "ambassadors.people[0].section: feltet mangler",
    ),
    (
        "recruitment_channel",
        "member not text",
        _set("working_groups[0].members", ["a", 7]),
        "working_groups[0].members[1]: skal være tekst",
    ),
    (
        "recruitment_channel",
        "bad colour",
        _set("focus_areas[0].colour", "red"),
        "focus_areas[0].colour: Farven «red» skal skrives #RRGGBB",
    ),
]


@pytest.mark.parametrize(
    ("template", "mutate", "expected"),
    [pytest.param(t, m, e, id=label) for t, label, m, e in BROKEN],
)
def test_broken_files_name_what_is_wrong(template: str, mutate: Mutation, expected: str) -> None:
    data = template_data(template)
    mutate(data)
    with pytest.raises(UserError) as info:
        map_from_dict(data)
    assert expected in info.value.da
    path = expected.split(":", 1)[0]
    assert info.value.en.startswith(path + ":")
    assert info.value.field == path
    # Through the text parser too: a broken file never turns into a map.
    with pytest.raises(UserError):
        loads(json.dumps(data))


def test_the_documented_example_message() -> None:
    data = template_data("company_service")
    data["goals"][3]["area"] = "XX"
    with pytest.raises(UserError) as info:
        map_from_dict(data)
    assert info.value.da == "goals[3].area: Ukendt fokusområde «XX»."
    assert info.value.en == "goals[3].area: Unknown focus area 'XX'."


def test_sub_goal_before_its_parent_in_a_hand_written_file_is_fine() -> None:
    data = template_data("recruitment_channel")
    g1a = data["goals"].pop(_goal_index(data, "G1a"))
    data["goals"].insert(0, g1a)
    m = map_from_dict(data)
    assert m.goal("G1a").parent_goal_id == "G1"


def test_optional_keys_may_be_left_out() -> None:
    m = map_from_dict(
        {
            "format": FORMAT,
            "version": 1,
            "map": {"title": "Minimalt kort"},
            "focus_areas": [{"id": "A", "name": "Lane"}],
            "goals": [{"id": "G", "area": "A", "text": "Mål"}],
            "links": [{"from": "G", "to": "vision"}],
        }
    )
    assert m.title == "Minimalt kort" and m.min_per_section == 2
    assert loads(dumps(m)) == m


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{", "Filen er ikke gyldig JSON (linje 1"),
        ("[]", "(rod): filen skal være et objekt"),
        ('"kort"', "(rod): filen skal være et objekt"),
        ('{"format": "a", "format": "b"}', "Nøglen «format» står to gange"),
        ('{"x": NaN}', "NaN er ikke et tal"),
        ('{"x": -Infinity}', "-Infinity er ikke et tal"),
        ("[" * 100_000 + "]" * 100_000, "for dyb"),
        ('{"x": ' + "9" * 5000 + "}", "for store tal"),
    ],
)
def test_hostile_json_text(text: str, expected: str) -> None:
    with pytest.raises(UserError) as info:
        loads(text)
    assert expected in info.value.da


def test_non_utf8_and_oversized_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(UserError) as info:
        loads(b"\xff\xfe{}")
    assert "UTF-8" in info.value.da
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 64)
    monkeypatch.setattr("jobcenter_desktop.domain.strategy_io.MAX_FILE_BYTES", 10)
    with pytest.raises(UserError) as info:
        load(big)
    assert "for stor" in info.value.da
    with pytest.raises(NotFoundError):
        load(tmp_path / "missing.json")


def test_byte_order_mark_is_accepted() -> None:
    text = (TEMPLATE_DIR / "company_service.json").read_text(encoding="utf-8")
    assert loads(b"\xef\xbb\xbf" + text.encode("utf-8")).title.startswith("Strategikort")


def test_import_does_not_touch_the_input() -> None:
    data = template_data("recruitment_channel")
    before = copy.deepcopy(data)
    map_from_dict(data)
    assert data == before


@pytest.mark.parametrize("name", TEMPLATES)
def test_from_parts_rebuilds_a_map_as_a_database_loader_would(name: str) -> None:
    m = load(TEMPLATE_DIR / f"{name}.json")
    # Rows come back from a database in no particular order: sub-goals before parents.
    rebuilt = StrategyMap.from_parts(
        id=m.id,
        header=m.header,
        min_per_section=m.min_per_section,
        focus_areas=m.focus_areas,
        goals=reversed(m.goals),
        links=m.links,
        indicators=m.indicators,
        targets=[t for i in m.indicators for t in m.targets(i.id)],
        measurements=[v for i in m.indicators for v in m.measurements(i.id)],
        milestones=m.milestones,
        working_groups=m.working_groups,
        initiatives=m.initiatives,
        ambassadors=m.ambassadors,
        revisions=m.revisions,
    )
    assert rebuilt == m
    with pytest.raises(UserError):
        StrategyMap.from_parts(id="x", header=m.header, goals=m.goals)  # no focus areas


def test_absurdly_many_items_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("jobcenter_desktop.domain.strategy_io.MAX_ITEMS", 3)
    data = template_data("company_service")
    with pytest.raises(UserError) as info:
        map_from_dict(data)
    assert info.value.da.startswith("focus_areas: for mange elementer (4; højst 3)")
