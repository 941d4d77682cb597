"""Building blocks for report bodies: safe text, wrapping tables, key/value blocks, headings.

Everything users typed goes through ``markup()`` before it reaches a Paragraph: ReportLab
parses paragraph text as XML-like markup, so a stray ``<`` or ``&`` in a company note would
otherwise raise or silently swallow text. Every table gets explicit column widths that add up
to the frame width and wraps its cells in Paragraphs, so long words break inside their column;
cell text is clipped to a page-safe length, so no row can outgrow a page.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Circle, Drawing
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..domain.dates import format_date
from .styles import (
    GREY,
    HEADER_FILL,
    INK,
    RULE,
    TRAFFIC_LIGHT_COLOURS,
    ZEBRA_FILL,
    style,
)

# C0/C1 control characters other than tab and newline: they come from pasted text and some
# make ReportLab's parser or the PDF viewer misbehave.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_NEWLINES = re.compile(r"\r\n?|\n")
EMPTY_VALUE = "–"  # en dash: what Danish forms print for "no value"
_HEADING_SPACE = 26.0  # heading leading + space before and after, with a little slack
_MEASURE_BELOW = 90 * mm  # more room than this always holds a heading and two table rows


def clean(value: object) -> str:
    """Plain text for a report: None → "", NFC-normalised, control characters removed."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value))
    return _CONTROL.sub("", text).replace("\t", " ").strip()


def markup(value: object) -> str:
    """User text escaped for Paragraph markup; line breaks kept as ``<br/>``."""
    return _NEWLINES.sub("<br/>", escape(clean(value)))


def para(value: object, style_name: str = "Body") -> Paragraph:
    """A Paragraph from untrusted plain text."""
    return Paragraph(markup(value), style(style_name))


def rich(markup_text: str, style_name: str = "Body") -> Paragraph:
    """A Paragraph from markup built by the renderer itself (user parts already escaped)."""
    return Paragraph(markup_text, style(style_name))


def heading(text: str) -> Paragraph:
    return para(text, "Heading")


def subheading(text: str) -> Paragraph:
    return para(text, "Subheading")


def empty_state(text: str) -> Paragraph:
    """Grey italic line for a section with nothing in it ("Ingen kontakter registreret")."""
    return para(text, "Empty")


class _HeadingGuard(CondPageBreak):
    """Page break before a heading when the space left cannot hold it and the first rows.

    Stands in for ``keepWithNext``: keeping a heading with a whole table would push a long
    table to the next page and leave half a page blank. The first rows are only measured
    when the page is nearly full, so the common case costs nothing.
    """

    def __init__(self, min_space: float, first: Flowable | None) -> None:
        super().__init__(min_space)
        self._first = first
        self._measured = first is None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if not self._measured and availHeight < _MEASURE_BELOW:
            lead = getattr(self._first, "lead_height", None)
            if callable(lead):
                self.height = max(self.height, _HEADING_SPACE + lead())
            self._measured = True
        return super().wrap(availWidth, availHeight)


def section(
    title: str, content: Sequence[Flowable], empty_text: str, *, min_space: float = 20 * mm
) -> list[Flowable]:
    """Heading followed by content, or by the empty-state line when there is no content.

    The heading moves to the next page rather than sit alone above its content.
    """
    if not content:
        return [CondPageBreak(min_space), heading(title), empty_state(empty_text)]
    return [_HeadingGuard(min_space, content[0]), heading(title), *content]


def joined(parts: Iterable[object], sep: str = ", ") -> str:
    """Non-empty parts joined; the usual way to print lists of skills or licences."""
    return sep.join(text for text in (clean(p) for p in parts) if text)


def period_text(start: date | None, end: date | None) -> str:
    """Date range as "01-02-2026 – 30-04-2026"; an open end prints as "01-02-2026 –"."""
    if start is None and end is None:
        return ""
    return f"{format_date(start)} – {format_date(end)}".strip()


def or_dash(value: object) -> str:
    text = clean(value)
    return text if text else EMPTY_VALUE


@dataclass(frozen=True)
class Labelled:
    """Cell text with a bold lead-in, e.g. "**Resultat:** jobordre oprettet"."""

    label: str
    text: object


