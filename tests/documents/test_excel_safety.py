"""A workbook is looked at before any Excel library touches it: wrong kinds of file, files
that are too big and zip bombs get a clear refusal naming the file."""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook

from desktop_app.documents.excel_reader import read_table
from desktop_app.documents.excel_safety import (
    ExcelError,
    Limits,
    check_workbook_file,
    ensure_xml_defences,
)
from desktop_app.domain.errors import ErrorCode
from desktop_app.domain.import_schema import UNIT_COLUMNS
from desktop_app.messages import describe

SMALL = Limits(
    max_file_bytes=200_000,
    max_uncompressed_bytes=4_000_000,
    max_ratio=50,
    ratio_floor_bytes=100_000,
)


def _workbook(path: Path, rows: int = 3) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["单位名称", "上级单位"])
    for number in range(rows):
        sheet.append([f"单位{number}", "示范县人民政府"])
    book.save(path)
    return path


def _refusal(path: Path, limits: Limits | None = None) -> ExcelError:
    with pytest.raises(ExcelError) as caught:
        check_workbook_file(path, limits)
    return caught.value


def test_a_real_workbook_passes(tmp_path: Path) -> None:
    check_workbook_file(_workbook(tmp_path / "ok.xlsx"))


def test_the_xml_defences_are_on_and_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    assert openpyxl.DEFUSEDXML is True
    ensure_xml_defences()
    monkeypatch.setattr(openpyxl, "DEFUSEDXML", False)
    with pytest.raises(ExcelError) as caught:
        ensure_xml_defences()
    assert caught.value.code is ErrorCode.EXCEL_UNSAFE_XML
    with pytest.raises(ExcelError):
        read_table(Path("never-read.xlsx"), UNIT_COLUMNS)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    error = _refusal(tmp_path / "无此文件.xlsx")
    assert error.code is ErrorCode.EXCEL_FILE_NOT_FOUND
    assert "无此文件.xlsx" in describe(error, "zh_CN")


@pytest.mark.parametrize(
    ("content", "detail"),
    [
        ("单位名称,上级单位\n示范县财政局,示范县人民政府\n".encode("gb18030"), "CSV/text"),
        (b"<html><table><tr><td>1</td></tr></table></html>", "HTML/XML"),
        (b"%PDF-1.7\n...", "PDF"),
        (bytes(range(256)) * 4, "binary"),
    ],
)
def test_a_renamed_file_that_is_no_zip_says_what_it_is(
    tmp_path: Path, content: bytes, detail: str
) -> None:
    path = tmp_path / "名单.xlsx"
    path.write_bytes(content)
    error = _refusal(path)
    assert error.code is ErrorCode.EXCEL_NOT_XLSX
    assert error.facts["detail"] == detail
    assert detail in describe(error, "en")


def test_an_old_xls_or_encrypted_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "old.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2048)
    assert _refusal(path).code is ErrorCode.EXCEL_OLD_FORMAT


@pytest.mark.parametrize(
    ("member", "detail"),
    [
        ("word/document.xml", "Word (.docx)"),
        ("content.xml", "OpenDocument (.ods/.odt)"),
        ("xl/workbook.bin", "Excel binary (.xlsb)"),
        ("readme.txt", "ZIP"),
    ],
)
def test_a_zip_that_is_not_a_workbook_is_refused(tmp_path: Path, member: str, detail: str) -> None:
    path = tmp_path / "other.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr(member, "<x/>")
    error = _refusal(path)
    assert (error.code, error.facts["detail"]) == (ErrorCode.EXCEL_NOT_XLSX, detail)


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "big.xlsx", rows=5000)
    error = _refusal(path, Limits(max_file_bytes=10_000))
    assert error.code is ErrorCode.EXCEL_TOO_LARGE
    assert error.facts["limit_mb"] == "0.0"


def _bomb(path: Path, size: int) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * size)


def test_a_zip_bomb_is_refused_by_its_ratio(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    _bomb(path, 3_000_000)
    error = _refusal(path, SMALL)
    assert error.code is ErrorCode.EXCEL_ZIP_BOMB
    assert error.facts["member"] == "xl/worksheets/sheet1.xml"
    assert int(error.facts["ratio"]) > 50


def test_a_zip_bomb_is_refused_by_its_total_size(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    _bomb(path, 5_000_000)
    error = _refusal(path, Limits(max_uncompressed_bytes=1_000_000))
    assert error.code is ErrorCode.EXCEL_ZIP_BOMB


def test_a_directory_that_lies_about_sizes_is_caught_by_inflating(tmp_path: Path) -> None:
    """The central directory claims 1,000 bytes; the member really inflates to 3 MB."""
    path = tmp_path / "liar.xlsx"
    _bomb(path, 3_000_000)
    data = bytearray(path.read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    for signature, size_offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            name_length = struct.unpack_from(
                "<H", data, start + (26 if signature == b"PK\x03\x04" else 28)
            )[0]
            name_at = start + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at : name_at + name_length] == name:
                struct.pack_into("<I", data, start + size_offset, 1000)
            start += 4
    path.write_bytes(bytes(data))
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo(name.decode()).file_size == 1000
    error = _refusal(path, SMALL)
    assert error.code in (ErrorCode.EXCEL_DAMAGED, ErrorCode.EXCEL_ZIP_BOMB)


def test_a_truncated_file_is_damaged(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "cut.xlsx")
    path.write_bytes(path.read_bytes()[:-200])
    assert _refusal(path).code is ErrorCode.EXCEL_DAMAGED


def test_a_sheet_that_is_not_xml_is_damaged_with_either_engine(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "bad-sheet.xlsx")
    temporary = tmp_path / "x.zip"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(temporary, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = zlib.compress(b"garbage")
            target.writestr(info, data)
    temporary.replace(path)
    for engine in ("calamine", "openpyxl"):
        with pytest.raises(ExcelError) as caught:
            read_table(path, UNIT_COLUMNS, engine=engine)
        assert caught.value.code is ErrorCode.EXCEL_DAMAGED
