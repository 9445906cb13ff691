"""考核细则 per letter template: the defaults shipped in resources/templates/scoring/, loaded
into ``LetterTemplate.scoring_rules``, and edited rules (refused once a closed assessment
depends on them).

A default file is named after the template's key (``county_township.json`` …). A template
without rules of its own and without a default is scored by :data:`GENERIC_RULES` (its
indicators share 100 points).
"""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.domain.scoring import GENERIC_RULES, ScoringRules
from desktop_app.paths import resources_dir
from desktop_app.storage.database import Database
from desktop_app.storage.models import Assessment, Letter, LetterTemplate

SCORING_FOLDER = "scoring"


def scoring_rules_dir() -> Path:
    """Where the default 考核细则 live."""
    return resources_dir() / "templates" / SCORING_FOLDER


def default_rules_files() -> list[Path]:
    """The shipped rule files, in a stable order."""
    return sorted(scoring_rules_dir().glob("*.json"))


def read_rules_file(path: Path) -> ScoringRules:
    """Read one rules file; a broken file raises ``SCORING_RULES_INVALID`` naming it."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise DomainError(
            ErrorCode.SCORING_RULES_INVALID, rules=str(path), detail=str(error)[:200]
        ) from error
    return ScoringRules.from_json(data)


def default_rules(template_key: str) -> ScoringRules | None:
    """The shipped rules for a template key, or None."""
    path = scoring_rules_dir() / f"{template_key}.json"
    return read_rules_file(path) if template_key and path.is_file() else None


def template_key(template: LetterTemplate) -> str:
    """The key of a template (the name of its default files)."""
    return str((template.body or {}).get("key") or "")


def rules_of(template: LetterTemplate | None, *, store_default: bool = False) -> ScoringRules:
    """The rules a template's letters are scored by.

    Its own ``scoring_rules``, else the shipped default for its key (written into the
    template when ``store_default``, inside the caller's transaction), else the generic rules.
    """
    if template is None:
        return GENERIC_RULES
    if template.scoring_rules:
        return ScoringRules.from_json(template.scoring_rules)
    found = default_rules(template_key(template))
    if found is None:
        return GENERIC_RULES
    if store_default:
        template.scoring_rules = found.as_json()
    return found


def add_default_rules(session: Session, year: int | None = None) -> int:
    """Give every template (of ``year``) without rules its shipped default; returns how many."""
    query = select(LetterTemplate).where(LetterTemplate.scoring_rules.is_(None))
    if year is not None:
        query = query.where(LetterTemplate.year == year)
    count = 0
    for template in session.scalars(query):
        found = default_rules(template_key(template))
        if found is not None:
            template.scoring_rules = found.as_json()
            count += 1
    return count


def install_scoring_rules(database: Database, year: int | None = None) -> int:
    """Load the shipped 考核细则 into the templates that have none (one transaction)."""
    with database.transaction("install_scoring_rules") as session:
        return add_default_rules(session, year)


def template_rules(database: Database, template_id: int) -> ScoringRules:
    """The rules of one template (its own, the default, or the generic ones)."""
    with database.reading() as session:
        template = session.get(LetterTemplate, template_id)
        if template is None:
            raise DomainError(ErrorCode.TEMPLATE_NOT_FOUND, template=template_id)
        return rules_of(template)


def save_scoring_rules(database: Database, template_id: int, rules: ScoringRules) -> None:
    """Store edited rules on a template; refused when a closed assessment was scored by them."""
    with database.transaction("save_scoring_rules") as session:
        template = session.get(LetterTemplate, template_id)
        if template is None:
            raise DomainError(ErrorCode.TEMPLATE_NOT_FOUND, template=template_id)
        frozen = session.scalars(
            select(Assessment.year)
            .join(Letter, Letter.id == Assessment.letter_id)
            .where(Letter.template_id == template_id, Assessment.frozen.is_(True))
            .limit(1)
        ).first()
        if frozen is not None:
            raise DomainError(ErrorCode.ASSESSMENT_CLOSED, year=frozen, unit=template.name)
        template.scoring_rules = rules.as_json()
