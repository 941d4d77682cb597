"""Dated rule tables: loading, validation with row-numbered errors, and lookups by date."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from jobcenter_desktop.domain.errors import ValidationError
from jobcenter_desktop.domain.refdata import CsvImportError
from jobcenter_desktop.domain.rules import RuleBook, normalize_sector

RULES_DIR = Path(__file__).resolve().parents[2] / "resources" / "rules"

GROUPS_HEADER = "code,name_da,name_en,valid_from,grant_until,valid_to,source,verified\n"
SCHEMES_HEADER = GROUPS_HEADER
RULES_HEADER = (
    "scheme_code,target_group_code,employer_sector,param,value,unit,valid_from,valid_to,"
    "source,verified,note\n"
)
MAP_HEADER = "old_code,new_code,valid_from,source,verified\n"

GROUPS = (
    GROUPS_HEADER
    + "A,Gruppe A,Group A,2020-01-01,,2026-12-31,lov 1 §1,true\n"
    + "B,Gruppe B,Group B,2020-01-01,2026-01-31,2026-12-31,lov 1 §2,true\n"
    + "NY,Ny gruppe,New group,2027-01-01,,,lov 2 §1,false\n"
)
SCHEMES = (
    SCHEMES_HEADER
    + "P,Praktik,Internship,,,,lov 1 §10,true\n"
    + "OLD,Gammel ordning,Old scheme,,2026-01-31,,lov 3 §1,true\n"
)


def book(rules: str = "", mapping: str = "") -> RuleBook:
    return RuleBook.from_csv_texts(GROUPS, SCHEMES, RULES_HEADER + rules, MAP_HEADER + mapping)


@pytest.fixture(scope="module")
def shipped() -> RuleBook:
    return RuleBook.from_directory(RULES_DIR)


def csv_rows(name: str) -> list[dict[str, str]]:
    with (RULES_DIR / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# --------------------------------------------------------------------------- shipped files


def test_every_shipped_rule_row_loads(shipped):
    assert len(shipped.target_groups) == len(csv_rows("target_groups.csv")) == 19
    assert len(shipped.schemes) == len(csv_rows("schemes.csv")) == 11
    assert len(shipped.scheme_rules) == len(csv_rows("scheme_rules.csv"))
    assert len(shipped.target_group_map) == len(csv_rows("target_group_map.csv")) == 14


def test_every_shipped_row_names_its_source(shipped):
    rows = [*shipped.target_groups, *shipped.schemes, *shipped.scheme_rules]
    rows += list(shipped.target_group_map)
    assert all(r.source.strip() for r in rows)


def test_shipped_files_round_trip_byte_for_byte(shipped):
    for name, text in shipped.to_csv_texts().items():
        assert (RULES_DIR / name).read_text(encoding="utf-8") == text, name


def test_values_marked_verify_in_the_domain_doc_are_unverified(shipped):
    # Every old target group ends on a date DOMAIN.md marks "(verify)".
    assert not any(g.verified for g in shipped.target_groups)
    assert not shipped.scheme("JR").verified
    assert not shipped.scheme("IGU").verified
    rounding = shipped.rule("*", None, None, "ratio_fte_rounding", date(2026, 5, 1))
    assert rounding.value == "floor" and not rounding.verified
    four_weeks = shipped.rule("VP", "DP", None, "max_duration", date(2026, 5, 1))
    assert four_weeks.verified


def test_the_proposed_2027_groups_are_marked_as_proposals(shipped):
    new = shipped.target_groups_on(date(2027, 1, 2))
    assert [g.code for g in new] == ["DAGPENGE", "JOBSOEG", "JOBHJAELP", "SYGEDAGP", "OEVRIGE"]
    assert all("forslag" in g.name_da and "proposal" in g.name_en for g in new)
    assert not any(g.verified for g in new)


# --------------------------------------------------------------------------- dates


def test_target_groups_offered_change_when_the_reform_closes_groups(shipped):
    before = [g.code for g in shipped.target_groups_on(date(2026, 1, 15))]
    after = [g.code for g in shipped.target_groups_on(date(2026, 3, 1))]
    assert "RF" in before and "REV" in before
    assert "RF" not in after and "REV" not in after
    assert len(before) == 14 and len(after) == 12
    # Running ressourceforløb continue: the group is still in force for people in it.
    running = [g.code for g in shipped.target_groups_on(date(2026, 3, 1), new_cases=False)]
    assert "RF" in running


def test_the_thirteen_groups_end_and_the_new_ones_start_at_new_year_2027(shipped):
    last_old_day = {g.code for g in shipped.target_groups_on(date(2026, 12, 31), new_cases=False)}
    first_days = {g.code for g in shipped.target_groups_on(date(2027, 1, 2), new_cases=False)}
    assert "DP" in last_old_day and "DAGPENGE" not in last_old_day
    assert "DP" not in first_days and "DAGPENGE" in first_days
    assert last_old_day.isdisjoint(first_days)


def test_historic_target_groups_stay_readable(shipped):
    assert shipped.target_group("RF").name_da == "Person i ressourceforløb"
    assert shipped.target_group("RF", date(2030, 1, 1)) is None
    assert shipped.target_group("RF", date(2026, 6, 1)).grant_until == date(2026, 1, 31)
    assert shipped.target_group("NOPE") is None


def test_jobrotation_cannot_be_granted_after_january_2026_but_runs_on(shipped):
    assert shipped.can_grant("JR", date(2026, 1, 31))
    assert not shipped.can_grant("JR", date(2026, 2, 1))
    assert shipped.scheme("JR", date(2026, 6, 1)) is not None  # running cases continue
    assert "JR" in [s.code for s in shipped.schemes_on(date(2026, 1, 15))]
    assert "JR" not in [s.code for s in shipped.schemes_on(date(2026, 3, 1))]
    assert "JR" in [s.code for s in shipped.schemes_on(date(2026, 3, 1), new_cases=False)]
    assert not shipped.can_grant("NOPE", date(2026, 1, 1))


def test_igu_starts_mid_2016_and_closes_for_new_courses_after_2027(shipped):
    assert not shipped.can_grant("IGU", date(2016, 6, 30))
    assert shipped.can_grant("IGU", date(2016, 7, 1))
    assert shipped.can_grant("IGU", date(2027, 12, 31))
    assert not shipped.can_grant("IGU", date(2028, 1, 1))


def test_a_parameter_that_changes_on_a_date():
    rules = (
        "P,A,*,max_duration,4,weeks,2020-01-01,2026-01-31,lov 1 §10,true,\n"
        "P,A,*,max_duration,6,weeks,2026-02-01,,lov 4 §10,false,ny regel\n"
    )
    rb = book(rules)
    before = rb.rule("P", "A", None, "max_duration", date(2026, 1, 15))
    after = rb.rule("P", "A", None, "max_duration", date(2026, 3, 1))
    assert (before.value, before.source, before.verified) == ("4", "lov 1 §10", True)
    assert (after.value, after.source, after.verified, after.note) == (
        "6",
        "lov 4 §10",
        False,
        "ny regel",
    )
    # valid_to is the last day in force.
    assert rb.rule("P", "A", None, "max_duration", date(2026, 1, 31)).value == "4"
    assert rb.rule("P", "A", None, "max_duration", date(2026, 2, 1)).value == "6"
    assert rb.rule("P", "A", None, "max_duration", date(2019, 12, 31)) is None


def test_empty_valid_from_means_before_the_data_begins():
    rb = book("*,*,*,ratio_minimum,1,persons,,,lov 1 §20,true,\n")
    assert rb.rule("*", None, None, "ratio_minimum", date(1990, 1, 1)).as_int() == 1


def test_shipped_counting_basis_changes_in_2020(shipped):
    assert (
        shipped.rule("*", None, None, "ratio_counting_basis", date(2019, 12, 31)).value == "heads"
    )
    assert shipped.rule("*", None, None, "ratio_counting_basis", date(2020, 1, 1)).value == "hours"


# --------------------------------------------------------------------------- wildcards


def test_specific_rows_beat_wildcards_in_the_documented_order():
    rules = (
        "P,*,*,waiting_months,0,months,,,lov 1 §1,true,\n"
        "P,A,*,waiting_months,6,months,,,lov 1 §2,true,\n"
        "P,A,public,waiting_months,3,months,,,lov 1 §3,true,\n"
        "P,*,private,waiting_months,9,months,,,lov 1 §4,true,\n"
        "*,A,*,waiting_months,12,months,,,lov 1 §5,true,\n"
    )
    rb = book(rules)
    day = date(2025, 1, 1)
    assert rb.rule("P", "A", "public", "waiting_months", day).value == "3"
    assert rb.rule("P", "A", "offentlig", "waiting_months", day).value == "3"
    # Target group beats sector: the A row wins over the private-sector wildcard.
    assert rb.rule("P", "A", "private", "waiting_months", day).value == "6"
    assert rb.rule("P", "B", "private", "waiting_months", day).value == "9"
    assert rb.rule("P", "B", None, "waiting_months", day).value == "0"
    assert rb.rule("P", None, None, "waiting_months", day).value == "0"
    # An exact scheme beats the "*" scheme.
    assert rb.rule("OLD", "A", None, "waiting_months", day).value == "12"
    assert rb.rule("OLD", "B", None, "waiting_months", day) is None
    assert rb.has_param("P", "waiting_months", day)
    assert not rb.has_param("OLD", "waiting_months", day)


def test_shipped_wildcards(shipped):
    day = date(2026, 5, 1)
    assert shipped.rule("LT_PRIV", "DP", "private", "waiting_exempt_over_age", day).as_int() == 50
    assert shipped.rule("FLEX", "FJV", None, "eligible", day).as_bool() is True
    assert shipped.rule("FLEX", "DP", None, "eligible", day).as_bool() is False
    assert shipped.rule("*", None, "public", "net_additional_budget_check", day).as_bool()
    assert shipped.rule("*", None, "private", "net_additional_budget_check", day) is None


def test_sector_names_in_danish_and_english():
    assert normalize_sector("Privat") == "private"
    assert normalize_sector("offentlig") == "public"
    assert normalize_sector("") is None
    with pytest.raises(ValidationError):
        normalize_sector("kommunal")


def test_rule_value_conversions_fail_with_a_danish_message():
    rb = book("P,*,*,custom_rate,høj,DKK,,,lov 1 §1,true,\n")
    value = rb.rule("P", None, None, "custom_rate", date(2025, 1, 1))
    with pytest.raises(ValidationError) as caught:
        value.as_int()
    assert "custom_rate" in caught.value.message("da")
    assert str(value) == "høj DKK"


# --------------------------------------------------------------------------- mapping


def test_map_target_group_from_its_date(shipped):
    assert shipped.map_target_group("DP", date(2026, 12, 31)) == "DP"
    assert shipped.map_target_group("DP", date(2027, 1, 1)) == "DAGPENGE"
    assert shipped.map_target_group("KH_AP", date(2027, 6, 1)) == "JOBHJAELP"
    assert shipped.map_target_group("DAGPENGE", date(2027, 6, 1)) == "DAGPENGE"
    assert not shipped.mapping_for("DP", date(2027, 1, 1)).verified


def test_mappings_chain_and_loops_do_not_hang():
    rb = book(mapping="A,NY,2027-01-01,lov 2 §1,true\nB,A,2026-06-01,lov 2 §2,true\n")
    assert rb.map_target_group("B", date(2026, 7, 1)) == "A"
    assert rb.map_target_group("B", date(2027, 7, 1)) == "NY"
    looped = book(mapping="A,B,2027-01-01,x,true\nB,A,2027-01-01,y,true\n")
    assert looped.map_target_group("A", date(2027, 2, 1)) in {"A", "B"}


# --------------------------------------------------------------------------- broken files


def errors_of(**texts: str) -> list:
    args = {
        "target_groups": GROUPS,
        "schemes": SCHEMES,
        "scheme_rules": RULES_HEADER,
        "target_group_map": MAP_HEADER,
    }
    args.update(texts)
    with pytest.raises(CsvImportError) as caught:
        RuleBook.from_csv_texts(**args)
    return caught.value.errors


def test_bad_date_is_reported_with_file_and_row():
    groups = GROUPS + "C,Gruppe C,Group C,2020-13-01,,,lov 1 §3,true\n"
    [error] = errors_of(target_groups=groups)
    assert (error.table, error.row, error.column) == ("target_groups.csv", 5, "valid_from")
    assert "2020-13-01" in error.da
    assert error.message("da").startswith("target_groups.csv, række 5:")


def test_danish_dates_typed_in_excel_are_accepted():
    groups = GROUPS + "C,Gruppe C,Group C,01-02-2026,,,lov 1 §3,ja\n"
    rb = RuleBook.from_csv_texts(groups, SCHEMES)
    assert rb.target_group("C").valid_from == date(2026, 2, 1)
    assert rb.target_group("C").verified


def test_valid_to_before_valid_from_is_refused():
    schemes = SCHEMES + "X,X,X,2026-02-01,,2026-01-31,lov 1 §4,true\n"
    [error] = errors_of(schemes=schemes)
    assert (error.table, error.row, error.column) == ("schemes.csv", 4, "valid_to")
    assert "ligger før valid_from" in error.da


def test_grant_until_after_valid_to_is_refused():
    schemes = SCHEMES + "X,X,X,2020-01-01,2027-01-01,2026-12-31,lov 1 §4,true\n"
    [error] = errors_of(schemes=schemes)
    assert (error.row, error.column) == (4, "grant_until")


def test_rule_for_unknown_scheme_or_group_is_refused():
    rules = RULES_HEADER + (
        "P,A,*,eligible,true,,,,lov 1 §1,true,\n"
        "LT,A,*,eligible,true,,,,lov 1 §1,true,\n"  # row 3: unknown scheme
        "P,ZZ,*,eligible,true,,,,lov 1 §1,true,\n"  # row 4: unknown group
        "P,A,kommunal,eligible,true,,,,lov 1 §1,true,\n"  # row 5: bad sector
    )
    errors = errors_of(scheme_rules=rules)
    assert [(e.row, e.column) for e in errors] == [
        (3, "scheme_code"),
        (4, "target_group_code"),
        (5, "employer_sector"),
    ]
    assert "Ukendt ordning «LT»" in errors[0].da


def test_two_rows_for_the_same_key_that_overlap_in_time_are_refused():
    rules = RULES_HEADER + (
        "P,A,*,max_duration,4,weeks,2020-01-01,2026-06-30,lov 1 §10,true,\n"
        "P,A,*,max_duration,6,weeks,2026-06-30,,lov 4 §10,true,\n"  # row 3: one day overlap
        "P,A,private,max_duration,8,weeks,2020-01-01,,lov 4 §11,true,\n"  # other key: fine
    )
    [error] = errors_of(scheme_rules=rules)
    assert (error.table, error.row) == ("scheme_rules.csv", 3)
    assert "overlapper række 2" in error.da


def test_an_open_ended_row_overlaps_every_later_row():
    groups = GROUPS + "A,Gruppe A igen,Group A,2026-06-01,,,lov 1 §1,true\n"
    [error] = errors_of(target_groups=groups)
    assert error.row == 5 and "række 2" in error.da


def test_values_the_app_reads_are_type_checked_on_load():
    rules = RULES_HEADER + (
        "P,A,*,max_duration,fire,weeks,,,lov 1 §10,true,\n"  # row 2
        "P,B,*,max_duration,4,uger,,,lov 1 §10,true,\n"  # row 3: unit must be English key
        "P,A,*,eligible,måske,,,,lov 1 §10,true,\n"  # row 4
        "*,*,*,ratio_first_band_per,0,employees,,,lov 1 §10,true,\n"  # row 5: division by 0
        "P,A,*,max_duration_new_graduate,unlimited,weeks,,,lov 1 §10,true,\n"  # fine
    )
    errors = errors_of(scheme_rules=rules)
    assert [(e.row, e.column) for e in errors] == [
        (2, "value"),
        (3, "unit"),
        (4, "value"),
        (5, "value"),
    ]


def test_missing_source_bad_verified_and_missing_columns_are_reported():
    groups = GROUPS + "C,Gruppe C,Group C,,,,,måske\n"
    errors = errors_of(target_groups=groups, schemes="code,name_da\nP,Praktik\n")
    described = [(e.table, e.row, e.column) for e in errors]
    assert ("target_groups.csv", 5, "source") in described
    assert ("target_groups.csv", 5, "verified") in described
    assert ("schemes.csv", 1, None) in described
    header_error = next(e for e in errors if e.table == "schemes.csv")
    assert "valid_from" in header_error.da


def test_bad_mapping_rows_are_reported():
    mapping = MAP_HEADER + (
        "A,NY,2027-01-01,lov 2,true\n"
        "A,NY,2027-01-01,lov 2,true\n"  # row 3: duplicate
        "A,QQ,2027-01-01,lov 2,true\n"  # row 4: unknown new group
        "B,NY,,lov 2,true\n"  # row 5: no date
    )
    errors = errors_of(target_group_map=mapping)
    assert [(e.row, e.column) for e in errors] == [
        (3, "valid_from"),
        (4, "new_code"),
        (5, "valid_from"),
    ]


def test_all_errors_from_all_files_are_reported_together():
    errors = errors_of(
        target_groups=GROUPS + "c,lowercase,x,,,,lov,true\n",
        scheme_rules=RULES_HEADER + "P,A,*,eligible,true,,2026-01-01,2025-01-01,lov,true,\n",
    )
    assert {e.table for e in errors} == {"target_groups.csv", "scheme_rules.csv"}


def test_missing_rule_directory_file_is_a_clear_error(tmp_path):
    (tmp_path / "schemes.csv").write_text(SCHEMES, encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        RuleBook.from_directory(tmp_path)
    assert "target_groups.csv" in caught.value.message("da")
    (tmp_path / "target_groups.csv").write_text(GROUPS, encoding="utf-8")
    rb = RuleBook.from_directory(tmp_path)  # rules and mapping files are optional
    assert rb.scheme_rules == () and rb.target_group_map == ()
