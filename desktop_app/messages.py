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
from desktop_app.record_labels import letter_status

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
    ErrorCode.UNIT_NAME_NOT_FOUND: (
        "找不到名称或编码为“{value}”的单位。",
        'No unit has the name or code "{value}".',
    ),
    ErrorCode.UNIT_NAME_AMBIGUOUS: (
        "有 {count} 个单位名为“{value}”（上级分别是：{parents}），请改用单位编码。",
        '{count} units are named "{value}" (under {parents}); give the unit code instead.',
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
        "“{unit}”已有 {count} 条关联记录（下级单位、人员、责任分工、责任书等），"
        "不能删除；可以改为停用。",
        '"{unit}" is referred to by {count} records (units below it, people, responsibilities, '
        "letters …), so it cannot be removed; deactivate it instead.",
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
        "{year} 年度已有 {cells} 个责任分工、{oversights} 条分管和 {lists} 份责任清单，"
        "不能再结转到该年度，以免覆盖已有数据；未复制任何内容。",
        "{year} already holds {cells} matrix cells, {oversights} oversights and {lists} duty "
        "lists; rolling over into it would overwrite them, so nothing was copied.",
    ),
    ErrorCode.YEAR_EMPTY: (
        "{year} 年度没有任何责任分工、分管或责任清单，没有可结转的内容。",
        "{year} holds no matrix cells, oversight or duty lists; there is nothing to roll over.",
    ),
    ErrorCode.YEAR_WITHOUT_DATA: (
        "{year} 年度没有任何数据（责任分工、分管、责任清单、责任书都没有），无从检查。"
        "有数据的年度：{years}。",
        "{year} holds no data at all (no matrix cells, oversight, duty lists or letters), so "
        "there is nothing to check. Years with data: {years}.",
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
    ErrorCode.CLAUSE_IN_USE: (
        "条款“{text}”已被 {count} 份责任清单使用，不能删除；可以改为停用。",
        'The clause "{text}" is used by {count} duty lists, so it cannot be removed; '
        "retire it instead.",
    ),
    ErrorCode.PERSON_IN_USE: (
        "“{person}”已有 {count} 条分管、岗位或签字记录，不能删除；可以改为不在任。",
        '"{person}" has {count} oversight, post or signature records, so they cannot be '
        "removed; mark them as out of office instead.",
    ),
    ErrorCode.POST_IN_USE: (
        "岗位“{post}”已有 {count} 份责任清单，不能删除。",
        'The post "{post}" has {count} duty lists, so it cannot be removed.',
    ),
    ErrorCode.EXPORT_FAILED: (
        "无法写入“{path}”（{detail}）。原有文件未被改动；"
        "请关闭在其他程序中打开的该文件，或换一个位置。",
        'Could not write "{path}" ({detail}). Any existing file was left as it was; close it '
        "in other programs or choose another location.",
    ),
    ErrorCode.TEMPLATE_INVALID: (
        "责任书模板“{template}”格式不正确（{detail}），未作任何改动。",
        'The letter template "{template}" is malformed ({detail}); nothing was changed.',
    ),
    ErrorCode.TEMPLATE_NOT_FOUND: (
        "找不到责任书模板（{template}），它可能已被删除或停用。",
        "The letter template ({template}) was not found; it may have been removed or retired.",
    ),
    ErrorCode.UNKNOWN_PLACEHOLDER: (
        "模板“{where}”处有无法识别的占位符“{placeholder}”，请改正后再生成责任书。",
        'The template has an unknown placeholder "{placeholder}" at "{where}"; correct it '
        "before generating letters.",
    ),
    ErrorCode.MISPLACED_PLACEHOLDER: (
        "占位符“{placeholder}”（“{where}”处）必须单独占一行，不能写在句子中间。",
        'The placeholder "{placeholder}" (at "{where}") must stand alone on its line, not '
        "inside a sentence.",
    ),
    ErrorCode.LETTER_NOT_FOUND: (
        "找不到责任书（{letter}），它可能已被删除。",
        "The letter ({letter}) was not found; it may have been removed.",
    ),
    ErrorCode.LETTER_STATUS_CHANGE: (
        "责任书“{letter}”当前状态为“{status}”，不能改为“{target}”。",
        'The letter "{letter}" is "{status}" and cannot become "{target}".',
    ),
    ErrorCode.VOID_REASON_MISSING: (
        "作废责任书“{letter}”必须填写作废原因。",
        'Voiding the letter "{letter}" needs a reason.',
    ),
    ErrorCode.SCAN_UNSUPPORTED: (
        "“{path}”不能作为签订扫描件（{detail}）。请选择 PDF 或 JPG/PNG 图片。",
        '"{path}" cannot be attached as the signed scan ({detail}). Choose a PDF, JPG or PNG.',
    ),
    ErrorCode.VERIFY_UNREADABLE: (
        "无法核验“{value}”：它既不是责任书上印的核验码，也不是二维码内容或可读的 PDF 文件。",
        'Cannot verify "{value}": it is neither the code printed on a letter, nor a QR '
        "payload, nor a readable PDF file.",
    ),
    ErrorCode.NO_SIGNING_PAIRS: (
        "模板“{template}”在 {year} 年度没有可签订的单位（{detail}）。",
        'The template "{template}" has no signing pairs in {year} ({detail}).',
    ),
    ErrorCode.LETTER_NOT_DRAFT: (
        "责任书“{letter}”不是草稿，不能删除或修改指标；已印发的责任书只能作废（须填写原因）后重新签发。",
        'The letter "{letter}" is not a draft, so it cannot be deleted or have its targets '
        "changed; void an issued letter (with a reason) and issue it again instead.",
    ),
    ErrorCode.INDICATOR_TARGET_INVALID: (
        "“{indicator}”的目标值“{value}”无效：应为不小于 0 的数，人数、起数为整数，"
        "百分比不超过 100；留空表示该责任书不列此项指标。",
        'The target "{value}" for "{indicator}" is not valid: use a number of 0 or more '
        "(whole numbers for people and incidents, at most 100 for a percentage); leave it "
        "empty to leave the indicator out of this letter.",
    ),
    ErrorCode.DRAFTS_OF_SEVERAL_TEMPLATES: (
        "所选草稿属于不同的模板（{templates}）。请只选择同一模板的草稿来修改指标。",
        "The drafts chosen belong to different templates ({templates}). Choose drafts of one "
        "template to change their targets.",
    ),
    ErrorCode.TEMPLATE_NAME_EMPTY: (
        "模板名称不能为空。",
        "The template needs a name.",
    ),
    ErrorCode.TEMPLATE_NAME_TAKEN: (
        "{year} 年度已有名为“{name}”的责任书模板，请换一个名称。",
        'There is already a letter template called "{name}" in {year}; choose another name.',
    ),
    ErrorCode.TEMPLATE_TITLE_EMPTY: (
        "责任书标题不能为空。",
        "The letter's title cannot be empty.",
    ),
    ErrorCode.TEMPLATE_NO_SECTIONS: (
        "模板至少要有一个章节。",
        "The template needs at least one section.",
    ),
    ErrorCode.TEMPLATE_HEADING_EMPTY: (
        "第 {position} 个章节没有标题。",
        "Section {position} has no heading.",
    ),
    ErrorCode.TEMPLATE_INDICATOR_NAME_EMPTY: (
        "第 {position} 个控制指标没有名称。",
        "Indicator {position} has no name.",
    ),
    ErrorCode.TEMPLATE_INDICATOR_DUPLICATE: (
        "控制指标“{indicator}”出现了不止一次；考核和上级控制数按名称对应指标，名称不能重复。",
        'The indicator "{indicator}" appears more than once; the assessment and the parent '
        "limits find indicators by name, so names must be unique.",
    ),
    ErrorCode.TEMPLATE_WEIGHT_NEGATIVE: (
        "控制指标“{indicator}”的权重不能为负数（{weight}）。",
        'The weight of the indicator "{indicator}" cannot be negative ({weight}).',
    ),
    ErrorCode.TEMPLATE_WEIGHT_MISSING: (
        "控制指标“{indicator}”没有权重，考核时该项不得分值。",
        'The indicator "{indicator}" has no weight, so the assessment gives it no points.',
    ),
    ErrorCode.TEMPLATE_WEIGHTS_NOT_100: (
        "控制指标权重合计为 {total}，不是 100；考核时按权重比例分配控制指标分值。",
        "The indicator weights add up to {total}, not 100; the assessment shares the "
        "indicator points in proportion to the weights.",
    ),
    ErrorCode.TEMPLATE_INDICATORS_NOT_PRINTED: (
        "模板设有控制指标，但正文中没有单独成行的 {placeholder}，指标表不会印在责任书上。",
        "The template has indicators, but no line holds {placeholder} alone, so the "
        "indicator table will not be printed.",
    ),
    ErrorCode.TEMPLATE_LIMIT_NOT_AT_MOST: (
        "上级控制数只适用于“≤”类指标，“{indicator}”是“{comparison}”类指标。",
        'A parent limit applies to "≤" indicators only; "{indicator}" is a "{comparison}" '
        "indicator.",
    ),
    ErrorCode.TEMPLATE_LIMIT_INVALID: (
        "“{indicator}”的上级控制数“{limit}”无效：应为不小于 0 的数，人数、起数为整数。",
        'The parent limit "{limit}" of "{indicator}" is not valid: use a number of 0 or more '
        "(whole numbers for people and incidents).",
    ),
    ErrorCode.TEMPLATE_LIMIT_EXCEEDED: (
        "按默认目标值，“{issuer}”签发的 {count} 份责任书中“{indicator}”合计为 {total}，"
        "超过上级控制数 {limit}；签发时请为部分单位调低目标值。",
        'With the default targets, the {count} letters "{issuer}" issues add up to {total} '
        'for "{indicator}", more than the parent limit {limit}; lower some targets when '
        "issuing.",
    ),
    ErrorCode.TEMPLATE_UNKNOWN_PAIRING: (
        "签订范围“{pairing}”无法识别，模板未保存。",
        'The signing pairing "{pairing}" is not known; the template was not saved.',
    ),
    ErrorCode.LETTER_DATE_IN_FUTURE: (
        "日期 {on} 晚于今天（{today}）。只能登记已经发生的印发、签订、回收或归档，请填写实际日期。",
        "The date {on} is after today ({today}). Only an issue, signing, return or archiving "
        "that has happened can be recorded; enter the real date.",
    ),
    ErrorCode.LETTER_DATE_TOO_EARLY: (
        "责任书“{letter}”自 {since} 起为“{status}”，不能以更早的日期 {on} 登记为“{target}”。"
        "没有作任何更改。",
        'The letter "{letter}" has been {status} since {since}; it cannot be recorded as '
        "{target} on {on}, an earlier date. Nothing was changed.",
    ),
    ErrorCode.LETTER_CODE_UNKNOWN: (
        "{year} 年度没有核验码为“{code}”的责任书（核验码印在每页页脚，形如 94F4-F128-C3EA）。",
        'No letter of {year} has the code "{code}" (the code printed in every page footer, '
        "like 94F4-F128-C3EA).",
    ),
    ErrorCode.LETTER_CODE_UNKNOWN_ANY_YEAR: (
        "没有核验码为“{code}”的责任书（核验码印在每页页脚，形如 94F4-F128-C3EA）。",
        'No letter has the code "{code}" (the code printed in every page footer, '
        "like 94F4-F128-C3EA).",
    ),
    # Excel files and imports (issue 6); row problems name no place: the table shows it.
    ErrorCode.EXCEL_FILE_NOT_FOUND: (
        "找不到文件“{path}”。",
        'The file "{path}" does not exist.',
    ),
    ErrorCode.EXCEL_NOT_XLSX: (
        "“{path}”不是 Excel 工作簿（.xlsx），文件内容实为 {detail} 格式。请在 Excel 或 WPS 中"
        "打开它，另存为“Excel 工作簿 (*.xlsx)”后再导入。",
        '"{path}" is not an Excel workbook (.xlsx); its content is {detail}. Open it in Excel '
        'or WPS and save it as "Excel Workbook (*.xlsx)", then import that.',
    ),
    ErrorCode.EXCEL_OLD_FORMAT: (
        "“{path}”是旧版 Excel 97-2003 文件（.xls）或设置了打开密码的工作簿，无法读取。"
        "请在 Excel 或 WPS 中取消密码并另存为“Excel 工作簿 (*.xlsx)”后再导入。",
        '"{path}" is an old Excel 97-2003 file (.xls) or a password-protected workbook and '
        'cannot be read. Remove the password and save it as "Excel Workbook (*.xlsx)" in '
        "Excel or WPS, then import that.",
    ),
    ErrorCode.EXCEL_TOO_LARGE: (
        "“{path}”有 {size_mb} MB，超过了 {limit_mb} MB 的上限，未读取。请删去无关的工作表、"
        "图片后再导入。",
        '"{path}" is {size_mb} MB, above the {limit_mb} MB limit, and was not read. Remove '
        "unrelated sheets and pictures, then import it.",
    ),
    ErrorCode.EXCEL_ZIP_BOMB: (
        "“{path}”解压后异常庞大（其中“{member}”约 {size_mb} MB，压缩比 {ratio}:1），"
        "可能是损坏或恶意构造的文件，为安全起见未读取。",
        '"{path}" would unpack to an abnormal size ("{member}" about {size_mb} MB, '
        "compressed {ratio}:1); it may be damaged or crafted, so it was not read.",
    ),
    ErrorCode.EXCEL_DAMAGED: (
        "“{path}”已损坏或不完整，无法读取（{detail}）。",
        '"{path}" is damaged or incomplete and cannot be read ({detail}).',
    ),
    ErrorCode.EXCEL_UNSAFE_XML: (
        "缺少 defusedxml 组件，读取 Excel 文件不安全，已拒绝。请重新安装本软件。",
        "The defusedxml component is missing, so reading Excel files is unsafe and was "
        "refused. Reinstall the program.",
    ),
    ErrorCode.EXCEL_SHEET_NOT_FOUND: (
        "“{path}”中没有名为“{sheet}”的工作表（现有：{sheets}）。",
        '"{path}" has no sheet named "{sheet}" (it has: {sheets}).',
    ),
    ErrorCode.EXCEL_NOT_A_HEADER_ROW: (
        "“{path}”工作表“{sheet}”的第 {row} 行不像表头：只认出 {found}，"
        "其余单元格（{others}）都不是列名。请指定正确的表头行，或在导入向导中手工对应各列。"
        "未导入任何内容。",
        'Row {row} of sheet "{sheet}" of "{path}" does not look like a header: only {found} '
        "was recognised, the other cells ({others}) are not column names. Give the right "
        "header row, or map the columns by hand in the import wizard. Nothing was imported.",
    ),
    ErrorCode.EXCEL_NO_HEADER: (
        "在“{path}”的工作表“{sheet}”前 {scanned} 行中找不到表头（应有 {expected} 等列）。"
        "请在导入向导中手工对应各列，或使用导入模板。",
        'No header row in the first {scanned} rows of sheet "{sheet}" of "{path}" (expected '
        "columns such as {expected}). Map the columns by hand in the import wizard, or use "
        "the import template.",
    ),
    ErrorCode.EXCEL_MISSING_COLUMN: (
        "工作表“{sheet}”缺少必需的列“{column}”（“{path}”）。",
        'Sheet "{sheet}" of "{path}" lacks the required column "{column}".',
    ),
    ErrorCode.EXCEL_NO_ROWS: (
        "工作表“{sheet}”在表头之下没有数据（“{path}”）。",
        'Sheet "{sheet}" of "{path}" has no data below its header.',
    ),
    ErrorCode.IMPORT_REFUSED: (
        "导入已拒绝：“{path}”有 {errors} 个问题，涉及 {rows} 行；数据库未作任何改动。",
        'Import refused: "{path}" has {errors} problems in {rows} rows; the database was not '
        "changed.",
    ),
    ErrorCode.IMPORT_VALUE_MISSING: ("“{column}”不能为空。", '"{column}" must not be empty.'),
    ErrorCode.IMPORT_TEXT_TOO_LONG: (
        "“{column}”最多 {limit} 个字，这里有 {length} 个。",
        '"{column}" holds at most {limit} characters; this has {length}.',
    ),
    ErrorCode.IMPORT_NOT_A_NUMBER: (
        "“{column}”应为整数，“{value}”不是。",
        '"{column}" must be a whole number; "{value}" is not.',
    ),
    ErrorCode.IMPORT_NOT_YES_NO: (
        "“{column}”应填“是”或“否”，“{value}”无法识别。",
        '"{column}" must be 是 (yes) or 否 (no); "{value}" is neither.',
    ),
    ErrorCode.IMPORT_UNKNOWN_CHOICE: (
        "“{value}”不是“{column}”的可选值（可选：{choices}）。",
        '"{value}" is not a choice of "{column}" (choices: {choices}).',
    ),
    ErrorCode.IMPORT_BAD_YEAR: (
        "年度“{value}”不对，应为 2000 至 2200 之间的年份。",
        'The year "{value}" is wrong; it must lie between 2000 and 2200.',
    ),
    ErrorCode.IMPORT_ID_STORED_AS_NUMBER: (
        "身份证号被存成了数字（{value}）：Excel 只保留 15 位有效数字，后几位已经丢失，无法恢复。"
        "请把该列设为“文本”格式后重新录入。",
        "The ID number was stored as a number ({value}): Excel keeps only 15 significant "
        "digits, so the last digits are already lost and cannot be recovered. Format the "
        "column as text and type the numbers again.",
    ),
    ErrorCode.IMPORT_ID_BAD_LENGTH: (
        "身份证号“{value}”应为 18 位（或旧式 15 位），这里是 {length} 位。",
        'The ID number "{value}" must have 18 characters (or 15 for old ones); it has '
        "{length}.",
    ),
    ErrorCode.IMPORT_ID_BAD_CHECK_DIGIT: (
        "身份证号“{value}”的校验位不对（应为 {expected}），可能有录入错误。",
        'The check digit of the ID number "{value}" is wrong (it should be {expected}); '
        "there may be a typing error.",
    ),
    ErrorCode.IMPORT_UNKNOWN_PARENT: (
        "上级单位“{value}”在文件和数据库中都找不到。可先导入上级单位，或选择自动新建。",
        'The parent unit "{value}" is neither in the file nor in the database. Import it '
        "first, or choose to create missing parents.",
    ),
    ErrorCode.IMPORT_PARENT_CREATED: (
        "上级单位“{value}”不存在，将作为顶级单位新建，类型为“{kind}”。",
        'The parent unit "{value}" does not exist and will be created at the top level as '
        '"{kind}".',
    ),
    ErrorCode.IMPORT_PARENT_CREATED_UNDER: (
        "上级单位“{value}”不存在，将在“{under}”下新建，类型为“{kind}”。",
        'The parent unit "{value}" does not exist and will be created under "{under}" as '
        '"{kind}".',
    ),
    ErrorCode.IMPORT_PARENTS_UNDER_UNKNOWN: (
        "选来放置新建上级单位的单位（编号 {unit_id}）已不存在，请重新选择。",
        "The unit chosen to hold the created parent units (id {unit_id}) no longer exists; "
        "choose another.",
    ),
    ErrorCode.IMPORT_UNKNOWN_UNIT: (
        "“{column}”中的单位“{value}”在文件和数据库中都找不到。",
        'The unit "{value}" in "{column}" is neither in the file nor in the database.',
    ),
    ErrorCode.IMPORT_AMBIGUOUS_UNIT: (
        "有 {count} 个单位名为“{value}”（上级分别是：{parents}），请填写单位编码或上级单位以区分。",
        '{count} units are named "{value}" (under {parents}); give the unit code or the '
        "parent to tell them apart.",
    ),
    ErrorCode.IMPORT_UNKNOWN_FIELD: (
        "行业领域“{value}”不存在（现有：{fields}）。",
        'There is no industry field "{value}" (there are: {fields}).',
    ),
    ErrorCode.IMPORT_UNKNOWN_ROLE: (
        "角色“{value}”无法识别，应为牵头、配合、主体或属地。",
        'The role "{value}" is unknown; it must be 牵头 (lead), 配合 (support), 主体 (main) '
        "or 属地 (territorial).",
    ),
    ErrorCode.IMPORT_UNKNOWN_PERSON: (
        "找不到人员“{value}”{unit}。请先导入人员名单。",
        'There is no person "{value}"{unit}. Import the people first.',
    ),
    ErrorCode.IMPORT_AMBIGUOUS_PERSON: (
        "有 {count} 人名为“{value}”（{units}），请填写所在单位以区分。",
        '{count} people are named "{value}" ({units}); give their unit to tell them apart.',
    ),
    ErrorCode.IMPORT_DUPLICATE_IN_FILE: (
        "与第 {other_row} 行重复（{what}）。",
        "Duplicates row {other_row} ({what}).",
    ),
    ErrorCode.IMPORT_CODE_TAKEN: (
        "单位编码“{value}”在数据库中已属于“{other}”。",
        'The unit code "{value}" already belongs to "{other}" in the database.',
    ),
    ErrorCode.IMPORT_NAME_TAKEN: (
        "“{parent}”下已有名为“{value}”的单位（编码 {other}），同一上级下单位名称不能重复。",
        'There already is a unit named "{value}" under "{parent}" (code {other}); sibling '
        "names must differ.",
    ),
    ErrorCode.IMPORT_CYCLE: (
        "上下级关系形成循环：{units}。",
        "The parent links form a cycle: {units}.",
    ),
    ErrorCode.IMPORT_DEPENDS_ON_BAD_ROW: (
        "依赖的第 {other_row} 行有问题，本行也不能导入。",
        "Row {other_row}, which this row depends on, has problems, so this row cannot be "
        "imported either.",
    ),
    ErrorCode.IMPORT_FIELD_NOT_FOR_KIND: (
        "“{column}”只对企业有效（主体责任），已忽略；部门的牵头、配合请用责任矩阵导入。",
        '"{column}" applies to enterprises only (main responsibility) and was ignored; '
        "import departments' lead and support roles with the matrix import.",
    ),
    ErrorCode.IMPORT_COLUMN_IGNORED: (
        "列“{column}”无法对应到任何内容，已忽略。",
        'The column "{column}" matches nothing this import knows and was ignored.',
    ),
    ErrorCode.IMPORT_POST_WITHOUT_UNIT: (
        "填写了岗位“{value}”，但没有填写所在单位。",
        'The post "{value}" is given without its unit.',
    ),
    ErrorCode.IMPORT_NOTHING_TO_OVERSEE: (
        "没有填写分管单位或分管领域。",
        "Neither units nor fields to oversee are given.",
    ),
    # year-end assessment (考核, issue 8)
    ErrorCode.SCORING_RULES_INVALID: (
        "考核细则“{rules}”有误，无法使用（{detail}）。",
        'The scoring rules "{rules}" are broken and cannot be used ({detail}).',
    ),
    ErrorCode.DEDUCTION_REASON_MISSING: (
        "“{item}”的每一项扣分（加分）都必须写明原因。",
        'Every deduction (or bonus) on "{item}" needs a reason.',
    ),
    ErrorCode.DEDUCTION_INVALID: (
        "“{item}”的扣分不对：分值 {points} 不能为负数，次数 {count} 至少为 1。",
        'The deduction on "{item}" is wrong: points {points} must not be negative and the '
        "count {count} must be at least 1.",
    ),
    ErrorCode.SELF_POINTS_OUT_OF_RANGE: (
        "“{unit}”的“{item}”自评分 {value} 超出了该项的分值范围（标准分 {standard}）。",
        'The self-assessed points {value} of "{unit}" for "{item}" lie outside the item\'s '
        "range (standard points {standard}).",
    ),
    ErrorCode.ASSESSMENT_NOT_FOUND: (
        "考核表 {assessment} 不存在（可能已被删除）。",
        "The score sheet {assessment} does not exist (it may have been removed).",
    ),
    ErrorCode.ASSESSMENT_ITEM_NOT_FOUND: (
        "“{unit}”的考核表没有第 {item} 项。",
        'The score sheet of "{unit}" has no item {item}.',
    ),
    ErrorCode.ASSESSMENT_CLOSED: (
        "{year} 年度考核已定稿（{unit}），不能再修改。如确需修改，请先填写原因重新打开。",
        "The {year} assessment is closed ({unit}) and cannot be changed. To change it, "
        "reopen it with a reason first.",
    ),
    ErrorCode.ASSESSMENT_NOT_CLOSED: (
        "{year} 年度考核尚未定稿，无需重新打开。",
        "The {year} assessment is not closed, so there is nothing to reopen.",
    ),
    ErrorCode.ASSESSMENT_INCOMPLETE: (
        "{year} 年度还有 {count} 个单位的考核表未完成评分（{units}），不能定稿。",
        "{count} score sheets of {year} are not complete yet ({units}); the assessment "
        "cannot be closed.",
    ),
    ErrorCode.REOPEN_REASON_MISSING: (
        "重新打开 {year} 年度考核必须填写原因。",
        "Reopening the {year} assessment needs a reason.",
    ),
    ErrorCode.NO_ASSESSMENTS: (
        "{year} 年度还没有考核表。请先签订责任书，再生成考核表。",
        "There are no score sheets for {year}. Letters must be signed first, then the "
        "sheets made.",
    ),
    ErrorCode.ASSESS_NO_SHEET: (
        "“{value}”在 {year} 年度没有考核表（没有已签订的责任书）。",
        '"{value}" has no score sheet in {year} (no signed letter).',
    ),
    ErrorCode.ASSESS_AMBIGUOUS_SHEET: (
        "“{value}”在本年度有 {count} 份考核表，无法确定是哪一份，请填写单位全称。",
        '"{value}" has {count} score sheets this year; give the full unit name to choose one.',
    ),
    ErrorCode.ASSESS_SHEET_CLOSED: (
        "“{value}”的 {year} 年度考核已定稿，不能导入结果；请先重新打开。",
        'The {year} assessment of "{value}" is closed; reopen it before importing results.',
    ),
    ErrorCode.ASSESS_UNKNOWN_ITEM: (
        "“{unit}”的考核表中没有“{value}”这一项（现有：{items}）。",
        'The score sheet of "{unit}" has no item "{value}" (it has: {items}).',
    ),
    ErrorCode.ASSESS_NOT_A_NUMBER: (
        "“{column}”应为数字，“{value}”不是。",
        '"{column}" must be a number; "{value}" is not.',
    ),
    ErrorCode.ASSESS_NEGATIVE: (
        "“{column}”不能为负数（{value}）。",
        '"{column}" must not be negative ({value}).',
    ),
    ErrorCode.ASSESS_REASON_MISSING: (
        "“{item}”的扣分（加分）没有写明原因，每一项扣分都必须说明原因。",
        'The deduction (or bonus) on "{item}" gives no reason; every deduction needs one.',
    ),
    ErrorCode.ASSESS_POINTS_MISSING: (
        "“{item}”没有规定每次扣（加）多少分，请在“{column}”中填写分值。",
        '"{item}" has no points per occurrence; give the points in "{column}".',
    ),
    ErrorCode.ASSESS_NOT_AN_INDICATOR: (
        "“{item}”不是控制指标，不能填写实际值。",
        '"{item}" is not a control indicator, so it takes no actual value.',
    ),
    ErrorCode.ASSESS_WRONG_COLUMN: (
        "“{item}”的分值填错了列：加分项填在“加分”列，其他项填在“扣分”列。",
        'The points for "{item}" are in the wrong column: bonus items go in "加分", other '
        'items in "扣分".',
    ),
    ErrorCode.ASSESS_SELF_OUT_OF_RANGE: (
        "“{item}”的自评分 {value} 超出了该项的分值（标准分 {standard}）。",
        'The self-assessed points {value} for "{item}" exceed the item\'s standard points '
        "({standard}).",
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
    english_wanted = (language or current_language()) == "en"
    template = english if english_wanted else chinese
    if code in _LETTER_STATUS_CODES and not english_wanted:
        facts = {
            key: letter_status(value, "zh_CN")  # the facts carry LetterStatus values
            if key in ("status", "target") and isinstance(value, str)
            else value
            for key, value in facts.items()
        }
    return template.format_map(_Lenient(facts))


_LETTER_STATUS_CODES = frozenset({ErrorCode.LETTER_STATUS_CHANGE, ErrorCode.LETTER_DATE_TOO_EARLY})


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
    GapKind.UNIT_WITHOUT_SIGNED_LETTER: (
        "“{unit}”{year} 年度没有已签订的责任书。",
        '"{unit}" has no signed letter for {year}.',
    ),
    GapKind.LETTER_OVERDUE: (
        "“{party_a}”与“{party_b}”的责任书应于 {due_date} 前签订，已逾期 {days} 天仍未签订。",
        'The letter between "{party_a}" and "{party_b}" was due to be signed by {due_date}; '
        "it is {days} days overdue.",
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


# UNIT_WITHOUT_SIGNED_LETTER says why, by ``facts["reason"]`` (see domain.gaps REASON_*).
_LETTER_REASONS: dict[str, tuple[str, str]] = {
    "no_letter": (
        "“{unit}”{year} 年度还没有责任书{issuer_zh}。",
        '"{unit}" has no letter for {year} yet{issuer_en}.',
    ),
    "draft": (
        "“{unit}”{year} 年度的责任书还是草稿，尚未签发，更未签订{issuer_zh}。",
        'The {year} letter of "{unit}" is still a draft: neither issued nor signed{issuer_en}.',
    ),
    "void": (
        "“{unit}”{year} 年度的责任书已作废，目前没有有效的责任书{issuer_zh}。",
        'The {year} letter of "{unit}" was voided; no valid letter is left{issuer_en}.',
    ),
}

# Short names of the kinds of gap (the gap tab's first column, the headings of ``gaps``).
_GAP_LABELS: dict[GapKind, tuple[str, str]] = {
    GapKind.FIELD_WITHOUT_LEAD: ("行业领域无牵头部门", "Field without lead"),
    GapKind.FIELD_WITH_SEVERAL_LEADS: ("行业领域多头牵头", "Field with several leads"),
    GapKind.MEMBER_WITHOUT_OVERSEER: (
        "成员单位无分管领导",
        "Member unit without overseeing leader",
    ),
    GapKind.UNIT_WITHOUT_SIGNED_LETTER: ("未签订责任书", "No signed letter"),
    GapKind.LETTER_OVERDUE: ("责任书逾期未签", "Letter overdue"),
    GapKind.ENTERPRISE_WITHOUT_SUPERVISOR: ("企业无行业监管部门", "Enterprise without supervisor"),
    GapKind.ENTERPRISE_WITHOUT_TERRITORY: (
        "企业无属地管理单位",
        "Enterprise without territorial unit",
    ),
    GapKind.LEADER_OVERSEES_NOTHING: ("班子成员未分管工作", "Leader overseeing nothing"),
    GapKind.UNIT_WITHOUT_PRINCIPAL: ("单位无主要负责人", "Unit without principal"),
    GapKind.EMPTY_DUTY_LIST: ("责任清单缺失或为空", "Empty or missing duty list"),
}

# How to close each kind of gap (the places are the window's tabs).
_GAP_HINTS: dict[GapKind, tuple[str, str]] = {
    GapKind.FIELD_WITHOUT_LEAD: (
        "在“责任矩阵”中为该领域指定一个牵头部门。",
        "In the responsibility matrix, make one department the lead of the field.",
    ),
    GapKind.FIELD_WITH_SEVERAL_LEADS: (
        "在“责任矩阵”中只保留一个牵头部门，其余改为配合。",
        "In the responsibility matrix, keep one lead and make the others support.",
    ),
    GapKind.MEMBER_WITHOUT_OVERSEER: (
        "在“分管”中为该单位指定分管领导。",
        "Under Oversight, give the unit an overseeing leader.",
    ),
    GapKind.UNIT_WITHOUT_SIGNED_LETTER: (
        "在“责任书”中签发该单位的责任书，签回后点“标记已签订”。",
        "Under Letters, issue the unit's letter and mark it signed when it comes back.",
    ),
    GapKind.LETTER_OVERDUE: (
        "催促对方签订，签回后在“责任书”中点“标记已签订”；不再签订的，作废该责任书。",
        "Chase the signature and mark the letter signed under Letters when it comes back; "
        "void it if it will not be signed.",
    ),
    GapKind.ENTERPRISE_WITHOUT_SUPERVISOR: (
        "在单位属性中指定监管部门，或在“责任矩阵”中为其所属领域指定牵头部门。",
        "Set a supervising department in the unit's properties, or give its field a lead "
        "department in the responsibility matrix.",
    ),
    GapKind.ENTERPRISE_WITHOUT_TERRITORY: (
        "在单位属性中指定属地管理单位（乡镇、街道或园区）。",
        "Set the territorial unit (township, street or park) in the unit's properties.",
    ),
    GapKind.LEADER_OVERSEES_NOTHING: (
        "在“分管”中为其分配分管的单位或领域；已离任的，在“人员”中标为离任。",
        "Under Oversight, give the leader units or fields to oversee; if they have left, "
        "mark them so under People.",
    ),
    GapKind.UNIT_WITHOUT_PRINCIPAL: (
        "在“人员”中登记该单位的党委（党组）书记或行政主要负责人。",
        "Under People, record the unit's party head or administrative head.",
    ),
    GapKind.EMPTY_DUTY_LIST: (
        "在“责任清单”中为该单位建立清单并添加责任条款。",
        "Under Duty lists, create the unit's list and add its duties.",
    ),
}
_DRAFT_HINT = (
    "在“责任书”中签发这份草稿，签回后点“标记已签订”。",
    "Under Letters, issue the draft and mark it signed when it comes back.",
)


def _english(language: str | None) -> bool:
    return (language or current_language()) == "en"


def gap_label(kind: GapKind, language: str | None = None) -> str:
    """The short name of a kind of gap (e.g. 行业领域无牵头部门)."""
    chinese, english = _GAP_LABELS[kind]
    return english if _english(language) else chinese


def gap_hint(gap: Gap, language: str | None = None) -> str:
    """How to close ``gap``: where to go and what to do."""
    hint = _GAP_HINTS[gap.kind]
    if gap.kind is GapKind.UNIT_WITHOUT_SIGNED_LETTER and gap.facts.get("reason") == "draft":
        hint = _DRAFT_HINT
    return hint[1] if _english(language) else hint[0]


def describe_gap(gap: Gap, language: str | None = None) -> str:
    """The sentence for one responsibility gap (责任缺位)."""
    chinese, english = _GAPS[gap.kind]
    facts = {"unit": gap.subject_name, "field": gap.subject_name, **gap.facts}
    for key in ("leads", "fields"):
        if isinstance(facts.get(key), list | tuple):
            facts[key] = "、".join(str(v) for v in facts[key]) or "—"
    if gap.kind is GapKind.UNIT_WITHOUT_SIGNED_LETTER:
        chinese, english = _LETTER_REASONS.get(str(facts.get("reason")), (chinese, english))
        issuer = facts.get("issuer")
        facts["issuer_zh"] = f"（应与“{issuer}”签订）" if issuer else ""
        facts["issuer_en"] = f' (to sign with "{issuer}")' if issuer else ""
    template = english if _english(language) else chinese
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
