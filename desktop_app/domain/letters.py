"""Letter composition (安全生产目标责任书): template + facts → frozen content, pure.

A template (the JSON in ``LetterTemplate.body``) holds a title, a preamble, sections of
clauses and control indicators. Clauses carry placeholders such as {甲方} {乙方} {年度};
three placeholders stand alone on a line and expand into blocks: {指标表} (the indicator
table), {职责清单} (the accepting unit's duty list) and {领域职责} (its fields and roles).
A line starting with "#" is a sub-heading ((一) in 楷体). Unknown placeholders are errors,
never printed raw.

The composed content is plain JSON; its canonical form's SHA-256 is the letter's fingerprint
(DESIGN §4). Signatories of record are kept outside it (LetterSignatory).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop_app.domain.canonical import fingerprint, short_code
from desktop_app.domain.enums import FieldRole, IndicatorComparison
from desktop_app.domain.errors import DomainError, ErrorCode

CONTENT_FORMAT = "DM-LETTER-1"
TEMPLATE_FORMAT = 1
INDICATOR_TABLE = "指标表"
DUTY_LIST = "职责清单"
FIELD_DUTIES = "领域职责"
BLOCK_PLACEHOLDERS = frozenset({INDICATOR_TABLE, DUTY_LIST, FIELD_DUTIES})
INLINE_PLACEHOLDERS = frozenset(
    {
        "甲方",
        "乙方",
        "年度",
        "甲方负责人",
        "乙方负责人",
        "甲方负责人职务",
        "乙方负责人职务",
        "有效期",
        "分管领导",
        "签订期限",
        "份数",
    }
)
KNOWN_PLACEHOLDERS = INLINE_PLACEHOLDERS | BLOCK_PLACEHOLDERS
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
SUBHEADING_MARK = "#"
TABLE_HEADER = ("序号", "控制指标", "目标值", "权重", "一票否决")

_ROLE_WORDS = {
    FieldRole.LEAD: "牵头",
    FieldRole.SUPPORT: "配合",
    FieldRole.MAIN: "主体",
    FieldRole.TERRITORIAL: "属地",
}
_COMPARISON_WORDS = {
    IndicatorComparison.AT_MOST: "≤",
    IndicatorComparison.AT_LEAST: "≥",
    IndicatorComparison.EQUAL: "",
}


@dataclass(frozen=True)
class IndicatorSpec:
    """A control indicator: name, unit of measure, comparison, target, weight, veto."""

    name: str
    measure_unit: str = ""
    comparison: IndicatorComparison = IndicatorComparison.AT_MOST
    target: float | None = None
    weight: float | None = None
    veto: bool = False

    def target_text(self) -> str:
        """How the target reads on paper: "0人", "≤2起", "100%"."""
        if self.target is None:
            return "—"
        number = _number(self.target)
        sign = _COMPARISON_WORDS[self.comparison]
        if self.comparison is IndicatorComparison.AT_MOST and self.target == 0:
            sign = ""
        if self.comparison is IndicatorComparison.AT_LEAST and self.measure_unit == "%":
            sign = "" if self.target >= 100 else sign
        return f"{sign}{number}{self.measure_unit}"

    def as_json(self) -> dict[str, Any]:
        """The indicator in the frozen content."""
        return {
            "name": self.name,
            "measure_unit": self.measure_unit,
            "comparison": self.comparison.value,
            "target": self.target,
            "weight": self.weight,
            "veto": self.veto,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> IndicatorSpec:
        """Read an indicator from template or content JSON."""
        return cls(
            name=str(data["name"]),
            measure_unit=str(data.get("measure_unit") or ""),
            comparison=IndicatorComparison(data.get("comparison") or "at_most"),
            target=None if data.get("target") is None else float(data["target"]),
            weight=None if data.get("weight") is None else float(data["weight"]),
            veto=bool(data.get("veto", False)),
        )


@dataclass(frozen=True)
class TemplateSection:
    """A numbered section (一、…) with its clause lines."""

    heading: str
    clauses: tuple[str, ...]


@dataclass(frozen=True)
class TemplateSpec:
    """A letter template as stored in ``LetterTemplate.body``."""

    key: str
    level: str
    name: str
    title: str
    pairing: str
    preamble: tuple[str, ...]
    sections: tuple[TemplateSection, ...]
    indicators: tuple[IndicatorSpec, ...]
    validity: str = "自双方签字之日起至{年度}年12月31日止"
    copies: int = 2
    due_days: int = 30
    parent_limits: Mapping[str, float] = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> TemplateSpec:
        """Read a template body; raises ``TEMPLATE_INVALID`` naming what is wrong."""
        try:
            sections = tuple(
                TemplateSection(str(s["heading"]), tuple(str(c) for c in s.get("clauses", ())))
                for s in data["sections"]
            )
            return cls(
                key=str(data.get("key") or ""),
                level=str(data["level"]),
                name=str(data["name"]),
                title=str(data["title"]),
                pairing=str(data.get("pairing") or "children"),
                preamble=tuple(str(p) for p in data.get("preamble", ())),
                sections=sections,
                indicators=tuple(IndicatorSpec.from_json(i) for i in data.get("indicators", ())),
                validity=str(data.get("validity") or cls.validity),
                copies=int(data.get("copies") or 2),
                due_days=int(data.get("due_days") or 30),
                parent_limits={
                    str(k): float(v) for k, v in (data.get("parent_limits") or {}).items()
                },
            )
        except (KeyError, TypeError, ValueError) as error:
            raise DomainError(
                ErrorCode.TEMPLATE_INVALID, template=str(data.get("name", "?")), detail=repr(error)
            ) from error

    def as_json(self) -> dict[str, Any]:
        """The body JSON (what ``LetterTemplate.body`` stores)."""
        return {
            "format": TEMPLATE_FORMAT,
            "key": self.key,
            "level": self.level,
            "name": self.name,
            "title": self.title,
            "pairing": self.pairing,
            "preamble": list(self.preamble),
            "sections": [{"heading": s.heading, "clauses": list(s.clauses)} for s in self.sections],
            "indicators": [i.as_json() for i in self.indicators],
            "validity": self.validity,
            "copies": self.copies,
            "due_days": self.due_days,
            "parent_limits": dict(self.parent_limits),
        }


@dataclass(frozen=True)
class PartyFacts:
    """One side of a letter: the unit's name and its principal (may be vacant)."""

    name: str
    principal: str | None = None
    principal_title: str | None = None


