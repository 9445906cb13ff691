"""The assessment in Excel: results with ranking, every deduction, the grade counts, and a
results-entry workbook the import reads back.

Written by the shared formatted writer (title row, frozen header, widths, print titles,
formula-safe texts, atomic save).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from desktop_app.documents.excel_writer import Column, SheetSpec, write_workbook
from desktop_app.domain.enums import AssessmentItemKind, Grade
from desktop_app.domain.import_assessment import RESULT_COLUMNS
from desktop_app.domain.import_vocabulary import CellValue
from desktop_app.domain.scoring import GRADE_WORDS, KIND_WORDS, points_text
from desktop_app.services.assessment_eval import SheetEval, evaluate_year
from desktop_app.services.assessment_read import year_summary
from desktop_app.storage.database import Database

GRADE_FILLS = {"优秀": "C6EFCE", "良好": "DDEBF7", "合格": "FFF2CC", "不合格": "F8CBAD"}


def _number(value: object) -> float | None:
    return None if value is None else float(str(value))


def _stamp(count: int, year: int, closed: bool) -> str:
    state = "已定稿" if closed else "未定稿"
    return f"{year}年度　{state}　导出时间：{datetime.now():%Y-%m-%d %H:%M}　共 {count} 个单位"


def _results_sheet(year: int, evals: list[SheetEval], closed: bool) -> SheetSpec:
    rows: list[list[CellValue]] = []
    for e in evals:
        ranked = e.ranked
        grade = GRADE_WORDS[e.sheet.grade] if e.sheet.grade else "未完成"
        code = e.assessment.fingerprint
        rows.append([
            len(rows) + 1, e.group, ranked.rank if ranked else None, e.letter.party_b.name,
            e.letter.party_a.name, _number(e.sheet.self_score), _number(e.sheet.computed),
            _number(e.sheet.score), grade, "是" if e.sheet.veto else "否",
            e.sheet.veto_reason, "；".join(e.sheet.no_excellent) or None,
            ranked.note if ranked else None,
            f"{code[:4]}-{code[4:8]}-{code[8:12]}".upper() if code else None,
        ])  # fmt: skip
    headers = (
        ("序号", 6.0), ("考核分组", 18.0), ("排名", 6.0), ("被考核单位", 26.0),
        ("考核单位", 20.0), ("自评分", 8.0), ("计算得分", 9.0), ("考核得分", 9.0),
        ("等次", 8.0), ("一票否决", 8.0), ("否决原因", 30.0), ("否优情形", 24.0),
        ("排名说明", 34.0), ("核验码", 16.0),
    )  # fmt: skip
    numeric = {"自评分", "计算得分", "考核得分"}
    columns = [
        Column(
            header,
            width,
            wrap=header in ("否决原因", "否优情形", "排名说明"),
            center=header in ("序号", "排名", "等次", "一票否决"),
            number_format="0.00" if header in numeric else None,
        )
        for header, width in headers
    ]
    return SheetSpec(
        "考核结果",
        f"{year}年度安全生产目标责任考核结果及排名",
        columns,
        rows,
        subtitle=_stamp(len(rows), year, closed),
        fill_for=lambda column, value: GRADE_FILLS.get(str(value)) if column == 8 else None,
        freeze_columns=4,
        landscape=True,
        notes=(
            "注：排名按考核分组分别排列，得分相同的并列同一名次，下一名次顺延；"
            "一票否决的单位排在未被否决的单位之后。",
        ),
    )


def _details_sheet(year: int, evals: list[SheetEval]) -> SheetSpec:
    rows: list[list[CellValue]] = []
    for e in evals:
        for item, scored in zip(e.inputs, e.sheet.items, strict=True):
            if not scored.notes and not item.entries and item.self_points is None:
                continue
            rows.append([
                len(rows) + 1, e.letter.party_b.name, item.position, KIND_WORDS[item.kind],
                item.name, _number(item.standard), _number(item.self_points),
                "；".join(scored.notes) or None, _number(scored.points),
            ])  # fmt: skip
    headers = (
        ("序号", 6.0), ("被考核单位", 24.0), ("项次", 6.0), ("类别", 6.0), ("考核项目", 22.0),
        ("标准分", 8.0), ("自评分", 8.0), ("扣分情况", 60.0), ("实得分", 8.0),
    )  # fmt: skip
    columns = [
        Column(
            header,
            width,
            wrap=header == "扣分情况",
            center=header in ("序号", "项次", "类别"),
            number_format="0.00" if header in ("标准分", "自评分", "实得分") else None,
        )
        for header, width in headers
    ]
    return SheetSpec(
        "扣分明细",
        f"{year}年度考核扣分（加分）明细",
        columns,
        rows,
        freeze_columns=2,
        landscape=True,
    )


def _grades_sheet(database: Database, year: int) -> SheetSpec:
    summary = year_summary(database, year)
    rows: list[list[CellValue]] = []
    for group, counts in summary.groups.items():
        rows.append([group, *[counts.get(g, 0) for g in Grade], sum(counts.values())])
    rows.append(["合计", *[summary.grades.get(g, 0) for g in Grade], summary.assessed])
    columns = [Column("考核分组", 24.0)] + [Column(GRADE_WORDS[g], 8.0, center=True) for g in Grade]
    columns.append(Column("合计", 8.0, center=True))
    return SheetSpec(
        "等次统计",
        f"{year}年度考核等次统计",
        columns,
        rows,
        subtitle=(
            f"责任书 {summary.letters} 份，已签订 {summary.signed} 份，"
            f"签订率 {points_text(summary.signing_rate)}%；一票否决 {len(summary.vetoes)} 个"
        ),
    )


def export_assessment_workbook(database: Database, path: Path, *, year: int) -> int:
    """Results and ranking, the deductions and the grade counts of ``year``; unit count.

    A year without sheets still gives a well-formed workbook (empty tables).
    """
    with database.reading() as session:
        evals = evaluate_year(session, year)
        closed = bool(evals) and all(e.assessment.frozen for e in evals)
        sheets = [_results_sheet(year, evals, closed), _details_sheet(year, evals)]
    sheets.append(_grades_sheet(database, year))
    write_workbook(path, sheets)
    return len(evals)


def export_results_template(database: Database, path: Path, *, year: int) -> int:
    """A results-entry workbook for ``year``: one row per unit and item, ready to fill in."""
    with database.reading() as session:
        evals = evaluate_year(session, year)
        rows: list[list[CellValue]] = []
        for e in evals:
            for item in e.inputs:
                if item.kind in (AssessmentItemKind.VETO, AssessmentItemKind.NO_EXCELLENT):
                    continue
                actual = item.indicator.actual if item.indicator is not None else None
                rows.append([
                    len(rows) + 1, e.letter.party_b.name, item.name, _number(actual),
                    _number(item.self_points), None, None, None, None,
                ])  # fmt: skip
    columns = [
        Column(spec.label, float(spec.width), center=spec.key == "seq", wrap=spec.key == "reason")
        for spec in RESULT_COLUMNS
    ]
    sheet = SheetSpec(
        "考核结果录入",
        f"{year}年度安全生产目标责任考核结果录入表",
        columns,
        rows,
        subtitle="每行一项扣分、加分或指标实际值；扣分、加分必须填写“扣分情况”（原因）。"
        "一票否决、否优情形另起一行，在“考核项目”中填写该项名称并写明情况。",
        freeze_columns=3,
        landscape=True,
    )
    write_workbook(path, [sheet])
    return len(rows)
