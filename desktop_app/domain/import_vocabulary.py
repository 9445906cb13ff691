"""How clerks really type things in Excel, and what it means: pure text and value parsing.

Registers come from personnel offices, townships and enterprises, typed over years in Excel
or WPS: full-width spaces, names padded for alignment ("李  梅"), half-width brackets in
Chinese names, 是/否 written as √, numbers stored as text and text stored as numbers. The
functions here turn one cell into one clean value, or say exactly why they cannot.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import date, datetime, time
from enum import StrEnum
from functools import lru_cache
from typing import Any, TypeVar

from desktop_app.domain.enums import (
    DutyListKind,
    FieldRole,
    Responsibility,
    RiskLevel,
    UnitCategory,
    UnitKind,
)

CellValue = str | int | float | bool | datetime | date | time | None
"""What a reader hands over for one cell (after light cleaning)."""

_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
# Anything clean_text has to work on; plain strings skip the slow path.
_NEEDS_WORK = re.compile(
    r"[\s\u00a0\u200b-\u200d\u2060\ufeff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a()]"
)
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff]")
_BLANKS = re.compile(r"[\s\u00a0\u3000]+")
_BLANK_NEXT_TO_CJK = re.compile(rf"(?<=[{_CJK}]) +| +(?=[{_CJK}])")
_HAS_CJK = re.compile(r"[\u3400-\u9fff]")
# Full-width digits and Latin letters become half-width; full-width punctuation stays.
_FULL_WIDTH_ALNUM = {
    code: code - 0xFEE0
    for block in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
    for code in range(block[0], block[1] + 1)
}
_FORMULA_ERRORS = frozenset(
    {"#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"}
)
LIST_SEPARATORS = re.compile(r"[、，,；;/\n]+")
"""How clerks separate several units or fields in one cell."""


def clean_text(text: str) -> str:
    """Trim, collapse blanks, drop blanks next to Chinese characters ("李  梅" → "李梅"),
    turn full-width digits and letters half-width and half-width brackets in Chinese
    text full-width ("公安局(交警大队)" → "公安局（交警大队）")."""
    if not _NEEDS_WORK.search(text):
        return text
    text = _INVISIBLE.sub("", text).translate(_FULL_WIDTH_ALNUM)
    text = _BLANKS.sub(" ", text).strip()
    if _HAS_CJK.search(text):
        text = _BLANK_NEXT_TO_CJK.sub("", text).replace("(", "（").replace(")", "）")
    return text


@lru_cache(maxsize=8192)  # registers name the same parents and departments on every row
def match_key(text: str) -> str:
    """The form two names are compared in: no blanks at all, NFKC, case-folded.

    A text that is its own key (most Chinese names) comes back as the same object, so the
    indexes of a 50,000-row import do not hold a second copy of every name.
    """
    key = "".join(unicodedata.normalize("NFKC", text).split()).casefold()
    return text if key == text else key


def is_formula_error(text: str) -> bool:
    """True for Excel's error literals (#N/A, #REF! …), which mean "no value"."""
    return text in _FORMULA_ERRORS


def number_text(value: int | float) -> str:
    """A number as a clerk would have typed it: 12 not 12.0."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def cell_text(value: CellValue) -> str:
    """Any cell as clean text ('' for an empty cell)."""
    if type(value) is str:  # most cells
        return clean_text(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int | float):
        return number_text(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return clean_text(value)


def display_value(value: CellValue) -> str:
    """The cell as it is shown in a problem line (numbers without '.0', dates in ISO)."""
    return cell_text(value)


class ParseError(ValueError):
    """A cell could not be read as the column demands; ``reason`` says why in one word."""

    def __init__(self, reason: str, **facts: object) -> None:
        super().__init__(reason)
        self.reason = reason
        self.facts = facts


def parse_int(value: CellValue) -> int:
    """A whole number, whether typed as a number or as text ("１２", " 12 ")."""
    if isinstance(value, bool):
        raise ParseError("not_a_number")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = cell_text(value)
    if re.fullmatch(r"[+-]?\d+", text):
        return int(text)
    if re.fullmatch(r"[+-]?\d+\.0+", text):
        return int(float(text))
    raise ParseError("not_a_number")


_TRUE_WORDS = frozenset({"是", "y", "yes", "true", "1", "√", "✓", "✔", "●", "是的", "有", "对"})
_FALSE_WORDS = frozenset({"否", "n", "no", "false", "0", "×", "✗", "✘", "不是", "无", "非"})


def parse_bool(value: CellValue) -> bool:
    """是/否, √/×, Y/N, 1/0, TRUE/FALSE — and Excel's own booleans."""
    if isinstance(value, bool):
        return value
    key = match_key(cell_text(value))
    if key in _TRUE_WORDS:
        return True
    if key in _FALSE_WORDS:
        return False
    raise ParseError("not_yes_no")


