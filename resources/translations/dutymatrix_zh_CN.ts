<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="58"/>
        <location filename="../../desktop_app/ui/app.py" line="63"/>
        <location filename="../../desktop_app/ui/app.py" line="68"/>
        <source>DutyMatrix</source>
        <translation>安全生产责任矩阵</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="81"/>
        <source>Open it read-only to look at it?</source>
        <translation>是否以只读方式打开查看？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="86"/>
        <source>Restore this backup now?</source>
        <translation>是否立即恢复这个备份？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="131"/>
        <source> [read-only]</source>
        <translation>［只读］</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="135"/>
        <source>This is a new demo database: a sample county to try things out.</source>
        <translation>这是新建的演示数据库：一个示例县，可放心试用。</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="44"/>
        <source>Responsibility card — {name}</source>
        <translation>责任告知卡 — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="49"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="62"/>
        <source>Units overseen</source>
        <translation>分管单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="63"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="64"/>
        <source>Industry fields overseen</source>
        <translation>分管行业领域</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="65"/>
        <source>Field</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="66"/>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="67"/>
        <source>Duties of the post</source>
        <translation>岗位责任</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="68"/>
        <source>No post duty list for this year.</source>
        <translation>本年度尚无岗位责任清单。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="69"/>
        <source>Acknowledged (signature):</source>
        <translation>本人已知悉（签字）：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="70"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="73"/>
        <source>{year} Work-Safety Responsibility Card</source>
        <translation>{year}年度安全生产责任告知卡</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="74"/>
        <source>{name}, {title}, {unit}</source>
        <translation>{name}&#x3000;{title}&#x3000;{unit}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="89"/>
        <source>Basis: {basis}</source>
        <translation>依据：{basis}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="150"/>
        <source>Save responsibility card</source>
        <translation>保存责任告知卡</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="151"/>
        <source>Responsibility card {name} {year}.pdf</source>
        <translation>{year}年度责任告知卡-{name}.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="154"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ClauseEditor</name>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="121"/>
        <source>Clause</source>
        <translation>责任条款</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="135"/>
        <source>Kind</source>
        <translation>责任类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="136"/>
        <source>Text</source>
        <translation>条款内容</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="137"/>
        <source>Legal basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="138"/>
        <source>Frequency</source>
        <translation>时限/频次</translation>
    </message>
</context>
<context>
    <name>ClauseLibraryDialog</name>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="168"/>
        <source>Choose a clause to add</source>
        <translation>选择要加入的责任条款</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="168"/>
        <source>Clause library</source>
        <translation>责任条款库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="177"/>
        <source>Filter clauses…</source>
        <translation>筛选条款…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="192"/>
        <source>New clause…</source>
        <translation>新建条款…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="193"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="194"/>
        <source>Retire / reinstate</source>
        <translation>停用/启用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="244"/>
        <source>New clause</source>
        <translation>新建条款</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="257"/>
        <source>Edit clause</source>
        <translation>编辑条款</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="267"/>
        <source>Reinstate clause</source>
        <translation>启用条款</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="267"/>
        <source>Retire clause</source>
        <translation>停用条款</translation>
    </message>
</context>
<context>
    <name>Clauses</name>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="100"/>
        <source>Kind</source>
        <translation>责任类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="101"/>
        <source>Clause</source>
        <translation>条款内容</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="102"/>
        <source>Legal basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="103"/>
        <source>Frequency</source>
        <translation>时限/频次</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="104"/>
        <source>Lists</source>
        <translation>使用清单数</translation>
    </message>
</context>
<context>
    <name>Duties</name>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="56"/>
        <source>Responsibility list</source>
        <translation>安全生产责任清单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="57"/>
        <source>Post responsibility list</source>
        <translation>岗位责任清单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="58"/>
        <source>Daily safety checklist</source>
        <translation>日常安全检查清单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="116"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="117"/>
        <source>Kind</source>
        <translation>责任类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="118"/>
        <source>Duty</source>
        <translation>责任内容</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="119"/>
        <source>Legal basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="120"/>
        <source>Frequency</source>
        <translation>时限/频次</translation>
    </message>
