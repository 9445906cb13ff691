"""Template editor (责任书模板): sections, clauses, indicators, pairing — with a live preview.

The editor keeps the template it edits as a draft (a :class:`TemplateSpec`) and changes it
through ``domain.letter_template_edit``: typing changes it at once; adding, removing and
moving sections, clauses and indicators are commands on the editor's ``QUndoStack``. Every
change re-composes a sample letter (the first pair of the chosen signing pairing), shortly
after the last keystroke, and draws the page being viewed. Problems are listed live:
blocking ones (unknown placeholders such as {乙方名字} — never printed — an empty title,
duplicate indicators …) refuse the save; warnings (weights not adding up to 100, default
targets over a parent limit) ask first. "Save" makes the template's next version and
"Save as…" a new template; letters already issued keep their frozen content.
"""

from __future__ import annotations

import html
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import DutyMatrixError
from desktop_app.domain.letter_template_edit import TemplateProblem
from desktop_app.domain.letters import (
    BLOCK_PLACEHOLDERS,
    LetterFacts,
    TemplateSpec,
    compose_letter,
)
from desktop_app.messages import describe, message_for
from desktop_app.services.letter_facts import PAIRING_CHOICES
from desktop_app.services.letter_pairings import PairingOverview, check_template, pairing_overview
from desktop_app.services.letter_queries import sample_facts
from desktop_app.services.letter_templates import save_template_copy, save_template_version
from desktop_app.storage.database import Database
from desktop_app.ui.letters_template_commands import Focus, Kind
from desktop_app.ui.letters_template_indicators import IndicatorsPage
from desktop_app.ui.letters_template_pages import SectionsPage
from desktop_app.ui.letters_template_preview import TemplatePreview
from desktop_app.ui.prompter import Prompter
from desktop_app.ui.screen_fit import resize_to_fit

PREVIEW_DELAY_MS = 120
SAMPLE_UUID = "00000000-0000-4000-8000-000000000000"
PLACEHOLDER_ORDER = (
    "甲方",
    "乙方",
    "年度",
    "甲方负责人",
    "甲方负责人职务",
    "乙方负责人",
    "乙方负责人职务",
    "分管领导",
    "有效期",
    "签订期限",
    "份数",
    "指标表",
    "职责清单",
    "领域职责",
)


