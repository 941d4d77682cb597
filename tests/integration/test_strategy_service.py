"""Strategy maps in the store (SQLite and PostgreSQL): save and reload, conflicts, templates,
JSON files, live indicators, the poster PDF and the command line."""

from __future__ import annotations

import json
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from jobcenter_desktop.cli import main
from jobcenter_desktop.domain.errors import ConflictError, NotFoundError, UserError
from jobcenter_desktop.domain.strategy import IndicatorSource
from jobcenter_desktop.persistence.orm import AccessLog


def _text(pdf: bytes) -> list[str]:
    """Each page's text with line breaks folded (card texts wrap inside their boxes)."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(BytesIO(pdf)).pages]


def test_map_survives_save_and_reload(services) -> None:  # noqa: ANN001
    loaded = services.strategy.create_from_template("company_service", start_year=2025)
    m = loaded.map
    goal = m.goals[0]
    m.update_goal(goal.id, text="Én indgang for virksomhederne – også på Ærø", by="leder",
                  reason="Præciseret på workshop")
    m.move_goals({goal.id: (333.0, 444.0)})
    ind = m.indicators_of(goal.id)[0]
    m.set_target(ind.id, date(2026, 1, 1), target=400, amber_limit=350, by="leder",
                 reason="Nyt måltal for 2026")
    saved = services.strategy.save(m.id, m, loaded.version)
    assert saved.version > loaded.version
    again = services.strategy.load(m.id).map
    assert again == saved.map
    g = again.goal(goal.id)
    assert (g.text, g.x, g.y) == ("Én indgang for virksomhederne – også på Ærø", 333.0, 444.0)
    assert again.history(goal.id, "text")[-1].reason == "Præciseret på workshop"
    assert again.target_for(ind.id, date(2026, 6, 1)).amber_limit == 350


def test_saving_over_someone_elses_save_is_a_conflict(services) -> None:  # noqa: ANN001
    mine = services.strategy.create_from_template("recruitment_channel")
    theirs = services.strategy.load(mine.map.id)
    theirs.map.update_goal(theirs.map.goals[0].id, text="Deres ændring", by="kollega")
    services.strategy.save(mine.map.id, theirs.map, theirs.version)
    mine.map.update_goal(mine.map.goals[0].id, text="Min ændring", by="mig")
    with pytest.raises(ConflictError):
        services.strategy.save(mine.map.id, mine.map, mine.version)
    assert services.strategy.load(mine.map.id).map.goals[0].text == "Deres ændring"


def test_templates_list_and_start_year(services) -> None:  # noqa: ANN001
    names = [t.name for t in services.strategy.templates()]
    assert names == ["company_service", "recruitment_channel"]
    loaded = services.strategy.create_from_template("recruitment_channel", start_year=2027)
    assert loaded.map.span_start.year == 2027
    assert len(loaded.map.working_groups) == 5
    with pytest.raises(UserError):
        services.strategy.create_from_template("../etc/passwd")


def test_export_then_import_gives_the_same_map(services, tmp_path: Path) -> None:  # noqa: ANN001
    loaded = services.strategy.create_from_template("company_service")
    path = tmp_path / "kort.json"
    services.strategy.export_json(loaded.map.id, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["map"]["title"] == loaded.map.title
    imported = services.strategy.import_json(path)
    assert imported.map.id != loaded.map.id
    assert [g.text for g in imported.map.goals] == [g.text for g in loaded.map.goals]
    with services.ctx.uow() as uow:
        exports = uow.session.scalars(select(AccessLog).where(AccessLog.action == "export")).all()
    assert exports and exports[-1].entity == "strategy_map"


@pytest.mark.parametrize("content, message", [
    ('{"format": "jobcenter-strategy-map", "version": 1, "map": {', "ikke gyldig JSON"),
    ('{"format": "noget-andet", "version": 1}', "mangler|format"),
    (b"\xff\xfe\x00garbage", "UTF-8"),
])
def test_broken_file_is_refused_and_nothing_is_created(services, tmp_path: Path, content,  # noqa: ANN001
                                                       message: str) -> None:
    path = tmp_path / "broken.json"
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    before = len(services.strategy.list_maps())
    with pytest.raises(UserError, match=message):
        services.strategy.import_json(path)
    assert len(services.strategy.list_maps()) == before


def test_refresh_indicators_uses_the_crm(services) -> None:  # noqa: ANN001
    loaded = services.strategy.create_from_template("company_service", start_year=2025)
    m = loaded.map
    result = services.strategy.refresh_indicators(m, today=date(2026, 1, 10))
    assert result.changed > 0
    contacts = next(i for i in m.indicators if i.measure_key == "company_contacts")
    # an empty CRM: zero contacts in every month of 2025 (the template's example values for
    # months not yet over are left alone)
    assert [v.value for v in m.measurements(contacts.id) if v.period_start.year == 2025] == [0] * 12
    manual = next(i for i in m.indicators if i.source is IndicatorSource.MANUAL)
    assert m.measurements(manual.id) == loaded.map.copy().measurements(manual.id)


def test_poster_pdf_holds_the_map_and_briefing_and_is_logged(services) -> None:  # noqa: ANN001
    m = services.strategy.create_from_template("company_service", start_year=2025).map
    pdf = services.strategy.render_poster(m, paper="A3", briefing=True)
    pages = _text(pdf)
    first = pages[0]
    assert "udvikling af god virksomhedsservice" in first
    assert "Lokal vækst og jobskabelse" in first
    for area in ("Virksomhedskontakten", "Borgerkontakten", "Internt samarbejde",
                 "Tværgående samarbejde"):
        assert area in first
    assert "Fælles viden om" in first and "på tværs af afdelinger" in first
    rest = "\n".join(pages[1:])
    assert "Indikatorer" in rest and "Milepæle" in rest and "Handleplaner" in rest
    assert "Strategigruppen" in rest
    reader = PdfReader(BytesIO(pdf))
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert width > height and round(width) == 1191  # A3 landscape
    only_map = services.strategy.render_poster(m, paper="A4", briefing=False)
    assert len(PdfReader(BytesIO(only_map)).pages) == 1
    with pytest.raises(UserError, match="A3 eller A4"):
        services.strategy.render_poster(m, paper="Letter")
    with services.ctx.uow() as uow:
        prints = uow.session.scalars(select(AccessLog).where(AccessLog.action == "print")).all()
    assert len(prints) == 2 and all(p.entity == "strategy_map" for p in prints)


def test_delete_and_missing_map(services) -> None:  # noqa: ANN001
    loaded = services.strategy.create_from_template("company_service")
    services.strategy.delete(loaded.map.id, loaded.version)
    with pytest.raises(NotFoundError):
        services.strategy.load(loaded.map.id)


# ---------------------------------------------------------------------- command line


def _run(capsys, *argv: str) -> tuple[int, str, str]:  # noqa: ANN001
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_new_export_import_and_print(sqlite_url: str, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    db = ["--db", sqlite_url, "--user", "tester"]
    code, out, _ = _run(capsys, *db, "strategy", "templates")
    assert code == 0 and "recruitment_channel" in out
    code, out, _ = _run(capsys, *db, "strategy", "new", "--template", "company_service",
                        "--start-year", "2025")
    assert code == 0
    map_id = json.loads(out)["id"]
    exported = tmp_path / "ud.json"
    code, _, _ = _run(capsys, *db, "strategy", "export", "--map", map_id, str(exported))
    assert code == 0 and exported.exists()
    code, out, _ = _run(capsys, *db, "strategy", "import", str(exported))
    assert code == 0 and json.loads(out)["goals"] == 6
    pdf = tmp_path / "plakat.pdf"
    code, _, err = _run(capsys, *db, "print", "strategy", "--map", map_id, str(pdf),
                        "--format", "A4")
    assert code == 0, err
    pages = _text(pdf.read_bytes())
    assert "Tværgående samarbejde" in pages[0] and len(pages) > 1


def test_cli_bad_input_is_one_line_and_exit_1(sqlite_url: str, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    db = ["--db", sqlite_url, "--user", "tester"]
    code, _, err = _run(capsys, *db, "print", "strategy", "--map", "findes-ikke",
                        str(tmp_path / "x.pdf"))
    assert code == 1 and "findes ikke" in err and "Traceback" not in err
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    code, _, err = _run(capsys, *db, "strategy", "import", str(broken))
    assert code == 1 and "JSON" in err and len(err.strip().splitlines()) == 1
    code, _, err = _run(capsys, *db, "strategy", "new", "--template", "ukendt")
    assert code == 1 and "findes ikke" in err
