"""PDF reports: content, privacy, page numbering, page geometry and no text outside the margins.

Every PDF is read back with pypdf. Text positions come from pypdf's text visitor and widths
from ReportLab's own font metrics, which is enough to prove that no line (hostile input
included) runs past the page margins.
"""

from __future__ import annotations

import ast
import dataclasses
import re
from datetime import date, datetime
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth

from jobcenter_desktop.reports import (
    anonymised_profile,
    client_summary,
    placement_summary,
    samples,
    strategy_poster,
    visit_handout,
)
from jobcenter_desktop.reports.anonymised_profile import (
    AnonymisedProfile,
    ProfileExperience,
    render_anonymised_profile,
    render_anonymised_profiles,
)
from jobcenter_desktop.reports.base import BASE_LABELS, ReportContext, ReportRenderer
from jobcenter_desktop.reports.blocks import clip, fit_line, markup
from jobcenter_desktop.reports.client_summary import CitizenContact, render_client_summary
from jobcenter_desktop.reports.fonts import SANS, fonts_dir, register_fonts
from jobcenter_desktop.reports.placement_summary import render_placement_summary
from jobcenter_desktop.reports.strategy_poster import (
    PosterGoal,
    PosterLink,
    render_strategy_poster,
)
from jobcenter_desktop.reports.visit_handout import VisitContact, render_visit_handout

HOSTILE = "<script>alert('x')</script> & <b>fed</b> &amp;"
LONG_WORD = "Æblegrødsbåd" + "x" * 288  # 300 characters, no break opportunity
LONG_TEXT = "Lang note om samarbejdet med virksomheden, skrevet på vej hjem fra mødet. " * 40
MARGIN = ReportRenderer.margin

REPORT_MODULES = (
    anonymised_profile,
    client_summary,
    placement_summary,
    strategy_poster,
    visit_handout,
)


# -- helpers ---------------------------------------------------------------------------------


def pdf_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(BytesIO(pdf)).pages]


def squash(text: str) -> str:
    """Text without whitespace, so words wrapped across lines can be found again."""
    return "".join(text.split())


def text_extent(pdf: bytes) -> list[tuple[float, float, float, float, float, float]]:
    """Per page: (width, height, min x, max right edge, min y, max y) of all text lines."""
    register_fonts()
    result = []
    for page in PdfReader(BytesIO(pdf)).pages:
        lines: dict[tuple[float, float], float] = {}

        def visit(text, cm, tm, font_dict, font_size, lines=lines):
            if not text.strip() or not font_dict:
                return
            font = font_dict["/BaseFont"].split("+", 1)[-1].lstrip("/")
            x = cm[4] + tm[4] * cm[0]
            y = cm[5] + tm[5] * cm[3]
            width = stringWidth(text.replace("\n", ""), font, font_size * tm[0] * cm[0])
            key = (round(x, 2), round(y, 2))
            lines[key] = lines.get(key, 0.0) + width

        page.extract_text(visitor_text=visit)
        result.append(
            (
                float(page.mediabox.width),
                float(page.mediabox.height),
                min(x for x, _ in lines),
                max(x + w for (x, _), w in lines.items()),
                min(y for _, y in lines),
                max(y for _, y in lines),
            )
        )
    return result


def assert_inside_margins(pdf: bytes) -> None:
    for width, height, min_x, max_right, min_y, max_y in text_extent(pdf):
        assert min_x >= MARGIN - 0.5
        assert max_right <= width - MARGIN + 0.5, f"text runs to {max_right:.1f} of {width:.1f}"
        assert min_y >= MARGIN - 0.5
        assert max_y <= height - MARGIN


def assert_page_numbers(texts: list[str], page_label: str = "Side") -> None:
    total = len(texts)
    joiner = "af" if page_label == "Side" else "of"
    for number, text in enumerate(texts, start=1):
        assert f"{page_label} {number} {joiner} {total}" in text


@pytest.fixture(scope="module")
def context() -> ReportContext:
    return samples.sample_context()


@pytest.fixture(scope="module")
def context_en() -> ReportContext:
    return samples.sample_context("en")


# -- shared machinery ------------------------------------------------------------------------


def test_fonts_and_licence_are_shipped():
    folder = fonts_dir()
    for name in (
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
        "DejaVuSansCondensed.ttf",
        "DejaVuSansCondensed-Bold.ttf",
    ):
        assert (folder / name).is_file(), name
    assert "Bitstream Vera" in (folder / "LICENSE").read_text(encoding="utf-8")
    register_fonts()
    register_fonts()  # idempotent: a second call must not re-parse or fail


