"""Reference data: postcode, kommune, occupation and industry lookups, admin CSV imports,
and the build step that produces resources/data."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from jobcenter_desktop.domain.errors import ValidationError
from jobcenter_desktop.domain.refdata import (
    CsvImportError,
    Occupation,
    ReferenceData,
    default_reference_data,
    merge_occupations,
    parse_industries_csv,
    parse_kommuner_csv,
    parse_occupations_csv,
    parse_postcodes_csv,
    resources_dir,
)

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def shipped() -> ReferenceData:
    return ReferenceData.from_directory(REPO / "resources" / "data")


def small_occupations() -> ReferenceData:
    """A hand-made slice of DISCO-08 with Danish titles, as after an admin import."""
    return ReferenceData(
        occupations=[
            Occupation("7", 1, None, "Håndværkere", "Craft and related trades workers"),
            Occupation("72", 2, "7", "Metal- og maskinarbejde", "Metal, machinery workers"),
            Occupation("721", 3, "72", "Pladesmede og svejsere", "Sheet metal workers, welders"),
            Occupation("7212", 4, "721", "Svejsere og flammeskærere", "Welders and flame cutters"),
            Occupation("7213", 4, "721", "Pladesmede", "Sheet metal workers"),
            Occupation("2221", 4, "222", "", "Nursing professionals"),
        ]
    )


# --------------------------------------------------------------------------- shipped tables


def test_shipped_tables_load_with_the_documented_row_counts(shipped):
    assert len(shipped.postcodes()) == 1124
    assert len(shipped.kommuner()) == 98
    assert len(shipped.occupations()) == 619
    assert len(shipped.industries()) == 996


def test_default_reference_data_is_loaded_once():
    assert default_reference_data() is default_reference_data()


def test_resources_dir_is_the_repo_folder_and_the_bundle_folder_when_frozen(monkeypatch, tmp_path):
    assert resources_dir() == REPO / "resources"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"


# --------------------------------------------------------------------------- postcodes


def test_postcode_lookup_gives_town_kommune_and_coordinates(shipped):
    aarhus = shipped.postcode("8000")
    assert aarhus.town == "Aarhus C"
    assert aarhus.kommune_code == "751"
    assert aarhus.kommune_name == "Aarhus Kommune"
    assert aarhus.region == "Region Midtjylland"
    assert aarhus.has_coordinates
    assert aarhus.label == "8000 Aarhus C"


def test_postcode_accepts_what_users_and_excel_produce(shipped):
    # Excel drops the leading zero; users type "DK-" prefixes.
    assert shipped.postcode("800").postnr == "0800"
    assert shipped.postcode(" DK-2800 ").town == "Kongens Lyngby"
    assert shipped.postcode("abcd") is None
    assert shipped.postcode("9999") is None


def test_postcode_in_several_kommuner_has_no_single_kommune(shipped):
    frederiksberg = shipped.postcode("2000")
    assert frederiksberg.kommune_code is None
    assert frederiksberg.kommune_codes == ("101", "147")
    assert frederiksberg in shipped.postcodes_in_kommune("147")
    assert frederiksberg in shipped.postcodes_in_kommune(101)


def test_special_postcode_has_no_coordinates(shipped):
    udland = shipped.postcode("0960")
    assert udland is not None
    assert not udland.has_coordinates


def test_require_postcode_rejects_unknown_postcode_in_danish(shipped):
    with pytest.raises(ValidationError) as caught:
        shipped.require_postcode("9999")
    assert caught.value.field == "postcode"
    assert "Postnummer 9999 findes ikke" in caught.value.message("da")
    assert "9999" in caught.value.message("en")


def test_require_postcode_rejects_bad_format_on_the_same_field(shipped):
    with pytest.raises(ValidationError) as caught:
        shipped.require_postcode("12")
    assert caught.value.field == "postcode"
    assert shipped.require_postcode("5000").town == "Odense C"


def test_town_for(shipped):
    assert shipped.town_for("2800") == "Kongens Lyngby"
    assert shipped.town_for("0000") is None


# --------------------------------------------------------------------------- kommuner


def test_kommune_lookup_accepts_numbers_and_short_codes(shipped):
    assert shipped.kommune(101).name == "Københavns Kommune"
    assert shipped.kommune("101").region_name == "Region Hovedstaden"
    assert shipped.kommune("999") is None
    assert shipped.kommune(None) is None


def test_kommuner_are_in_danish_alphabetical_order(shipped):
    names = [k.name for k in shipped.kommuner()]
    assert names[0] == "Aabenraa Kommune"
    assert names[-1] == "Ærø Kommune"  # æ, ø, å come after z


# --------------------------------------------------------------------------- occupations


def test_occupation_title_prefers_danish_and_falls_back_to_english():
    data = small_occupations()
    assert data.occupation("7212").title == "Svejsere og flammeskærere"
    assert data.occupation("2221").title == "Nursing professionals"
    assert data.occupation("7212").title_in("en") == "Welders and flame cutters"


def test_shipped_occupations_have_english_titles_until_danish_are_imported(shipped):
    welders = shipped.occupation("7212")
    assert welders.title_da == ""
    assert welders.title == "Welders and flame cutters"
    assert welders.level == 4 and welders.parent == "721"


def test_occupation_ancestors_from_major_group_down(shipped):
    assert [o.code for o in shipped.occupation_ancestors("7212")] == ["7", "72", "721"]
    # A Danish 6-digit code is not in the table, but its groups are.
    assert [o.code for o in shipped.occupation_ancestors("721210")] == ["7", "72", "721", "7212"]
    assert shipped.occupation_ancestors("7") == []
    assert shipped.occupation_ancestors("") == []


def test_search_occupations_by_code_prefix(shipped):
    hits = shipped.search_occupations("721")
    assert [o.code for o in hits] == ["721", "7211", "7212", "7213", "7214", "7215"]
    assert len(shipped.search_occupations("7", limit=3)) == 3


def test_search_occupations_by_folded_title_words():
    data = small_occupations()
    # "svejs" is the start of a word; æøå can be typed spelled out.
    assert [o.code for o in data.search_occupations("svejs")] == ["7212", "721"]
    assert [o.code for o in data.search_occupations("flammeskaerer")] == ["7212"]
    assert [o.code for o in data.search_occupations("FLAMMESKÆRER")] == ["7212"]
    # English titles are searched as well, and all words must match.
    assert [o.code for o in data.search_occupations("flame weld")] == ["7212"]
    assert data.search_occupations("tandlæge") == []
    assert data.search_occupations("   ") == []


def test_search_shipped_occupations_in_english(shipped):
    assert shipped.search_occupations("welders")[0].code == "7212"


# --------------------------------------------------------------------------- industries


def test_industry_by_nace_or_db07_code(shipped):
    cereals = shipped.industry("01.11")
    assert cereals is shipped.industry("0111")
    assert cereals.section == "A"
    assert cereals.title_da.startswith("Dyrkning af korn")
    assert shipped.industry("a").level == 1
    assert shipped.industry("99.99") is None


def test_industry_section_for_any_level_and_six_digit_db07_codes(shipped):
    assert shipped.industry_section("47.11").code == "G"
    assert shipped.industry_section("471100").code == "G"  # DB07 sub-class
    assert shipped.industry_section("G").code == "G"
    assert shipped.industry_section("XYZ") is None


# --------------------------------------------------------------------------- admin imports


def test_occupation_import_with_only_code_and_danish_title_updates_titles(shipped):
    text = "code,title_da\n7212,Svejsere og flammeskærere\n721,Pladesmede og svejsere\n"
    imported = parse_occupations_csv(text)
    assert [(o.code, o.level, o.parent) for o in imported] == [
        ("7212", 4, "721"),
        ("721", 3, "72"),
    ]
    merged = merge_occupations(shipped.occupations(), imported)
    assert len(merged) == 619
    updated = ReferenceData(occupations=merged)
    welders = updated.occupation("7212")
    assert welders.title == "Svejsere og flammeskærere"
    assert welders.title_en == "Welders and flame cutters"  # kept
    assert updated.search_occupations("svejser")[0].code == "7212"


def test_occupation_import_from_danish_excel_with_bom_and_semicolons():
    text = "\ufeffcode;title_da;note\r\n7212;Svejsere;fra DST\r\n\r\n"
    assert parse_occupations_csv(text) == [Occupation("7212", 4, "721", "Svejsere", "")]


def test_occupation_import_adds_national_six_digit_codes_under_their_unit_group():
    text = 'code,title_da\n7212,Svejsere\n721210,"Svejser, MIG/MAG"\n'
    assert parse_occupations_csv(text)[1] == Occupation("721210", 6, "7212", "Svejser, MIG/MAG", "")
    # An unquoted comma gives an extra field, reported on its row rather than cutting the title.
    with pytest.raises(CsvImportError) as caught:
        parse_occupations_csv("code,title_da\n7212,Svejsere\n721210,Svejser, MIG/MAG\n")
    assert caught.value.errors[0].row == 3


def test_broken_occupation_import_lists_every_error_with_its_row_number():
    text = (
        "code,level,title_da\n"
        "7212,4,Svejsere\n"  # row 2: fine
        "72a,3,Forkert kode\n"  # row 3: not digits
        "7213,3,Pladesmede\n"  # row 4: level does not fit
        "7214,4,\n"  # row 5: no title
        "7212,4,Svejsere igen\n"  # row 6: duplicate of row 2
    )
    with pytest.raises(CsvImportError) as caught:
        parse_occupations_csv(text)
    errors = caught.value.errors
    assert [e.row for e in errors] == [3, 4, 5, 6]
    assert "72a" in errors[0].da
    assert "række 2" in errors[3].da
    message = caught.value.message("da")
    assert "Række 3:" in message and "Række 6:" in message
    assert caught.value.message("en").count("Row ") == 4


def test_occupation_import_without_any_title_column_is_refused_at_the_header():
    with pytest.raises(CsvImportError) as caught:
        parse_occupations_csv("code,titel\n7212,Svejsere\n")
    assert caught.value.errors[0].row == 1
    assert "title_da" in caught.value.errors[0].da


def test_empty_import_file_is_refused():
    with pytest.raises(CsvImportError) as caught:
        parse_occupations_csv("")
    assert "tom" in caught.value.message("da")


def test_broken_postcode_import_reports_rows():
    text = (
        "postnr,town,lat,lon,kommune_code\n"
        "8000,Aarhus C,56.15,10.27,751\n"
        "80000,For langt,,,\n"  # row 3
        "8200,Aarhus N,156.2,10.2,751\n"  # row 4: latitude off the map
        "8210,Aarhus V,56.17,,751\n"  # row 5: half a coordinate
        "8220,,56.1,10.1,7510\n"  # row 6: no town and a bad kommune code
        "8000,Aarhus C igen,,,\n"  # row 7: duplicate
    )
    with pytest.raises(CsvImportError) as caught:
        parse_postcodes_csv(text)
    rows = [e.row for e in caught.value.errors]
    assert rows == [3, 4, 5, 6, 6, 7]
    assert caught.value.errors[0].column == "postnr"


def test_postcode_import_accepts_decimal_commas_and_fills_kommune_codes():
    text = (
        'postnr;town;lat;lon;kommune_code;kommune_name\n8000;Aarhus C;"56,15";"10,27";751;Aarhus\n'
    )
    postcode = parse_postcodes_csv(text)[0]
    assert (postcode.lat, postcode.lon) == (56.15, 10.27)
    assert postcode.kommune_codes == ("751",)


def test_broken_kommune_and_industry_imports_report_rows():
    with pytest.raises(CsvImportError) as caught:
        parse_kommuner_csv("code,name\n101,København\n1011,Forkert\n101,Igen\n")
    assert [e.row for e in caught.value.errors] == [3, 4]
    text = (
        "code,level,section,parent,title_da\n"
        "A,1,A,,Landbrug\n"
        "01.1,2,A,A,Forkert niveau\n"  # row 3
        "01,2,A,,Mangler overordnet\n"  # row 4
    )
    with pytest.raises(CsvImportError) as caught:
        parse_industries_csv(text)
    assert [e.row for e in caught.value.errors] == [3, 4]


# --------------------------------------------------------------------------- build step


def _load_build_tool():
    spec = importlib.util.spec_from_file_location(
        "build_resources", REPO / "tools" / "build_resources.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(
    not (REPO.parent / "shared" / "data" / "postcodes.csv").is_file(),
    reason="shared/data is not next to the repository",
)
def test_build_step_reproduces_the_committed_files_byte_for_byte(tmp_path):
    tool = _load_build_tool()
    built = tool.build(REPO.parent / "shared" / "data")
    for name, content in built.items():
        committed = (REPO / "resources" / "data" / name).read_bytes()
        assert committed == content.encode("utf-8"), f"{name} is out of date: run make resources"
    # Running it twice writes nothing the second time.
    assert tool.main(["--out", str(tmp_path)], echo=lambda _: None) == 0
    before = {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()}
    assert tool.main(["--out", str(tmp_path), "--check"], echo=lambda _: None) == 0
    assert tool.main(["--out", str(tmp_path)], echo=lambda _: None) == 0
    assert {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()} == before


def test_build_step_fails_clearly_on_a_broken_source(tmp_path):
    tool = _load_build_tool()
    (tmp_path / "kommuner.csv").write_text(
        "kommune_kode,kommune_navn,region_kode,region_navn\n1011,X,1084,Y\n", encoding="utf-8"
    )
    messages: list[str] = []
    assert tool.main(["--shared", str(tmp_path), "--out", str(tmp_path)], echo=messages.append) == 2
    assert "kommuner.csv row 2" in messages[0]
