"""The invented demo county 青溪县: names and tables only, as plain tuples.

Everything here is fiction shaped after a typical county (DOMAIN.md): a county government,
its safety committee (安委会, whose office 安委办 sits in the 应急管理局), 32 member departments
in three categories, 12 townships/streets and an economic development zone, about a hundred
enterprises, and the field → lead/support table. :mod:`desktop_app.services.demo` turns these
tables into rows; the few gaps it plants on purpose are listed in :data:`DELIBERATE_GAPS`.
"""

# The tables below keep one row per line; CJK text counts double towards the line length.
# ruff: noqa: E501

from __future__ import annotations

from desktop_app.domain.enums import Responsibility, RiskLevel, UnitCategory
from desktop_app.domain.gaps import GapKind

COUNTY = "青溪县"
GOVERNMENT = "青溪县人民政府"
COMMITTEE = "青溪县安全生产委员会"
COMMITTEE_SHORT = "县安委会"
COMMITTEE_NOTE = "县安委会办公室（安委办）设在县应急管理局，承担安委会日常工作。"
# The department that houses the 安委办.
COMMITTEE_OFFICE_HOST = "应急管理局"
PARK = "青溪经济开发区"

# A principal of a unit: (title, is_party_head, is_admin_head).
Head = tuple[str, bool, bool]
BUREAU_HEADS: tuple[Head, ...] = (("党组书记、局长", True, True),)

# Member departments: (short name, full name, category, principals, deputy title, deputies).
DEPARTMENTS: tuple[tuple[str, str, UnitCategory, tuple[Head, ...], str, int], ...] = (
    # 综合监管部门
    ("应急管理局", "青溪县应急管理局", UnitCategory.COMPREHENSIVE, BUREAU_HEADS, "副局长", 3),
    # 行业监管部门
    ("公安局", "青溪县公安局", UnitCategory.INDUSTRY, (("党委书记、局长", True, True),), "副局长", 3),
    ("交通运输局", "青溪县交通运输局", UnitCategory.INDUSTRY, BUREAU_HEADS, "副局长", 2),
    ("住房和城乡建设局", "青溪县住房和城乡建设局", UnitCategory.INDUSTRY, BUREAU_HEADS, "副局长", 3),
    ("市场监督管理局", "青溪县市场监督管理局", UnitCategory.INDUSTRY, BUREAU_HEADS, "副局长", 2),
    ("教育局", "青溪县教育局", UnitCategory.INDUSTRY, BUREAU_HEADS, "副局长", 2),
    ("民政局", "青溪县民政局", UnitCategory.INDUSTRY, BUREAU_HEADS, "副局长", 2),
    ("文化广电旅游局", "青溪县文化广电旅游局", UnitCategory.INDUSTRY, BUREAU_HEADS, "副局长", 2),
    ("农业农村局", "青溪县农业农村局", UnitCategory.INDUSTRY, BUREAU_HEADS, "副局长", 2),
    ("发展和改革局", "青溪县发展和改革局", UnitCategory.INDUSTRY, BUREAU_HEADS, "副局长", 2),
    ("工业和信息化局", "青溪县工业和信息化局", UnitCategory.INDUSTRY, BUREAU_HEADS, "副局长", 2),
    ("自然资源局", "青溪县自然资源局", UnitCategory.INDUSTRY, BUREAU_HEADS, "副局长", 2),
    ("生态环境局", "青溪县生态环境局", UnitCategory.INDUSTRY, BUREAU_HEADS, "副局长", 1),
    ("水利局", "青溪县水利局", UnitCategory.INDUSTRY, BUREAU_HEADS, "副局长", 2),
    (
        "消防救援大队",
        "青溪县消防救援大队",
        UnitCategory.INDUSTRY,
        (("大队长", False, True), ("政治教导员", True, False)),
        "副大队长",
        1,
    ),
    ("城市管理局", "青溪县城市管理局", UnitCategory.INDUSTRY, BUREAU_HEADS, "副局长", 2),
    ("商务局", "青溪县商务局", UnitCategory.INDUSTRY, BUREAU_HEADS, "副局长", 1),
    ("林业局", "青溪县林业局", UnitCategory.INDUSTRY, BUREAU_HEADS, "副局长", 1),
    ("地方海事处", "青溪县地方海事处", UnitCategory.INDUSTRY, (("处长", True, True),), "副处长", 1),
    # 其他成员单位
    ("宣传部", "中共青溪县委宣传部", UnitCategory.OTHER, (("部长", True, True),), "副部长", 2),
    ("人民政府办公室", "青溪县人民政府办公室", UnitCategory.OTHER, (("党组书记、主任", True, True),), "副主任", 2),
    ("财政局", "青溪县财政局", UnitCategory.OTHER, BUREAU_HEADS, "副局长", 2),
    ("人力资源和社会保障局", "青溪县人力资源和社会保障局", UnitCategory.OTHER, BUREAU_HEADS, "副局长", 2),
    ("卫生健康局", "青溪县卫生健康局", UnitCategory.OTHER, BUREAU_HEADS, "副局长", 2),
    ("司法局", "青溪县司法局", UnitCategory.OTHER, BUREAU_HEADS, "副局长", 1),
    # 统计局: the director has retired and a deputy runs it (主持工作) — no principal on record.
    ("统计局", "青溪县统计局", UnitCategory.OTHER, (), "副局长（主持工作）", 1),
    ("审计局", "青溪县审计局", UnitCategory.OTHER, BUREAU_HEADS, "副局长", 1),
    ("气象局", "青溪县气象局", UnitCategory.OTHER, BUREAU_HEADS, "副局长", 1),
    ("税务局", "国家税务总局青溪县税务局", UnitCategory.OTHER, (("党委书记、局长", True, True),), "副局长", 2),
    ("总工会", "青溪县总工会", UnitCategory.OTHER, (("党组书记、常务副主席", True, True),), "副主席", 1),
    ("团县委", "共青团青溪县委员会", UnitCategory.OTHER, (("书记", True, True),), "副书记", 1),
    ("融媒体中心", "青溪县融媒体中心", UnitCategory.OTHER, (("党委书记、主任", True, True),), "副主任", 1),
)  # fmt: skip

