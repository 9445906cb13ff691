"""The year-end assessment on the demo county: sheets, results, import, close, reopen, audit."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook  # type: ignore[import-untyped]
from sqlalchemy import func, select

from desktop_app.domain.assessment_content import sheet_fingerprint
from desktop_app.domain.enums import AssessmentItemKind, Grade, LetterStatus
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.domain.scoring import Entry
from desktop_app.paths import AppPaths
from desktop_app.services.assessment import (
    ItemResult,
    SheetResults,
    close_assessment,
    create_score_sheets,
    enter_results,
    reopen_assessment,
    set_indicator_actuals,
)
from desktop_app.services.assessment_eval import evaluate_year
from desktop_app.services.assessment_export import (
    export_assessment_workbook,
    export_results_template,
)
from desktop_app.services.assessment_import import (
    ResultsRefused,
    import_results,
    preview_results,
)
from desktop_app.services.assessment_read import (
    assessment_results,
    sheet_detail,
    verify_sheet,
    year_state,
    year_summary,
)
from desktop_app.storage.database import Database
from desktop_app.storage.models import (
    Assessment,
    AuditEvent,
    Deduction,
    IndicatorValue,
    Letter,
    LetterTemplate,
)

LAST, THIS = 2025, 2026
HEADER = ["序号", "被考核单位", "考核项目", "实际值", "自评分", "扣分", "次数", "加分", "扣分情况"]


def _row(database: Database, year: int, unit: str):  # type: ignore[no-untyped-def]
    return next(r for r in assessment_results(database, year) if r.party_b == unit)


def _count(database: Database, model: type) -> int:
    with database.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _contents(database: Database, year: int) -> dict[int, dict]:  # type: ignore[type-arg]
    with database.reading() as session:
        return {e.assessment.id: e.content() for e in evaluate_year(session, year)}


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "考核结果"
    sheet.append(["2026年度考核结果录入表"])
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _signed_township(database: Database) -> str:
    with database.reading() as session:
        letter = session.scalars(
            select(Letter)
            .join(LetterTemplate, LetterTemplate.id == Letter.template_id)
            .where(
                Letter.year == THIS,
                Letter.status.in_([LetterStatus.SIGNED, LetterStatus.RETURNED]),
                LetterTemplate.name.like("%乡镇%"),
            )
            .order_by(Letter.id)
        ).first()
        assert letter is not None
        return letter.party_b.name


# ---------------------------------------------------------------- the demo's closed year
def test_the_demo_carries_last_years_closed_assessment_with_a_veto_and_a_tie(
    demo: Database,
) -> None:
    state = year_state(demo, LAST)
    assert state.closed and state.sheets == state.signed and state.signed == state.letters - 1
    vetoed = _row(demo, LAST, "龙潭镇")
    assert vetoed.veto and vetoed.grade is Grade.FAIL and vetoed.score == Decimal(0)
    assert vetoed.rank == vetoed.group_size  # last in its group, whatever it computed
    shiqiao, liuhe = _row(demo, LAST, "石桥镇"), _row(demo, LAST, "柳河镇")
    assert shiqiao.score == liuhe.score and shiqiao.rank == liuhe.rank
    assert "并列" in shiqiao.rank_note and "柳河镇" in shiqiao.rank_note
    summary = year_summary(demo, LAST)
    assert summary.vetoes and summary.vetoes[0][0] == "龙潭镇"
    assert summary.signed == summary.letters - 1
    assert all(row.code for row in assessment_results(demo, LAST))
    assert verify_sheet(demo, vetoed.code).matches


def test_every_closed_sheet_still_hashes_to_its_fingerprint(demo: Database) -> None:
    with demo.reading() as session:
        for e in evaluate_year(session, LAST):
            assert e.assessment.frozen
            assert sheet_fingerprint(e.content()) == e.assessment.fingerprint


# ---------------------------------------------------------------- sheets and results
def test_score_sheets_are_made_for_signed_letters_only_from_the_templates_rules(
    demo: Database,
) -> None:
    made = create_score_sheets(demo, THIS)
    state = year_state(demo, THIS)
    assert made.created == state.signed and made.unsigned == state.letters - state.signed
    assert create_score_sheets(demo, THIS).created == 0  # nothing twice
    township = _signed_township(demo)
    detail = sheet_detail(demo, _row(demo, THIS, township).id)
    base = [i for i in detail.items if i.kind is AssessmentItemKind.BASE]
    assert sum(i.standard for i in base) == Decimal(100)
    assert detail.items[0].indicator is not None
    assert {i.kind for i in detail.items} == set(AssessmentItemKind)
    assert detail.row.score is None and detail.row.grade is None  # nothing entered yet


def test_entering_results_scores_ranks_and_audits_them(demo: Database) -> None:
    create_score_sheets(demo, THIS)
    township = _signed_township(demo)
    sheet = sheet_detail(demo, _row(demo, THIS, township).id)
    by_name = {i.name: i for i in sheet.items}
    results = SheetResults(
        items={
            by_name["隐患排查治理"].position: ItemResult(
                (Entry(Decimal(2), "2处隐患逾期未整改", 2),), Decimal(15)
            ),
            by_name["创新加分"].position: ItemResult((Entry(Decimal(2), "经验被市级推广"),)),
        },
        actuals={i.name: i.indicator.target for i in sheet.items if i.indicator},
    )
    scored = enter_results(demo, sheet.row.id, results)
    assert scored.sheet.score == Decimal(98)  # 100 − 4 + 2
    row = _row(demo, THIS, township)
    assert row.grade is Grade.EXCELLENT and row.rank == 1
    with demo.reading() as session:
        bonus = session.scalars(select(Deduction).where(Deduction.reason == "经验被市级推广")).one()
        assert bonus.points == -2.0  # bonuses are stored as negative deductions
        operations = set(session.scalars(select(AuditEvent.operation)))
    assert "enter_assessment_results" in operations


def test_a_deduction_without_a_reason_is_refused_and_nothing_is_written(demo: Database) -> None:
    create_score_sheets(demo, THIS)
    sheet = sheet_detail(demo, _row(demo, THIS, _signed_township(demo)).id)
    events = _count(demo, AuditEvent)
    with pytest.raises(DomainError) as caught:
        enter_results(
            demo,
            sheet.row.id,
            SheetResults(items={7: ItemResult((Entry(Decimal(2), " "),))}),
        )
    assert caught.value.code is ErrorCode.DEDUCTION_REASON_MISSING
    assert _count(demo, AuditEvent) == events


# ---------------------------------------------------------------- freezing
def test_a_closed_assessment_is_unchanged_by_later_edits(demo: Database) -> None:
    before = _contents(demo, LAST)
    row = _row(demo, LAST, "青溪镇")
    for attempt in (
        lambda: enter_results(demo, row.id, SheetResults()),
        lambda: set_indicator_actuals(demo, row.id, {"生产安全事故死亡人数": Decimal(3)}),
        lambda: close_assessment(demo, LAST),
    ):
        with pytest.raises(DomainError) as caught:
            attempt()
        assert caught.value.code is ErrorCode.ASSESSMENT_CLOSED
    assert _contents(demo, LAST) == before
    assert verify_sheet(demo, row.code).matches


def test_an_edit_behind_the_programs_back_is_caught_by_the_fingerprint(demo: Database) -> None:
    row = _row(demo, LAST, "青溪镇")
    with demo.transaction("tamper") as session:
        assessment = session.get(Assessment, row.id)
        assert assessment is not None
        letter = session.get(Letter, assessment.letter_id)
        assert letter is not None
        value = session.scalars(
            select(IndicatorValue).where(IndicatorValue.letter_id == letter.id)
        ).first()
        assert value is not None
        value.actual = 5.0
    check = verify_sheet(demo, row.code)
    assert not check.matches and "record_changed" in check.problems


def test_reopening_needs_a_reason_and_both_steps_are_audited(demo: Database) -> None:
    fingerprints = {r.id: r.fingerprint for r in assessment_results(demo, LAST)}
    with pytest.raises(DomainError) as caught:
        reopen_assessment(demo, LAST, "   ")
    assert caught.value.code is ErrorCode.REOPEN_REASON_MISSING
    assert year_state(demo, LAST).closed
    reopened = reopen_assessment(demo, LAST, "龙潭镇事故调查结论变更")
    assert reopened == len(fingerprints) and not year_state(demo, LAST).closed
    assert "龙潭镇事故调查结论变更" in sheet_detail(demo, next(iter(fingerprints))).reopened[0]
    with pytest.raises(DomainError) as caught:
        reopen_assessment(demo, LAST, "again")
    assert caught.value.code is ErrorCode.ASSESSMENT_NOT_CLOSED
    close_assessment(demo, LAST)
    after = {r.id: r.fingerprint for r in assessment_results(demo, LAST)}
    assert after == fingerprints  # nothing changed in between: the same fingerprints
    with demo.reading() as session:
        events = list(
            session.scalars(
                select(AuditEvent).where(
                    AuditEvent.operation.in_(["reopen_assessment", "close_assessment"]),
                    AuditEvent.entity == "assessment",
                )
            )
        )
    reopen = [e for e in events if e.operation == "reopen_assessment"]
    assert len(reopen) == len(fingerprints)
    assert all("龙潭镇事故调查结论变更" in (e.after or {}).get("notes", "") for e in reopen)
    assert all((e.before or {}).get("frozen") is True for e in reopen)
    assert sum(e.operation == "close_assessment" for e in events) == len(fingerprints)


# ---------------------------------------------------------------- import
def test_importing_results_with_bad_rows_writes_nothing(demo: Database, tmp_path: Path) -> None:
    create_score_sheets(demo, THIS)
    township = _signed_township(demo)
    path = _workbook(
        tmp_path / "results.xlsx",
        [
            [1, township, "隐患排查治理", None, 15, 2, 1, None, "1处隐患逾期未整改"],
            [2, township, "组织领导", None, None, 2, None, None, None],
            [3, "不存在的镇", "组织领导", None, None, 1, None, None, "x"],
            [4, township, "不存在的项目", None, None, 1, None, None, "x"],
            [5, township, "重大事故隐患整改率", "九十九", None, None, None, None, None],
        ],
    )
    preview = preview_results(demo, THIS, path)
    found = {(p.row, p.column, p.code) for p in preview.problems if p.is_error}
    assert found == {
        (4, "扣分情况", ErrorCode.ASSESS_REASON_MISSING),
        (5, "被考核单位", ErrorCode.ASSESS_NO_SHEET),
        (6, "考核项目", ErrorCode.ASSESS_UNKNOWN_ITEM),
        (7, "实际值", ErrorCode.ASSESS_NOT_A_NUMBER),
    }
    assert all(p.sheet == "考核结果" for p in preview.problems)
    deductions, events = _count(demo, Deduction), _count(demo, AuditEvent)
    with pytest.raises(ResultsRefused) as caught:
        import_results(demo, preview)
    assert caught.value.code is ErrorCode.IMPORT_REFUSED
    assert caught.value.facts["rows"] == 4
    assert (_count(demo, Deduction), _count(demo, AuditEvent)) == (deductions, events)


def test_a_clean_results_file_replaces_the_named_sheets_after_a_backup(
    demo: Database, tmp_path: Path, app_paths: AppPaths
) -> None:
    create_score_sheets(demo, THIS)
    township = _signed_township(demo)
    sheet = sheet_detail(demo, _row(demo, THIS, township).id)
    actual_rows = [
        [None, township, i.name, i.indicator.target, None, None, None, None, None]
        for i in sheet.items
        if i.indicator is not None
    ]
    path = _workbook(
        tmp_path / "results.xlsx",
        [
            *actual_rows,
            [None, township, "隐患排查治理", None, "13分", None, 2, None, "隐患逾期未整改"],
            [None, township, "创新加分", None, None, None, None, "３", "经验被市级推广"],
            [None, township, "一票否决情形", None, None, None, None, None, "迟报生产安全事故"],
        ],
    )
    preview = preview_results(demo, THIS, path)
    assert preview.errors == 0
    done = import_results(demo, preview, backup_dir=app_paths.backup_dir)
    assert done.sheets == 1 and done.backup is not None and done.backup.is_file()
    row = _row(demo, THIS, township)
    assert row.veto and row.grade is Grade.FAIL and row.veto_reason == "迟报生产安全事故"
    detail = sheet_detail(demo, row.id)
    hazards = next(i for i in detail.items if i.name == "隐患排查治理")
    assert hazards.points == Decimal(11) and hazards.self_points == Decimal(13)
    assert detail.row.computed == Decimal(99)  # 100 − 2 × 2 (the item's 每项扣2分) + 3
    again = import_results(demo, preview_results(demo, THIS, path))
    assert again.sheets == 1
    assert sheet_detail(demo, row.id).items == detail.items  # the file replaces, never adds


def test_a_template_for_results_reads_back_without_problems(demo: Database, tmp_path: Path) -> None:
    create_score_sheets(demo, THIS)
    path = tmp_path / "template.xlsx"
    rows = export_results_template(demo, path, year=THIS)
    assert rows > 0
    preview = preview_results(demo, THIS, path)
    assert preview.errors == 0 and preview.validation.rows == rows


# ---------------------------------------------------------------- export
def test_the_export_holds_results_ranking_details_and_grade_counts(
    demo: Database, tmp_path: Path
) -> None:
    path = tmp_path / "assessment.xlsx"
    count = export_assessment_workbook(demo, path, year=LAST)
    assert count == year_state(demo, LAST).sheets
    book = load_workbook(path)
    assert book.sheetnames == ["考核结果", "扣分明细", "等次统计"]
    rows = [r for r in book["考核结果"].iter_rows(values_only=True) if r and r[3]]
    header = rows[0]
    unit, rank, note = header.index("被考核单位"), header.index("排名"), header.index("排名说明")
    tied = [r for r in rows if r[unit] in ("石桥镇", "柳河镇")]
    assert len(tied) == 2 and tied[0][rank] == tied[1][rank] and "并列" in tied[0][note]
    empty = export_assessment_workbook(demo, tmp_path / "empty.xlsx", year=2030)
    assert empty == 0
