"""An administrator corrects reference data without a release; a bad file changes nothing."""

from __future__ import annotations

from jobcenter_desktop.cli import main


def test_admin_imports_danish_disco_titles_and_a_broken_rule_table_is_refused(tmp_path, capsys) -> None:  # noqa: ANN001
    db = str(tmp_path / "ref.sqlite3")
    assert main(["--db", db, "--user", "admin1", "list", "companies"]) == 0  # first user: admin
    titles = tmp_path / "disco_da.csv"
    titles.write_text("code;title_da\n7212;Svejsere og skærebrændere\n", encoding="cp1252")
    assert main(["--db", db, "--user", "admin1", "refdata", "import", "occupations", str(titles)]) == 0
    from jobcenter_desktop.services.bootstrap import open_store
    from jobcenter_desktop.services.cpr_vault import CprVault

    services = open_store(db, vault=CprVault.ephemeral(), username="admin1")
    try:
        assert services.ctx.reference().occupation("7212").title == "Svejsere og skærebrændere"
    finally:
        services.close()

    capsys.readouterr()
    broken = tmp_path / "schemes.csv"
    broken.write_text("code,name_da\nVP,Virksomhedspraktik\n", encoding="utf-8")
    assert main(["--db", db, "--user", "admin1", "refdata", "import", "schemes", str(broken)]) == 1
    assert "Traceback" not in capsys.readouterr().err
    assert main(["--db", db, "--user", "admin1", "check"]) == 0  # the shipped rules still stand
    assert main(["--db", db, "--user", "admin1", "refdata", "list"]) == 0
    assert "schemes" in capsys.readouterr().out


def test_only_an_administrator_may_replace_reference_tables(tmp_path, capsys) -> None:  # noqa: ANN001
    db = str(tmp_path / "ref2.sqlite3")
    assert main(["--db", db, "--user", "admin1", "list", "companies"]) == 0
    assert main(["--db", db, "--user", "consultant1", "list", "companies"]) == 0  # consultant
    titles = tmp_path / "t.csv"
    titles.write_text("code,title_da\n7212,Svejsere\n", encoding="utf-8")
    assert main(["--db", db, "--user", "consultant1", "refdata", "import", "occupations", str(titles)]) == 1
    assert "rolle" in capsys.readouterr().err
