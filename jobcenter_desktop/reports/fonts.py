"""Fonts for the PDF reports: where they live and their one-time registration with ReportLab.

The reports embed DejaVu (shipped in ``resources/fonts``) instead of the PDF base fonts because
users type names and notes in many scripts, and the compliance marks (✓ ✗) and arrows are not
in the base fonts' WinAnsi encoding. Registration parses each TTF file, which takes tens of
milliseconds, so it happens once per process and every renderer shares the result.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

# Names used in styles and canvas calls. "Condensed" is for dense tables and poster cards.
SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SANS_ITALIC = "DejaVuSans-Oblique"
CONDENSED = "DejaVuSansCondensed"
CONDENSED_BOLD = "DejaVuSansCondensed-Bold"

_FONT_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    CONDENSED: "DejaVuSansCondensed.ttf",
    CONDENSED_BOLD: "DejaVuSansCondensed-Bold.ttf",
}

_lock = threading.Lock()
_registered = False


class ReportFontError(RuntimeError):
    """The bundled fonts are missing: an installation problem, not something a user caused."""


def resources_dir() -> Path:
    """The ``resources`` folder, both from a source checkout and inside a PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def register_fonts() -> None:
    """Register the DejaVu faces and the bold/italic family mapping (idempotent, thread-safe).

    The family mapping lets ``<b>`` and ``<i>`` inside Paragraph markup pick the right face.
    DejaVu Sans Bold Oblique is not shipped, so bold italic falls back to plain bold.
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = fonts_dir()
        for name, filename in _FONT_FILES.items():
            path = folder / filename
            if not path.is_file():
                raise ReportFontError(f"Font file missing: {path} (reinstall the application)")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(
            SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC, boldItalic=SANS_BOLD
        )
        pdfmetrics.registerFontFamily(
            CONDENSED,
            normal=CONDENSED,
            bold=CONDENSED_BOLD,
            italic=CONDENSED,
            boldItalic=CONDENSED_BOLD,
        )
        _registered = True
