"""The closed vocabularies of the domain (GLOSSARY.md), stored as strings in the database."""

from __future__ import annotations

from enum import StrEnum


class UnitKind(StrEnum):
    """What sort of unit a node of the hierarchy is (单位类型)."""

    GOVERNMENT = "government"  # 县政府 / 集团
    COMMITTEE = "committee"  # 安委会 / 安委办
    DEPARTMENT = "department"  # 部门 (安委会成员单位)
    TOWNSHIP = "township"  # 乡镇 / 街道
    PARK = "park"  # 开发区 / 园区
    ENTERPRISE = "enterprise"  # 企业
    SUBSIDIARY = "subsidiary"  # 子公司
    WORKSHOP = "workshop"  # 车间
    TEAM = "team"  # 班组
    OTHER = "other"


class UnitCategory(StrEnum):
    """Category of a committee member unit (分类管理)."""

    COMPREHENSIVE = "comprehensive"  # 综合监管部门
    INDUSTRY = "industry"  # 行业监管部门
    OTHER = "other"  # 其他成员单位


class RiskLevel(StrEnum):
    """Safety risk grade of an enterprise (红橙黄蓝四色)."""

    MAJOR = "major"  # 重大 (红)
    HIGH = "high"  # 较大 (橙)
    MEDIUM = "medium"  # 一般 (黄)
    LOW = "low"  # 低 (蓝)


class Responsibility(StrEnum):
    """Kinds of safety responsibility a duty clause belongs to."""

    LEADERSHIP = "leadership"  # 领导责任 (党政同责)
    SUPERVISORY = "supervisory"  # 监管责任 (三管三必须)
    MAIN = "main"  # 主体责任
    TERRITORIAL = "territorial"  # 属地责任
    POST = "post"  # 岗位责任


class FieldRole(StrEnum):
    """A unit's role in an industry field (matrix cell)."""

    LEAD = "lead"  # 牵头
    SUPPORT = "support"  # 配合
    MAIN = "main"  # 主体
    TERRITORIAL = "territorial"  # 属地


class DutyListKind(StrEnum):
    """The three responsibility lists of 清单制."""

    MAIN = "main"  # 主体责任清单
    POST = "post"  # 岗位责任清单
    DAILY_CHECK = "daily_check"  # 日常安全检查清单


class LetterStatus(StrEnum):
    """Life cycle of a target-responsibility letter (签订台账)."""

    DRAFT = "draft"  # 草稿
    ISSUED = "issued"  # 印发
    SIGNED = "signed"  # 签订
    RETURNED = "returned"  # 回收
    ARCHIVED = "archived"  # 归档
    VOID = "void"  # 作废


class Party(StrEnum):
    """Side of a letter."""

    A = "a"  # 甲方
    B = "b"  # 乙方


class IndicatorComparison(StrEnum):
    """How an indicator's actual value is compared with its target."""

    AT_MOST = "at_most"  # ≤ N (死亡人数)
    AT_LEAST = "at_least"  # ≥ N% (隐患整改率)
    EQUAL = "equal"


class AssessmentItemKind(StrEnum):
    """Structure of a score sheet: 基础 + 加分 + 扣分 + 否优 + 否决."""

    BASE = "base"
    BONUS = "bonus"
    DEDUCTION = "deduction"
    NO_EXCELLENT = "no_excellent"  # 否优
    VETO = "veto"  # 一票否决


class Grade(StrEnum):
    """Assessment grade (等次)."""

    EXCELLENT = "excellent"  # 优秀
    GOOD = "good"  # 良好
    PASS = "pass"  # 合格
    FAIL = "fail"  # 不合格


class AuditAction(StrEnum):
    """What happened to a row."""

    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
