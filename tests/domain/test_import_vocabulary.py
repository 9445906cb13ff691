"""What clerks type, and what it means: blanks, full-width characters, 是/否, ID numbers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.enums import FieldRole, UnitCategory, UnitKind
from desktop_app.domain.import_schema import UNIT_COLUMNS, header_key, match_headers
from desktop_app.domain.import_vocabulary import (
    ParseError,
    clean_text,
    kind_from_name,
    match_key,
    parse_bool,
    parse_choice,
    parse_id_number,
    parse_int,
    split_list,
)


@pytest.mark.parametrize(
    ("typed", "clean"),
    [
        ("李  梅", "李梅"),
        ("李　梅", "李梅"),
        ("  青溪县应急管理局\n", "青溪县应急管理局"),
        ("青溪县公安局(交警大队)", "青溪县公安局（交警大队）"),
        ("ＱＸ－ＢＭ０１", "QX－BM01"),
        ("John  Smith", "John Smith"),
        ("安全\u200b生产", "安全生产"),
        ("=1+1", "=1+1"),
    ],
)
def test_clean_text_accepts_the_mess(typed: str, clean: str) -> None:
    assert clean_text(typed) == clean


@given(st.text())
def test_clean_text_is_idempotent_and_trimmed(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once
    assert once == once.strip()


def test_names_compare_without_blanks_width_or_case() -> None:
    assert match_key("青溪县公安局（交警大队）") == match_key("青溪县公安局 (交警大队)")
    assert match_key("QX-bm01") == match_key("ＱＸ-ＢＭ01")


@pytest.mark.parametrize("yes", [True, "是", "√", "Y", "yes", "1", 1, "TRUE", "✓"])
def test_yes(yes: object) -> None:
    assert parse_bool(yes) is True  # type: ignore[arg-type]


@pytest.mark.parametrize("no", [False, "否", "×", "N", "0", 0, "false"])
def test_no(no: object) -> None:
    assert parse_bool(no) is False  # type: ignore[arg-type]


def test_numbers_stored_as_text_are_numbers() -> None:
    assert parse_int("２０２６") == 2026
    assert parse_int(" 12 ") == 12
    assert parse_int(12.0) == 12
    with pytest.raises(ParseError):
        parse_int("十二")


def test_choices_accept_the_words_clerks_use() -> None:
    assert parse_choice("综合", UnitCategory) is UnitCategory.COMPREHENSIVE
    assert parse_choice("行业监管部门", UnitCategory) is UnitCategory.INDUSTRY
    assert parse_choice("乡镇（街道）", UnitKind) is UnitKind.TOWNSHIP
    assert parse_choice("牵头部门", FieldRole) is FieldRole.LEAD
    assert parse_choice("lead", FieldRole) is FieldRole.LEAD
    with pytest.raises(ParseError) as unknown:
        parse_choice("负责", FieldRole)
    assert unknown.value.facts["choices"] == "牵头、配合、主体、属地"


def test_a_kind_is_guessed_from_the_name() -> None:
    assert kind_from_name("青溪县应急管理局") is UnitKind.DEPARTMENT
    assert kind_from_name("青溪镇") is UnitKind.TOWNSHIP
    assert kind_from_name("城关街道") is UnitKind.TOWNSHIP
    assert kind_from_name("华兴化工有限公司") is UnitKind.ENTERPRISE
    assert kind_from_name("一号车间") is UnitKind.WORKSHOP


def test_id_numbers() -> None:
    assert parse_id_number("11010119900307002x") == "11010119900307002X"
    assert parse_id_number("110101199003071233") == "110101199003071233"
    assert parse_id_number(110101900307123) == "110101900307123"  # old 15-digit, exact as a number
    with pytest.raises(ParseError) as lost:
        parse_id_number(110101199003071233)
    assert lost.value.reason == "id_stored_as_number"
    with pytest.raises(ParseError) as lost_float:
        parse_id_number(1.10101199003071e17)
    assert lost_float.value.reason == "id_stored_as_number"
    with pytest.raises(ParseError) as check:
        parse_id_number("110101199003071234")
    assert (check.value.reason, check.value.facts) == ("id_bad_check_digit", {"expected": "3"})


def test_lists_in_one_cell() -> None:
    assert split_list("应急管理局、青溪镇；城关街道,\n公安局") == [
        "应急管理局",
        "青溪镇",
        "城关街道",
        "公安局",
    ]


def test_headers_match_with_marks_notes_and_padding() -> None:
    headers = ["序  号", "*单位名称（必填）", "主管单位：", "联系电话（手机）", "类型", "其它"]
    mapping = match_headers(headers, UNIT_COLUMNS)
    assert mapping == {"seq": 0, "name": 1, "parent": 2, "phone": 3, "kind": 4}
    assert header_key("上级单位：") == header_key("上级单位")