@dataclass(frozen=True)
class LetterFacts:
    """What the matrix says about one signing pair in a year."""

    year: int
    party_a: PartyFacts
    party_b: PartyFacts
    fields: tuple[tuple[str, FieldRole], ...] = ()
    duties: tuple[str, ...] = ()
    overseeing_leaders: tuple[str, ...] = ()
    due_text: str = ""


@dataclass(frozen=True)
class PlaceholderProblem:
    """An unknown or misplaced placeholder: where it is and what it says."""

    placeholder: str
    where: str
    misplaced: bool = False


def placeholder_problems(template: TemplateSpec) -> list[PlaceholderProblem]:
    """Every unknown placeholder, and every block placeholder used inside a sentence."""
    problems: list[PlaceholderProblem] = []
    lines: list[tuple[str, str]] = [("标题", template.title), ("有效期", template.validity)]
    lines += [(f"序言第{n}段", text) for n, text in enumerate(template.preamble, start=1)]
    for section in template.sections:
        lines.append((section.heading, section.heading))
        lines += [(f"{section.heading}第{n}条", c) for n, c in enumerate(section.clauses, 1)]
    for where, text in lines:
        stripped = text.strip()
        for match in PLACEHOLDER.finditer(text):
            name = match.group(1)
            if name not in KNOWN_PLACEHOLDERS:
                problems.append(PlaceholderProblem(match.group(0), where))
            elif name in BLOCK_PLACEHOLDERS and stripped != match.group(0):
                problems.append(PlaceholderProblem(match.group(0), where, misplaced=True))
        leftover = PLACEHOLDER.sub("", text)
        if "{" in leftover or "}" in leftover:
            problems.append(PlaceholderProblem("{" if "{" in leftover else "}", where))
    return problems


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _principal_text(party: PartyFacts) -> str:
    return party.principal or "　　　　"


def inline_values(facts: LetterFacts, template: TemplateSpec) -> dict[str, str]:
    """The value of every inline placeholder for one pair."""
    values = {
        "甲方": facts.party_a.name,
        "乙方": facts.party_b.name,
        "年度": str(facts.year),
        "甲方负责人": _principal_text(facts.party_a),
        "乙方负责人": _principal_text(facts.party_b),
        "甲方负责人职务": facts.party_a.principal_title or "主要负责人",
        "乙方负责人职务": facts.party_b.principal_title or "主要负责人",
        "分管领导": "、".join(facts.overseeing_leaders) or "（尚未明确）",
        "签订期限": facts.due_text,
        "份数": _CHINESE_DIGITS.get(template.copies, str(template.copies)),
    }
    values["有效期"] = _fill(template.validity, values, "有效期")
    return values


