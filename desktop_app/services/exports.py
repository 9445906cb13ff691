"""Formatted Excel exports of the register, the matrix and the letter register, blank
import templates, and the problem table of an import (the assessment's export lives in
desktop_app/services/assessment_export.py).

The unit, people and matrix exports use the import's own column names, so an exported file
imports back unchanged (a clerk edits the export and imports it again).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import NamedTuple, Protocol, TypeVar

from sqlalchemy import String, select, type_coerce

from desktop_app.documents.excel_templates import template_lists, write_template
from desktop_app.documents.excel_writer import Column, SheetSpec, write_workbook
from desktop_app.documents.matrix_workbook import DetailColumn, MatrixSheet, write_matrix_workbook
from desktop_app.domain.enums import FieldRole, Party
from desktop_app.domain.import_problems import Problem
from desktop_app.domain.import_schema import COLUMNS, ImportKind
from desktop_app.domain.import_vocabulary import CellValue, label_of
from desktop_app.messages import message_for
from desktop_app.record_labels import letter_status
from desktop_app.storage.database import Database
from desktop_app.storage.models import (
    Field,
    FieldAssignment,
    Letter,
    LetterSignatory,
    Person,
    Unit,
)


def _stamp(count: int) -> str:
    return f"导出时间：{datetime.now():%Y-%m-%d %H:%M}　共 {count} 条"


def _yes(value: bool) -> str:
    return "是" if value else "否"


class _TreeNode(Protocol):
    """What ordering a unit tree needs: a Unit, or a row of its columns."""

    @property
    def id(self) -> int: ...
    @property
    def parent_id(self) -> int | None: ...
    @property
    def sort_order(self) -> int: ...


Node = TypeVar("Node", bound=_TreeNode)


class _MatrixUnit(NamedTuple):
    """The unit columns the matrix export reads (no ORM objects for 5,000 units)."""

    id: int
    name: str
    code: str | None
    parent_id: int | None
    sort_order: int
    is_committee_member: bool


def _tree_order(units: Sequence[Node]) -> list[tuple[Node, int]]:
    """Units parents first, siblings by sort order, with their depth."""
    children: dict[int | None, list[Node]] = defaultdict(list)
    ids = {unit.id for unit in units}
    for unit in units:
        children[unit.parent_id if unit.parent_id in ids else None].append(unit)
    for siblings in children.values():
        siblings.sort(key=lambda unit: (unit.sort_order, unit.id))
    ordered: list[tuple[Node, int]] = []
    stack = [(unit, 0) for unit in reversed(children[None])]
    while stack:
        unit, depth = stack.pop()
        ordered.append((unit, depth))
        stack.extend((child, depth + 1) for child in reversed(children.get(unit.id, [])))
    return ordered


def export_units(database: Database, path: Path, *, year: int) -> int:
    """The unit register (单位名录) in the units import's shape; returns the row count."""
    with database.reading() as session:
        units = list(session.scalars(select(Unit)))
        by_id = {unit.id: unit for unit in units}
        main_field = dict(
            session.execute(
                select(FieldAssignment.unit_id, Field.name)
                .join(Field, Field.id == FieldAssignment.field_id)
                .where(FieldAssignment.year == year, FieldAssignment.role == FieldRole.MAIN)
            ).all()
        )
    keys = (
        "seq",
        "code",
        "name",
        "short_name",
        "parent",
        "parent_code",
        "kind",
        "category",
        "is_committee_member",
        "territorial",
        "supervisor",
        "risk_level",
        "field",
        "notes",
    )
    specs = {spec.key: spec for spec in COLUMNS[ImportKind.UNITS]}
    rows: list[list[CellValue]] = []
    for number, (unit, _depth) in enumerate(_tree_order(units), start=1):
        parent = by_id.get(unit.parent_id) if unit.parent_id else None
        territory = by_id.get(unit.territorial_unit_id) if unit.territorial_unit_id else None
        supervisor = by_id.get(unit.supervisor_unit_id) if unit.supervisor_unit_id else None
        rows.append([
            number, unit.code, unit.name, unit.short_name,
            parent.name if parent else None, parent.code if parent else None,
            label_of(unit.kind), label_of(unit.category) if unit.category else None,
            _yes(unit.is_committee_member), territory.name if territory else None,
            supervisor.name if supervisor else None,
            label_of(unit.risk_level) if unit.risk_level else None,
            main_field.get(unit.id), unit.notes,
        ])  # fmt: skip
    columns = [Column(specs[key].label, center=key in ("seq", "kind")) for key in keys]
    columns[-1] = Column(specs["notes"].label, 30.0, wrap=True)
    sheet = SheetSpec(
        "单位名录", "单位名录", columns, rows, subtitle=_stamp(len(rows)), freeze_columns=3
    )
    write_workbook(path, [sheet])
    return len(rows)


