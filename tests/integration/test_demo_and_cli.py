"""Demo jobcenter and the command line, as a script or a user would run them."""

from __future__ import annotations

import json
import subprocess
import sys

from jobcenter_desktop.cli import main
from jobcenter_desktop.services.demo import DemoSize, seed_demo, valid_cvr
from jobcenter_desktop.services.lists import ListQuery


def test_demo_fills_every_tab_with_danish_data(services) -> None:  # noqa: ANN001
    counts = seed_demo(services.ctx, DemoSize(companies=60, candidates=200, seed=3))
    assert counts["companies"] == 60 and counts["candidates"] == 200
    assert counts["job_orders"] > 0 and counts["placements"] > 0 and counts["strategy_maps"] == 2
    names = [r.name for r in services.companies.rows(services.companies.list_ids(ListQuery()))]
    assert any(ch in "".join(names) for ch in "æøåÆØÅ")
    assert all(len(r.cvr) == 8 for r in services.companies.rows(services.companies.list_ids(ListQuery())))
    maps = services.strategy.list_maps()
    assert {m.goals > 0 for m in maps} == {True}
    loaded = services.strategy.load(maps[0].id)
    assert loaded.map.focus_areas and loaded.map.links


def test_demo_is_reproducible_from_its_seed(sqlite_services) -> None:  # noqa: ANN001
    import random

    a = [valid_cvr(random.Random(5)) for _ in range(3)]
    b = [valid_cvr(random.Random(5)) for _ in range(3)]
    assert a == b
    from stdnum.dk import cvr

    assert all(cvr.is_valid(c) for c in a)


def test_strategy_map_round_trips_through_the_store(services) -> None:  # noqa: ANN001
    services.strategy.seed_from_templates()
    first = services.strategy.list_maps()[0]
    loaded = services.strategy.load(first.id)
    from jobcenter_desktop.domain import strategy_io

    before = strategy_io.map_to_dict(loaded.map)
    saved = services.strategy.save(first.id, loaded.map, loaded.version)
    after = strategy_io.map_to_dict(saved.map)
    assert before == after
    assert saved.version == loaded.version + 1


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "jobcenter_desktop", *args],
                          capture_output=True, text=True, timeout=300)


def test_cli_demo_list_and_check(tmp_path) -> None:  # noqa: ANN001
    db = str(tmp_path / "cli.sqlite3")
    done = run_cli("--db", db, "demo", "--companies", "20", "--candidates", "40", "--seed", "9")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["companies"] == 20
    listed = run_cli("--db", db, "list", "companies", "--limit", "5", "--json")
    rows = json.loads(listed.stdout)
    assert len(rows) == 5 and {"id", "name", "cvr"} <= rows[0].keys()
    check = run_cli("--db", db, "check")
    assert check.returncode == 0 and check.stdout.strip().endswith("OK")
    again = run_cli("--db", db, "demo")
    assert again.returncode == 1 and "--force" in again.stderr and "Traceback" not in again.stderr


def test_cli_bad_input_is_one_line_without_traceback(tmp_path, capsys) -> None:  # noqa: ANN001
    assert main(["--db", "mysql://x@y/z", "check"]) == 1
    err = capsys.readouterr().err
    assert "understøttes ikke" in err and "Traceback" not in err
    assert main(["--lang", "en", "--db", str(tmp_path / "x.db"), "list", "companies", "--limit", "0"]) == 1
    assert "--limit" in capsys.readouterr().err


def test_cli_search_matches_folded_text(tmp_path, capsys) -> None:  # noqa: ANN001
    db = str(tmp_path / "s.sqlite3")
    assert main(["--db", db, "demo", "--companies", "30", "--candidates", "10"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "list", "companies", "--search", "søn", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert any("søn" in r["name"].lower() for r in rows)
    # Every hit has a word starting with "søn" (spelt soen/son) in its name, town or contacts.
    import sqlite3

    with sqlite3.connect(db) as conn:
        texts = {r[0]: r[1] for r in conn.execute("SELECT cvr, search_text FROM company")}
    assert all(any(w.startswith(("soen", "son")) for w in texts[r["cvr"]].split()) for r in rows)