</context>
<context>
    <name>DutiesTab</name>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="195"/>
        <source>New list…</source>
        <translation>新建清单…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="196"/>
        <source>Delete list</source>
        <translation>删除清单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="197"/>
        <source>Add clause…</source>
        <translation>添加条款…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="198"/>
        <source>Remove clause</source>
        <translation>移除条款</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="199"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="200"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="201"/>
        <source>Clause library…</source>
        <translation>责任条款库…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="213"/>
        <source>Select a unit in the tree.</source>
        <translation>请在左侧单位树中选择一个单位。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="215"/>
        <source>Lists of {unit}:</source>
        <translation>{unit}的责任清单：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="218"/>
        <source>{unit} has no duty list for {year}. Create one with &quot;New list…&quot;.</source>
        <translation>{unit}尚无{year}年度责任清单，请点击“新建清单…”建立。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="296"/>
        <source>The unit itself</source>
        <translation>单位本身</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="297"/>
        <source>Whose list is it?</source>
        <translation>清单属于：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="302"/>
        <source>Which kind of list?</source>
        <translation>清单类型：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="308"/>
        <source>Title of the list:</source>
        <translation>清单标题：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="309"/>
        <source>{year} {kind} of {owner}</source>
        <translation>{year}年度{owner}{kind}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="319"/>
        <source>New duty list</source>
        <translation>新建责任清单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="335"/>
        <source>Delete the list &quot;{title}&quot; with its {count} clauses?</source>
        <translation>删除清单“{title}”及其 {count} 条条款？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="341"/>
        <source>Delete duty list</source>
        <translation>删除责任清单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="371"/>
        <source>Add clause to list</source>
        <translation>向清单添加条款</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="383"/>
        <source>Remove clause from list</source>
        <translation>从清单移除条款</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="397"/>
        <source>Move clause up</source>
        <translation>条款上移</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="397"/>
        <source>Move clause down</source>
        <translation>条款下移</translation>
    </message>
</context>
<context>
    <name>Gaps</name>
    <message>
        <location filename="../../desktop_app/ui/gaps_tab.py" line="44"/>
        <source>Field without lead</source>
        <translation>行业领域无牵头部门</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/gaps_tab.py" line="45"/>
        <source>Field with several leads</source>
        <translation>行业领域多头牵头</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/gaps_tab.py" line="48"/>
        <source>Member unit without overseeing leader</source>
        <translation>成员单位无分管领导</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/gaps_tab.py" line="51"/>
        <source>Enterprise without supervisor</source>
        <translation>企业无行业监管部门</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/gaps_tab.py" line="54"/>
        <source>Enterprise without territorial unit</source>
        <translation>企业无属地管理单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/gaps_tab.py" line="57"/>
        <source>Leader overseeing nothing</source>
        <translation>班子成员未分管工作</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/gaps_tab.py" line="60"/>
        <source>Unit without principal</source>
        <translation>单位无主要负责人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/gaps_tab.py" line="63"/>
        <source>Empty or missing duty list</source>
        <translation>责任清单缺失或为空</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/gaps_tab.py" line="120"/>
        <source>Gap</source>
        <translation>缺位类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/gaps_tab.py" line="121"/>
        <source>Concerns</source>
        <translation>涉及对象</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/gaps_tab.py" line="122"/>
        <source>What is missing</source>
        <translation>缺位情况</translation>
    </message>
