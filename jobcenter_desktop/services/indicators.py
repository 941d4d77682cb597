"""Live indicators (målinger): the measure catalogue computed from the CRM tables per period.

A strategy-map indicator with ``source = "computed"`` is bound to a measure of
``domain.measures`` by its ``measure_key``. This module runs the SQL for the measures and
gives back one value per period, on SQLite and PostgreSQL alike.

How the work is shaped, so a map's indicators recompute over 1M contacts in about a second:

- Periods are local (Europe/Copenhagen) months, quarters or years. Their bounds are computed
  here in Python, as UTC instants for timestamp columns and dates for date columns, and handed
  to the database as a small derived table ``periods(k, lo, hi)``. A measure is one grouped
  query joining its table to that table on a range condition, grouped by period: the database
  walks the ``at``/``start`` index once per period range, and time-zone rules never have to be
  written in SQL.
- The contact log is the big table, so every contact measure of a whole map is answered by at
  most two passes over it, whatever the number of indicators and period kinds: one *count
  pass* at the finest period kind asked for (contacts, visits, the consultants with a
  contact and the companies visited per period; coarser periods add up and unite), and, for
  the share contacted in the last 12 months, one *company pass* that gives each company a
  bit mask of the months it was contacted. Companies contacted in any rolling 12-month
  window are then bit tests over 100k masks instead of 1M-row distinct counts.
  (Months nest in quarters and years, so one month mask serves every period kind.)
- Where the arithmetic is a median or needs a Danish calendar date (days to the first
  proposal, job orders filled by their deadline), the query returns one small row per job
  order with its period, and the shared helpers in ``domain.measures`` finish the job.
- Independent statements run on two database connections at once (SQLite in WAL mode and
  PostgreSQL both serve concurrent readers): the slow company pass overlaps everything else
  when a second core is free.

A value is ``None`` when there is nothing to compute from (no job orders closed, no companies
in the register): the indicator then shows grey, never a misleading 0 %.

Definitions follow ``domain.measures``; where the CRM leaves room, the choice is written next
to the query (e.g. the register is the current one: companies imported from the CVR register
carry the import date, not the date they were founded).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import (
    BigInteger,
    Date,
    Integer,
    Text,
    and_,
    case,
    cast,
    distinct,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.sql.selectable import CTE

from ..domain import measures
from ..domain.dates import utcnow
from ..domain.errors import NotFoundError, ValidationError
from ..domain.strategy import (
    Indicator,
    IndicatorSource,
    PeriodKind,
    StrategyMap,
    next_period_start,
    period_end,
    period_start,
    periods_in_span,
)
from ..persistence import orm
from .context import ServiceContext

LOCAL_TZ = ZoneInfo("Europe/Copenhagen")

COMPUTED_BY = "CRM (beregnet)"
"""``Measurement.entered_by`` of computed values; stable, so a recompute with unchanged data
changes nothing (and records no revision)."""

COMPUTED_NOTE = "Beregnet fra appens registreringer"

# Without a span start, this much history is computed.
DEFAULT_HISTORY = {PeriodKind.MONTH: 24, PeriodKind.QUARTER: 8, PeriodKind.YEAR: 5}
MAX_PERIODS = 240  # twenty years of months; more is a typing slip in the map's span
_MASK_BITS = 62  # months per company mask (signed 64-bit integers on both databases)
_PARALLEL = 2  # database connections used at once

# Split codes for ``placements_started:<code>``: every scheme code in lower case, plus the
# words consultants use. A word may stand for several schemes (løntilskud: private + public).
SCHEME_ALIASES: dict[str, tuple[str, ...]] = {
    "praktik": ("VP",),
    "virksomhedspraktik": ("VP",),
    "loentilskud": ("LT_PRIV", "LT_OFF"),
    "fleksjob": ("FLEX",),
    "ordinaert": ("ORD",),
    "ordinaert_job": ("ORD",),
    "voksenlaerling": ("VL",),
    "mentor": ("MENTOR",),
    "opkvalificering": ("OPK",),
    "jobrotation": ("JR",),
    "smaajob": ("SMAAJOB",),
}

# Placements that count as cooperation in the samarbejdsgrad (DOMAIN.md 5.2): wage subsidy,
# company internship, job-rotation substitutes, flexi-job and mentor. (Skånejob has no
# scheme code in the rule tables yet.)
COOPERATION_SCHEMES = ("VP", "LT_PRIV", "LT_OFF", "JR", "FLEX", "MENTOR")
ORDINARY_JOB_OUTCOMES = ("ordinary_job_same_company", "ordinary_job_elsewhere")
CLOSED_PLACEMENT_STATUSES = ("completed", "stopped_early")

_KIND_ORDER = (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR)
_CONTACT_COUNTS = frozenset({"company_contacts", "visits_per_consultant"})
_CONTACT_COMPANIES = frozenset({"company_visits", "companies_contacted_12m_share"})

_C = orm.ContactLogEntry.__table__.c
_CO = orm.Company.__table__.c
_J = orm.JobOrder.__table__.c
_E = orm.MediationEvent.__table__.c
_P = orm.Placement.__table__.c
_F = orm.FollowUp.__table__.c
_A = orm.Agreement.__table__.c

Series = dict[date, float | None]


@dataclass(frozen=True, slots=True)
class SeriesRequest:
    """One measure over some periods: ``measure_key`` may carry a split (``key:param``)."""

    measure_key: str
    kind: PeriodKind
    starts: tuple[date, ...]


@dataclass(frozen=True, slots=True)
class ComputedValue:
    """The computed value of one indicator for one period (None: nothing to compute from)."""

    indicator_id: str
    period_start: date
    value: float | None


@dataclass(frozen=True, slots=True)
class RefreshResult:
    """What ``apply_computed`` changed in a map."""

    changed: int
    removed: int
    unchanged: int


def local_midnight(day: date) -> datetime:
    """The UTC instant at which ``day`` begins in Denmark."""
    return datetime.combine(day, time.min, tzinfo=LOCAL_TZ).astimezone(UTC)


def local_date(moment: datetime) -> date:
    """The Danish calendar date of a stored (UTC) instant."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(LOCAL_TZ).date()


