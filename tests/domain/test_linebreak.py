"""The CJK line breaker: fixed grid, 避头尾, Latin runs kept whole, nothing lost."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.linebreak import (
    CANNOT_END,
    CANNOT_START,
    break_paragraph,
    break_text,
    char_cells,
    text_cells,
)

CLAUSE = (
    "按照“管行业必须管安全、管业务必须管安全、管生产经营必须管安全”的要求，履行本行业领域"
    "安全生产监督管理职责。2026年隐患整改率达到100%，培训覆盖率100%。（一）甲方职责："
    "《中华人民共和国安全生产法》第三条。"
)


def test_a_paragraph_fills_lines_of_28_cells_after_a_two_character_indent() -> None:
    lines = break_paragraph("安" * 60, 28)
    assert [len(line.text) for line in lines] == [26, 28, 6]
    assert lines[0].indent == 2 and all(line.indent == 0 for line in lines[1:])
    assert "".join(line.text for line in lines) == "安" * 60


def test_a_closing_mark_is_squeezed_into_the_line_before_instead_of_starting_one() -> None:
    lines = break_paragraph("安" * 26 + "。后文", 28)
    assert lines[0].text == "安" * 26 + "。" and lines[0].squeezed
    assert lines[1].text == "后文"


def test_two_closing_marks_push_the_last_character_down() -> None:
    lines = break_paragraph("安" * 25 + "全”。后文", 28)
    assert lines[0].text == "安" * 25
    assert lines[1].text.startswith("全”。")


def test_an_opening_bracket_never_ends_a_line() -> None:
    lines = break_paragraph("安" * 25 + "《安全生产法》", 28)
    assert not lines[0].text.endswith("《")
    assert lines[1].text.startswith("《")


def test_digits_and_latin_take_half_cells_and_are_not_split() -> None:
    assert char_cells("2") == 0.5 and char_cells("安") == 1 and char_cells("，") == 1
    lines = break_paragraph("安" * 24 + "GB/T 9704-2012", 28, first_indent=0)
    assert any("GB/T" in line.text for line in lines)
    assert all("9704-2012" in line.text or "9704" not in line.text for line in lines)
    assert all(line.indent + line.cells <= 28 + 1 for line in lines)


def test_break_text_keeps_paragraphs_apart() -> None:
    lines = break_text("第一段。\n第二段。", 28)
    assert [line.text for line in lines] == ["第一段。", "第二段。"]


def test_too_narrow_a_line_is_refused() -> None:
    with pytest.raises(ValueError):
        break_paragraph("安全", 1)


_ALPHABET = st.sampled_from(
    list("安全生产责任目标甲乙方2026AB%") + sorted(CANNOT_START | CANNOT_END)
)


@given(st.text(_ALPHABET, min_size=0, max_size=200), st.sampled_from([10, 20, 28]))
def test_no_line_breaks_the_rules_whatever_the_text(text: str, width: int) -> None:
    lines = break_paragraph(text, width)
    assert "".join(line.text for line in lines) == text
    for number, line in enumerate(lines):
        assert line.indent + line.cells <= width + 1
        if line.squeezed:
            assert line.text[-1] in CANNOT_START
        previous = lines[number - 1].text if number else ""
        if previous and line.text and line.text[0] in CANNOT_START:
            # only when the line before holds nothing but marks that cannot move either
            assert set(previous) <= CANNOT_START | CANNOT_END
        if number < len(lines) - 1 and line.text and line.text[-1] in CANNOT_END:
            assert set(line.text) <= CANNOT_START | CANNOT_END


def test_real_clause_breaks_cleanly() -> None:
    lines = break_paragraph(CLAUSE * 3, 28)
    for line in lines[1:]:
        assert line.text[0] not in CANNOT_START
    for line in lines[:-1]:
        assert line.text[-1] not in CANNOT_END
    assert text_cells("".join(line.text for line in lines)) == text_cells(CLAUSE * 3)
