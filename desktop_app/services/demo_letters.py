"""The demo county's letters of the year: templates, the company's workshops and teams, and
letters for every level in every state (some signed with a scan attached, some overdue).

Called by :func:`desktop_app.services.demo.generate_demo` inside its transaction, so the rows
are audited with the rest of the demo. Dates are fixed within the demo year; whether a letter
shows as overdue depends on today's date, as in real life.
"""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.pdfgen.canvas import Canvas

from desktop_app.documents.fonts import letter_fonts
from desktop_app.documents.layout import PAGE_HEIGHT, PAGE_WIDTH
from desktop_app.domain.enums import DutyListKind, LetterStatus, UnitKind
from desktop_app.domain.letters import TemplateSpec
from desktop_app.services import demo_data as data
from desktop_app.services.letter_facts import FactsIndex, signing_pairs
from desktop_app.services.letter_scans import store_attachment
from desktop_app.services.letter_templates import add_default_templates
from desktop_app.services.letters import apply_status, create_letter
from desktop_app.storage.database import Database
from desktop_app.storage.models import DutyList, Letter, Unit

if TYPE_CHECKING:
    from desktop_app.services.demo import _DemoBuilder

# The county company's workshops (车间) and their teams (班组): (workshop, head, teams).
WORKSHOPS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("预制构件车间", "车间主任", ("钢筋班", "模板班", "混凝土班")),
    ("机修车间", "车间主任", ("电工班", "焊工班")),
    ("沥青拌和站", "站长", ("拌和班", "运输班")),
)
WORKSHOP_LIST = ("M3", "M4", "M5")
TEAM_LIST = ("P1", "P2", "P3")
PAIRING_ORDER = ("townships", "committee_members", "subsidiaries", "teams")
# Townships allowed one death in their letters: more than the county's limit of 3 allows,
# so the cascade check has something to say in the demo.
LOOSER_TOWNSHIPS = ("青溪镇", "石桥镇", "龙潭镇", "青溪经济开发区")
DEATHS = "生产安全事故死亡人数"


def add_company_units(builder: _DemoBuilder) -> list[Unit]:
    """Workshops and teams under the county company, with heads and duty lists."""
    company = next(u for u in builder.enterprises if u.name == data.COUNTY_COMPANY[0])
    added: list[Unit] = []
    for number, (name, head, teams) in enumerate(WORKSHOPS, start=1):
        workshop = builder.add_unit(name, UnitKind.WORKSHOP, company, code=f"QX-QY000-CJ{number}")
        builder.add_person(workshop, head)
        added.append(workshop)
        for team_number, team_name in enumerate(teams, start=1):
            team = builder.add_unit(
                team_name, UnitKind.TEAM, workshop, code=f"QX-QY000-CJ{number}-BZ{team_number}"
            )
            builder.add_person(team, "班组长")
            added.append(team)
    builder.session.flush()
    for unit in added:
        keys = WORKSHOP_LIST if unit.kind is UnitKind.WORKSHOP else TEAM_LIST
        duty_list = DutyList(
            uuid=builder_uuid(builder, unit),
            year=builder.year,
            kind=DutyListKind.MAIN,
            unit_id=unit.id,
            title=f"{builder.year}年度{unit.name}安全生产责任清单",
        )
        builder.add_duty_list(duty_list, keys)
    return added


def builder_uuid(builder: _DemoBuilder, unit: Unit) -> str:
    """The stable uuid of a demo duty list."""
    return demo_uuid("duty_list", builder.year, "unit", unit.name)


def demo_uuid(kind: str, *parts: object) -> str:
    """The demo's stable uuids (see ``desktop_app.services.demo.demo_uuid``)."""
    from desktop_app.services.demo import demo_uuid as make

    return make(kind, *parts)


def _scan_pdf(letter: Letter, signed_on: date) -> bytes:
    """A stand-in for a scanned signed copy: one page naming the letter and the date."""
    fonts = letter_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), invariant=1)
    canvas.setFont(fonts.body.name, 16)
    lines = [
        "（签订扫描件）",
        f"{letter.party_a.name} — {letter.party_b.name}",
        f"{letter.year}年度安全生产目标责任书（第{letter.version}版）",
        f"双方已签字盖章　{signed_on.year}年{signed_on.month}月{signed_on.day}日",
    ]
    for number, line in enumerate(lines):
        canvas.drawString(80, 700 - number * 30, line)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _attach_demo_scan(letter: Letter, attachments_dir: Path, signed_on: date) -> None:
    staging = attachments_dir / f".demo-scan-{letter.uuid}.pdf"
    attachments_dir.mkdir(parents=True, exist_ok=True)
    staging.write_bytes(_scan_pdf(letter, signed_on))
    try:
        sha, _stored = store_attachment(staging, attachments_dir)
    finally:
        staging.unlink(missing_ok=True)
    letter.scan_sha256 = sha
    letter.scan_filename = f"扫描件_{letter.party_b.name}.pdf"


def _advance(letter: Letter, number: int, issued_on: date, attachments_dir: Path | None) -> None:
    """Every third letter stays issued (overdue once its due date passes); the rest move on."""
    if number % 3 == 2:
        return
    signed_on = issued_on + timedelta(days=10 + number % 7)
    apply_status(letter, LetterStatus.SIGNED, signed_on)
    if number % 3 == 0 and attachments_dir is not None:
        _attach_demo_scan(letter, attachments_dir, signed_on)
    if number % 4 == 0:
        apply_status(letter, LetterStatus.RETURNED, signed_on + timedelta(days=5))
        if number % 8 == 0:
            apply_status(letter, LetterStatus.ARCHIVED, signed_on + timedelta(days=20))


def add_demo_letters(builder: _DemoBuilder, database: Database) -> int:
    """Templates, workshops/teams and the year's letters; returns how many letters."""
    session, year = builder.session, builder.year
    add_company_units(builder)
    templates = add_default_templates(session, year)
    order = {rule: n for n, rule in enumerate(PAIRING_ORDER)}
    specs = sorted(
        ((t, TemplateSpec.from_json(t.body)) for t in templates),
        key=lambda item: order.get(item[1].pairing, len(order)),
    )
    attachments = database.path.parent / "attachments" if database.path is not None else None
    count = 0
    session.flush()
    index = FactsIndex.load(session, year)
    for level, (template, spec) in enumerate(specs):
        issued_on = date(year, 1, 10 + 5 * level)
        due = issued_on + timedelta(days=spec.due_days)
        for pair in signing_pairs(session, spec.pairing):
            party_a = session.get(Unit, pair.party_a_id)
            party_b = session.get(Unit, pair.party_b_id)
            assert party_a is not None and party_b is not None
            indicators = list(spec.indicators)
            if party_b.name in LOOSER_TOWNSHIPS:
                indicators = [
                    type(i)(i.name, i.measure_unit, i.comparison, 1.0, i.weight, i.veto)
                    if i.name == DEATHS
                    else i
                    for i in indicators
                ]
            letter = create_letter(
                session,
                template.id,
                year,
                party_a,
                party_b,
                issued_on=issued_on,
                due_date=due,
                indicators=indicators,
                uuid=demo_uuid("letter", year, party_a.name, party_b.name),
                index=index,
            )
            _advance(letter, count, issued_on, attachments)
            count += 1
    session.flush()
    return count
