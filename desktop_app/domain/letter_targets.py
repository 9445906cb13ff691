"""Per-letter indicator targets (层层分解): read what the clerk typed, apply it to a letter,
split a parent's limits among the children, and say what breaks the parent's limits.

A letter's indicators start from its template's defaults; the clerk may change any target or
leave an indicator out of one letter (an empty cell). What the children must respect comes
from three places, merged into one list of requirements:

* the letter the issuing unit itself signed as party B (层层签订): its ≤ limits and veto items;
* the template's ``parent_limits`` (the issuing level's own limits, e.g. the county's ≤ 3);
* the template's own 一票否决 items, which every letter made from it must keep.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

from desktop_app.domain.enums import IndicatorComparison
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.domain.letters import CascadeWarning, IndicatorSpec, check_cascade

# Measure units counted in whole numbers: a letter may allow 1 death, never 0.5.
COUNT_UNITS = frozenset({"人", "起", "次", "个", "家", "处", "件", "名"})
PERCENT = "%"
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．－＋", "0123456789.-+")
_SIGNS = ("≤", "≥", "<=", ">=", "<", ">", "＜", "＞", "=")

Targets = Mapping[str, float | None]


def is_count(spec: IndicatorSpec) -> bool:
    """True when the indicator counts people or incidents (whole numbers only)."""
    return spec.measure_unit in COUNT_UNITS


def target_number_text(value: float | None) -> str:
    """A target as the clerk types it: "0", "2", "99.5"; empty when left out."""
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def check_target(value: float | None, spec: IndicatorSpec, shown: str | None = None) -> None:
    """Raise ``INDICATOR_TARGET_INVALID`` unless ``value`` is a sensible target for ``spec``.

    None (left out) is fine. A target is a finite number ≥ 0, whole for counted units, and at
    most 100 for a percentage.
    """
    if value is None:
        return
    text = shown if shown is not None else target_number_text(value)
    valid = (
        math.isfinite(value)
        and value >= 0
        and (not is_count(spec) or float(value).is_integer())
        and (spec.measure_unit != PERCENT or value <= 100)
    )
    if not valid:
        raise DomainError(ErrorCode.INDICATOR_TARGET_INVALID, indicator=spec.name, value=text)


def parse_target(text: str, spec: IndicatorSpec) -> float | None:
    """What the clerk typed in a target cell: None when empty (left out of the letter).

    Full-width digits, a leading ≤/≥ and a trailing measure unit ("2人", "≤2") are accepted;
    anything else that is not a valid number raises ``INDICATOR_TARGET_INVALID``.
    """
    cleaned = text.strip().translate(_FULL_WIDTH).replace(" ", "")
    for sign in _SIGNS:
        if cleaned.startswith(sign):
            cleaned = cleaned[len(sign) :]
            break
    for suffix in (spec.measure_unit, PERCENT):
        if suffix and cleaned.endswith(suffix):
            cleaned = cleaned[: -len(suffix)]
    if not cleaned:
        if text.strip():
            raise DomainError(ErrorCode.INDICATOR_TARGET_INVALID, indicator=spec.name, value=text)
        return None
    try:
        value = float(cleaned)
    except ValueError as error:
        raise DomainError(
            ErrorCode.INDICATOR_TARGET_INVALID, indicator=spec.name, value=text.strip()
        ) from error
    check_target(value, spec, text.strip())
    return value + 0.0  # "-0" is 0


def apply_targets(
    indicators: Sequence[IndicatorSpec], targets: Targets | None
) -> list[IndicatorSpec]:
    """The template's indicators with the clerk's targets: a name mapped to None is left out.

    Raises ``INDICATOR_TARGET_INVALID`` for a target that ``check_target`` refuses.
    """
    if not targets:
        return list(indicators)
    chosen: list[IndicatorSpec] = []
    for spec in indicators:
        if spec.name not in targets:
            chosen.append(spec)
            continue
        value = targets[spec.name]
        if value is None:
            continue
        check_target(value, spec)
        chosen.append(
            IndicatorSpec(
                spec.name, spec.measure_unit, spec.comparison, value, spec.weight, spec.veto
            )
        )
    return chosen


def targets_of(
    indicators: Iterable[IndicatorSpec], columns: Sequence[IndicatorSpec]
) -> dict[str, float | None]:
    """A letter's indicators as the targets of ``columns`` (None: not in the letter)."""
    present = {spec.name: spec.target for spec in indicators}
    return {column.name: present.get(column.name) for column in columns}


def parent_requirements(
    template_indicators: Sequence[IndicatorSpec],
    parent_limits: Mapping[str, float],
    parent_letter: Sequence[IndicatorSpec] | None = None,
) -> list[IndicatorSpec]:
    """What the children of one issuing unit must respect, one entry per indicator name.

    The ≤ limit is the tighter of the parent letter's ≤ target and the template's
    ``parent_limits``; an item is a veto item when the parent letter or the template says so.
    """
    limits: dict[str, float] = {str(k): float(v) for k, v in parent_limits.items()}
    vetoes: set[str] = {spec.name for spec in template_indicators if spec.veto}
    order: list[str] = [spec.name for spec in template_indicators]
    for spec in parent_letter or ():
        if spec.comparison is IndicatorComparison.AT_MOST and spec.target is not None:
            limits[spec.name] = min(limits.get(spec.name, spec.target), spec.target)
        if spec.veto:
            vetoes.add(spec.name)
        if spec.name not in order:
            order.append(spec.name)
    order += [name for name in limits if name not in order]
    units = {spec.name: spec.measure_unit for spec in template_indicators}
    return [
        IndicatorSpec(
            name,
            units.get(name, ""),
            IndicatorComparison.AT_MOST,
            limits.get(name),
            None,
            name in vetoes,
        )
        for name in order
        if name in limits or name in vetoes
    ]


def limit_of(requirements: Sequence[IndicatorSpec], name: str) -> float | None:
    """The ≤ limit the children share for ``name``, if any."""
    for spec in requirements:
        if spec.name == name:
            return spec.target
    return None


def split_limit(available: float, count: int, *, whole: bool) -> list[float]:
    """Share ``available`` among ``count`` letters so that the shares add up to no more.

    Whole numbers for counted units (the first letters get the remainder, one each); two
    decimals otherwise, rounded down. A limit of 0 gives 0 to everyone.
    """
    if count <= 0:
        return []
    available = max(0.0, available)
    if whole:
        total = int(math.floor(available + 1e-9))
        base, extra = divmod(total, count)
        return [float(base + (1 if n < extra else 0)) for n in range(count)]
    share = math.floor(available / count * 100 + 1e-9) / 100
    return [share] * count


def target_warnings(
    parent_label: str,
    requirements: Sequence[IndicatorSpec],
    children: Sequence[tuple[str, Sequence[IndicatorSpec]]],
) -> list[CascadeWarning]:
    """Children whose ≤ targets add up to more than the shared limit, or lack a veto item."""
    return check_cascade(parent_label, requirements, children)


__all__ = [
    "COUNT_UNITS",
    "Targets",
    "apply_targets",
    "check_target",
    "is_count",
    "limit_of",
    "parent_requirements",
    "parse_target",
    "split_limit",
    "target_number_text",
    "target_warnings",
    "targets_of",
]
