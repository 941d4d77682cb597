"""Column mapping for imports: which column of a user's file holds which field.

Owns the field catalogues for the three import kinds (``companies``, ``job_orders``,
``candidates``): each field has a Danish and an English label and the header spellings seen in
real Danish office files. ``map_columns`` matches headers in three steps: exact match of a
normalised header key, the same with any parenthesised note removed, and a rapidfuzz match for
typos. Required fields are only ever matched exactly, so a fuzzy guess can never put the wrong
column into a key field; a user-supplied mapping always wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz import fuzz, process

from jobcenter_desktop.domain.text import fold

KINDS = ("companies", "job_orders", "candidates")

# Fuzzy matching below this score is a guess, not a typo. 85 accepts "Addresse" (93) and
# "Virksomhed navn" (96) but rejects "Postnr" -> "P-nr" (67).
DEFAULT_FUZZY_CUTOFF = 85.0
# Very short keys ("by", "tlf") make fuzzy scores meaningless: one letter is 30 %.
_MIN_FUZZY_KEY_LEN = 5


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One importable field: its name in records, labels and the header spellings it accepts."""

    name: str
    label_da: str
    label_en: str
    synonyms: tuple[str, ...]
    required: bool = False

    def label(self, language: str = "da") -> str:
        return self.label_en if language == "en" else self.label_da


@dataclass(frozen=True, slots=True)
class UnmappedColumn:
    """A column that was not mapped, with the reason in Danish for the mapping dialog."""

    index: int
    header: str
    reason: str


@dataclass(slots=True)
class ColumnMapping:
    """Result of mapping a file's headers onto a catalogue.

    ``fields`` maps column index to field name; ``how`` says per column whether the match was
    ``exact``, ``fuzzy`` (show it to the user for confirmation) or ``user``.
    """

    kind: str
    fields: dict[int, str] = field(default_factory=dict)
    how: dict[int, str] = field(default_factory=dict)
    unmapped: list[UnmappedColumn] = field(default_factory=list)
    missing_required: list[str] = field(default_factory=list)

    @property
    def unknown(self) -> list[tuple[int, str]]:
        """``(index, header)`` of the columns that will not be imported."""
        return [(c.index, c.header) for c in self.unmapped]


def _f(
    name: str, da: str, en: str, *synonyms: str, required: bool = False
) -> FieldSpec:
    # The labels are always accepted as headers too, so they need not be repeated.
    return FieldSpec(name, da, en, (da, en, name, *synonyms), required)


# Synonyms are written as users write them; they pass through ``header_key`` like the headers,
# so "CVR-nr.", "Cvr nummer" and "CVR number" need only one spelling here.
_PHONE = ("tlf", "tlf nr", "telefon", "telefonnummer", "telefon nr", "phone", "phone number",
          "mobil", "mobilnummer", "mobiltelefon", "tel", "tlf mobil")
_EMAIL = ("email", "e-mail", "mail", "e-mail adresse", "emailadresse", "mailadresse", "e-post")
_POSTCODE = ("postnr", "post nr", "postnummer", "post nummer", "zip", "zip code", "postal code",
             "postcode", "post code")
_TOWN = ("by", "bynavn", "postdistrikt", "town", "city", "post by")
_POSTCODE_TOWN = ("postnr og by", "postnr by", "postnummer og by", "postnr/by", "post nr og by",
                  "postal code and city", "zip city")
_ADDRESS = ("adresse", "vejnavn og nr", "gade", "gadenavn", "vej", "address", "street",
            "street address", "vejadresse", "beliggenhedsadresse")
_SKILLS_COMMON = ("kompetencer", "færdigheder", "kvalifikationer", "skills", "competences")
_CERTS = ("certifikater", "certifikat", "certificates", "certificater", "beviser")
_LICENCES = ("kørekort", "kørekortstype", "kørekort kategori", "kørekortskategori",
             "driving licence", "driving license", "driving licences", "licence")
