"""Letters to print without a database: a shipped template composed with fixed facts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.documents.letter_pdf import LetterToPrint
from desktop_app.domain.enums import FieldRole
from desktop_app.domain.letters import (
    LetterFacts,
    PartyFacts,
    TemplateSpec,
    compose_letter,
    content_fingerprint,
)

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"


def make_letter(
    number: int = 1, template: str = "county_township", duties: int = 3
) -> LetterToPrint:
    """A letter from a shipped template; ``number`` varies party B and the uuid."""
    spec = TemplateSpec.from_json(json.loads((TEMPLATES / f"{template}.json").read_text("utf-8")))
    facts = LetterFacts(
        year=2026,
        party_a=PartyFacts("青溪县人民政府", "陈建国", "县长"),
        party_b=PartyFacts(f"第{number}镇人民政府", f"王{number}芳", "党委书记"),
        fields=(("道路交通", FieldRole.TERRITORIAL), ("危险化学品", FieldRole.TERRITORIAL)),
        duties=tuple(
            f"第{n}项职责：组织开展辖区内安全隐患排查整治和打非治违，及时报告和处置生产安全事故。"
            for n in range(1, duties + 1)
        ),
        overseeing_leaders=("周明远（常务副县长）",),
    )
    content = compose_letter(spec, facts, letter_uuid=f"00000000-0000-4000-8000-{number:012d}")
    return LetterToPrint(content, content_fingerprint(content), f"letter-{number:03d}.pdf")


@pytest.fixture
def letter() -> LetterToPrint:
    """One county → township letter."""
    return make_letter()