def export_people(database: Database, path: Path) -> int:
    """The people register (人员名册) in the people import's shape."""
    with database.reading() as session:
        units = list(session.scalars(select(Unit)))
        people: dict[int, list[Person]] = defaultdict(list)
        for person in session.scalars(
            select(Person).where(Person.active.is_(True)).order_by(Person.sort_order, Person.id)
        ):
            people[person.unit_id].append(person)
    rows: list[list[CellValue]] = []
    for unit, _depth in _tree_order(units):
        for person in people.get(unit.id, []):
            rows.append([
                len(rows) + 1, person.name, unit.name, unit.code, person.title,
                _yes(person.is_party_head), _yes(person.is_admin_head), _yes(person.is_leader),
                person.phone,
            ])  # fmt: skip
    specs = {spec.key: spec for spec in COLUMNS[ImportKind.PEOPLE]}
    keys = (
        "seq",
        "name",
        "unit",
        "unit_code",
        "title",
        "is_party_head",
        "is_admin_head",
        "is_leader",
        "phone",
    )
    columns = [Column(specs[key].label, center=key == "seq") for key in keys]
    sheet = SheetSpec(
        "人员名册", "人员名册", columns, rows, subtitle=_stamp(len(rows)), freeze_columns=2
    )
    write_workbook(path, [sheet])
    return len(rows)


def export_matrix(database: Database, path: Path, *, year: int) -> int:
    """The year's matrix (单位 × 行业领域) in the matrix import's shape, with role colours and
    a legend (written by :mod:`desktop_app.documents.matrix_workbook`); returns the row
    count. Committee members are listed even without a role."""
    with database.reading() as session:
        fields = session.execute(
            select(Field.id, Field.name)
            .where(Field.active.is_(True))
            .order_by(Field.sort_order, Field.id)
        ).all()
        unit_columns = (Unit.id, Unit.name, Unit.code, Unit.parent_id, Unit.sort_order)
        unit_query = select(*unit_columns, Unit.is_committee_member)
        units = [_MatrixUnit(*row) for row in session.execute(unit_query)]
        # The role as its stored text, mapped below: converting 100,000+ values through the
        # Enum column type costs more than the whole query (bench/excel.py).
        stored_role = type_coerce(FieldAssignment.role, String)
        query = select(FieldAssignment.unit_id, FieldAssignment.field_id, stored_role)
        role_of = {role.value: role for role in FieldRole}
        roles: dict[int, dict[int, FieldRole]] = defaultdict(dict)
        for unit_id, field_id, value in session.execute(query.where(FieldAssignment.year == year)):
            roles[unit_id][field_id] = role_of[value]
    names = {unit.id: unit.name for unit in units}
    field_ids = [field_id for field_id, _name in fields]
    listed = [
        unit for unit, _depth in _tree_order(units) if unit.id in roles or unit.is_committee_member
    ]
    parents = [names.get(unit.parent_id) if unit.parent_id else None for unit in listed]
    no_roles: dict[int, FieldRole] = {}
    specs = {spec.key: spec.label for spec in COLUMNS[ImportKind.MATRIX]}
    sheet = MatrixSheet(
        title=f"{year}年度安全生产责任矩阵",
        corner=specs["unit"],
        columns=[name for _id, name in fields],
        rows=[unit.name for unit in listed],
        cells=[list(map(roles.get(unit.id, no_roles).get, field_ids)) for unit in listed],
        role_labels={role: label_of(role) for role in FieldRole},
        number_header=specs["seq"],
        details=[
            DetailColumn(specs["unit_code"], [unit.code for unit in listed]),
            DetailColumn(specs["parent"], parents),
        ],
        sheet_name="责任矩阵",
        page_label="第 {page} 页",
    )
    write_matrix_workbook(path, sheet)
    return len(listed)


