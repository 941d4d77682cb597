"""How errors reach the user: a user error as its Danish (or English) message, anything else
as a short apology naming the log file. Never a traceback."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ... import logsetup
from ...domain.errors import ConflictError, UserError


def language() -> str:
    app = QCoreApplication.instance()
    return (app.property("jc_language") if app else None) or "da"


def user_message(exc: BaseException) -> str | None:
    return exc.message(language()) if isinstance(exc, UserError) else None


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    message = user_message(exc)
    if message is not None:
        if isinstance(exc, ConflictError) and exc.changes:
            lines = [f"• {field}: «{old}» → «{new}»" for field, (old, new) in exc.changes.items()]
            message += "\n\n" + "\n".join(lines)
        QMessageBox.warning(parent, QCoreApplication.translate("messages", "Kan ikke udføres"),
                            message)
        return
    path = logsetup.log_unexpected(exc)
    QMessageBox.critical(
        parent,
        QCoreApplication.translate("messages", "Uventet fejl"),
        QCoreApplication.translate(
            "messages",
            "Beklager, der opstod en uventet fejl. Programmet kører videre.\n"
            "Detaljer er gemt i logfilen:\n{path}",
        ).format(path=path),
    )
