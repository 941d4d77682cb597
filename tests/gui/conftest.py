"""A running main window on a copy of the demo store, for GUI tests."""

from __future__ import annotations

import shutil
import sys

import pytest


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes are recorded instead of blocking the test."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, t, m, *a, **k: shown.append((t, m))))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _p, t, m, *a, **k: shown.append((t, m))))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, t, m, *a, **k: shown.append((t, m))))
    return shown


@pytest.fixture
def gui(qtbot, tmp_path, demo_db_path, monkeypatch, messages):  # noqa: ANN001, ANN201
    from jobcenter_desktop.app import build_gui, start
    from jobcenter_desktop.services.cpr_vault import CprVault
    from jobcenter_desktop.settings import Settings

    db = tmp_path / "gui.sqlite3"
    shutil.copy(demo_db_path, db)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    settings = Settings()
    settings.set("demo_on_first_start", False)
    g = build_gui(str(db), language="da", username="tester", settings=settings,
                  vault=CprVault.from_key_file(demo_db_path.parent / "cpr.key"))
    qtbot.addWidget(g.window)
    g.window.resize(1200, 800)
    g.window.show()
    start(g, settings)
    qtbot.waitUntil(lambda: g.window.companies_tab.model.rowCount() > 0, timeout=15000)
    yield g
    g.window.close()
    g.close()


@pytest.fixture
def wait_idle(qtbot):  # noqa: ANN001, ANN201
    """``wait_idle(gui)``: until the DB worker has nothing queued."""

    def wait(gui) -> None:  # noqa: ANN001
        qtbot.waitUntil(lambda: gui.worker.pending == 0, timeout=15000)

    return wait
