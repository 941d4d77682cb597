"""Explained checks for placing a citizen in a scheme: eligibility, duration, waiting period,
the ratio rule (rimelighedskrav) and net additional employment (merbeskæftigelse).

This module owns the reasoning over a ``RuleBook``; every number it uses comes from dated rule
rows, none from code. Each answer is a list of ``Check`` objects that say, in Danish and
English, which rule was applied, whether it is met, and where the rule comes from, with its
verified flag so the UI can show a warning icon on unverified rules (DOMAIN.md 3).

Unknown inputs never pass silently: a check whose answer depends on something not given has
status ``unknown`` ("ukendt"), and the overall verdict is then None rather than True. The
net-additional check records inputs and findings and deliberately gives no verdict: that is a
legal assessment a caseworker makes (DOMAIN.md 3.5).

Pure domain code: no Qt, no database.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from .dates import format_date
from .errors import NotFoundError, ValidationError
from .rules import WILDCARD, RuleBook, RuleValue

OK = "ok"
FAIL = "fail"
UNKNOWN = "unknown"
INFO = "info"  # context the user should see; never changes a verdict

_STATUS_DA = {OK: "opfyldt", FAIL: "ikke opfyldt", UNKNOWN: "ukendt", INFO: "oplysning"}
_UNITS = {
    # unit: (Danish singular, Danish plural, English singular, English plural)
    "days": ("dag", "dage", "day", "days"),
    "weeks": ("uge", "uger", "week", "weeks"),
    "months": ("måned", "måneder", "month", "months"),
    "years": ("år", "år", "year", "years"),
}


@dataclass(frozen=True, slots=True)
class Check:
    """One rule applied to one case. ``ok`` is True only when the rule is known to be met."""

    key: str
    status: str
    text_da: str
    text_en: str
    source: str = ""
    verified: bool = True

    @property
    def ok(self) -> bool:
        return self.status == OK

    @property
    def status_da(self) -> str:
        return _STATUS_DA[self.status]

    def text(self, language: str = "da") -> str:
        return self.text_en if language == "en" else self.text_da


@dataclass(frozen=True, slots=True)
class Duration:
    """A maximum duration; ``value`` None means "no fixed limit"."""

    value: int | None
    unit: str

    @property
    def unlimited(self) -> bool:
        return self.value is None

    def last_day(self, start: date) -> date | None:
        """Last day of a placement of this length starting on ``start`` (inclusive)."""
        if self.value is None:
            return None
        if self.unit == "days":
            return start + timedelta(days=self.value - 1)
        if self.unit == "weeks":
            return start + timedelta(weeks=self.value) - timedelta(days=1)
        months = self.value * (12 if self.unit == "years" else 1)
        return _month_period_end(start, months)

    def label(self, language: str = "da") -> str:
        if self.value is None:
            return "no fixed limit" if language == "en" else "ingen fast grænse"
        return _amount(self.value, self.unit, language)


@dataclass(frozen=True, slots=True)
class EligibilityResult:
    """``eligible`` is True (all checks met), False (a check fails) or None (no check fails,
    but at least one could not be decided; see the ``unknown`` checks)."""

    scheme_code: str
    target_group_code: str | None
    start: date
    eligible: bool | None
    max_duration: Duration | None
    checks: tuple[Check, ...]

    @property
    def status(self) -> str:
        return {True: "eligible", False: "not_eligible", None: "unknown"}[self.eligible]

    @property
    def reasons(self) -> tuple[str, ...]:
        """Danish texts of the checks that fail or are unknown, failures first."""
        return tuple(c.text_da for c in self._open_checks())

    @property
    def reasons_en(self) -> tuple[str, ...]:
        return tuple(c.text_en for c in self._open_checks())

    @property
    def verified(self) -> bool:
        """False if any rule behind the answer is marked unverified."""
        return all(c.verified for c in self.checks)

    def check(self, key: str) -> Check | None:
        return next((c for c in self.checks if c.key == key), None)

    def _open_checks(self) -> list[Check]:
        return [c for c in self.checks if c.status == FAIL] + [
            c for c in self.checks if c.status == UNKNOWN
        ]


@dataclass(frozen=True, slots=True)
class NetAdditionalRecord:
    """What was recorded for the net-additional-employment test, and what it shows.

    Deliberately no verdict: ``concerns`` are findings against the hire, ``open_questions``
    are facts still missing. A caseworker decides.
    """

    day: date
    lookback_months: int
    vacancy_months: int
    monthly_fte: tuple[tuple[date, float], ...]  # first day of month → FTE, in the window
    average_fte: float | None
    fte_after_hire: float | None
    recent_vacancy: bool | None
    employer_confirmed: bool | None
    confirmed_by: str | None
    confirmed_on: date | None
    checks: tuple[Check, ...] = field(default=())

    @property
    def months_with_data(self) -> int:
        return len(self.monthly_fte)

    @property
    def concerns(self) -> tuple[Check, ...]:
        return tuple(c for c in self.checks if c.status == FAIL)

    @property
    def open_questions(self) -> tuple[Check, ...]:
        return tuple(c for c in self.checks if c.status == UNKNOWN)


# --------------------------------------------------------------------------- helpers


def _month_period_end(start: date, months: int) -> date:
    """Last day of a period of ``months`` months from ``start``: the day before the same date
    ``months`` later, or the end of that month when the date does not exist (31 Jan + 1 month
    ends 28 Feb), the usual way Danish case law counts month periods."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    days_in_month = calendar.monthrange(year, month)[1]
    if start.day > days_in_month:
        return date(year, month, days_in_month)
    return date(year, month, start.day) - timedelta(days=1)


