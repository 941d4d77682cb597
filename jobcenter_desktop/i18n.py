"""User-interface language. Source strings are Danish (the default); English comes from the
Qt translation in ``resources/translations`` (``jobcenter_en.ts`` → ``.qm``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .domain.refdata import resources_dir

LANGUAGES = ("da", "en")


def translations_dir():  # noqa: ANN201
    return resources_dir() / "translations"


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install translators for ``language`` and remember the choice on the application."""
    language = language if language in LANGUAGES else "da"
    app.setProperty("jc_language", language)
    QLocale.setDefault(QLocale(QLocale.Language.Danish if language == "da" else QLocale.Language.English,
                               QLocale.Country.Denmark))
    installed: list[QTranslator] = []
    qt_translator = QTranslator(app)
    if qt_translator.load(QLocale(language), "qtbase", "_",
                          QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    if language == "en":
        ours = QTranslator(app)
        if ours.load(str(translations_dir() / "jobcenter_en.qm")):
            app.installTranslator(ours)
            installed.append(ours)
    return installed