</context>
<context>
    <name>GapsTab</name>
    <message>
        <location filename="../../desktop_app/ui/gaps_tab.py" line="178"/>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/gaps_tab.py" line="215"/>
        <source>{count} responsibility gaps in {year}. Double-click a row to go where it is fixed.</source>
        <translation>{year} 年度发现 {count} 处责任缺位。双击一行可转到相应位置补齐。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/gaps_tab.py" line="218"/>
        <source>No responsibility gaps in {year}.</source>
        <translation>{year} 年度未发现责任缺位。</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="35"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="36"/>
        <source>title</source>
        <translation>职务/标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="37"/>
        <source>role</source>
        <translation>职责</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="38"/>
        <source>field</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="39"/>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="40"/>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="41"/>
        <source>parent unit</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="42"/>
        <source>territorial unit</source>
        <translation>属地单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="43"/>
        <source>supervising department</source>
        <translation>行业监管部门</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="44"/>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="45"/>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="46"/>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="68"/>
        <source>Set matrix roles</source>
        <translation>设置责任分工</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="69"/>
        <source>Roll over the year</source>
        <translation>年度结转</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="70"/>
        <source>Create demo data</source>
        <translation>生成演示数据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="71"/>
        <source>Add unit</source>
        <translation>新建单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="72"/>
        <source>Rename unit</source>
        <translation>单位更名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="73"/>
        <source>Move unit</source>
        <translation>移动单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="74"/>
        <source>Deactivate unit</source>
        <translation>停用单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="75"/>
        <source>Reactivate unit</source>
        <translation>重新启用单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="76"/>
        <source>Edit unit properties</source>
        <translation>修改单位属性</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="77"/>
        <source>Assign oversight</source>
        <translation>分配分管</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="78"/>
        <source>Remove oversight</source>
        <translation>取消分管</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="79"/>
        <source>Restore oversight</source>
        <translation>恢复分管</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="80"/>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="81"/>
        <source>Edit person</source>
        <translation>修改人员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="82"/>
        <source>Record successor</source>
        <translation>登记接任人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="83"/>
        <source>Undo succession</source>
        <translation>撤销接任</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="84"/>
        <source>New duty list</source>
        <translation>新建责任清单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="85"/>
        <source>Delete duty list</source>
        <translation>删除责任清单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="93"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="94"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="95"/>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="96"/>
        <source>Matrix cell</source>
        <translation>责任分工</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="97"/>
        <source>Oversight</source>
        <translation>分管</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="98"/>
        <source>Duty list</source>
        <translation>责任清单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="149"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="150"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="151"/>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="152"/>
        <source>Record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="153"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="154"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="30"/>
        <source>Government</source>
        <translation>政府</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="31"/>
        <source>Safety committee</source>
        <translation>安委会</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="32"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="33"/>
        <source>Township / subdistrict</source>
        <translation>乡镇街道</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="34"/>
        <source>Industrial park</source>
        <translation>园区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="35"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="36"/>
        <source>Subsidiary</source>
        <translation>子公司</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="37"/>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="38"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="39"/>
        <location filename="../../desktop_app/ui/labels.py" line="67"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="49"/>
        <source>Comprehensive supervision department</source>
        <translation>综合监管部门</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="52"/>
        <source>Industry supervision department</source>
        <translation>行业监管部门</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="55"/>
        <source>Other member unit</source>
        <translation>其他成员单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="65"/>
        <source>Compr.</source>
        <translation>综合</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="66"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="77"/>
        <source>Major (red)</source>
        <translation>重大（红）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="78"/>
        <source>High (orange)</source>
        <translation>较大（橙）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="79"/>
        <source>Medium (yellow)</source>
        <translation>一般（黄）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="80"/>
        <source>Low (blue)</source>
        <translation>低（蓝）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="87"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="88"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="121"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="122"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="123"/>
        <source>Recent databases</source>
        <translation>最近打开的数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="124"/>
        <source>&amp;Export matrix to Excel…</source>
        <translation>导出责任矩阵到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="125"/>
        <source>&amp;Print matrix to PDF…</source>
        <translation>打印责任矩阵为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="126"/>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="127"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="128"/>
        <source>Undo &amp;history</source>
        <translation>撤销历史(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="129"/>
        <source>&amp;Year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="130"/>
        <source>&amp;Roll over to next year…</source>
        <translation>结转到下一年度(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="131"/>
        <source>&amp;Compare years…</source>
        <translation>年度对比(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="132"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="133"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="134"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="135"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="149"/>
        <source>&amp;Undo {what}</source>
        <translation>撤销(&amp;U)：{what}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="149"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="152"/>
        <source>&amp;Redo {what}</source>
        <translation>重做(&amp;R)：{what}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="152"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="165"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="223"/>
        <source>DutyMatrix — {file}</source>
        <translation>安全生产责任矩阵 — {file}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="225"/>
        <source>Filter units by name…</source>
        <translation>按名称筛选单位…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="226"/>
        <source>Year: </source>
        <translation>年度：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="227"/>
        <source>Undo history</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="228"/>
        <source>&lt;no changes yet&gt;</source>
        <translation>&lt;尚无修改&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="230"/>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="231"/>
        <source>Responsibility matrix</source>
        <translation>责任矩阵</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="232"/>
        <source>Oversight</source>
        <translation>分管</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="233"/>
        <source>Duty lists</source>
        <translation>责任清单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="234"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="245"/>
        <source>Gap check</source>
        <translation>缺位检查</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="246"/>
        <source>Gap check ({count})</source>
        <translation>缺位检查（{count}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="291"/>
        <source>Database: {file}</source>
        <translation>数据库：{file}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="293"/>
        <source>Schema revision: {revision}</source>
        <translation>结构版本：{revision}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="297"/>
        <source>The database is on a network drive; keep a local backup.</source>
        <translation>数据库位于网络驱动器上，请另在本机保留备份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="415"/>
        <source>About DutyMatrix</source>
        <translation>关于安全生产责任矩阵</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="417"/>
        <source>&lt;h3&gt;DutyMatrix {version}&lt;/h3&gt;&lt;p&gt;The production-safety responsibility matrix: units, leaders, responsibility letters and assessment for a work-safety office.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;安全生产责任矩阵 {version}&lt;/h3&gt;&lt;p&gt;安委办的安全生产责任体系管理工具：单位与领导、责任矩阵、目标责任书签订和年度考核。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_operations.py" line="75"/>
        <source>Copy the matrix, the oversight and the duty lists of {source} into {target}? {target} must not hold any yet. This cannot be undone with Ctrl+Z, but it is recorded in the audit trail.</source>
        <translation>将 {source} 年度的责任矩阵、分管和责任清单复制到 {target} 年度吗？{target} 年度必须尚无这些数据。此操作不能用 Ctrl+Z 撤销，但会记入审计记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_operations.py" line="90"/>
        <source>Rolled over into {year}: {cells} matrix cells, {oversights} oversights, {lists} duty lists.</source>
        <translation>已结转到 {year} 年度：责任分工 {cells} 个，分管 {oversights} 条，责任清单 {lists} 份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_operations.py" line="136"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_operations.py" line="137"/>
        <source>DutyMatrix databases (*.db);;All files (*)</source>
        <translation>责任矩阵数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_operations.py" line="195"/>
        <source>Importing from Excel ({file}) comes with a later version of DutyMatrix.</source>
        <translation>从 Excel 导入（{file}）将在后续版本中提供。</translation>
    </message>
</context>
<context>
    <name>MatrixExport</name>
    <message>
        <location filename="../../desktop_app/ui/matrix_export.py" line="30"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_export.py" line="38"/>
        <source>Matrix</source>
        <translation>责任矩阵</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_export.py" line="39"/>
        <source>Page {page}</source>
        <translation>第 {page} 页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_export.py" line="45"/>
        <source>{year} Work-Safety Responsibility Matrix</source>
        <translation>{year}年度安全生产责任矩阵</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_export.py" line="54"/>
        <source>Export matrix to Excel</source>
        <translation>导出责任矩阵到 Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_export.py" line="56"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_export.py" line="74"/>
        <source>Print matrix to PDF</source>
        <translation>打印责任矩阵为 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_export.py" line="76"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../desktop_app/ui/matrix_model.py" line="266"/>
        <source>{field}
{lead} {leads} · {support} {supports}</source>
        <translation>{field}
{lead} {leads} · {support} {supports}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_model.py" line="278"/>
        <source>{field}: {leads} lead, {supports} support, {mains} main units</source>
        <translation>{field}：牵头 {leads} 个，配合 {supports} 个，主体 {mains} 个单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_model.py" line="284"/>
        <source>A field needs exactly one lead department.</source>
        <translation>每个行业领域应有且只有一个牵头部门。</translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message>
        <location filename="../../desktop_app/ui/matrix_tab.py" line="153"/>
        <source>Filter rows by unit name…</source>
        <translation>按单位名称筛选…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_tab.py" line="156"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_tab.py" line="161"/>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_tab.py" line="166"/>
        <source>Members and others</source>
        <translation>成员单位及其他</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_tab.py" line="167"/>
        <source>Committee members only</source>
        <translation>仅安委会成员单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_tab.py" line="167"/>
        <source>Non-members only</source>
        <translation>仅非成员单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_tab.py" line="170"/>
        <source>Set selected cells to:</source>
        <translation>将选中单元格设为：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_tab.py" line="174"/>
        <source>Del  Clear</source>
        <translation>Del  清除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_tab.py" line="184"/>
        <source>Keys 1–4 set a role on the selected cells, Delete clears them; red headers mark fields without exactly one lead.</source>
        <translation>按 1—4 键为选中单元格设置职责，Delete 键清除；红色列标题表示该领域没有或不止一个牵头部门。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_tab.py" line="211"/>
        <source>All townships</source>
        <translation>全部乡镇（园区）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_tab.py" line="267"/>
        <source>{units} units × {fields} fields</source>
        <translation>{units} 个单位 × {fields} 个领域</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/matrix_tab.py" line="280"/>
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>清除 %n 个单元格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/matrix_tab.py" line="282"/>
        <source>Set %n cell(s) to %1</source>
        <translation>
            <numerusform>将 %n 个单元格设为%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_tab.py" line="296"/>
        <source>Clear	Del</source>
        <translation>清除	Del</translation>
    </message>
</context>
<context>
    <name>Oversight</name>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="95"/>
        <source>Leader</source>
        <translation>领导</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="96"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="97"/>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="145"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="98"/>
        <source>Units</source>
        <translation>分管单位数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="99"/>
        <source>Fields</source>
        <translation>分管领域数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="147"/>
        <source>Field</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="158"/>
        <source>Oversees</source>
        <translation>分管对象</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="159"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>OversightTab</name>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="238"/>
        <source>Oversee a unit…</source>
        <translation>分管单位…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="239"/>
        <source>Oversee a field…</source>
        <translation>分管领域…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="240"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="241"/>
        <source>Responsibility card…</source>
        <translation>责任告知卡…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="278"/>
        <source>Select a leader and click &quot;Oversee a unit…&quot; to assign {unit}.</source>
        <translation>请选择一位领导，再点击“分管单位…”，即可将{unit}交由其分管。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="293"/>
        <source>Select a leader to see what they oversee.</source>
        <translation>请选择一位领导，查看其分管范围。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="296"/>
        <source>{name} oversees {units} units and {fields} fields in {year}.</source>
        <translation>{year} 年度{name}分管 {units} 个单位、{fields} 个行业领域。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="320"/>
        <source>Which unit should {name} oversee?</source>
        <translation>{name}分管哪个单位？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="325"/>
        <source>{name} oversees a unit</source>
        <translation>{name}分管单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="343"/>
        <source>Which field should {name} oversee?</source>
        <translation>{name}分管哪个行业领域？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="348"/>
        <source>{name} oversees {field}</source>
        <translation>{name}分管{field}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="364"/>
        <source>{name} no longer oversees {target}</source>
        <translation>{name}不再分管{target}</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="110"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="111"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="112"/>
        <source>Party head</source>
        <translation>党委（党组）书记</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="113"/>
        <source>Administrative head</source>
        <translation>行政正职</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="114"/>
        <source>Leader</source>
        <translation>班子成员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="115"/>
        <source>In office</source>
        <translation>在任</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="116"/>
        <source>Successor</source>
        <translation>接任人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="165"/>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="166"/>
        <source>Held by</source>
        <translation>任职人</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="317"/>
        <source>Add person…</source>
        <translation>添加人员…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="318"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="319"/>
        <source>Record successor…</source>
        <translation>登记接任人…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="320"/>
        <source>Add post…</source>
        <translation>添加岗位…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="321"/>
        <source>Posts (post duty lists hang on them):</source>
        <translation>岗位（岗位责任清单按岗位建立）：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="332"/>
        <source>Select a unit in the tree to see its people.</source>
        <translation>请在左侧单位树中选择单位，查看其人员。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="334"/>
        <source>People of {unit}:</source>
        <translation>{unit}的人员：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="370"/>
        <source>Name of the new person:</source>
        <translation>新人员姓名：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="373"/>
        <source>Title (职务):</source>
        <translation>职务：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="375"/>
        <source>Add {name}</source>
        <translation>添加{name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="398"/>
        <source>Edit {name}</source>
        <translation>编辑{name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="421"/>
        <source>Successor of {name}</source>
        <translation>{name}的接任人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="432"/>
        <source>Title of the new post:</source>
        <translation>新岗位名称：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="436"/>
        <source>(vacant)</source>
        <translation>（空缺）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="437"/>
        <source>Who holds the post?</source>
        <translation>由谁担任该岗位？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="446"/>
        <source>Add post {title}</source>
        <translation>添加岗位{title}</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="183"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="188"/>
        <source>Party head (党委/党组书记)</source>
        <translation>党委（党组）书记</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="189"/>
        <source>Administrative head (行政正职)</source>
        <translation>行政正职</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="190"/>
        <source>Member of the leadership team (班子成员)</source>
        <translation>班子成员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="191"/>
        <source>In office</source>
        <translation>在任</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="196"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="197"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="198"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <location filename="../../desktop_app/ui/prompter.py" line="20"/>
        <source>DutyMatrix</source>
        <translation>安全生产责任矩阵</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="32"/>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="33"/>
        <source>daily</source>
        <translation>每日自动</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="34"/>
        <source>before upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="35"/>
        <source>before restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="36"/>
        <source>before import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="37"/>
        <source>before issuing letters</source>
        <translation>印发责任书前</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="40"/>
        <source>units</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="41"/>
        <source>people</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="42"/>
        <source>matrix cells</source>
        <translation>责任分工</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="43"/>
        <source>letters</source>
        <translation>责任书</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="44"/>
        <source>assessments</source>
        <translation>考核</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="45"/>
        <source>audit events</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="66"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="75"/>
        <source>Choose a backup. The current data is kept as a backup of its own before it is replaced.</source>
        <translation>请选择一个备份。恢复前，当前数据会先另存为一个备份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="81"/>
        <source>Taken at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="81"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="81"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="96"/>
        <source>There are no backups yet.</source>
        <translation>还没有任何备份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="101"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="151"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="155"/>
        <source>Holds: {counts}. Schema revision {revision}. File: {path}</source>
        <translation>内容：{counts}。结构版本 {revision}。文件：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="167"/>
        <source>Replace the current data with the backup taken at {time}? The current data is kept as a backup first.</source>
        <translation>用 {time} 的备份替换当前数据吗？当前数据会先另存为备份。</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../desktop_app/ui/role_style.py" line="39"/>
        <source>Lead</source>
        <translation>牵头</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_style.py" line="40"/>
        <source>Support</source>
        <translation>配合</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_style.py" line="41"/>
        <source>Main</source>
        <translation>主体</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_style.py" line="42"/>
        <source>Territorial</source>
        <translation>属地</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_style.py" line="50"/>
        <source>lead supervising department</source>
        <translation>牵头监管部门</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_style.py" line="51"/>
        <source>supporting department</source>
        <translation>配合部门</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_style.py" line="52"/>
        <source>enterprise main responsibility</source>
        <translation>企业主体责任</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_style.py" line="53"/>
        <source>territorial responsibility (township, park)</source>
        <translation>属地管理责任（乡镇、园区）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_style.py" line="73"/>
        <source>Leadership duty</source>
        <translation>领导责任</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_style.py" line="74"/>
        <source>Supervisory duty</source>
        <translation>监管责任</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_style.py" line="75"/>
        <source>Main duty</source>
        <translation>主体责任</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_style.py" line="76"/>
        <source>Territorial duty</source>
        <translation>属地责任</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_style.py" line="77"/>
        <source>Post duty</source>
        <translation>岗位责任</translation>
    </message>
</context>
<context>
    <name>SuccessorDialog</name>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="230"/>
        <source>Record successor of {name}</source>
        <translation>登记{name}的接任人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="238"/>
        <source>The letters {name} signs pass to the successor from this day on; posts, principal flags and this year&apos;s oversight pass on too. {name} leaves office.</source>
        <translation>自该日起，{name}签署的责任书由接任人承接（接任人自然成为签字人）；岗位、主要负责人身份和本年度分管工作一并移交，{name}离任。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="244"/>
        <source>Successor</source>
        <translation>接任人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="245"/>
        <source>From</source>
        <translation>接任日期</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="124"/>
        <source>Overview</source>
        <translation>数据概况</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="130"/>
        <source>Safety committee members</source>
        <translation>安委会成员单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="131"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="132"/>
        <source>Industry fields</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="133"/>
        <source>Responsibility letters</source>
        <translation>目标责任书</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="125"/>
        <source>Selected unit</source>
        <translation>所选单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="126"/>
        <source>Select a unit in the tree to see its details.</source>
        <translation>在左侧单位树中选择一个单位，即可查看其详细信息。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="134"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="135"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="136"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="137"/>
        <source>Safety committee member</source>
        <translation>安委会成员单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="138"/>
        <source>Number of people</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="139"/>
        <source>Units below</source>
        <translation>下级单位数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="140"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="141"/>
        <source>Principals</source>
        <translation>主要负责人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="142"/>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="143"/>
        <source>Territorial unit</source>
        <translation>属地单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="144"/>
        <source>Supervising department</source>
        <translation>行业监管部门</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="193"/>
        <source>%1 (inactive)</source>
        <translation>%1（已停用）</translation>
    </message>
</context>
<context>
    <name>UnitActions</name>
    <message>
        <location filename="../../desktop_app/ui/unit_actions.py" line="77"/>
        <source>Add unit below…</source>
        <translation>新建下级单位…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_actions.py" line="78"/>
        <source>Add top-level unit…</source>
        <translation>新建顶级单位…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_actions.py" line="79"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_actions.py" line="80"/>
        <source>Move to…</source>
        <translation>移动到…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_actions.py" line="81"/>
        <location filename="../../desktop_app/ui/unit_actions.py" line="107"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_actions.py" line="82"/>
        <source>Properties…</source>
        <translation>属性…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_actions.py" line="83"/>
        <source>History…</source>
        <translation>修改历史…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_actions.py" line="107"/>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_actions.py" line="118"/>
        <source>Kind of the new unit:</source>
        <translation>新单位的类型：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_actions.py" line="137"/>
        <source>Name of the new unit below {parent}:</source>
        <translation>{parent}下新单位的名称：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_actions.py" line="139"/>
        <source>Name of the new top-level unit:</source>
        <translation>新顶级单位的名称：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_actions.py" line="148"/>
        <source>Add {unit}</source>
        <translation>新建{unit}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_actions.py" line="158"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_actions.py" line="161"/>
        <source>Rename {old} to {new}</source>
        <translation>将{old}更名为{new}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_actions.py" line="171"/>
        <source>Move {unit} under:</source>
        <translation>将{unit}移动到：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_actions.py" line="179"/>
        <source>Move {unit}</source>
        <translation>移动{unit}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_actions.py" line="191"/>
        <source>Deactivate {unit}? It stays on record with its history and letters, but no longer appears in the matrix, the gap check or a roll-over.</source>
        <translation>停用{unit}吗？其历史记录和责任书仍会保留，但不再出现在责任矩阵、缺位检查和年度结转中。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_actions.py" line="196"/>
        <source>Deactivate {unit}</source>
        <translation>停用{unit}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_actions.py" line="198"/>
        <source>Reactivate {unit}</source>
        <translation>重新启用{unit}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_actions.py" line="221"/>
        <source>Properties of {unit}</source>
        <translation>修改{unit}的属性</translation>
    </message>
</context>
<context>
    <name>UnitHistoryDialog</name>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="173"/>
        <source>History of {unit}</source>
        <translation>{unit}的修改历史</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="178"/>
        <source>{count} changes, newest first (from the tamper-evident audit trail).</source>
        <translation>共 {count} 条修改，最新的在前（来自防篡改审计记录）。</translation>
    </message>
</context>
<context>
    <name>UnitPickerDialog</name>
    <message>
        <location filename="../../desktop_app/ui/unit_picker.py" line="38"/>
        <source>Choose a unit</source>
        <translation>选择单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_picker.py" line="48"/>
        <source>Filter units by name…</source>
        <translation>按名称筛选单位…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_picker.py" line="59"/>
        <source>Top level (no parent unit)</source>
        <translation>顶级（无上级单位）</translation>
    </message>
</context>
<context>
    <name>UnitPropertiesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/unit_dialogs.py" line="39"/>
        <source>Properties of {unit}</source>
        <translation>{unit}的属性</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_dialogs.py" line="48"/>
        <source>Member of the safety committee</source>
        <translation>安委会成员单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_dialogs.py" line="64"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_dialogs.py" line="65"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_dialogs.py" line="66"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_dialogs.py" line="67"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_dialogs.py" line="69"/>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_dialogs.py" line="70"/>
        <source>Territorial unit (属地)</source>
        <translation>属地单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_dialogs.py" line="71"/>
        <source>Supervising department</source>
        <translation>行业监管部门</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_dialogs.py" line="72"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <location filename="../../desktop_app/ui/unit_tree_model.py" line="154"/>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_tree_model.py" line="156"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_tree_model.py" line="158"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_tree_model.py" line="176"/>
        <source>Safety committee member</source>
        <translation>安委会成员单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_tree_model.py" line="178"/>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>YearDiff</name>
    <message>
        <location filename="../../desktop_app/ui/year_diff_dialog.py" line="42"/>
        <source>Matrix</source>
        <translation>责任矩阵</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/year_diff_dialog.py" line="43"/>
        <source>Oversight</source>
        <translation>分管</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/year_diff_dialog.py" line="44"/>
        <source>Duty list</source>
        <translation>责任清单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/year_diff_dialog.py" line="51"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/year_diff_dialog.py" line="52"/>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/year_diff_dialog.py" line="53"/>
        <source>Changed</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/year_diff_dialog.py" line="68"/>
        <source>added: {clauses}</source>
        <translation>新增：{clauses}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/year_diff_dialog.py" line="74"/>
        <source>removed: {clauses}</source>
        <translation>删除：{clauses}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/year_diff_dialog.py" line="79"/>
        <source>order changed</source>
        <translation>顺序调整</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/year_diff_dialog.py" line="133"/>
        <source>Area</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/year_diff_dialog.py" line="134"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/year_diff_dialog.py" line="135"/>
        <source>Unit / leader</source>
        <translation>单位/领导</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/year_diff_dialog.py" line="136"/>
        <source>Field / target</source>
        <translation>领域/对象</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/year_diff_dialog.py" line="137"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>YearDiffDialog</name>
    <message>
        <location filename="../../desktop_app/ui/year_diff_dialog.py" line="157"/>
        <source>Compare years</source>
        <translation>年度对比</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/year_diff_dialog.py" line="172"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/year_diff_dialog.py" line="174"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/year_diff_dialog.py" line="206"/>
        <source>{count} differences</source>
        <translation>共 {count} 处不同</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/year_diff_dialog.py" line="208"/>
        <source>No differences</source>
        <translation>没有不同</translation>
    </message>
</context>
</TS>