E = TypeVar("E", bound=StrEnum)


def _vocabulary(entries: Mapping[Any, tuple[str, ...]]) -> dict[str, StrEnum]:
    found: dict[str, StrEnum] = {}
    for member, words in entries.items():
        for word in (member.value, *words):
            found[match_key(word)] = member
    return found


UNIT_KIND_WORDS: dict[UnitKind, tuple[str, ...]] = {
    UnitKind.GOVERNMENT: ("政府", "人民政府", "县政府", "党政机关", "集团", "集团公司"),
    UnitKind.COMMITTEE: ("安委会", "安委办", "安全生产委员会", "议事协调机构"),
    UnitKind.DEPARTMENT: ("部门", "县直部门", "机关", "机关单位", "行政机关", "事业单位"),
    UnitKind.TOWNSHIP: ("乡镇", "乡镇街道", "街道", "乡", "镇", "乡镇（街道）", "乡镇(街道)"),
    UnitKind.PARK: ("园区", "开发区", "工业园区", "经济开发区", "管委会"),
    UnitKind.ENTERPRISE: ("企业", "公司", "生产经营单位", "企业单位"),
    UnitKind.SUBSIDIARY: ("子公司", "分公司", "下属公司"),
    UnitKind.WORKSHOP: ("车间", "分厂", "工区"),
    UnitKind.TEAM: ("班组", "班", "组"),
    UnitKind.OTHER: ("其他", "其它"),
}
UNIT_CATEGORY_WORDS: dict[UnitCategory, tuple[str, ...]] = {
    UnitCategory.COMPREHENSIVE: ("综合监管部门", "综合监管", "综合"),
    UnitCategory.INDUSTRY: ("行业监管部门", "行业监管", "行业", "行业主管部门"),
    UnitCategory.OTHER: ("其他成员单位", "其他", "其它", "其他部门"),
}
RISK_LEVEL_WORDS: dict[RiskLevel, tuple[str, ...]] = {
    RiskLevel.MAJOR: ("重大", "重大风险", "红", "红色"),
    RiskLevel.HIGH: ("较大", "较大风险", "橙", "橙色"),
    RiskLevel.MEDIUM: ("一般", "一般风险", "黄", "黄色"),
    RiskLevel.LOW: ("低", "低风险", "蓝", "蓝色"),
}
FIELD_ROLE_WORDS: dict[FieldRole, tuple[str, ...]] = {
    # the English words last: what the app's matrix export writes with its English interface
    FieldRole.LEAD: ("牵头", "牵头部门", "牵头单位", "主管", "★", "Lead"),
    FieldRole.SUPPORT: ("配合", "配合部门", "配合单位", "协助", "协同", "○", "Support"),
    FieldRole.MAIN: ("主体", "主体责任", "企业主体", "▲", "Main"),
    FieldRole.TERRITORIAL: ("属地", "属地管理", "属地责任", "△", "Territorial"),
}
RESPONSIBILITY_WORDS: dict[Responsibility, tuple[str, ...]] = {
    Responsibility.LEADERSHIP: ("领导责任", "党政领导责任", "党政同责", "领导"),
    Responsibility.SUPERVISORY: ("监管责任", "行业监管责任", "部门监管责任", "监管"),
    Responsibility.MAIN: ("主体责任", "企业主体责任", "主体"),
    Responsibility.TERRITORIAL: ("属地责任", "属地管理责任", "属地"),
    Responsibility.POST: ("岗位责任", "岗位"),
}
DUTY_LIST_KIND_WORDS: dict[DutyListKind, tuple[str, ...]] = {
    DutyListKind.MAIN: ("主体责任清单", "责任清单", "单位责任清单"),
    DutyListKind.POST: ("岗位责任清单", "岗位清单"),
    DutyListKind.DAILY_CHECK: ("日常安全检查清单", "检查清单", "日常检查清单"),
}