def export_letters(database: Database, path: Path, *, year: int) -> int:
    """The year's letter register (责任书签订台账); an empty but well-formed sheet if none."""
    with database.reading() as session:
        names = dict(session.execute(select(Unit.id, Unit.name)).all())
        people = dict(session.execute(select(Person.id, Person.name)).all())
        signers: dict[tuple[int, Party], str] = {}
        for signatory in session.scalars(
            select(LetterSignatory).where(LetterSignatory.valid_to.is_(None))
        ):
            signers[(signatory.letter_id, signatory.party)] = people.get(signatory.person_id, "")
        letters = list(
            session.scalars(select(Letter).where(Letter.year == year).order_by(Letter.id))
        )
    rows: list[list[CellValue]] = []
    for letter in letters:
        code = letter.fingerprint or ""
        short = " ".join(code[i : i + 4] for i in range(0, 12, 4)) if code else None
        rows.append([
            len(rows) + 1, names.get(letter.party_a_id), signers.get((letter.id, Party.A)),
            names.get(letter.party_b_id), signers.get((letter.id, Party.B)),
            letter_status(letter.status.value, "zh_CN"), _date(letter.due_date),
            _date(letter.issued_on), _date(letter.signed_on), _date(letter.returned_on),
            _date(letter.archived_on), short,
        ])  # fmt: skip
    headers = (
        "序号",
        "甲方",
        "甲方签字人",
        "乙方",
        "乙方签字人",
        "状态",
        "签订期限",
        "印发日期",
        "签订日期",
        "回收日期",
        "归档日期",
        "核验码",
    )
    columns = [Column(h, center=h in ("序号", "状态")) for h in headers]
    sheet = SheetSpec(
        "签订台账",
        f"{year}年度安全生产目标责任书签订台账",
        columns,
        rows,
        subtitle=_stamp(len(rows)),
        freeze_columns=2,
        landscape=True,
    )
    write_workbook(path, [sheet])
    return len(rows)


def _date(value: object) -> str | None:
    return value.isoformat() if hasattr(value, "isoformat") else None


def export_template(database: Database, kind: ImportKind, path: Path) -> Path:
    """The blank import template of ``kind``, with this database's fields in the dropdown."""
    with database.reading() as session:
        field_names = list(
            session.scalars(
                select(Field.name)
                .where(Field.active.is_(True))
                .order_by(Field.sort_order, Field.id)
            )
        )
    return write_template(path, kind, COLUMNS[kind], template_lists(field_names))


def export_problems(path: Path, problems: Sequence[Problem], *, file: str, language: str) -> Path:
    """The problem table of an import (sheet / row / column / value / reason)."""
    english = language == "en"
    headers = (
        ("Sheet", "Row", "Column", "Value", "Problem", "Severity", "Code")
        if english
        else ("工作表", "行", "列", "值", "问题", "级别", "代码")
    )
    severity = {True: "error" if english else "错误", False: "warning" if english else "提示"}
    rows: list[list[CellValue]] = [
        [
            p.sheet,
            p.row,
            p.column,
            p.value,
            message_for(p.code, p.all_facts(file), language),
            severity[p.is_error],
            p.code.value,
        ]
        for p in problems
    ]
    widths = (14.0, 6.0, 16.0, 24.0, 70.0, 8.0, 24.0)
    columns = [
        Column(h, w, wrap=h in ("Problem", "问题"), center=h in ("Row", "行"))
        for h, w in zip(headers, widths, strict=True)
    ]
    title = f"Import problems: {Path(file).name}" if english else f"导入问题清单：{Path(file).name}"
    sheet = SheetSpec(
        "Problems" if english else "问题清单",
        title,
        columns,
        rows,
        subtitle=_stamp(len(rows)),
        landscape=True,
    )
    write_workbook(path, [sheet])
    return path