# Townships and streets (乡镇街道); the principals follow from the suffix (see TOWNSHIP_HEADS).
TOWNSHIPS: tuple[str, ...] = (
    "青溪镇",
    "城东街道",
    "城西街道",
    "石桥镇",
    "柳河镇",
    "白沙镇",
    "龙潭镇",
    "双溪镇",
    "金竹镇",
    "河口镇",
    "桃源乡",
    "梅岭乡",
)
# name suffix → (party head title, admin head title, deputy title)
TOWNSHIP_HEADS: tuple[tuple[str, str, str, str], ...] = (
    ("街道", "党工委书记", "办事处主任", "办事处副主任"),
    ("镇", "党委书记", "镇长", "副镇长"),
    ("乡", "党委书记", "乡长", "副乡长"),
    ("开发区", "党工委书记", "管委会主任", "管委会副主任"),
)
TOWNSHIP_DEPUTIES = 2

# County leadership (县委县政府): (name, title, post, party head, admin head, leader,
# overseen departments by short name, overseen fields by name). Townships and the park are
# shared out among the deputies with a portfolio as 包联 (liaison) oversight.
COUNTY_LEADERS: tuple[
    tuple[str, str, str, bool, bool, bool, tuple[str, ...], tuple[str, ...]], ...
] = (
    ("林振华", "县委书记", "县委书记", True, False, False, (), ()),
    ("陈建国", "县长", "县长", False, True, False, (), ()),
    (
        "周明远",
        "常务副县长",
        "常务副县长",
        False,
        False,
        True,
        ("应急管理局", "发展和改革局", "人民政府办公室", "财政局", "统计局", "审计局", "税务局"),
        ("危险化学品", "非煤矿山", "烟花爆竹", "工贸企业", "电力"),
    ),
    (
        "吴立新",
        "副县长",
        "副县长（分管公安、政法）",
        False,
        False,
        True,
        ("公安局", "司法局", "消防救援大队"),
        ("道路交通", "民用爆炸物品", "消防"),
    ),
    (
        "郑海燕",
        "副县长",
        "副县长（分管教育、卫生、民政、文旅）",
        False,
        False,
        True,
        ("教育局", "卫生健康局", "民政局", "文化广电旅游局", "宣传部", "团县委", "融媒体中心"),
        ("学校", "养老机构", "旅游景区"),
    ),
    (
        "王志刚",
        "副县长",
        "副县长（分管城乡建设、自然资源）",
        False,
        False,
        True,
        ("住房和城乡建设局", "城市管理局", "自然资源局", "生态环境局"),
        ("建筑施工", "城镇燃气"),
    ),
    (
        "黄德胜",
        "副县长",
        "副县长（分管交通、工业、商务）",
        False,
        False,
        True,
        ("交通运输局", "地方海事处", "水利局", "工业和信息化局", "商务局", "市场监督管理局"),
        ("道路运输", "水上交通", "特种设备"),
    ),
    (
        "孙丽萍",
        "副县长",
        "副县长（分管农业农村、林业、人社）",
        False,
        False,
        True,
        ("农业农村局", "林业局", "人力资源和社会保障局", "总工会"),
        ("农业机械",),
    ),
    # Newly appointed; the portfolio adjustment (分管调整) has not been made yet.
    ("何嘉树", "副县长", "副县长（新任）", False, False, True, (), ()),
)