Cell = str | int | float | Labelled | Flowable | list | None

# A table row must fit on one page: ReportLab cannot move a row that is taller than the frame
# (and its in-row splitting repeats the header mid-page), so cell text is clipped to about this
# many lines of its column. Only pathological input (pasted documents) ever reaches the limit.
MAX_CELL_LINES = 34
# Average advance of a character in DejaVu Sans Condensed, as a share of the font size; used
# generously (real text averages less) so clipped text still fits.
_AVG_CHAR_EM = 0.55
CLIPPED = " …"


def clip(text: str, width: float, font_size: float, max_lines: int = MAX_CELL_LINES) -> str:
    """``text`` cut so it wraps to at most about ``max_lines`` lines in a column ``width`` wide.

    An estimate rather than a measurement: it runs for every cell and must stay cheap. A line
    break costs a whole line, other characters their share of one.
    """
    per_line = max(4, int(width / (font_size * _AVG_CHAR_EM)))
    budget = per_line * max_lines
    if len(text) <= budget // 2 and text.count("\n") < max_lines // 2:
        return text
    used = 0
    for index, char in enumerate(text):
        used += per_line if char == "\n" else 1
        if used > budget:
            return text[:index].rstrip() + CLIPPED
    return text


def _cell(value: Cell, style_name: str, width: float) -> Flowable | list[Flowable]:
    if isinstance(value, Flowable):
        return value
    if isinstance(value, list):
        return [_cell(v, style_name, width) for v in value]  # type: ignore[misc]
    cell_style = style(style_name)
    # Padding is 3 pt each side in every table built here.
    inner = width - 6
    if isinstance(value, Labelled):
        text = clip(clean(value.text), inner, cell_style.fontSize)
        return Paragraph(f"<b>{markup(value.label)}:</b> {markup(text)}", cell_style)
    if isinstance(value, float | int) and not isinstance(value, bool):
        value = str(value)
    return Paragraph(markup(clip(clean(value), inner, cell_style.fontSize)), cell_style)


def data_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    total_width: float,
    *,
    extra_styles: Sequence[tuple] = (),
) -> Table:
    """Table with a repeating header row and wrapping cells.

    ``widths`` are relative column widths, scaled to ``total_width``. Plain values become
    Paragraphs in the condensed cell style, clipped so no row outgrows a page; Flowables
    (dots, glyphs, charts) are used as given.
    """
    scale = total_width / float(sum(widths))
    col_widths = [w * scale for w in widths]
    data = [[_cell(h, "CellHead", w) for h, w in zip(headers, col_widths, strict=True)]]
    data.extend(
        [_cell(value, "Cell", w) for value, w in zip(row, col_widths, strict=True)] for row in rows
    )
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    # Zebra striping via ROWBACKGROUNDS survives row splits and repeated headers.
    if len(data) > 2:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA_FILL]))
    commands.extend(extra_styles)
    table = Table(
        data,
        colWidths=col_widths,
        repeatRows=1,
        hAlign="LEFT",
        style=TableStyle(commands),
    )
    table.lead_height = lambda: _rows_height(data[:2], col_widths, 4.8)
    return table


def key_value_table(
    pairs: Sequence[tuple[str, Cell]],
    total_width: float,
    *,
    columns: int = 2,
    key_share: float = 0.36,
) -> Table:
    """Label/value pairs laid out in ``columns`` side-by-side column pairs.

    Empty values print as an en dash so a reader can tell "unknown" from a layout gap.
    """
    per_column = total_width / columns
    key_width = per_column * key_share
    value_width = per_column - key_width
    cells: list[Flowable | list[Flowable]] = []
    for key, value in pairs:
        cells.append(_cell(key, "Key", key_width))
        if not isinstance(value, Flowable | Labelled | list):
            value = or_dash(value)
        cells.append(_cell(value, "Value", value_width))
    per_row = 2 * columns
    while len(cells) % per_row:
        cells.append(Spacer(1, 1))
    data = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
    table_style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, ZEBRA_FILL),
    ]
    col_widths = [key_width, value_width] * columns
    table = Table(data, colWidths=col_widths, hAlign="LEFT", style=TableStyle(table_style))
    table.lead_height = lambda: _rows_height(data[:1], col_widths, 3.0)
    return table