_LANGUAGES = ("sprog", "sprogkundskaber", "languages", "language")
_CVR = ("cvr", "cvr nr", "cvr-nr.", "cvr nummer", "cvr-nummer", "cvrnr", "cvr number",
        "virksomhedens cvr", "virksomhed cvr", "virksomhed cvr nr", "company cvr")

_CATALOGUES: dict[str, tuple[FieldSpec, ...]] = {
    "companies": (
        _f("cvr", "CVR-nummer", "CVR number", *_CVR),
        _f("name", "Virksomhedsnavn", "Company name", "navn", "firmanavn", "firma", "virksomhed",
           "virksomhedens navn", "virksomhed navn", "firma navn", "company", "name",
           "juridisk navn", "selskab", "selskabsnavn", required=True),
        _f("address", "Adresse", "Address", *_ADDRESS),
        _f("postcode", "Postnummer", "Postcode", *_POSTCODE),
        _f("town", "By", "Town", *_TOWN),
        _f("postcode_town", "Postnr. og by", "Postcode and town", *_POSTCODE_TOWN),
        _f("p_number", "P-nummer", "P-number", "p nr", "pnr", "p-nummer", "produktionsenhed",
           "produktionsenhedsnummer", "p enhed", "production unit", "p number"),
        _f("industry_code", "Branchekode", "Industry code", "branche kode", "branchekode db07",
           "db07", "db07 kode", "nace", "nace kode", "industry", "hovedbranche kode"),
        _f("employee_band", "Antal ansatte", "Employees", "ansatte", "medarbejdere",
           "antal medarbejdere", "antal ansatte interval", "størrelse", "employee band",
           "number of employees", "beskæftigede", "antal beskæftigede"),
        _f("sector", "Sektor", "Sector", "privat offentlig", "privat/offentlig", "ejerform"),
        _f("phone", "Telefon", "Phone", *_PHONE, "hovednummer", "omstilling"),
        _f("email", "E-mail", "E-mail", *_EMAIL, "virksomhedens email", "hovedmail"),
        _f("website", "Hjemmeside", "Website", "web", "www", "url", "webside", "web adresse",
           "homepage"),
        _f("contact_name", "Kontaktperson", "Contact person", "kontakt", "kontaktnavn",
           "kontaktperson navn", "kontakt navn", "kontaktpersonens navn", "contact",
           "contact name"),
        _f("contact_role", "Kontaktpersons stilling", "Contact role", "stilling", "rolle",
           "titel", "kontaktperson stilling", "kontaktperson titel", "kontaktperson rolle",
           "kontaktpersonens stilling", "kontakt stilling", "contact title", "job title"),
        _f("contact_phone", "Kontakttelefon", "Contact phone", "kontakt tlf", "kontakt telefon",
           "kontaktperson tlf", "kontaktperson telefon", "kontaktperson mobil", "kontakt mobil",
           "kontaktpersonens telefon", "direkte nummer", "direkte tlf", "contact phone number"),
        _f("contact_email", "Kontakt-e-mail", "Contact e-mail", "kontakt email",
           "kontakt mail", "kontaktmail", "kontaktperson email", "kontaktperson mail",
           "kontaktpersonens email", "contact email", "contact mail"),
        _f("notes", "Noter", "Notes", "note", "bemærkninger", "bemærkning", "kommentar",
           "kommentarer", "notat", "comments", "comment"),
        _f("responsible_consultant", "Ansvarlig konsulent", "Responsible consultant",
           "virksomhedskonsulent", "konsulent", "ansvarlig", "kontaktkonsulent",
           "account manager", "consultant", "ansvarlig medarbejder", "sagsbehandler"),
    ),
    "job_orders": (
        _f("cvr", "CVR-nummer", "CVR number", *_CVR, required=True),
        _f("title", "Stillingsbetegnelse", "Job title", "titel", "jobtitel", "stilling",
           "stillingstitel", "job", "title", "overskrift", "jobbetegnelse", required=True),
        _f("disco_code", "DISCO-kode", "DISCO code", "disco", "disco 08", "disco08",
           "disco08 kode", "stillingskode", "fagkode", "isco", "occupation code"),
        _f("positions", "Antal stillinger", "Positions", "antal", "antal pladser",
           "stillinger", "antal ledige stillinger", "number of positions", "openings"),
        _f("hours_per_week", "Timer pr. uge", "Hours per week", "timer", "timer uge",
           "timer/uge", "ugentlige timer", "arbejdstid", "timetal", "hours", "ugentlig arbejdstid",
           "timer om ugen"),
        _f("location_postcode", "Arbejdssted postnr.", "Workplace postcode",
           "arbejdssted postnummer", "arbejdssted", *_POSTCODE, "location", "location postcode"),
        _f("start_date", "Startdato", "Start date", "start", "tiltrædelse", "tiltrædelsesdato",
           "tiltrædelse dato", "opstart", "startdato dd mm åååå", "begin"),
        _f("deadline", "Ansøgningsfrist", "Deadline", "frist", "sidste frist",
           "ansøgningsfrist dato", "udløb", "udløbsdato", "application deadline", "slutdato"),
        _f("skills", "Krav / kompetencer", "Requirements / skills", "krav", "requirements",
           "kompetencekrav", *_SKILLS_COMMON),
        _f("certificates", "Certifikater", "Certificates", *_CERTS),
        _f("driving_licences", "Kørekort", "Driving licences", *_LICENCES),
        _f("languages", "Sprog", "Languages", *_LANGUAGES, "sprogkrav"),
        _f("description", "Beskrivelse", "Description", "stillingsbeskrivelse",
           "jobbeskrivelse", "opslag", "jobopslag", "tekst", "job description"),
        _f("status", "Status", "Status", "jobordre status", "ordrestatus"),
    ),
    "candidates": (
        _f("name", "Navn", "Name", "borger", "borgerens navn", "fulde navn", "fuldt navn",
           "full name", "kandidat", "candidate", "navn borger", required=True),
        _f("first_name", "Fornavn", "First name", "fornavne", "given name"),
        _f("last_name", "Efternavn", "Last name", "surname", "family name"),
        _f("cpr", "CPR-nummer", "CPR number", "cpr", "cpr nr", "cpr-nr.", "cpr nummer",
           "personnummer", "person nr", "cprnr"),
        _f("phone", "Telefon", "Phone", *_PHONE),
        _f("email", "E-mail", "E-mail", *_EMAIL),
        _f("address", "Adresse", "Address", *_ADDRESS),
        _f("postcode", "Postnummer", "Postcode", *_POSTCODE),
        _f("postcode_town", "Postnr. og by", "Postcode and town", *_POSTCODE_TOWN),
        _f("target_group", "Målgruppe", "Target group", "målgruppe kode", "ydelse",
           "ydelsesgruppe", "target group code"),
        _f("readiness", "Parathed", "Readiness", "jobparathed", "visitation",
           "visitationskategori", "match kategori", "matchgruppe", "paratheds vurdering"),
        _f("desired_occupations", "Ønskede stillinger", "Desired occupations", "jobønsker",
           "ønsket job", "jobmål", "ønsket stilling", "ønskede job", "disco ønsker",
           "desired jobs", "job wishes"),
        _f("skills", "Kompetencer", "Skills", *_SKILLS_COMMON),
        _f("certificates", "Certifikater", "Certificates", *_CERTS),
        _f("driving_licences", "Kørekort", "Driving licences", *_LICENCES),
        _f("languages", "Sprog", "Languages", *_LANGUAGES),
        _f("max_commute_km", "Maks. transport (km)", "Max commute (km)", "max transport",
           "maks transport", "transportafstand", "maks afstand", "max afstand", "km",
           "transport km", "max commute", "max kilometer", "maks km"),
        _f("hours_wanted", "Ønskede timer", "Hours wanted", "timer ønsket", "timer pr uge",
           "timer", "ønsket timetal", "hours", "ugentlige timer"),
        _f("available_from", "Ledig fra", "Available from", "tilgængelig fra", "kan starte",
           "kan starte fra", "startdato", "til rådighed fra", "available"),
        _f("consultant", "Jobkonsulent", "Consultant", "sagsbehandler", "konsulent",
           "rådgiver", "ansvarlig", "ansvarlig konsulent", "jobrådgiver", "case worker"),
    ),
}

