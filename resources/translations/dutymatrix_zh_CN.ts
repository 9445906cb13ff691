<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="68"/>
        <source>DutyMatrix
First start: creating a demo county to try things out…</source>
        <translation>安全生产责任矩阵
首次启动：正在创建示例县数据库，供您试用……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="72"/>
        <source>DutyMatrix
Opening and checking the database…</source>
        <translation>安全生产责任矩阵
正在打开并检查数据库……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="82"/>
        <location filename="../../desktop_app/ui/app.py" line="87"/>
        <location filename="../../desktop_app/ui/app.py" line="92"/>
        <source>DutyMatrix</source>
        <translation>安全生产责任矩阵</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="105"/>
        <source>Open it read-only to look at it?</source>
        <translation>是否以只读方式打开查看？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="110"/>
        <source>Restore this backup now?</source>
        <translation>是否立即恢复这个备份？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="165"/>
        <source> [read-only]</source>
        <translation>［只读］</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="169"/>
        <source>This is a new demo database: a sample county to try things out.</source>
        <translation>这是新建的演示数据库：一个示例县，可放心试用。</translation>
    </message>
</context>
<context>
    <name>AssessmentTab</name>
    <message>
        <location filename="../../desktop_app/ui/assessment_tab.py" line="144"/>
        <source>Assessment</source>
        <translation>考核</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_tab.py" line="148"/>
        <source>Year: </source>
        <translation>年度：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_tab.py" line="150"/>
        <source>Scoring rules…</source>
        <translation>考核细则…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_tab.py" line="151"/>
        <source>Make score sheets</source>
        <translation>生成考核表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_tab.py" line="152"/>
        <source>Enter results…</source>
        <translation>录入评分…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_tab.py" line="153"/>
        <source>Import results…</source>
        <translation>导入结果…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_tab.py" line="154"/>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_tab.py" line="155"/>
        <source>Print sheets…</source>
        <translation>打印评分表…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_tab.py" line="156"/>
        <source>Bulletin…</source>
        <translation>考核通报…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_tab.py" line="157"/>
        <source>Close the year</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_tab.py" line="158"/>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_tab.py" line="226"/>
        <source>Grades {year}</source>
        <translation>{year}年度考核等次分布</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_tab.py" line="248"/>
        <source>{year}: {signed} of {letters} letters signed, no score sheets yet. “Make score sheets” prepares one per signed letter.</source>
        <translation>{year} 年度：{letters} 份责任书已签订 {signed} 份，尚无考核表。点击“生成考核表”为每份已签订的责任书生成一份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_tab.py" line="252"/>
        <source>closed</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_tab.py" line="252"/>
        <source>open</source>
        <translation>未定稿</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_tab.py" line="254"/>
        <source>{year} ({status}): {letters} letters, {signed} signed ({rate}%); {assessed} graded — {grades}; vetoed: {vetoes}; average {average}.</source>
        <translation>{year} 年度（{status}）：责任书 {letters} 份，已签订 {signed} 份（{rate}%）；已评定 {assessed} 个 — {grades}；一票否决 {vetoes} 个；平均 {average} 分。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_tab.py" line="268"/>
        <source>{n} signed letters have no score sheet yet.</source>
        <translation>还有 {n} 份已签订的责任书没有考核表。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_tab.py" line="331"/>
        <source>{unit}: {note}</source>
        <translation>{unit}：{note}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_tab.py" line="364"/>
        <source>There are no letter templates for {year}.</source>
        <translation>{year} 年度没有责任书模板。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_tab.py" line="399"/>
        <source>Import assessment results</source>
        <translation>导入考核结果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_tab.py" line="399"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_tab.py" line="421"/>
        <source>Imported {rows} rows into {sheets} score sheets.</source>
        <translation>已导入 {rows} 行结果，更新 {sheets} 份考核表。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_tab.py" line="451"/>
        <source>Print score sheets</source>
        <translation>打印考核评分表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_tab.py" line="440"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_tab.py" line="452"/>
        <source>Score sheets {year}.pdf</source>
        <translation>{year}年度考核评分表.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_tab.py" line="461"/>
        <source>Results bulletin</source>
        <translation>考核结果通报</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_tab.py" line="462"/>
        <source>Assessment bulletin {year}.pdf</source>
        <translation>{year}年度考核结果通报.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_tab.py" line="471"/>
        <source>Close the {year} assessment? Every score sheet is frozen with its fingerprint; changes afterwards need a reopen with a reason.</source>
        <translation>确定将 {year} 年度考核定稿吗？定稿后每份考核表都会冻结并生成核验码；之后如需修改，必须填写原因重新打开。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_tab.py" line="483"/>
        <source>Why must the {year} assessment be reopened?</source>
        <translation>为什么要重新打开 {year} 年度考核？（必填）</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../desktop_app/ui/letters_print_dialog.py" line="148"/>
        <source>Print the letters of {year}</source>
        <translation>打印{year}年度责任书</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_print_dialog.py" line="153"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_print_dialog.py" line="155"/>
        <source>Also one combined file for duplex printing</source>
        <translation>同时生成一个合并文件（双面打印，每份从奇数页开始）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_print_dialog.py" line="170"/>
        <source>Write PDFs</source>
        <translation>生成 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_print_dialog.py" line="174"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_print_dialog.py" line="184"/>
        <source>Folder for the letter files:</source>
        <translation>责任书文件保存到：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_print_dialog.py" line="186"/>
        <source>Copies of each letter (一式几份):</source>
        <translation>每份责任书打印份数（一式几份）：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_print_dialog.py" line="203"/>
        <source>There is no letter of {year} to write: drafts and void letters are not printed.</source>
        <translation>{year} 年度没有可生成的责任书：草稿和已作废的责任书不打印。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_print_dialog.py" line="207"/>
        <source>{count} letters will be written ({copies} copies of each in the combined file).</source>
        <translation>将生成 {count} 份责任书（合并文件中每份 {copies} 联）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_print_dialog.py" line="210"/>
        <source>{count} letters will be written, one PDF file each.</source>
        <translation>将生成 {count} 份责任书，每份一个 PDF 文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_print_dialog.py" line="217"/>
        <source>Folder for the letters</source>
        <translation>责任书保存文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_print_dialog.py" line="237"/>
        <source>Choose a folder for the letters first.</source>
        <translation>请先选择责任书保存的文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_print_dialog.py" line="261"/>
        <source>Writing the PDF files…</source>
        <translation>正在生成 PDF 文件…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_print_dialog.py" line="271"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_print_dialog.py" line="280"/>
        <source>{done} of {total} letters</source>
        <translation>已完成 {done} / {total} 份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_print_dialog.py" line="297"/>
        <source>Done: {files} letter files</source>
        <translation>完成：{files} 个责任书文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_print_dialog.py" line="299"/>
        <source>; combined file with {pages} pages</source>
        <translation>；合并文件共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_print_dialog.py" line="311"/>
        <source>Cancelled. Letters finished so far are complete; nothing half-written.</source>
        <translation>已取消。已生成的责任书文件完整可用，没有写了一半的文件。</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="45"/>
        <source>Responsibility card — {name}</source>
        <translation>责任告知卡 — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="50"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="63"/>
        <source>Units overseen</source>
        <translation>分管单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="64"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="65"/>
        <source>Industry fields overseen</source>
        <translation>分管行业领域</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="66"/>
        <source>Field</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="67"/>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="68"/>
        <source>Duties of the post</source>
        <translation>岗位责任</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="69"/>
        <source>No post duty list for this year.</source>
        <translation>本年度尚无岗位责任清单。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="70"/>
        <source>Acknowledged (signature):</source>
        <translation>本人已知悉（签字）：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="71"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="74"/>
        <source>{year} Work-Safety Responsibility Card</source>
        <translation>{year}年度安全生产责任告知卡</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="75"/>
        <source>{name}, {title}, {unit}</source>
        <translation>{name}&#x3000;{title}&#x3000;{unit}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="90"/>
        <source>Basis: {basis}</source>
        <translation>依据：{basis}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="151"/>
        <source>Save responsibility card</source>
        <translation>保存责任告知卡</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="152"/>
        <source>Responsibility card {name} {year}.pdf</source>
        <translation>{year}年度责任告知卡-{name}.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/card_dialog.py" line="155"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ClauseEditor</name>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="95"/>
        <source>Clause</source>
        <translation>责任条款</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="109"/>
        <source>Kind</source>
        <translation>责任类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="110"/>
        <source>Text</source>
        <translation>条款内容</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="111"/>
        <source>Legal basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="112"/>
        <source>Frequency</source>
        <translation>时限/频次</translation>
    </message>
</context>
<context>
    <name>ClauseLibraryDialog</name>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="142"/>
        <source>Choose a clause to add</source>
        <translation>选择要加入的责任条款</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="142"/>
        <source>Clause library</source>
        <translation>责任条款库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="151"/>
        <source>Filter clauses…</source>
        <translation>筛选条款…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="158"/>
        <source>New clause…</source>
        <translation>新建条款…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="159"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="160"/>
        <source>Retire / reinstate</source>
        <translation>停用/启用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="210"/>
        <source>New clause</source>
        <translation>新建条款</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="223"/>
        <source>Edit clause</source>
        <translation>编辑条款</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="233"/>
        <source>Reinstate clause</source>
        <translation>启用条款</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="233"/>
        <source>Retire clause</source>
        <translation>停用条款</translation>
    </message>
