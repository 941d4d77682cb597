"""The one serial database worker: the GUI thread never waits for the store.

Operations run one at a time, in the order submitted, on a single background thread. Each
result or error comes back to the GUI thread by signal and is handed to the operation's
callbacks. After a successful write the worker broadcasts which kinds of data changed
(``changed``), so each tab reloads only what it shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot


@dataclass(eq=False)
class Operation:
    fn: Callable[[], Any]
    on_success: Callable[[Any], None] | None = None
    on_failure: Callable[[BaseException], None] | None = None
    changes: frozenset[str] = field(default_factory=frozenset)
    result: Any = None
    error: BaseException | None = None


class _Runner(QObject):
    finished = Signal(object)

    @Slot(object)
    def run(self, op: Operation) -> None:
        try:
            op.result = op.fn()
        except BaseException as exc:  # noqa: BLE001 - every error goes back to the GUI thread
            op.error = exc
        self.finished.emit(op)


class DbWorker(QObject):
    """``worker.run(fn, on_success=..., changes={"companies"})``."""

    changed = Signal(object)  # frozenset[str] of change tags
    busy_changed = Signal(bool)
    _submit = Signal(object)

    def __init__(self, *, on_error: Callable[[BaseException], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_error = on_error
        self._pending = 0
        self._thread = QThread()
        self._thread.setObjectName("db-worker")
        self._runner = _Runner()
        self._runner.moveToThread(self._thread)
        self._connect_signals()
        self._thread.start()

    def _connect_signals(self) -> None:
        self._submit.connect(self._runner.run)
        self._runner.finished.connect(self.on_runner_finished)

    @property
    def pending(self) -> int:
        return self._pending

    def run(
        self,
        fn: Callable[[], Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        changes: Iterable[str] = (),
    ) -> None:
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._submit.emit(Operation(fn, on_success, on_failure, frozenset(changes)))

    @Slot(object)
    def on_runner_finished(self, op: Operation) -> None:
        self._pending -= 1
        try:
            if op.error is not None:
                (op.on_failure or self._on_error)(op.error)
            else:
                if op.on_success is not None:
                    op.on_success(op.result)
                if op.changes:
                    self.changed.emit(op.changes)
        finally:
            if self._pending == 0:
                self.busy_changed.emit(False)

    def shutdown(self) -> None:
        """Finish what is queued, then stop the thread."""
        self._thread.quit()
        self._thread.wait()
