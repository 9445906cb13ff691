"""What the main window does beyond layout: gap navigation, years, files, drops.

A mixin of :class:`desktop_app.ui.main_window.MainWindow`, kept apart so each module stays
readable; it uses the window's workspace, tabs, tree and status bar.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView

from desktop_app.domain.errors import DutyMatrixError, ErrorCode
from desktop_app.domain.gaps import Gap, GapKind, GapSubject
from desktop_app.paths import resolve_paths
from desktop_app.services.years import roll_over_year, years_in_use
from desktop_app.ui.letters_tab import ALL as ALL_LETTERS
from desktop_app.ui.main_menus import remember_database


def default_year(years: list[int], today: date | None = None) -> int:
    """This calendar year if it holds data, else the latest year with data, else this year."""
    this_year = (today or date.today()).year
    if this_year in years or not years:
        return this_year
    return max(years)


if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object


class WindowOperations(_Base):
    """Gap navigation, roll-over and year diff, export and print, open and drop files."""

    # ------------------------------------------------------------------ gaps
    @Slot(object)
    def navigate_to_gap(self, gap: Gap) -> None:
        """Go to the place where ``gap`` is fixed."""
        if gap.kind in (GapKind.LETTER_OVERDUE, GapKind.UNIT_WITHOUT_SIGNED_LETTER):
            self.show_letter_gap(gap)
            return
        if gap.subject is GapSubject.FIELD:
            self.tabs.setCurrentWidget(self.matrix_tab)
            self.matrix_tab.clear_filter()
            self.matrix_tab.show_field(gap.subject_id)
            return
        if gap.subject is GapSubject.PERSON:
            self.tabs.setCurrentWidget(self.oversight_tab)
            self.oversight_tab.focus_person(gap.subject_id)
            return
        self.filter_edit.clear()
        self.select_unit(gap.subject_id)
        if gap.kind is GapKind.MEMBER_WITHOUT_OVERSEER:
            self.tabs.setCurrentWidget(self.oversight_tab)
            self.oversight_tab.prepare_unit(gap.subject_id, gap.subject_name)
        elif gap.kind is GapKind.ENTERPRISE_WITHOUT_SUPERVISOR:
            self.tabs.setCurrentWidget(self.matrix_tab)
            self.matrix_tab.show_unit(gap.subject_id)
        elif gap.kind is GapKind.ENTERPRISE_WITHOUT_TERRITORY:
            self.tabs.setCurrentWidget(self.summary)
            self.unit_actions.edit_properties()
        elif gap.kind is GapKind.UNIT_WITHOUT_PRINCIPAL:
            self.tabs.setCurrentWidget(self.people_tab)
        elif gap.kind is GapKind.EMPTY_DUTY_LIST:
            self.tabs.setCurrentWidget(self.duties_tab)

    def show_letter_gap(self, gap: Gap) -> None:
        """Open the 责任书 tab on the letter a letter gap names (the unit selected in the tree).

        The ledger's view filter is reset to "all" if it hides the letter; a unit with no
        letter at all only gets the tab (and the unit) to issue one from.
        """
        unit_id = gap.facts.get("party_b_id", gap.subject_id)
        self.filter_edit.clear()
        if isinstance(unit_id, int):
            self.select_unit(unit_id)
        letters = self.letters_tab
        self.tabs.setCurrentWidget(letters)
        if letters.stale:
            letters.refresh()
        letter_id = gap.facts.get("letter_id")
        if not isinstance(letter_id, int):
            return
        if not letters.select_letter(letter_id):
            letters.filter_combo.setCurrentIndex(ALL_LETTERS)
            letters.select_letter(letter_id)
        letters.view.scrollTo(
            letters.view.currentIndex(), QAbstractItemView.ScrollHint.PositionAtCenter
        )

    # ------------------------------------------------------------------ year
    def roll_over(self) -> bool:
        """Copy the shown year's matrix, oversight, duty lists and letter templates into the
        next year."""
        source, target = self.workspace.year, self.workspace.year + 1
        question = QCoreApplication.translate(
            "MainWindow",
            "Copy the matrix, the oversight, the duty lists and the letter templates of "
            "{source} into {target}? {target} must not hold a matrix, oversight or duty "
            "lists yet; letters are not copied, they are issued afresh each year. This cannot "
            "be undone with Ctrl+Z, but it is recorded in the audit trail.",
        ).format(source=source, target=target)
        if not self.workspace.prompter.confirm(question):
            return False
        try:
            summary = roll_over_year(self.database, source, target)
        except DutyMatrixError as error:
            self.workspace.report(error)
            return False
        self.set_year(target)
        message = QCoreApplication.translate(
            "MainWindow",
            "Rolled over into {year}: {cells} matrix cells, {oversights} oversights, "
            "{lists} duty lists, {templates} letter templates.",
        ).format(
            year=target,
            cells=summary.assignments,
            oversights=summary.oversights,
            lists=summary.duty_lists,
            templates=summary.templates,
        )
        if summary.templates_kept:
            message += " " + QCoreApplication.translate(
                "MainWindow", "{count} letter templates {year} already had were kept as they are."
            ).format(count=summary.templates_kept, year=target)
        self.statusBar().showMessage(message, 15000)
        return True

    def compare_years(self) -> None:
        """The year-diff dialog."""
        from desktop_app.ui.year_diff_dialog import YearDiffDialog

        years = sorted(set(years_in_use(self.database)) | {self.workspace.year})
        dialog = YearDiffDialog(self.workspace, years, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # ------------------------------------------------------------------ files
    def export_excel(self, path: Path | None = None) -> bool:
        """Export the visible matrix (as filtered) to a formatted .xlsx."""
        from desktop_app.ui.matrix_export import export_excel

        self._ensure_matrix()
        return export_excel(self.workspace, self.matrix_tab.model, self, path)

    def print_pdf(self, path: Path | None = None) -> bool:
        """Print the visible matrix to a landscape PDF."""
        from desktop_app.ui.matrix_export import print_pdf

        self._ensure_matrix()
        return print_pdf(self.workspace, self.matrix_tab.model, self, path)

    def _ensure_matrix(self) -> None:
        if self.matrix_tab in self._stale or self.matrix_tab.loaded_year != self.workspace.year:
            self._stale.discard(self.matrix_tab)
            self.matrix_tab.reload()

    def ask_open_database(self) -> None:
        """Choose a database file (native dialog) and open it in this window."""
        path = self.workspace.prompter.open_path(
            QCoreApplication.translate("MainWindow", "Open database"),
            QCoreApplication.translate("MainWindow", "DutyMatrix databases (*.db);;All files (*)"),
        )
        if path is not None:
            self.open_database_path(path)

    def open_database_path(self, path: Path) -> bool:
        """Open another database in this window (the old one is closed if we opened it)."""
        try:
            if self.opener is not None:
                database = self.opener(str(path))
            else:
                from desktop_app.services.startup import open_for_use

                database = open_for_use(self.paths or resolve_paths(), str(path)).database
        except DutyMatrixError as error:
            self.workspace.report(error)
            return False
        old = self.workspace.database
        self.workspace.replace_database(database)
        if old in self._owned:
            self._owned.remove(old)
            old.close()
        self._owned.append(database)
        self.workspace.year = default_year(years_in_use(database))
        self._fill_years()
        self.retranslate()
        self.reload()
        self._remember_current()
        return True

    # --------------------------------------------------------------- backups
    def backup_now(self) -> Path | None:
        """Write a checked backup of the open database now (文件 → 立即备份)."""
        from desktop_app.services.backups import backup_now

        try:
            written = backup_now(self.database, (self.paths or resolve_paths()).backup_dir)
        except DutyMatrixError as error:
            self.workspace.report(error)
            return None
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Backed up to {path}").format(path=written),
            15000,
        )
        return written

    def restore_from_backup(self, chosen: Path | None = None) -> bool:
        """Put a backup in place of the open database (文件 → 从备份恢复…).

        Without ``chosen`` the restore dialog lets the clerk pick one and confirm. The
        current data is kept as a backup first; the window then works on the restored
        content, and the undo history (which described the replaced data) is cleared.
        """
        from desktop_app.services.backups import restore_backup
        from desktop_app.ui.restore_dialog import RestoreDialog

        database = self.database
        paths = self.paths or resolve_paths()
        if database.path is None or database.read_only:
            error_code = (
                ErrorCode.OPENED_READ_ONLY if database.read_only else ErrorCode.BACKUP_UNSUPPORTED
            )
            self.workspace.report(DutyMatrixError(error_code, path=database.display_name))
            return False
        if chosen is None:
            dialog = RestoreDialog(
                database.path, paths.backup_dir, self, language=self.workspace.language
            )
            if not dialog.exec() or dialog.chosen_backup() is None:
                return False
            chosen = dialog.chosen_backup()
            assert chosen is not None
        database.engine.dispose()  # no pooled connection may hold the old pages
        try:
            restore_backup(chosen, database.path, paths.backup_dir)
        except DutyMatrixError as error:
            self.workspace.report(error)
            return False
        return self.open_database_path(database.path)

    def _remember_current(self) -> None:
        if self.database.path is not None:
            remember_database(str(self.database.path))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept a dragged Excel workbook."""
        if any(url.toLocalFile().lower().endswith(".xlsx") for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """Start an import of the dropped workbook."""
        for url in event.mimeData().urls():
            local = url.toLocalFile()
            if local.lower().endswith(".xlsx"):
                event.acceptProposedAction()
                self.request_import(Path(local))
                return
        super().dropEvent(event)

    def request_import(self, path: Path) -> None:
        """Hand ``path`` to the registered importer (the import is its own issue)."""
        self.import_requested.emit(str(path))
        if self.importer is not None:
            self.importer(path)
            return
        self.workspace.prompter.inform(
            QCoreApplication.translate(
                "MainWindow",
                "Importing from Excel ({file}) comes with a later version of DutyMatrix.",
            ).format(file=path.name)
        )
