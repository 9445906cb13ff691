"""Editing a letter template's body and checking it before it is saved, pure.

The template editor keeps the body it edits as a :class:`TemplateSpec` and changes it only
through these functions; each returns a new spec, so an edit and its undo are two calls
(``move_section(spec, 0, 2)`` is undone by ``move_section(spec, 2, 0)``). Parent limits
(上级控制数) are keyed by indicator name, so renaming an indicator carries its limit along.

:func:`template_problems` lists what is wrong with a template: *blocking* problems (an empty
title, an unknown placeholder, two indicators of one name …) refuse the save; the others are
warnings the clerk may accept (weights that do not add up to 100 — the assessment shares
its indicator points in proportion to the weights, so any total works — or default targets
whose sum over one issuer's letters exceeds that issuer's parent limit).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from desktop_app.domain.enums import IndicatorComparison
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.domain.letter_targets import check_target
from desktop_app.domain.letters import (
    INDICATOR_TABLE,
    IndicatorSpec,
    TemplateSection,
    TemplateSpec,
    check_cascade,
    limits_as_indicators,
    placeholder_problems,
)

T = TypeVar("T")
FULL_WEIGHT = 100.0
_SIGNS = {
    IndicatorComparison.AT_MOST: "≤",
    IndicatorComparison.AT_LEAST: "≥",
    IndicatorComparison.EQUAL: "=",
}


def moved(items: Sequence[T], source: int, target: int) -> tuple[T, ...]:
    """``items`` with the item at ``source`` moved so that it ends up at ``target``."""
    _check_position(items, source)
    _check_position(items, target)
    result = list(items)
    result.insert(target, result.pop(source))
    return tuple(result)


def _check_position(items: Sequence[Any], position: int, *, inserting: bool = False) -> None:
    last = len(items) if inserting else len(items) - 1
    if not 0 <= position <= last:
        raise IndexError(f"position {position} outside 0..{last}")


def _with_section(spec: TemplateSpec, index: int, section: TemplateSection) -> TemplateSpec:
    _check_position(spec.sections, index)
    sections = list(spec.sections)
    sections[index] = section
    return replace(spec, sections=tuple(sections))


# ------------------------------------------------------------------------------ sections
def move_section(spec: TemplateSpec, source: int, target: int) -> TemplateSpec:
    """The section at ``source`` moved to ``target`` (the others keep their order)."""
    return replace(spec, sections=moved(spec.sections, source, target))


def insert_section(spec: TemplateSpec, index: int, section: TemplateSection) -> TemplateSpec:
    """``section`` inserted at ``index`` (``len(sections)`` appends)."""
    _check_position(spec.sections, index, inserting=True)
    sections = list(spec.sections)
    sections.insert(index, section)
    return replace(spec, sections=tuple(sections))


def remove_section(spec: TemplateSpec, index: int) -> TemplateSpec:
    """The template without its section at ``index``."""
    _check_position(spec.sections, index)
    return replace(spec, sections=spec.sections[:index] + spec.sections[index + 1 :])


def rename_section(spec: TemplateSpec, index: int, heading: str) -> TemplateSpec:
    """The section at ``index`` with a new heading."""
    _check_position(spec.sections, index)
    return _with_section(spec, index, replace(spec.sections[index], heading=heading))


# ------------------------------------------------------------------------------- clauses
def move_clause(spec: TemplateSpec, section: int, source: int, target: int) -> TemplateSpec:
    """Within section ``section``, the clause at ``source`` moved to ``target``."""
    _check_position(spec.sections, section)
    current = spec.sections[section]
    return _with_section(
        spec, section, replace(current, clauses=moved(current.clauses, source, target))
    )


def insert_clause(spec: TemplateSpec, section: int, index: int, text: str) -> TemplateSpec:
    """A clause ``text`` inserted into section ``section`` at ``index``."""
    _check_position(spec.sections, section)
    current = spec.sections[section]
    _check_position(current.clauses, index, inserting=True)
    clauses = list(current.clauses)
    clauses.insert(index, text)
    return _with_section(spec, section, replace(current, clauses=tuple(clauses)))


def remove_clause(spec: TemplateSpec, section: int, index: int) -> TemplateSpec:
    """Section ``section`` without its clause at ``index``."""
    _check_position(spec.sections, section)
    current = spec.sections[section]
    _check_position(current.clauses, index)
    clauses = current.clauses[:index] + current.clauses[index + 1 :]
    return _with_section(spec, section, replace(current, clauses=clauses))


def set_clause(spec: TemplateSpec, section: int, index: int, text: str) -> TemplateSpec:
    """Section ``section`` with the clause at ``index`` replaced by ``text``."""
    _check_position(spec.sections, section)
    current = spec.sections[section]
    _check_position(current.clauses, index)
    clauses = list(current.clauses)
    clauses[index] = text
    return _with_section(spec, section, replace(current, clauses=tuple(clauses)))


# ---------------------------------------------------------------------------- indicators
def parent_limit_of(spec: TemplateSpec, name: str) -> float | None:
    """The parent limit (上级控制数) set for the indicator called ``name``, if any."""
    value = spec.parent_limits.get(name)
    return None if value is None else float(value)


def _limits_without(spec: TemplateSpec, name: str, *, keep_if_used: bool) -> dict[str, float]:
    limits = dict(spec.parent_limits)
    if not (keep_if_used and any(i.name == name for i in spec.indicators)):
        limits.pop(name, None)
    return limits


def move_indicator(spec: TemplateSpec, source: int, target: int) -> TemplateSpec:
    """The indicator at ``source`` moved to ``target`` (the printed table follows)."""
    return replace(spec, indicators=moved(spec.indicators, source, target))


def insert_indicator(
    spec: TemplateSpec, index: int, indicator: IndicatorSpec, parent_limit: float | None = None
) -> TemplateSpec:
    """``indicator`` inserted at ``index``, with its parent limit (None: no limit)."""
    _check_position(spec.indicators, index, inserting=True)
    indicators = list(spec.indicators)
    indicators.insert(index, indicator)
    limits = dict(spec.parent_limits)
    if parent_limit is not None:
        limits[indicator.name] = float(parent_limit)
    return replace(spec, indicators=tuple(indicators), parent_limits=limits)


def remove_indicator(spec: TemplateSpec, index: int) -> TemplateSpec:
    """The template without the indicator at ``index`` (and without its parent limit)."""
    _check_position(spec.indicators, index)
    name = spec.indicators[index].name
    rest = replace(spec, indicators=spec.indicators[:index] + spec.indicators[index + 1 :])
    return replace(rest, parent_limits=_limits_without(rest, name, keep_if_used=True))


def set_indicator(
    spec: TemplateSpec, index: int, indicator: IndicatorSpec, parent_limit: float | None
) -> TemplateSpec:
    """The indicator at ``index`` replaced; a renamed indicator takes its limit along."""
    _check_position(spec.indicators, index)
    old_name = spec.indicators[index].name
    indicators = list(spec.indicators)
    indicators[index] = indicator
    changed = replace(spec, indicators=tuple(indicators))
    limits = _limits_without(changed, old_name, keep_if_used=True)
    limits.pop(indicator.name, None)
    if parent_limit is not None:
        limits[indicator.name] = float(parent_limit)
    return replace(changed, parent_limits=limits)


# ---------------------------------------------------------------------------- validation
@dataclass(frozen=True)
class TemplateProblem:
    """Something wrong with a template: a message code, its facts, and whether it blocks."""

    code: ErrorCode
    facts: Mapping[str, Any] = field(default_factory=dict)
    blocking: bool = True

    def as_error(self) -> DomainError:
        """The problem as the error a refused save raises."""
        return DomainError(self.code, **dict(self.facts))


@dataclass(frozen=True)
class IssuerShare:
    """One issuing unit (party A) of a pairing rule and how many letters it issues."""

    issuer: str
    letters: int


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _structure_problems(spec: TemplateSpec) -> Iterable[TemplateProblem]:
    if not spec.name.strip():
        yield TemplateProblem(ErrorCode.TEMPLATE_NAME_EMPTY)
    if not spec.title.strip():
        yield TemplateProblem(ErrorCode.TEMPLATE_TITLE_EMPTY)
    if not spec.sections:
        yield TemplateProblem(ErrorCode.TEMPLATE_NO_SECTIONS)
    for position, section in enumerate(spec.sections, start=1):
        if not section.heading.strip():
            yield TemplateProblem(ErrorCode.TEMPLATE_HEADING_EMPTY, {"position": position})
    for problem in placeholder_problems(spec):
        code = (
            ErrorCode.MISPLACED_PLACEHOLDER if problem.misplaced else ErrorCode.UNKNOWN_PLACEHOLDER
        )
        yield TemplateProblem(code, {"placeholder": problem.placeholder, "where": problem.where})


def _indicator_problems(spec: TemplateSpec) -> Iterable[TemplateProblem]:
    seen: set[str] = set()
    for position, indicator in enumerate(spec.indicators, start=1):
        name = indicator.name.strip()
        if not name:
            yield TemplateProblem(ErrorCode.TEMPLATE_INDICATOR_NAME_EMPTY, {"position": position})
        elif name in seen:
            yield TemplateProblem(ErrorCode.TEMPLATE_INDICATOR_DUPLICATE, {"indicator": name})
        seen.add(name)
        try:
            check_target(indicator.target, indicator)
        except DomainError as error:
            yield TemplateProblem(error.code, error.facts)
        if indicator.weight is not None and indicator.weight < 0:
            yield TemplateProblem(
                ErrorCode.TEMPLATE_WEIGHT_NEGATIVE,
                {"indicator": name, "weight": _number(indicator.weight)},
            )
    by_name = {indicator.name: indicator for indicator in spec.indicators}
    for name, limit in spec.parent_limits.items():
        limited = by_name.get(name)
        if limited is not None and limited.comparison is not IndicatorComparison.AT_MOST:
            yield TemplateProblem(
                ErrorCode.TEMPLATE_LIMIT_NOT_AT_MOST,
                {"indicator": name, "comparison": _SIGNS[limited.comparison]},
            )
        try:
            check_target(limit, limited or IndicatorSpec(name))
        except DomainError:
            yield TemplateProblem(
                ErrorCode.TEMPLATE_LIMIT_INVALID, {"indicator": name, "limit": _number(limit)}
            )


def _weight_warnings(spec: TemplateSpec) -> Iterable[TemplateProblem]:
    weights = [i.weight for i in spec.indicators]
    if not any(w is not None for w in weights):
        return  # no weights at all: the assessment shares the points equally
    for indicator in spec.indicators:
        if indicator.weight is None:
            yield TemplateProblem(
                ErrorCode.TEMPLATE_WEIGHT_MISSING, {"indicator": indicator.name}, blocking=False
            )
    total = sum(w for w in weights if w is not None)
    if abs(total - FULL_WEIGHT) > 1e-9:
        yield TemplateProblem(
            ErrorCode.TEMPLATE_WEIGHTS_NOT_100, {"total": _number(total)}, blocking=False
        )


def _table_warnings(spec: TemplateSpec) -> Iterable[TemplateProblem]:
    marker = "{" + INDICATOR_TABLE + "}"
    printed = any(c.strip() == marker for s in spec.sections for c in s.clauses)
    if spec.indicators and not printed:
        yield TemplateProblem(
            ErrorCode.TEMPLATE_INDICATORS_NOT_PRINTED, {"placeholder": marker}, blocking=False
        )


def split_warnings(spec: TemplateSpec, issuers: Sequence[IssuerShare]) -> list[TemplateProblem]:
    """Default targets whose sum over one issuer's letters exceeds its parent limit.

    Issuing gives every letter the template's default target, so an issuer with ``n``
    letters hands out ``n`` × the default; the cascade check (:func:`check_cascade`) warns
    about the same sum once the letters exist.
    """
    limits = {
        name: value
        for name, value in spec.parent_limits.items()
        if any(
            i.name == name and i.comparison is IndicatorComparison.AT_MOST for i in spec.indicators
        )
    }
    if not limits:
        return []
    problems: list[TemplateProblem] = []
    for share in issuers:
        children = [(str(n), spec.indicators) for n in range(share.letters)]
        for warning in check_cascade(share.issuer, limits_as_indicators(limits), children):
            if warning.kind != "over_limit":
                continue
            problems.append(
                TemplateProblem(
                    ErrorCode.TEMPLATE_LIMIT_EXCEEDED,
                    {
                        "issuer": share.issuer,
                        "count": share.letters,
                        "indicator": warning.indicator,
                        "total": _number(warning.children_total or 0),
                        "limit": _number(warning.parent_target or 0),
                    },
                    blocking=False,
                )
            )
    return problems


def template_problems(
    spec: TemplateSpec, issuers: Sequence[IssuerShare] = ()
) -> list[TemplateProblem]:
    """Everything wrong with ``spec``, blocking problems first, then warnings.

    ``issuers`` (from the template's pairing rule) lets the check compare default targets
    with the parent limits.
    """
    problems = [
        *_structure_problems(spec),
        *_indicator_problems(spec),
        *_weight_warnings(spec),
        *_table_warnings(spec),
        *split_warnings(spec, issuers),
    ]
    return sorted(problems, key=lambda problem: not problem.blocking)


def refuse_blocking(problems: Iterable[TemplateProblem]) -> None:
    """Raise the first blocking problem as a :class:`DomainError` (a refused save)."""
    for problem in problems:
        if problem.blocking:
            raise problem.as_error()


__all__ = [
    "IssuerShare",
    "TemplateProblem",
    "insert_clause",
    "insert_indicator",
    "insert_section",
    "move_clause",
    "move_indicator",
    "move_section",
    "moved",
    "parent_limit_of",
    "refuse_blocking",
    "remove_clause",
    "remove_indicator",
    "remove_section",
    "rename_section",
    "set_clause",
    "set_indicator",
    "split_warnings",
    "template_problems",
]