# Fields (行业领域): (code, name, lead departments, support departments, territorial role for
# townships and the park). 城镇燃气 has two leads and 农业机械 none — on purpose.
FIELDS: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...], bool], ...] = (
    ("road_traffic", "道路交通", ("公安局",), ("交通运输局", "应急管理局"), True),
    ("road_transport", "道路运输", ("交通运输局",), ("公安局",), True),
    ("waterway", "水上交通", ("交通运输局",), ("地方海事处", "公安局"), True),
    ("construction", "建筑施工", ("住房和城乡建设局",), ("应急管理局", "水利局", "交通运输局"), True),
    ("gas", "城镇燃气", ("住房和城乡建设局", "城市管理局"), ("市场监督管理局", "应急管理局"), True),
    ("hazchem", "危险化学品", ("应急管理局",), ("公安局", "市场监督管理局", "生态环境局", "交通运输局"), True),
    ("non_coal_mine", "非煤矿山", ("应急管理局",), ("自然资源局",), True),
    ("fireworks", "烟花爆竹", ("应急管理局",), ("公安局", "市场监督管理局"), True),
    ("industry_trade", "工贸企业", ("应急管理局",), ("工业和信息化局",), True),
    ("special_equipment", "特种设备", ("市场监督管理局",), ("住房和城乡建设局", "教育局", "文化广电旅游局"), True),
    ("fire", "消防", ("消防救援大队",), ("教育局", "民政局", "文化广电旅游局", "商务局", "卫生健康局"), True),
    ("school", "学校", ("教育局",), ("公安局", "消防救援大队"), True),
    ("elderly_care", "养老机构", ("民政局",), ("消防救援大队", "卫生健康局"), True),
    ("tourism", "旅游景区", ("文化广电旅游局",), ("市场监督管理局", "林业局"), True),
    ("agri_machinery", "农业机械", (), ("农业农村局", "公安局"), True),
    ("power", "电力", ("发展和改革局",), ("工业和信息化局", "水利局"), False),
    ("civil_explosives", "民用爆炸物品", ("公安局",), ("工业和信息化局", "应急管理局"), False),
)  # fmt: skip

