"""English is available for every string of the user interface (Danish is the source)."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "jobcenter_en.ts"
QM = TS.with_suffix(".qm")


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    return {(ctx.findtext("name"), msg.findtext("source")): msg
            for ctx in tree.getroot().iter("context") for msg in ctx.iter("message")}


def test_every_ui_string_has_an_english_translation() -> None:
    missing = []
    for (context, source), msg in _messages(TS).items():
        translation = msg.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind == "obsolete" or kind == "vanished":
            continue
        numerus = translation.findall("numerusform") if translation is not None else []
        text = "".join(n.text or "" for n in numerus) if numerus else (translation.text or "")
        if kind == "unfinished" or not text.strip():
            missing.append(f"{context}: {source}")
    assert missing == []


def test_translation_file_is_up_to_date_with_the_source(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    sources = subprocess.run(["git", "ls-files", "jobcenter_desktop/*.py"], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout.split()
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], cwd=ROOT, check=True,
                   capture_output=True)
    current = {k for k, m in _messages(TS).items()
               if (m.find("translation") is None or m.find("translation").get("type") not in ("obsolete", "vanished"))}
    assert set(_messages(fresh)) - current == set(), "run `make translations`"


def test_english_interface_loads(qapp) -> None:  # noqa: ANN001
    from PySide6.QtCore import QCoreApplication

    from jobcenter_desktop import i18n

    assert QM.exists()
    translators = i18n.install(qapp, "en")
    try:
        assert QCoreApplication.translate("MainWindow", "Virksomheder") == "Companies"
        assert QCoreApplication.translate("MainWindow", "Strategikort") == "Strategy map"
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        i18n.install(qapp, "da")