def _rows_height(
    rows: Sequence[Sequence[object]], widths: Sequence[float], padding: float
) -> float:
    """Height of the first rows of a table, so a heading is never left alone above it.

    Only these few cells are wrapped here; the table wraps everything again at layout time.
    """
    total = 0.0
    for row in rows:
        tallest = 0.0
        for cell, width in zip(row, widths, strict=False):
            cells = cell if isinstance(cell, list) else [cell]
            height = sum(c.wrap(width - 6, 10_000)[1] for c in cells if isinstance(c, Flowable))
            tallest = max(tallest, height)
        total += tallest + padding
    return total


def bullet_list(items: Iterable[object], style_name: str = "Body") -> list[Paragraph]:
    """One Paragraph per item with a bullet; empty items are dropped."""
    bullet = _bullet_style(style_name)
    return [Paragraph(text, bullet, bulletText="•") for text in map(markup, items) if text]


def numbered_list(items: Iterable[object], style_name: str = "Body") -> list[Paragraph]:
    """Ranked items ("1.", "2." …), as for desired occupations."""
    texts = [markup(i) for i in items]
    return [
        Paragraph(text, _bullet_style(style_name), bulletText=f"{n}.")
        for n, text in enumerate((t for t in texts if t), start=1)
    ]


_BULLET_STYLES: dict[str, ParagraphStyle] = {}


def _bullet_style(style_name: str) -> ParagraphStyle:
    cached = _BULLET_STYLES.get(style_name)
    if cached is None:
        base = style(style_name)
        cached = ParagraphStyle(
            f"{style_name}Bullet",
            parent=base,
            leftIndent=base.leftIndent + 4 * mm,
            bulletIndent=base.leftIndent + 0.5 * mm,
            spaceAfter=1.5,
        )
        _BULLET_STYLES[style_name] = cached
    return cached


def signature_block(captions: Sequence[str], total_width: float, date_label: str) -> Table:
    """Signature lines, two per row: blank space to sign on, a rule, "Dato og underskrift – …"."""
    gap = 10 * mm
    col = (total_width - gap) / 2
    data: list[list[Flowable | str]] = []
    heights: list[float | None] = []
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
    for start in range(0, len(captions), 2):
        pair = list(captions[start : start + 2])
        row_index = len(data) + 1  # the caption row follows the blank writing row
        data.append(["", "", ""])
        heights.append(15 * mm)
        data.append(
            [
                para(f"{date_label} – {pair[0]}", "Signature"),
                "",
                para(f"{date_label} – {pair[1]}", "Signature") if len(pair) > 1 else "",
            ]
        )
        heights.append(None)
        for column in (0, 2) if len(pair) > 1 else (0,):
            commands.append(("LINEABOVE", (column, row_index), (column, row_index), 0.7, INK))
    return Table(
        data,
        colWidths=[col, gap, col],
        rowHeights=heights,
        hAlign="LEFT",
        style=TableStyle(commands),
    )


def traffic_dot(colour: str | None, size: float = 7) -> Drawing:
    """A filled circle in green/amber/red; an open grey circle for "no value"."""
    drawing = Drawing(size, size)
    fill = TRAFFIC_LIGHT_COLOURS.get(colour or "")
    drawing.add(
        Circle(
            size / 2,
            size / 2,
            size / 2 - 0.6,
            fillColor=fill if fill is not None else colors.white,
            strokeColor=fill if fill is not None else GREY,
            strokeWidth=0.8,
        )
    )
    return drawing


def fit_line(text: str, font: str, size: float, max_width: float) -> str:
    """``text`` shortened with an ellipsis so it fits ``max_width`` on one canvas line.

    Used for header and footer lines drawn directly on the canvas, where nothing wraps.
    """
    if max_width <= 0:
        return ""
    if stringWidth(text, font, size) <= max_width:
        return text
    ellipsis = "…"
    low, high = 0, len(text)
    # Binary search on the cut point: names can be long and this runs on every page.
    while low < high:
        mid = (low + high + 1) // 2
        if stringWidth(text[:mid] + ellipsis, font, size) <= max_width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + ellipsis if low else ""
