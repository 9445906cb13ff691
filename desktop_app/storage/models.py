"""Typed SQLAlchemy 2 models of DESIGN §3; constraints live in the database, not only here.

Every table that crosses sites carries a ``uuid`` (stable across databases) and
``updated_at``. Enums are stored as strings with CHECK constraints so the same schema runs on
SQLite and PostgreSQL.
"""

from __future__ import annotations

import uuid as uuid_module
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from desktop_app.domain.enums import (
    AssessmentItemKind,
    AuditAction,
    DutyListKind,
    FieldRole,
    Grade,
    IndicatorComparison,
    LetterStatus,
    Party,
    Responsibility,
    RiskLevel,
    UnitCategory,
    UnitKind,
)

# Alembic batch mode recreates tables; constraint names must be stable and predictable.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    """The current time, timezone-aware in UTC."""
    return datetime.now(UTC)


def new_uuid() -> str:
    """A fresh random uuid as text (36 characters)."""
    return str(uuid_module.uuid4())


class UtcDateTime(TypeDecorator[datetime]):
    """Stores naive UTC, returns aware UTC: SQLite has no time zones, PostgreSQL does."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def enum_column(enum_class: type[StrEnum], name: str) -> Enum:
    """A string column limited to ``enum_class``'s values by a named CHECK constraint."""
    return Enum(
        enum_class,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(member.value) for member in enum_class),
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    """Declarative base with the naming convention Alembic needs."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UtcDateTime(), dict[str, Any]: JSON, list[Any]: JSON}


class SyncedMixin:
    """Columns every table that crosses sites carries."""

    # a client-side value SQLAlchemy can sort returned rows by, so inserts of many rows go
    # out as a few multi-row statements instead of one statement per row
    uuid: Mapped[str] = mapped_column(
        String(36), unique=True, default=new_uuid, insert_sentinel=True
    )
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)


class Unit(SyncedMixin, Base):
    """A node of the hierarchy: government, department, township, enterprise, workshop …"""

    __tablename__ = "unit"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str | None] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str | None] = mapped_column(String(50))
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("unit.id", ondelete="RESTRICT"), index=True
    )
    kind: Mapped[UnitKind] = mapped_column(enum_column(UnitKind, "unit_kind"))
    category: Mapped[UnitCategory | None] = mapped_column(
        enum_column(UnitCategory, "unit_category")
    )
    is_committee_member: Mapped[bool] = mapped_column(Boolean, default=False)
    risk_level: Mapped[RiskLevel | None] = mapped_column(enum_column(RiskLevel, "risk_level"))
    territorial_unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("unit.id", ondelete="SET NULL"), index=True
    )
    supervisor_unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("unit.id", ondelete="SET NULL"), index=True
    )
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str | None] = mapped_column(Text)

    parent: Mapped[Unit | None] = relationship(
        remote_side="Unit.id", foreign_keys=[parent_id], back_populates="children"
    )
    children: Mapped[list[Unit]] = relationship(
        foreign_keys=[parent_id], back_populates="parent", order_by="Unit.sort_order"
    )
    territorial_unit: Mapped[Unit | None] = relationship(
        remote_side="Unit.id", foreign_keys=[territorial_unit_id]
    )
    supervisor_unit: Mapped[Unit | None] = relationship(
        remote_side="Unit.id", foreign_keys=[supervisor_unit_id]
    )
    people: Mapped[list[Person]] = relationship(back_populates="unit", order_by="Person.sort_order")

    __table_args__ = (
        # NULL parents are distinct in a plain UNIQUE, so top-level names need their own index.
        Index(
            "uq_unit_sibling_name",
            "parent_id",
            "name",
            unique=True,
            sqlite_where=text("parent_id IS NOT NULL"),
            postgresql_where=text("parent_id IS NOT NULL"),
        ),
        Index(
            "uq_unit_top_level_name",
            "name",
            unique=True,
            sqlite_where=text("parent_id IS NULL"),
            postgresql_where=text("parent_id IS NULL"),
        ),
        CheckConstraint("parent_id IS NULL OR parent_id <> id", name="not_own_parent"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
    )


class Person(SyncedMixin, Base):
    """A person in a unit: principal (党委书记/行政正职), leader (班子成员) or staff."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"), index=True)
    title: Mapped[str | None] = mapped_column(String(100))
    is_party_head: Mapped[bool] = mapped_column(Boolean, default=False)
    is_admin_head: Mapped[bool] = mapped_column(Boolean, default=False)
    is_leader: Mapped[bool] = mapped_column(Boolean, default=False)
    phone: Mapped[str | None] = mapped_column(String(50))
    successor_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    unit: Mapped[Unit] = relationship(back_populates="people")
    successor: Mapped[Person | None] = relationship(remote_side="Person.id")


