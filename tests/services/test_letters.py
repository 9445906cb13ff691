"""Issuing letters and the signing ledger on the demo county (青溪县)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.domain.canonical import fingerprint, short_code
from desktop_app.domain.enums import FieldRole, LetterStatus, Party
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.paths import AppPaths
from desktop_app.services.letter_ledger import (
    cascade_warnings,
    ledger,
    letter_differences,
    overdue_letters,
    signing_rates,
)
from desktop_app.services.letter_print import print_letters
from desktop_app.services.letter_scans import attach_scan, scan_file
from desktop_app.services.letter_templates import list_templates
from desktop_app.services.letter_verify import Verdict, verify
from desktop_app.services.letters import (
    change_status,
    issue_letters,
    reissue_letter,
    void_letter,
)
from desktop_app.storage.database import Database
from desktop_app.storage.models import (
    AuditEvent,
    FieldAssignment,
    Letter,
    LetterSignatory,
    Person,
    Unit,
)
from tests.demo_copy import DEMO_YEAR as YEAR

AFTER_DEADLINES = date(YEAR, 12, 1)


def _letter_of(database: Database, party_b: str) -> Letter:
    with database.reading() as session:
        return session.scalars(
            select(Letter)
            .join(Unit, Unit.id == Letter.party_b_id)
            .where(Unit.name == party_b, Letter.status != LetterStatus.VOID, Letter.year == YEAR)
        ).one()


def _template_id(database: Database, pairing: str) -> int:
    return next(t.id for t in list_templates(database, YEAR) if t.pairing == pairing)


def test_the_demo_has_letters_at_every_level_in_every_state(demo: Database) -> None:
    rows = ledger(demo, YEAR, today=AFTER_DEADLINES)
    assert len({row.level for row in rows}) == 4
    statuses = {row.status for row in rows}
    assert {LetterStatus.ISSUED, LetterStatus.SIGNED, LetterStatus.RETURNED} <= statuses
    assert LetterStatus.ARCHIVED in statuses
    assert any(row.has_scan for row in rows)
    assert overdue_letters(demo, YEAR, today=AFTER_DEADLINES)
    assert not any(row.out_of_date for row in rows)
    rates = {rate.level: rate for rate in signing_rates(demo, YEAR, today=AFTER_DEADLINES)}
    assert sum(rate.total for rate in rates.values()) == len(rows)
    assert all(0 < rate.rate < 1 for rate in rates.values())


def test_issued_content_is_frozen_with_its_fingerprint_and_signatories(demo: Database) -> None:
    letter = _letter_of(demo, "青溪镇")
    assert letter.content is not None and letter.fingerprint == fingerprint(letter.content)
    assert letter.content["party_b"]["name"] == "青溪镇"
    with demo.reading() as session:
        parties = set(
            session.scalars(
                select(LetterSignatory.party).where(LetterSignatory.letter_id == letter.id)
            )
        )
        templates_used = session.scalar(
            select(func.count(func.distinct(Letter.template_id))).where(Letter.year == YEAR)
        )
    assert parties == {Party.A, Party.B}
    assert templates_used == 4


def test_issuing_again_skips_what_is_issued_and_backs_up_first(
    demo: Database, app_paths: AppPaths
) -> None:
    template = _template_id(demo, "townships")
    result = issue_letters(demo, template, YEAR, backup_dir=app_paths.backup_dir)
    assert result.issued == [] and len(result.skipped) == 13
    assert result.backup is not None and result.backup.is_file()
    with demo.reading() as session:
        operations = set(session.scalars(select(AuditEvent.operation)))
    assert "generate_demo" in operations


def test_a_frozen_letter_does_not_change_when_the_matrix_does(demo: Database) -> None:
    before = _letter_of(demo, "城东街道")
    with demo.transaction("edit_matrix") as session:
        head = session.scalars(
            select(Person).where(Person.unit_id == before.party_b_id, Person.is_admin_head)
        ).one()
        head.name = "新主任"
        cell = session.scalars(
            select(FieldAssignment).where(FieldAssignment.unit_id == before.party_b_id)
        ).first()
        assert cell is not None
        cell.role = FieldRole.SUPPORT
    after = _letter_of(demo, "城东街道")
    assert after.content == before.content and after.fingerprint == before.fingerprint
    row = next(r for r in ledger(demo, YEAR) if r.id == after.id)
    assert row.out_of_date
    assert any(
        path.startswith("blocks") or "party_b" in path
        for path in letter_differences(demo, after.id)
    )


def test_the_ledger_moves_forward_only_and_voiding_needs_a_reason(demo: Database) -> None:
    letter = _letter_of(demo, "城西街道")
    assert letter.status is LetterStatus.ISSUED
    with pytest.raises(DomainError) as caught:
        change_status(demo, letter.id, LetterStatus.ARCHIVED)
    assert caught.value.code is ErrorCode.LETTER_STATUS_CHANGE
    change_status(demo, letter.id, LetterStatus.SIGNED, date(YEAR, 2, 1))
    change_status(demo, letter.id, LetterStatus.RETURNED, date(YEAR, 2, 5))
    change_status(demo, letter.id, LetterStatus.ARCHIVED, date(YEAR, 3, 1))
    archived = _letter_of(demo, "城西街道")
    assert (archived.signed_on, archived.archived_on) == (date(YEAR, 2, 1), date(YEAR, 3, 1))
    with pytest.raises(DomainError) as caught:
        void_letter(demo, letter.id, "  ")
    assert caught.value.code is ErrorCode.VOID_REASON_MISSING


def test_reissue_voids_with_a_reason_and_makes_the_next_version(demo: Database) -> None:
    old = _letter_of(demo, "柳河镇")
    new_id = reissue_letter(demo, old.id, "乙方主要负责人调整", date(YEAR, 4, 1))
    with demo.reading() as session:
        voided = session.get(Letter, old.id)
        new = session.get(Letter, new_id)
        assert voided is not None and new is not None
        assert voided.status is LetterStatus.VOID and voided.void_reason == "乙方主要负责人调整"
        assert new.version == old.version + 1 and new.status is LetterStatus.ISSUED
        assert new.uuid != old.uuid and new.fingerprint != old.fingerprint
        assert new.content is not None and new.content["letter"]["version"] == 2


def test_a_scan_is_stored_by_its_hash_and_odd_files_are_refused(
    demo: Database, app_paths: AppPaths, tmp_path: Path
) -> None:
    letter = _letter_of(demo, "白沙镇")
    scan = tmp_path / "扫描件.jpg"
    scan.write_bytes(b"\xff\xd8\xff\xe0" + b"jpeg" * 100)
    sha = attach_scan(demo, letter.id, scan, app_paths.attachments_dir)
    stored = scan_file(app_paths.attachments_dir, sha, "扫描件.jpg")
    assert stored is not None and stored.name == f"{sha}.jpg"
    assert stored.read_bytes() == scan.read_bytes()
    assert _letter_of(demo, "白沙镇").scan_filename == "扫描件.jpg"
    text = tmp_path / "note.txt"
    text.write_text("x")
    fake = tmp_path / "fake.pdf"
    fake.write_text("not a pdf")
    for bad in (text, fake):
        with pytest.raises(DomainError) as caught:
            attach_scan(demo, letter.id, bad, app_paths.attachments_dir)
        assert caught.value.code is ErrorCode.SCAN_UNSUPPORTED


def test_verify_accepts_the_original_and_rejects_a_one_character_change(
    demo: Database, tmp_path: Path
) -> None:
    letter = _letter_of(demo, "双溪镇")
    assert letter.fingerprint is not None
    code = short_code(letter.fingerprint)
    result = verify(demo, code)
    assert result.verdict is Verdict.MATCH and result.letters[0].party_b == "双溪镇"
    changed = code[:-1] + ("0" if code[-1] != "0" else "1")
    assert verify(demo, changed).verdict is Verdict.MISMATCH
    payload = f"DM1|{letter.uuid}|{letter.fingerprint}"
    assert verify(demo, payload).matches
    assert not verify(demo, payload[:-1] + ("0" if payload[-1] != "0" else "1")).matches

    printed = print_letters(
        demo, YEAR, out_dir=tmp_path / "out", letter_ids=[letter.id], processes=1
    )
    pdf = printed.files[0].path
    assert verify(demo, str(pdf)).matches
    data = bytearray(pdf.read_bytes())
    data[len(data) // 2] ^= 1
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    result = verify(demo, str(tampered))
    assert result.verdict is Verdict.MISMATCH and "file_hash" in result.differences
    assert result.letters and result.letters[0].id == letter.id

    with demo.transaction("tamper") as session:
        row = session.get(Letter, letter.id)
        assert row is not None and row.content is not None
        content = dict(row.content)
        content["title"] = content["title"].replace("安全", "安金", 1)
        row.content = content
    tampered_record = verify(demo, code)
    assert tampered_record.verdict is Verdict.MISMATCH
    assert "record_changed" in tampered_record.differences

    with pytest.raises(DomainError) as caught:
        verify(demo, "not a code")
    assert caught.value.code is ErrorCode.VERIFY_UNREADABLE


def test_cascading_limits_are_checked(demo: Database) -> None:
    warnings = cascade_warnings(demo, YEAR)
    over = {(w.parent, w.indicator) for w in warnings if w.kind == "over_limit"}
    assert ("青溪县人民政府", "生产安全事故死亡人数") in over  # four towns at ≤1 against ≤3
    assert any(w.indicator == "轻伤及以上事故起数" for w in warnings if w.kind == "over_limit")


def test_every_pdf_the_app_writes_for_a_letter_verifies_even_on_a_copy_that_never_printed_it(
    demo: Database, tmp_path: Path
) -> None:
    from desktop_app.services.backups import backup_now
    from desktop_app.services.letter_print import letter_pdf_bytes
    from desktop_app.storage.database import open_database

    letters = [_letter_of(demo, name) for name in ("双溪镇", "青溪镇")]
    untouched = backup_now(demo, tmp_path / "backups", reason="before-print")
    two_copies = tmp_path / "打开的两份.pdf"
    two_copies.write_bytes(letter_pdf_bytes(demo, letters[0].id, copies=2))
    printed = print_letters(  # with two processes, as the clerk's batch runs
        demo, YEAR, out_dir=tmp_path / "out", letter_ids=[letter.id for letter in letters]
    )
    assert verify(demo, str(two_copies)).matches
    elsewhere = open_database(untouched)  # the same records, before anything was printed
    try:
        for file in [*printed.files, two_copies]:
            path = file if isinstance(file, Path) else file.path
            result = verify(elsewhere, str(path))
            assert result.matches, (path.name, result.differences)
        data = bytearray(printed.files[0].path.read_bytes())
        data[len(data) // 2] ^= 1
        tampered = tmp_path / "tampered.pdf"
        tampered.write_bytes(bytes(data))
        assert not verify(elsewhere, str(tampered)).matches
    finally:
        elsewhere.close()
