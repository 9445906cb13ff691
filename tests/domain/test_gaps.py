"""The gap rules (责任零缺位) on small hand-made snapshots: each rule fires, and only when due."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop_app.domain.enums import DutyListKind, FieldRole, LetterStatus, UnitCategory, UnitKind
from desktop_app.domain.gaps import (
    REASON_NO_ITEMS,
    REASON_NO_LIST,
    AssignmentFacts,
    DutyListFacts,
    FieldFacts,
    Gap,
    GapKind,
    GapSubject,
    LetterRecord,
    OversightFacts,
    PersonFacts,
    PostFacts,
    SigningPairFacts,
    Snapshot,
    UnitFacts,
    find_gaps,
)

GOV, DEPT, DEPT2, TOWN, ENT = 1, 2, 3, 4, 5
ROAD, FIRE = 10, 11
MEMBERS_TEMPLATE = "县安委会与成员单位安全生产目标责任书"
TOWNS_TEMPLATE = "县政府与乡镇（街道）、园区安全生产目标责任书"


def clean_snapshot() -> Snapshot:
    """A tiny county with no gap at all; each test breaks one thing."""
    units = (
        UnitFacts(GOV, "县政府", UnitKind.GOVERNMENT),
        UnitFacts(
            DEPT,
            "交通局",
            UnitKind.DEPARTMENT,
            UnitCategory.INDUSTRY,
            is_committee_member=True,
            parent_id=GOV,
        ),
        UnitFacts(
            DEPT2,
            "消防大队",
            UnitKind.DEPARTMENT,
            UnitCategory.INDUSTRY,
            is_committee_member=True,
            parent_id=GOV,
        ),
        UnitFacts(TOWN, "青溪镇", UnitKind.TOWNSHIP, is_committee_member=True, parent_id=GOV),
        UnitFacts(
            ENT, "顺安运输公司", UnitKind.ENTERPRISE, parent_id=TOWN, territorial_unit_id=TOWN
        ),
        UnitFacts(99, "安委会", UnitKind.COMMITTEE, parent_id=GOV),  # needs no principal
    )
    people = (
        PersonFacts(100, "县长甲", GOV, is_admin_head=True),
        PersonFacts(101, "副县长乙", GOV, is_leader=True),
        PersonFacts(102, "局长丙", DEPT, is_party_head=True, is_admin_head=True),
        PersonFacts(103, "大队长丁", DEPT2, is_admin_head=True),
        PersonFacts(104, "书记戊", TOWN, is_party_head=True),
        PersonFacts(105, "经理己", ENT, is_admin_head=True),
    )
    fields = (FieldFacts(ROAD, "道路运输"), FieldFacts(FIRE, "消防"))
    assignments = (
        AssignmentFacts(DEPT, ROAD, FieldRole.LEAD),
        AssignmentFacts(DEPT2, FIRE, FieldRole.LEAD),
        AssignmentFacts(DEPT2, ROAD, FieldRole.SUPPORT),
        AssignmentFacts(TOWN, ROAD, FieldRole.TERRITORIAL),
        AssignmentFacts(ENT, ROAD, FieldRole.MAIN),
    )
    oversights = (
        OversightFacts(101, unit_id=DEPT),
        OversightFacts(101, unit_id=DEPT2),
        OversightFacts(101, unit_id=TOWN),
        OversightFacts(101, field_id=ROAD),
    )
    duty_lists = (
        DutyListFacts(1, DEPT, None, 3),
        DutyListFacts(2, DEPT2, None, 2),
        DutyListFacts(3, TOWN, None, 4),
    )
    # every member signed its letter; the pairing rules give exactly those pairs
    letters = (
        LetterRecord(200, 99, DEPT, LetterStatus.SIGNED, date(2026, 2, 14), MEMBERS_TEMPLATE),
        LetterRecord(201, 99, DEPT2, LetterStatus.ARCHIVED, date(2026, 2, 14), MEMBERS_TEMPLATE),
        LetterRecord(202, GOV, TOWN, LetterStatus.RETURNED, date(2026, 2, 24), TOWNS_TEMPLATE),
    )
    pairs = (
        SigningPairFacts(MEMBERS_TEMPLATE, 99, DEPT),
        SigningPairFacts(MEMBERS_TEMPLATE, 99, DEPT2),
        SigningPairFacts(TOWNS_TEMPLATE, GOV, TOWN),
    )
    return Snapshot(
        2026,
        units,
        people,
        fields,
        assignments,
        oversights,
        duty_lists,
        letters=letters,
        signing_pairs=pairs,
        today=date(2026, 11, 23),
    )


def unit(snapshot: Snapshot, unit_id: int) -> UnitFacts:
    return next(u for u in snapshot.units if u.id == unit_id)


def with_unit(snapshot: Snapshot, changed: UnitFacts) -> Snapshot:
    units = tuple(changed if u.id == changed.id else u for u in snapshot.units)
    return replace(snapshot, units=units)


def kinds(gaps: list[Gap]) -> list[GapKind]:
    return [gap.kind for gap in gaps]


def only(gaps: list[Gap], kind: GapKind) -> list[Gap]:
    return [gap for gap in gaps if gap.kind is kind]


def test_the_clean_snapshot_has_no_gap() -> None:
    assert find_gaps(clean_snapshot()) == []


def test_an_empty_snapshot_has_no_gap() -> None:
    assert find_gaps(Snapshot(2026)) == []


# FIELD_WITHOUT_LEAD --------------------------------------------------------------------------


def test_a_field_nobody_leads_is_a_gap() -> None:
    snapshot = clean_snapshot()
    snapshot = replace(snapshot, fields=(*snapshot.fields, FieldFacts(12, "农业机械")))
    gaps = find_gaps(snapshot)
    assert kinds(gaps) == [GapKind.FIELD_WITHOUT_LEAD]
    assert gaps[0].subject is GapSubject.FIELD
    assert (gaps[0].subject_id, gaps[0].subject_name) == (12, "农业机械")
    assert gaps[0].facts == {"field": "农业机械"}


def test_a_support_role_or_an_inactive_lead_does_not_count_as_lead() -> None:
    snapshot = clean_snapshot()
    # 消防 is led only by DEPT2; make DEPT2 a mere supporter there.
    assignments = tuple(
        AssignmentFacts(a.unit_id, a.field_id, FieldRole.SUPPORT) if a.field_id == FIRE else a
        for a in snapshot.assignments
    )
    gaps = find_gaps(replace(snapshot, assignments=assignments))
    assert [(g.kind, g.subject_name) for g in gaps] == [(GapKind.FIELD_WITHOUT_LEAD, "消防")]

    inactive = with_unit(clean_snapshot(), replace(unit(snapshot, DEPT), active=False))
    assert (GapKind.FIELD_WITHOUT_LEAD, "道路运输") in [
        (g.kind, g.subject_name) for g in find_gaps(inactive)
    ]


def test_an_inactive_field_needs_no_lead() -> None:
    snapshot = clean_snapshot()
    snapshot = replace(
        snapshot, fields=(*snapshot.fields, FieldFacts(12, "农业机械", active=False))
    )
    assert find_gaps(snapshot) == []


def test_leads_of_another_field_do_not_count() -> None:
    snapshot = clean_snapshot()
    snapshot = replace(
        snapshot,
        fields=(*snapshot.fields, FieldFacts(12, "农业机械")),
        assignments=(*snapshot.assignments, AssignmentFacts(DEPT, 13, FieldRole.LEAD)),
    )
    assert kinds(find_gaps(snapshot)) == [GapKind.FIELD_WITHOUT_LEAD]


# FIELD_WITH_SEVERAL_LEADS --------------------------------------------------------------------


def test_a_field_with_two_leads_is_a_gap_naming_both() -> None:
    snapshot = clean_snapshot()
    assignments = tuple(
        replace(a, role=FieldRole.LEAD) if (a.unit_id, a.field_id) == (DEPT2, ROAD) else a
        for a in snapshot.assignments
    )
    assert AssignmentFacts(DEPT2, ROAD, FieldRole.LEAD) in assignments
    gaps = find_gaps(replace(snapshot, assignments=assignments))
    assert kinds(gaps) == [GapKind.FIELD_WITH_SEVERAL_LEADS]
    assert gaps[0].subject_name == "道路运输"
    assert gaps[0].facts == {"field": "道路运输", "leads": ["交通局", "消防大队"], "count": 2}


def test_a_second_lead_that_is_inactive_is_no_gap() -> None:
    snapshot = clean_snapshot()
    snapshot = replace(
        snapshot,
        units=(*snapshot.units, UnitFacts(6, "旧交通局", UnitKind.DEPARTMENT, active=False)),
        assignments=(*snapshot.assignments, AssignmentFacts(6, ROAD, FieldRole.LEAD)),
    )
    assert find_gaps(snapshot) == []


# MEMBER_WITHOUT_OVERSEER ---------------------------------------------------------------------


def test_a_member_unit_no_leader_oversees_is_a_gap() -> None:
    snapshot = clean_snapshot()
    oversights = tuple(o for o in snapshot.oversights if o.unit_id != TOWN)
    gaps = find_gaps(replace(snapshot, oversights=oversights))
    assert [(g.kind, g.subject_id) for g in gaps] == [(GapKind.MEMBER_WITHOUT_OVERSEER, TOWN)]
    assert gaps[0].subject is GapSubject.UNIT
    assert gaps[0].facts == {"unit": "青溪镇"}


def test_oversight_by_a_person_who_left_does_not_cover_the_unit() -> None:
    snapshot = clean_snapshot()
    people = (*snapshot.people, PersonFacts(106, "前副县长", GOV, is_leader=True, active=False))
    oversights = tuple(o for o in snapshot.oversights if o.unit_id != TOWN)
    oversights = (*oversights, OversightFacts(106, unit_id=TOWN))
    gaps = find_gaps(replace(snapshot, people=people, oversights=oversights))
    assert kinds(gaps) == [GapKind.MEMBER_WITHOUT_OVERSEER]


def test_units_outside_the_committee_need_no_overseer() -> None:
    snapshot = clean_snapshot()
    non_member = replace(unit(snapshot, TOWN), is_committee_member=False)
    oversights = tuple(o for o in snapshot.oversights if o.unit_id != TOWN)
    snapshot = replace(with_unit(snapshot, non_member), oversights=oversights)
    # no longer a member: it needs neither an overseer nor a duty list
    assert find_gaps(snapshot) == []


def test_an_inactive_member_needs_no_overseer() -> None:
    snapshot = clean_snapshot()
    oversights = tuple(o for o in snapshot.oversights if o.unit_id != DEPT2)
    # DEPT2 leads 消防, so give that field another lead before retiring DEPT2.
    assignments = (*snapshot.assignments, AssignmentFacts(DEPT, FIRE, FieldRole.LEAD))
    assignments = tuple(a for a in assignments if a.unit_id != DEPT2)
    snapshot = replace(snapshot, oversights=oversights, assignments=assignments)
    snapshot = with_unit(snapshot, replace(unit(snapshot, DEPT2), active=False))
    assert find_gaps(snapshot) == []


# ENTERPRISE_WITHOUT_SUPERVISOR ---------------------------------------------------------------


def test_an_enterprise_is_supervised_through_the_lead_of_its_field() -> None:
    # the clean enterprise has no explicit supervisor: 交通局 leads its field 道路运输
    assert unit(clean_snapshot(), ENT).supervisor_unit_id is None
    assert only(find_gaps(clean_snapshot()), GapKind.ENTERPRISE_WITHOUT_SUPERVISOR) == []


def test_an_enterprise_whose_field_has_no_lead_and_no_explicit_supervisor_is_a_gap() -> None:
    snapshot = clean_snapshot()
    assignments = tuple(a for a in snapshot.assignments if a.role is not FieldRole.LEAD)
    assignments = (*assignments, AssignmentFacts(DEPT2, FIRE, FieldRole.LEAD))
    gaps = only(
        find_gaps(replace(snapshot, assignments=assignments)),
        GapKind.ENTERPRISE_WITHOUT_SUPERVISOR,
    )
    assert [(g.subject_id, g.facts) for g in gaps] == [
        (ENT, {"unit": "顺安运输公司", "fields": ["道路运输"]})
    ]


def test_an_enterprise_with_no_field_and_no_supervisor_is_a_gap() -> None:
    snapshot = clean_snapshot()
    assignments = tuple(a for a in snapshot.assignments if a.unit_id != ENT)
    gaps = find_gaps(replace(snapshot, assignments=assignments))
    assert kinds(gaps) == [GapKind.ENTERPRISE_WITHOUT_SUPERVISOR]
    assert gaps[0].facts["fields"] == []


def test_an_explicit_active_supervisor_closes_the_gap_but_an_inactive_one_does_not() -> None:
    snapshot = clean_snapshot()
    snapshot = replace(
        snapshot, assignments=tuple(a for a in snapshot.assignments if a.unit_id != ENT)
    )
    supervised = with_unit(snapshot, replace(unit(snapshot, ENT), supervisor_unit_id=DEPT))
    assert find_gaps(supervised) == []

    gone = replace(
        supervised,
        units=(*supervised.units, UnitFacts(7, "撤并局", UnitKind.DEPARTMENT, active=False)),
    )
    gone = with_unit(gone, replace(unit(gone, ENT), supervisor_unit_id=7))
    assert kinds(find_gaps(gone)) == [GapKind.ENTERPRISE_WITHOUT_SUPERVISOR]


def test_a_territorial_or_support_role_of_the_enterprise_does_not_derive_a_supervisor() -> None:
    snapshot = clean_snapshot()
    assignments = tuple(
        AssignmentFacts(ENT, ROAD, FieldRole.SUPPORT) if a.unit_id == ENT else a
        for a in snapshot.assignments
    )
    gaps = find_gaps(replace(snapshot, assignments=assignments))
    assert kinds(gaps) == [GapKind.ENTERPRISE_WITHOUT_SUPERVISOR]


# ENTERPRISE_WITHOUT_TERRITORY ----------------------------------------------------------------


def test_an_enterprise_without_territorial_unit_is_a_gap() -> None:
    snapshot = clean_snapshot()
    snapshot = with_unit(snapshot, replace(unit(snapshot, ENT), territorial_unit_id=None))
    gaps = find_gaps(snapshot)
    assert [(g.kind, g.subject_name) for g in gaps] == [
        (GapKind.ENTERPRISE_WITHOUT_TERRITORY, "顺安运输公司")
    ]


def test_an_inactive_territorial_unit_does_not_count() -> None:
    snapshot = clean_snapshot()
    snapshot = replace(
        snapshot, units=(*snapshot.units, UnitFacts(8, "撤并乡", UnitKind.TOWNSHIP, active=False))
    )
    snapshot = with_unit(snapshot, replace(unit(snapshot, ENT), territorial_unit_id=8))
    assert kinds(find_gaps(snapshot)) == [GapKind.ENTERPRISE_WITHOUT_TERRITORY]


def test_only_active_enterprises_need_territory_and_supervisor() -> None:
    snapshot = clean_snapshot()
    closed = replace(
        unit(snapshot, ENT), territorial_unit_id=None, supervisor_unit_id=None, active=False
    )
    snapshot = with_unit(snapshot, closed)
    snapshot = replace(
        snapshot, assignments=tuple(a for a in snapshot.assignments if a.unit_id != ENT)
    )
    assert find_gaps(snapshot) == []


def test_a_workshop_needs_no_territory() -> None:
    snapshot = clean_snapshot()
    workshop = UnitFacts(9, "一车间", UnitKind.WORKSHOP, parent_id=ENT)
    assert find_gaps(replace(snapshot, units=(*snapshot.units, workshop))) == []


# LEADER_OVERSEES_NOTHING ---------------------------------------------------------------------


def test_a_leader_without_oversight_is_a_gap() -> None:
    snapshot = clean_snapshot()
    people = (*snapshot.people, PersonFacts(107, "新任副县长", GOV, is_leader=True))
    gaps = find_gaps(replace(snapshot, people=people))
    assert kinds(gaps) == [GapKind.LEADER_OVERSEES_NOTHING]
    assert gaps[0].subject is GapSubject.PERSON
    assert (gaps[0].subject_id, gaps[0].subject_name) == (107, "新任副县长")
    assert gaps[0].facts == {"person": "新任副县长", "unit": "县政府"}


def test_a_leader_overseeing_only_a_field_is_no_gap() -> None:
    snapshot = clean_snapshot()
    people = (*snapshot.people, PersonFacts(107, "副县长庚", GOV, is_leader=True))
    oversights = (*snapshot.oversights, OversightFacts(107, field_id=FIRE))
    assert find_gaps(replace(snapshot, people=people, oversights=oversights)) == []


def test_oversight_of_an_inactive_unit_does_not_count() -> None:
    snapshot = clean_snapshot()
    people = (*snapshot.people, PersonFacts(107, "副县长庚", GOV, is_leader=True))
    units = (*snapshot.units, UnitFacts(8, "撤销局", UnitKind.DEPARTMENT, active=False))
    oversights = (*snapshot.oversights, OversightFacts(107, unit_id=8))
    gaps = find_gaps(replace(snapshot, people=people, units=units, oversights=oversights))
    assert kinds(gaps) == [GapKind.LEADER_OVERSEES_NOTHING]


def test_people_who_are_not_leaders_or_have_left_need_no_oversight() -> None:
    snapshot = clean_snapshot()
    people = (
        *snapshot.people,
        PersonFacts(108, "科员", DEPT),
        PersonFacts(109, "退休副县长", GOV, is_leader=True, active=False),
    )
    assert find_gaps(replace(snapshot, people=people)) == []


# UNIT_WITHOUT_PRINCIPAL ----------------------------------------------------------------------


def test_a_unit_whose_principal_left_is_a_gap() -> None:
    snapshot = clean_snapshot()
    people = tuple(replace(p, active=False) if p.id == 102 else p for p in snapshot.people)
    people = (*people, PersonFacts(110, "副局长（主持工作）", DEPT))
    gaps = find_gaps(replace(snapshot, people=people))
    assert [(g.kind, g.subject_id) for g in gaps] == [(GapKind.UNIT_WITHOUT_PRINCIPAL, DEPT)]
    assert gaps[0].facts == {"unit": "交通局", "unit_kind": "department"}


def test_party_head_alone_or_admin_head_alone_is_enough() -> None:
    # the township has only a party secretary, the brigade only an administrative head
    assert find_gaps(clean_snapshot()) == []


def test_every_principal_kind_needs_a_principal_but_not_committees_or_workshops() -> None:
    units = (
        UnitFacts(1, "县政府", UnitKind.GOVERNMENT),
        UnitFacts(2, "开发区", UnitKind.PARK),
        UnitFacts(3, "子公司", UnitKind.SUBSIDIARY, territorial_unit_id=2),
        UnitFacts(4, "安委会", UnitKind.COMMITTEE),
        UnitFacts(5, "车间", UnitKind.WORKSHOP),
        UnitFacts(6, "班组", UnitKind.TEAM),
        UnitFacts(7, "其他", UnitKind.OTHER),
    )
    gaps = find_gaps(Snapshot(2026, units=units))
    assert [(g.kind, g.subject_name) for g in gaps] == [
        (GapKind.UNIT_WITHOUT_PRINCIPAL, "县政府"),
        (GapKind.UNIT_WITHOUT_PRINCIPAL, "子公司"),
        (GapKind.UNIT_WITHOUT_PRINCIPAL, "开发区"),
    ]


# EMPTY_DUTY_LIST -----------------------------------------------------------------------------


def test_a_duty_list_without_items_is_a_gap() -> None:
    snapshot = clean_snapshot()
    duty_lists = tuple(
        replace(d, item_count=0, title="2026年度交通局责任清单") if d.unit_id == DEPT else d
        for d in snapshot.duty_lists
    )
    gaps = find_gaps(replace(snapshot, duty_lists=duty_lists))
    assert kinds(gaps) == [GapKind.EMPTY_DUTY_LIST]
    assert gaps[0].subject_id == DEPT
    assert gaps[0].facts == {
        "unit": "交通局",
        "reason": REASON_NO_ITEMS,
        "list_kind": "main",
        "title": "2026年度交通局责任清单",
        "post": None,
    }


def test_a_member_unit_without_any_duty_list_is_a_gap() -> None:
    snapshot = clean_snapshot()
    duty_lists = tuple(d for d in snapshot.duty_lists if d.unit_id != TOWN)
    gaps = find_gaps(replace(snapshot, duty_lists=duty_lists))
    assert [(g.kind, g.subject_name, g.facts["reason"]) for g in gaps] == [
        (GapKind.EMPTY_DUTY_LIST, "青溪镇", REASON_NO_LIST)
    ]


def test_a_post_list_counts_for_its_unit_and_an_empty_one_names_the_post() -> None:
    snapshot = clean_snapshot()
    duty_lists = tuple(d for d in snapshot.duty_lists if d.unit_id != TOWN)
    posts = (PostFacts(50, TOWN, "镇长"),)
    with_post_list = replace(
        snapshot,
        posts=posts,
        duty_lists=(*duty_lists, DutyListFacts(9, None, 50, 2, DutyListKind.POST)),
    )
    assert find_gaps(with_post_list) == []

    empty_post_list = replace(
        with_post_list, duty_lists=(*duty_lists, DutyListFacts(9, None, 50, 0, DutyListKind.POST))
    )
    gaps = find_gaps(empty_post_list)
    assert kinds(gaps) == [GapKind.EMPTY_DUTY_LIST]
    assert (gaps[0].subject_id, gaps[0].facts["post"], gaps[0].facts["list_kind"]) == (
        TOWN,
        "镇长",
        "post",
    )


def test_lists_of_inactive_posts_or_units_are_ignored() -> None:
    snapshot = clean_snapshot()
    duty_lists = tuple(d for d in snapshot.duty_lists if d.unit_id != TOWN)
    snapshot = replace(
        snapshot,
        posts=(PostFacts(50, TOWN, "镇长", active=False),),
        duty_lists=(
            *duty_lists,
            DutyListFacts(9, None, 50, 0, DutyListKind.POST),
            DutyListFacts(10, 77, None, 0),  # a unit not in the snapshot at all
        ),
    )
    gaps = find_gaps(snapshot)
    # the inactive post's list neither counts for the township nor is reported as empty
    assert [(g.kind, g.subject_id, g.facts["reason"]) for g in gaps] == [
        (GapKind.EMPTY_DUTY_LIST, TOWN, REASON_NO_LIST)
    ]


def test_an_enterprise_needs_no_duty_list() -> None:
    # only committee members must have one; the clean enterprise has none
    assert not any(d.unit_id == ENT for d in clean_snapshot().duty_lists)
    assert find_gaps(clean_snapshot()) == []


# ordering --------------------------------------------------------------------------------


def test_gaps_are_sorted_by_kind_order_then_name_and_are_repeatable() -> None:
    snapshot = clean_snapshot()
    snapshot = replace(
        snapshot,
        fields=(*snapshot.fields, FieldFacts(13, "烟花爆竹"), FieldFacts(12, "农业机械")),
        people=(*snapshot.people, PersonFacts(107, "新任副县长", GOV, is_leader=True)),
        oversights=tuple(o for o in snapshot.oversights if o.unit_id != TOWN),
        duty_lists=(),
    )
    snapshot = with_unit(snapshot, replace(unit(snapshot, ENT), territorial_unit_id=None))
    gaps = find_gaps(snapshot)
    assert [(g.kind, g.subject_name) for g in gaps] == [
        (GapKind.FIELD_WITHOUT_LEAD, "农业机械"),
        (GapKind.FIELD_WITHOUT_LEAD, "烟花爆竹"),
        (GapKind.MEMBER_WITHOUT_OVERSEER, "青溪镇"),
        (GapKind.ENTERPRISE_WITHOUT_TERRITORY, "顺安运输公司"),
        (GapKind.LEADER_OVERSEES_NOTHING, "新任副县长"),
        (GapKind.EMPTY_DUTY_LIST, "交通局"),
        (GapKind.EMPTY_DUTY_LIST, "消防大队"),
        (GapKind.EMPTY_DUTY_LIST, "青溪镇"),
    ]
    reordered = replace(
        snapshot,
        units=snapshot.units[::-1],
        people=snapshot.people[::-1],
        fields=snapshot.fields[::-1],
    )
    assert find_gaps(reordered) == gaps


def test_gaps_are_hashable_values() -> None:
    gap = Gap(GapKind.FIELD_WITHOUT_LEAD, GapSubject.FIELD, 1, "消防", {"field": "消防"})
    assert {gap, replace(gap)} == {gap}