# Trade names (字号) for generated company names "青溪县{字号}{后缀}".
TRADE_NAMES: tuple[str, ...] = (
    "宏达", "顺安", "恒信", "金鑫", "华泰", "永兴", "鑫源", "瑞丰", "兴旺", "明珠",
    "东方", "长城", "天成", "嘉禾", "富民", "安泰", "凯达", "盛世", "利民", "新兴",
    "联发", "汇通", "宏远", "昌盛", "祥和", "华兴", "中天", "恒丰", "金源", "鼎盛",
    "万顺", "广源", "正大", "锦程", "远航", "通达", "佳信", "润丰", "荣华", "金桥",
    "泰和", "天宇", "隆昌", "华宇", "海鑫", "福源", "宝丰", "聚源", "青山", "绿源",
    "鸿运", "益民", "鑫泰", "德盛", "兴达", "诚信", "丰泽", "嘉华", "兆丰", "春晖",
    "振华", "红星", "星辰", "前进", "康宁", "众合", "恒达", "旭日", "鑫隆", "华鑫",
    "腾飞", "森茂", "川江", "溪源", "云峰", "和顺", "利达", "宏昌", "金辉", "永安",
)  # fmt: skip

# Generated enterprises: (field, how many, name suffixes, principal title, risk levels drawn
# from, share placed in the development zone).
_MAJOR, _HIGH, _MEDIUM, _LOW = RiskLevel.MAJOR, RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW
ENTERPRISE_GROUPS: tuple[tuple[str, int, tuple[str, ...], str, tuple[RiskLevel, ...], float], ...] = (
    ("道路运输", 8, ("运输有限公司", "客运有限公司", "物流有限公司", "汽车运输有限公司"), "总经理", (_HIGH, _MEDIUM, _MEDIUM), 0.2),
    ("道路交通", 3, ("机动车驾驶员培训有限公司", "驾驶培训学校"), "校长", (_MEDIUM, _LOW), 0.0),
    ("水上交通", 3, ("航运有限公司", "船务有限公司"), "总经理", (_HIGH, _MEDIUM), 0.0),
    ("建筑施工", 12, ("建筑工程有限公司", "建设工程有限公司", "建筑安装工程有限公司", "路桥工程有限公司"), "总经理", (_HIGH, _MEDIUM, _MEDIUM), 0.2),
    ("城镇燃气", 4, ("燃气有限公司", "液化气有限公司", "天然气有限公司"), "总经理", (_MAJOR, _HIGH), 0.3),
    ("危险化学品", 10, ("化工有限公司", "新材料有限公司", "石化有限公司", "化学品经营有限公司"), "总经理", (_MAJOR, _HIGH, _HIGH), 0.8),
    ("非煤矿山", 6, ("石料厂", "矿业有限公司", "建材矿业有限公司"), "矿长", (_HIGH, _HIGH, _MEDIUM), 0.0),
    ("烟花爆竹", 3, ("烟花爆竹经营有限公司", "烟花爆竹批发有限公司"), "总经理", (_MAJOR, _HIGH), 0.0),
    ("工贸企业", 22, ("机械制造有限公司", "纺织有限公司", "食品有限公司", "木业有限公司", "铸造有限公司", "服饰有限公司", "塑业有限公司", "家具有限公司"), "总经理", (_HIGH, _MEDIUM, _MEDIUM, _LOW), 0.6),
    ("特种设备", 4, ("电梯工程有限公司", "起重设备安装有限公司", "锅炉制造有限公司"), "总经理", (_MEDIUM, _LOW), 0.5),
    ("消防", 8, ("大酒店有限公司", "商贸城有限公司", "购物广场有限公司", "宾馆有限公司"), "总经理", (_HIGH, _MEDIUM, _LOW), 0.1),
    ("电力", 3, ("水电开发有限公司", "新能源有限公司", "光伏发电有限公司"), "总经理", (_MEDIUM, _LOW), 0.3),
    ("民用爆炸物品", 2, ("民用爆破器材专营有限公司", "爆破工程有限公司"), "总经理", (_MAJOR,), 0.0),
)  # fmt: skip

