"""Drafts, per-letter targets and the cheap "out of date" check, on the demo county."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.domain.canonical import fingerprint
from desktop_app.domain.enums import AuditAction, LetterStatus
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.services.letter_drafts import (
    delete_drafts,
    draft_content,
    draft_targets,
    issue_drafts,
    set_draft_targets,
)
from desktop_app.services.letter_ledger import (
    cascade_warnings,
    ledger,
    stale_letter_ids,
)
from desktop_app.services.letter_print import print_letters
from desktop_app.services.letter_templates import (
    install_default_templates,
    list_templates,
    save_template_version,
    template_spec,
)
from desktop_app.services.letters import change_status, issue_letters
from desktop_app.storage.database import Database
from desktop_app.storage.models import (
    AuditEvent,
    IndicatorValue,
    Letter,
    LetterSignatory,
    Person,
    Unit,
)
from tests.demo_copy import DEMO_YEAR

YEAR = DEMO_YEAR + 1  # a fresh year: the demo's templates, no letters yet
DEATHS = "生产安全事故死亡人数"
MAJOR = "较大及以上生产安全事故起数"


def _townships(database: Database) -> int:
    install_default_templates(database, YEAR)
    return next(t.id for t in list_templates(database, YEAR) if t.pairing == "townships")


def _unit_id(database: Database, name: str) -> int:
    with database.reading() as session:
        return session.scalars(select(Unit.id).where(Unit.name == name)).one()


def _letter(database: Database, letter_id: int) -> Letter:
    with database.reading() as session:
        letter = session.get(Letter, letter_id)
        assert letter is not None
        return letter


def _rename_head(database: Database, unit: str, name: str) -> None:
    with database.transaction("edit_people") as session:
        head = session.scalars(
            select(Person)
            .join(Unit, Unit.id == Person.unit_id)
            .where(Unit.name == unit, Person.is_admin_head)
        ).one()
        head.name = name


def _draft_of(database: Database, template: int, unit: str) -> int:
    county, town = _unit_id(database, "青溪县人民政府"), _unit_id(database, unit)
    result = issue_letters(database, template, YEAR, pairs=[(county, town)], as_drafts=True)
    assert len(result.issued) == 1
    return result.issued[0]


def test_a_draft_is_not_frozen_and_follows_the_matrix_until_it_is_issued(
    demo: Database,
) -> None:
    template = _townships(demo)
    draft_id = _draft_of(demo, template, "青溪镇")
    draft = _letter(demo, draft_id)
    assert draft.status is LetterStatus.DRAFT
    assert draft.fingerprint is None and draft.issued_on is None
    with demo.reading() as session:
        signatories = session.scalar(
            select(func.count()).where(LetterSignatory.letter_id == draft_id)
        )
    assert signatories == 0  # recorded when issued: the principal may change meanwhile
    row = next(r for r in ledger(demo, YEAR) if r.id == draft_id)
    assert row.out_of_date is False and row.code == ""
    assert print_letters(demo, YEAR, out_dir=None).letters == 0  # drafts are never printed

    _rename_head(demo, "青溪镇", "新镇长")
    content, _would_be = draft_content(demo, draft_id)
    assert content["party_b"]["principal"] == "新镇长"  # follows the matrix edit

    issued = issue_drafts(demo, [draft_id], issued_on=date(YEAR, 1, 20))
    assert issued.issued == [draft_id]
    letter = _letter(demo, draft_id)
    assert letter.status is LetterStatus.ISSUED and letter.issued_on == date(YEAR, 1, 20)
    assert letter.content is not None and letter.content["party_b"]["principal"] == "新镇长"
    assert letter.fingerprint == fingerprint(letter.content)
    assert letter.due_date is not None and letter.due_date > date(YEAR, 1, 20)
    with demo.reading() as session:
        assert (
            session.scalar(select(func.count()).where(LetterSignatory.letter_id == draft_id)) == 2
        )

    _rename_head(demo, "青溪镇", "再换的镇长")
    frozen = _letter(demo, draft_id)
    assert frozen.content == letter.content and frozen.fingerprint == letter.fingerprint
    assert draft_id in stale_letter_ids(demo, YEAR)


def test_an_issued_draft_uses_the_newest_template_version(demo: Database) -> None:
    template = _townships(demo)
    draft_id = _draft_of(demo, template, "石桥镇")
    spec = template_spec(demo, template)
    newer = save_template_version(
        demo, template, dataclasses.replace(spec, title="{年度}年度安全生产目标责任书（修订）")
    )
    change_status(demo, draft_id, LetterStatus.ISSUED, date(YEAR, 2, 1))
    letter = _letter(demo, draft_id)
    assert letter.template_id == newer and letter.template_version == 2
    assert letter.content is not None and letter.content["title"].endswith("（修订）")


def test_only_drafts_can_be_deleted_and_a_deletion_is_audited(demo: Database) -> None:
    template = _townships(demo)
    draft_id = _draft_of(demo, template, "柳河镇")
    issued = next(r for r in ledger(demo, DEMO_YEAR) if r.status is LetterStatus.ISSUED)
    with pytest.raises(DomainError) as caught:
        delete_drafts(demo, [draft_id, issued.id])
    assert caught.value.code is ErrorCode.LETTER_NOT_DRAFT
    assert _letter(demo, draft_id).status is LetterStatus.DRAFT  # nothing was deleted
    assert _letter(demo, issued.id).status is LetterStatus.ISSUED

    assert delete_drafts(demo, [draft_id]) == 1
    with demo.reading() as session:
        assert session.get(Letter, draft_id) is None
        assert not session.scalars(
            select(IndicatorValue).where(IndicatorValue.letter_id == draft_id)
        ).all()
        deleted = session.scalars(
            select(AuditEvent.entity).where(
                AuditEvent.operation == "delete_draft_letters",
                AuditEvent.action == AuditAction.DELETE,
            )
        ).all()
    assert "letter" in deleted and "indicator_value" in deleted


def test_per_letter_targets_are_stored_printed_and_checked_against_the_limit(
    demo: Database, tmp_path: Path
) -> None:
    template = _townships(demo)
    county = _unit_id(demo, "青溪县人民政府")
    towns = [_unit_id(demo, name) for name in ("青溪镇", "城东街道", "城西街道")]
    targets = {
        (county, towns[0]): {DEATHS: 2.0, MAJOR: 0.0},
        (county, towns[1]): {DEATHS: 2.0},
        (county, towns[2]): {MAJOR: None},  # left out: a veto item missing
    }
    result = issue_letters(
        demo, template, YEAR, pairs=[(county, town) for town in towns], targets=targets
    )
    kinds = {(w.kind, w.indicator) for w in result.warnings}
    assert kinds == {("over_limit", DEATHS), ("veto_missing", MAJOR)}
    assert kinds <= {(w.kind, w.indicator) for w in cascade_warnings(demo, YEAR)}
    with demo.reading() as session:
        stored = {
            (letter_id, name): target
            for letter_id, name, target in session.execute(
                select(IndicatorValue.letter_id, IndicatorValue.name, IndicatorValue.target)
            )
        }
    first, second, third = result.issued
    assert stored[(first, DEATHS)] == 2.0 and stored[(first, MAJOR)] == 0.0
    assert (third, MAJOR) not in stored and stored[(third, DEATHS)] == 0.0

    if shutil.which("pdftotext") is None:
        pytest.skip("needs poppler-utils")
    printed = print_letters(demo, YEAR, out_dir=tmp_path, letter_ids=[first], processes=1)
    text = subprocess.run(
        ["pdftotext", "-raw", str(printed.files[0].path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.replace(" ", "")
    assert "≤2人" in text  # the per-letter target in the indicator table
    assert "0起" in text  # a zero target prints as 0, not as a blank


def test_impossible_targets_are_refused_and_nothing_is_written(demo: Database) -> None:
    template = _townships(demo)
    county, town = _unit_id(demo, "青溪县人民政府"), _unit_id(demo, "白沙镇")
    with pytest.raises(DomainError) as caught:
        issue_letters(
            demo, template, YEAR, pairs=[(county, town)], targets={(county, town): {DEATHS: -1.0}}
        )
    assert caught.value.code is ErrorCode.INDICATOR_TARGET_INVALID
    assert ledger(demo, YEAR) == []


def test_draft_targets_can_change_but_an_issued_letters_cannot(demo: Database) -> None:
    template = _townships(demo)
    draft_id = _draft_of(demo, template, "龙潭镇")
    found = draft_targets(demo, [draft_id])
    assert found.letters[0][4][DEATHS] == 0.0
    warnings = set_draft_targets(demo, {draft_id: {DEATHS: 4.0}})
    assert any(w.kind == "over_limit" and w.indicator == DEATHS for w in warnings)
    assert draft_targets(demo, [draft_id]).letters[0][4][DEATHS] == 4.0
    content, _code = draft_content(demo, draft_id)
    table = next(block for block in content["blocks"] if block["type"] == "table")
    assert any(row[1] == DEATHS and row[2] == "≤4人" for row in table["rows"])

    issued = next(r for r in ledger(demo, DEMO_YEAR) if r.status is LetterStatus.SIGNED)
    with pytest.raises(DomainError) as caught:
        set_draft_targets(demo, {issued.id: {DEATHS: 1.0}})
    assert caught.value.code is ErrorCode.LETTER_NOT_DRAFT


def test_the_cheap_stale_check_agrees_with_recomposing_every_letter(demo: Database) -> None:
    assert stale_letter_ids(demo, DEMO_YEAR) == set()
    _rename_head(demo, "城东街道", "新主任")
    stale = stale_letter_ids(demo, DEMO_YEAR)
    assert stale and stale == stale_letter_ids(demo, DEMO_YEAR)  # memoised answer, same
    full = {r.id for r in ledger(demo, DEMO_YEAR, check_stale=True) if r.out_of_date}
    assert stale == full
    quick = ledger(demo, DEMO_YEAR, check_stale=False)
    assert all(r.out_of_date is None for r in quick if r.status is not LetterStatus.VOID)
