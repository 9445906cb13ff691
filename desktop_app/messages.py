"""User-facing sentences for every error code, in Simplified Chinese and English.

One plain-Python catalogue serves both the command line and the GUI, so a refusal reads the
same wherever the clerk meets it. Widget texts use Qt's .ts/.qm instead.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from desktop_app.domain.consistency import Finding, FindingCode
from desktop_app.domain.errors import DutyMatrixError, ErrorCode
from desktop_app.domain.gaps import Gap, GapKind

DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = ("zh_CN", "en")

_CATALOGUE: dict[ErrorCode, tuple[str, str]] = {
    ErrorCode.DATABASE_NOT_FOUND: (
        "找不到数据库文件“{path}”。请检查路径，或用 demo 命令新建演示数据库。",
        'The database file "{path}" does not exist. Check the path, or create one with "demo".',
    ),
    ErrorCode.FOLDER_NOT_FOUND: (
        "文件夹“{folder}”不存在，无法打开或创建“{path}”。请先建立该文件夹或换一个位置。",
        'The folder "{folder}" does not exist, so "{path}" cannot be opened or created. '
        "Create the folder or choose another location.",
    ),
    ErrorCode.NOT_A_DATABASE: (
        "“{path}”不是数据库文件（可能是其他类型的文件或空文件）。"
        "文件未作任何改动；请选择正确的数据库。",
        '"{path}" is not a database file (it may be another kind of file or empty). '
        "It was left untouched; choose the right database.",
    ),
    ErrorCode.FOREIGN_DATABASE: (
        "“{path}”是其他程序的数据库（含有表 {tables}），不是本软件的数据。文件未作任何改动。",
        '"{path}" belongs to another program (it holds tables {tables}), not to DutyMatrix. '
        "It was left untouched.",
    ),
    ErrorCode.CORRUPT_DATABASE: (
        "数据库“{path}”已损坏或不完整（{detail}）。文件未作任何改动；"
        "最近的备份在数据文件夹的 backups 子文件夹中。",
        'The database "{path}" is damaged or incomplete ({detail}). It was left untouched; '
        "the latest backups are in the backups sub-folder of the data folder.",
    ),
    ErrorCode.NEWER_SCHEMA: (
        "数据库“{path}”由更新版本的软件创建（结构版本 {revision}，本程序只认识到 {head}）。"
        "请升级本软件后再打开；文件未作任何改动。",
        'The database "{path}" was written by a newer DutyMatrix (schema {revision}; this '
        "program knows up to {head}). Upgrade the program to open it; the file was left untouched.",
    ),
    ErrorCode.DATABASE_LOCKED: (
        "数据库“{path}”正被另一个程序或另一台电脑使用（已锁定）。请关闭对方后重试。",
        'The database "{path}" is in use by another program or computer (locked). '
        "Close it there and try again.",
    ),
    ErrorCode.DATABASE_IN_USE: (
        "数据库“{path}”正由 {user}（电脑 {host}）自 {since} 起使用。同一时间只能有一处修改；"
        "可以只读方式打开查看，或请对方关闭程序后再试。",
        'The database "{path}" is in use by {user} on {host} since {since}. Only one place may '
        "change it at a time; open it read-only to look, or ask them to close the program.",
    ),
    ErrorCode.OPENED_READ_ONLY: (
        "数据库“{path}”是以只读方式打开的，不能修改。",
        'The database "{path}" was opened read-only and cannot be changed.',
    ),
    ErrorCode.NEEDS_UPGRADE: (
        "数据库“{path}”需要先升级（结构版本 {revision} → {head}），只读方式下不能升级。"
        "请以正常方式打开一次。",
        'The database "{path}" must be upgraded first (schema {revision} → {head}), which '
        "cannot happen read-only. Open it normally once.",
    ),
    ErrorCode.CORRUPT_DATABASE_MOVED: (
        "数据库“{path}”已损坏（{detail}），已改名为“{moved_to}”保存（未删除）。"
        "最近的完好备份：{backup}（{backup_time}），可用 restore 命令恢复。",
        'The database "{path}" is damaged ({detail}); it was renamed to "{moved_to}" (not '
        'deleted). Newest good backup: {backup} ({backup_time}); restore it with "restore".',
    ),
    ErrorCode.CORRUPT_DATABASE_NO_BACKUP: (
        "数据库“{path}”已损坏（{detail}），已改名为“{moved_to}”保存（未删除）。没有找到完好的备份；"
        "请联系技术人员从损坏文件中抢救数据。",
        'The database "{path}" is damaged ({detail}); it was renamed to "{moved_to}" (not '
        "deleted). No good backup was found; ask a technician to salvage the damaged file.",
    ),
    ErrorCode.NOT_A_BACKUP: (
        "“{path}”不是本软件的数据库备份，不能用来恢复。",
        '"{path}" is not a DutyMatrix database backup and cannot be restored.',
    ),
    ErrorCode.READ_ONLY: (
        "无法写入“{path}”：文件或文件夹是只读的，或没有写入权限（{detail}）。未写入任何内容。",
        'Cannot write to "{path}": the file or folder is read-only or access is denied '
        "({detail}). Nothing was written.",
    ),
    ErrorCode.DISK_FULL: (
        "磁盘空间不足，无法写入“{path}”。本次操作未写入任何内容；请清理磁盘后重试。",
        'The disk is full, so "{path}" could not be written. Nothing of this operation was '
        "written; free some space and try again.",
    ),
    ErrorCode.CANNOT_OPEN: (
        "无法打开“{path}”（{detail}）。请检查文件位置和权限。",
        'Cannot open "{path}" ({detail}). Check the location and permissions.',
    ),
    ErrorCode.MIGRATION_FAILED: (
        "升级数据库“{path}”失败（{detail}）。数据库已保持升级前的原样，升级前的备份在备份文件夹中。",
        'Upgrading the database "{path}" failed ({detail}). The database was left as it was; '
        "a backup taken before the upgrade is in the backup folder.",
    ),
    ErrorCode.BACKUP_FAILED: (
        "备份“{path}”失败（{detail}）。原数据库未受影响。",
        'Backing up "{path}" failed ({detail}). The database itself is unaffected.',
    ),
    ErrorCode.BACKUP_UNSUPPORTED: (
        "“{path}”是服务器数据库，请用数据库服务器自己的备份工具（如 pg_dump）。",
        '"{path}" is a server database; back it up with the server\'s own tools (pg_dump).',
    ),
    ErrorCode.HIERARCHY_CYCLE: (
        "不能把“{unit}”移到“{parent}”之下：“{parent}”是它自己或它的下级单位，会形成循环。",
        'Cannot move "{unit}" under "{parent}": "{parent}" is the unit itself or lies below '
        "it, which would make a cycle.",
    ),
    ErrorCode.DUPLICATE_SIBLING_NAME: (
        "“{parent}”下已有名为“{name}”的单位，同一上级下单位名称不能重复。",
        'There is already a unit named "{name}" under "{parent}"; sibling names must differ.',
    ),
    ErrorCode.DUPLICATE_CODE: (
        "单位编码“{code}”已被使用。",
        'The unit code "{code}" is already in use.',
    ),
    ErrorCode.UNIT_NOT_FOUND: (
        "找不到单位（编号 {unit_id}），它可能已被删除。",
        "Unit {unit_id} was not found; it may have been removed.",
    ),
    ErrorCode.EMPTY_NAME: ("名称不能为空。", "The name must not be empty."),
    ErrorCode.DATABASE_NOT_EMPTY: (
        "数据库“{path}”中已有数据，演示数据只能写入空数据库。",
        'The database "{path}" already holds data; demo data goes only into an empty one.',
    ),
    ErrorCode.CONSTRAINT_VIOLATED: (
        "数据不符合规则，未保存（{detail}）。",
        "The data breaks a rule and was not saved ({detail}).",
    ),
    # matrix, oversight, duty lists, people, years (issue 4)
    ErrorCode.FIELD_NOT_FOUND: (
        "找不到行业领域（编号 {field_id}），它可能已被删除。",
        "Industry field {field_id} was not found; it may have been removed.",
    ),
    ErrorCode.PERSON_NOT_FOUND: (
        "找不到人员（编号 {person_id}），他（她）可能已被删除。",
        "Person {person_id} was not found; they may have been removed.",
    ),
    ErrorCode.POST_NOT_FOUND: (
        "找不到岗位（编号 {post_id}），它可能已被删除。",
        "Post {post_id} was not found; it may have been removed.",
    ),
    ErrorCode.DUPLICATE_POST: (
        "“{unit}”已有岗位“{title}”，同一单位的岗位名称不能重复。",
        '"{unit}" already has a post "{title}"; post titles within a unit must differ.',
    ),
    ErrorCode.UNIT_IN_USE: (
        "“{unit}”已有下级单位、人员、责任分工或责任书等记录（{detail}），"
        "不能删除；可以改为停用。",
        '"{unit}" already has units below it, people, responsibilities or letters ({detail}), '
        "so it cannot be removed; deactivate it instead.",
    ),
    ErrorCode.UNIT_REFERS_TO_ITSELF: (
        "“{unit}”不能作为它自己的属地单位或监管部门。",
        '"{unit}" cannot be its own territorial unit or supervising department.',
    ),
    ErrorCode.INVALID_YEAR: (
        "年度 {year} 不在允许的范围内（2000—2200）。",
        "The year {year} is outside the allowed range (2000–2200).",
    ),
    ErrorCode.SAME_YEAR: (
        "源年度和目标年度都是 {year}，请选择两个不同的年度。",
        "Both years are {year}; choose two different years.",
    ),
    ErrorCode.YEAR_NOT_EMPTY: (
        "{year} 年度已有责任分工、分管或责任清单（{detail}），"
        "不能再从上一年度结转，以免覆盖已有数据。",
        "{year} already holds matrix cells, oversight or duty lists ({detail}); rolling over "
        "into it would overwrite them, so nothing was copied.",
    ),
    ErrorCode.YEAR_EMPTY: (
        "{year} 年度没有任何责任分工、分管或责任清单，没有可结转的内容。",
        "{year} holds no matrix cells, oversight or duty lists; there is nothing to roll over.",
    ),
    ErrorCode.OVERSIGHT_TARGET_REQUIRED: (
        "分管对象必须是一个单位或一个行业领域（只能选其一）。",
        "An oversight covers exactly one unit or one industry field.",
    ),
    ErrorCode.OVERSIGHT_EXISTS: (
        "{year} 年度“{person}”已分管“{target}”。",
        '"{person}" already oversees "{target}" in {year}.',
    ),
    ErrorCode.OVERSIGHT_NOT_FOUND: (
        "找不到这条分管记录（编号 {oversight_id}），它可能已被删除。",
        "Oversight {oversight_id} was not found; it may have been removed.",
    ),
    ErrorCode.CLAUSE_NOT_FOUND: (
        "找不到责任条款（编号 {duty_id}），它可能已被删除。",
        "Clause {duty_id} was not found; it may have been removed.",
    ),
    ErrorCode.EMPTY_CLAUSE_TEXT: ("责任条款的内容不能为空。", "A clause needs some text."),
    ErrorCode.DUTY_LIST_NOT_FOUND: (
        "找不到责任清单（编号 {list_id}），它可能已被删除。",
        "Duty list {list_id} was not found; it may have been removed.",
    ),
    ErrorCode.DUTY_LIST_OWNER_REQUIRED: (
        "责任清单必须属于一个单位或一个岗位（只能选其一）。",
        "A duty list belongs to exactly one unit or one post.",
    ),
    ErrorCode.CLAUSE_ALREADY_IN_LIST: (
        "“{list}”中已有条款“{text}”。",
        '"{list}" already contains the clause "{text}".',
    ),
    ErrorCode.CLAUSE_NOT_IN_LIST: (
        "“{list}”中没有条款（编号 {duty_id}）。",
        '"{list}" does not contain clause {duty_id}.',
    ),
    ErrorCode.REORDER_MISMATCH: (
        "“{list}”的条款已被修改，无法按原顺序重新排列；请刷新后再试。",
        'The clauses of "{list}" have changed meanwhile; refresh and reorder again.',
    ),
    ErrorCode.SUCCESSOR_IS_SELF: (
        "“{person}”不能是自己的接任人。",
        '"{person}" cannot succeed themselves.',
    ),
    ErrorCode.SUCCESSOR_INACTIVE: (
        "接任人“{person}”已停用（不在任），请先启用或选择其他人。",
        'The successor "{person}" is not in office; reactivate them or choose someone else.',
    ),
    ErrorCode.EXPORT_FAILED: (
        "无法写入“{path}”（{detail}）。原有文件未被改动；"
        "请关闭在其他程序中打开的该文件，或换一个位置。",
        'Could not write "{path}" ({detail}). Any existing file was left as it was; close it '
        "in other programs or choose another location.",
    ),
}


def current_language() -> str:
    """The language for messages: DUTYMATRIX_LANG if set to a known one, else Chinese."""
    wanted = os.environ.get("DUTYMATRIX_LANG", DEFAULT_LANGUAGE)
    return wanted if wanted in LANGUAGES else DEFAULT_LANGUAGE


class _Lenient(dict[str, Any]):
    """Leaves a missing fact visible instead of failing to describe the error."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def message_for(code: ErrorCode, facts: Mapping[str, Any], language: str | None = None) -> str:
    """The sentence for ``code`` with ``facts`` filled in."""
    chinese, english = _CATALOGUE[code]
    template = english if (language or current_language()) == "en" else chinese
    return template.format_map(_Lenient(facts))