class Post(SyncedMixin, Base):
    """A post (岗位): unit × title, optionally held by a person; post duty lists hang on it."""

    __tablename__ = "post"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(100))
    holder_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    __table_args__ = (UniqueConstraint("unit_id", "title"),)


class Field(SyncedMixin, Base):
    """An industry field (行业领域): 道路交通, 危险化学品 …"""

    __tablename__ = "field"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class FieldAssignment(SyncedMixin, Base):
    """A matrix cell: in ``year`` the unit plays ``role`` in the field."""

    __tablename__ = "field_assignment"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), index=True)
    field_id: Mapped[int] = mapped_column(ForeignKey("field.id", ondelete="CASCADE"), index=True)
    role: Mapped[FieldRole] = mapped_column(enum_column(FieldRole, "field_role"))

    unit: Mapped[Unit] = relationship()
    field: Mapped[Field] = relationship()

    __table_args__ = (
        UniqueConstraint("year", "unit_id", "field_id"),
        CheckConstraint("year BETWEEN 2000 AND 2200", name="year_range"),
    )


class Oversight(SyncedMixin, Base):
    """一岗双责: in ``year`` a leader oversees a unit or a field (exactly one of them)."""

    __tablename__ = "oversight"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("unit.id", ondelete="CASCADE"), index=True
    )
    field_id: Mapped[int | None] = mapped_column(
        ForeignKey("field.id", ondelete="CASCADE"), index=True
    )

    person: Mapped[Person] = relationship()
    unit: Mapped[Unit | None] = relationship()
    field: Mapped[Field | None] = relationship()

    __table_args__ = (
        CheckConstraint("(unit_id IS NULL) <> (field_id IS NULL)", name="unit_xor_field"),
        Index(
            "uq_oversight_unit",
            "year",
            "person_id",
            "unit_id",
            unique=True,
            sqlite_where=text("unit_id IS NOT NULL"),
            postgresql_where=text("unit_id IS NOT NULL"),
        ),
        Index(
            "uq_oversight_field",
            "year",
            "person_id",
            "field_id",
            unique=True,
            sqlite_where=text("field_id IS NOT NULL"),
            postgresql_where=text("field_id IS NOT NULL"),
        ),
    )


