"""Printed score sheets and the 通报: every item, the code and QR, embedded fonts, one page."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop_app.documents.assessment_layout import layout_sheet, sheet_rows
from desktop_app.documents.assessment_pdf import SheetToPrint, render_sheets
from desktop_app.documents.layout import BLOCK_BOTTOM, PAGE_WIDTH, QrOp, TextOp
from desktop_app.services.assessment_print import (
    bulletin_for,
    print_sheets,
    printable_sheets,
    write_bulletin_pdf,
)
from desktop_app.services.assessment_read import assessment_results
from desktop_app.storage.database import Database

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
LAST = 2025


def _run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def _flat(path: Path) -> str:
    return "".join(_run("pdftotext", "-raw", str(path), "-").split())


def _sheet(demo: Database, unit: str) -> SheetToPrint:
    row = next(r for r in assessment_results(demo, LAST) if r.party_b == unit)
    return printable_sheets(demo, LAST, [row.id])[0]


def _assert_fonts_embedded(path: Path) -> None:
    lines = _run("pdffonts", str(path)).splitlines()[2:]
    assert lines, "no fonts listed"
    for line in lines:
        assert re.search(r"\byes\s+yes\s+yes\b", line), line  # embedded, subset, unicode


def test_a_closed_sheet_prints_every_item_its_deductions_code_and_qr(
    demo: Database, tmp_path: Path
) -> None:
    sheet = _sheet(demo, "龙潭镇")
    assert sheet.code is not None
    path = tmp_path / "sheet.pdf"
    path.write_bytes(render_sheets([sheet]))
    flat = _flat(path)
    for header in ("序号", "考核项目", "内容及要求", "标准分", "评分细则", "扣分情况", "实得分"):
        assert header in flat
    for row in sheet.content["rows"]:
        assert "".join(row["name"].split()) in flat
    assert "一票否决" in flat and "不合格" in flat
    assert f"核验码{sheet.code}" in flat
    _assert_fonts_embedded(path)
    assert path.read_bytes() == render_sheets([sheet])  # same content, same bytes
    payload = f"DM1|{sheet.content['assessment']['uuid']}|{sheet.fingerprint}"
    assert payload.encode() in path.read_bytes()  # in the document's subject, as letters do
    pages = layout_sheet(sheet.content, sheet.fingerprint, sheet.code)
    qr = [op for page in pages for op in page.ops if isinstance(op, QrOp)]
    assert len(qr) == 1 and qr[0].payload == payload


def test_nothing_is_drawn_outside_the_page_or_into_the_footer(demo: Database) -> None:
    sheet = _sheet(demo, "青溪县应急管理局")
    for page in layout_sheet(sheet.content, sheet.fingerprint, sheet.code):
        for op in page.ops:
            if isinstance(op, TextOp) and not op.text.startswith(("— ", "核验码")):
                assert op.y >= BLOCK_BOTTOM - 1, op.text
                assert op.x + len(op.text) * op.cell * 0.5 <= PAGE_WIDTH, op.text


def test_an_open_sheet_is_marked_as_a_draft(demo: Database) -> None:
    sheet = _sheet(demo, "青溪镇")
    draft = SheetToPrint(sheet.content, None)
    pages = layout_sheet(draft.content, None, None)
    texts = [op.text for page in pages for op in page.ops if isinstance(op, TextOp)]
    assert "未定稿（仅供核对）" in texts
    assert not any(isinstance(op, QrOp) for page in pages for op in page.ops)
    assert sheet_rows(sheet.content)[-1][1] == "合计"


def test_the_bulletin_is_one_page_with_the_chart_ranking_and_code(
    demo: Database, tmp_path: Path
) -> None:
    path = write_bulletin_pdf(demo, LAST, tmp_path / "通报.pdf")
    assert "Pages:           1" in _run("pdfinfo", str(path))
    flat = _flat(path)
    bulletin = bulletin_for(demo, LAST)
    assert "关于2025年度安全生产目标责任考核结果的通报" in flat
    assert "考核等次分布" in flat and "不合格" in flat
    for group in bulletin.groups:
        assert group.name.replace(" ", "") in flat
        for entry in group.entries:
            assert entry.name in flat
    assert "6=．石桥镇" in flat or "=．石桥镇" in flat  # the tie is marked
    assert bulletin.code is not None and f"核验码{bulletin.code}" in flat
    assert sum(bulletin.grade_counts) == sum(len(g.entries) for g in bulletin.groups)
    _assert_fonts_embedded(path)


def test_a_pdf_that_cannot_be_replaced_is_export_failed_naming_it(
    demo: Database, tmp_path: Path
) -> None:
    from desktop_app.domain.errors import DutyMatrixError, ErrorCode

    blocked = tmp_path / "通报.pdf"
    blocked.mkdir()  # cannot be replaced, like a PDF open in a viewer on Windows
    for write in (
        lambda: write_bulletin_pdf(demo, LAST, blocked),
        lambda: print_sheets(demo, LAST, combined=blocked),
    ):
        with pytest.raises(DutyMatrixError) as raised:
            write()
        assert raised.value.code is ErrorCode.EXPORT_FAILED
        assert raised.value.facts["path"] == str(blocked)
    assert not list(tmp_path.glob(".*"))