# Enterprises with fixed names: (field, name, principal title, risk level, township or ""
# for one drawn at random).
NAMED_ENTERPRISES: tuple[tuple[str, str, str, RiskLevel, str], ...] = (
    ("学校", "青溪县第一中学", "校长", _MEDIUM, "城西街道"),
    ("学校", "青溪县第二中学", "校长", _MEDIUM, "城东街道"),
    ("学校", "青溪县实验中学", "校长", _MEDIUM, ""),
    ("学校", "青溪县实验小学", "校长", _MEDIUM, "青溪镇"),
    ("学校", "青溪县城东小学", "校长", _LOW, "城东街道"),
    ("学校", "青溪县职业技术学校", "校长", _MEDIUM, ""),
    ("学校", "青溪县实验幼儿园", "园长", _MEDIUM, ""),
    ("学校", "青溪县特殊教育学校", "校长", _LOW, ""),
    ("养老机构", "青溪县社会福利中心", "主任", _HIGH, ""),
    ("养老机构", "青溪县阳光养老院", "院长", _MEDIUM, ""),
    ("养老机构", "青溪县康宁老年公寓", "院长", _MEDIUM, ""),
    ("养老机构", "青溪县夕阳红养老院", "院长", _MEDIUM, ""),
    ("养老机构", "青溪县颐和养护院", "院长", _LOW, ""),
    ("旅游景区", "青溪县青溪湖旅游开发有限公司", "总经理", _HIGH, "青溪镇"),
    ("旅游景区", "青溪县梅岭森林公园管理有限公司", "总经理", _MEDIUM, "梅岭乡"),
    ("旅游景区", "青溪县龙潭峡漂流有限公司", "总经理", _HIGH, "龙潭镇"),
    ("旅游景区", "青溪县古镇文化旅游发展有限公司", "总经理", _LOW, "河口镇"),
    ("农业机械", "青溪县丰收农机专业合作社", "理事长", _LOW, ""),
    ("农业机械", "青溪县沃土农机专业合作社", "理事长", _LOW, ""),
    ("农业机械", "青溪县金穗农机服务专业合作社", "理事长", _LOW, ""),
)
ENTERPRISE_SAFETY_OFFICER = "安全生产管理人员"
# Share of enterprises with an explicit supervising department (the rest derive it).
EXPLICIT_SUPERVISOR_SHARE = 0.8

# A county-owned company registered directly under the government, with no township or zone
# as its territorial owner: (name, field, supervising department, principal title).
COUNTY_COMPANY = ("青溪县城市建设投资有限公司", "建筑施工", "住房和城乡建设局", "董事长、总经理")

# The deliberate gaps (subject names; see DELIBERATE_GAPS below).
LEADLESS_FIELD = "农业机械"
DOUBLE_LED_FIELD = "城镇燃气"
UNOVERSEEN_MEMBER = "青溪县气象局"
UNSUPERVISED_ENTERPRISE = "青溪县丰收农机专业合作社"
UNTERRITORIAL_ENTERPRISE = COUNTY_COMPANY[0]
IDLE_LEADER = "何嘉树"
HEADLESS_UNIT = "青溪县统计局"
LISTLESS_MEMBER = "青溪县审计局"

# Every gap the demo plants on purpose: (kind, subject name, why). ``list_gaps`` on a fresh
# demo database finds exactly these before the letters' due dates (mid/late February of the
# demo year); after them, every letter the demo leaves issued but unsigned (every third, see
# ``demo_letters``) is a LETTER_OVERDUE gap too, as the ledger counts it — 18 of them — and
# last year's letter of 梅岭乡 (never signed) is one in last year's list.
DELIBERATE_GAPS: tuple[tuple[GapKind, str, str], ...] = (
    (GapKind.FIELD_WITHOUT_LEAD, LEADLESS_FIELD, "机构改革后农机安全监管牵头部门未重新明确"),
    (GapKind.FIELD_WITH_SEVERAL_LEADS, DOUBLE_LED_FIELD, "住建局与城市管理局均登记为牵头部门"),
    (GapKind.MEMBER_WITHOUT_OVERSEER, UNOVERSEEN_MEMBER, "垂直管理单位，未明确县级分管领导"),
    (GapKind.ENTERPRISE_WITHOUT_SUPERVISOR, UNSUPERVISED_ENTERPRISE, "所在领域无牵头部门，也未指定监管部门"),
    (GapKind.ENTERPRISE_WITHOUT_TERRITORY, UNTERRITORIAL_ENTERPRISE, "县属国有企业，未落实属地管理单位"),
    (GapKind.LEADER_OVERSEES_NOTHING, IDLE_LEADER, "新任副县长，尚未调整分工"),
    (GapKind.UNIT_WITHOUT_PRINCIPAL, HEADLESS_UNIT, "局长退休，副局长主持工作，主要负责人空缺"),
    (GapKind.EMPTY_DUTY_LIST, LISTLESS_MEMBER, "本年度责任清单尚未报送"),
)  # fmt: skip