def describe(error: DutyMatrixError, language: str | None = None) -> str:
    """The one sentence the user sees for ``error``."""
    return message_for(error.code, error.facts, language)


def has_message(code: ErrorCode) -> bool:
    """True when the catalogue has a sentence for ``code`` (a test checks all of them)."""
    return code in _CATALOGUE


_FINDINGS: dict[FindingCode, tuple[str, str]] = {
    FindingCode.INTEGRITY: ("数据库文件完整性检查发现问题：{detail}", "File integrity: {detail}"),
    FindingCode.FOREIGN_KEY: (
        "引用了不存在的记录：{detail}",
        "A row refers to a record that does not exist: {detail}",
    ),
    FindingCode.AUDIT_CHAIN_BROKEN: (
        "审计记录链在第 {event_id} 条处断开（{reason}）：该条或其前面的记录被改动或删除。",
        "The audit chain breaks at event {event_id} ({reason}): it or an earlier event was "
        "changed or removed.",
    ),
    FindingCode.AUDIT_GUARD_MISSING: (
        "审计表缺少防篡改触发器 {trigger}。",
        "The audit table lacks its tamper guard trigger {trigger}.",
    ),
    FindingCode.HIERARCHY_CYCLE: (
        "单位隶属关系形成循环：{units}",
        "The unit hierarchy contains a cycle: {units}",
    ),
    FindingCode.TERRITORIAL_NOT_TOWNSHIP: (
        "“{unit}”的属地单位“{territory}”不是乡镇（街道）或园区。",
        'The territorial unit of "{unit}", "{territory}", is not a township or park.',
    ),
    FindingCode.SUPERVISOR_NOT_DEPARTMENT: (
        "“{unit}”的监管部门“{supervisor}”不是部门。",
        'The supervising unit of "{unit}", "{supervisor}", is not a department.',
    ),
    FindingCode.DUPLICATE_PRINCIPAL: (
        "“{unit}”有 {count} 名在任的{role}主要负责人，应只有一名。",
        '"{unit}" has {count} active {role} principals; there should be one.',
    ),
    FindingCode.PERSON_IN_INACTIVE_UNIT: (
        "“{person}”在任，但所在单位“{unit}”已停用。",
        '"{person}" is active but their unit "{unit}" is deactivated.',
    ),
}