class TemplateEditor(QDialog):
    """Edit one template; ``saved_id`` holds the saved version's (or copy's) id."""

    def __init__(
        self,
        database: Database,
        template_id: int,
        spec: TemplateSpec,
        year: int,
        prompter: Prompter,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        """Fill the editor from ``spec``; the sample facts follow the pairing."""
        super().__init__(parent)
        self.database = database
        self.template_id = template_id
        self.original = spec
        self.draft = spec
        self.year = year
        self.prompter = prompter
        self.language = language
        self.saved_id: int | None = None
        self.problems: list[TemplateProblem] = []
        self._overviews: dict[str, PairingOverview] = {}
        self._facts: dict[str, LetterFacts] = {}
        self.stack = QUndoStack(self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh_preview)
        self.setWindowTitle(self.tr("Letter template — {name}").format(name=spec.name))

        self.pages = QTabWidget()
        self.pages.addTab(self._general_page(spec), self.tr("General"))
        self.preamble_edit = QPlainTextEdit("\n".join(spec.preamble))
        preamble_page = QWidget()
        preamble_layout = QVBoxLayout(preamble_page)
        preamble_layout.addWidget(QLabel(self.tr("Preamble, one paragraph per line:")))
        preamble_layout.addWidget(self.preamble_edit, 1)
        self.pages.addTab(preamble_page, self.tr("Preamble"))
        self.sections_page = SectionsPage(self)
        self.pages.addTab(self.sections_page, self.tr("Sections and clauses"))
        self.indicators_page = IndicatorsPage(self)
        self.pages.addTab(self.indicators_page, self.tr("Indicators"))
        self.pages.setCurrentWidget(self.sections_page)

        self.insert_button = QToolButton()
        self.insert_button.setText(self.tr("Insert placeholder"))
        self.insert_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.insert_button.setMenu(self._placeholder_menu())
        self.undo_button = QToolButton()
        self.redo_button = QToolButton()
        undo = self.stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.addActions([undo, redo])
        self.undo_button.setDefaultAction(undo)
        self.redo_button.setDefaultAction(redo)
        tools = QHBoxLayout()
        tools.addWidget(self.insert_button)
        tools.addStretch(1)
        tools.addWidget(self.undo_button)
        tools.addWidget(self.redo_button)

        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_area = problems_scroll = QScrollArea()
        problems_scroll.setWidgetResizable(True)
        problems_scroll.setWidget(self.problems_label)
        problems_scroll.setMaximumHeight(96)
        problems_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        problems_scroll.setVisible(False)
        self.preview_label = QLabel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(tools)
        left_layout.addWidget(self.pages, 1)
        left_layout.addWidget(problems_scroll)
        left_layout.addWidget(self.preview_label)
        self.preview = TemplatePreview()
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([660, 540])

        self.save_button = QPushButton(self.tr("Save as new version"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(
            self.tr("Letters already issued keep the text they were issued with")
        )
        self.save_as_button = QPushButton(self.tr("Save as new template…"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.save_button.clicked.connect(self.save)
        self.save_as_button.clicked.connect(self.save_as)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.save_as_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        resize_to_fit(self, 1240, 780)

        self._insert_target: QLineEdit | QPlainTextEdit = self.sections_page.clause_edit
        for widget in self._text_targets():
            widget.installEventFilter(self)
        for line_edit in (self.title_edit, self.level_edit, self.validity_edit):
            line_edit.textChanged.connect(self.schedule_preview)
        self.preamble_edit.textChanged.connect(self.schedule_preview)
        self.copies_spin.valueChanged.connect(self.schedule_preview)
        self.due_spin.valueChanged.connect(self.schedule_preview)
        self.pairing_combo.currentIndexChanged.connect(self._pairing_chosen)
        self.sections_page.section_list.currentRowChanged.connect(self._follow_section)
        self.apply_draft(spec, Focus(Kind.SECTION))
        self._pairing_chosen()
        self.timer.stop()
        self.refresh_preview()

    # ------------------------------------------------------------------- layout
    def _general_page(self, spec: TemplateSpec) -> QWidget:
        self.name_label = QLabel(spec.name)
        self.name_label.setWordWrap(True)
        self.title_edit = QLineEdit(spec.title)
        self.title_edit.setMaxLength(200)
        self.level_edit = QLineEdit(spec.level)
        self.level_edit.setMaxLength(50)
        self.pairing_combo = QComboBox()
        for rule in PAIRING_CHOICES:
            self.pairing_combo.addItem(self.pairing_label(rule), rule)
        if spec.pairing not in PAIRING_CHOICES:
            self.pairing_combo.addItem(spec.pairing, spec.pairing)
        self.pairing_combo.setCurrentIndex(self.pairing_combo.findData(spec.pairing))
        self.pairing_label_text = QLabel()
        self.pairing_label_text.setWordWrap(True)
        self.validity_edit = QLineEdit(spec.validity)
        self.copies_spin = QSpinBox()
        self.copies_spin.setRange(1, 4)
        self.copies_spin.setValue(spec.copies)
        self.due_spin = QSpinBox()
        self.due_spin.setRange(1, 365)
        self.due_spin.setValue(spec.due_days)
        self.due_spin.setSuffix(self.tr(" days"))
        page = QWidget()
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Template:"), self.name_label)
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow(self.tr("Level:"), self.level_edit)
        form.addRow(self.tr("Signing pairs:"), self.pairing_combo)
        form.addRow("", self.pairing_label_text)
        form.addRow(self.tr("Valid:"), self.validity_edit)
        form.addRow(self.tr("Copies:"), self.copies_spin)
        form.addRow(self.tr("Time to sign:"), self.due_spin)
        return page

    def pairing_label(self, rule: str) -> str:
        """The clerk's words for a pairing rule."""
        labels = {
            "townships": self.tr("County government → each township, street and park"),
            "committee_members": self.tr("Safety committee → each member unit"),
            "subsidiaries": self.tr("Company → each subsidiary or workshop"),
            "teams": self.tr("Workshop → each team"),
            "children": self.tr(
                "Every unit → each of its direct subordinate units, level by level"
            ),
        }
        return labels.get(rule, rule)

    def _placeholder_menu(self) -> QMenu:
        descriptions = {
            "甲方": self.tr("party A, the issuing unit"),
            "乙方": self.tr("party B, the accepting unit"),
            "年度": self.tr("the year"),
            "甲方负责人": self.tr("party A's principal"),
            "甲方负责人职务": self.tr("party A's principal's post"),
            "乙方负责人": self.tr("party B's principal"),
            "乙方负责人职务": self.tr("party B's principal's post"),
            "分管领导": self.tr("the leaders overseeing party B"),
            "有效期": self.tr("the period of validity"),
            "签订期限": self.tr("the signing deadline"),
            "份数": self.tr("the number of copies"),
            "指标表": self.tr("the indicator table (a clause of its own)"),
            "职责清单": self.tr("party B's duty list (a clause of its own)"),
            "领域职责": self.tr("party B's fields and roles (a clause of its own)"),
        }
        menu = QMenu(self)
        for name in PLACEHOLDER_ORDER:
            action = menu.addAction(f"{{{name}}}　{descriptions[name]}")
            action.triggered.connect(lambda _checked=False, n=name: self.insert_placeholder(n))
        return menu

    def _text_targets(self) -> tuple[QLineEdit | QPlainTextEdit, ...]:
        page = self.sections_page
        return (
            self.title_edit,
            self.validity_edit,
            self.preamble_edit,
            page.heading_edit,
            page.clause_edit,
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        """Remember the text field the clerk was last in (placeholders go there)."""
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit | QPlainTextEdit):
            self._insert_target = watched
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ editing
    def insert_placeholder(self, name: str) -> None:
        """Put ``{name}`` where the cursor was; a block placeholder becomes its own clause."""
        text = f"{{{name}}}"
        if name in BLOCK_PLACEHOLDERS:
            self.pages.setCurrentWidget(self.sections_page)
            self.sections_page.add_clause(text)
            return
        target = self._insert_target
        if isinstance(target, QLineEdit):
            target.insert(text)
        else:
            target.insertPlainText(text)
        target.setFocus()

    def apply_draft(self, spec: TemplateSpec, focus: Focus) -> None:
        """Make ``spec`` the draft and show it, selecting ``focus`` (undo commands call this)."""
        self.draft = spec
        self.sections_page.show_draft(spec, focus)
        self.indicators_page.show_draft(spec, focus)
        if focus.kind is Kind.INDICATOR:
            self.pages.setCurrentWidget(self.indicators_page)
        elif self.pages.currentWidget() is self.indicators_page:
            self.pages.setCurrentWidget(self.sections_page)
        self.schedule_preview()

    def draft_edited(self, spec: TemplateSpec) -> None:
        """Take ``spec`` as the draft after typing (the field's own undo covers it)."""
        self.draft = spec
        self.schedule_preview()

    @Slot(int)
    def _follow_section(self, row: int) -> None:
        """Turn the preview to the page where the chosen section starts."""
        if 0 <= row < len(self.draft.sections):
            self.preview.show_text(self.draft.sections[row].heading)

    @Slot()
    def _pairing_chosen(self) -> None:
        rule = self.pairing()
        overview = self.overview(rule)
        if overview is None or not overview.pairs:
            text = self.tr("No units pair under this rule today.")
        else:
            text = self.tr("{count} letters, e.g. {examples}").format(
                count=overview.pairs, examples="；".join(overview.examples)
            )
        self.pairing_label_text.setText(text)
        self.schedule_preview()

    def pairing(self) -> str:
        """The chosen pairing rule."""
        return str(self.pairing_combo.currentData() or self.original.pairing)

    def overview(self, rule: str) -> PairingOverview | None:
        """What ``rule`` covers today (read once per rule)."""
        if rule not in self._overviews:
            try:
                self._overviews[rule] = pairing_overview(self.database, rule)
            except DutyMatrixError:
                return None
        return self._overviews[rule]

    def facts(self) -> LetterFacts:
        """The sample letter's facts: the chosen pairing's first pair (read once per rule)."""
        spec = self.current_spec()
        if spec.pairing not in self._facts:
            self._facts[spec.pairing] = sample_facts(self.database, spec, self.year)
        return self._facts[spec.pairing]

    def current_spec(self) -> TemplateSpec:
        """The template as edited so far."""
        return replace(
            self.draft,
            level=self.level_edit.text().strip(),
            title=self.title_edit.text(),
            pairing=self.pairing(),
            preamble=tuple(
                line for line in self.preamble_edit.toPlainText().splitlines() if line.strip()
            ),
            validity=self.validity_edit.text(),
            copies=self.copies_spin.value(),
            due_days=self.due_spin.value(),
        )

    # ----------------------------------------------------------------- preview
    @Slot()
    def schedule_preview(self) -> None:
        """Refresh the preview shortly after the last keystroke."""
        self.timer.start()

    @Slot()
    def refresh_preview(self) -> None:
        """List the problems, compose the sample letter and draw the page shown."""
        spec = self.current_spec()
        self.problems = check_template(spec, self.overview(spec.pairing))
        self._show_problems()
        try:
            content = compose_letter(spec, self.facts(), letter_uuid=SAMPLE_UUID)
        except DutyMatrixError:
            self.preview_label.setText(self.tr("The preview waits until the problems are fixed."))
            return
        self.preview.set_content(content)
        # Which unit the sample letter is made out to; how long drawing took is for bench/.
        self.preview_label.setText(
            self.tr("Preview: sample letter to {party}").format(party=self.facts().party_b.name)
        )

    def problem_lines(self) -> tuple[list[str], list[str]]:
        """(blocking, warnings) as sentences in the clerk's language."""
        blocking = [
            self.tr('"{text}" is not a number ({indicator}, {column})').format(
                text=text, indicator=indicator, column=column
            )
            for indicator, column, text in self.indicators_page.bad_numbers()
        ]
        warnings: list[str] = []
        for problem in self.problems:
            sentence = message_for(problem.code, problem.facts, self.language)
            (blocking if problem.blocking else warnings).append(sentence)
        return blocking, warnings

    def _show_problems(self) -> None:
        blocking, warnings = self.problem_lines()
        lines = [f"<span style='color:#b00020'>✖ {html.escape(s)}</span>" for s in blocking]
        lines += [f"<span style='color:#8a5a00'>⚠ {html.escape(s)}</span>" for s in warnings]
        self.problems_label.setText("<br>".join(lines))
        self.problems_area.setVisible(bool(lines))

    # -------------------------------------------------------------------- saving
    def _ready_to_save(self) -> bool:
        self.refresh_preview()
        blocking, warnings = self.problem_lines()
        if blocking:
            self.prompter.error(blocking[0])
            return False
        if warnings:
            question = self.tr("Save the template despite these warnings?")
            return self.prompter.confirm(question + "\n\n" + "\n".join(warnings))
        return True

    @Slot()
    def save(self) -> None:
        """Save as the template's next version (refused while a blocking problem remains)."""
        if not self._ready_to_save():
            return
        try:
            self.saved_id = save_template_version(
                self.database, self.template_id, self.current_spec()
            )
        except DutyMatrixError as error:
            self.prompter.error(describe(error, self.language))
            return
        self.accept()

    @Slot()
    def reject(self) -> None:
        """Close without saving, after asking when something was changed."""
        changed = self.saved_id is None and self.current_spec() != self.original
        if changed and not self.prompter.confirm(self.tr("Discard the changes to this template?")):
            return
        super().reject()

    @Slot()
    def save_as(self) -> None:
        """Save as a new template under a name the clerk gives; the original stays as it is."""
        if not self._ready_to_save():
            return
        name = self.prompter.text(
            self.tr("Name of the new template:"),
            self.tr("{name} (copy)").format(name=self.original.name),
        )
        if name is None:
            return
        try:
            self.saved_id = save_template_copy(
                self.database, self.template_id, self.current_spec(), name
            )
        except DutyMatrixError as error:
            self.prompter.error(describe(error, self.language))
            return
        self.accept()
