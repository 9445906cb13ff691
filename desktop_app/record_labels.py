"""What the tables, backup reasons, demo counts and letter statuses are called, in the
clerk's language: the one table of these words for the command line, the messages and the
GUI's restore dialog (which passes the window's language), so they never drift apart.

The words are kept here rather than in Qt's catalogue because the CLI and the messages must
stay free of Qt; the GUI reads them through :func:`table_label` and friends like the CLI.
Identifiers stay the stable keys (``unit``, ``import-units``); only what is printed changes.
"""

from __future__ import annotations

_ZH, _EN = 0, 1

TABLES: dict[str, tuple[str, str]] = {
    "unit": ("单位", "units"),
    "person": ("人员", "people"),
    "post": ("岗位", "posts"),
    "field": ("行业领域", "industry fields"),
    "field_assignment": ("责任矩阵单元格", "matrix cells"),
    "oversight": ("分管关系", "oversight links"),
    "duty": ("责任条款", "duties"),
    "duty_list": ("责任清单", "duty lists"),
    "duty_list_item": ("清单条目", "duty list items"),
    "letter_template": ("责任书模板", "letter templates"),
    "letter": ("目标责任书", "letters"),
    "letter_signatory": ("签字人", "signatories"),
    "indicator_value": ("指标值", "indicator values"),
    "assessment": ("考核表", "score sheets"),
    "assessment_item": ("考核项目", "score items"),
    "deduction": ("扣分记录", "deductions"),
    "audit_event": ("审计记录", "audit events"),
}

BACKUP_REASONS: dict[str, tuple[str, str]] = {
    "manual": ("手动备份", "manual"),
    "daily": ("每日自动备份", "daily"),
    "pre-migrate": ("升级前", "before upgrade"),
    "pre-restore": ("恢复前", "before restore"),
    "before-letters": ("印发责任书前", "before issuing letters"),
    "before-assessment-import": ("导入考核结果前", "before importing assessment results"),
    "import-units": ("导入单位名录前", "before importing units"),
    "import-people": ("导入人员前", "before importing people"),
    "import-matrix": ("导入责任矩阵前", "before importing the matrix"),
    "import-oversight": ("导入分管关系前", "before importing oversight"),
    "import-duties": ("导入责任清单前", "before importing duty lists"),
}

DEMO_COUNTS: dict[str, tuple[str, str]] = {
    "units": ("单位", "units"),
    "committee_members": ("安委会成员单位", "committee member units"),
    "townships": ("乡镇街道", "townships"),
    "parks": ("园区", "parks"),
    "enterprises": ("企业", "enterprises"),
    "fields": ("行业领域", "industry fields"),
    "people": ("人员", "people"),
    "leaders": ("县级领导", "county leaders"),
    "assignments": ("责任矩阵单元格", "matrix cells"),
    "oversights": ("分管关系", "oversight links"),
    "duties": ("责任条款", "duties"),
    "duty_lists": ("责任清单", "duty lists"),
    "posts": ("岗位", "posts"),
}


# A letter's status (LetterStatus values) as the ledger says it (GLOSSARY: 草稿/印发/签订…).
LETTER_STATUSES: dict[str, tuple[str, str]] = {
    "draft": ("草稿", "draft"),
    "issued": ("已印发", "issued"),
    "signed": ("已签订", "signed"),
    "returned": ("已回收", "returned"),
    "archived": ("已归档", "archived"),
    "void": ("已作废", "void"),
}


def _pick(table: dict[str, tuple[str, str]], key: str, language: str) -> str:
    labels = table.get(key)
    if labels is None:
        return key
    return labels[_EN if language == "en" else _ZH]


def table_label(table: str, language: str) -> str:
    """The label of ``table`` ("单位" for ``unit``; the key itself when it has none)."""
    return _pick(TABLES, table, language)


def backup_reason(reason: str, language: str) -> str:
    """The label of a backup reason ("导入单位名录前" for ``import-units``, also "…-2")."""
    head, _, tail = reason.rpartition("-")
    base = head if head and tail.isdigit() else reason
    return _pick(BACKUP_REASONS, base, language)


def demo_count(key: str, language: str) -> str:
    """The label of a demo count ("安委会成员单位" for ``committee_members``)."""
    return _pick(DEMO_COUNTS, key, language)


def letter_status(status: str, language: str) -> str:
    """The word for a letter's status ("已签订" for ``signed``; the value itself if unknown)."""
    return _pick(LETTER_STATUSES, status, language)