_ROLE_WORDS = {"party": ("党委（党组）", "party"), "admin": ("行政", "administrative")}


def describe_finding(finding: Finding, language: str | None = None) -> str:
    """The sentence for one ``check`` finding."""
    chinese, english = _FINDINGS[finding.code]
    english_wanted = (language or current_language()) == "en"
    facts = dict(finding.facts)
    if "role" in facts and facts["role"] in _ROLE_WORDS:
        facts["role"] = _ROLE_WORDS[facts["role"]][1 if english_wanted else 0]
    return (english if english_wanted else chinese).format_map(_Lenient(facts))


_GAPS: dict[GapKind, tuple[str, str]] = {
    GapKind.FIELD_WITHOUT_LEAD: (
        "行业领域“{field}”没有牵头部门。",
        'The field "{field}" has no lead department.',
    ),
    GapKind.FIELD_WITH_SEVERAL_LEADS: (
        "行业领域“{field}”有 {count} 个牵头部门（{leads}），应只有一个。",
        'The field "{field}" has {count} lead departments ({leads}); there should be one.',
    ),
    GapKind.MEMBER_WITHOUT_OVERSEER: (
        "成员单位“{unit}”没有分管领导。",
        'The member unit "{unit}" is overseen by no leader.',
    ),
    GapKind.ENTERPRISE_WITHOUT_SUPERVISOR: (
        "企业“{unit}”没有行业监管部门（所属领域：{fields}）。",
        'The enterprise "{unit}" has no supervising department (fields: {fields}).',
    ),
    GapKind.ENTERPRISE_WITHOUT_TERRITORY: (
        "企业“{unit}”没有属地管理单位（乡镇、街道或园区）。",
        'The enterprise "{unit}" has no territorial unit (township, street or park).',
    ),
    GapKind.LEADER_OVERSEES_NOTHING: (
        "班子成员“{person}”（{unit}）没有分管任何单位或领域。",
        'The leader "{person}" ({unit}) oversees no unit or field.',
    ),
    GapKind.UNIT_WITHOUT_PRINCIPAL: (
        "“{unit}”没有在任的主要负责人。",
        '"{unit}" has no principal in office.',
    ),
    GapKind.EMPTY_DUTY_LIST: (
        "“{unit}”的责任清单为空或尚未建立。",
        'The duty list of "{unit}" is empty or missing.',
    ),
}


