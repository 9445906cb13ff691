"""How the ``gaps`` command prints: grouped by kind with its label and how to fix, or JSON.

The text is for the clerk (Chinese labels, no codes); ``--json`` is for scripts: its ``kind``
and ``subject`` are the stable codes of :class:`desktop_app.domain.gaps.GapKind` and
``GapSubject``, and ``facts`` the facts the sentences are made from.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from itertools import groupby
from typing import TextIO

from desktop_app.domain.gaps import Gap
from desktop_app.messages import describe_gap, gap_hint, gap_label


def gap_record(gap: Gap, language: str) -> dict[str, object]:
    """One gap as a JSON object: stable codes and facts, plus its texts in ``language``."""
    return {
        "kind": gap.kind.value,
        "subject": gap.subject.value,
        "subject_id": gap.subject_id,
        "subject_name": gap.subject_name,
        "facts": gap.facts,
        "label": gap_label(gap.kind, language),
        "text": describe_gap(gap, language),
        "hint": gap_hint(gap, language),
    }


def print_gaps_json(gaps: Iterable[Gap], language: str, out: TextIO) -> None:
    """Every gap as one JSON list (UTF-8 text, Chinese left readable)."""
    records = [gap_record(gap, language) for gap in gaps]
    print(json.dumps(records, ensure_ascii=False, indent=2, default=str), file=out)


def print_gaps(gaps: Iterable[Gap], language: str, out: TextIO, text: Callable[..., str]) -> None:
    """Gaps grouped by kind (in report order): a heading with the kind's label and count,
    one line per gap, then how to fix them (each distinct hint once).

    ``text(key, **facts)`` gives the command's fixed sentences (``gaps_kind``, ``gaps_fix``).
    """
    for _kind, group in groupby(gaps, key=lambda gap: gap.kind):
        members = list(group)
        label = gap_label(members[0].kind, language)
        print(file=out)
        print(text("gaps_kind", label=label, n=len(members)), file=out)
        for gap in members:
            print(f"  · {describe_gap(gap, language)}", file=out)
        hints = dict.fromkeys(gap_hint(gap, language) for gap in members)
        for hint in hints:
            print("  " + text("gaps_fix", hint=hint), file=out)
