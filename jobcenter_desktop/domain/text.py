"""Text folding for search and duplicate detection, and Danish sort order."""

from __future__ import annotations

import re
import unicodedata

_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_LEGAL_FORMS = re.compile(
    r"\b(a\s*/\s*s|aps|a\s*m\s*b\s*a|i\s*/\s*s|k\s*/\s*s|p\s*/\s*s|ivs|smba|fmba|as)\b\.?"
)
_NON_WORD = re.compile(r"[^0-9a-z]+")


def fold(text: str | None) -> str:
    """Lower case, æøå spelled out (æ→ae, ø→oe, å→aa), accents removed, spaces collapsed.

    "Søren Ærø" and "soeren aeroe" fold to the same string, so users can type either.
    """
    if not text:
        return ""
    lowered = unicodedata.normalize("NFC", str(text)).casefold().translate(_FOLD)
    decomposed = unicodedata.normalize("NFKD", lowered)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.split())


def search_tokens(text: str | None) -> list[str]:
    """Folded word tokens, as stored in the search index and typed by users."""
    return [t for t in _NON_WORD.split(fold(text)) if t]


def company_name_key(name: str | None) -> str:
    """Name key for duplicate detection: folded, legal form dropped, '&' read as 'og'.

    "Hansen & Søn A/S", "HANSEN OG SOEN AS" and "Hansen og Søn ApS" give the same key.
    """
    folded = fold(name).replace("&", " og ").replace("+", " og ")
    folded = _LEGAL_FORMS.sub(" ", folded)
    return " ".join(t for t in _NON_WORD.split(folded) if t)


# Danish alphabet order: æ, ø, å come after z. "aa" is sorted as written (users expect the
# modern spelling order in lists; see DOMAIN.md).
_SORT = {"æ": "\U0010fff0", "ø": "\U0010fff1", "å": "\U0010fff2", "ä": "\U0010fff0", "ö": "\U0010fff1"}


def danish_sort_key(text: str | None) -> str:
    """Key that sorts Danish names as a Dane expects: a–z, then æ, ø, å; accents ignored."""
    if not text:
        return ""
    out = []
    for c in unicodedata.normalize("NFC", str(text)).casefold():
        mapped = _SORT.get(c)
        if mapped is None:
            base = unicodedata.normalize("NFKD", c)
            mapped = "".join(b for b in base if not unicodedata.combining(b))
        out.append(mapped)
    return "".join(out)


_ASCII_VARIANT = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ä": "a", "ö": "o", "ü": "u"})


def index_text(*values: object) -> str:
    """Text stored in the full-text index for a record.

    Each word is stored folded (ø→oe, å→aa) and, where it differs, in the plain-ASCII spelling
    people also type (ø→o, å→a), so "Søren", "Soeren" and "Soren" all find the same person.
    """
    tokens: list[str] = []
    seen: set[str] = set()
    for value in values:
        if value is None or value == "":
            continue
        text = str(value)
        variants = [fold(text)]
        ascii_variant = unicodedata.normalize("NFC", text).casefold().translate(_ASCII_VARIANT)
        variants.append(fold(ascii_variant))
        for variant in variants:
            for token in _NON_WORD.split(variant):
                if token and token not in seen:
                    seen.add(token)
                    tokens.append(token)
    return " ".join(tokens)


def query_tokens(text: str | None, *, max_tokens: int = 8) -> list[str]:
    """Tokens of what the user typed, for a prefix search (each must match, in any order)."""
    return search_tokens(text)[:max_tokens]
