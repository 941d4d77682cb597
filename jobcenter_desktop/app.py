"""Composition root: builds the store, services, worker and main window; nothing else."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from . import i18n, logsetup
from .domain.errors import UserError
from .services.bootstrap import Services, open_store
from .services.cpr_vault import CprVault
from .settings import Settings, cpr_key_path

# Size of the demo jobcenter seeded on a first start: (companies, candidates, seed).
FIRST_START_DEMO = (300, 1500, 2026)


@dataclass
class Gui:
    app: object
    services: Services
    worker: object
    window: object

    def close(self) -> None:
        self.worker.shutdown()
        self.services.close()


def _application(language: str):  # noqa: ANN202
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Jobcenter Desktop")
    app.setOrganizationName("Jobcenter")
    i18n.install(app, language)
    return app


def startup_tasks(services: Services, seed_if_empty: bool) -> dict:
    """Work done on the DB worker right after the window shows."""
    from .services.demo import DemoSize, seed_demo, store_is_empty

    result: dict = {}
    if seed_if_empty and store_is_empty(services.ctx):
        result["demo"] = seed_demo(services.ctx, DemoSize(*FIRST_START_DEMO))
    result["expired_job_orders"] = services.job_orders.expire_overdue()
    return result


def build_gui(url: str, *, language: str, username: str | None = None,
              settings: Settings | None = None, vault: CprVault | None = None) -> Gui:
    from .ui.dialogs.messages import show_error
    from .ui.main_window import MainWindow
    from .ui.worker import DbWorker

    settings = settings or Settings()
    app = _application(language)
    services = open_store(url, vault=vault or CprVault.from_key_file(cpr_key_path()),
                          username=username, jobcenter_name=settings.get("jobcenter_name"))
    holder: dict = {}
    worker = DbWorker(on_error=lambda exc: show_error(holder.get("window"), exc))
    window = MainWindow(services=services, worker=worker, settings=settings)
    holder["window"] = window

    def excepthook(exc_type, exc, tb) -> None:  # noqa: ANN001
        show_error(window, exc)

    sys.excepthook = excepthook
    return Gui(app, services, worker, window)


def start(gui: Gui, settings: Settings) -> None:
    seed = settings.get("demo_on_first_start")
    gui.worker.run(lambda: startup_tasks(gui.services, seed),
                   on_success=lambda _r: gui.window.load_all())


def run_gui(url: str, *, language: str, username: str | None = None) -> int:
    logsetup.configure()
    settings = Settings()
    try:
        gui = build_gui(url, language=language, username=username, settings=settings)
    except UserError as exc:
        _startup_failure(exc.message(language), language)
        return 1
    gui.window.show()
    start(gui, settings)
    try:
        return gui.app.exec()
    finally:
        gui.close()


def _startup_failure(message: str, language: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    _application(language)
    QMessageBox.critical(None, "Jobcenter Desktop", message)


def wait_until_settled(gui: Gui, timeout_ms: int = 20000) -> None:
    """Run the event loop until the worker is idle and every visible row is loaded."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    state = {"quiet": 0, "elapsed": 0}

    def poll() -> None:
        state["elapsed"] += 50
        gui.window.grab()  # paint: visible rows ask for their pages
        state["quiet"] = state["quiet"] + 1 if gui.worker.pending == 0 else 0
        if state["quiet"] >= 4 or state["elapsed"] >= timeout_ms:
            loop.quit()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(50)
    loop.exec()
    timer.stop()


def screenshot(url: str, tab: str, out: str, *, language: str, size: tuple[int, int] = (1400, 860),
               username: str | None = None) -> int:
    """Render one tab offscreen to a PNG (for looking at the GUI, in docs and tests)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    settings = Settings()
    gui = build_gui(url, language=language, username=username, settings=settings)
    try:
        gui.window.resize(*size)
        gui.window.show()
        gui.window.show_tab(tab)
        start(gui, settings)
        wait_until_settled(gui)
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        if not gui.window.grab().save(out, "PNG"):
            raise UserError(f"Kunne ikke gemme {out}", f"Could not save {out}")
    finally:
        gui.window.close()
        gui.close()
    return 0
