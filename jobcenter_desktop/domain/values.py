"""Value checks for Danish identifiers and contact data: CVR, P-number, CPR, postcode, phone, e-mail.

Each ``normalize_*`` returns the canonical string form or raises ``ValidationError`` with a
Danish field message. Library checks (python-stdnum, phonenumbers) are used where they exist.
"""

from __future__ import annotations

import re
from datetime import date

from stdnum.dk import cpr as stdnum_cpr
from stdnum.dk import cvr as stdnum_cvr
from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength

from .errors import ValidationError

_NON_DIGIT = re.compile(r"[\s\-.]")
_EMAIL = re.compile(r"^[^@\s,;<>()\[\]\"]+@[^@\s,;<>()\[\]\"]+\.[A-Za-z]{2,}$")


def _digits(text: object) -> str:
    return _NON_DIGIT.sub("", str(text or "").strip())


def normalize_cvr(text: object) -> str:
    """CVR number: 8 digits passing modulus 11 (weights 2,7,6,5,4,3,2,1)."""
    raw = _digits(text)
    if raw.upper().startswith("DK"):
        raw = raw[2:]
    if not raw:
        raise ValidationError("CVR-nummer mangler.", "CVR number is missing.", field="cvr")
    if not raw.isdigit() or len(raw) != 8:
        raise ValidationError(
            f"CVR-nummer skal være 8 cifre (fik «{text}»).",
            f"CVR number must be 8 digits (got '{text}').",
            field="cvr",
        )
    try:
        return stdnum_cvr.validate(raw)
    except InvalidChecksum:
        raise ValidationError(
            f"CVR-nummer {raw} findes ikke (modulus 11-kontrollen fejler).",
            f"CVR number {raw} cannot exist (modulus 11 check fails).",
            field="cvr",
        ) from None
    except (InvalidFormat, InvalidLength):
        raise ValidationError(
            f"CVR-nummer {raw} er ugyldigt.", f"CVR number {raw} is invalid.", field="cvr"
        ) from None


def normalize_p_number(text: object) -> str:
    """P-number: exactly 10 digits. No checksum: some real P-numbers fail it (Erhvervsstyrelsen)."""
    raw = _digits(text)
    if not raw.isdigit() or len(raw) != 10:
        raise ValidationError(
            f"P-nummer skal være 10 cifre (fik «{text}»).",
            f"P-number must be 10 digits (got '{text}').",
            field="p_number",
        )
    return raw


def normalize_cpr(text: object) -> str:
    """CPR number as 10 digits. The date part must exist; modulus 11 is NOT required.

    Since 1 October 2007 the CPR office issues valid numbers that fail modulus 11.
    """
    raw = _digits(text)
    if not raw.isdigit() or len(raw) != 10:
        raise ValidationError(
            "CPR-nummer skal være 10 cifre (DDMMÅÅ-XXXX).",
            "CPR number must be 10 digits (DDMMYY-XXXX).",
            field="cpr",
        )
    try:
        birth = stdnum_cpr.get_birth_date(raw)
    except (InvalidComponent, InvalidFormat, ValueError):
        raise ValidationError(
            "CPR-nummeret har en dato, der ikke findes.",
            "The CPR number contains a date that does not exist.",
            field="cpr",
        ) from None
    if birth > date.today():
        raise ValidationError(
            "CPR-nummerets fødselsdato ligger i fremtiden.",
            "The CPR number's birth date is in the future.",
            field="cpr",
        )
    return raw


def cpr_birth_date(cpr: str) -> date:
    """Birth date from a normalised CPR number (century from digit 7, per the CPR office)."""
    return stdnum_cpr.get_birth_date(cpr)


def mask_cpr(cpr: str | None) -> str:
    """``DDMMYY-XXXX``: the form shown everywhere unless a logged reveal is asked for."""
    if not cpr:
        return ""
    return f"{cpr[:6]}-XXXX"


def format_cpr(cpr: str) -> str:
    return f"{cpr[:6]}-{cpr[6:]}"


def normalize_postcode(text: object) -> str:
    """Postcode format only (4 digits, leading zero kept). Existence is checked against
    the reference data by the caller."""
    raw = str(text or "").strip()
    if raw.upper().startswith("DK-"):
        raw = raw[3:].strip()
    if raw.endswith(".0") and raw[:-2].isdigit():  # a number that went through Excel
        raw = raw[:-2]
    if raw.isdigit() and len(raw) == 3:  # Excel dropped the leading zero
        raw = "0" + raw
    if not (raw.isdigit() and len(raw) == 4):
        raise ValidationError(
            f"Postnummer skal være 4 cifre (fik «{text}»).",
            f"Postcode must be 4 digits (got '{text}').",
            field="postcode",
        )
    return raw


def normalize_phone(text: object) -> str:
    """Phone number in international format, Danish by default: ``+45 12 34 56 78``."""
    raw = str(text or "").strip()
    if not raw:
        return ""
    import phonenumbers  # imported on first use: its metadata costs ~0.1 s at start-up

    try:
        number = phonenumbers.parse(raw, "DK")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValidationError(
            f"Telefonnummeret «{raw}» er ugyldigt.",
            f"The phone number '{raw}' is invalid.",
            field="phone",
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def normalize_email(text: object) -> str:
    raw = str(text or "").strip()
    if not raw:
        return ""
    if len(raw) > 254 or not _EMAIL.match(raw):
        raise ValidationError(
            f"E-mailadressen «{raw}» er ugyldig.",
            f"The e-mail address '{raw}' is invalid.",
            field="email",
        )
    local, _, host = raw.rpartition("@")
    return f"{local}@{host.lower()}"