# Clause library (责任条款): (key, kind, text, legal basis, frequency).
_LEAD, _SUP, _MAIN = Responsibility.LEADERSHIP, Responsibility.SUPERVISORY, Responsibility.MAIN
_TERR, _POST = Responsibility.TERRITORIAL, Responsibility.POST
_RULES_2018 = "《地方党政领导干部安全生产责任制规定》"
DUTIES: tuple[tuple[str, Responsibility, str, str, str | None], ...] = (
    ("L1", _LEAD, "党政主要负责人是本地区、本单位安全生产第一责任人，对安全生产工作负全面领导责任，实行党政同责。", f"{_RULES_2018}第五条", None),
    ("L2", _LEAD, "定期研究部署安全生产工作，专题研究解决安全生产重大问题，每季度至少召开一次安全生产工作会议。", f"{_RULES_2018}第六条、第七条", "每季度"),
    ("L3", _LEAD, "班子其他成员对分管范围内的安全生产工作负领导责任，落实“一岗双责”，分管业务工作必须同时管好安全生产。", f"{_RULES_2018}第五条；《中华人民共和国安全生产法》第三条", None),
    ("L4", _LEAD, "将安全生产纳入经济社会发展规划和年度工作目标，保障安全生产工作经费和监管力量。", "《中华人民共和国安全生产法》第八条", "每年"),
    ("S1", _SUP, "按照“管行业必须管安全、管业务必须管安全、管生产经营必须管安全”的要求，履行本行业领域安全生产监督管理职责。", "《中华人民共和国安全生产法》第三条、第十条", None),
    ("S2", _SUP, "制定年度安全生产监督检查计划，对行业领域内生产经营单位开展监督检查，依法查处安全生产违法行为。", "《中华人民共和国安全生产法》第六十二条", "每年"),
    ("S3", _SUP, "督促行业领域内生产经营单位建立安全风险分级管控和隐患排查治理双重预防机制，对重大事故隐患挂牌督办。", "《中华人民共和国安全生产法》第四十一条", "每月"),
    ("S4", _SUP, "组织开展行业领域安全生产专项整治和打非治违，每季度向县安委办报送工作情况。", "《中华人民共和国安全生产法》第十条", "每季度"),
    ("S5", _SUP, "制定行业领域生产安全事故应急预案并组织演练，按规定报告和配合调查处理生产安全事故。", "《中华人民共和国安全生产法》第八十条、第八十三条", "每年"),
    ("S6", _SUP, "履行安全生产综合监督管理职责，指导协调、监督检查县有关部门和乡镇（街道）安全生产工作，承担县安委办日常工作。", "《中华人民共和国安全生产法》第十条第一款", None),
    ("S7", _SUP, "在本单位职责范围内支持和保障安全生产工作，做好安全生产宣传教育、经费保障、工伤保险等相关工作。", "《中华人民共和国安全生产法》第三条；《中共中央 国务院关于推进安全生产领域改革发展的意见》", None),
    ("M1", _MAIN, "主要负责人建立健全并落实本单位全员安全生产责任制，加强安全生产标准化建设。", "《中华人民共和国安全生产法》第二十一条第一项、第二十二条", None),
    ("M2", _MAIN, "保证本单位安全生产投入的有效实施，按规定提取和使用安全生产费用。", "《中华人民共和国安全生产法》第二十一条第四项、第二十三条", "每年"),
    ("M3", _MAIN, "构建安全风险分级管控和隐患排查治理双重预防机制，及时发现并消除事故隐患。", "《中华人民共和国安全生产法》第四十一条", "每月"),
    ("M4", _MAIN, "组织开展全员安全生产教育和培训，特种作业人员按照国家有关规定持证上岗。", "《中华人民共和国安全生产法》第二十八条、第三十条", "每年"),
    ("M5", _MAIN, "组织制定并实施本单位生产安全事故应急救援预案，定期组织演练。", "《中华人民共和国安全生产法》第二十一条第六项、第八十一条", "每半年"),
    ("T1", _TERR, "对本行政区域（管理区域）内生产经营单位安全生产状况进行监督检查，协助县有关部门依法履行安全生产监督管理职责。", "《中华人民共和国安全生产法》第九条第二款", None),
    ("T2", _TERR, "建立网格化安全监管体系，落实网格员日常巡查和隐患报告制度。", "《中华人民共和国安全生产法》第九条", "每周"),
    ("T3", _TERR, "组织开展辖区内安全隐患排查整治和打非治违，及时报告和处置生产安全事故。", "《中华人民共和国安全生产法》第九条、第八十三条", "每月"),
    ("P1", _POST, "严格遵守本岗位安全生产规章制度和操作规程，正确佩戴和使用劳动防护用品。", "《中华人民共和国安全生产法》第五十七条", None),
    ("P2", _POST, "接受安全生产教育和培训，掌握本职工作所需的安全生产知识，提高事故预防和应急处理能力。", "《中华人民共和国安全生产法》第五十八条", "每年"),
    ("P3", _POST, "发现事故隐患或者其他不安全因素，立即向现场安全生产管理人员或者本单位负责人报告。", "《中华人民共和国安全生产法》第五十九条", None),
    ("P4", _POST, "根据本单位生产经营特点，对安全生产状况进行经常性检查，对发现的问题立即处理并记录在案。", "《中华人民共和国安全生产法》第四十六条", "每日"),
)  # fmt: skip

