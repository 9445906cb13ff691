"""Look at a workbook before any Excel library touches it.

Refused with a clear sentence: a file that is not an .xlsx (an old .xls, a CSV or web page
renamed to .xlsx, a Word file …), a file above the size limit, and a zip bomb — a member
whose uncompressed size or compression ratio is abnormal. Sizes declared in the zip
directory can lie, so every member is also inflated once, in chunks, against the limits.
openpyxl defends against XML entity attacks only when defusedxml is importable:
:func:`ensure_xml_defences` checks that at start-up and before every read.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain.errors import DutyMatrixError, ErrorCode

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Largest workbook accepted (a 50,000-row register is about 3 MB)."""
MAX_UNCOMPRESSED_BYTES = 600 * 1024 * 1024
"""Largest total of the unpacked members."""
MAX_RATIO = 200
"""Largest compression ratio of a big member; real sheets compress 5–40 times."""
RATIO_FLOOR_BYTES = 2 * 1024 * 1024
"""Members smaller than this unpack harmlessly whatever their ratio."""
_CHUNK = 1024 * 1024

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, .doc, and encrypted .xlsx


class ExcelError(DutyMatrixError):
    """A workbook could not be read or written; ``code`` says why, ``facts`` name the file."""


@dataclass(frozen=True)
class Limits:
    """The size limits of one check (tests shrink them)."""

    max_file_bytes: int = MAX_FILE_BYTES
    max_uncompressed_bytes: int = MAX_UNCOMPRESSED_BYTES
    max_ratio: int = MAX_RATIO
    ratio_floor_bytes: int = RATIO_FLOOR_BYTES


def ensure_xml_defences() -> None:
    """Refuse to go on unless openpyxl parses XML through defusedxml."""
    try:
        import defusedxml  # type: ignore[import-untyped]  # noqa: F401
        import openpyxl  # type: ignore[import-untyped]
    except ImportError as error:
        raise ExcelError(ErrorCode.EXCEL_UNSAFE_XML, detail=str(error)) from error
    if not getattr(openpyxl, "DEFUSEDXML", False):
        raise ExcelError(ErrorCode.EXCEL_UNSAFE_XML, detail="openpyxl.DEFUSEDXML is False")


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}"


def _what_it_is(head: bytes) -> str:
    """A short, language-neutral name for what a non-zip file really holds."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(b"%pdf"):
        return "PDF"
    if text.startswith((b"<!doctype html", b"<html", b"<table", b"<?xml", b"<")):
        return "HTML/XML"
    if text.startswith(b"{\\rtf"):
        return "RTF"
    try:
        decoded = head.decode("utf-8")
    except UnicodeDecodeError:
        try:
            decoded = head.decode("gb18030")
        except UnicodeDecodeError:
            return "binary"
    if "\x00" in decoded:
        return "binary"
    return "CSV/text"


def _zip_kind(names: set[str]) -> str | None:
    """None for an .xlsx/.xlsm; otherwise what the zip really is."""
    if "xl/workbook.xml" in names:
        return None
    if "xl/workbook.bin" in names:
        return "Excel binary (.xlsb)"
    if "content.xml" in names and "mimetype" in names:
        return "OpenDocument (.ods/.odt)"
    if "word/document.xml" in names:
        return "Word (.docx)"
    if any(name.startswith("ppt/") for name in names):
        return "PowerPoint (.pptx)"
    return "ZIP"


def check_workbook_file(path: Path, limits: Limits | None = None) -> None:
    """Raise :class:`ExcelError` unless ``path`` is a plausible, safely sized .xlsx."""
    limits = limits or Limits()
    shown = str(path)
    if not path.is_file():
        raise ExcelError(ErrorCode.EXCEL_FILE_NOT_FOUND, path=shown)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(512)
    except OSError as error:
        raise ExcelError(ErrorCode.EXCEL_DAMAGED, path=shown, detail=str(error)) from error
    if size > limits.max_file_bytes:
        raise ExcelError(
            ErrorCode.EXCEL_TOO_LARGE,
            path=shown,
            size_mb=_megabytes(size),
            limit_mb=_megabytes(limits.max_file_bytes),
        )
    if head.startswith(_OLE2_MAGIC):
        raise ExcelError(ErrorCode.EXCEL_OLD_FORMAT, path=shown)
    if not head.startswith(_ZIP_MAGIC):
        raise ExcelError(ErrorCode.EXCEL_NOT_XLSX, path=shown, detail=_what_it_is(head))
    try:
        with zipfile.ZipFile(path) as archive:
            _check_archive(archive, shown, limits)
    except zipfile.BadZipFile as error:
        raise ExcelError(ErrorCode.EXCEL_DAMAGED, path=shown, detail=str(error)) from error


def _check_archive(archive: zipfile.ZipFile, shown: str, limits: Limits) -> None:
    members = archive.infolist()
    kind = _zip_kind({info.filename for info in members})
    if kind is not None:
        raise ExcelError(ErrorCode.EXCEL_NOT_XLSX, path=shown, detail=kind)
    if any(info.flag_bits & 0x1 for info in members):
        raise ExcelError(ErrorCode.EXCEL_OLD_FORMAT, path=shown)
    declared = sum(info.file_size for info in members)
    if declared > limits.max_uncompressed_bytes:
        biggest = max(members, key=lambda info: info.file_size)
        raise _bomb(shown, biggest.filename, biggest.file_size, biggest.compress_size)
    for info in members:
        _check_ratio(shown, info.filename, info.file_size, info.compress_size, limits)
    # The directory may lie: inflate each member once, in chunks, counting real bytes.
    total = 0
    for info in members:
        inflated = 0
        try:
            with archive.open(info) as member:
                while chunk := member.read(_CHUNK):
                    inflated += len(chunk)
                    total += len(chunk)
                    if total > limits.max_uncompressed_bytes:
                        raise _bomb(shown, info.filename, inflated, info.compress_size)
                    _check_ratio(shown, info.filename, inflated, info.compress_size, limits)
        except (NotImplementedError, RuntimeError, OSError, EOFError, ValueError) as error:
            raise ExcelError(ErrorCode.EXCEL_DAMAGED, path=shown, detail=str(error)) from error
        except zipfile.BadZipFile as error:
            raise ExcelError(
                ErrorCode.EXCEL_DAMAGED, path=shown, detail=f"{info.filename}: {error}"
            ) from error


def _check_ratio(shown: str, name: str, size: int, compressed: int, limits: Limits) -> None:
    if size > limits.ratio_floor_bytes and size > limits.max_ratio * max(compressed, 1):
        raise _bomb(shown, name, size, compressed)


def _bomb(shown: str, name: str, size: int, compressed: int) -> ExcelError:
    return ExcelError(
        ErrorCode.EXCEL_ZIP_BOMB,
        path=shown,
        member=name,
        size_mb=_megabytes(size),
        ratio=size // max(compressed, 1),
    )
