"""Benchmark of the PDF reports against a raw ReportLab baseline measured in the same run.

Measures:
  (a) raw ReportLab: a bare platypus document (same DejaVu font, no header, footer, tables or
      page numbering) with exactly the text of one anonymised-profile page on each of 100 pages;
  (b) anonymised profiles, batch of 100 in one PDF      target: >= 50 % of the raw page rate;
  (c) client summary, one PDF                           target: < 0.5 s;
  (d) company visit handout (30 contacts), one PDF      target: < 0.5 s;
  (e) placement summary, one PDF                        target: < 0.5 s;
  (f) strategy poster, A3 map + follow-up pages         target: < 1 s.

Each figure is the median of several runs after one warm-up (the warm-up pays for the one-time
font registration, which every later print in the app also skips); raw and batch runs
alternate so both meet the same machine load. Ratios compare with the raw
baseline: for the batch the page rate, for single reports the time against raw ReportLab
producing the same number of pages. Run: ``.venv/bin/python bench/bench_reports.py``.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from io import BytesIO
from xml.sax.saxutils import escape

from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from jobcenter_desktop.reports import samples
from jobcenter_desktop.reports.anonymised_profile import render_anonymised_profiles
from jobcenter_desktop.reports.client_summary import render_client_summary
from jobcenter_desktop.reports.fonts import SANS, register_fonts
from jobcenter_desktop.reports.placement_summary import render_placement_summary
from jobcenter_desktop.reports.strategy_poster import render_strategy_poster
from jobcenter_desktop.reports.visit_handout import render_visit_handout

BATCH = 100
RUNS = 7


def timed(make: Callable[[], bytes], runs: int = RUNS) -> tuple[float, bytes]:
    """Median seconds over ``runs`` after one warm-up, and the last PDF produced."""
    pdf = make()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        pdf = make()
        times.append(time.perf_counter() - start)
    return statistics.median(times), pdf


def timed_pair(
    first: Callable[[], bytes], second: Callable[[], bytes], runs: int = RUNS
) -> tuple[float, bytes, float, bytes]:
    """Like ``timed`` for two jobs, run in turns so both see the same machine load."""
    first_pdf, second_pdf = first(), second()
    first_times, second_times = [], []
    for _ in range(runs):
        start = time.perf_counter()
        first_pdf = first()
        first_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        second_pdf = second()
        second_times.append(time.perf_counter() - start)
    return (
        statistics.median(first_times),
        first_pdf,
        statistics.median(second_times),
        second_pdf,
    )


def page_count(pdf: bytes) -> int:
    return len(PdfReader(BytesIO(pdf)).pages)


def raw_baseline(lines: list[str], pages: int) -> Callable[[], bytes]:
    """A bare platypus document: one Paragraph per text line, a page break per page."""
    register_fonts()
    style = ParagraphStyle("raw", fontName=SANS, fontSize=9, leading=11.5)

    def make() -> bytes:
        buffer = BytesIO()
        story = []
        for page in range(pages):
            if page:
                story.append(PageBreak())
            story.extend(Paragraph(escape(line), style) for line in lines)
        SimpleDocTemplate(buffer).build(story)
        return buffer.getvalue()

    return make


def main() -> int:
    context = samples.sample_context()
    profiles = [samples.sample_anonymised_profile(i) for i in range(BATCH)]

    def batch() -> bytes:
        return render_anonymised_profiles(profiles, context)

    # The baseline prints the very text of a profile page, so both sides carry the same load.
    first_page = PdfReader(BytesIO(batch())).pages[0].extract_text()
    lines = [line for line in first_page.splitlines() if line.strip()]
    # Raw and batch runs alternate, so load from anything else on the machine hits both alike.
    raw_time, raw_pdf, batch_time, batch_pdf = timed_pair(raw_baseline(lines, BATCH), batch)
    raw_pages = page_count(raw_pdf)
    raw_rate = raw_pages / raw_time
    raw_per_page = raw_time / raw_pages
    chars = sum(len(line) for line in lines)
    print(
        f"(a) raw ReportLab         {raw_time:7.3f} s  {raw_pages:3d} pages  "
        f"{raw_rate:7.1f} pages/s  ({chars} characters per page)"
    )

    failures = 0
    batch_pages = page_count(batch_pdf)
    batch_rate = batch_pages / batch_time
    ratio = batch_rate / raw_rate
    ok = ratio >= 0.5
    failures += not ok
    print(
        f"(b) anonymised batch x{BATCH}  {batch_time:7.3f} s  {batch_pages:3d} pages  "
        f"{batch_rate:7.1f} pages/s  {ratio:6.0%} of raw rate  "
        f"target >= 50 %  {'OK' if ok else 'FAIL'}"
    )

    singles: list[tuple[str, Callable[[], bytes], float]] = [
        (
            "(c) client summary      ",
            lambda: render_client_summary(samples.sample_client_summary(), context),
            0.5,
        ),
        (
            "(d) visit handout       ",
            lambda: render_visit_handout(
                samples.sample_visit_handout(contacts=30, log_entries=12), context
            ),
            0.5,
        ),
        (
            "(e) placement summary   ",
            lambda: render_placement_summary(samples.sample_placement_summary(), context),
            0.5,
        ),
        (
            "(f) strategy poster A3  ",
            lambda: render_strategy_poster(samples.sample_strategy_poster(), context, paper="A3"),
            1.0,
        ),
    ]
    for label, make, limit in singles:
        seconds, pdf = timed(make)
        pages = page_count(pdf)
        versus_raw = seconds / (raw_per_page * pages)
        ok = seconds < limit
        failures += not ok
        print(
            f"{label}  {seconds:7.3f} s  {pages:3d} pages  "
            f"{versus_raw:6.1f}x raw time for as many pages  "
            f"target < {limit:.1f} s  {'OK' if ok else 'FAIL'}"
        )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