# Which clauses each kind of list holds (by key).
DEPARTMENT_LIST = ("L1", "L3", "S1", "S2", "S3", "S4", "S5")
COMPREHENSIVE_LIST = ("L1", "L3", "S6", "S2", "S3", "S4", "S5")
OTHER_MEMBER_LIST = ("L1", "L3", "S7")
TOWNSHIP_LIST = ("L1", "L2", "L3", "L4", "T1", "T2", "T3")
ENTERPRISE_LIST = ("M1", "M2", "M3", "M4", "M5")
LEADER_POST_LIST = ("L1", "L2", "L3", "L4")
DEPUTY_POST_LIST = ("L3", "S1", "S4")
SAFETY_OFFICER_POST_LIST = ("P1", "P2", "P3", "P4")

# Chinese names: surnames (common ones repeated, so they come up more often) and characters
# for given names.
SURNAMES: tuple[str, ...] = (
    "王", "王", "李", "李", "张", "张", "刘", "刘", "陈", "陈", "杨", "黄", "赵", "吴", "周",
    "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐",
    "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "潘", "袁", "蔡", "蒋", "余",
    "于", "杜", "叶", "程", "魏", "苏", "吕", "丁", "任", "卢", "姚", "沈", "钟", "姜", "崔",
)  # fmt: skip
GIVEN_CHARACTERS: tuple[str, ...] = (
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
    "明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "建", "国", "文", "辉", "鹏", "宇",
    "志", "红", "兵", "海", "春", "晓", "俊", "斌", "林", "峰", "云", "亮", "成", "德", "玉",
    "永", "新", "立", "红", "燕", "宏", "琳", "慧", "清", "荣", "忠", "顺", "东", "雪", "梅",
)  # fmt: skip
NAME_SEED = 20260101
PLACEMENT_SEED = 7
