"""The one named stylesheet and colour palette shared by every PDF report.

Renderers ask for styles by name (``STYLES["Cell"]``) so a change of size or colour is made
here once. All styles keep ReportLab's ``splitLongWords`` on: user text may hold a 300-character
word (a pasted URL, a reference number), and it must break inside its column, never overflow.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle, StyleSheet1

from .fonts import CONDENSED, CONDENSED_BOLD, SANS, SANS_BOLD, SANS_ITALIC, register_fonts

# Palette: a calm municipal blue for structure, traffic-light colours with enough contrast to
# survive greyscale office printers.
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b7a")
ACCENT = colors.HexColor("#1d4e89")
RULE = colors.HexColor("#b8c2cc")
HEADER_FILL = colors.HexColor("#e3eaf3")
ZEBRA_FILL = colors.HexColor("#f5f7fa")
WARNING = colors.HexColor("#b42318")
GREEN = colors.HexColor("#2e7d32")
AMBER = colors.HexColor("#e0a100")
RED = colors.HexColor("#c62828")
GREY = colors.HexColor("#9aa5b1")

TRAFFIC_LIGHT_COLOURS = {"green": GREEN, "amber": AMBER, "red": RED}

STYLESHEET_NAME = "jobcenter"


@lru_cache(maxsize=1)
def stylesheet() -> StyleSheet1:
    """The named stylesheet ``jobcenter``; built once because every page of a batch uses it."""
    register_fonts()
    sheet = StyleSheet1()
    sheet.name = STYLESHEET_NAME  # type: ignore[attr-defined]
    base = ParagraphStyle(
        "Body",
        fontName=SANS,
        bulletFontName=SANS,  # ReportLab's default is Helvetica, which lacks most of Unicode
        fontSize=9,
        leading=11.5,
        textColor=INK,
        splitLongWords=1,
        spaceAfter=3,
    )
    sheet.add(base)
    sheet.add(ParagraphStyle("BodyItalic", parent=base, fontName=SANS_ITALIC))
    sheet.add(ParagraphStyle("Small", parent=base, fontSize=7.5, leading=9.5, textColor=MUTED))
    sheet.add(
        ParagraphStyle(
            "Title", parent=base, fontName=SANS_BOLD, fontSize=16, leading=20, spaceAfter=6
        )
    )
    sheet.add(
        ParagraphStyle(
            "Subtitle", parent=base, fontSize=10, leading=13, textColor=MUTED, spaceAfter=8
        )
    )
    sheet.add(
        ParagraphStyle(
            "Heading",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=11,
            leading=14,
            textColor=ACCENT,
            spaceBefore=7,
            spaceAfter=3,
        )
    )
    sheet.add(
        ParagraphStyle(
            "Subheading",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=9.5,
            leading=12,
            spaceBefore=6,
            spaceAfter=3,
        )
    )
    sheet.add(
        ParagraphStyle("Empty", parent=base, fontName=SANS_ITALIC, textColor=MUTED, spaceAfter=4)
    )
    sheet.add(
        ParagraphStyle("Warning", parent=base, fontName=SANS_BOLD, textColor=WARNING, spaceAfter=4)
    )
    # Table cells use the condensed face: more words per line in narrow columns.
    cell = ParagraphStyle(
        "Cell", parent=base, fontName=CONDENSED, fontSize=8, leading=9.8, spaceAfter=0
    )
    sheet.add(cell)
    sheet.add(ParagraphStyle("CellBold", parent=cell, fontName=CONDENSED_BOLD))
    sheet.add(ParagraphStyle("CellHead", parent=cell, fontName=CONDENSED_BOLD, textColor=ACCENT))
    sheet.add(ParagraphStyle("CellMuted", parent=cell, textColor=MUTED))
    sheet.add(ParagraphStyle("CellCenter", parent=cell, alignment=TA_CENTER))
    sheet.add(ParagraphStyle("CellRight", parent=cell, alignment=TA_RIGHT))
    sheet.add(ParagraphStyle("Key", parent=cell, fontName=CONDENSED_BOLD, textColor=MUTED))
    sheet.add(ParagraphStyle("Value", parent=cell, fontSize=8.5, leading=10.5))
    sheet.add(
        ParagraphStyle(
            "ProfileLabel",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=20,
            leading=24,
            textColor=ACCENT,
            spaceAfter=4,
        )
    )
    sheet.add(
        ParagraphStyle(
            "Signature", parent=cell, fontSize=8, leading=10, alignment=TA_LEFT, textColor=MUTED
        )
    )
    return sheet


def style(name: str) -> ParagraphStyle:
    """One style from the shared sheet by name."""
    return stylesheet()[name]  # type: ignore[return-value]