</context>
<context>
    <name>Clauses</name>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="81"/>
        <source>Kind</source>
        <translation>责任类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="82"/>
        <source>Clause</source>
        <translation>条款内容</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="83"/>
        <source>Legal basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="84"/>
        <source>Frequency</source>
        <translation>时限/频次</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/clause_library.py" line="85"/>
        <source>Lists</source>
        <translation>使用清单数</translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <location filename="../../desktop_app/ui/date_dialog.py" line="57"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
</context>
<context>
    <name>Duties</name>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="53"/>
        <source>Responsibility list</source>
        <translation>安全生产责任清单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="54"/>
        <source>Post responsibility list</source>
        <translation>岗位责任清单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="55"/>
        <source>Daily safety checklist</source>
        <translation>日常安全检查清单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="96"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="97"/>
        <source>Kind</source>
        <translation>责任类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="98"/>
        <source>Duty</source>
        <translation>责任内容</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="99"/>
        <source>Legal basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="100"/>
        <source>Frequency</source>
        <translation>时限/频次</translation>
    </message>
</context>
<context>
    <name>DutiesTab</name>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="160"/>
        <source>New list…</source>
        <translation>新建清单…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="161"/>
        <source>Delete list</source>
        <translation>删除清单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="162"/>
        <source>Add clause…</source>
        <translation>添加条款…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="163"/>
        <source>Remove clause</source>
        <translation>移除条款</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="164"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="165"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="166"/>
        <source>Clause library…</source>
        <translation>责任条款库…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="172"/>
        <source>Select a unit in the tree.</source>
        <translation>请在左侧单位树中选择一个单位。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="174"/>
        <source>Lists of {unit}:</source>
        <translation>{unit}的责任清单：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="177"/>
        <source>{unit} has no duty list for {year}. Create one with &quot;New list…&quot;.</source>
        <translation>{unit}尚无{year}年度责任清单，请点击“新建清单…”建立。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="251"/>
        <source>The unit itself</source>
        <translation>单位本身</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="252"/>
        <source>Whose list is it?</source>
        <translation>清单属于：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="257"/>
        <source>Which kind of list?</source>
        <translation>清单类型：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="263"/>
        <source>Title of the list:</source>
        <translation>清单标题：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="264"/>
        <source>{year} {kind} of {owner}</source>
        <translation>{year}年度{owner}{kind}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="274"/>
        <source>New duty list</source>
        <translation>新建责任清单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="290"/>
        <source>Delete the list &quot;{title}&quot; with its {count} clauses?</source>
        <translation>删除清单“{title}”及其 {count} 条条款？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="296"/>
        <source>Delete duty list</source>
        <translation>删除责任清单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="326"/>
        <source>Add clause to list</source>
        <translation>向清单添加条款</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="338"/>
        <source>Remove clause from list</source>
        <translation>从清单移除条款</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="352"/>
        <source>Move clause up</source>
        <translation>条款上移</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duties_tab.py" line="352"/>
        <source>Move clause down</source>
        <translation>条款下移</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <location filename="../../desktop_app/ui/export_menu.py" line="82"/>
        <source>&amp;Unit register…</source>
        <translation>单位名录(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_menu.py" line="83"/>
        <source>Unit register {year}.xlsx</source>
        <translation>{year}年度单位名录.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_menu.py" line="86"/>
        <source>&amp;People and leaders…</source>
        <translation>人员及领导名单(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_menu.py" line="87"/>
        <source>People and leaders.xlsx</source>
        <translation>人员及领导名单.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_menu.py" line="90"/>
        <source>Whole &amp;matrix (importable)…</source>
        <translation>完整责任矩阵（可再导入）(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_menu.py" line="91"/>
        <source>Responsibility matrix {year}.xlsx</source>
        <translation>{year}年度安全生产责任矩阵.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_menu.py" line="94"/>
        <source>&amp;Letter ledger…</source>
        <translation>责任书签订台账(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_menu.py" line="95"/>
        <source>Letter ledger {year}.xlsx</source>
        <translation>{year}年度责任书签订台账.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_menu.py" line="98"/>
        <source>&amp;Assessment results…</source>
        <translation>考核结果(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_menu.py" line="99"/>
        <source>Assessment results {year}.xlsx</source>
        <translation>{year}年度考核结果.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_menu.py" line="126"/>
        <source>Export &amp;registers</source>
        <translation>导出登记册(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_menu.py" line="156"/>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_menu.py" line="158"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_menu.py" line="166"/>
        <source>Exported {count} rows to {file}</source>
        <translation>已导出 {count} 条到 {file}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../desktop_app/ui/import_wizard_pages.py" line="100"/>
        <source>Choose the workbook</source>
        <translation>选择工作簿</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard_pages.py" line="103"/>
        <source>An .xlsx file from Excel or WPS. Title rows, merged cells and notes below the table are fine.</source>
        <translation>选择用 Excel 或 WPS 保存的 .xlsx 文件。表格上方的标题行、合并单元格和表格下方的注释都可以保留。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard_pages.py" line="112"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard_pages.py" line="121"/>
        <source>Save a blank template…</source>
        <translation>保存空白导入模板…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard_pages.py" line="124"/>
        <source>Register:</source>
        <translation>导入内容：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard_pages.py" line="125"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard_pages.py" line="126"/>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard_pages.py" line="147"/>
        <source>Import from Excel</source>
        <translation>从 Excel 导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard_pages.py" line="156"/>
        <source>Save the import template</source>
        <translation>保存导入模板</translation>
    </message>
</context>
<context>
    <name>Gaps</name>
    <message>
        <location filename="../../desktop_app/ui/gaps_tab.py" line="112"/>
        <source>Gap</source>
        <translation>缺位类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/gaps_tab.py" line="113"/>
        <source>Concerns</source>
        <translation>涉及对象</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/gaps_tab.py" line="114"/>
        <source>What is missing</source>
        <translation>缺位情况</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/gaps_tab.py" line="115"/>
        <source>How to fix</source>
        <translation>处理办法</translation>
    </message>
</context>
<context>
    <name>GapsTab</name>
    <message>
        <location filename="../../desktop_app/ui/gaps_tab.py" line="175"/>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/gaps_tab.py" line="214"/>
        <source>{year} holds no data yet: nothing to check.</source>
        <translation>{year} 年度尚无任何数据，无可检查。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/gaps_tab.py" line="219"/>
        <source>{count} responsibility gaps in {year}. Double-click a row to go where it is fixed.</source>
        <translation>{year} 年度发现 {count} 处责任缺位。双击一行可转到相应位置补齐。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/gaps_tab.py" line="222"/>
        <source>No responsibility gaps in {year}.</source>
        <translation>{year} 年度未发现责任缺位。</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="40"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="52"/>
        <source>title</source>
        <translation>职务/标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="62"/>
        <source>role</source>
        <translation>职责</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="61"/>
        <source>field</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="44"/>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="60"/>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="45"/>
        <source>parent unit</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="50"/>
        <source>territorial unit</source>
        <translation>属地单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="51"/>
        <source>supervising department</source>
        <translation>行业监管部门</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="43"/>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="64"/>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="46"/>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="41"/>
        <source>code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="42"/>
        <source>short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="47"/>
        <source>category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="48"/>
        <source>safety committee member</source>
        <translation>安委会成员单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="49"/>
        <source>risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="53"/>
        <source>party head</source>
        <translation>党委（党组）书记</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="54"/>
        <source>administrative head</source>
        <translation>行政正职</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="55"/>
        <source>leadership team member</source>
        <translation>班子成员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="56"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="57"/>
        <source>successor</source>
        <translation>接任人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="58"/>
        <source>held by</source>
        <translation>任职人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="59"/>
        <source>post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="63"/>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="65"/>
        <source>order</source>
        <translation>排序</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="72"/>
        <source>full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="73"/>
        <source>job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="74"/>
        <source>in office</source>
        <translation>在任</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="75"/>
        <source>post title</source>
        <translation>岗位名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="76"/>
        <source>list title</source>
        <translation>清单标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="77"/>
        <source>list type</source>
        <translation>清单类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="155"/>
        <source>Set matrix roles</source>
        <translation>设置责任分工</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="156"/>
        <source>Roll over the year</source>
        <translation>年度结转</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="157"/>
        <source>Create demo data</source>
        <translation>生成演示数据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="158"/>
        <source>Add unit</source>
        <translation>新建单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="159"/>
        <source>Rename unit</source>
        <translation>单位更名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="160"/>
        <source>Move unit</source>
        <translation>移动单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="161"/>
        <source>Deactivate unit</source>
        <translation>停用单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="162"/>
        <source>Reactivate unit</source>
        <translation>重新启用单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="163"/>
        <source>Edit unit properties</source>
        <translation>修改单位属性</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="164"/>
        <source>Assign oversight</source>
        <translation>分配分管</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="165"/>
        <source>Remove oversight</source>
        <translation>取消分管</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="166"/>
        <source>Restore oversight</source>
        <translation>恢复分管</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="167"/>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="168"/>
        <source>Edit person</source>
        <translation>修改人员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="169"/>
        <source>Record successor</source>
        <translation>登记接任人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="170"/>
        <source>Undo succession</source>
        <translation>撤销接任</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="171"/>
        <source>New duty list</source>
        <translation>新建责任清单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="172"/>
        <source>Delete duty list</source>
        <translation>删除责任清单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="173"/>
        <source>Restore duty list</source>
        <translation>恢复责任清单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="174"/>
        <source>Remove unit</source>
        <translation>删除单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="175"/>
        <source>Restore unit</source>
        <translation>恢复单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="176"/>
        <source>Remove person</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="177"/>
        <source>Restore person</source>
        <translation>恢复人员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="178"/>
        <source>Add post</source>
        <translation>新建岗位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="179"/>
        <source>Remove post</source>
        <translation>删除岗位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="180"/>
        <source>Restore post</source>
        <translation>恢复岗位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="181"/>
        <source>Import units</source>
        <translation>导入单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="182"/>
        <source>Import people</source>
        <translation>导入人员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="183"/>
        <source>Import matrix</source>
        <translation>导入责任分工</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="184"/>
        <source>Import oversight</source>
        <translation>导入分管</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="185"/>
        <source>Import duty lists</source>
        <translation>导入责任清单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="193"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="194"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="195"/>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="196"/>
        <source>Matrix cell</source>
        <translation>责任分工</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="197"/>
        <source>Oversight</source>
        <translation>分管</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="198"/>
        <source>Duty list</source>
        <translation>责任清单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="224"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="225"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="226"/>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="227"/>
        <source>Record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="228"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="229"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="98"/>
        <source>Import from Excel</source>
        <translation>从 Excel 导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="107"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="219"/>
        <source>{count} records written.</source>
        <translation>已写入 {count} 条记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="221"/>
        <source>The file matches the database; nothing changed.</source>
        <translation>文件内容与数据库一致，未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="225"/>
        <source>{count} rows with errors were left out.</source>
        <translation>有问题的 {count} 行未导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="229"/>
        <source>Backup taken before the import: {path}</source>
        <translation>导入前已自动备份：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="268"/>
        <source>Stopped. Nothing was written.</source>
        <translation>已停止，未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="305"/>
        <source>&amp;Import from Excel…</source>
        <translation>从 Excel 导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard_pages.py" line="64"/>
        <source>Unit register</source>
        <translation>单位名录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard_pages.py" line="65"/>
        <source>People register</source>
        <translation>人员名册</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard_pages.py" line="66"/>
        <source>Responsibility matrix</source>
        <translation>责任矩阵</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard_pages.py" line="67"/>
        <source>Leaders&apos; oversight</source>
        <translation>领导分管（一岗双责）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard_pages.py" line="68"/>
        <source>Duty lists</source>
        <translation>责任清单</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <location filename="../../desktop_app/ui/letters_template_indicators.py" line="54"/>
        <source>Indicator</source>
        <translation>控制指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_indicators.py" line="55"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_indicators.py" line="56"/>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_indicators.py" line="57"/>
        <source>Default target</source>
        <translation>默认目标值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_indicators.py" line="58"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_indicators.py" line="59"/>
        <source>Veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_indicators.py" line="60"/>
        <source>Parent limit</source>
        <translation>上级控制数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_indicators.py" line="74"/>
        <source>The issuing level&apos;s own limit (上级控制数), shared by the letters it issues</source>
        <translation>签发层级自身的控制数（上级控制数），由其签发的各份责任书分担</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_indicators.py" line="77"/>
        <location filename="../../desktop_app/ui/letters_template_indicators.py" line="245"/>
        <source>Add indicator</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_indicators.py" line="78"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_indicators.py" line="79"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_indicators.py" line="80"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_indicators.py" line="81"/>
        <source>Alt+Up</source>
        <translation>快捷键 Alt+↑</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_indicators.py" line="82"/>
        <source>Alt+Down</source>
        <translation>快捷键 Alt+↓</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_indicators.py" line="86"/>
        <source>Default target: what each letter gets when it is issued. Parent limit: the issuing level&apos;s own ≤ limit (e.g. the county&apos;s deaths ≤ 3); the letters it issues share it, and a warning appears when their targets add up to more.</source>
        <translation>默认目标值：签发时每份责任书得到的目标值。上级控制数：签发层级自身的“≤”类控制数（如全县死亡人数 ≤ 3）；由其签发的各份责任书分担，目标值合计超过时给出提醒。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_indicators.py" line="157"/>
        <source>Weights add up to {total}.</source>
        <translation>权重合计为 {total}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_indicators.py" line="159"/>
        <source>No weights: the assessment shares the indicator points equally.</source>
        <translation>未设权重：考核时各项控制指标平均分配分值。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_indicators.py" line="241"/>
        <source>New indicator</source>
        <translation>新指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_indicators.py" line="258"/>
        <source>Remove indicator</source>
        <translation>删除指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_indicators.py" line="267"/>
        <source>Move indicator</source>
        <translation>移动指标</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../desktop_app/ui/letters_issue_dialog.py" line="62"/>
        <source>Issue letters for {year}</source>
        <translation>签发{year}年度责任书</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_issue_dialog.py" line="66"/>
        <source>{level} — {name} (v{version})</source>
        <translation>{level} — {name}（第{version}版）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_issue_dialog.py" line="72"/>
        <source>Issue now — the text is frozen and fingerprinted</source>
        <translation>立即印发——正文定稿并生成指纹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_issue_dialog.py" line="74"/>
        <source>Save as drafts — not frozen; they follow the matrix until issued</source>
        <translation>保存为草稿——不定稿，印发前随责任矩阵更新</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_issue_dialog.py" line="83"/>
        <source>Check all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_issue_dialog.py" line="84"/>
        <source>Check none</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_issue_dialog.py" line="108"/>
        <source>Signing pairs</source>
        <translation>签订单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_issue_dialog.py" line="109"/>
        <source>Indicator targets</source>
        <translation>指标目标值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_issue_dialog.py" line="117"/>
        <source>What to do:</source>
        <translation>处理方式：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_issue_dialog.py" line="141"/>
        <source>Issue</source>
        <translation>签发</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_issue_dialog.py" line="141"/>
        <source>Save drafts</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_issue_dialog.py" line="157"/>
        <source>  (already has a letter)</source>
        <translation>（已有责任书）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_issue_dialog.py" line="114"/>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_issue_dialog.py" line="115"/>
        <source>Issued on:</source>
        <translation>印发日期：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_issue_dialog.py" line="116"/>
        <source>Sign by:</source>
        <translation>签订期限：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_issue_dialog.py" line="104"/>
        <source>Signing pairs (party A → party B):</source>
        <translation>签订单位（甲方 → 乙方）：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_issue_dialog.py" line="204"/>
        <source>{checked} of {count} pairs chosen</source>
        <translation>已选 {checked} / {count} 对</translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <location filename="../../desktop_app/ui/import_job.py" line="231"/>
        <source>Reading…</source>
        <translation>读取…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_job.py" line="232"/>
        <source>Checking…</source>
        <translation>校验…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_job.py" line="233"/>
        <source>Writing…</source>
        <translation>写入…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_job.py" line="254"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_job.py" line="255"/>
        <source>Stop this step; nothing is written.</source>
        <translation>停止这一步；不会写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_job.py" line="287"/>
        <source>{phase} {done} of {total}</source>
        <translation>{phase} {done} / {total}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_job.py" line="297"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
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
    <name>LedgerHeader</name>
    <message>
        <location filename="../../desktop_app/ui/letters_model.py" line="231"/>
        <source>Party B</source>
        <translation>乙方</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_model.py" line="232"/>
        <source>Party A</source>
        <translation>甲方</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_model.py" line="233"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_model.py" line="234"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_model.py" line="235"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_model.py" line="236"/>
        <source>Issued</source>
        <translation>印发日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_model.py" line="237"/>
        <source>Due</source>
        <translation>签订期限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_model.py" line="238"/>
        <source>Signed</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_model.py" line="239"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_model.py" line="240"/>
        <source>Scan</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_model.py" line="241"/>
        <source>Code</source>
        <translation>核验码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_model.py" line="242"/>
        <source>Vs. matrix</source>
        <translation>与矩阵比对</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../../desktop_app/ui/letters_model.py" line="53"/>
        <source>Overdue, not signed: the signing deadline has passed and no signing is recorded.</source>
        <translation>逾期未签：已过签订期限仍未登记签订</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_model.py" line="62"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_model.py" line="63"/>
        <source>Issued</source>
        <translation>已印发</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_model.py" line="64"/>
        <source>Signed</source>
        <translation>已签订</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_model.py" line="65"/>
        <source>Returned</source>
        <translation>已回收</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_model.py" line="66"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_model.py" line="67"/>
        <source>Void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_model.py" line="163"/>
        <source>The matrix changed after this letter was issued; the letter keeps its frozen text. Re-issue it if the change matters.</source>
        <translation>本责任书印发后责任矩阵已有变化；责任书保持冻结时的文本。如变化影响内容，请作废后重新签发。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_model.py" line="171"/>
        <source>A draft is not frozen: it follows the matrix and its template until it is issued.</source>
        <translation>草稿尚未定稿：印发前随责任矩阵和模板更新。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_model.py" line="203"/>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_model.py" line="208"/>
        <source>Yes</source>
        <translation>有</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_model.py" line="213"/>
        <source>Follows it</source>
        <translation>随矩阵更新</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_model.py" line="215"/>
        <source>Checking…</source>
        <translation>正在核对…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_model.py" line="216"/>
        <source>Out of date</source>
        <translation>已过时</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_targets_model.py" line="52"/>
        <source>{parent}: the letters below it allow {total} for “{indicator}”, more than its own limit {limit}.</source>
        <translation>{parent}：下级责任书“{indicator}”合计 {total}，超过其自身限额 {limit}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_targets_model.py" line="62"/>
        <source>{parent}: the veto item “{indicator}” is missing in {units}.</source>
        <translation>{parent}：{units} 的责任书缺少一票否决项“{indicator}”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_targets_model.py" line="183"/>
        <source>Left out of this letter. Type a number to put it back.</source>
        <translation>本责任书不列此项指标。输入数值即可恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_targets_model.py" line="186"/>
        <source>Template default: {value}. Leave empty to leave it out.</source>
        <translation>模板默认值：{value}。留空表示不列此项。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_targets_model.py" line="235"/>
        <source>default {target}</source>
        <translation>默认 {target}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_targets_model.py" line="237"/>
        <source> · veto</source>
        <translation> · 否决项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_targets_model.py" line="241"/>
        <source>limit ≤{limit} · total {total}</source>
        <translation>限额 ≤{limit} · 合计 {total}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_targets_model.py" line="256"/>
        <source>{name}: the issuing unit&apos;s limit is ≤{limit}; the total counts every letter it issues, those already made included.</source>
        <translation>{name}：签发单位的限额为 ≤{limit}；合计包括其签发的全部责任书（含已有的）。</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="199"/>
        <source>Letters</source>
        <translation>责任书</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="204"/>
        <source>Issue…</source>
        <translation>签发…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="205"/>
        <source>Templates…</source>
        <translation>模板…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="206"/>
        <source>Print the year…</source>
        <translation>打印全年…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="207"/>
        <source>Verify…</source>
        <translation>核验…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="208"/>
        <source>Export ledger…</source>
        <translation>导出台账…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="209"/>
        <source>Mark signed</source>
        <translation>标记已签订</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="210"/>
        <source>Mark returned</source>
        <translation>标记已回收</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="211"/>
        <source>Mark archived</source>
        <translation>标记已归档</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="212"/>
        <source>Void / re-issue…</source>
        <translation>作废 / 重新签发…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="213"/>
        <source>Attach scan…</source>
        <translation>附扫描件…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="214"/>
        <source>Open scan</source>
        <translation>查看扫描件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="215"/>
        <source>Open PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="216"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="217"/>
        <source>Issue</source>
        <translation>印发</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="218"/>
        <source>Targets…</source>
        <translation>目标值…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="219"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="223"/>
        <source>Drafts:</source>
        <translation>草稿：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="225"/>
        <source>Issue the selected drafts: their text is frozen from today&apos;s matrix.</source>
        <translation>印发所选草稿：按当前责任矩阵定稿。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="228"/>
        <source>Delete the selected drafts (issued letters are voided, never deleted).</source>
        <translation>删除所选草稿（已印发的责任书只能作废，不能删除）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="232"/>
        <source>Record the date the selected issued letters were signed (Ctrl or Shift selects several).</source>
        <translation>登记所选（已印发）责任书的签订日期；按住 Ctrl 或 Shift 可选择多份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="237"/>
        <source>Record the date the selected signed letters came back.</source>
        <translation>登记所选（已签订）责任书的回收日期。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="240"/>
        <source>Record the date the selected returned letters were archived.</source>
        <translation>登记所选（已回收）责任书的归档日期。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="247"/>
        <source>All letters</source>
        <translation>全部责任书</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="248"/>
        <source>Not signed yet</source>
        <translation>尚未签订</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="249"/>
        <source>Overdue</source>
        <translation>逾期未签</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="250"/>
        <source>Out of date vs. the matrix</source>
        <translation>与责任矩阵不一致</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="251"/>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="252"/>
        <source>Void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="260"/>
        <source>Void: kept in the ledger with its reason.</source>
        <translation>已作废：连同作废原因保留在台账中</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="329"/>
        <source>No letters match this view.</source>
        <translation>没有符合条件的责任书</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="331"/>
        <location filename="../../desktop_app/ui/letters_tab.py" line="375"/>
        <source>No letters for {year} yet. Use “Issue…” to make them.</source>
        <translation>{year}年度还没有责任书。请点击“签发…”生成。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="341"/>
        <source>Select a letter on the left to preview it.</source>
        <translation>在左侧选择一份责任书以预览</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="343"/>
        <source>This letter has no text to preview.</source>
        <translation>这份责任书没有可预览的正文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="382"/>
        <source>{level}: {signed}/{total} signed ({percent}%)</source>
        <translation>{level}：已签 {signed}/{total}（{percent}%）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="393"/>
        <source>checking…</source>
        <translation>正在核对…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="396"/>
        <source>Signing rate — {rates}. Overdue: {overdue}. Out of date: {stale}.</source>
        <translation>签订率——{rates}。逾期未签：{overdue} 份。与矩阵不一致：{stale} 份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="399"/>
        <source>Nothing issued yet.</source>
        <translation>尚未印发任何责任书。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_tab.py" line="401"/>
        <source>Drafts: {drafts}.</source>
        <translation>草稿 {drafts} 份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_selection.py" line="113"/>
        <source>Draft: composed from today&apos;s matrix; the text and its code are not final until the draft is issued.</source>
        <translation>草稿：按当前责任矩阵生成；印发之前，正文和核验码都不是最终的。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_actions.py" line="125"/>
        <source>There are no letter templates for {year}. Install the default ones?</source>
        <translation>{year}年度还没有责任书模板。是否安装默认模板？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_actions.py" line="171"/>
        <source>Save the drafts anyway?</source>
        <translation>仍然保存草稿吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_actions.py" line="173"/>
        <source>Issue the letters anyway?</source>
        <translation>仍然印发责任书吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_actions.py" line="69"/>
        <source>Record {count} letters as signed ({units}).</source>
        <translation>将 {count} 份责任书登记为已签订（{units}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_actions.py" line="70"/>
        <source>Signed on:</source>
        <translation>签订日期：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_actions.py" line="74"/>
        <source>Record {count} letters as returned ({units}).</source>
        <translation>将 {count} 份责任书登记为已回收（{units}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_actions.py" line="77"/>
        <source>Returned on:</source>
        <translation>回收日期：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_actions.py" line="80"/>
        <source>Record {count} letters as archived ({units}).</source>
        <translation>将 {count} 份责任书登记为已归档（{units}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_actions.py" line="81"/>
        <source>Archived on:</source>
        <translation>归档日期：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_actions.py" line="201"/>
        <source>Issue {count} drafts ({units}) on the date below. Their text is composed from today&apos;s matrix and frozen with a fingerprint; after that it cannot change.</source>
        <translation>按下列日期印发 {count} 份草稿（{units}）。正文将按当前责任矩阵生成并定稿（生成指纹），此后不能再修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_actions.py" line="207"/>
        <source>Issued on:</source>
        <translation>印发日期：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_actions.py" line="233"/>
        <source>Save the targets anyway?</source>
        <translation>仍然保存目标值吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_actions.py" line="251"/>
        <source>Delete {count} drafts ({units})? This cannot be undone.</source>
        <translation>删除 {count} 份草稿（{units}）吗？此操作不能撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_actions.py" line="267"/>
        <source>Template to edit:</source>
        <translation>要编辑的模板：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_actions.py" line="339"/>
        <source>What should happen to this letter?</source>
        <translation>如何处理这份责任书？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_actions.py" line="341"/>
        <source>Void it and issue a new version</source>
        <translation>作废并重新签发新版本</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_actions.py" line="342"/>
        <source>Only void it</source>
        <translation>仅作废</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_actions.py" line="348"/>
        <source>Reason (kept in the ledger):</source>
        <translation>原因（记入台账）：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_actions.py" line="374"/>
        <source>Scanned signed letter</source>
        <translation>签订后的扫描件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_actions.py" line="375"/>
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>扫描件 (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_actions.py" line="394"/>
        <source>The scanned file is missing from the data folder.</source>
        <translation>数据文件夹中找不到该扫描件。</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="126"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="127"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="128"/>
        <source>Recent databases</source>
        <translation>最近打开的数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="129"/>
        <source>&amp;Export matrix to Excel…</source>
        <translation>导出责任矩阵到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="130"/>
        <source>&amp;Print matrix to PDF…</source>
        <translation>打印责任矩阵为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="131"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="132"/>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="133"/>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="134"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="135"/>
        <source>Undo &amp;history</source>
        <translation>撤销历史(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="136"/>
        <source>&amp;Year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="137"/>
        <source>&amp;Roll over to next year…</source>
        <translation>结转到下一年度(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="138"/>
        <source>&amp;Compare years…</source>
        <translation>年度对比(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="139"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="140"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="141"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="142"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="156"/>
        <source>&amp;Undo {what}</source>
        <translation>撤销(&amp;U)：{what}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="156"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="159"/>
        <source>&amp;Redo {what}</source>
        <translation>重做(&amp;R)：{what}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="159"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="172"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="235"/>
        <source>DutyMatrix — {file}</source>
        <translation>安全生产责任矩阵 — {file}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="237"/>
        <source>Filter units by name…</source>
        <translation>按名称筛选单位…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="238"/>
        <source>Year: </source>
        <translation>年度：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="239"/>
        <source>Undo history</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="240"/>
        <source>&lt;no changes yet&gt;</source>
        <translation>&lt;尚无修改&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="242"/>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="243"/>
        <source>Responsibility matrix</source>
        <translation>责任矩阵</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="244"/>
        <source>Oversight</source>
        <translation>分管</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="245"/>
        <source>Duty lists</source>
        <translation>责任清单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="246"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="257"/>
        <source>Gap check</source>
        <translation>缺位检查</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="258"/>
        <source>Gap check ({count})</source>
        <translation>缺位检查（{count}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="302"/>
        <location filename="../../desktop_app/ui/main_window.py" line="444"/>
        <source>Database: {file}</source>
        <translation>数据库：{file}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="445"/>
        <source>Schema revision: {revision}</source>
        <translation>结构版本：{revision}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="305"/>
        <source>The database is on a network drive; keep a local backup.</source>
        <translation>数据库位于网络驱动器上，请另在本机保留备份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="451"/>
        <source>About DutyMatrix</source>
        <translation>关于安全生产责任矩阵</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="437"/>
        <source>&lt;h3&gt;DutyMatrix {version}&lt;/h3&gt;&lt;p&gt;The production-safety responsibility matrix: units, leaders, responsibility letters and assessment for a work-safety office.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;安全生产责任矩阵 {version}&lt;/h3&gt;&lt;p&gt;安委办的安全生产责任体系管理工具：单位与领导、责任矩阵、目标责任书签订和年度考核。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_operations.py" line="105"/>
        <source>Copy the matrix, the oversight, the duty lists and the letter templates of {source} into {target}? {target} must not hold a matrix, oversight or duty lists yet; letters are not copied, they are issued afresh each year. This cannot be undone with Ctrl+Z, but it is recorded in the audit trail.</source>
        <translation>将 {source} 年度的责任矩阵、分管、责任清单和责任书模板复制到 {target} 年度吗？{target} 年度必须尚无责任矩阵、分管和责任清单；责任书本身不复制，每年重新签发。此操作不能用 Ctrl+Z 撤销，但会记入审计记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_operations.py" line="120"/>
        <source>Rolled over into {year}: {cells} matrix cells, {oversights} oversights, {lists} duty lists, {templates} letter templates.</source>
        <translation>已结转到 {year} 年度：责任分工 {cells} 个，分管 {oversights} 条，责任清单 {lists} 份，责任书模板 {templates} 个。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_operations.py" line="132"/>
        <source>{count} letter templates {year} already had were kept as they are.</source>
        <translation>{year} 年度已有的 {count} 个责任书模板保持不变。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_operations.py" line="170"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_operations.py" line="171"/>
        <source>DutyMatrix databases (*.db);;All files (*)</source>
        <translation>责任矩阵数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_operations.py" line="212"/>
        <source>Backed up to {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_operations.py" line="279"/>
        <source>Importing from Excel ({file}) comes with a later version of DutyMatrix.</source>
        <translation>从 Excel 导入（{file}）将在后续版本中提供。</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../desktop_app/ui/import_wizard_pages.py" line="231"/>
        <source>Match the columns</source>
        <translation>对应各列</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard_pages.py" line="234"/>
        <source>Check what each column of the sheet holds. Your choice is remembered for sheets with the same header.</source>
        <translation>请核对工作表中每一列的内容。您的选择会被记住，下次遇到相同表头时自动套用。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard_pages.py" line="249"/>
        <source>Header row:</source>
        <translation>表头所在行：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard_pages.py" line="282"/>
        <source>Column in the sheet</source>
        <translation>工作表中的列</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard_pages.py" line="282"/>
        <source>Examples</source>
        <translation>示例数据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard_pages.py" line="282"/>
        <source>Means</source>
        <translation>对应内容</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard_pages.py" line="293"/>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard_pages.py" line="319"/>
        <source>Still needed: {columns}</source>
        <translation>还缺少必需的列：{columns}</translation>
    </message>
</context>
<context>
    <name>MatrixExport</name>
    <message>
        <location filename="../../desktop_app/ui/matrix_export.py" line="32"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_export.py" line="40"/>
        <source>Legend:</source>
        <translation>图例：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_export.py" line="41"/>
        <source>Matrix</source>
        <translation>责任矩阵</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_export.py" line="42"/>
        <source>Page {page}</source>
        <translation>第 {page} 页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_export.py" line="48"/>
        <source>{year} Work-Safety Responsibility Matrix</source>
        <translation>{year}年度安全生产责任矩阵</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_export.py" line="62"/>
        <source>Export matrix to Excel</source>
        <translation>导出责任矩阵到 Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_export.py" line="63"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_export.py" line="78"/>
        <source>Print matrix to PDF</source>
        <translation>打印责任矩阵为 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_export.py" line="79"/>
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
        <location filename="../../desktop_app/ui/matrix_tab.py" line="154"/>
        <source>Filter rows by unit name…</source>
        <translation>按单位名称筛选…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_tab.py" line="157"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_tab.py" line="162"/>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_tab.py" line="167"/>
        <source>Members and others</source>
        <translation>成员单位及其他</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_tab.py" line="168"/>
        <source>Committee members only</source>
        <translation>仅安委会成员单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_tab.py" line="168"/>
        <source>Non-members only</source>
        <translation>仅非成员单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_tab.py" line="171"/>
        <source>Set selected cells to:</source>
        <translation>将选中单元格设为：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_tab.py" line="175"/>
        <source>Del  Clear</source>
        <translation>Del  清除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_tab.py" line="185"/>
        <source>Keys 1–4 set a role on the selected cells, Delete clears them; red headers mark fields without exactly one lead.</source>
        <translation>按 1—4 键为选中单元格设置职责，Delete 键清除；红色列标题表示该领域没有或不止一个牵头部门。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_tab.py" line="212"/>
        <source>All townships</source>
        <translation>全部乡镇（园区）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_tab.py" line="262"/>
        <source>{units} units × {fields} fields</source>
        <translation>{units} 个单位 × {fields} 个领域</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/matrix_tab.py" line="275"/>
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>清除 %n 个单元格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/matrix_tab.py" line="277"/>
        <source>Set %n cell(s) to %1</source>
        <translation>
            <numerusform>将 %n 个单元格设为%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/matrix_tab.py" line="291"/>
        <source>Clear	Del</source>
        <translation>清除	Del</translation>
    </message>
</context>
<context>
    <name>Oversight</name>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="74"/>
        <source>Leader</source>
        <translation>领导</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="75"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="76"/>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="104"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="77"/>
        <source>Units</source>
        <translation>分管单位数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="78"/>
        <source>Fields</source>
        <translation>分管领域数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="106"/>
        <source>Field</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="113"/>
        <source>Oversees</source>
        <translation>分管对象</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="114"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>OversightTab</name>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="172"/>
        <source>Oversee a unit…</source>
        <translation>分管单位…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="173"/>
        <source>Oversee a field…</source>
        <translation>分管领域…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="174"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="175"/>
        <source>Responsibility card…</source>
        <translation>责任告知卡…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="206"/>
        <source>Select a leader and click &quot;Oversee a unit…&quot; to assign {unit}.</source>
        <translation>请选择一位领导，再点击“分管单位…”，即可将{unit}交由其分管。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="221"/>
        <source>Select a leader to see what they oversee.</source>
        <translation>请选择一位领导，查看其分管范围。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="224"/>
        <source>{name} oversees {units} units and {fields} fields in {year}.</source>
        <translation>{year} 年度{name}分管 {units} 个单位、{fields} 个行业领域。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="248"/>
        <source>Which unit should {name} oversee?</source>
        <translation>{name}分管哪个单位？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="253"/>
        <source>{name} oversees a unit</source>
        <translation>{name}分管单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="271"/>
        <source>Which field should {name} oversee?</source>
        <translation>{name}分管哪个行业领域？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="276"/>
        <source>{name} oversees {field}</source>
        <translation>{name}分管{field}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/oversight_tab.py" line="292"/>
        <source>{name} no longer oversees {target}</source>
        <translation>{name}不再分管{target}</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="90"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="91"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="92"/>
        <source>Party head</source>
        <translation>党委（党组）书记</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="93"/>
        <source>Administrative head</source>
        <translation>行政正职</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="94"/>
        <source>Leader</source>
        <translation>班子成员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="95"/>
        <source>In office</source>
        <translation>在任</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="96"/>
        <source>Successor</source>
        <translation>接任人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="121"/>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="122"/>
        <source>Held by</source>
        <translation>任职人</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="254"/>
        <source>Add person…</source>
        <translation>添加人员…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="255"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="256"/>
        <source>Record successor…</source>
        <translation>登记接任人…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="257"/>
        <source>Add post…</source>
        <translation>添加岗位…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="258"/>
        <source>Posts (post duty lists hang on them):</source>
        <translation>岗位（岗位责任清单按岗位建立）：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="263"/>
        <source>Select a unit in the tree to see its people.</source>
        <translation>请在左侧单位树中选择单位，查看其人员。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="265"/>
        <source>People of {unit}:</source>
        <translation>{unit}的人员：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="301"/>
        <source>Name of the new person:</source>
        <translation>新人员姓名：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="304"/>
        <source>Title (职务):</source>
        <translation>职务：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="306"/>
        <source>Add {name}</source>
        <translation>添加{name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="329"/>
        <source>Edit {name}</source>
        <translation>编辑{name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="352"/>
        <source>Successor of {name}</source>
        <translation>{name}的接任人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="363"/>
        <source>Title of the new post:</source>
        <translation>新岗位名称：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="367"/>
        <source>(vacant)</source>
        <translation>（空缺）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="368"/>
        <source>Who holds the post?</source>
        <translation>由谁担任该岗位？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="377"/>
        <source>Add post {title}</source>
        <translation>添加岗位{title}</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="132"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="137"/>
        <source>Party head (党委/党组书记)</source>
        <translation>党委（党组）书记</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="138"/>
        <source>Administrative head (行政正职)</source>
        <translation>行政正职</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="139"/>
        <source>Member of the leadership team (班子成员)</source>
        <translation>班子成员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="140"/>
        <source>In office</source>
        <translation>在任</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="145"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="146"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="147"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../desktop_app/ui/letters_preview.py" line="129"/>
        <source>◀ Previous page</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_preview.py" line="130"/>
        <source>Next page ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_preview.py" line="201"/>
        <source>Page {page} of {count}</source>
        <translation>第 {page} 页 / 共 {count} 页</translation>
    </message>
</context>
<context>
    <name>ProblemTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/import_problems_model.py" line="56"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_problems_model.py" line="57"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_problems_model.py" line="58"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_problems_model.py" line="59"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_problems_model.py" line="60"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/assessment_problems.py" line="30"/>
        <source>Assessment results: problems</source>
        <translation>考核结果：问题清单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_problems.py" line="42"/>
        <source>The file has {errors} problems in {rows} rows. Nothing will be written; correct the file and import it again.</source>
        <translation>文件有 {errors} 个问题，涉及 {rows} 行。不会写入任何数据；请修改文件后重新导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_problems.py" line="46"/>
        <source>The file can be imported; please read these notes first.</source>
        <translation>文件可以导入，请先阅读以下提示。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_problems.py" line="53"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <location filename="../../desktop_app/ui/import_wizard_pages.py" line="342"/>
        <source>Check the rows</source>
        <translation>检查数据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard_pages.py" line="352"/>
        <source>Export the problem list…</source>
        <translation>导出问题清单…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard_pages.py" line="354"/>
        <source>Create missing parent units</source>
        <translation>自动新建缺失的上级单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard_pages.py" line="359"/>
        <source>under</source>
        <translation>放在</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard_pages.py" line="367"/>
        <source>Import all rows (only possible without errors)</source>
        <translation>全部导入（仅在没有错误时可选）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard_pages.py" line="368"/>
        <source>Import only the rows without errors</source>
        <translation>只导入无误的行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard_pages.py" line="403"/>
        <source>Sheet &quot;{sheet}&quot;: {rows} data rows, {bad} with errors; {changes} records would be added or changed, {warnings} notes.</source>
        <translation>工作表“{sheet}”：数据 {rows} 行，其中 {bad} 行有错误；将新增或修改 {changes} 条记录，另有 {warnings} 条提示。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard_pages.py" line="487"/>
        <source>Export the problem list</source>
        <translation>导出问题清单</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <location filename="../../desktop_app/ui/prompter.py" line="21"/>
        <source>DutyMatrix</source>
        <translation>安全生产责任矩阵</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="62"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="71"/>
        <source>Choose a backup. The current data is kept as a backup of its own before it is replaced.</source>
        <translation>请选择一个备份。恢复前，当前数据会先另存为一个备份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="77"/>
        <source>Taken at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="77"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="77"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="93"/>
        <source>There are no backups yet.</source>
        <translation>还没有任何备份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="98"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="134"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="139"/>
        <source>Holds: {counts}. Schema revision {revision}. File: {path}</source>
        <translation>内容：{counts}。结构版本 {revision}。文件：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="151"/>
        <source>Replace the current data with the backup taken at {time}? The current data is kept as a backup first.</source>
        <translation>用 {time} 的备份替换当前数据吗？当前数据会先另存为备份。</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../desktop_app/ui/assessment_model.py" line="66"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_model.py" line="67"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_model.py" line="68"/>
        <source>Unit</source>
        <translation>被考核单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_model.py" line="69"/>
        <source>Self score</source>
        <translation>自评分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_model.py" line="70"/>
        <source>Score</source>
        <translation>考核得分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_model.py" line="71"/>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_model.py" line="73"/>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_model.py" line="72"/>
        <source>Code</source>
        <translation>核验码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_model.py" line="79"/>
        <source>pending</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_model.py" line="81"/>
        <source>excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_model.py" line="82"/>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_model.py" line="83"/>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_model.py" line="84"/>
        <source>fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_model.py" line="90"/>
        <source>Veto: {reason}</source>
        <translation>一票否决：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_model.py" line="93"/>
        <source>Cannot be excellent: {reason}</source>
        <translation>否优：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_model.py" line="98"/>
        <source>Not entered: {items}</source>
        <translation>未录入：{items}</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../desktop_app/ui/role_style.py" line="34"/>
        <source>Lead</source>
        <translation>牵头</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_style.py" line="35"/>
        <source>Support</source>
        <translation>配合</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_style.py" line="36"/>
        <source>Main</source>
        <translation>主体</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_style.py" line="37"/>
        <source>Territorial</source>
        <translation>属地</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_style.py" line="45"/>
        <source>lead supervising department</source>
        <translation>牵头监管部门</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_style.py" line="46"/>
        <source>supporting department</source>
        <translation>配合部门</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_style.py" line="47"/>
        <source>enterprise main responsibility</source>
        <translation>企业主体责任</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_style.py" line="48"/>
        <source>territorial responsibility (township, park)</source>
        <translation>属地管理责任（乡镇、园区）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_style.py" line="68"/>
        <source>Leadership duty</source>
        <translation>领导责任</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_style.py" line="69"/>
        <source>Supervisory duty</source>
        <translation>监管责任</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_style.py" line="70"/>
        <source>Main duty</source>
        <translation>主体责任</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_style.py" line="71"/>
        <source>Territorial duty</source>
        <translation>属地责任</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/role_style.py" line="72"/>
        <source>Post duty</source>
        <translation>岗位责任</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/assessment_rules_dialog.py" line="61"/>
        <source>Scoring rules</source>
        <translation>考核细则</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_rules_dialog.py" line="71"/>
        <source>keep the computed score</source>
        <translation>保留计算得分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_rules_dialog.py" line="75"/>
        <source>Template</source>
        <translation>责任书模板</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_rules_dialog.py" line="76"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_rules_dialog.py" line="77"/>
        <source>Ranking group</source>
        <translation>排名分组</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_rules_dialog.py" line="80"/>
        <source>excellent ≥</source>
        <translation>优秀 ≥</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_rules_dialog.py" line="81"/>
        <source>good ≥</source>
        <translation>良好 ≥</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_rules_dialog.py" line="82"/>
        <source>pass ≥</source>
        <translation>合格 ≥</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_rules_dialog.py" line="87"/>
        <source>Grades</source>
        <translation>等次标准</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_rules_dialog.py" line="92"/>
        <source>Score on a veto</source>
        <translation>否决时得分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_rules_dialog.py" line="93"/>
        <source>Points of the indicators</source>
        <translation>控制指标总分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_rules_dialog.py" line="97"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_rules_dialog.py" line="98"/>
        <source>Item</source>
        <translation>考核项目</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_rules_dialog.py" line="99"/>
        <source>Content and requirement</source>
        <translation>内容及要求</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_rules_dialog.py" line="100"/>
        <source>Points / cap</source>
        <translation>标准分/上限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_rules_dialog.py" line="101"/>
        <location filename="../../desktop_app/ui/assessment_rules_dialog.py" line="116"/>
        <source>Scoring rule</source>
        <translation>评分细则</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_rules_dialog.py" line="102"/>
        <source>Points per case</source>
        <translation>每次扣（加）分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_rules_dialog.py" line="112"/>
        <source>Indicator</source>
        <translation>控制指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_rules_dialog.py" line="113"/>
        <source>Per</source>
        <translation>每</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_rules_dialog.py" line="114"/>
        <source>Points per step</source>
        <translation>每步扣分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_rules_dialog.py" line="115"/>
        <source>Veto at</source>
        <translation>否决线</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_rules_dialog.py" line="123"/>
        <source>Add item</source>
        <translation>添加项目</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_rules_dialog.py" line="123"/>
        <source>Remove item</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_rules_dialog.py" line="126"/>
        <source>Add indicator rule</source>
        <translation>添加指标细则</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_rules_dialog.py" line="135"/>
        <source>Items shape the score sheets made from now on; grades, the veto score and the indicator rules apply to the open sheets at once.</source>
        <translation>考核项目的修改用于此后生成的考核表；等次标准、否决得分和指标细则立即用于未定稿的考核表。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_rules_dialog.py" line="146"/>
        <source>Items (基础 / 加分 / 扣分 / 否优 / 否决)</source>
        <translation>考核项目（基础 / 加分 / 扣分 / 否优 / 否决）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_rules_dialog.py" line="149"/>
        <source>How a missed indicator target is scored</source>
        <translation>控制指标未完成时的评分细则</translation>
    </message>
</context>
<context>
    <name>SaveInBackground</name>
    <message>
        <location filename="../../desktop_app/ui/save_in_background.py" line="62"/>
        <source>Writing {file}…</source>
        <translation>正在写入 {file}…</translation>
    </message>
</context>
<context>
    <name>SectionsPage</name>
    <message>
        <location filename="../../desktop_app/ui/letters_template_pages.py" line="98"/>
        <source>Sub-heading</source>
        <translation>小标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_pages.py" line="100"/>
        <source>Printed as a sub-heading such as （一）…, in 楷体, without indent</source>
        <translation>作为“（一）……”式小标题打印（楷体，不缩进）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_pages.py" line="102"/>
        <location filename="../../desktop_app/ui/letters_template_pages.py" line="320"/>
        <source>Add section</source>
        <translation>添加章节</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_pages.py" line="103"/>
        <location filename="../../desktop_app/ui/letters_template_pages.py" line="107"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_pages.py" line="104"/>
        <location filename="../../desktop_app/ui/letters_template_pages.py" line="108"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_pages.py" line="105"/>
        <location filename="../../desktop_app/ui/letters_template_pages.py" line="109"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_pages.py" line="106"/>
        <location filename="../../desktop_app/ui/letters_template_pages.py" line="337"/>
        <source>Add clause</source>
        <translation>添加条款</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_pages.py" line="111"/>
        <source>Alt+Up</source>
        <translation>快捷键 Alt+↑</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_pages.py" line="113"/>
        <source>Alt+Down</source>
        <translation>快捷键 Alt+↓</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_pages.py" line="118"/>
        <source>Sections (drag or Alt+Up/Alt+Down to reorder):</source>
        <translation>章节（拖动或按 Alt+↑/Alt+↓ 调整顺序）：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_pages.py" line="131"/>
        <source>Heading:</source>
        <translation>章节标题：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_pages.py" line="138"/>
        <source>Clauses of this section:</source>
        <translation>本章节的条款：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_pages.py" line="151"/>
        <source>Clause text:</source>
        <translation>条款内容：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_pages.py" line="238"/>
        <source>(empty clause)</source>
        <translation>（空条款）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_pages.py" line="318"/>
        <source>New section</source>
        <translation>新章节</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_pages.py" line="329"/>
        <source>Remove section</source>
        <translation>删除章节</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_pages.py" line="345"/>
        <source>Remove clause</source>
        <translation>删除条款</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_pages.py" line="353"/>
        <location filename="../../desktop_app/ui/letters_template_pages.py" line="364"/>
        <source>Move section</source>
        <translation>移动章节</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_pages.py" line="353"/>
        <location filename="../../desktop_app/ui/letters_template_pages.py" line="364"/>
        <source>Move clause</source>
        <translation>移动条款</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <location filename="../../desktop_app/ui/assessment_sheet_dialog.py" line="84"/>
        <source>Score sheet — {unit}</source>
        <translation>考核评分表 — {unit}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_sheet_dialog.py" line="180"/>
        <source>closed — reopen the year to change it</source>
        <translation>已定稿 — 如需修改请先重新打开</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_sheet_dialog.py" line="180"/>
        <source>open</source>
        <translation>未定稿</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_sheet_dialog.py" line="182"/>
        <source>&lt;b&gt;{unit}&lt;/b&gt; (assessed by {issuer}) — {group}; {state}</source>
        <translation>&lt;b&gt;{unit}&lt;/b&gt;（考核单位：{issuer}）— {group}；{state}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_sheet_dialog.py" line="188"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_sheet_dialog.py" line="189"/>
        <source>Item</source>
        <translation>考核项目</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_sheet_dialog.py" line="190"/>
        <source>Standard</source>
        <translation>标准分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_sheet_dialog.py" line="191"/>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_sheet_dialog.py" line="192"/>
        <source>Self points</source>
        <translation>自评分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_sheet_dialog.py" line="193"/>
        <source>Deductions</source>
        <translation>扣分情况</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_sheet_dialog.py" line="194"/>
        <source>Points</source>
        <translation>实得分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_sheet_dialog.py" line="198"/>
        <source>Points each</source>
        <translation>每次分值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_sheet_dialog.py" line="198"/>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_sheet_dialog.py" line="198"/>
        <source>Reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_sheet_dialog.py" line="200"/>
        <location filename="../../desktop_app/ui/assessment_sheet_dialog.py" line="299"/>
        <source>Add deduction</source>
        <translation>添加扣分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_sheet_dialog.py" line="201"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_sheet_dialog.py" line="202"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_sheet_dialog.py" line="239"/>
        <source>Target: {target}</source>
        <translation>目标：{target}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_sheet_dialog.py" line="287"/>
        <source>Entries on “{item}” — {rule}</source>
        <translation>“{item}”的扣分（加分）情况 — {rule}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_sheet_dialog.py" line="295"/>
        <source>Add bonus</source>
        <translation>添加加分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_sheet_dialog.py" line="297"/>
        <source>Add case</source>
        <translation>添加情形</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_sheet_dialog.py" line="409"/>
        <source>triggered</source>
        <translation>触发</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_sheet_dialog.py" line="414"/>
        <source>pending</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_sheet_dialog.py" line="415"/>
        <source>Total {total} (self {self_score}); grade: {grade}</source>
        <translation>合计 {total} 分（自评 {self_score} 分）；等次：{grade}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_sheet_dialog.py" line="419"/>
        <source>veto: {reason}</source>
        <translation>一票否决：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_sheet_dialog.py" line="421"/>
        <source>not entered: {items}</source>
        <translation>未录入：{items}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assessment_sheet_dialog.py" line="423"/>
        <source>{n} entries still need a reason</source>
        <translation>还有 {n} 项扣分未写原因</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../desktop_app/ui/import_wizard_pages.py" line="176"/>
        <source>Choose the sheet</source>
        <translation>选择工作表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard_pages.py" line="186"/>
        <source>{name}  ({rows} rows)</source>
        <translation>{name}（{rows} 行）</translation>
    </message>
</context>
<context>
    <name>SuccessorDialog</name>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="179"/>
        <source>Record successor of {name}</source>
        <translation>登记{name}的接任人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="187"/>
        <source>The letters {name} signs pass to the successor from this day on; posts, principal flags and this year&apos;s oversight pass on too. {name} leaves office.</source>
        <translation>自该日起，{name}签署的责任书由接任人承接（接任人自然成为签字人）；岗位、主要负责人身份和本年度分管工作一并移交，{name}离任。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="193"/>
        <source>Successor</source>
        <translation>接任人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_tab.py" line="194"/>
        <source>From</source>
        <translation>接任日期</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="126"/>
        <source>Overview</source>
        <translation>数据概况</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="132"/>
        <source>Safety committee members</source>
        <translation>安委会成员单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="133"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="134"/>
        <source>Industry fields</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="160"/>
        <source>Responsibility letters</source>
        <translation>目标责任书</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="127"/>
        <source>Selected unit</source>
        <translation>所选单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="128"/>
        <source>Select a unit in the tree to see its details.</source>
        <translation>在左侧单位树中选择一个单位，即可查看其详细信息。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="136"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="137"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="138"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="139"/>
        <source>Safety committee member</source>
        <translation>安委会成员单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="140"/>
        <source>Number of people</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="141"/>
        <source>Units below</source>
        <translation>下级单位数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="142"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="143"/>
        <source>Principals</source>
        <translation>主要负责人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="144"/>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="145"/>
        <source>Territorial unit</source>
        <translation>属地单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="146"/>
        <source>Supervising department</source>
        <translation>行业监管部门</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="151"/>
        <source>Letters of the year issued so far; drafts and void letters are not counted.</source>
        <translation>本年度已印发的目标责任书份数，不含草稿和已作废的责任书。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="161"/>
        <source>Responsibility letters {year}</source>
        <translation>{year}年度目标责任书</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_panel.py" line="205"/>
        <source>%1 (inactive)</source>
        <translation>%1（已停用）</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/letters_targets.py" line="267"/>
        <source>Indicator targets of the drafts</source>
        <translation>草稿的指标目标值</translation>
    </message>
</context>
<context>
    <name>TargetsEditor</name>
    <message>
        <location filename="../../desktop_app/ui/letters_targets.py" line="69"/>
        <source>Issuing unit:</source>
        <translation>签发单位：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_targets.py" line="72"/>
        <source>Split the parent&apos;s limits</source>
        <translation>分解上级限额</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_targets.py" line="75"/>
        <source>Share each limit of the issuing unit among these letters (whole numbers for people and incidents; a limit of 0 gives 0 to every letter).</source>
        <translation>把签发单位的各项限额分配到这些责任书（人数、起数取整数；限额为 0 时每份均为 0）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_targets.py" line="80"/>
        <source>Template defaults</source>
        <translation>恢复模板默认值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_targets.py" line="84"/>
        <source>Type a target in a cell (0 or more); leave a cell empty to leave that indicator out of the letter. Changed targets are bold.</source>
        <translation>在单元格中输入目标值（不小于 0）；留空表示该责任书不列此项指标。改动过的目标值以粗体显示。</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="112"/>
        <source>Letter template — {name}</source>
        <translation>责任书模板 — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="119"/>
        <source>Preamble, one paragraph per line:</source>
        <translation>序言（每行一段）：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="123"/>
        <source>Sections and clauses</source>
        <translation>章节条款</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="129"/>
        <source>Insert placeholder</source>
        <translation>插入占位符</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="134"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="136"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="172"/>
        <source>Save as new version</source>
        <translation>保存为新版本</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="175"/>
        <source>Letters already issued keep the text they were issued with</source>
        <translation>已签发的责任书保持签发时的内容不变</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="177"/>
        <source>Save as new template…</source>
        <translation>另存为新模板…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="178"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="230"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="234"/>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="235"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="236"/>
        <source>Level:</source>
        <translation>层级：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="237"/>
        <source>Signing pairs:</source>
        <translation>签订范围：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="239"/>
        <source>Valid:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="240"/>
        <source>Copies:</source>
        <translation>份数：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="241"/>
        <source>Time to sign:</source>
        <translation>签订期限：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="247"/>
        <source>County government → each township, street and park</source>
        <translation>县政府 → 各乡镇、街道和园区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="248"/>
        <source>Safety committee → each member unit</source>
        <translation>安委会 → 各成员单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="249"/>
        <source>Company → each subsidiary or workshop</source>
        <translation>公司 → 各子公司或车间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="250"/>
        <source>Workshop → each team</source>
        <translation>车间 → 各班组</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="252"/>
        <source>Every unit → each of its direct subordinate units, level by level</source>
        <translation>各单位 → 各直属下级单位（逐级签订）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="259"/>
        <source>party A, the issuing unit</source>
        <translation>甲方，即签发单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="260"/>
        <source>party B, the accepting unit</source>
        <translation>乙方，即责任单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="261"/>
        <source>the year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="262"/>
        <source>party A&apos;s principal</source>
        <translation>甲方负责人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="263"/>
        <source>party A&apos;s principal&apos;s post</source>
        <translation>甲方负责人的职务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="264"/>
        <source>party B&apos;s principal</source>
        <translation>乙方负责人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="265"/>
        <source>party B&apos;s principal&apos;s post</source>
        <translation>乙方负责人的职务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="266"/>
        <source>the leaders overseeing party B</source>
        <translation>联系乙方的分管领导</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="267"/>
        <source>the period of validity</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="268"/>
        <source>the signing deadline</source>
        <translation>签订期限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="269"/>
        <source>the number of copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="270"/>
        <source>the indicator table (a clause of its own)</source>
        <translation>控制指标表（单独成为一条）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="271"/>
        <source>party B&apos;s duty list (a clause of its own)</source>
        <translation>乙方责任清单（单独成为一条）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="272"/>
        <source>party B&apos;s fields and roles (a clause of its own)</source>
        <translation>乙方的行业领域及职责分工（单独成为一条）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="338"/>
        <source>No units pair under this rule today.</source>
        <translation>按此范围目前没有可签订的单位。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="340"/>
        <source>{count} letters, e.g. {examples}</source>
        <translation>共 {count} 份责任书，例如：{examples}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="396"/>
        <source>The preview waits until the problems are fixed.</source>
        <translation>问题改正后才会更新预览。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="401"/>
        <source>Preview: sample letter to {party}</source>
        <translation>预览：以“{party}”为乙方的示例责任书</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="407"/>
        <source>&quot;{text}&quot; is not a number ({indicator}, {column})</source>
        <translation>“{text}”不是数字（{indicator}，{column}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="433"/>
        <source>Save the template despite these warnings?</source>
        <translation>存在以下提醒，仍然保存模板吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="455"/>
        <source>Discard the changes to this template?</source>
        <translation>放弃对此模板的修改吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="465"/>
        <source>Name of the new template:</source>
        <translation>新模板名称：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="466"/>
        <source>{name} (copy)</source>
        <translation>{name}（副本）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="115"/>
        <source>General</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="121"/>
        <source>Preamble</source>
        <translation>序言</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_template_editor.py" line="125"/>
        <source>Indicators</source>
        <translation>控制指标</translation>
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
    <name>UnitComboBox</name>
    <message>
        <location filename="../../desktop_app/ui/unit_combo.py" line="63"/>
        <source>top level</source>
        <translation>顶级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_combo.py" line="66"/>
        <source>(top level)</source>
        <translation>（顶级单位）</translation>
    </message>
</context>
<context>
    <name>UnitHistoryDialog</name>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="241"/>
        <source>History of {unit}</source>
        <translation>{unit}的修改历史</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unit_history_dialog.py" line="246"/>
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
    <name>VerifyDialog</name>
    <message>
        <location filename="../../desktop_app/ui/letters_dialogs.py" line="45"/>
        <source>Verify a letter</source>
        <translation>核验责任书</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_dialogs.py" line="48"/>
        <source>Code printed on the page (e.g. 94F4-F128-C3EA), QR text or PDF path</source>
        <translation>页面上的核验码（如 94F4-F128-C3EA）、二维码内容或 PDF 文件路径</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_dialogs.py" line="51"/>
        <source>Choose PDF…</source>
        <translation>选择 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_dialogs.py" line="53"/>
        <source>Verify</source>
        <translation>核验</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_dialogs.py" line="74"/>
        <source>Choose a letter PDF</source>
        <translation>选择责任书 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_dialogs.py" line="74"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_dialogs.py" line="87"/>
        <source>No such letter on record.</source>
        <translation>记录中没有这份责任书。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_dialogs.py" line="88"/>
        <source>The frozen text in the database was altered.</source>
        <translation>数据库中冻结的文本已被改动。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_dialogs.py" line="89"/>
        <source>The letter has been voided.</source>
        <translation>该责任书已作废。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_dialogs.py" line="90"/>
        <source>The QR fingerprint differs from the record.</source>
        <translation>二维码中的指纹与记录不符。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_dialogs.py" line="91"/>
        <source>The file differs from the PDF that was issued.</source>
        <translation>文件内容与印发的 PDF 不一致。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_dialogs.py" line="110"/>
        <source>Matches the record</source>
        <translation>与记录一致</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_dialogs.py" line="113"/>
        <source>Does not match the record</source>
        <translation>与记录不一致</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letters_dialogs.py" line="121"/>
        <source>{a} → {b}, {year}, version {version}; status: {status}; code {code}</source>
        <translation>{a} → {b}，{year}年度第{version}版；状态：{status}；核验码 {code}</translation>
    </message>
</context>
<context>
    <name>YearDiff</name>
    <message>
        <location filename="../../desktop_app/ui/year_diff_dialog.py" line="39"/>
        <source>Matrix</source>
        <translation>责任矩阵</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/year_diff_dialog.py" line="40"/>
        <source>Oversight</source>
        <translation>分管</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/year_diff_dialog.py" line="41"/>
        <source>Duty list</source>
        <translation>责任清单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/year_diff_dialog.py" line="48"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/year_diff_dialog.py" line="49"/>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/year_diff_dialog.py" line="50"/>
        <source>Changed</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/year_diff_dialog.py" line="65"/>
        <source>added: {clauses}</source>
        <translation>新增：{clauses}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/year_diff_dialog.py" line="71"/>
        <source>removed: {clauses}</source>
        <translation>删除：{clauses}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/year_diff_dialog.py" line="76"/>
        <source>order changed</source>
        <translation>顺序调整</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/year_diff_dialog.py" line="113"/>
        <source>Area</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/year_diff_dialog.py" line="114"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/year_diff_dialog.py" line="115"/>
        <source>Unit / leader</source>
        <translation>单位/领导</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/year_diff_dialog.py" line="116"/>
        <source>Field / target</source>
        <translation>领域/对象</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/year_diff_dialog.py" line="117"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>YearDiffDialog</name>
    <message>
        <location filename="../../desktop_app/ui/year_diff_dialog.py" line="130"/>
        <source>Compare years</source>
        <translation>年度对比</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/year_diff_dialog.py" line="145"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/year_diff_dialog.py" line="147"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/year_diff_dialog.py" line="171"/>
        <source>{count} differences</source>
        <translation>共 {count} 处不同</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/year_diff_dialog.py" line="173"/>
        <source>No differences</source>
        <translation>没有不同</translation>
    </message>
</context>
</TS>