class Duty(SyncedMixin, Base):
    """A clause of the clause library (责任条款): kind, text, legal basis, frequency."""

    __tablename__ = "duty"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[Responsibility] = mapped_column(enum_column(Responsibility, "responsibility"))
    text: Mapped[str] = mapped_column(Text)
    legal_basis: Mapped[str | None] = mapped_column(Text)
    frequency: Mapped[str | None] = mapped_column(String(100))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class DutyList(SyncedMixin, Base):
    """A year's responsibility list of a unit or of a post (exactly one of them)."""

    __tablename__ = "duty_list"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    kind: Mapped[DutyListKind] = mapped_column(enum_column(DutyListKind, "duty_list_kind"))
    unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("unit.id", ondelete="CASCADE"), index=True
    )
    post_id: Mapped[int | None] = mapped_column(
        ForeignKey("post.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str | None] = mapped_column(String(200))

    items: Mapped[list[DutyListItem]] = relationship(
        back_populates="duty_list", order_by="DutyListItem.position", cascade="all, delete-orphan"
    )

    __table_args__ = (
        CheckConstraint("(unit_id IS NULL) <> (post_id IS NULL)", name="unit_xor_post"),
    )


class DutyListItem(Base):
    """One ordered clause of a duty list."""

    __tablename__ = "duty_list_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    duty_list_id: Mapped[int] = mapped_column(
        ForeignKey("duty_list.id", ondelete="CASCADE"), index=True
    )
    duty_id: Mapped[int] = mapped_column(ForeignKey("duty.id", ondelete="RESTRICT"), index=True)
    position: Mapped[int] = mapped_column(Integer)

    duty_list: Mapped[DutyList] = relationship(back_populates="items")
    duty: Mapped[Duty] = relationship()

    __table_args__ = (UniqueConstraint("duty_list_id", "duty_id"),)


class LetterTemplate(SyncedMixin, Base):
    """A versioned letter template for one signing level (县→乡镇, 公司→车间 …)."""

    __tablename__ = "letter_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    level: Mapped[str] = mapped_column(String(50))
    name: Mapped[str] = mapped_column(String(200))
    year: Mapped[int] = mapped_column(Integer, index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    title: Mapped[str] = mapped_column(String(200))
    # sections of clauses with placeholders, and indicators with default targets and weights
    body: Mapped[dict[str, Any]] = mapped_column(default=dict)
    scoring_rules: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    __table_args__ = (UniqueConstraint("name", "year", "version"),)


class Letter(SyncedMixin, Base):
    """A target-responsibility letter between party A and party B for a year."""

    __tablename__ = "letter"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    template_id: Mapped[int | None] = mapped_column(
        ForeignKey("letter_template.id", ondelete="RESTRICT")
    )
    template_version: Mapped[int | None] = mapped_column(Integer)
    party_a_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"), index=True)
    party_b_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"), index=True)
    parent_letter_id: Mapped[int | None] = mapped_column(
        ForeignKey("letter.id", ondelete="SET NULL")
    )
    version: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[LetterStatus] = mapped_column(
        enum_column(LetterStatus, "letter_status"), default=LetterStatus.DRAFT
    )
    content: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # frozen canonical snapshot
    fingerprint: Mapped[str | None] = mapped_column(String(64), index=True)
    pdf_sha256: Mapped[str | None] = mapped_column(String(64))
    due_date: Mapped[date | None] = mapped_column(Date)
    issued_on: Mapped[date | None] = mapped_column(Date)
    signed_on: Mapped[date | None] = mapped_column(Date)
    returned_on: Mapped[date | None] = mapped_column(Date)
    archived_on: Mapped[date | None] = mapped_column(Date)
    voided_on: Mapped[date | None] = mapped_column(Date)
    void_reason: Mapped[str | None] = mapped_column(Text)
    scan_sha256: Mapped[str | None] = mapped_column(String(64))
    scan_filename: Mapped[str | None] = mapped_column(String(255))

    party_a: Mapped[Unit] = relationship(foreign_keys=[party_a_id])
    party_b: Mapped[Unit] = relationship(foreign_keys=[party_b_id])
    indicators: Mapped[list[IndicatorValue]] = relationship(
        back_populates="letter", order_by="IndicatorValue.position", cascade="all, delete-orphan"
    )

    __table_args__ = (
        UniqueConstraint("year", "template_id", "party_a_id", "party_b_id", "version"),
        CheckConstraint("party_a_id <> party_b_id", name="distinct_parties"),
        CheckConstraint("status <> 'void' OR void_reason IS NOT NULL", name="void_needs_reason"),
    )


class LetterSignatory(SyncedMixin, Base):
    """Who signs for a party, from when to when; outside the fingerprint (接任人自然成为签字人)."""

    __tablename__ = "letter_signatory"

    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letter.id", ondelete="CASCADE"), index=True)
    party: Mapped[Party] = mapped_column(enum_column(Party, "party"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class IndicatorValue(SyncedMixin, Base):
    """A control indicator of one letter: target, weight and, at year end, the actual value."""

    __tablename__ = "indicator_value"

    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letter.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    measure_unit: Mapped[str | None] = mapped_column(String(20))  # 人 / 起 / %
    comparison: Mapped[IndicatorComparison] = mapped_column(
        enum_column(IndicatorComparison, "indicator_comparison")
    )
    target: Mapped[float | None] = mapped_column(Float)
    weight: Mapped[float | None] = mapped_column(Float)
    is_veto: Mapped[bool] = mapped_column(Boolean, default=False)
    actual: Mapped[float | None] = mapped_column(Float)

    letter: Mapped[Letter] = relationship(back_populates="indicators")

    __table_args__ = (UniqueConstraint("letter_id", "position"),)


class Assessment(SyncedMixin, Base):
    """Year-end assessment of one letter: total, veto, grade, rank; frozen when closed."""

    __tablename__ = "assessment"

    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(
        ForeignKey("letter.id", ondelete="RESTRICT"), unique=True
    )
    year: Mapped[int] = mapped_column(Integer, index=True)
    rank_group: Mapped[str | None] = mapped_column(String(50))
    self_score: Mapped[float | None] = mapped_column(Float)
    score: Mapped[float | None] = mapped_column(Float)
    veto: Mapped[bool] = mapped_column(Boolean, default=False)
    veto_reason: Mapped[str | None] = mapped_column(Text)
    grade: Mapped[Grade | None] = mapped_column(enum_column(Grade, "grade"))
    rank: Mapped[int | None] = mapped_column(Integer)
    frozen: Mapped[bool] = mapped_column(Boolean, default=False)
    fingerprint: Mapped[str | None] = mapped_column(String(64))
    closed_at: Mapped[datetime | None] = mapped_column()
    notes: Mapped[str | None] = mapped_column(Text)

    items: Mapped[list[AssessmentItem]] = relationship(
        back_populates="assessment", order_by="AssessmentItem.position", cascade="all"
    )

    __table_args__ = (CheckConstraint("NOT veto OR veto_reason IS NOT NULL", name="veto_reason"),)


class AssessmentItem(SyncedMixin, Base):
    """A row of a score sheet.

    Columns as printed: 序号 | 考核项目 | 内容及要求 | 标准分 | 评分细则 | 扣分情况 | 实得分.
    """

    __tablename__ = "assessment_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessment.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[AssessmentItemKind] = mapped_column(
        enum_column(AssessmentItemKind, "assessment_item_kind")
    )
    name: Mapped[str] = mapped_column(String(200))
    requirement: Mapped[str | None] = mapped_column(Text)
    standard_points: Mapped[float] = mapped_column(Float, default=0.0)
    rule: Mapped[str | None] = mapped_column(Text)
    self_points: Mapped[float | None] = mapped_column(Float)
    points: Mapped[float | None] = mapped_column(Float)

    assessment: Mapped[Assessment] = relationship(back_populates="items")
    deductions: Mapped[list[Deduction]] = relationship(
        back_populates="item", cascade="all, delete-orphan"
    )

    __table_args__ = (UniqueConstraint("assessment_id", "position"),)


class Deduction(SyncedMixin, Base):
    """A deduction (or bonus, with negative points) applied to an item, always with a reason."""

    __tablename__ = "deduction"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("assessment_item.id", ondelete="CASCADE"), index=True
    )
    points: Mapped[float] = mapped_column(Float)
    count: Mapped[int] = mapped_column(Integer, default=1)
    reason: Mapped[str] = mapped_column(Text)

    item: Mapped[AssessmentItem] = relationship(back_populates="deductions")


class AuditEvent(Base):
    """One row changed: who, when, before and after; chained by hash so tampering shows."""

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    os_user: Mapped[str] = mapped_column(String(100))
    host: Mapped[str] = mapped_column(String(100))
    operation: Mapped[str] = mapped_column(String(100))  # the service operation, e.g. move_unit
    action: Mapped[AuditAction] = mapped_column(enum_column(AuditAction, "audit_action"))
    entity: Mapped[str] = mapped_column(String(50))
    entity_uuid: Mapped[str | None] = mapped_column(String(36), index=True)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


AUDITED_MODELS: tuple[type[Base], ...] = tuple(
    mapper.class_ for mapper in Base.registry.mappers if mapper.class_ is not AuditEvent
)