# Fields a file must provide per kind (a dialog marks them; the validators insist on them).
REQUIRED: dict[str, tuple[str, ...]] = {
    kind: tuple(f.name for f in specs if f.required) for kind, specs in _CATALOGUES.items()
}

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")


def _normalise_token(token: str) -> str:
    # "nummer", "nr", "no" and "number" mean the same in a header, also inside compounds such
    # as "postnummer" / "telefonnummer"; spell them all "nr".
    if token in ("no", "number", "num", "nummer", "numre"):
        return "nr"
    for suffix in ("nummer", "number", "numre"):
        if token.endswith(suffix):
            return token[: -len(suffix)] + "nr"
    return token


def header_key(text: object) -> str:
    """Normalised form of a header for matching.

    Folded (æ→ae, ø→oe, å→aa, case and accents ignored), punctuation and spaces removed and
    "nummer"/"number"/"no" read as "nr": "CVR-nr.", "Cvr nummer" and "CVR number" all give
    ``"cvrnr"``.
    """
    tokens = _NON_ALNUM.split(fold(str(text or "")))
    return "".join(_normalise_token(t) for t in tokens if t)


def fields(kind: str) -> tuple[FieldSpec, ...]:
    """The field catalogue of an import kind."""
    try:
        return _CATALOGUES[kind]
    except KeyError:
        raise ValueError(f"unknown import kind {kind!r}; expected one of {KINDS}") from None


