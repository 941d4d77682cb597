"""Live indicators computed by SQL from the CRM tables, on SQLite and PostgreSQL.

A small hand-made jobcenter with known answers: rows sit on period boundaries in Danish time
(23:30 UTC on 31 January is already February in Fredericia, and summer time moves the
boundary to 22:00 UTC), companies are closed, merged away or deleted, a job order is filled,
reopened and filled again, a placement is cancelled, follow-ups are done a minute before or
after a period ends. Every measure of the catalogue is checked against the hand count.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from jobcenter_desktop.domain import measures
from jobcenter_desktop.domain.strategy import (
    IndicatorSource,
    PeriodKind,
    StrategyMap,
    periods_in_span,
)
from jobcenter_desktop.persistence import orm
from jobcenter_desktop.services.indicators import (
    COMPUTED_BY,
    IndicatorService,
    SeriesRequest,
    apply_computed,
)

Q = periods_in_span(date(2025, 1, 1), date(2025, 12, 31), PeriodKind.QUARTER)


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def _company(key: str, **fields) -> orm.Company:  # noqa: ANN003
    company_id = orm.new_id()
    values = dict(id=company_id, cvr=f"1000000{key[-1]}", name=f"Virksomhed {key} ApS",
                  name_key=key, sort_key=key, search_text=key,
                  search_rowid=orm.search_rowid_for(company_id), status="active",
                  employee_band="5-9", kommune_code="621")
    values.update(fields)
    return orm.Company(**values)


@pytest.fixture
def crm(services):  # noqa: ANN001, ANN201
    """The hand-made data set; returns the services and a dict of ids."""
    ids: dict[str, str] = {}
    with services.ctx.uow() as uow:
        s = uow.session
        users = {}
        for key in ("U1", "U2", "U3"):
            user = orm.User(username=f"konsulent_{key}", name=f"Konsulent {key}")
            s.add(user)
            users[key] = user
        companies = {
            "C1": _company("C1"),
            "C2": _company("C2", employee_band=""),  # staff unknown: not in the cooperation rate
            "C3": _company("C3", status="closed", employee_band="2-4"),
            "C4": _company("C4", status="prospect", employee_band="10-19", kommune_code="630"),
            "C6": _company("C6", employee_band="2-4", deleted_at=utc(2025, 1, 2)),
        }
        companies["C5"] = _company("C5", employee_band="1",
                                   merged_into_id=companies["C1"].id)
        s.add_all(companies.values())
        s.flush()
        ids.update({k: c.id for k, c in companies.items()})
        c = {k: v.id for k, v in companies.items()}
        u = {k: v.id for k, v in users.items()}

        def contact(company: str, at: datetime, channel: str, consultant: str | None,
                    deleted: bool = False) -> orm.ContactLogEntry:
            return orm.ContactLogEntry(company_id=c[company], at=at, channel=channel,
                                       consultant_id=u[consultant] if consultant else None,
                                       deleted_at=utc(2025, 12, 1) if deleted else None)

        s.add_all([
            contact("C1", utc(2025, 1, 15, 10), "visit", "U1"),
            contact("C1", utc(2025, 1, 31, 23, 30), "phone", "U2"),  # 1 February in Denmark
            contact("C2", utc(2025, 3, 31, 22, 30), "visit", "U1"),  # 1 April (summer time)
            contact("C3", utc(2025, 5, 10, 9), "visit", "U2"),  # closed company
            contact("C4", utc(2025, 6, 30, 21), "email", "U3"),  # 30 June, 23:00
            contact("C1", utc(2025, 8, 1, 9), "visit", "U1"),
            contact("C2", utc(2025, 8, 2, 9), "meeting", "U1", deleted=True),
            contact("C1", utc(2024, 11, 20, 9), "visit", "U2"),
            contact("C4", utc(2025, 11, 5, 9), "visit", None),  # no consultant recorded
            contact("C2", utc(2024, 3, 31, 22, 30), "phone", "U1"),  # 1 April 2024, 00:30
            contact("C4", utc(2024, 3, 31, 21, 30), "phone", "U1"),  # 31 March 2024, 23:30
        ])

        def placement(company: str, scheme: str, start: date, *, planned: date | None = None,
                      actual: date | None = None, status: str = "completed",
                      outcome: str | None = None) -> orm.Placement:
            return orm.Placement(candidate_id=ids["candidate"], company_id=c[company],
                                 scheme_code=scheme, start=start, planned_end=planned or actual,
                                 actual_end=actual, status=status, outcome=outcome)

        candidate_id = orm.new_id()
        s.add(orm.Candidate(id=candidate_id, name="Åse Ærø", sort_key="aase", label="K-1",
                            search_text="aase", search_rowid=orm.search_rowid_for(candidate_id)))
        s.flush()
        ids["candidate"] = candidate_id
        s.add_all([
            placement("C1", "VP", date(2025, 2, 1), actual=date(2025, 3, 1),
                      outcome="ordinary_job_same_company"),
            placement("C4", "LT_PRIV", date(2025, 3, 15), planned=date(2025, 9, 15),
                      status="active"),
            placement("C1", "ORD", date(2025, 5, 1), actual=date(2025, 6, 30),
                      outcome="education"),
            placement("C2", "VP", date(2025, 4, 10), actual=date(2025, 5, 8),
                      status="stopped_early", outcome="back_to_benefit"),
            placement("C4", "VP", date(2025, 7, 1), planned=date(2025, 8, 1), status="cancelled"),
            placement("C3", "MENTOR", date(2025, 7, 1), planned=date(2025, 12, 1), status="active"),
            placement("C1", "LT_OFF", date(2025, 10, 1), actual=date(2025, 12, 15),
                      outcome="ordinary_job_elsewhere"),
        ])

        def job(key: str, company: str, created: datetime, deadline: date | None,
                deleted: bool = False) -> orm.JobOrder:
            job_id = orm.new_id()
            ids[key] = job_id
            return orm.JobOrder(id=job_id, company_id=c[company], title=f"Job {key}",
                                created_at=created, deadline=deadline, status="open",
                                search_text=key, search_rowid=orm.search_rowid_for(job_id),
                                deleted_at=utc(2025, 6, 1) if deleted else None)

        s.add_all([
            job("J1", "C1", utc(2025, 1, 10, 9), date(2025, 2, 10)),
            job("J2", "C4", utc(2025, 2, 20, 9), date(2025, 3, 1)),
            job("J3", "C2", utc(2025, 3, 31, 22, 30), date(2025, 4, 30)),  # 1 April in Denmark
            job("J4", "C1", utc(2025, 4, 15, 9), None),
            job("J5", "C4", utc(2025, 5, 5, 9), date(2025, 6, 1), deleted=True),
            job("J6", "C1", utc(2025, 7, 1, 9), date(2025, 7, 31)),
        ])
        s.flush()

        def event(key: str, at: datetime, kind: str, new: str | None = None) -> orm.MediationEvent:
            return orm.MediationEvent(job_order_id=ids[key], at=at, kind=kind, new_status=new)

        s.add_all([
            event("J1", utc(2025, 1, 13, 10), "candidate_proposed"),
            event("J1", utc(2025, 2, 10, 22, 30), "status_change", "filled"),  # 23:30 on deadline
            event("J2", utc(2025, 2, 27, 9), "candidate_proposed"),
            event("J2", utc(2025, 3, 2, 9), "status_change", "expired"),
            event("J3", utc(2025, 4, 1, 8), "candidate_proposed"),  # same Danish day: 0 days
            event("J3", utc(2025, 5, 2, 8), "status_change", "filled"),  # after the deadline
            event("J4", utc(2025, 4, 20, 9), "status_change", "filled"),
            event("J5", utc(2025, 5, 6, 9), "status_change", "filled"),  # deleted job order
            event("J6", utc(2025, 7, 10, 9), "status_change", "filled"),
            event("J6", utc(2025, 7, 11, 9), "status_change", "open"),
            event("J6", utc(2025, 8, 1, 9), "status_change", "filled"),
        ])

        def follow_up(due: date, done: datetime | None, deleted: bool = False) -> orm.FollowUp:
            return orm.FollowUp(company_id=c["C1"], due=due, text="Ring op", done_at=done,
                                deleted_at=utc(2025, 1, 6) if deleted else None)

        s.add_all([
            follow_up(date(2025, 3, 10), None),
            follow_up(date(2025, 3, 31), None),
            follow_up(date(2025, 2, 1), utc(2025, 4, 10, 9)),
            follow_up(date(2025, 5, 1), utc(2025, 6, 30, 21, 30)),  # 30 June, 23:30: in time
            follow_up(date(2025, 5, 2), utc(2025, 6, 30, 22, 30)),  # 1 July, 00:30: too late
            follow_up(date(2025, 1, 5), None, deleted=True),
        ])

        def agreement(company: str, start: date, end: date | None,
                      deleted: bool = False) -> orm.Agreement:
            return orm.Agreement(company_id=c[company], type="samarbejdsaftale", start=start,
                                 end=end, deleted_at=utc(2025, 1, 1) if deleted else None)

        s.add_all([
            agreement("C1", date(2025, 1, 1), date(2025, 6, 30)),
            agreement("C1", date(2025, 3, 1), None),
            agreement("C4", date(2025, 10, 1), date(2026, 9, 30)),
            agreement("C2", date(2025, 2, 1), date(2025, 3, 30)),
            agreement("C4", date(2025, 1, 1), None, deleted=True),
        ])
        uow.commit()
    return services


def series(services, key: str, kind: PeriodKind = PeriodKind.QUARTER, starts=Q, **kw):  # noqa: ANN001, ANN003, ANN201
    values = IndicatorService(services.ctx, **kw).measure_series(key, kind, starts)
    return [values[s] for s in sorted(values)]


def test_company_contacts_respect_danish_period_boundaries(crm) -> None:  # noqa: ANN001
    assert series(crm, "company_contacts") == [2, 3, 1, 1]
    months = periods_in_span(date(2025, 1, 1), date(2025, 4, 30), PeriodKind.MONTH)
    assert series(crm, "company_contacts", PeriodKind.MONTH, months) == [1, 1, 0, 1]
    assert series(crm, "company_contacts", PeriodKind.YEAR, [date(2025, 1, 1)]) == [7]


def test_distinct_companies_visited(crm) -> None:  # noqa: ANN001
    assert series(crm, "company_visits") == [1, 2, 1, 1]
    assert series(crm, "company_visits", PeriodKind.YEAR, [date(2025, 1, 1)]) == [4]


def test_visits_per_consultant_counts_consultants_with_a_contact(crm) -> None:  # noqa: ANN001
    # Q4: one visit, but no consultant recorded a contact: nothing to divide by → grey.
    assert series(crm, "visits_per_consultant") == [0.5, 0.67, 1.0, None]


def test_share_of_companies_contacted_in_the_last_twelve_months(crm) -> None:  # noqa: ANN001
    # Register: C1, C2, C4 (C3 closed, C5 merged away, C6 deleted).
    # Q1 2025 window starts 1 April 2024, Danish time: C2's call at 00:30 counts, C4's at
    # 23:30 the evening before does not.
    assert series(crm, "companies_contacted_12m_share") == [66.7, 100.0, 100.0, 100.0]
    # January 2025's window starts 1 February 2024 and holds both 2024 calls.
    months = [date(2025, 1, 1), date(2025, 3, 1)]
    assert series(crm, "companies_contacted_12m_share", PeriodKind.MONTH, months) == [100.0, 66.7]


def test_own_cooperation_rate_counts_running_placements_of_counted_schemes(crm) -> None:  # noqa: ANN001
    assert series(crm, "cooperation_rate_own") == [100.0, 50.0, 50.0, 50.0]
    assert series(crm, "cooperation_rate_own", kommune_code="621") == [100.0, 0.0, 0.0, 100.0]


def test_placements_started_in_total_and_by_scheme(crm) -> None:  # noqa: ANN001
    assert series(crm, "placements_started") == [2, 2, 1, 1]
    assert series(crm, "placements_started:praktik") == [1, 1, 0, 0]
    assert series(crm, "placements_started:loentilskud") == [1, 0, 0, 1]
    assert series(crm, "placements_started:mentor") == [0, 0, 1, 0]


def test_share_of_ended_placements_in_ordinary_job(crm) -> None:  # noqa: ANN001
    assert series(crm, "placements_ordinary_job_share") == [100.0, 0.0, None, 100.0]


def test_job_orders_received_filled_and_filled_by_the_deadline(crm) -> None:  # noqa: ANN001
    assert series(crm, "job_orders_received") == [2, 2, 1, 0]
    assert series(crm, "job_orders_filled") == [1, 2, 1, 0]
    assert series(crm, "job_orders_filled_before_deadline_share") == [50.0, 50.0, 100.0, None]


def test_median_days_to_first_proposal_in_danish_days(crm) -> None:  # noqa: ANN001
    assert series(crm, "days_to_first_proposal") == [5, 0, None, None]


def test_overdue_follow_ups_at_the_end_of_each_period(crm) -> None:  # noqa: ANN001
    assert series(crm, "overdue_followups") == [2, 3, 2, 2]


def test_companies_with_an_active_agreement(crm) -> None:  # noqa: ANN001
    assert series(crm, "companies_with_active_agreement") == [1, 1, 1, 2]


def test_whole_catalogue_in_one_call_matches_the_single_measures(crm) -> None:  # noqa: ANN001
    keys = [m.key for m in measures.all_measures()] + ["placements_started:praktik"]
    requests = [SeriesRequest(k, PeriodKind.QUARTER, tuple(Q)) for k in keys]
    requests.append(SeriesRequest("company_contacts", PeriodKind.MONTH,
                                  tuple(periods_in_span(date(2025, 1, 1), date(2025, 12, 31),
                                                        PeriodKind.MONTH))))
    together = IndicatorService(crm.ctx).compute(requests)
    for request in requests:
        alone = IndicatorService(crm.ctx, parallel=1).compute([request])[request]
        assert together[request] == alone, request.measure_key


def test_unknown_measure_is_a_clear_error(crm) -> None:  # noqa: ANN001
    from jobcenter_desktop.domain.errors import ValidationError

    with pytest.raises(ValidationError, match="Ukendt måling"):
        series(crm, "coffee_per_consultant")


def _map_with_indicators() -> StrategyMap:
    m = StrategyMap(title="Testkort", vision_text="Lokal vækst", vision_year=2026,
                    span_start=date(2025, 1, 1), span_end=date(2026, 12, 31))
    area = m.add_focus_area(name="Virksomhedskontakten")
    goal = m.add_goal(text="Flere kontakter", focus_area_id=area.id)
    m.add_indicator(goal_id=goal.id, name="Kontakter", source=IndicatorSource.COMPUTED,
                    measure_key="company_contacts", period="quarter", id="contacts")
    m.add_indicator(goal_id=goal.id, name="Ventetid", source=IndicatorSource.COMPUTED,
                    measure_key="days_to_first_proposal", period="quarter", id="days")
    m.add_indicator(goal_id=goal.id, name="Samarbejdsgrad (jobindsats.dk)", unit="%",
                    period="year", id="official")
    m.add_measurement("official", date(2025, 1, 1), 27.5, entered_by="leder")
    return m


def test_map_recompute_fills_complete_periods_and_is_idempotent(crm) -> None:  # noqa: ANN001
    m = _map_with_indicators()
    values = IndicatorService(crm.ctx).compute_for_map(m, today=date(2026, 1, 15))
    assert {v.indicator_id for v in values} == {"contacts", "days"}
    assert max(v.period_start for v in values) == date(2025, 10, 1)  # Q1 2026 still running
    result = apply_computed(m, values)
    assert result.changed == 4 + 2  # four quarters of contacts, two quarters with proposals
    assert [v.value for v in m.measurements("contacts")] == [2, 3, 1, 1]
    assert all(v.entered_by == COMPUTED_BY for v in m.measurements("contacts"))
    assert m.measurement("official", date(2025, 1, 1)).value == 27.5  # manual stays
    again = apply_computed(m, IndicatorService(crm.ctx).compute_for_map(m, today=date(2026, 1, 15)))
    assert again.changed == again.removed == 0
    assert not m.history("contacts")  # an unchanged recompute leaves no revision


def test_recompute_replaces_and_removes_stale_computed_values(crm) -> None:  # noqa: ANN001
    m = _map_with_indicators()
    m.add_measurement("contacts", date(2025, 1, 1), 99, entered_by=COMPUTED_BY)
    m.add_measurement("days", date(2025, 7, 1), 12, entered_by=COMPUTED_BY)  # now nothing there
    apply_computed(m, IndicatorService(crm.ctx).compute_for_map(m, today=date(2026, 1, 15)))
    assert m.measurement("contacts", date(2025, 1, 1)).value == 2
    assert m.measurement("days", date(2025, 7, 1)) is None
    revision = m.history("contacts")[-1]
    assert (revision.old, revision.new) == (99, 2)
