"""Report renderer base: page setup, header, footer with "Side X af Y", labels and ``render()``.

Every PDF the app prints is a subclass of ``ReportRenderer`` (the template-method shape of
pretix's invoice renderer): the base owns the page frame, the header (jobcenter name, optional
logo, document title, confidentiality mark), the footer (print date, printed by, page X of Y)
and the build; a subclass supplies ``build_story()`` and, where needed, its own page templates.

Data comes in as frozen dataclasses defined next to each renderer and filled by services; PDF
bytes go out. Nothing here touches Qt or the database.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from io import BytesIO
from pathlib import Path
from typing import Any, ClassVar, Generic, TypeVar

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from ..domain.dates import format_date
from .blocks import clean, fit_line
from .fonts import SANS, SANS_BOLD, register_fonts
from .styles import ACCENT, INK, MUTED, RULE, WARNING, stylesheet

log = logging.getLogger(__name__)

T = TypeVar("T")

LANGUAGES = ("da", "en")

# Labels every report needs. Report modules add their own dict with the same two languages.
BASE_LABELS: Mapping[str, Mapping[str, str]] = {
    "da": {
        "page": "Side {page} af {total}",
        "printed": "Udskrevet {date} af {user}",
        "printed_no_user": "Udskrevet {date}",
        "sign_date": "Dato og underskrift",
        # Stored codes shared by several reports (contact channels, job-order, placement and
        # initiative statuses); a report's own dict may override any of them.
        "channel.visit": "Besøg",
        "channel.phone": "Telefon",
        "channel.email": "E-mail",
        "channel.meeting": "Møde",
        "status.open": "Åben",
        "status.in_progress": "I gang",
        "status.paused": "Sat på pause",
        "status.filled": "Besat",
        "status.expired": "Udløbet",
        "status.planned": "Planlagt",
        "status.active": "Aktiv",
        "status.completed": "Afsluttet",
        "status.done": "Afsluttet",
        "status.stopped_early": "Stoppet før tid",
        "status.cancelled": "Annulleret",
    },
    "en": {
        "page": "Page {page} of {total}",
        "printed": "Printed {date} by {user}",
        "printed_no_user": "Printed {date}",
        "sign_date": "Date and signature",
        "channel.visit": "Visit",
        "channel.phone": "Phone",
        "channel.email": "E-mail",
        "channel.meeting": "Meeting",
        "status.open": "Open",
        "status.in_progress": "In progress",
        "status.paused": "Paused",
        "status.filled": "Filled",
        "status.expired": "Expired",
        "status.planned": "Planned",
        "status.active": "Active",
        "status.completed": "Completed",
        "status.done": "Done",
        "status.stopped_early": "Stopped early",
        "status.cancelled": "Cancelled",
    },
}


@dataclass(frozen=True, kw_only=True)
class ReportContext:
    """Who prints, for which jobcenter, when, and in which language.

    ``printed_at`` may be a date or a datetime (UTC datetimes are shown in Copenhagen time).
    An unknown ``language`` falls back to Danish.
    """

    jobcenter_name: str
    logo_path: str | Path | None = None
    printed_by: str
    printed_at: date | datetime
    language: str = "da"


def _one_line(text: str) -> str:
    return " ".join(clean(text).split())


class _PageGroupMarker(Flowable):
    """Zero-size flowable that starts a new page-numbering group (one per batch item)."""

    def __init__(self, group: int) -> None:
        super().__init__()
        self.group = group

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        self.canv.jc_page_group = self.group  # type: ignore[attr-defined]


class _NumberedCanvas(Canvas):
    """Canvas that holds pages back until the end so each footer can say "af Y".

    The total is only known after layout, so ``showPage`` keeps the page's state and ``save``
    replays every page, letting ``decorate`` add header and footer. Pages carry a group number
    so a batch (one profile per page) can number and title each item on its own.
    """

    def __init__(
        self,
        *args: Any,
        decorate: Callable[[Canvas, int, int, int], None],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._jc_pages: list[tuple[dict[str, Any], int]] = []
        self._jc_decorate = decorate
        self.jc_page_group = 0

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._jc_pages.append((dict(self.__dict__), self.jc_page_group))
        self._startPage()

    def save(self) -> None:
        totals: dict[int, int] = {}
        for _, group in self._jc_pages:
            totals[group] = totals.get(group, 0) + 1
        seen: dict[int, int] = {}
        for state, group in self._jc_pages:
            seen[group] = seen.get(group, 0) + 1
            self.__dict__.update(state)
            self._jc_decorate(self, seen[group], totals[group], group)
            Canvas.showPage(self)
        Canvas.save(self)


class ReportRenderer(Generic[T]):
    """Base of all PDF reports. Subclasses set ``labels`` and implement ``build_story``.

    Template methods, in the order a build calls them:
    ``document_title`` → ``page_templates`` → ``build_story``, and once layout is done, per
    page ``draw_header`` and ``draw_footer`` (the footer needs the page total). In a batch,
    ``item_title`` names each item in the header of all its pages.
    """

    #: {"da": {...}, "en": {...}} for this report; merged over ``BASE_LABELS``.
    labels: ClassVar[Mapping[str, Mapping[str, str]]] = {}
    pagesize: ClassVar[tuple[float, float]] = A4
    margin: ClassVar[float] = 16 * mm
    header_height: ClassVar[float] = 17 * mm
    footer_height: ClassVar[float] = 10 * mm

    def __init__(self, context: ReportContext) -> None:
        register_fonts()
        self.context = context
        self.language = context.language if context.language in LANGUAGES else "da"
        self.styles = stylesheet()
        self._labels = self._merge_labels()
        self._logo = self._load_logo(context.logo_path)
        # Drawn on every page: format once per renderer rather than once per page.
        self._printed_line = (
            self.t("printed", date=format_date(context.printed_at), user=clean(context.printed_by))
            if clean(context.printed_by)
            else self.t("printed_no_user", date=format_date(context.printed_at))
        )

    # -- labels and formatting ------------------------------------------------------------

    def _merge_labels(self) -> dict[str, str]:
        merged = dict(BASE_LABELS["da"])
        merged.update(self.labels.get("da", {}))
        if self.language != "da":
            merged.update(BASE_LABELS.get(self.language, {}))
            merged.update(self.labels.get(self.language, {}))
        return merged

    def t(self, key: str, **values: object) -> str:
        """Label in the report's language; ``values`` fill ``{placeholders}``."""
        text = self._labels.get(key, key)
        return text.format(**values) if values else text

    def code_label(self, group: str, code: str | None) -> str:
        """Label for a stored code such as a status (``status.open``); unknown codes as given."""
        if not code:
            return ""
        return self._labels.get(f"{group}.{code}", code)

    def number(self, value: float | int | None, decimals: int = 1) -> str:
        """Number in the report's convention: Danish "37,5" and "1.250", English "37.5"."""
        if value is None:
            return ""
        if float(value).is_integer():
            text = f"{int(value):,}"
        else:
            text = f"{value:,.{decimals}f}".rstrip("0").rstrip(".")
        if self.language == "da":
            text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
        return text

    # -- template methods ----------------------------------------------------------------

    def document_title(self, data: T) -> str:
        """Title in the header and the PDF metadata. Never put a person's name here."""
        return self.t("title")

    def confidentiality_note(self) -> str | None:
        """Red mark in the header, e.g. for documents with personal data."""
        return None

    def build_story(self, data: T) -> list[Flowable]:
        raise NotImplementedError

    def page_templates(self) -> list[PageTemplate]:
        """One portrait template by default; the poster adds a landscape first page."""
        return [self.page_template("normal", self.pagesize)]

    def page_template(self, template_id: str, pagesize: tuple[float, float]) -> PageTemplate:
        """A template with the standard frame inside header and footer for ``pagesize``."""
        width, height = pagesize
        frame = Frame(
            self.margin,
            self.margin + self.footer_height,
            width - 2 * self.margin,
            height - 2 * self.margin - self.header_height - self.footer_height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id=f"{template_id}-body",
        )
        return PageTemplate(id=template_id, frames=[frame], pagesize=pagesize)

    @property
    def content_width(self) -> float:
        """Frame width of the default page: what tables size their columns against."""
        return self.pagesize[0] - 2 * self.margin

    def item_title(self, data: T) -> str | None:
        """Header title for one item of a batch (e.g. its pseudonym); None keeps the doc title."""
        return None

    def draw_header(self, canv: Canvas, title: str) -> None:
        """Jobcenter name, document title, optional logo and confidentiality mark."""
        width, height = canv._pagesize
        left = self.margin
        right = width - self.margin
        top = height - self.margin
        canv.saveState()
        text_right = right
        if self._logo is not None:
            logo_w, logo_h = self._logo_size()
            canv.drawImage(
                self._logo,
                right - logo_w,
                top - logo_h,
                logo_w,
                logo_h,
                mask="auto",
                preserveAspectRatio=True,
            )
            text_right = right - logo_w - 4 * mm
        note = self.confidentiality_note()
        name_y = top - 4.2 * mm
        title_y = top - 9.6 * mm
        name_width = text_right - left
        if note:
            note_text = fit_line(note, SANS_BOLD, 8, (text_right - left) * 0.5)
            note_width = canv.stringWidth(note_text, SANS_BOLD, 8)
            canv.setFillColor(WARNING)
            canv.setFont(SANS_BOLD, 8)
            canv.drawRightString(text_right, name_y, note_text)
            name_width -= note_width + 4 * mm
        canv.setFillColor(ACCENT)
        canv.setFont(SANS_BOLD, 10.5)
        canv.drawString(
            left, name_y, fit_line(clean(self.context.jobcenter_name), SANS_BOLD, 10.5, name_width)
        )
        canv.setFillColor(INK)
        canv.setFont(SANS, 9)
        canv.drawString(left, title_y, fit_line(title, SANS, 9, text_right - left))
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        rule_y = top - self.header_height + 3 * mm
        canv.line(left, rule_y, right, rule_y)
        canv.restoreState()

    def draw_footer(self, canv: Canvas, page: int, total: int) -> None:
        """Print date and user on the left, "Side X af Y" on the right."""
        width, _ = canv._pagesize
        left = self.margin
        right = width - self.margin
        y = self.margin + 2 * mm
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(left, y + 3.6 * mm, right, y + 3.6 * mm)
        canv.setFont(SANS, 7.5)
        canv.setFillColor(MUTED)
        page_text = self.t("page", page=page, total=total)
        page_width = canv.stringWidth(page_text, SANS, 7.5)
        canv.drawRightString(right, y, page_text)
        canv.drawString(
            left, y, fit_line(self._printed_line, SANS, 7.5, right - left - page_width - 6 * mm)
        )
        canv.restoreState()

    # -- building -------------------------------------------------------------------------

    def render(self, data: T) -> bytes:
        """The PDF for one item."""
        return self.render_batch([data])

    def render_batch(self, items: Sequence[T]) -> bytes:
        """Many items in one PDF, each starting on a new page and numbered on its own.

        ``render`` is the batch of one, so single and batch output cannot drift apart.

        Fonts, styles, logo and page templates are set up once for the whole batch; only the
        story grows, which keeps a batch close to ReportLab's raw speed.
        """
        if not items:
            raise ValueError("render_batch needs at least one item")
        title = self.document_title(items[0])
        story: list[Flowable] = []
        titles: dict[int, str] = {}
        for index, item in enumerate(items):
            if index:
                story.append(PageBreak())
            story.append(_PageGroupMarker(index))
            story.extend(self.build_story(item))
            item_title = self.item_title(item)
            if item_title:
                titles[index] = f"{title} – {item_title}"
        return self._build(title, story, titles)

    def _build(self, title: str, story: list[Flowable], group_titles: dict[int, str]) -> bytes:
        # Canvas lines do not wrap or parse markup, but a pasted line break would still show.
        titles = {group: _one_line(text) for group, text in group_titles.items()}
        doc_title = _one_line(title)
        buffer = BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=self.pagesize,
            title=doc_title,
            author=self.context.jobcenter_name,
            creator="Jobcenter Desktop",
            lang="en-GB" if self.language == "en" else "da-DK",
            leftMargin=self.margin,
            rightMargin=self.margin,
            topMargin=self.margin,
            bottomMargin=self.margin,
        )
        doc.addPageTemplates(self.page_templates())

        def decorate(canv: Canvas, page: int, total: int, group: int) -> None:
            # Drawn after layout, with the page total known; header and footer never overlap
            # the frame, so drawing them last changes nothing visually.
            self.draw_header(canv, titles.get(group, doc_title))
            self.draw_footer(canv, page, total)

        def make_canvas(*args: Any, **kwargs: Any) -> _NumberedCanvas:
            return _NumberedCanvas(*args, decorate=decorate, **kwargs)

        doc.build(story, canvasmaker=make_canvas)
        return buffer.getvalue()

    # -- logo -----------------------------------------------------------------------------

    _LOGO_MAX = (38 * mm, 11 * mm)

    def _load_logo(self, path: str | Path | None) -> ImageReader | None:
        # A moved or broken logo file must not stop a print: log it and print without.
        if not path:
            return None
        try:
            reader = ImageReader(str(path))
            reader.getSize()
        except Exception:  # noqa: BLE001 - any image problem means "no logo"
            log.warning("Report logo could not be read: %s", path, exc_info=True)
            return None
        return reader

    def _logo_size(self) -> tuple[float, float]:
        assert self._logo is not None
        pixel_w, pixel_h = self._logo.getSize()
        max_w, max_h = self._LOGO_MAX
        scale = min(max_w / pixel_w, max_h / pixel_h)
        return pixel_w * scale, pixel_h * scale