def scheme_codes(parameter: str) -> tuple[str, ...]:
    """Scheme codes for the split of ``placements_started:<parameter>``."""
    return SCHEME_ALIASES.get(parameter, (parameter.upper(),))


def periods_for(m: StrategyMap, indicator: Indicator, today: date) -> list[date]:
    """Start dates of the periods to compute for ``indicator``: every complete period that
    overlaps the map's span (or the recent history when the map has no span start).

    A period still running is left out: a month's contacts counted on the 3rd would show
    red for a month that is going fine.
    """
    kind = indicator.period
    current = period_start(today, kind)
    last_day = current - timedelta(days=1)
    if m.span_end is not None:
        last_day = min(last_day, m.span_end)
    if m.span_start is not None:
        first_day = m.span_start
    else:
        first_day = current
        for _ in range(DEFAULT_HISTORY[kind]):
            first_day = period_start(first_day - timedelta(days=1), kind)
    starts = periods_in_span(first_day, last_day, kind)
    return starts[-MAX_PERIODS:]


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def _month_start(index: int) -> date:
    return date(index // 12, index % 12 + 1, 1)


class IndicatorService:
    """Computes live measures from the CRM tables.

    ``kommune_code`` limits the cooperation rate to companies in one municipality; without it
    every company in the register counts (the register is the jobcenter's own companies).
    """

    def __init__(self, ctx: ServiceContext, *, kommune_code: str | None = None,
                 parallel: int = _PARALLEL) -> None:
        self.ctx = ctx
        self.kommune_code = kommune_code
        self.parallel = max(1, parallel)

    # ------------------------------------------------------------------ public
    def compute_for_map(self, m: StrategyMap, *, today: date | None = None) -> list[ComputedValue]:
        """Values for every computed indicator of ``m`` and every complete period of its span.

        Indicators bound to the same measure with the same periods share one query.
        """
        today = today or utcnow().astimezone(LOCAL_TZ).date()
        wanted: dict[SeriesRequest, list[str]] = defaultdict(list)
        for ind in m.indicators:
            if ind.source is not IndicatorSource.COMPUTED or not ind.measure_key:
                continue
            starts = tuple(periods_for(m, ind, today))
            if starts:
                wanted[SeriesRequest(ind.measure_key, ind.period, starts)].append(ind.id)
        series = self.compute(list(wanted))
        values = [
            ComputedValue(ind_id, s, series[request][s])
            for request, ids in wanted.items()
            for ind_id in ids
            for s in request.starts
        ]
        # A live indicator cannot have a value for a period that is not over yet (templates
        # carry example figures for later years): such values are dropped.
        for ind in m.indicators:
            if ind.source is IndicatorSource.COMPUTED:
                values += [ComputedValue(ind.id, v.period_start, None)
                           for v in m.measurements(ind.id)
                           if period_end(v.period_start, ind.period) >= today]
        return values

    def measure_series(
        self, measure_key: str, kind: PeriodKind | str, starts: Sequence[date]
    ) -> Series:
        """One measure's value for each period starting at (or containing) ``starts``."""
        kind = PeriodKind(kind)
        request = SeriesRequest(measure_key, kind, tuple(starts))
        return self.compute([request])[request]

    def compute(self, requests: Sequence[SeriesRequest]) -> dict[SeriesRequest, Series]:
        """Every request's series; contact-log work is shared between requests."""
        normal: dict[SeriesRequest, SeriesRequest] = {}
        for request in requests:
            measures.parse_measure_key(request.measure_key)  # unknown keys: ValidationError
            kind = PeriodKind(request.kind)
            starts = tuple(sorted({period_start(s, kind) for s in request.starts}))
            if len(starts) > MAX_PERIODS:
                raise ValidationError(
                    f"Der kan højst beregnes {MAX_PERIODS} perioder ad gangen.",
                    f"At most {MAX_PERIODS} periods can be computed at once.",
                    field="period",
                )
            normal[request] = SeriesRequest(request.measure_key.strip(), kind, starts)
        jobs: list[Callable[[], dict[SeriesRequest, Series]]] = []
        contact = [r for r in set(normal.values()) if r.starts and
                   measures.parse_measure_key(r.measure_key)[0].key in
                   _CONTACT_COUNTS | _CONTACT_COMPANIES]
        jobs += self._contact_jobs(contact)
        for r in set(normal.values()):
            if r.starts and r not in contact:
                jobs.append(lambda r=r: {r: self._other(r)})
        found: dict[SeriesRequest, Series] = {}
        if self.parallel > 1 and len(jobs) > 1:
            # The slowest statements go first so the other connection fills in behind them.
            with ThreadPoolExecutor(max_workers=self.parallel,
                                    thread_name_prefix="indicators") as pool:
                for part in pool.map(lambda job: job(), jobs):
                    found.update(part)
        else:
            for job in jobs:
                found.update(job())
        return {original: found.get(r, {}) for original, r in normal.items()}

    # ------------------------------------------------------------------ plumbing
    def _rows(self, stmt) -> list:  # noqa: ANN001
        with self.ctx.uow() as uow:
            return list(uow.session.execute(stmt))

    @staticmethod
    def _derived(name: str, rows: Sequence[tuple], types: Sequence[object],
                 names: Sequence[str]) -> CTE:
        """A small derived table of literal rows (periods, snapshots) as a CTE."""
        parts = [
            select(*(literal(value, type_).label(label)
                     for value, type_, label in zip(row, types, names, strict=True)))
            for row in rows
        ]
        query = parts[0] if len(parts) == 1 else union_all(*parts)
        return query.cte(name)

    def _periods(self, bounds: Sequence[tuple[object, object]], type_: object) -> CTE:
        """``periods(k, lo, hi)``: period number and its half-open [lo, hi) bounds."""
        return self._derived("periods", [(k, lo, hi) for k, (lo, hi) in enumerate(bounds)],
                             (Integer(), type_, type_), ("k", "lo", "hi"))

    @staticmethod
    def _instant_bounds(kind: PeriodKind, starts: Sequence[date]) -> list[tuple[datetime, datetime]]:
        return [(local_midnight(s), local_midnight(next_period_start(s, kind))) for s in starts]

    @staticmethod
    def _date_bounds(kind: PeriodKind, starts: Sequence[date]) -> list[tuple[date, date]]:
        return [(s, next_period_start(s, kind)) for s in starts]

    def _register(self, *, with_staff: bool = False):  # noqa: ANN202
        """Conditions for "a company in the register": not deleted, merged away or closed."""
        conditions = [
            _CO.deleted_at.is_(None),
            _CO.merged_into_id.is_(None),
            _CO.status != "closed",
        ]
        if with_staff:
            # Every employee band the app offers starts at 1; an empty band is unknown.
            conditions += [_CO.employee_band.is_not(None), _CO.employee_band != ""]
            if self.kommune_code:
                conditions.append(_CO.kommune_code == self.kommune_code)
        return and_(*conditions)

    def _bit_or(self, expression):  # noqa: ANN001, ANN202
        """Bitwise OR over a group (SQLite has no such aggregate: a sum of distinct powers of
        two is the same number)."""
        if self.ctx.dialect == "postgresql":
            return func.bit_or(expression)
        return func.sum(distinct(expression))

    # ------------------------------------------------------------------ contact log
    def _contact_jobs(self, requests: Sequence[SeriesRequest]) -> list[Callable]:
        if not requests:
            return []
        jobs: list[Callable] = []
        by_key = defaultdict(list)
        for r in requests:
            by_key[measures.parse_measure_key(r.measure_key)[0].key].append(r)
        jobs += self._company_pass_jobs(by_key["companies_contacted_12m_share"])
        count_requests = (by_key["company_contacts"] + by_key["visits_per_consultant"]
                          + by_key["company_visits"])
        if count_requests:
            jobs.append(lambda: self._count_pass(count_requests))
        return jobs

    def _count_pass(self, requests: list[SeriesRequest]) -> dict[SeriesRequest, Series]:
        """One pass over the contact log at the finest period kind asked for (months nest in
        quarters and years): contacts, visits, the consultants with a contact and the
        companies visited, per fine period. Coarser periods add the counts up and unite the
        consultants and companies (distinct counts do not add up)."""
        finest = min((r.kind for r in requests), key=_KIND_ORDER.index)
        fine = sorted({f for r in requests for s in r.starts
                       for f in periods_in_span(s, period_end(s, r.kind), finest)})
        consultants = any(r.measure_key.startswith("visits_per_consultant") for r in requests)
        visited = any(r.measure_key.startswith("company_visits") for r in requests)
        p = self._periods(self._instant_bounds(finest, fine), orm.UTCDateTime())
        is_visit = _C.channel == "visit"
        columns = [p.c.k, func.count(), func.sum(case((is_visit, 1), else_=0)),
                   self._distinct_list(_C.consultant_id) if consultants else literal(None),
                   self._distinct_list(case((is_visit, _C.company_id))) if visited
                   else literal(None)]
        stmt = (
            select(*columns)
            .select_from(p)
            .join(orm.ContactLogEntry.__table__, and_(_C.at >= p.c.lo, _C.at < p.c.hi))
            .where(_C.deleted_at.is_(None))
            .group_by(p.c.k)
        )
        rows = {fine[row[0]]: row[1:] for row in self._rows(stmt)}
        out: dict[SeriesRequest, Series] = {}
        for r in requests:
            series: Series = {}
            for s in r.starts:
                inside = [rows[f] for f in periods_in_span(s, period_end(s, r.kind), finest)
                          if f in rows]
                if r.measure_key.startswith("company_contacts"):
                    series[s] = float(sum(row[0] for row in inside))
                    continue
                if r.measure_key.startswith("company_visits"):
                    series[s] = float(len({c for row in inside if row[3]
                                           for c in str(row[3]).split(",")}))
                    continue
                visits = sum(row[1] or 0 for row in inside)
                people = {c for row in inside if row[2] for c in str(row[2]).split(",")}
                value = measures.rate(float(visits), float(len(people)))
                series[s] = None if value is None else round(value, 2)
            out[r] = series
        return out

    def _distinct_list(self, column):  # noqa: ANN001, ANN202
        """The distinct values of a group as one comma-separated text."""
        if self.ctx.dialect == "postgresql":
            return func.string_agg(distinct(cast(column, Text())), ",")
        return func.group_concat(distinct(column))

    def _company_pass_jobs(self, requests: Sequence[SeriesRequest]) -> list[Callable]:
        """Company passes for the 12-month share, in chunks of at most 62 months."""
        if not requests:
            return []
        window = measures.get_measure("companies_contacted_12m_share").window_months or 12
        # Every output: (request, period start, first month of its window, last month)
        outputs = []
        for r in requests:
            for s in r.starts:
                last = _month_index(period_end(s, r.kind))
                outputs.append((r, s, last - window + 1, last))
        outputs.sort(key=lambda o: o[2])
        chunks: list[list] = []
        for out in outputs:
            if chunks and out[3] - chunks[-1][0][2] < _MASK_BITS:
                chunks[-1].append(out)
            else:
                chunks.append([out])
        return [lambda chunk=chunk: self._company_pass(chunk) for chunk in chunks]

    def _company_pass(self, outputs: list[tuple]) -> dict[SeriesRequest, Series]:
        """Per company, a bit mask of the months it was contacted; each window's count is
        the number of companies in the register whose mask meets the window's months."""
        base = min(o[2] for o in outputs)
        top = max(o[3] for o in outputs)
        months = [_month_start(i) for i in range(base, top + 2)]
        p = self._periods([(local_midnight(a), local_midnight(b))
                           for a, b in zip(months, months[1:], strict=False)], orm.UTCDateTime())
        bit = literal(1, BigInteger()).op("<<")(p.c.k)
        per_company = (
            select(_C.company_id.label("company_id"), self._bit_or(bit).label("contacted"))
            .select_from(p)
            .join(orm.ContactLogEntry.__table__, and_(_C.at >= p.c.lo, _C.at < p.c.hi))
            .where(_C.deleted_at.is_(None))
            .group_by(_C.company_id)
            .subquery("per_company")
        )
        # The numerator only counts companies in the register, so the share never exceeds
        # 100 %; the register test is made once per company, not once per window.
        flagged = (
            select(per_company.c.contacted)
            .select_from(per_company)
            .join(orm.Company.__table__, _CO.id == per_company.c.company_id)
            .where(self._register())
            .subquery("flagged")
        )
        columns = []
        for _r, _s, first, last in outputs:
            mask = sum(1 << (i - base) for i in range(first, last + 1))
            hit = flagged.c.contacted.op("&")(literal(mask, BigInteger())) != 0
            columns.append(func.sum(case((hit, 1), else_=0)))
        row = self._rows(select(*columns).select_from(flagged))[0]
        total = self._rows(select(func.count()).select_from(orm.Company.__table__)
                           .where(self._register()))[0][0]
        out: dict[SeriesRequest, Series] = defaultdict(dict)
        for (r, s, _first, _last), value in zip(outputs, row, strict=True):
            out[r][s] = _pct(value or 0, total)
        return out

    # ------------------------------------------------------------------ everything else
    # The other tables are small next to the contact log (thousands to tens of thousands of
    # rows), and their date columns are not all indexed: one scan that puts every row in
    # its period (``_bucket``) beats a join that scans the table once per period.
    def _other(self, r: SeriesRequest) -> Series:
        measure, parameter = measures.parse_measure_key(r.measure_key)
        values = getattr(self, f"_m_{measure.key}")(r.kind, list(r.starts), parameter)
        return {s: values.get(k) for k, s in enumerate(r.starts)}

    @staticmethod
    def _bucket(column, bounds: Sequence[object], type_: object):  # noqa: ANN001, ANN205
        """The number of the period ``column`` falls in, for half-open periods whose bounds
        are ``bounds[k]`` .. ``bounds[k + 1]``: a balanced CASE tree (log₂ comparisons)."""

        def tree(lo: int, hi: int):  # noqa: ANN202
            if hi - lo == 1:
                return literal(lo, Integer())
            mid = (lo + hi) // 2
            return case((column < literal(bounds[mid], type_), tree(lo, mid)),
                        else_=tree(mid, hi))

        return tree(0, len(bounds) - 1)

    def _counted(self, column, bounds: Sequence[object], type_: object, *conditions,  # noqa: ANN001
                 extra: Sequence[object] = (), select_from=None) -> dict[int, tuple]:  # noqa: ANN001
        """Per period number: count(*) and ``extra`` aggregates of the rows whose ``column``
        falls in the periods given by ``bounds``."""
        k = self._bucket(column, bounds, type_).label("k")
        inner = (
            select(k, *extra)
            .select_from(select_from if select_from is not None else column.table)
            .where(column >= literal(bounds[0], type_), column < literal(bounds[-1], type_),
                   *conditions)
            .subquery("bucketed")
        )
        stmt = select(inner.c.k, func.count(), *(func.sum(c) for c in list(inner.c)[1:])) \
            .group_by(inner.c.k)
        return {row[0]: tuple(row[1:]) for row in self._rows(stmt)}

    @staticmethod
    def _instant_edges(kind: PeriodKind, starts: Sequence[date]) -> list[datetime]:
        """Bounds of consecutive periods as UTC instants (``starts`` are consecutive)."""
        return [local_midnight(s) for s in starts] + [local_midnight(next_period_start(starts[-1], kind))]

    @staticmethod
    def _date_edges(kind: PeriodKind, starts: Sequence[date]) -> list[date]:
        return [*starts, next_period_start(starts[-1], kind)]

    def _per_period(self, kind: PeriodKind, starts: Sequence[date], fetch) -> dict[int, tuple]:  # noqa: ANN001
        """``fetch(edges)`` over runs of consecutive periods (a request may skip periods);
        returns rows per index into ``starts``."""
        found: dict[int, tuple] = {}
        run: list[int] = []
        for k, s in enumerate(starts):
            if run and next_period_start(starts[run[-1]], kind) != s:
                found.update(self._run(kind, starts, run, fetch))
                run = []
            run.append(k)
        if run:
            found.update(self._run(kind, starts, run, fetch))
        return found

    @staticmethod
    def _run(kind: PeriodKind, starts: Sequence[date], run: list[int], fetch) -> dict[int, tuple]:  # noqa: ANN001
        rows = fetch([starts[k] for k in run])
        return {run[k]: value for k, value in rows.items()}

    def _m_cooperation_rate_own(self, kind, starts, _parameter) -> dict[int, float | None]:  # noqa: ANN001
        # A placement cooperates in every period it runs in: from the first period ending
        # after its start to the last beginning on or before its end. One scan gives each
        # placement of a counted scheme at a company in the register that run of periods;
        # the distinct companies per period are then counted from those few rows.
        lows = list(starts)
        highs = [next_period_start(s, kind) for s in starts]
        ends = func.coalesce(_P.actual_end, _P.planned_end, _P.start)
        first = _rank(_P.start, highs, Date())  # periods that ended before the start
        stop = _rank(ends, lows, Date())  # periods that began by the end
        stmt = (
            select(_P.company_id, first.label("first"), stop.label("stop"))
            .select_from(orm.Placement.__table__)
            .join(orm.Company.__table__, _CO.id == _P.company_id)
            .where(_P.deleted_at.is_(None), _P.status != "cancelled",
                   _P.scheme_code.in_(COOPERATION_SCHEMES), self._register(with_staff=True))
            .group_by(_P.company_id, first, stop)
        )
        companies: dict[int, set] = defaultdict(set)
        for company_id, begin, stop_at in self._rows(stmt):
            for k in range(begin, min(stop_at, len(starts))):
                companies[k].add(company_id)
        total = self._rows(select(func.count()).select_from(orm.Company.__table__)
                           .where(self._register(with_staff=True)))[0][0]
        return {k: _pct(len(companies.get(k, ())), total) for k in range(len(starts))}

    def _m_placements_started(self, kind, starts, parameter) -> dict[int, float | None]:  # noqa: ANN001
        conditions = [_P.deleted_at.is_(None), _P.status != "cancelled"]
        if parameter:
            conditions.append(_P.scheme_code.in_(scheme_codes(parameter)))
        found = self._per_period(kind, starts, lambda run: self._counted(
            _P.start, self._date_edges(kind, run), Date(), *conditions))
        return {k: float(found[k][0]) if k in found else 0.0 for k in range(len(starts))}

    def _m_placements_ordinary_job_share(self, kind, starts, _parameter) -> dict[int, float | None]:  # noqa: ANN001
        ordinary = case((_P.outcome.in_(ORDINARY_JOB_OUTCOMES), 1), else_=0).label("ordinary")
        found = self._per_period(kind, starts, lambda run: self._counted(
            _P.actual_end, self._date_edges(kind, run), Date(), _P.deleted_at.is_(None),
            _P.status.in_(CLOSED_PLACEMENT_STATUSES), extra=[ordinary]))
        return {k: _pct(found[k][1] or 0, found[k][0]) if k in found else None
                for k in range(len(starts))}

    def _m_job_orders_received(self, kind, starts, _parameter) -> dict[int, float | None]:  # noqa: ANN001
        found = self._per_period(kind, starts, lambda run: self._counted(
            _J.created_at, self._instant_edges(kind, run), orm.UTCDateTime(),
            _J.deleted_at.is_(None)))
        return {k: float(found[k][0]) if k in found else 0.0 for k in range(len(starts))}

    def _m_job_orders_filled(self, kind, starts, _parameter) -> dict[int, float | None]:  # noqa: ANN001
        # A job order filled, reopened and filled again in the same period counts once.
        def fetch(run: list[date]) -> dict[int, tuple]:
            edges = self._instant_edges(kind, run)
            k = self._bucket(_E.at, edges, orm.UTCDateTime()).label("k")
            fills = (
                select(k, _E.job_order_id.label("job_order_id"))
                .select_from(orm.MediationEvent.__table__)
                .join(orm.JobOrder.__table__, _J.id == _E.job_order_id)
                .where(_E.at >= literal(edges[0], orm.UTCDateTime()),
                       _E.at < literal(edges[-1], orm.UTCDateTime()),
                       _E.kind == "status_change", _E.new_status == "filled",
                       _J.deleted_at.is_(None))
                .subquery("fills")
            )
            stmt = select(fills.c.k, func.count(distinct(fills.c.job_order_id))).group_by(fills.c.k)
            return {row[0]: (row[1],) for row in self._rows(stmt)}

        found = self._per_period(kind, starts, fetch)
        return {k: float(found[k][0]) if k in found else 0.0 for k in range(len(starts))}

    def _job_order_closings(self):  # noqa: ANN202
        """Per job order: when it was first closed (filled or expired) and first filled."""
        closing = _E.new_status.in_(("filled", "expired"))
        return (
            select(_E.job_order_id.label("job_order_id"),
                   func.min(case((closing, _E.at)), type_=orm.UTCDateTime()).label("closed_at"),
                   func.min(case((_E.new_status == "filled", _E.at)),
                            type_=orm.UTCDateTime()).label("filled_at"))
            .where(_E.kind == "status_change", closing)
            .group_by(_E.job_order_id)
            .subquery("closings")
        )

    def _m_job_orders_filled_before_deadline_share(self, kind, starts, _parameter) -> dict[int, float | None]:  # noqa: ANN001
        # The first time a job order was closed decides its period; a reopened and refilled
        # order is not counted twice.
        closings = self._job_order_closings()
        p = self._periods(self._instant_bounds(kind, starts), orm.UTCDateTime())
        stmt = (
            select(p.c.k, closings.c.closed_at, closings.c.filled_at, _J.deadline)
            .select_from(closings)
            .join(orm.JobOrder.__table__, _J.id == closings.c.job_order_id)
            .join(p, and_(closings.c.closed_at >= p.c.lo, closings.c.closed_at < p.c.hi))
            .where(_J.deleted_at.is_(None))
        )
        closed: dict[int, int] = defaultdict(int)
        in_time: dict[int, int] = defaultdict(int)
        for k, closed_at, filled_at, deadline in self._rows(stmt):
            closed[k] += 1
            # Filled as the first close, on or before the deadline (as a Danish date).
            if filled_at is not None and _aware(filled_at) == _aware(closed_at) and (
                deadline is None or local_date(_aware(filled_at)) <= deadline
            ):
                in_time[k] += 1
        return {k: _pct(in_time[k], closed[k]) if closed[k] else None
                for k in range(len(starts))}

    def _m_days_to_first_proposal(self, kind, starts, _parameter) -> dict[int, float | None]:  # noqa: ANN001
        p = self._periods(self._instant_bounds(kind, starts), orm.UTCDateTime())
        first = (
            select(_E.job_order_id.label("job_order_id"),
                   func.min(_E.at, type_=orm.UTCDateTime()).label("at"))
            .where(_E.kind == "candidate_proposed")
            .group_by(_E.job_order_id)
            .subquery("first_proposals")
        )
        stmt = (
            select(p.c.k, _J.created_at, first.c.at)
            .select_from(first)
            .join(orm.JobOrder.__table__, _J.id == first.c.job_order_id)
            .join(p, and_(first.c.at >= p.c.lo, first.c.at < p.c.hi))
            .where(_J.deleted_at.is_(None))
        )
        days: dict[int, list[int]] = defaultdict(list)
        for k, created_at, first_at in self._rows(stmt):
            created = local_date(_aware(created_at))
            proposed = local_date(_aware(first_at))
            days[k].append(max(0, measures.days_between(created, proposed)))
        return {k: measures.median(days.get(k, ())) for k in range(len(starts))}

    def _m_overdue_followups(self, kind, starts, _parameter) -> dict[int, float | None]:  # noqa: ANN001
        # Snapshot at the end of each period's last day: due before that day and not done
        # by then. A follow-up is overdue in a run of snapshots, from the first whose last
        # day is after its due date up to (not including) the first after it was done; one
        # scan gives each follow-up that run, and the runs are added up here.
        last_days = [period_end(s, kind) for s in starts]
        moments = [local_midnight(d + timedelta(days=1)) for d in last_days]
        n = len(starts)
        first = _rank(_F.due, last_days, Date())  # snapshots with last_day <= due
        done = case((_F.done_at.is_(None), literal(n, Integer())),
                    else_=_rank(_F.done_at, moments, orm.UTCDateTime()))
        runs = (
            select(first.label("first"), done.label("stop"))
            .where(_F.deleted_at.is_(None))
            .subquery("runs")
        )
        stmt = select(runs.c.first, runs.c.stop, func.count()).where(
            runs.c.first < runs.c.stop).group_by(runs.c.first, runs.c.stop)
        counts = [0] * (n + 1)
        for begin, stop, count in self._rows(stmt):
            counts[begin] += count
            counts[stop] -= count
        out, running = {}, 0
        for k in range(n):
            running += counts[k]
            out[k] = float(running)
        return out

    def _m_companies_with_active_agreement(self, kind, starts, _parameter) -> dict[int, float | None]:  # noqa: ANN001
        snaps = self._derived("snapshots", [(k, period_end(s, kind)) for k, s in enumerate(starts)],
                              (Integer(), Date()), ("k", "day"))
        # coalesce() keeps SQLite from walking the start index once per snapshot (a row
        # lookup each): one scan against a handful of snapshots is far cheaper.
        start = func.coalesce(_A.start, _A.start)
        stmt = (
            select(snaps.c.k, func.count(distinct(_A.company_id)))
            .select_from(orm.Agreement.__table__)
            .join(snaps, and_(start <= snaps.c.day, or_(_A.end.is_(None), _A.end >= snaps.c.day)))
            .where(_A.deleted_at.is_(None))
            .group_by(snaps.c.k)
        )
        found = dict(self._rows(stmt))
        return {k: float(found.get(k, 0)) for k in range(len(starts))}


def _rank(column, sorted_values: Sequence[object], type_: object):  # noqa: ANN001, ANN202
    """How many of ``sorted_values`` are ≤ ``column`` (a balanced CASE tree)."""

    def tree(lo: int, hi: int):  # noqa: ANN202
        # answer lies in lo..hi
        if lo == hi:
            return literal(lo, Integer())
        mid = (lo + hi) // 2  # is sorted_values[mid] <= column?
        return case((literal(sorted_values[mid], type_) <= column, tree(mid + 1, hi)),
                    else_=tree(lo, mid))

    return tree(0, len(sorted_values))


# ---------------------------------------------------------------------- applying to a map


def apply_computed(m: StrategyMap, values: Iterable[ComputedValue]) -> RefreshResult:
    """Write computed values into the map as measurements.

    A computed indicator's values come from the CRM: a new value replaces the period's
    measurement (the model keeps the old one as a revision), and a period that now has
    nothing to compute from loses its value (it shows grey rather than a stale or example
    number). Periods that were not computed (still running, or outside the history) keep
    what they have, and manual or imported indicators are never touched. Values for periods
    outside the map's span are skipped (the span may have been shortened meanwhile).
    """
    changed = removed = unchanged = 0
    for v in values:
        try:
            ind = m.indicator(v.indicator_id)
        except NotFoundError:
            continue
        if ind.source is not IndicatorSource.COMPUTED or not _in_span(m, v.period_start, ind.period):
            continue
        old = m.measurement(ind.id, v.period_start)
        if v.value is None:
            if old is not None:
                m.remove_measurement(ind.id, v.period_start, by=COMPUTED_BY,
                                     reason="Intet at beregne ud fra")
                removed += 1
            else:
                unchanged += 1
            continue
        value = _stored_number(v.value)
        if old is not None and old.value == value and old.entered_by == COMPUTED_BY:
            unchanged += 1
            continue
        m.add_measurement(ind.id, v.period_start, value, entered_by=COMPUTED_BY,
                          source_note=COMPUTED_NOTE, reason="Genberegnet fra CRM-data")
        changed += 1
    return RefreshResult(changed, removed, unchanged)


def _in_span(m: StrategyMap, start: date, kind: PeriodKind) -> bool:
    first, last = m.span_start, m.span_end
    return (first is None or period_end(start, kind) >= first) and (last is None or start <= last)


def _stored_number(value: float) -> int | float:
    """Whole numbers as int (counts print as 12, not 12.0); others rounded to 2 decimals."""
    rounded = round(float(value), 2)
    return int(rounded) if rounded.is_integer() else rounded


def _pct(numerator: float, denominator: float | None) -> float | None:
    value = measures.share(float(numerator or 0), float(denominator or 0))
    return None if value is None else round(value, 1)


def _aware(moment: datetime | str) -> datetime:
    if isinstance(moment, str):  # defensive: untyped timestamps come back as text on SQLite
        moment = datetime.fromisoformat(moment)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


__all__ = [
    "COMPUTED_BY",
    "ComputedValue",
    "IndicatorService",
    "RefreshResult",
    "SeriesRequest",
    "apply_computed",
    "local_date",
    "local_midnight",
    "periods_for",
    "scheme_codes",
]