_CHINESE_DIGITS = {1: "一", 2: "两", 3: "三", 4: "四"}


def _fill(text: str, values: Mapping[str, str], where: str) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            raise DomainError(
                ErrorCode.UNKNOWN_PLACEHOLDER, placeholder=match.group(0), where=where
            )
        return values[name]

    result = PLACEHOLDER.sub(replace, text)
    if "{" in result or "}" in result:
        raise DomainError(ErrorCode.UNKNOWN_PLACEHOLDER, placeholder="{", where=where)
    return result


def _field_paragraph(facts: LetterFacts) -> str:
    if not facts.fields:
        return "乙方按照职责分工承担相应的安全生产责任。"
    groups: dict[FieldRole, list[str]] = {}
    for name, role in facts.fields:
        groups.setdefault(role, []).append(name)
    parts = [
        f"在{'、'.join(names)}领域承担{_ROLE_WORDS[role]}责任"
        for role, names in sorted(groups.items(), key=lambda item: list(FieldRole).index(item[0]))
    ]
    return "按照“管行业必须管安全、管业务必须管安全、管生产经营必须管安全”的要求，乙方" + (
        "；".join(parts) + "。"
    )


def indicator_rows(indicators: Sequence[IndicatorSpec]) -> list[list[str]]:
    """The printed rows of the indicator table."""
    return [
        [
            str(n),
            spec.name,
            spec.target_text(),
            "—" if spec.weight is None else _number(spec.weight),
            "是" if spec.veto else "",
        ]
        for n, spec in enumerate(indicators, start=1)
    ]


def _expand(
    line: str, facts: LetterFacts, indicators: Sequence[IndicatorSpec]
) -> list[dict[str, Any]]:
    name = line.strip()[1:-1]
    if name == INDICATOR_TABLE:
        return [{"type": "table", "header": list(TABLE_HEADER), "rows": indicator_rows(indicators)}]
    if name == DUTY_LIST:
        duties = facts.duties or ("按照本单位安全生产责任清单履行职责。",)
        return [{"type": "p", "text": f"{n}．{text}"} for n, text in enumerate(duties, start=1)]
    return [{"type": "p", "text": _field_paragraph(facts)}]


def compose_letter(
    template: TemplateSpec,
    facts: LetterFacts,
    *,
    letter_uuid: str,
    version: int = 1,
    template_version: int = 1,
    indicators: Sequence[IndicatorSpec] | None = None,
    checked: bool = False,
) -> dict[str, Any]:
    """The frozen content of one letter; raises ``UNKNOWN_PLACEHOLDER`` on the first problem.

    ``indicators`` overrides the template's defaults (a parent's limit split among children).
    ``checked`` says the caller already found no ``placeholder_problems`` in ``template``
    (composing many letters from one template); an unknown placeholder still raises.
    """
    problems = [] if checked else placeholder_problems(template)
    if problems:
        first = problems[0]
        code = ErrorCode.MISPLACED_PLACEHOLDER if first.misplaced else ErrorCode.UNKNOWN_PLACEHOLDER
        raise DomainError(code, placeholder=first.placeholder, where=first.where)
    chosen = tuple(template.indicators if indicators is None else indicators)
    values = inline_values(facts, template)
    blocks: list[dict[str, Any]] = [
        {"type": "p", "text": _fill(p, values, "序言")} for p in template.preamble
    ]
    for section in template.sections:
        blocks.append({"type": "h1", "text": _fill(section.heading, values, section.heading)})
        for clause in section.clauses:
            stripped = clause.strip()
            if not stripped:
                continue
            if stripped[1:-1] in BLOCK_PLACEHOLDERS and PLACEHOLDER.fullmatch(stripped):
                blocks.extend(_expand(stripped, facts, chosen))
            elif stripped.startswith(SUBHEADING_MARK):
                text = _fill(stripped[1:].strip(), values, section.heading)
                blocks.append({"type": "h2", "text": text})
            else:
                blocks.append({"type": "p", "text": _fill(stripped, values, section.heading)})
    return {
        "format": CONTENT_FORMAT,
        "letter": {"uuid": letter_uuid, "version": version, "year": facts.year},
        "template": {
            "key": template.key,
            "name": template.name,
            "level": template.level,
            "version": template_version,
        },
        "title": _fill(template.title, values, "标题"),
        "party_a": _party_json("甲方", facts.party_a),
        "party_b": _party_json("乙方", facts.party_b),
        "blocks": blocks,
        "indicators": [spec.as_json() for spec in chosen],
        "validity": values["有效期"],
        "copies": template.copies,
    }


