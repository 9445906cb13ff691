"""Ranking assessed units within a group, and the year's summary (通报), pure.

Competition ranking ("1224"): units with the same score share a rank and the next rank
skips as many places as were shared; each shared rank is explained ("与××并列第2名，
得分均为92.5分"). A vetoed unit ranks after every unit that was not vetoed, whatever its
score. A unit whose sheet is incomplete gets no rank and is said to be pending.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from desktop_app.domain.enums import Grade
from desktop_app.domain.scoring import GRADE_WORDS, POINT, ZERO, points_text


@dataclass(frozen=True)
class RankInput:
    """One unit of a group: its key, name, score (None: not complete) and veto."""

    key: Hashable
    name: str
    score: Decimal | None
    veto: bool = False


@dataclass(frozen=True)
class Ranked:
    """A unit's place in its group and the sentence that explains it."""

    key: Hashable
    name: str
    rank: int | None
    tied_with: tuple[str, ...] = ()
    note: str = ""


def _sort_key(entry: RankInput) -> tuple[bool, Decimal, str]:
    return (entry.veto, -(entry.score if entry.score is not None else ZERO), entry.name)


def rank_group(entries: Iterable[RankInput]) -> list[Ranked]:
    """Rank one group: higher score first, vetoed units last, ties share a rank."""
    all_entries = list(entries)
    ranked = sorted((e for e in all_entries if e.score is not None or e.veto), key=_sort_key)
    results: list[Ranked] = []
    position = 0
    while position < len(ranked):
        head = ranked[position]
        same = [e for e in ranked[position:] if e.veto == head.veto and e.score == head.score]
        rank = position + 1
        for entry in same:
            others = tuple(e.name for e in same if e is not entry)
            results.append(Ranked(entry.key, entry.name, rank, others, _note(entry, rank, others)))
        position += len(same)
    for entry in sorted(
        (e for e in all_entries if e.score is None and not e.veto), key=lambda e: e.name
    ):
        results.append(Ranked(entry.key, entry.name, None, (), "考核未完成，暂不排名"))
    return results


def _note(entry: RankInput, rank: int, others: Sequence[str]) -> str:
    parts: list[str] = []
    if others:
        score = points_text(entry.score)
        parts.append(f"与{'、'.join(others)}并列第{rank}名（得分均为{score}分）")
    if entry.veto:
        parts.append("一票否决，排在未被否决的单位之后")
    return "；".join(parts)


def rank_all(entries: Iterable[tuple[str, RankInput]]) -> dict[Hashable, Ranked]:
    """Rank every group of (group, entry) pairs; the result maps each key to its place."""
    groups: dict[str, list[RankInput]] = {}
    for group, entry in entries:
        groups.setdefault(group, []).append(entry)
    return {ranked.key: ranked for members in groups.values() for ranked in rank_group(members)}


@dataclass(frozen=True)
class SummaryInput:
    """One letter of the year as the summary needs it."""

    name: str
    group: str
    signed: bool
    score: Decimal | None = None
    grade: Grade | None = None
    veto_reason: str | None = None
    assessed: bool = False


@dataclass(frozen=True)
class YearSummary:
    """The year's figures for the 通报: letters, signing rate, grades, vetoes, average."""

    letters: int
    signed: int
    assessed: int
    pending: int
    grades: dict[Grade, int]
    vetoes: tuple[tuple[str, str], ...]
    average: Decimal | None
    groups: dict[str, dict[Grade, int]] = field(default_factory=dict)

    @property
    def signing_rate(self) -> Decimal:
        """Signed share of the year's letters in percent (100 when there are none)."""
        if not self.letters:
            return Decimal(100)
        rate = Decimal(self.signed) * 100 / Decimal(self.letters)
        return rate.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)

    def grade_line(self) -> str:
        """ "优秀 5 个、良好 7 个、合格 2 个、不合格 1 个"."""
        return "、".join(f"{GRADE_WORDS[g]} {self.grades.get(g, 0)} 个" for g in Grade)


def summarise(letters: Iterable[SummaryInput]) -> YearSummary:
    """Count the year: letters (voids excluded by the caller), signed, graded, vetoed."""
    items = list(letters)
    grades: Counter[Grade] = Counter()
    groups: dict[str, Counter[Grade]] = {}
    scores: list[Decimal] = []
    vetoes: list[tuple[str, str]] = []
    for item in items:
        if item.grade is not None:
            grades[item.grade] += 1
            groups.setdefault(item.group, Counter())[item.grade] += 1
        if item.score is not None and item.grade is not None:
            scores.append(item.score)
        if item.veto_reason:
            vetoes.append((item.name, item.veto_reason))
    average = (
        (sum(scores, ZERO) / len(scores)).quantize(POINT, rounding=ROUND_HALF_UP)
        if scores
        else None
    )
    assessed = sum(1 for item in items if item.grade is not None)
    return YearSummary(
        letters=len(items),
        signed=sum(1 for item in items if item.signed),
        assessed=assessed,
        pending=sum(1 for item in items if item.assessed and item.grade is None),
        grades={grade: grades.get(grade, 0) for grade in Grade},
        vetoes=tuple(vetoes),
        average=average,
        groups={g: {grade: c.get(grade, 0) for grade in Grade} for g, c in groups.items()},
    )


__all__ = [
    "RankInput",
    "Ranked",
    "SummaryInput",
    "YearSummary",
    "rank_all",
    "rank_group",
    "summarise",
]
