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
        <location filename="../../desktop_app/ui/labels.py" line="63"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="64"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="47"/>
        <source>DutyMatrix — {file}</source>
        <translation>安全生产责任矩阵 — {file}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="57"/>
        <source>Filter units by name…</source>
        <translation>按名称筛选单位…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="106"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="107"/>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="112"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="113"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="125"/>
        <source>Database: {file}</source>
        <translation>数据库：{file}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="127"/>
        <source>Schema revision: {revision}</source>
        <translation>结构版本：{revision}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="131"/>
        <source>The database is on a network drive; keep a local backup.</source>
        <translation>数据库位于网络驱动器上，请另在本机保留备份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="179"/>
        <source>About DutyMatrix</source>
        <translation>关于安全生产责任矩阵</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="181"/>
        <source>&lt;h3&gt;DutyMatrix {version}&lt;/h3&gt;&lt;p&gt;The production-safety responsibility matrix: units, leaders, responsibility letters and assessment for a work-safety office.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;安全生产责任矩阵 {version}&lt;/h3&gt;&lt;p&gt;安委办的安全生产责任体系管理工具：单位与领导、责任矩阵、目标责任书签订和年度考核。&lt;/p&gt;</translation>
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
    <name>SummaryPanel</name>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="67"/>
        <source>Overview</source>
        <translation>数据概况</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="75"/>
        <source>Safety committee members</source>
        <translation>安委会成员单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="76"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="77"/>
        <source>Industry fields</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="78"/>
        <source>Responsibility letters</source>
        <translation>目标责任书</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="82"/>
        <source>Selected unit</source>
        <translation>所选单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="85"/>
        <source>Select a unit in the tree to see its details.</source>
        <translation>在左侧单位树中选择一个单位，即可查看其详细信息。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="93"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="94"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="95"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="96"/>
        <source>Safety committee member</source>
        <translation>安委会成员单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="97"/>
        <source>Number of people</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="98"/>
        <source>Units below</source>
        <translation>下级单位数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="144"/>
        <source>%1 (inactive)</source>
        <translation>%1（已停用）</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <location filename="../../desktop_app/ui/unit_tree_model.py" line="140"/>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_tree_model.py" line="142"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_tree_model.py" line="160"/>
        <source>Safety committee member</source>
        <translation>安委会成员单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_tree_model.py" line="162"/>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
</context>
</TS>