def field_spec(kind: str, name: str) -> FieldSpec:
    for spec in fields(kind):
        if spec.name == name:
            return spec
    raise ValueError(f"{kind} has no field {name!r}")


@cache
def _index(kind: str) -> tuple[dict[str, str], tuple[str, ...], tuple[str, ...]]:
    """Exact key -> field, plus parallel tuples of (key, field) for the fuzzy pass."""
    exact: dict[str, str] = {}
    fuzzy_keys: list[str] = []
    fuzzy_fields: list[str] = []
    for spec in fields(kind):
        for synonym in spec.synonyms:
            key = header_key(synonym)
            # First field listing a synonym keeps it: the catalogue order is the priority.
            exact.setdefault(key, spec.name)
            if not spec.required and len(key) >= _MIN_FUZZY_KEY_LEN:
                fuzzy_keys.append(key)
                fuzzy_fields.append(spec.name)
    return exact, tuple(fuzzy_keys), tuple(fuzzy_fields)


@cache
def known_header_keys() -> frozenset[str]:
    """Every header key any catalogue knows; used to find the header row of a file."""
    keys: set[str] = set()
    for kind in KINDS:
        keys.update(_index(kind)[0])
    return frozenset(keys)


def _exact(header: str, exact: dict[str, str]) -> str | None:
    hit = exact.get(header_key(header))
    if hit is None and ("(" in header or "[" in header):
        # "Postnr. (4 cifre)" or "Timer [pr. uge]": the note in brackets is not the name.
        hit = exact.get(header_key(_PARENS.sub(" ", header)))
    return hit


