"""Last year's letters of the demo county with a closed year-end assessment.

A new user sees a complete example: the four templates of last year with their 考核细则,
one letter per signing pair (all signed and archived but one township's, which was never
returned), every signed letter scored — deductions with reasons, bonuses, a 否优 case, one
veto (龙潭镇: a 较大事故) and a tie (石桥镇 and 柳河镇 score the same) — ranked and closed.

Called at the end of :func:`desktop_app.services.demo.generate_demo`, inside its one audited
transaction. Everything is deterministic (seeded by the unit's name).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from desktop_app.domain.enums import AssessmentItemKind, LetterStatus
from desktop_app.domain.letters import TemplateSpec
from desktop_app.domain.scoring import Entry, decimal_of
from desktop_app.services.assessment import (
    ItemResult,
    SheetResults,
    add_score_sheets,
    apply_results,
    close_year,
)
from desktop_app.services.assessment_eval import load_assessments
from desktop_app.services.letter_facts import signing_pairs
from desktop_app.services.letter_templates import add_default_templates
from desktop_app.services.letters import apply_status, create_letter
from desktop_app.services.scoring_rules import add_default_rules
from desktop_app.storage.models import Assessment, Letter, Unit

if TYPE_CHECKING:
    from desktop_app.services.demo import _DemoBuilder

PAIRING_ORDER = ("townships", "committee_members", "subsidiaries", "teams")
NEVER_SIGNED = "梅岭乡"
VETOED = "龙潭镇"
TIED = ("石桥镇", "柳河镇")
ONE_DEATH = "白沙镇"
NO_EXCELLENT = "青溪县教育局"
REASONS = {
    "组织领导": "全年专题研究安全生产工作少于4次",
    "责任体系": "抽查发现缺少下一级安全生产责任状",
    "隐患排查治理": "检查发现隐患逾期未整改",
    "网格化监管": "网格员巡查记录缺失",
    "宣传教育培训": "未开展“安全生产月”咨询日活动",
    "应急管理": "节假日应急值守抽查脱岗",
    "行业监管职责": "少开展行业领域专项检查",
    "执法检查": "执法检查台账不全",
    "会议部署": "有一个季度未研究部署本行业安全生产工作",
    "宣传培训": "行业从业人员培训记录缺失",
    "信息报送": "月度统计报表迟报",
    "安全管理制度": "缺少有限空间作业管理制度",
    "全员安全生产责任制": "缺少岗位安全生产责任书",
    "教育培训": "新员工三级安全教育记录不全",
    "现场安全管理": "现场检查发现违章作业",
    "班前安全讲话": "班前会记录缺失",
    "岗位操作": "检查发现违章操作",
    "设备设施": "设备点检记录缺失",
    "现场管理": "物料未定置摆放",
    "创新加分": "安全生产工作经验被市应急管理局推广",
    "合理化建议": "提出的安全合理化建议被车间采纳",
    "事故扣分": "发生一般生产安全事故1起（无人员死亡）",
    "通报约谈": "因隐患整改不力被县安委办约谈",
    "检查扣分": "上级检查发现重大事故隐患",
    "否优情形": "挂牌督办的重大事故隐患逾期未整改销号",
}
RATES = (Decimal(100), Decimal(100), Decimal(100), Decimal(99), Decimal("98.5"), Decimal(97))


def _actual(name: str, target: Decimal | None, unit: str, rng: random.Random) -> Decimal:
    if "下降" in name:
        return Decimal(rng.choice((12, 15, 10, 8, 11, 10)))
    if unit == "%":
        return rng.choice(RATES)
    if "轻伤" in name and target is not None:
        return Decimal(rng.choice((0, 0, 1, 1, 2))).min(target + 1)
    return target if target is not None else Decimal(0)


def _results(assessment: Assessment, letter: Letter, unit: str) -> SheetResults:
    rng = random.Random(f"demo-assessment/{TIED[0] if unit in TIED else unit}")
    actuals: dict[str, Decimal | None] = {}
    for value in letter.indicators:
        target = None if value.target is None else decimal_of(value.target)
        actual = _actual(value.name, target, value.measure_unit or "", rng)
        if unit == VETOED and "较大" in value.name:
            actual = Decimal(1)
        if unit == ONE_DEATH and "死亡" in value.name:
            actual = Decimal(1)
        actuals[value.name] = actual
    indicators = set(actuals)
    items: dict[int, ItemResult] = {}
    for item in assessment.items:
        standard = decimal_of(item.standard_points)
        entries: list[Entry] = []
        self_points = standard if item.kind is AssessmentItemKind.BASE else None
        reason = REASONS.get(item.name, f"{item.name}检查发现问题")
        if item.kind is AssessmentItemKind.BASE and item.name not in indicators:
            if rng.random() < 0.45:
                per = _per_unit(item.rule)
                count = rng.choice((1, 1, 2))
                entries.append(Entry(per, reason, count))
                if rng.random() < 0.5:
                    self_points = max(Decimal(0), standard - per)
        elif item.kind is AssessmentItemKind.BONUS and rng.random() < 0.25:
            entries.append(Entry(Decimal(2) if standard >= 5 else Decimal(1), reason))
        elif item.kind is AssessmentItemKind.DEDUCTION and rng.random() < 0.15:
            entries.append(Entry(_per_unit(item.rule), reason))
        elif item.kind is AssessmentItemKind.NO_EXCELLENT and unit == NO_EXCELLENT:
            entries.append(Entry(Decimal(0), reason))
        items[item.position] = ItemResult(tuple(entries), self_points)
    return SheetResults(items=items, actuals=actuals)


def _per_unit(rule: str | None) -> Decimal:
    """The N of the first "扣N分" in a printed rule (1 when it says none)."""
    text = rule or ""
    start = text.find("扣")
    digits = ""
    for char in text[start + 1 :] if start >= 0 else "":
        if char.isdigit() or char == ".":
            digits += char
        elif digits:
            break
    return decimal_of(digits) if digits else Decimal(1)


def _letters(builder: _DemoBuilder, year: int) -> list[Letter]:
    session = builder.session
    templates = add_default_templates(session, year)
    add_default_rules(session, year)
    order = {rule: n for n, rule in enumerate(PAIRING_ORDER)}
    specs = sorted(
        ((t, TemplateSpec.from_json(t.body)) for t in templates),
        key=lambda item: order.get(item[1].pairing, len(order)),
    )
    from desktop_app.services.demo import demo_uuid

    letters: list[Letter] = []
    for level, (template, spec) in enumerate(specs):
        issued_on = date(year, 1, 8 + 5 * level)
        for pair in signing_pairs(session, spec.pairing):
            party_a = session.get(Unit, pair.party_a_id)
            party_b = session.get(Unit, pair.party_b_id)
            assert party_a is not None and party_b is not None
            letter = create_letter(
                session,
                template.id,
                year,
                party_a,
                party_b,
                issued_on=issued_on,
                due_date=issued_on + timedelta(days=spec.due_days),
                uuid=demo_uuid("letter", year, party_a.name, party_b.name),
            )
            if party_b.name != NEVER_SIGNED:
                signed_on = issued_on + timedelta(days=12 + len(letters) % 9)
                apply_status(letter, LetterStatus.SIGNED, signed_on)
                apply_status(letter, LetterStatus.RETURNED, signed_on + timedelta(days=6))
                apply_status(letter, LetterStatus.ARCHIVED, date(year, 12, 31))
            letters.append(letter)
    session.flush()
    return letters


def add_demo_assessment(builder: _DemoBuilder) -> int:
    """Last year's letters, scored and closed; returns how many sheets were closed."""
    session = builder.session
    year = builder.year - 1
    letters = {letter.id: letter for letter in _letters(builder, year)}
    add_score_sheets(session, year)
    for assessment in load_assessments(session, year):
        letter = letters[assessment.letter_id]
        apply_results(session, assessment, _results(assessment, letter, letter.party_b.name))
    session.flush()
    return close_year(session, year).sheets