@pytest.mark.parametrize("module", REPORT_MODULES, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_labels_exist_in_both_languages(module):
    assert set(module.LABELS["da"]) == set(module.LABELS["en"])
    assert set(BASE_LABELS["da"]) == set(BASE_LABELS["en"])


def test_reports_import_only_domain_reportlab_and_stdlib():
    allowed_roots = {"reportlab", "jobcenter_desktop"}
    package = Path(visit_handout.__file__).parent
    for path in package.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level == 2:  # from ..x import
                    assert (node.module or "").startswith("domain"), (path.name, node.module)
                    continue
                if node.level == 1:
                    continue
                names = [node.module or ""]
            else:
                continue
            for name in names:
                root = name.split(".")[0]
                if root == "jobcenter_desktop":
                    assert name.startswith(
                        ("jobcenter_desktop.domain", "jobcenter_desktop.reports")
                    )
                elif root not in allowed_roots:
                    assert root in __import__("sys").stdlib_module_names, (path.name, name)


def test_markup_escapes_and_clip_shortens():
    assert markup("<b>&") == "&lt;b&gt;&amp;"
    assert markup("a\nb\x00c") == "a<br/>bc"
    short = "kort tekst"
    assert clip(short, 100, 8) == short
    clipped = clip("ord " * 5000, 100, 8)
    assert clipped.endswith("…") and len(clipped) < 2000
    assert fit_line("Ærøskøbing " * 30, SANS, 9, 100).endswith("…")
    assert stringWidth(fit_line("Ærøskøbing " * 30, SANS, 9, 100), SANS, 9) <= 100


def test_logo_is_drawn_and_a_missing_logo_is_ignored(tmp_path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (200, 60), (29, 78, 137)).save(logo)
    data = samples.sample_client_summary()
    base = samples.sample_context()
    with_logo = render_client_summary(data, dataclasses.replace(base, logo_path=logo))
    missing = render_client_summary(
        data, dataclasses.replace(base, logo_path=tmp_path / "gone.png")
    )
    reader = PdfReader(BytesIO(with_logo))
    assert reader.pages[0]["/Resources"]["/XObject"]  # the image is on the page
    assert "Side 1 af" in pdf_text(missing)[0]


# -- visit handout ---------------------------------------------------------------------------


def hostile_visit_handout(contacts: int = 30):
    data = samples.sample_visit_handout(contacts=contacts, log_entries=12)
    contacts_list = list(data.contacts)
    contacts_list.append(
        VisitContact(name=HOSTILE, role=LONG_WORD, phone="<+45>", email="a&b@ø.dk")
    )
    log = list(data.contact_log)
    log[0] = dataclasses.replace(log[0], summary=LONG_TEXT * 3, outcome=LONG_WORD)
    company = dataclasses.replace(data.company, address=LONG_WORD, industry=HOSTILE)
    return dataclasses.replace(data, company=company, contacts=contacts_list, contact_log=log)


def test_visit_handout_with_many_contacts_and_hostile_text(context):
    pdf = render_visit_handout(hostile_visit_handout(), context)
    texts = pdf_text(pdf)
    everything = "\n".join(texts)
    assert len(texts) >= 2
    assert_page_numbers(texts)
    for word in ("Ærø Bådebyggeri & Søn A/S", "Ærøskøbing", "Kontaktpersoner", "Stamdata"):
        assert word in everything
    assert "Kontakt" in everything and "29" in everything
    assert squash(HOSTILE) in squash(everything)
    assert LONG_WORD in squash(everything)
    assert "Udskrevet 24-11-2026 af Mette Søndergård" in texts[-1]
    assert_inside_margins(pdf)


def test_visit_handout_sections_and_empty_states(context):
    data = samples.sample_visit_handout()
    without = render_visit_handout(dataclasses.replace(data, matching_candidates=None), context)
    assert "Kandidater der matcher" not in "".join(pdf_text(without))
    empty = dataclasses.replace(
        data, contacts=(), contact_log=(), job_orders=(), matching_candidates=()
    )
    text = "".join(pdf_text(render_visit_handout(empty, context)))
    assert "Ingen kontakter registreret" in text
    assert "Ingen åbne jobordrer" in text
    assert "Kandidater der matcher" in text and "Ingen kandidater matcher lige nu" in text


def test_visit_handout_in_english(context_en):
    texts = pdf_text(render_visit_handout(samples.sample_visit_handout(), context_en))
    assert_page_numbers(texts, "Page")
    assert "Contact persons" in texts[0] and "Printed 24-11-2026 by" in texts[0]


# -- client summary --------------------------------------------------------------------------


def test_client_summary_masks_cpr_and_marks_confidential(context):
    data = samples.sample_client_summary()
    for cpr in ("0101901234", "010190-1234"):
        pdf = render_client_summary(dataclasses.replace(data, cpr=cpr), context)
        texts = pdf_text(pdf)
        everything = "".join(texts)
        assert "010190-XXXX" in everything
        assert "1234" not in everything.replace("01-12-2026", "")
        assert all("Fortroligt – indeholder personoplysninger" in t for t in texts)
        assert "Åse Ødegård Bækgaard" in everything
        # The name stays out of metadata, which desktop search and mail systems index.
        assert "Ødegård" not in str(PdfReader(BytesIO(pdf)).metadata)


def test_client_summary_fits_one_page_and_breaks_with_many_contacts(context):
    assert len(pdf_text(render_client_summary(samples.sample_client_summary(), context))) == 1
    data = samples.sample_client_summary(contacts=30)
    contacts = [
        *data.latest_contacts,
        CitizenContact(date(2026, 1, 2), "phone", HOSTILE, LONG_WORD),
    ]
    pdf = render_client_summary(
        dataclasses.replace(data, latest_contacts=contacts, restrictions=(LONG_TEXT,)), context
    )
    texts = pdf_text(pdf)
    assert len(texts) >= 2
    assert_page_numbers(texts)
    assert LONG_WORD in squash("".join(texts))
    assert_inside_margins(pdf)


# -- anonymised profile ----------------------------------------------------------------------

FORBIDDEN_FIELDS = {
    "name",
    "cpr",
    "address",
    "phone",
    "email",
    "target_group",
    "benefit",
    "readiness",
    "restrictions",
    "postcode",
}


def test_anonymised_profile_type_has_no_identifying_fields():
    fields = {f.name for f in dataclasses.fields(AnonymisedProfile)}
    assert not fields & FORBIDDEN_FIELDS
    assert not any("name" in f or "cpr" in f for f in fields)


def test_anonymised_profile_scrubs_identifiers_typed_into_free_text(context):
    profile = dataclasses.replace(
        samples.sample_anonymised_profile(),
        age_band_start=34,  # an exact age given by mistake
        skills=("Truck", "ring 22 33 44 55", "aase.baekgaard@eksempel.dk", "CPR 010190-1234"),
        certificates=("+45 22334455", "Svejsecertifikat 2010-2014"),
        desired_occupations=("Lager", LONG_WORD, HOSTILE),
    )
    texts = pdf_text(render_anonymised_profile(profile, context))
    everything = "".join(texts)
    assert "Kandidat K-4821" in everything and "30–39 år" in everything
    assert "34" not in everything
    for leaked in ("22 33 44 55", "22334455", "eksempel.dk", "010190", "1234"):
        assert leaked not in everything
    assert "[fjernet]" in everything
    assert "Svejsecertifikat 2010-2014" in everything  # a year range is not a phone number
    assert "Ærø Kommune" in everything
    assert LONG_WORD in squash(everything)


def test_anonymised_profile_batch_numbers_each_profile(context):
    profiles = [samples.sample_anonymised_profile(i) for i in range(4)]
    pdf = render_anonymised_profiles(profiles, context)
    texts = pdf_text(pdf)
    assert len(texts) == 4
    for i, text in enumerate(texts):
        assert f"Kandidat K-{4821 + i}" in text
        assert "Side 1 af 1" in text
    assert_inside_margins(pdf)


def test_anonymised_profile_running_over_a_page_keeps_label_and_numbering(context):
    long = dataclasses.replace(
        samples.sample_anonymised_profile(1),
        experience=tuple(ProfileExperience(f"Erfaring nr. {i} på lager", i % 7) for i in range(70)),
    )
    profiles = [samples.sample_anonymised_profile(0), long, samples.sample_anonymised_profile(2)]
    texts = pdf_text(render_anonymised_profiles(profiles, context))
    assert len(texts) == 4
    assert "Side 1 af 1" in texts[0] and "Side 1 af 1" in texts[3]
    assert "Side 1 af 2" in texts[1] and "Side 2 af 2" in texts[2]
    # The continuation page names the profile in its header.
    assert "Anonymiseret kandidatprofil – Kandidat K-4822" in texts[2]


# -- placement summary -----------------------------------------------------------------------


def test_placement_summary_employee_rep_line_only_when_needed(context):
    with_rep = "".join(
        pdf_text(render_placement_summary(samples.sample_placement_summary(True), context))
    )
    without_rep = "".join(
        pdf_text(render_placement_summary(samples.sample_placement_summary(False), context))
    )
    line = "Dato og underskrift – tillidsrepræsentant"
    assert line in with_rep and "Udtalelse fra tillidsrepræsentant" in with_rep
    assert line not in without_rep and "tillidsrepræsentant" not in without_rep
    for caption in ("borger (Åse Ødegård Bækgaard)", "virksomhed (Ærø Bådebyggeri & Søn A/S)"):
        assert squash(caption) in squash(without_rep)
    assert "Jobcenter Ærøskøbing" in without_rep


def test_placement_summary_compliance_marks_and_hostile_text(context):
    data = dataclasses.replace(
        samples.sample_placement_summary(),
        purpose=LONG_TEXT + LONG_WORD,
        citizen_name=HOSTILE,
    )
    pdf = render_placement_summary(data, context)
    texts = pdf_text(pdf)
    everything = "".join(texts)
    for glyph in ("✓", "✗", "?"):
        assert glyph in everything
    assert "Ikke verificeret" in everything
    assert squash(HOSTILE) in squash(everything)
    assert_page_numbers(texts)
    assert_inside_margins(pdf)


# -- strategy poster -------------------------------------------------------------------------


@pytest.mark.parametrize("paper, size", [("A3", A3), ("A4", A4)])
def test_poster_has_one_landscape_first_page(context, paper, size):
    pdf = render_strategy_poster(samples.sample_strategy_poster(), context, paper=paper)
    pages = PdfReader(BytesIO(pdf)).pages
    dims = [(float(p.mediabox.width), float(p.mediabox.height)) for p in pages]
    expected = landscape(size)
    assert dims[0] == pytest.approx(expected, abs=0.01)
    assert sum(1 for w, h in dims if w > h) == 1
    assert all(d == pytest.approx(A4, abs=0.01) for d in dims[1:])
    texts = [p.extract_text() for p in pages]
    assert_page_numbers(texts)
    first = texts[0]
    assert "Lokal vækst og jobskabelse" in first and "Vision 2028".upper() in first
    assert "Tværgående samarbejde" in first
    rest = "".join(texts[1:])
    assert "Indikatorer" in rest and "Milepæle" in rest and "Handleplaner" in rest
    assert "1 afsnit har færre end 2 ambassadører" in rest
    assert "Overskredet" in rest
    assert_inside_margins(pdf)


def test_poster_omits_sections_that_are_none(context):
    data = dataclasses.replace(
        samples.sample_strategy_poster(),
        indicators=None,
        milestones=(),
        action_plans=None,
        ambassadors=None,
    )
    texts = pdf_text(render_strategy_poster(data, context, paper="A4"))
    assert len(texts) == 2
    assert "Indikatorer" not in texts[1] and "Handleplaner" not in texts[1]
    assert "Ingen milepæle registreret" in texts[1]
    only_map = dataclasses.replace(data, milestones=None)
    assert len(pdf_text(render_strategy_poster(only_map, context))) == 1


def test_poster_survives_hostile_and_degenerate_maps(context_en):
    goals = [
        PosterGoal(
            f"G{i}", "VK", LONG_WORD + " " + HOSTILE + LONG_TEXT, x=i * 40.0, y=(i % 3) * 30.0
        )
        for i in range(25)
    ] + [PosterGoal("tiny", "nowhere", "x", x=5000, y=5000, width=1, height=1)]
    links = [PosterLink(f"G{i}", f"G{i + 1}") for i in range(24)] + [
        PosterLink("G0", "missing"),
        PosterLink("G3", "G3"),
        PosterLink("G5", "vision"),
    ]
    data = dataclasses.replace(
        samples.sample_strategy_poster(),
        title=HOSTILE * 5,
        vision_text=LONG_TEXT,
        goals=goals,
        links=links,
        lane_orientation="rows",
    )
    pdf = render_strategy_poster(data, context_en, paper="A4")
    texts = pdf_text(pdf)
    assert "Page 1 of" in texts[0] and "Indicators" in texts[1]
    assert_inside_margins(pdf)


def test_poster_rejects_unknown_paper(context):
    with pytest.raises(ValueError):
        render_strategy_poster(samples.sample_strategy_poster(), context, paper="Letter")


def test_print_date_accepts_utc_datetime():
    ctx = ReportContext(
        jobcenter_name="Jobcenter Ærø",
        printed_by="",
        printed_at=datetime(2026, 12, 31, 23, 30, tzinfo=__import__("datetime").UTC),
    )
    text = pdf_text(render_anonymised_profile(samples.sample_anonymised_profile(), ctx))[0]
    # 23:30 UTC on New Year's Eve is already 1 January in Copenhagen.
    assert re.search(r"Udskrevet 01-01-2027", text)
