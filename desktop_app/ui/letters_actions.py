"""The actions of the 责任书 tab, kept apart from its layout (see ``letters_tab``).

Each action asks through the workspace's prompter or a dialog, calls one service (one
audited transaction) and refreshes the ledger; a refusal is reported in one sentence.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.domain.enums import LetterStatus
from desktop_app.domain.errors import DutyMatrixError
from desktop_app.services.letter_drafts import (
    delete_drafts,
    draft_targets,
    issue_drafts,
    set_draft_targets,
)
from desktop_app.services.letter_print import letter_pdf_bytes
from desktop_app.services.letter_queries import attachments_dir_for, backup_dir_for
from desktop_app.services.letter_scans import attach_scan, scan_file
from desktop_app.services.letter_templates import (
    TemplateRow,
    install_default_templates,
    list_templates,
    template_spec,
)
from desktop_app.services.letters import (
    change_statuses,
    issue_letters,
    reissue_letter,
    void_letter,
)
from desktop_app.ui.letters_dialogs import VerifyDialog
from desktop_app.ui.letters_issue_dialog import IssueDialog
from desktop_app.ui.letters_preview import print_pdf
from desktop_app.ui.letters_print_dialog import BatchPrintDialog
from desktop_app.ui.letters_targets import TargetsDialog
from desktop_app.ui.letters_targets_model import warning_text
from desktop_app.ui.letters_template_editor import TemplateEditor
from desktop_app.ui.workspace import Area

if TYPE_CHECKING:
    from desktop_app.domain.letters import CascadeWarning
    from desktop_app.paths import AppPaths
    from desktop_app.services.letter_drafts import DraftTargets
    from desktop_app.services.letter_ledger import LedgerRow
    from desktop_app.ui.workspace import Workspace


def _units_text(rows: list[LedgerRow], shown: int = 5) -> str:
    """The party B names of the first rows ("青溪镇、城东街道…") for a question."""
    names = "、".join(row.party_b for row in rows[:shown])
    return names + ("…" if len(rows) > shown else "")


def _advance_texts(target: LetterStatus) -> tuple[str, str]:
    """The date question ({count}, {units}) and the date field's label for a ledger step."""
    if target is LetterStatus.SIGNED:
        return (
            QCoreApplication.translate("LettersTab", "Record {count} letters as signed ({units})."),
            QCoreApplication.translate("LettersTab", "Signed on:"),
        )
    if target is LetterStatus.RETURNED:
        return (
            QCoreApplication.translate(
                "LettersTab", "Record {count} letters as returned ({units})."
            ),
            QCoreApplication.translate("LettersTab", "Returned on:"),
        )
    return (
        QCoreApplication.translate("LettersTab", "Record {count} letters as archived ({units})."),
        QCoreApplication.translate("LettersTab", "Archived on:"),
    )


