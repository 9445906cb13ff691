"""Every error code and finding has a sentence in both languages."""

from __future__ import annotations

import pytest

from desktop_app.domain.consistency import Finding, FindingCode
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.domain.gaps import Gap, GapKind, GapSubject
from desktop_app.messages import (
    describe,
    describe_finding,
    describe_gap,
    gap_hint,
    gap_label,
    has_message,
)


@pytest.mark.parametrize("code", list(ErrorCode))
def test_every_error_code_has_a_sentence(code: ErrorCode) -> None:
    assert has_message(code)
    error = DomainError(code, path="C:/数据/x.db")
    chinese, english = describe(error, "zh_CN"), describe(error, "en")
    assert chinese != english
    assert any("\u4e00" <= ch <= "\u9fff" for ch in chinese)


@pytest.mark.parametrize("code", list(FindingCode))
def test_every_finding_has_a_sentence(code: FindingCode) -> None:
    finding = Finding(code, {"unit": "青溪镇", "role": "party", "count": 2})
    assert describe_finding(finding, "zh_CN") != describe_finding(finding, "en")


def test_a_missing_fact_stays_visible_instead_of_crashing() -> None:
    assert "{path}" in describe(DomainError(ErrorCode.NOT_A_DATABASE), "en")


@pytest.mark.parametrize("kind", list(GapKind))
def test_every_gap_kind_has_a_sentence_with_its_subject(kind: GapKind) -> None:
    gap = Gap(
        kind,
        GapSubject.UNIT,
        1,
        "青溪县气象局",
        {
            "person": "何嘉树",
            "leads": ["甲", "乙"],
            "count": 2,
            "fields": [],
            "year": 2026,
            "party_a": "青溪县安全生产委员会",
            "party_b": "青溪县气象局",
            "due_date": "2026-02-14",
            "days": 30,
        },
    )
    chinese = describe_gap(gap, "zh_CN")
    assert "{" not in chinese and "{" not in describe_gap(gap, "en")
    assert "青溪县气象局" in chinese or "何嘉树" in chinese


@pytest.mark.parametrize("kind", list(GapKind))
def test_every_gap_kind_has_a_label_and_a_hint_in_both_languages(kind: GapKind) -> None:
    gap = Gap(kind, GapSubject.UNIT, 1, "青溪县气象局")
    for text in (gap_label(kind, "zh_CN"), gap_hint(gap, "zh_CN")):
        assert any("\u4e00" <= ch <= "\u9fff" for ch in text)
    assert gap_label(kind, "en") != gap_label(kind, "zh_CN")
    assert gap_hint(gap, "en") != gap_hint(gap, "zh_CN")
    assert kind.value not in gap_label(kind, "zh_CN")
