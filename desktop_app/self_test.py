"""``--self-test``: prove an installed or frozen program works end to end, then exit.

It creates the demo county in a temporary folder whose path has Chinese characters and
spaces, runs the migrations, checks the XML defences openpyxl relies on, and opens and
closes the main window offscreen. Printed lines say what passed; the exit code says if all did.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from desktop_app.storage.database import Database


def run_self_test(out: TextIO) -> int:
    """Run every check; 0 if all passed, 1 otherwise (the failing step is printed)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    root = Path(tempfile.mkdtemp(prefix="dutymatrix-"))
    folder = root / "自检 数据 folder"
    step = "start"
    try:
        step = "folder"
        folder.mkdir()
        step = "openpyxl defusedxml"
        import openpyxl

        if not getattr(openpyxl, "DEFUSEDXML", False):
            raise RuntimeError("openpyxl does not use defusedxml")
        print("ok  openpyxl.DEFUSEDXML", file=out)
        step = "database"
        from desktop_app.paths import AppPaths
        from desktop_app.services.check import check_database
        from desktop_app.services.startup import open_for_use
        from desktop_app.storage.migrations import current_revision, head_revision

        opened = open_for_use(AppPaths(folder))
        database = opened.database
        try:
            if current_revision(database.engine) != head_revision():
                raise RuntimeError("migrations did not reach head")
            print(f"ok  database {database.display_name} at {head_revision()}", file=out)
            step = "check"
            findings = check_database(database)
            if any(f.code.value.startswith(("integrity", "audit", "foreign")) for f in findings):
                raise RuntimeError(f"check found {findings}")
            print("ok  check", file=out)
            step = "letter pdf (fonts, QR)"
            _check_letter_pdf(database)
            print("ok  letter PDF rendered with embedded fonts and QR", file=out)
            step = "combined letters pdf (streamed)"
            _check_combined_pdf(database, folder)
            print("ok  combined letters PDF streamed to disk", file=out)
            step = "excel export and read-back"
            _check_excel(database, folder)
            print("ok  Excel written and read back", file=out)
            step = "main window"
            from desktop_app.ui.app import self_test_window

            self_test_window(database)
            print("ok  main window opened and closed", file=out)
        finally:
            database.close()
    except Exception as error:  # the self-test reports every failure, whatever its kind
        print(f"FAILED at {step}: {type(error).__name__}: {error}", file=out)
        return 1
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print("self-test passed", file=out)
    return 0


def _check_letter_pdf(database: Database) -> None:
    """Render one demo letter: exercises the fonts, the layout and reportlab's QR code."""
    from sqlalchemy import select

    from desktop_app.services.letter_print import letter_pdf_bytes
    from desktop_app.storage.models import Letter

    with database.reading() as session:
        letter_id = session.scalar(
            select(Letter.id).where(Letter.fingerprint.is_not(None)).order_by(Letter.id).limit(1)
        )
    if letter_id is None:
        raise RuntimeError("the demo holds no issued letter")
    pdf = letter_pdf_bytes(database, letter_id)
    if not pdf.startswith(b"%PDF") or b"/FontFile2" not in pdf:
        raise RuntimeError("the letter PDF has no embedded TrueType font")


def _check_combined_pdf(database: Database, folder: Path) -> None:
    """Print three demo letters (two copies each) into one combined PDF: exercises the
    streaming writer, the odd-page padding and the atomic replace."""
    from datetime import date

    from desktop_app.documents.letter_batch import write_combined
    from desktop_app.services.letter_print import printable_letters

    letters = printable_letters(database, date.today().year)[:3]
    if not letters:
        raise RuntimeError("the demo holds no printable letter")
    target = folder / "合并 打印.pdf"
    result = write_combined(letters, target, copies=2, processes=1)
    data = target.read_bytes()
    if not data.startswith(b"%PDF") or not data.rstrip().endswith(b"%%EOF"):
        raise RuntimeError("the combined PDF is not a complete PDF file")
    if b"/FontFile2" not in data or b"/Count %d " % result.pages not in data:
        raise RuntimeError("the combined PDF lacks its fonts or pages")
    if result.pages < 2 * len(letters) or any(p.name.endswith(".part") for p in folder.iterdir()):
        raise RuntimeError("the combined PDF is short or left a temp file")


def _check_excel(database: Database, folder: Path) -> None:
    """Export the unit register and list its sheets again (openpyxl, calamine, defusedxml)."""
    from datetime import date

    from desktop_app.documents.excel_reader import list_sheets
    from desktop_app.services.exports import export_units

    target = folder / "单位 名录.xlsx"
    if export_units(database, target, year=date.today().year) <= 0:
        raise RuntimeError("the unit register export wrote no rows")
    if not list_sheets(target):
        raise RuntimeError("the exported workbook has no sheets")