class PersonRole(StrEnum):
    """What the 角色 column of a people register may say about a person."""

    PARTY_HEAD = "party_head"  # 党委（党组）书记
    ADMIN_HEAD = "admin_head"  # 行政正职
    BOTH_HEADS = "both_heads"  # 书记兼局长
    LEADER = "leader"  # 班子成员
    STAFF = "staff"  # 一般工作人员


PERSON_ROLE_WORDS: dict[PersonRole, tuple[str, ...]] = {
    PersonRole.PARTY_HEAD: ("党委书记", "党组书记", "党委（党组）书记", "党委主要负责人", "书记"),
    PersonRole.ADMIN_HEAD: ("行政正职", "行政主要负责人", "主要负责人", "行政一把手", "正职"),
    PersonRole.BOTH_HEADS: ("党政主要负责人", "书记兼行政正职", "党政一肩挑", "一肩挑"),
    PersonRole.LEADER: ("班子成员", "分管领导", "副职", "领导班子成员", "领导"),
    PersonRole.STAFF: ("一般人员", "工作人员", "一般工作人员", "职工", "员工", "其他"),
}

VOCABULARIES: dict[type[StrEnum], dict[str, StrEnum]] = {
    UnitKind: _vocabulary(UNIT_KIND_WORDS),
    UnitCategory: _vocabulary(UNIT_CATEGORY_WORDS),
    RiskLevel: _vocabulary(RISK_LEVEL_WORDS),
    FieldRole: _vocabulary(FIELD_ROLE_WORDS),
    Responsibility: _vocabulary(RESPONSIBILITY_WORDS),
    DutyListKind: _vocabulary(DUTY_LIST_KIND_WORDS),
    PersonRole: _vocabulary(PERSON_ROLE_WORDS),
}
"""Every word a clerk may use for each enum value, keyed by ``match_key``."""

CHOICE_LABELS: dict[type[StrEnum], tuple[str, ...]] = {
    UnitKind: tuple(words[0] for words in UNIT_KIND_WORDS.values()),
    UnitCategory: tuple(words[0] for words in UNIT_CATEGORY_WORDS.values()),
    RiskLevel: tuple(words[0] for words in RISK_LEVEL_WORDS.values()),
    FieldRole: tuple(words[0] for words in FIELD_ROLE_WORDS.values()),
    Responsibility: tuple(words[0] for words in RESPONSIBILITY_WORDS.values()),
    DutyListKind: tuple(words[0] for words in DUTY_LIST_KIND_WORDS.values()),
    PersonRole: tuple(words[0] for words in PERSON_ROLE_WORDS.values()),
}
"""The canonical Chinese label of each enum value, as templates and exports write it."""

# Unit kinds: the template's dropdown offers the fuller words for townships and parks.
CHOICE_LABELS[UnitKind] = (
    "政府",
    "安委会",
    "部门",
    "乡镇街道",
    "园区",
    "企业",
    "子公司",
    "车间",
    "班组",
    "其他",
)


def label_of(member: StrEnum) -> str:
    """The canonical Chinese label of an enum value (牵头, 行业监管部门, 较大 …)."""
    members = list(type(member))
    return CHOICE_LABELS[type(member)][members.index(member)]


def parse_choice(value: CellValue, enum_class: type[E]) -> E:
    """An enum value from any of the words clerks use for it."""
    found = VOCABULARIES[enum_class].get(match_key(cell_text(value)))
    if found is None or not isinstance(found, enum_class):
        raise ParseError("unknown_choice", choices="、".join(CHOICE_LABELS[enum_class]))
    return found