def _months_back(day: date, months: int) -> date:
    """First day of the month ``months`` before ``day``'s month."""
    index = day.year * 12 + day.month - 1 - months
    return date(index // 12, index % 12 + 1, 1)


def _amount(value: int, unit: str, language: str) -> str:
    names = _UNITS.get(unit)
    if names is None:
        return f"{value} {unit}".strip()
    if language == "en":
        return f"{value} {names[2] if value == 1 else names[3]}"
    return f"{value} {names[0] if value == 1 else names[1]}"


def _num(value: float, language: str = "da") -> str:
    text = str(int(value)) if float(value).is_integer() else f"{value:.2f}".rstrip("0")
    return text if language == "en" else text.replace(".", ",")


def _d(day: date | None) -> str:
    return format_date(day) if day else "–"


def _sources(*values: RuleValue | None) -> str:
    seen: list[str] = []
    for v in values:
        if v is not None and v.source and v.source not in seen:
            seen.append(v.source)
    return "; ".join(seen)


def _verified(*values: RuleValue | None) -> bool:
    return all(v.verified for v in values if v is not None)


def _duration(value: RuleValue) -> Duration:
    return Duration(None if value.is_unlimited else value.as_int(), value.unit)


def _verdict(checks: Sequence[Check]) -> bool | None:
    if any(c.status == FAIL for c in checks):
        return False
    if any(c.status == UNKNOWN for c in checks):
        return None
    return True


# --------------------------------------------------------------------------- eligibility


def check_scheme_eligibility(
    rulebook: RuleBook,
    scheme_code: str,
    target_group_code: str | None,
    sector: str | None,
    start: date,
    end: date | None = None,
    months_on_benefit: int | None = None,
    age: int | None = None,
    has_qualifying_education: bool | None = None,
    single_parent: bool | None = None,
) -> EligibilityResult:
    """Can a citizen in ``target_group_code`` start ``scheme_code`` on ``start``?

    Rules are resolved on ``start`` (a placement is judged by the rules of its start date).
    ``end`` is the planned last day. The person facts feed the løntilskud waiting period;
    any of them left as None makes the checks that need it ``unknown``. ``sector`` is
    ``private``/``public`` (or Danish ``privat``/``offentlig``) or None when not known.
    """
    if end is not None and end < start:
        raise ValidationError(
            f"Slutdatoen {_d(end)} ligger før startdatoen {_d(start)}.",
            f"The end date {_d(end)} is before the start date {_d(start)}.",
            field="end",
        )
    checks: list[Check] = []
    scheme_check = _scheme_check(rulebook, scheme_code, start)
    checks.append(scheme_check)
    if rulebook.scheme(scheme_code) is None:
        return EligibilityResult(scheme_code, target_group_code, start, False, None, tuple(checks))

    group_check = _target_group_check(rulebook, target_group_code, start)
    checks.append(group_check)
    if group_check.status == FAIL:
        # Rules keyed on a group that does not exist on the date would be meaningless.
        return EligibilityResult(scheme_code, target_group_code, start, False, None, tuple(checks))

    names = _names(rulebook, scheme_code, target_group_code, start)
    checks.append(_allowed_check(rulebook, names, sector, start))
    duration_check, max_duration = _duration_check(rulebook, names, sector, start, end)
    checks.append(duration_check)
    if rulebook.has_param(scheme_code, "waiting_months", start):
        checks.append(
            _waiting_check(
                rulebook,
                names,
                sector,
                start,
                months_on_benefit,
                age,
                has_qualifying_education,
                single_parent,
            )
        )
    checks.extend(_workplace_reminders(rulebook, names, sector, start))
    return EligibilityResult(
        scheme_code, target_group_code, start, _verdict(checks), max_duration, tuple(checks)
    )


@dataclass(frozen=True, slots=True)
class _Names:
    """Codes and display names used in the texts of one eligibility question."""

    scheme: str
    group: str | None
    scheme_da: str
    scheme_en: str
    group_da: str
    group_en: str


def _names(rulebook: RuleBook, scheme_code: str, group_code: str | None, day: date) -> _Names:
    scheme = rulebook.scheme(scheme_code, day) or rulebook.scheme(scheme_code)
    group = rulebook.target_group(group_code, day) if group_code else None
    fallback = group_code or "?"
    return _Names(
        scheme=scheme_code,
        group=group_code,
        scheme_da=scheme.name_da if scheme else scheme_code,
        scheme_en=scheme.name("en") if scheme else scheme_code,
        group_da=f"{group.name_da} ({group_code})" if group else fallback,
        group_en=f"{group.name('en')} ({group_code})" if group else fallback,
    )


def _scheme_check(rulebook: RuleBook, code: str, day: date) -> Check:
    scheme = rulebook.scheme(code, day)
    if scheme is None:
        known = rulebook.scheme(code)
        if known is None:
            return Check(
                "scheme_open",
                FAIL,
                f"Ordningen {code} findes ikke i regeltabellerne.",
                f"Scheme {code} is not in the rule tables.",
            )
        return Check(
            "scheme_open",
            FAIL,
            f"{known.name_da} gælder ikke {_d(day)} (gyldig {_d(known.valid_from)} til "
            f"{_d(known.valid_to)}).",
            f"{known.name('en')} is not in force on {_d(day)} (valid {_d(known.valid_from)} "
            f"to {_d(known.valid_to)}).",
            known.source,
            known.verified,
        )
    if not scheme.can_grant(day):
        running_da = f"til {_d(scheme.valid_to)}" if scheme.valid_to else "til de slutter"
        running_en = f"until {_d(scheme.valid_to)}" if scheme.valid_to else "until they end"
        return Check(
            "scheme_open",
            FAIL,
            f"Nye forløb i {scheme.name_da} kan ikke bevilges efter {_d(scheme.grant_until)}; "
            f"igangværende forløb kan fortsætte {running_da}.",
            f"No new {scheme.name('en')} cases can be granted after "
            f"{_d(scheme.grant_until)}; running cases may continue {running_en}.",
            scheme.source,
            scheme.verified,
        )
    last_da = f" (sidste startdato {_d(scheme.grant_until)})" if scheme.grant_until else ""
    last_en = f" (last start date {_d(scheme.grant_until)})" if scheme.grant_until else ""
    return Check(
        "scheme_open",
        OK,
        f"{scheme.name_da} kan bevilges med start {_d(day)}{last_da}.",
        f"{scheme.name('en')} can be granted to start on {_d(day)}{last_en}.",
        scheme.source,
        scheme.verified,
    )


def _target_group_check(rulebook: RuleBook, code: str | None, day: date) -> Check:
    if not code:
        return Check(
            "target_group",
            UNKNOWN,
            "Målgruppe er ikke angivet (ukendt); kun regler for alle målgrupper kan bruges.",
            "Target group not given (unknown); only rules for all target groups apply.",
        )
    group = rulebook.target_group(code, day)
    if group is None:
        known = rulebook.target_group(code)
        if known is None:
            return Check(
                "target_group",
                FAIL,
                f"Målgruppen {code} findes ikke i regeltabellerne.",
                f"Target group {code} is not in the rule tables.",
            )
        new = rulebook.map_target_group(code, day)
        hint_da = f" Brug i stedet {new}." if new != code else ""
        hint_en = f" Use {new} instead." if new != code else ""
        mapping = rulebook.mapping_for(code, day)
        return Check(
            "target_group",
            FAIL,
            f"Målgruppen {known.name_da} ({code}) gælder ikke {_d(day)} (gyldig "
            f"{_d(known.valid_from)} til {_d(known.valid_to)}).{hint_da}",
            f"Target group {known.name('en')} ({code}) is not in force on {_d(day)} (valid "
            f"{_d(known.valid_from)} to {_d(known.valid_to)}).{hint_en}",
            known.source + (f"; {mapping.source}" if mapping else ""),
            known.verified and (mapping.verified if mapping else True),
        )
    closed_da = closed_en = ""
    if not group.open_for_new(day):
        # Closed to new citizens, but people already in the group keep their offers.
        closed_da = (
            f" Lukket for nye borgere efter {_d(group.grant_until)}; gælder kun borgere, "
            "der allerede er i målgruppen."
        )
        closed_en = (
            f" Closed to new citizens after {_d(group.grant_until)}; applies only to people "
            "already in the group."
        )
    return Check(
        "target_group",
        OK,
        f"Målgruppen {group.name_da} ({code}) gælder {_d(day)}.{closed_da}",
        f"Target group {group.name('en')} ({code}) is in force on {_d(day)}.{closed_en}",
        group.source,
        group.verified,
    )


def _allowed_check(rulebook: RuleBook, n: _Names, sector: str | None, day: date) -> Check:
    rule = rulebook.rule(n.scheme, n.group, sector, "eligible", day)
    if rule is None:
        return Check(
            "target_group_allowed",
            UNKNOWN,
            f"Ukendt: der er ingen regel om, hvorvidt {n.group_da} kan få {n.scheme_da} "
            f"pr. {_d(day)}.",
            f"Unknown: no rule says whether {n.group_en} may use {n.scheme_en} on {_d(day)}.",
        )
    allowed = rule.as_bool()
    note = f" ({rule.note})" if rule.note else ""
    return Check(
        "target_group_allowed",
        OK if allowed else FAIL,
        f"{n.group_da} {'kan' if allowed else 'kan ikke'} få {n.scheme_da}{note}.",
        f"{n.group_en} {'may' if allowed else 'may not'} use {n.scheme_en}.",
        rule.source,
        rule.verified,
    )


# Parameters that can allow a longer placement than ``max_duration`` under a condition the
# caseworker must confirm, in the order they are tried (shortest first in the shipped data).
_LONGER_OPTIONS = (
    ("max_duration_new_graduate", "særregel for nyuddannede", "rule for new graduates"),
    ("max_duration_hard_to_place", "særregel for svært placerbare", "rule for hard-to-place"),
    ("extended_max_duration", "forlængelse efter konkret vurdering", "extension after assessment"),
)
# Parameters that allow going beyond every fixed option, again only under a condition. The
# flag says whether the value is a true/false switch (else it is a duration step).
_OPEN_ENDED = (
    ("further_extension", False, "yderligere forlængelse ved helt særligt behov", "extension"),
    ("extension_allowed", True, "forlængelse", "extension"),
    ("hard_to_place_extension_allowed", True, "forlængelse for svært placerbare", "extension"),
)


def _duration_check(
    rulebook: RuleBook, n: _Names, sector: str | None, start: date, end: date | None
) -> tuple[Check, Duration | None]:
    rule = rulebook.rule(n.scheme, n.group, sector, "max_duration", start)
    if rule is None:
        if end is None:
            return (
                Check(
                    "max_duration",
                    INFO,
                    f"Reglerne angiver ingen maksimal varighed af {n.scheme_da} for {n.group_da}.",
                    f"The rules give no maximum duration of {n.scheme_en} for {n.group_en}.",
                ),
                None,
            )
        return (
            Check(
                "max_duration",
                UNKNOWN,
                f"Ukendt: ingen regel om maksimal varighed af {n.scheme_da} for {n.group_da}, "
                f"så den planlagte slutdato {_d(end)} kan ikke kontrolleres.",
                f"Unknown: no rule on the maximum duration of {n.scheme_en} for {n.group_en}, "
                f"so the planned end {_d(end)} cannot be checked.",
            ),
            None,
        )
    cap = _duration(rule)
    last = cap.last_day(start)
    note = f" ({rule.note})" if rule.note else ""
    if last is None:
        return (
            Check(
                "max_duration",
                OK if end is not None else INFO,
                f"{n.scheme_da} for {n.group_da}: ingen fast maksimal varighed.{note}",
                f"{n.scheme_en} for {n.group_en}: no fixed maximum duration.",
                rule.source,
                rule.verified,
            ),
            cap,
        )
    base_da = f"{n.scheme_da} for {n.group_da} må højst vare {cap.label()} (til og med {_d(last)})"
    base_en = (
        f"{n.scheme_en} for {n.group_en} may last at most {cap.label('en')} "
        f"(up to and including {_d(last)})"
    )
    if end is None:
        return Check(
            "max_duration", INFO, base_da + ".", base_en + ".", rule.source, rule.verified
        ), cap
    if end <= last:
        return (
            Check(
                "max_duration",
                OK,
                f"{base_da}; planlagt slut {_d(end)} er inden for.",
                f"{base_en}; the planned end {_d(end)} is within it.",
                rule.source,
                rule.verified,
            ),
            cap,
        )
    # Longer than the cap: possible only under a condition nobody has confirmed yet.
    for param, what_da, what_en in _LONGER_OPTIONS:
        option = rulebook.rule(n.scheme, n.group, sector, param, start)
        if option is None or option.is_unlimited:
            continue
        option_last = _duration(option).last_day(start)
        if option_last is not None and end <= option_last:
            extra = f" ({option.note})" if option.note else ""
            return (
                Check(
                    "max_duration",
                    UNKNOWN,
                    f"{base_da}; planlagt slut {_d(end)} kræver {what_da}: højst "
                    f"{_duration(option).label()}{extra}. Ukendt om betingelsen er opfyldt.",
                    f"{base_en}; the planned end {_d(end)} needs the {what_en}: at most "
                    f"{_duration(option).label('en')}. Unknown whether the condition is met.",
                    _sources(rule, option),
                    _verified(rule, option),
                ),
                cap,
            )
    for param, is_flag, what_da, what_en in _OPEN_ENDED:
        option = rulebook.rule(n.scheme, n.group, sector, param, start)
        if option is None or (is_flag and not option.as_bool()):
            continue
        extra = f" ({option.note})" if option.note else ""
        return (
            Check(
                "max_duration",
                UNKNOWN,
                f"{base_da}; planlagt slut {_d(end)} kræver {what_da}{extra}. Ukendt om "
                "betingelsen er opfyldt.",
                f"{base_en}; the planned end {_d(end)} needs a {what_en}. Unknown whether "
                "the condition is met.",
                _sources(rule, option),
                _verified(rule, option),
            ),
            cap,
        )
    return (
        Check(
            "max_duration",
            FAIL,
            f"{base_da}; planlagt slut {_d(end)} er for sent.",
            f"{base_en}; the planned end {_d(end)} is too late.",
            rule.source,
            rule.verified,
        ),
        cap,
    )


def _waiting_check(
    rulebook: RuleBook,
    n: _Names,
    sector: str | None,
    day: date,
    months_on_benefit: int | None,
    age: int | None,
    has_qualifying_education: bool | None,
    single_parent: bool | None,
) -> Check:
    key = "waiting_period"
    rule = rulebook.rule(n.scheme, n.group, sector, "waiting_months", day)
    if rule is None:
        return Check(
            key,
            UNKNOWN,
            f"Ukendt: {n.scheme_da} har ventetidsregler, men ingen for {n.group_da}.",
            f"Unknown: {n.scheme_en} has waiting-period rules, but none for {n.group_en}.",
        )
    required = rule.as_int()
    if required == 0:
        note = f" ({rule.note})" if rule.note else ""
        return Check(
            key,
            OK,
            f"Ingen ventetid for {n.group_da} i {n.scheme_da}.{note}",
            f"No waiting period for {n.group_en} in {n.scheme_en}.",
            rule.source,
            rule.verified,
        )

    over_age = rulebook.rule(n.scheme, n.group, sector, "waiting_exempt_over_age", day)
    no_education = rulebook.rule(
        n.scheme, n.group, sector, "waiting_exempt_no_qualifying_education", day
    )
    single = rulebook.rule(n.scheme, n.group, sector, "waiting_exempt_single_parent", day)
    exempt: list[tuple[str, str, RuleValue]] = []
    missing: list[tuple[str, str]] = []
    if over_age is not None:
        limit = over_age.as_int()
        if age is None:
            missing.append(("alder", "age"))
        elif age > limit:
            exempt.append((f"personen er over {limit} år", f"the person is over {limit}", over_age))
    if no_education is not None and no_education.as_bool():
        if has_qualifying_education is None:
            missing.append(("erhvervskompetencegivende uddannelse", "qualifying education"))
        elif not has_qualifying_education:
            exempt.append(
                (
                    "personen har ingen erhvervskompetencegivende uddannelse",
                    "the person has no qualifying education",
                    no_education,
                )
            )
    if single is not None and single.as_bool():
        if single_parent is None:
            missing.append(("om personen er enlig forsørger", "whether a single parent"))
        elif single_parent:
            exempt.append(("personen er enlig forsørger", "the person is a single parent", single))

    need_da = f"{n.scheme_da} kræver {_amount(required, 'months', 'da')} på offentlig forsørgelse"
    need_en = f"{n.scheme_en} requires {_amount(required, 'months', 'en')} on public benefit"
    if exempt:
        da, en, used = exempt[0]
        return Check(
            key,
            OK,
            f"{need_da}, men der er ingen ventetid, fordi {da}.",
            f"{need_en}, but there is no waiting period because {en}.",
            _sources(rule, used),
            _verified(rule, used),
        )
    exemptions = (over_age, no_education, single)
    if months_on_benefit is not None and months_on_benefit >= required:
        return Check(
            key,
            OK,
            f"{need_da}; personen har {_amount(months_on_benefit, 'months', 'da')}.",
            f"{need_en}; the person has {_amount(months_on_benefit, 'months', 'en')}.",
            rule.source,
            rule.verified,
        )
    if months_on_benefit is not None and not missing:
        return Check(
            key,
            FAIL,
            f"{need_da}; personen har kun {_amount(months_on_benefit, 'months', 'da')}, og "
            "ingen undtagelse gælder.",
            f"{need_en}; the person has only {_amount(months_on_benefit, 'months', 'en')} "
            "and no exemption applies.",
            _sources(rule, *exemptions),
            _verified(rule, *exemptions),
        )
    unknown_da = []
    unknown_en = []
    if months_on_benefit is None:
        unknown_da.append("antal måneder på offentlig forsørgelse")
        unknown_en.append("months on public benefit")
    unknown_da += [m[0] for m in missing]
    unknown_en += [m[1] for m in missing]
    return Check(
        key,
        UNKNOWN,
        f"{need_da}; ukendt: {', '.join(unknown_da)}.",
        f"{need_en}; unknown: {', '.join(unknown_en)}.",
        _sources(rule, *exemptions),
        _verified(rule, *exemptions),
    )


def _workplace_reminders(
    rulebook: RuleBook, n: _Names, sector: str | None, day: date
) -> list[Check]:
    """Checks that belong to the workplace, not the person: shown so nobody forgets them."""
    out = []
    ratio = rulebook.rule(n.scheme, n.group, sector, "ratio_rule_applies", day)
    if ratio is not None and ratio.as_bool():
        out.append(
            Check(
                "ratio_rule_applies",
                INFO,
                "Rimelighedskravet skal kontrolleres for arbejdsstedet (P-nummer).",
                "The ratio rule must be checked for the workplace (P-number).",
                ratio.source,
                ratio.verified,
            )
        )
    net = rulebook.rule(n.scheme, n.group, sector, "net_additional_applies", day)
    if net is not None and net.as_bool():
        out.append(
            Check(
                "net_additional_applies",
                INFO,
                "Merbeskæftigelse skal dokumenteres for arbejdsgiveren (CVR-nummer).",
                "Net additional employment must be documented for the employer (CVR number).",
                net.source,
                net.verified,
            )
        )
    return out


# --------------------------------------------------------------------------- ratio rule

_RATIO_PARAMS = (
    "ratio_first_band_per",
    "ratio_first_band_limit",
    "ratio_beyond_per",
    "ratio_minimum",
    "ratio_fte_rounding",
)


def _ratio_rules(rulebook: RuleBook, day: date) -> dict[str, RuleValue]:
    found = {p: rulebook.rule(WILDCARD, None, None, p, day) for p in _RATIO_PARAMS}
    missing = [p for p, v in found.items() if v is None]
    if missing:
        raise NotFoundError(
            f"Rimelighedskravets regler mangler for {_d(day)}: {', '.join(missing)}.",
            f"The ratio-rule parameters are missing for {_d(day)}: {', '.join(missing)}.",
            field="scheme_rules",
        )
    return {p: v for p, v in found.items() if v is not None}


def ratio_rule_max_placed(rulebook: RuleBook, day: date, ordinary_fte: float) -> int:
    """How many people may be in praktik and løntilskud together at a workplace with
    ``ordinary_fte`` ordinary (unsubsidised) full-time equivalents, under the rules of ``day``.

    With the shipped rules: 1 per 5 for the first 50, 1 per 10 beyond, always at least 1
    (0-9 → 1, 10-14 → 2, 50 → 10, 60 → 11, 100 → 15).
    """
    if ordinary_fte is None or ordinary_fte < 0 or math.isnan(ordinary_fte):
        raise ValidationError(
            "Antal ordinært ansatte skal være 0 eller derover.",
            "The number of ordinary employees must be 0 or more.",
            field="ordinary_fte",
        )
    r = _ratio_rules(rulebook, day)
    rounding = r["ratio_fte_rounding"].value
    if rounding == "floor":
        staff = math.floor(ordinary_fte)
    elif rounding == "ceil":
        staff = math.ceil(ordinary_fte)
    else:  # half up, not Python's banker's rounding: 12.5 FTE counts as 13
        staff = math.floor(ordinary_fte + 0.5)
    per_first = r["ratio_first_band_per"].as_int()
    limit = r["ratio_first_band_limit"].as_int()
    per_beyond = r["ratio_beyond_per"].as_int()
    minimum = r["ratio_minimum"].as_int()
    return max(minimum, min(staff, limit) // per_first) + max(0, staff - limit) // per_beyond


def check_ratio_rule(
    rulebook: RuleBook, day: date, ordinary_fte: float | None, already_placed: int | None
) -> Check:
    """Is there room for one more person in praktik or løntilskud at the workplace?

    ``already_placed`` counts people in praktik and løntilskud there now (both schemes
    together). Missing numbers give an ``unknown`` check, never a pass.
    """
    key = "ratio_rule"
    try:
        rules = _ratio_rules(rulebook, day)
    except NotFoundError as exc:
        return Check(key, UNKNOWN, f"Ukendt: {exc.da}", f"Unknown: {exc.en}")
    basis = rulebook.rule(WILDCARD, None, None, "ratio_counting_basis", day)
    used = (*rules.values(), basis)
    source, verified = _sources(*used), _verified(*used)
    basis_da = {"hours": " (opgjort i timer)", "heads": " (opgjort i personer)"}
    basis_en = {"hours": " (counted in hours)", "heads": " (counted in heads)"}
    how_da = basis_da.get(basis.value, "") if basis else ""
    how_en = basis_en.get(basis.value, "") if basis else ""
    if ordinary_fte is None or already_placed is None:
        missing_da = [] if ordinary_fte is not None else ["antal ordinært ansatte (fuldtid)"]
        missing_en = [] if ordinary_fte is not None else ["ordinary employees (FTE)"]
        if already_placed is None:
            missing_da.append("antal der allerede er i praktik eller løntilskud")
            missing_en.append("number already in internship or wage subsidy")
        return Check(
            key,
            UNKNOWN,
            f"Rimelighedskrav{how_da}: ukendt, fordi {' og '.join(missing_da)} mangler.",
            f"Ratio rule{how_en}: unknown because {' and '.join(missing_en)} is missing.",
            source,
            verified,
        )
    if already_placed < 0:
        raise ValidationError(
            "Antal placerede kan ikke være negativt.",
            "The number placed cannot be negative.",
            field="already_placed",
        )
    allowed = ratio_rule_max_placed(rulebook, day, ordinary_fte)
    room = allowed - already_placed
    head_da = (
        f"Rimelighedskrav{how_da}: {_num(ordinary_fte)} ordinært ansatte giver plads til højst "
        f"{allowed} i praktik og løntilskud tilsammen; {already_placed} er allerede placeret"
    )
    head_en = (
        f"Ratio rule{how_en}: {_num(ordinary_fte, 'en')} ordinary employees allow at most "
        f"{allowed} in internship and wage subsidy together; {already_placed} already placed"
    )
    if room > 0:
        return Check(
            key,
            OK,
            f"{head_da}, så der er plads til {room} mere.",
            f"{head_en}, so there is room for {room} more.",
            source,
            verified,
        )
    return Check(
        key,
        FAIL,
        f"{head_da}, så der er ikke plads til flere.",
        f"{head_en}, so there is no room for more.",
        source,
        verified,
    )


# --------------------------------------------------------------------------- net additional


def check_net_additional(
    rulebook: RuleBook,
    day: date,
    *,
    fte_history: Mapping[date, float] | Iterable[tuple[date, float]] = (),
    fte_after_hire: float | None = None,
    recent_vacancy: bool | None = None,
    employer_confirmed: bool | None = None,
    confirmed_by: str | None = None,
    confirmed_on: date | None = None,
    sector: str | None = None,
) -> NetAdditionalRecord:
    """Record the inputs of the net-additional-employment test for a løntilskud hire starting
    on ``day`` and show what they say. Not a legal verdict (DOMAIN.md 3.5).

    ``fte_history``: ordinary staff in full-time equivalents for the employer (CVR number),
    as (date, FTE) observations; values in the same month are averaged, and only the
    ``net_additional_lookback_months`` whole months before ``day``'s month count.
    ``fte_after_hire``: ordinary staff plus the new hire. ``recent_vacancy``: did the post
    become vacant by dismissal or resignation within the vacancy window (per P-number)?
    ``employer_confirmed``/``confirmed_by``/``confirmed_on``: the employer's written statement.
    """
    lookback_rule = rulebook.rule(WILDCARD, None, sector, "net_additional_lookback_months", day)
    vacancy_rule = rulebook.rule(WILDCARD, None, sector, "net_additional_vacancy_months", day)
    basis = rulebook.rule(WILDCARD, None, sector, "net_additional_basis", day)
    if lookback_rule is None or vacancy_rule is None:
        raise NotFoundError(
            f"Reglerne for merbeskæftigelse mangler for {_d(day)}.",
            f"The net-additional-employment rules are missing for {_d(day)}.",
            field="scheme_rules",
        )
    lookback, vacancy_months = lookback_rule.as_int(), vacancy_rule.as_int()
    window_start = _months_back(day, lookback)
    window_end = date(day.year, day.month, 1)  # exclusive: the start month itself is not history

    items = fte_history.items() if isinstance(fte_history, Mapping) else fte_history
    by_month: dict[date, list[float]] = {}
    for when, fte in items:
        if fte is None or fte < 0:
            raise ValidationError(
                f"Antal ansatte for {_d(when)} skal være 0 eller derover.",
                f"The staff figure for {_d(when)} must be 0 or more.",
                field="fte_history",
            )
        month = date(when.year, when.month, 1)
        if window_start <= month < window_end:
            by_month.setdefault(month, []).append(float(fte))
    monthly = tuple((m, sum(v) / len(v)) for m, v in sorted(by_month.items()))
    average = sum(v for _, v in monthly) / len(monthly) if monthly else None

    source = _sources(lookback_rule, basis)
    verified = _verified(lookback_rule, basis)
    basis_da = " på CVR-nummer i fuldtidsstillinger" if basis and basis.value == "cvr_fte" else ""
    basis_en = (
        " per CVR number in full-time equivalents" if basis and basis.value == "cvr_fte" else ""
    )
    period_da = f"{_d(window_start)} til {_d(window_end - timedelta(days=1))}"
    checks: list[Check] = []

    if average is None:
        checks.append(
            Check(
                "net_average",
                UNKNOWN,
                f"Ukendt: ingen opgørelse af ordinært ansatte{basis_da} for {period_da}.",
                f"Unknown: no count of ordinary staff{basis_en} for {period_da}.",
                source,
                verified,
            )
        )
    elif len(monthly) < lookback:
        checks.append(
            Check(
                "net_average",
                UNKNOWN,
                f"Ukendt: kun {len(monthly)} af {lookback} måneder er opgjort for {period_da} "
                f"(gennemsnit indtil videre {_num(round(average, 2))}).",
                f"Unknown: only {len(monthly)} of {lookback} months are recorded for "
                f"{period_da} (average so far {_num(round(average, 2), 'en')}).",
                source,
                verified,
            )
        )
    elif fte_after_hire is None:
        checks.append(
            Check(
                "net_average",
                UNKNOWN,
                f"Gennemsnit {period_da}: {_num(round(average, 2))} ordinært ansatte{basis_da}; "
                "antal efter ansættelsen er ikke angivet (ukendt).",
                f"Average {period_da}: {_num(round(average, 2), 'en')} ordinary staff"
                f"{basis_en}; the number after the hire is not given (unknown).",
                source,
                verified,
            )
        )
    else:
        above = fte_after_hire > average
        checks.append(
            Check(
                "net_average",
                OK if above else FAIL,
                f"Efter ansættelsen {_num(fte_after_hire)} ordinært ansatte mod et gennemsnit på "
                f"{_num(round(average, 2))} for {period_da}{basis_da}: "
                + ("beskæftigelsen øges." if above else "beskæftigelsen øges ikke."),
                f"After the hire {_num(fte_after_hire, 'en')} ordinary staff against an average "
                f"of {_num(round(average, 2), 'en')} for {period_da}{basis_en}: "
                + ("employment rises." if above else "employment does not rise."),
                source,
                verified,
            )
        )

    vacancy_text = (
        f"ledig ved afsked eller opsigelse af en ustøttet medarbejder inden for de seneste "
        f"{_amount(vacancy_months, 'months', 'da')} (pr. P-nummer)"
    )
    vacancy_text_en = (
        f"vacant by dismissal or resignation of an unsubsidised employee within the last "
        f"{_amount(vacancy_months, 'months', 'en')} (per P-number)"
    )
    status = {None: UNKNOWN, True: FAIL, False: OK}[recent_vacancy]
    prefix_da = {None: "Ukendt om stillingen er blevet", True: "Stillingen er blevet",
                 False: "Stillingen er ikke blevet"}[recent_vacancy]  # fmt: skip
    prefix_en = {None: "Unknown whether the post became", True: "The post became",
                 False: "The post did not become"}[recent_vacancy]  # fmt: skip
    checks.append(
        Check(
            "net_vacancy",
            status,
            f"{prefix_da} {vacancy_text}.",
            f"{prefix_en} {vacancy_text_en}.",
            vacancy_rule.source,
            vacancy_rule.verified,
        )
    )

    if employer_confirmed and confirmed_by and confirmed_on:
        checks.append(
            Check(
                "employer_statement",
                OK,
                f"Arbejdsgiverens skriftlige erklæring er registreret ({confirmed_by}, "
                f"{_d(confirmed_on)}).",
                f"The employer's written statement is recorded ({confirmed_by}, "
                f"{_d(confirmed_on)}).",
            )
        )
    elif employer_confirmed:
        checks.append(
            Check(
                "employer_statement",
                UNKNOWN,
                "Arbejdsgiveren har bekræftet, men hvem og hvornår er ikke registreret.",
                "The employer confirmed, but who and when is not recorded.",
            )
        )
    elif employer_confirmed is False:
        checks.append(
            Check(
                "employer_statement",
                FAIL,
                "Arbejdsgiveren har ikke bekræftet merbeskæftigelse.",
                "The employer has not confirmed net additional employment.",
            )
        )
    else:
        checks.append(
            Check(
                "employer_statement",
                UNKNOWN,
                "Ukendt: arbejdsgiverens erklæring om merbeskæftigelse er ikke registreret.",
                "Unknown: the employer's statement on net additional employment is not recorded.",
            )
        )

    budget = rulebook.rule(WILDCARD, None, sector, "net_additional_budget_check", day)
    if budget is not None and budget.as_bool():
        checks.append(
            Check(
                "net_public_budget",
                INFO,
                "Offentlig arbejdsgiver: vurderes også mod den normering, budgettet giver.",
                "Public employer: also assessed against the staffing its budget allows.",
                budget.source,
                budget.verified,
            )
        )
    checks.append(
        Check(
            "net_disclaimer",
            INFO,
            "Dette er en registrering af oplysninger og ikke en juridisk afgørelse.",
            "This records the facts; it is not a legal decision.",
        )
    )
    return NetAdditionalRecord(
        day=day,
        lookback_months=lookback,
        vacancy_months=vacancy_months,
        monthly_fte=monthly,
        average_fte=average,
        fte_after_hire=fte_after_hire,
        recent_vacancy=recent_vacancy,
        employer_confirmed=employer_confirmed,
        confirmed_by=confirmed_by,
        confirmed_on=confirmed_on,
        checks=tuple(checks),
    )