class LetterActions:
    """Mixed into ``LettersTab``: what its buttons do."""

    workspace: Workspace
    paths: AppPaths | None

    if TYPE_CHECKING:

        def selected(self) -> LedgerRow | None:
            """Provided by LettersTab."""

        def selected_drafts(self) -> list[LedgerRow]:
            """Provided by LettersTab."""

        def selected_rows(self) -> list[LedgerRow]:
            """Provided by LettersTab."""

        def refresh(self) -> None:
            """Provided by LettersTab."""

    def _widget(self) -> QWidget | None:
        return self if isinstance(self, QWidget) else None

    def _letters_changed(self) -> None:
        """Letters were issued, signed, voided…: this tab reads the ledger again (it listens
        to ``changed``) and the gap check, the overview and the assessment learn of it."""
        self.workspace.changed.emit(Area.LETTERS)

    def _attempt(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except DutyMatrixError as error:
            self.workspace.report(error)
            return False
        return True

    def _templates(self) -> list[TemplateRow]:
        year = self.workspace.year
        templates = list_templates(self.workspace.database, year)
        if not templates and self.workspace.prompter.confirm(
            QCoreApplication.translate(
                "LettersTab", "There are no letter templates for {year}. Install the default ones?"
            ).format(year=year)
        ):
            self._attempt(lambda: install_default_templates(self.workspace.database, year))
            templates = list_templates(self.workspace.database, year)
        return templates

    def _backup_dir(self) -> Path | None:
        return self.paths.backup_dir if self.paths else backup_dir_for(self.workspace.database)

    def _accept_warnings(self, warnings: list[CascadeWarning], question: str) -> bool:
        """Ask before going on when the targets break the parent's limits."""
        if not warnings:
            return True
        lines = "\n".join("⚠ " + warning_text(warning) for warning in warnings)
        return self.workspace.prompter.confirm(f"{lines}\n\n{question}")

    def make_issue_dialog(self, templates: list[TemplateRow]) -> IssueDialog:
        """The issue dialog (tests replace this to answer it)."""
        return IssueDialog(
            self.workspace.database,
            self.workspace.year,
            templates,
            self._widget(),
            language=self.workspace.language,
        )

    @Slot()
    def issue(self) -> None:
        """Issue a template to the chosen signing pairs, or save drafts, with their targets.

        Issuing backs the database up first; targets that break the parent's limits are
        confirmed first.
        """
        templates = self._templates()
        if not templates:
            return
        dialog = self.make_issue_dialog(templates)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        template_id, pairs = dialog.template_id(), dialog.chosen_pairs()
        if template_id is None or not pairs:
            return
        as_drafts = dialog.as_drafts()
        question = (
            QCoreApplication.translate("LettersTab", "Save the drafts anyway?")
            if as_drafts
            else QCoreApplication.translate("LettersTab", "Issue the letters anyway?")
        )
        if not self._accept_warnings(dialog.warnings(), question):
            return
        if self._attempt(
            lambda: issue_letters(
                self.workspace.database,
                template_id,
                self.workspace.year,
                pairs=pairs,
                issued_on=dialog.issued_on(),
                due_date=dialog.due_date(),
                targets=dialog.targets(),
                backup_dir=None if as_drafts else self._backup_dir(),
                as_drafts=as_drafts,
            )
        ):
            self._letters_changed()

    @Slot()
    def issue_selected_drafts(self) -> None:
        """Issue the selected drafts on a date asked first (default today, none later):
        compose each from today's matrix and freeze it. Cancel changes nothing."""
        drafts = self.selected_drafts()
        if not drafts:
            return
        today = date.today()
        issued_on = self.workspace.prompter.choose_date(
            QCoreApplication.translate(
                "LettersTab",
                "Issue {count} drafts ({units}) on the date below. Their text is composed from "
                "today's matrix and frozen with a fingerprint; after that it cannot change.",
            ).format(count=len(drafts), units=_units_text(drafts)),
            today,
            label=QCoreApplication.translate("LettersTab", "Issued on:"),
            maximum=today,
        )
        if issued_on is None:
            return
        database, ids = self.workspace.database, [row.id for row in drafts]
        if self._attempt(
            lambda: issue_drafts(database, ids, issued_on=issued_on, backup_dir=self._backup_dir())
        ):
            self._letters_changed()

    @Slot()
    def edit_draft_targets(self) -> None:
        """Change the indicator targets of the selected drafts (of one template)."""
        drafts = self.selected_drafts()
        if not drafts:
            return
        database = self.workspace.database
        try:
            found = draft_targets(database, [row.id for row in drafts])
        except DutyMatrixError as error:
            self.workspace.report(error)
            return
        dialog = self.make_targets_dialog(found)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        question = QCoreApplication.translate("LettersTab", "Save the targets anyway?")
        if not self._accept_warnings(dialog.editor.warnings(), question):
            return
        targets = dialog.editor.letter_targets()
        if self._attempt(lambda: set_draft_targets(database, targets)):
            self._letters_changed()

    def make_targets_dialog(self, drafts: DraftTargets) -> TargetsDialog:
        """The drafts' targets dialog (tests replace this to answer it)."""
        return TargetsDialog(
            self.workspace.database, drafts, self.workspace.language, self._widget()
        )

    @Slot()
    def delete_selected_drafts(self) -> None:
        """Delete the selected drafts after asking (issued letters are never deleted)."""
        drafts = self.selected_drafts()
        if not drafts or not self.workspace.prompter.confirm(
            QCoreApplication.translate(
                "LettersTab", "Delete {count} drafts ({units})? This cannot be undone."
            ).format(count=len(drafts), units="、".join(row.party_b for row in drafts[:5]))
        ):
            return
        database, ids = self.workspace.database, [row.id for row in drafts]
        if self._attempt(lambda: delete_drafts(database, ids)):
            self._letters_changed()

    @Slot()
    def edit_template(self) -> None:
        """Pick a template of the year and edit it with a live preview."""
        templates = self._templates()
        if not templates:
            return
        choice = self.workspace.prompter.choose(
            QCoreApplication.translate("LettersTab", "Template to edit:"),
            [f"{t.level} — {t.name} (v{t.version})" for t in templates],
        )
        if choice is None:
            return
        template = templates[choice]
        editor = TemplateEditor(
            self.workspace.database,
            template.id,
            template_spec(self.workspace.database, template.id),
            self.workspace.year,
            self.workspace.prompter,
            self.workspace.language,
            self._widget(),
        )
        editor.exec()

    @Slot()
    def print_batch(self) -> None:
        """Print every letter of the year in the background."""
        dialog = BatchPrintDialog(
            self.workspace.database,
            self.workspace.year,
            self.workspace.prompter,
            self.workspace.language,
            self._widget(),
        )
        dialog.exec()
        self._letters_changed()

    @Slot()
    def verify(self) -> None:
        """Check a code, QR text or PDF against the record."""
        VerifyDialog(self.workspace.database, self.workspace.language, self._widget()).exec()

    @Slot()
    def export_ledger(self) -> None:
        """The ledger as an Excel workbook, written in the background: the same file (and
        file name) as 文件 → 导出登记册 → 责任书台账."""
        from desktop_app.ui.export_menu import export_register

        widget = self._widget()
        export_register(self.workspace, widget.window() if widget else None, "letters")

    def advance(self, target: LetterStatus) -> None:
        """Record that the selected letters were signed, returned or archived on a date asked
        first (default today, none later): one transaction, all of them or none."""
        rows = self.selected_rows()
        if not rows:
            return
        question, label = _advance_texts(target)
        today = date.today()
        on = self.workspace.prompter.choose_date(
            question.format(count=len(rows), units=_units_text(rows)),
            today,
            label=label,
            maximum=today,
        )
        if on is None:
            return
        database, ids = self.workspace.database, [row.id for row in rows]
        if self._attempt(lambda: change_statuses(database, ids, target, on)):
            self._letters_changed()

    @Slot()
    def void_or_reissue(self) -> None:
        """Void the selected letter with a reason, optionally issuing its next version."""
        row = self.selected()
        if row is None:
            return
        prompter = self.workspace.prompter
        choice = prompter.choose(
            QCoreApplication.translate("LettersTab", "What should happen to this letter?"),
            [
                QCoreApplication.translate("LettersTab", "Void it and issue a new version"),
                QCoreApplication.translate("LettersTab", "Only void it"),
            ],
        )
        if choice is None:
            return
        reason = prompter.text(
            QCoreApplication.translate("LettersTab", "Reason (kept in the ledger):")
        )
        if reason is None:
            return
        database = self.workspace.database
        if choice == 0:
            done = self._attempt(lambda: reissue_letter(database, row.id, reason))
        else:
            done = self._attempt(lambda: void_letter(database, row.id, reason))
        if done:
            self._letters_changed()

    def _attachments(self) -> Path:
        return (
            self.paths.attachments_dir
            if self.paths
            else attachments_dir_for(self.workspace.database)
        )

    @Slot()
    def attach_scan_file(self) -> None:
        """Attach the scanned signed copy of the selected letter."""
        row = self.selected()
        if row is None:
            return
        path = self.workspace.prompter.open_path(
            QCoreApplication.translate("LettersTab", "Scanned signed letter"),
            QCoreApplication.translate("LettersTab", "Scans (*.pdf *.jpg *.jpeg *.png)"),
        )
        if path is not None and self._attempt(
            lambda: attach_scan(self.workspace.database, row.id, path, self._attachments())
        ):
            self._letters_changed()

    @Slot()
    def open_scan(self) -> None:
        """Open the attached scan in the system viewer."""
        row = self.selected()
        if row is None or not row.has_scan:
            return
        from desktop_app.services.letter_queries import scan_record

        sha, name = scan_record(self.workspace.database, row.id)
        found = scan_file(self._attachments(), sha, name) if sha else None
        if found is None:
            self.workspace.prompter.error(
                QCoreApplication.translate(
                    "LettersTab", "The scanned file is missing from the data folder."
                )
            )
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(found)))

    @Slot()
    def print_selected(self) -> None:
        """Print the selected letter (一式两份: two copies) on a chosen printer."""
        row = self.selected()
        if row is None or row.fingerprint is None:
            return
        try:
            data = letter_pdf_bytes(self.workspace.database, row.id, copies=2)
        except DutyMatrixError as error:
            self.workspace.report(error)
            return
        print_pdf(data, self._widget())

    @Slot()
    def open_pdf(self) -> None:
        """Open the selected letter (two copies) in the system PDF viewer to print it."""
        row = self.selected()
        if row is None or row.fingerprint is None:
            return
        try:
            data = letter_pdf_bytes(self.workspace.database, row.id, copies=2)
        except DutyMatrixError as error:
            self.workspace.report(error)
            return
        folder = Path(tempfile.gettempdir()) / "DutyMatrix"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{row.year}_{row.id:05d}_v{row.version}.pdf"
        from desktop_app.documents.atomic_write import replace_file as write_atomically

        write_atomically(target, data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