# Name endings that tell a unit's kind when the register has no 单位类型 column.
_KIND_BY_SUFFIX: tuple[tuple[str, UnitKind], ...] = (
    ("安全生产委员会", UnitKind.COMMITTEE),
    ("安委会", UnitKind.COMMITTEE),
    ("人民政府", UnitKind.GOVERNMENT),
    ("开发区", UnitKind.PARK),
    ("园区", UnitKind.PARK),
    ("管委会", UnitKind.PARK),
    ("街道", UnitKind.TOWNSHIP),
    ("街道办事处", UnitKind.TOWNSHIP),
    ("镇", UnitKind.TOWNSHIP),
    ("乡", UnitKind.TOWNSHIP),
    ("子公司", UnitKind.SUBSIDIARY),
    ("分公司", UnitKind.SUBSIDIARY),
    ("公司", UnitKind.ENTERPRISE),
    ("厂", UnitKind.ENTERPRISE),
    ("矿", UnitKind.ENTERPRISE),
    ("站", UnitKind.ENTERPRISE),
    ("车间", UnitKind.WORKSHOP),
    ("班组", UnitKind.TEAM),
    ("班", UnitKind.TEAM),
    ("局", UnitKind.DEPARTMENT),
    ("委", UnitKind.DEPARTMENT),
    ("办", UnitKind.DEPARTMENT),
    ("办公室", UnitKind.DEPARTMENT),
    ("部", UnitKind.DEPARTMENT),
    ("大队", UnitKind.DEPARTMENT),
    ("支队", UnitKind.DEPARTMENT),
    ("中心", UnitKind.DEPARTMENT),
    ("处", UnitKind.DEPARTMENT),
    ("所", UnitKind.DEPARTMENT),
    ("院", UnitKind.DEPARTMENT),
    ("会", UnitKind.DEPARTMENT),
)


def kind_from_name(name: str) -> UnitKind:
    """A unit's kind guessed from how its name ends (…局 → department, …镇 → township)."""
    for suffix, kind in _KIND_BY_SUFFIX:
        if name.endswith(suffix):
            return kind
    return UnitKind.OTHER


_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
# Excel keeps 15 significant digits; an 18-digit number has lost its last digits.
EXCEL_SIGNIFICANT_DIGITS = 15


def parse_id_number(value: CellValue) -> str:
    """A resident ID number (GB 11643): 18 characters with a valid check digit, or 15 digits.

    A number cell cannot hold one: Excel keeps 15 significant digits, so the last digits of
    an 18-digit number (and any final X) are already gone — that is refused, not repaired.
    """
    if isinstance(value, bool):
        raise ParseError("id_bad_length", length=1)
    if isinstance(value, int | float):
        digits = number_text(float(value)) if isinstance(value, float) else str(value)
        if "e" in digits.lower() or "." in digits:
            digits = f"{value:.0f}"
        if len(digits) > EXCEL_SIGNIFICANT_DIGITS:
            raise ParseError("id_stored_as_number", digits=len(digits))
        if len(digits) == EXCEL_SIGNIFICANT_DIGITS:
            return digits
        raise ParseError("id_bad_length", length=len(digits))
    text = match_key(cell_text(value)).upper()
    if re.fullmatch(r"\d{15}", text):
        return text
    if not re.fullmatch(r"\d{17}[\dX]", text):
        raise ParseError("id_bad_length", length=len(text))
    total = sum(int(digit) * weight for digit, weight in zip(text, _ID_WEIGHTS, strict=False))
    if _ID_CHECK[total % 11] != text[-1]:
        raise ParseError("id_bad_check_digit", expected=_ID_CHECK[total % 11])
    return text


def parse_phone(value: CellValue) -> str:
    """A phone number as text; a number cell loses nothing for an 11-digit mobile number."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return number_text(value)
    return match_key(cell_text(value)).replace("—", "-").replace("－", "-")


def split_list(value: CellValue) -> list[str]:
    """Several names in one cell, separated by 、，；/ or line breaks."""
    if value is None:
        return []
    raw = value if isinstance(value, str) else cell_text(value)
    return [part for part in (clean_text(piece) for piece in LIST_SEPARATORS.split(raw)) if part]