def map_columns(
    headers: Sequence[str],
    kind: str,
    *,
    user_mapping: Mapping[int | str, str | None] | None = None,
    fuzzy_cutoff: float = DEFAULT_FUZZY_CUTOFF,
) -> ColumnMapping:
    """Map ``headers`` (a file's header row) onto the ``kind`` catalogue.

    ``user_mapping`` keys are column indexes or header texts; a value of ``None`` means
    "do not import this column". User choices are applied first and take their fields away
    from automatic matching. Each field is given to at most one column: later columns with the
    same meaning are reported as unmapped so nothing is silently overwritten.
    """
    exact, fuzzy_keys, fuzzy_fields = _index(kind)
    valid = {spec.name for spec in fields(kind)}
    result = ColumnMapping(kind=kind)
    taken: dict[str, int] = {}
    decided: set[int] = set()

    for key, target in (user_mapping or {}).items():
        idx = key if isinstance(key, int) else _column_of(headers, key)
        if not 0 <= idx < len(headers):
            raise ValueError(f"user mapping refers to column {key!r}, which the file lacks")
        if target is not None and target not in valid:
            raise ValueError(f"{kind} has no field {target!r}")
        decided.add(idx)
        if target is None:
            result.unmapped.append(UnmappedColumn(idx, headers[idx], "Fravalgt af brugeren."))
            continue
        if target in taken:
            raise ValueError(f"field {target!r} mapped to two columns")
        taken[target] = idx
        result.fields[idx] = target
        result.how[idx] = "user"

    pending: list[int] = []
    for idx, header in enumerate(headers):
        if idx in decided:
            continue
        target = _exact(header, exact)
        if target is None:
            pending.append(idx)
        else:
            _assign(result, taken, idx, header, target, "exact")

    for idx in pending:
        header = headers[idx]
        key = header_key(_PARENS.sub(" ", header))
        if not key:
            result.unmapped.append(UnmappedColumn(idx, header, "Kolonnen har ingen overskrift."))
            continue
        target = None
        if len(key) >= _MIN_FUZZY_KEY_LEN:
            hit = process.extractOne(key, fuzzy_keys, scorer=fuzz.ratio, score_cutoff=fuzzy_cutoff)
            if hit is not None:
                target = fuzzy_fields[hit[2]]
        if target is None:
            result.unmapped.append(UnmappedColumn(idx, header, "Ukendt kolonne."))
        else:
            _assign(result, taken, idx, header, target, "fuzzy")

    result.fields = dict(sorted(result.fields.items()))
    result.unmapped.sort(key=lambda c: c.index)
    result.missing_required = missing_required(kind, taken)
    return result


def missing_required(kind: str, mapped: Iterable[str]) -> list[str]:
    """Required fields of ``kind`` that no column provides."""
    mapped = set(mapped)
    # A candidate's name may come as "Fornavn" + "Efternavn" columns instead of one "Navn".
    if kind == "candidates" and mapped & {"first_name", "last_name"}:
        mapped.add("name")
    return [name for name in REQUIRED[kind] if name not in mapped]


def _assign(
    result: ColumnMapping, taken: dict[str, int], idx: int, header: str, target: str, how: str
) -> None:
    # Each field gets one column: a second column with the same meaning is reported, so a
    # file with "Telefon" and "Tlf." never has one silently overwrite the other.
    if target in taken:
        result.unmapped.append(_duplicate(idx, header, target, taken, result.kind))
    else:
        taken[target] = idx
        result.fields[idx] = target
        result.how[idx] = how


def _column_of(headers: Sequence[str], header: str) -> int:
    try:
        return list(headers).index(header)
    except ValueError:
        return -1


def _duplicate(
    idx: int, header: str, target: str, taken: Mapping[str, int], kind: str
) -> UnmappedColumn:
    label = field_spec(kind, target).label_da
    return UnmappedColumn(
        idx, header, f"«{label}» er allerede hentet fra kolonne {taken[target] + 1}."
    )


def auto_map(
    headers: Sequence[str],
    kind: str,
    *,
    user_mapping: Mapping[int | str, str | None] | None = None,
) -> dict[int, str]:
    """Column index -> field name for ``headers``; see ``map_columns`` for the full report."""
    return map_columns(headers, kind, user_mapping=user_mapping).fields
