"""Letter templates: the defaults shipped in resources/templates/, listing, versioned edits."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.domain.letter_template_edit import refuse_blocking, template_problems
from desktop_app.domain.letters import TemplateSpec, placeholder_problems
from desktop_app.paths import resources_dir
from desktop_app.services.letter_facts import PAIRING_CHOICES
from desktop_app.storage.database import Database
from desktop_app.storage.models import LetterTemplate


@dataclass(frozen=True)
class TemplateRow:
    """A template as lists and dialogs show it."""

    id: int
    key: str
    name: str
    level: str
    year: int
    version: int
    title: str
    pairing: str
    active: bool


def default_template_files() -> list[Path]:
    """The JSON templates shipped with the program, in a stable order."""
    return sorted((resources_dir() / "templates").glob("*.json"))


def read_template_file(path: Path) -> TemplateSpec:
    """Read one template file; a broken file raises ``TEMPLATE_INVALID`` naming it."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise DomainError(
            ErrorCode.TEMPLATE_INVALID, template=str(path), detail=str(error)
        ) from error
    spec = TemplateSpec.from_json(data)
    problems = placeholder_problems(spec)
    if problems:
        raise DomainError(
            ErrorCode.TEMPLATE_INVALID,
            template=str(path),
            detail=f"{problems[0].placeholder} @ {problems[0].where}",
        )
    return spec


def add_default_templates(session: Session, year: int) -> list[LetterTemplate]:
    """Add the shipped templates for ``year`` to ``session`` unless a same-named one exists."""
    existing = set(session.scalars(select(LetterTemplate.name).where(LetterTemplate.year == year)))
    added: list[LetterTemplate] = []
    for path in default_template_files():
        spec = read_template_file(path)
        if spec.name in existing:
            continue
        row = LetterTemplate(
            level=spec.level[:50],
            name=spec.name,
            year=year,
            version=1,
            title=spec.title,
            body=spec.as_json(),
            active=True,
        )
        session.add(row)
        added.append(row)
    session.flush()
    return added


def install_default_templates(database: Database, year: int) -> list[int]:
    """Put the shipped templates into the database for ``year``; returns the new ids."""
    with database.transaction("install_letter_templates") as session:
        return [row.id for row in add_default_templates(session, year)]


def _row(template: LetterTemplate) -> TemplateRow:
    body = template.body or {}
    return TemplateRow(
        id=template.id,
        key=str(body.get("key") or ""),
        name=template.name,
        level=template.level,
        year=template.year,
        version=template.version,
        title=template.title,
        pairing=str(body.get("pairing") or "children"),
        active=template.active,
    )


def list_templates(
    database: Database, year: int | None = None, *, active_only: bool = True
) -> list[TemplateRow]:
    """Templates (of ``year``), newest version first within a name."""
    with database.reading() as session:
        query = select(LetterTemplate).order_by(
            LetterTemplate.year.desc(), LetterTemplate.id, LetterTemplate.version.desc()
        )
        if year is not None:
            query = query.where(LetterTemplate.year == year)
        if active_only:
            query = query.where(LetterTemplate.active.is_(True))
        return [_row(t) for t in session.scalars(query)]


def load_template(session: Session, template_id: int) -> tuple[LetterTemplate, TemplateSpec]:
    """The template row and its parsed body; ``TEMPLATE_NOT_FOUND`` if it is gone."""
    template = session.get(LetterTemplate, template_id)
    if template is None:
        raise DomainError(ErrorCode.TEMPLATE_NOT_FOUND, template=template_id)
    return template, TemplateSpec.from_json(template.body or {})


def template_spec(database: Database, template_id: int) -> TemplateSpec:
    """The parsed body of one template."""
    with database.reading() as session:
        return load_template(session, template_id)[1]


def refuse_invalid_template(spec: TemplateSpec) -> None:
    """Raise the first blocking problem of ``spec``, or an unknown pairing rule."""
    refuse_blocking(template_problems(spec))
    if spec.pairing not in PAIRING_CHOICES:
        raise DomainError(ErrorCode.TEMPLATE_UNKNOWN_PAIRING, pairing=spec.pairing)


def save_template_copy(database: Database, template_id: int, spec: TemplateSpec, name: str) -> int:
    """Save an edited template as a new template called ``name`` (version 1; "save as…").

    The original stays active and unchanged, so both can be issued; the copy keeps the
    original's scoring rules. A name already used in the year is refused.
    """
    name = name.strip()
    copy = replace(spec, name=name)
    refuse_invalid_template(copy)
    with database.transaction("copy_letter_template") as session:
        original, _spec = load_template(session, template_id)
        taken = session.scalars(
            select(LetterTemplate.id).where(
                LetterTemplate.name == name, LetterTemplate.year == original.year
            )
        ).first()
        if taken is not None:
            raise DomainError(ErrorCode.TEMPLATE_NAME_TAKEN, name=name, year=original.year)
        new = LetterTemplate(
            level=copy.level[:50],
            name=name,
            year=original.year,
            version=1,
            title=copy.title,
            body=copy.as_json(),
            scoring_rules=original.scoring_rules,
            active=True,
        )
        session.add(new)
        session.flush()
        return new.id


def save_template_version(database: Database, template_id: int, spec: TemplateSpec) -> int:
    """Save an edited template as its next version (the old one is retired); returns its id.

    Letters already issued keep pointing at the version they were made from (their content
    is frozen). A template with a blocking problem (unknown or misplaced placeholders, an
    empty title, duplicate indicators …, see ``template_problems``) is refused.
    """
    refuse_invalid_template(spec)
    with database.transaction("save_letter_template") as session:
        old, _spec = load_template(session, template_id)
        latest = max(
            session.scalars(
                select(LetterTemplate.version).where(
                    LetterTemplate.name == old.name, LetterTemplate.year == old.year
                )
            )
        )
        old.active = False
        new = LetterTemplate(
            level=spec.level[:50],
            name=old.name,
            year=old.year,
            version=latest + 1,
            title=spec.title,
            body=spec.as_json(),
            scoring_rules=old.scoring_rules,
            active=True,
        )
        session.add(new)
        session.flush()
        return new.id