def describe_gap(gap: Gap, language: str | None = None) -> str:
    """The sentence for one responsibility gap (责任缺位)."""
    chinese, english = _GAPS[gap.kind]
    facts = {"unit": gap.subject_name, "field": gap.subject_name, **gap.facts}
    for key in ("leads", "fields"):
        if isinstance(facts.get(key), list | tuple):
            facts[key] = "、".join(str(v) for v in facts[key]) or "—"
    template = english if (language or current_language()) == "en" else chinese
    return template.format_map(_Lenient(facts))


_NOTES: dict[str, tuple[str, str]] = {
    "network_path": (
        "注意：数据库“{path}”位于网络位置。网络共享上的 SQLite 文件容易因断网而损坏，"
        "已关闭 WAL 模式；建议把数据库放在本机磁盘上。",
        'Note: the database "{path}" is on a network location. SQLite files on network '
        "shares are easily damaged by a dropped connection; WAL mode is off. Keep the "
        "database on a local disk if you can.",
    ),
    "stale_lock_recovered": (
        "上次使用本数据库的程序（{user}，电脑 {host}）没有正常退出，已接管其遗留的锁。",
        "The program that last used this database ({user} on {host}) did not exit "
        "normally; its leftover lock was taken over.",
    ),
    "broken_references": (
        "注意：数据库“{path}”中有 {broken} 条记录引用了不存在的记录。请运行“检查”查看详情。",
        'Note: {broken} rows in "{path}" refer to records that do not exist. Run "check" '
        "for the details.",
    ),
    "upgraded": (
        "数据库已从结构版本 {revision} 升级，升级前的备份：{backup}",
        "The database was upgraded from schema {revision}; the backup taken before: {backup}",
    ),
}


def describe_notes(database: Any, language: str | None = None) -> list[str]:
    """Sentences for what the clerk should know about an opened database (warnings)."""
    english_wanted = (language or current_language()) == "en"
    lines: list[str] = []
    facts: dict[str, Any] = {
        "path": database.display_name,
        "broken": getattr(database, "broken_references", 0),
    }
    if database.writer_lock is not None and database.writer_lock.recovered_from is not None:
        facts.update(
            user=database.writer_lock.recovered_from.user,
            host=database.writer_lock.recovered_from.host,
        )
    notes = list(database.notes)
    if database.upgraded_from and database.upgraded_from != "base":
        notes.append("upgraded")
        facts.update(revision=database.upgraded_from, backup=str(database.backup_made or "—"))
    for note in notes:
        if note in _NOTES:
            template = _NOTES[note][1 if english_wanted else 0]
            lines.append(template.format_map(_Lenient(facts)))
    return lines