def _party_json(label: str, party: PartyFacts) -> dict[str, Any]:
    return {
        "label": label,
        "name": party.name,
        "principal": party.principal,
        "principal_title": party.principal_title,
    }


def content_fingerprint(content: Mapping[str, Any]) -> str:
    """SHA-256 of the canonical JSON of a letter's frozen content."""
    return fingerprint(dict(content))


def content_short_code(content: Mapping[str, Any]) -> str:
    """The code printed in every page's footer."""
    return short_code(content_fingerprint(content))


def content_text(content: Mapping[str, Any]) -> list[str]:
    """Every piece of text of the content, in reading order (for comparisons and search)."""
    texts = [str(content["title"])]
    for party in ("party_a", "party_b"):
        texts.append(str(content[party]["name"]))
    for block in content["blocks"]:
        if block["type"] == "table":
            texts.extend(" ".join(row) for row in block["rows"])
        else:
            texts.append(str(block["text"]))
    return texts


def content_differences(recorded: Mapping[str, Any], other: Mapping[str, Any]) -> list[str]:
    """Readable paths where two contents differ ("blocks[3].text", "party_b.principal")."""
    differences: list[str] = []

    def walk(a: Any, b: Any, path: str) -> None:
        if isinstance(a, Mapping) and isinstance(b, Mapping):
            for key in sorted(set(a) | set(b)):
                walk(a.get(key), b.get(key), f"{path}.{key}" if path else str(key))
        elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
            for index, (x, y) in enumerate(zip(a, b, strict=True)):
                walk(x, y, f"{path}[{index}]")
        elif a != b:
            differences.append(path or "content")

    walk(recorded, other, "")
    return differences


@dataclass(frozen=True)
class CascadeWarning:
    """A child letter set breaks its parent's limits: the sum or a missing veto item."""

    kind: str  # "over_limit" or "veto_missing"
    indicator: str
    parent: str
    children: tuple[str, ...]
    parent_target: float | None = None
    children_total: float | None = None


def check_cascade(
    parent_label: str,
    parent_indicators: Iterable[IndicatorSpec],
    children: Sequence[tuple[str, Sequence[IndicatorSpec]]],
) -> list[CascadeWarning]:
    """Warn when the children's ≤ limits add up to more than the parent's, or a child lacks
    one of the parent's 一票否决 items."""
    warnings: list[CascadeWarning] = []
    if not children:
        return warnings
    for parent in parent_indicators:
        if parent.comparison is IndicatorComparison.AT_MOST and parent.target is not None:
            targets = [
                spec.target
                for _label, specs in children
                for spec in specs
                if spec.name == parent.name and spec.target is not None
            ]
            total = float(sum(targets))
            if targets and total > parent.target + 1e-9:
                warnings.append(
                    CascadeWarning(
                        "over_limit",
                        parent.name,
                        parent_label,
                        tuple(label for label, _specs in children),
                        parent.target,
                        total,
                    )
                )
        if parent.veto:
            missing = tuple(
                label
                for label, specs in children
                if not any(spec.name == parent.name and spec.veto for spec in specs)
            )
            if missing:
                warnings.append(CascadeWarning("veto_missing", parent.name, parent_label, missing))
    return warnings


def limits_as_indicators(limits: Mapping[str, float]) -> list[IndicatorSpec]:
    """A template's parent limits ("生产安全事故死亡人数": 3) as ≤ indicators."""
    return [IndicatorSpec(name, target=value) for name, value in limits.items()]


__all__ = [
    "CONTENT_FORMAT",
    "CascadeWarning",
    "IndicatorSpec",
    "LetterFacts",
    "PartyFacts",
    "PlaceholderProblem",
    "TemplateSection",
    "TemplateSpec",
    "check_cascade",
    "compose_letter",
    "content_differences",
    "content_fingerprint",
    "content_short_code",
    "content_text",
    "indicator_rows",
    "limits_as_indicators",
    "placeholder_problems",
]
