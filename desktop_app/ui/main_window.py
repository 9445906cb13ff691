"""The main window: the unit tree on the left, the year's work in tabs on the right.

Tabs: 概况 (overview and the selected unit), 责任矩阵, 分管, 责任清单, 人员, 缺位检查. Every edit
goes through the shared :class:`Workspace` (services + undo stack); the window only wires
tabs, tree and menus together and refreshes what an edit touched.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelection, QPoint, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QTreeView,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from desktop_app import __version__
from desktop_app.domain.errors import DutyMatrixError
from desktop_app.paths import AppPaths
from desktop_app.services.info import database_info, letters_of_year
from desktop_app.services.people import unit_details
from desktop_app.services.units import UnitNode, unit_tree
from desktop_app.services.years import years_in_use
from desktop_app.storage.database import Database
from desktop_app.ui.duties_tab import DutiesTab
from desktop_app.ui.gaps_tab import UNKNOWN_COUNT, GapsTab
from desktop_app.ui.letters_tab import LettersTab
from desktop_app.ui.main_menus import MainMenus
from desktop_app.ui.matrix_tab import MatrixTab
from desktop_app.ui.oversight_tab import OversightTab
from desktop_app.ui.people_tab import PeopleTab
from desktop_app.ui.prompter import Prompter
from desktop_app.ui.screen_fit import resize_to_fit
from desktop_app.ui.settings import LANGUAGE_KEY, app_settings
from desktop_app.ui.summary_panel import SummaryPanel
from desktop_app.ui.translation import install_translators
from desktop_app.ui.unit_actions import UnitActions
from desktop_app.ui.unit_tree_model import (
    CATEGORY_COLUMN,
    NAME_COLUMN,
    PEOPLE_COLUMN,
    UnitTreeModel,
)
from desktop_app.ui.window_operations import WindowOperations, default_year
from desktop_app.ui.workspace import Area, Workspace

MINIMUM_WIDTH = 1000
MINIMUM_HEIGHT = 650
_DEFAULT_SIZE = (1280, 800)
_GEOMETRY_KEY = "main_window/geometry"
_STATE_KEY = "main_window/state"
# The splitter now holds the tree and the tabs; a state saved for the older layout
# (tree and summary) would squeeze the tabs, hence a new key.
_SPLITTER_KEY = "main_window/tree_tabs_splitter"

DatabaseOpener = Callable[[str], Database]
Importer = Callable[[Path], object]


class MainWindow(WindowOperations, QMainWindow):
    """The clerk's main window over one open ``Database``.

    Signals:
        import_requested(str): an .xlsx file was dropped on the window.

    The window shows what services return and never queries the ORM itself. Geometry, dock
    and splitter state are remembered in QSettings; dialogs go through ``prompter``.
    """

    import_requested = Signal(str)

    def __init__(
        self,
        database: Database,
        parent: QWidget | None = None,
        *,
        prompter: Prompter | None = None,
        paths: AppPaths | None = None,
        opener: DatabaseOpener | None = None,
    ) -> None:
        """Lay out the window and load the hierarchy, counts and the year's data."""
        super().__init__(parent)
        self.paths = paths
        self.opener = opener
        self.importer: Importer | None = None
        self._owned: list[Database] = []
        self.setMinimumSize(MINIMUM_WIDTH, MINIMUM_HEIGHT)
        self.setAcceptDrops(True)
        self.workspace = Workspace(
            database, default_year(years_in_use(database)), prompter or Prompter(self), self
        )
        saved = app_settings().value(LANGUAGE_KEY)
        self.workspace.language = saved if saved in ("zh_CN", "en") else "zh_CN"

        self.model = UnitTreeModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(NAME_COLUMN)
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.tree_view = QTreeView()
        self.tree_view.setModel(self.proxy)
        self.tree_view.setUniformRowHeights(True)
        self.tree_view.setAlternatingRowColors(True)
        self.tree_view.setSelectionMode(QTreeView.SelectionMode.SingleSelection)
        self.tree_view.setSelectionBehavior(QTreeView.SelectionBehavior.SelectRows)
        self.tree_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree_view.customContextMenuRequested.connect(self._tree_menu)
        header = self.tree_view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CATEGORY_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PEOPLE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.tree_view.selectionModel().selectionChanged.connect(self.on_selection_changed)
        left = QWidget()
        left.setMinimumWidth(240)  # long Chinese unit names stay readable
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_edit)
        left_layout.addWidget(self.tree_view)
        self.unit_actions = UnitActions(
            self.workspace, self.selected_unit, self.model.roots, self.model.parent_id, self
        )

        self.summary = SummaryPanel()
        self.matrix_tab = MatrixTab(self.workspace)
        self.oversight_tab = OversightTab(self.workspace)
        self.duties_tab = DutiesTab(self.workspace)
        self.people_tab = PeopleTab(self.workspace)
        self.gaps_tab = GapsTab(self.workspace)
        self.tabs = QTabWidget()
        for tab in (
            self.summary,
            self.matrix_tab,
            self.oversight_tab,
            self.duties_tab,
            self.people_tab,
            self.gaps_tab,
        ):
            self.tabs.addTab(tab, "")
        self.letters_tab = LettersTab.attach(self.tabs, self.workspace, paths)
        from desktop_app.ui.assessment_tab import AssessmentTab  # 考核 (issue 8)

        self.assessment_tab = AssessmentTab.attach(self.tabs, self.workspace, paths)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self._stale: set[QWidget] = {self.matrix_tab, self.oversight_tab}
        self._gap_count: int | None = None

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([340, 940])
        central = QWidget()
        QVBoxLayout(central).addWidget(self.splitter)
        self.setCentralWidget(central)

        self.year_label = QLabel()
        self.year_combo = QComboBox()
        self.year_combo.currentIndexChanged.connect(self._on_year_chosen)
        self.year_toolbar = QToolBar()
        self.year_toolbar.setObjectName("year_toolbar")
        self.year_toolbar.setMovable(False)
        self.year_toolbar.addWidget(self.year_label)
        self.year_toolbar.addWidget(self.year_combo)
        self.addToolBar(self.year_toolbar)
        self.undo_view = QUndoView(self.workspace.undo_stack)
        self.undo_dock = QDockWidget()
        self.undo_dock.setObjectName("undo_history_dock")
        self.undo_dock.setWidget(self.undo_view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.undo_dock)
        self.undo_dock.setMinimumWidth(200)
        self.undo_dock.hide()
        self.database_label = QLabel()
        self.statusBar().addPermanentWidget(self.database_label)

        self.menus = MainMenus(self)
        self.quit_action = self.menus.quit_action
        from desktop_app.ui.import_wizard import install_import  # 文件 → 导入…, dropped files

        self.import_action = install_import(self)
        from desktop_app.ui.export_menu import install_exports  # 文件 → 导出登记册

        self.exports = install_exports(self)
        self.about_action = self.menus.about_action
        self.menus.check_language(self.workspace.language)
        self.workspace.changed.connect(self._on_data_changed)
        self.workspace.year_changed.connect(self._show_year)
        self.workspace.matrix_changed.connect(self.matrix_tab.on_matrix_changed)
        self.gaps_tab.navigate.connect(self.navigate_to_gap)
        self.gaps_tab.count_changed.connect(self._on_gap_count)
        self._fill_years()
        self.retranslate()
        self.reload()
        self._remember_current()
        self._restore_layout()

    # ------------------------------------------------------------------ properties
    @property
    def database(self) -> Database:
        """The database the window works on."""
        return self.workspace.database

    def _file_label(self) -> str:
        path = self.database.path
        return path.name if path is not None else self.database.display_name

    # ------------------------------------------------------------------ texts
    def retranslate(self) -> None:
        """Every text of the window in the current language."""
        old_title = getattr(self, "_base_title", "")
        suffix = self.windowTitle()[len(old_title) :] if old_title else ""
        self._base_title = self.tr("DutyMatrix — {file}").format(file=self._file_label())
        self.setWindowTitle(self._base_title + suffix)
        self.filter_edit.setPlaceholderText(self.tr("Filter units by name…"))
        self.year_label.setText(self.tr("Year: "))
        self.undo_dock.setWindowTitle(self.tr("Undo history"))
        self.undo_view.setEmptyLabel(self.tr("<no changes yet>"))
        titles = (
            self.tr("Overview"),
            self.tr("Responsibility matrix"),
            self.tr("Oversight"),
            self.tr("Duty lists"),
            self.tr("People"),
            self._gaps_title(),
        )
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        self.menus.retranslate()
        self.unit_actions.retranslate()
        self._update_status()

    def _gaps_title(self) -> str:
        if self._gap_count is None:
            return self.tr("Gap check")
        return self.tr("Gap check ({count})").format(count=self._gap_count)

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch: Qt sends LanguageChange after translators change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot(str)
    def switch_language(self, language: str) -> None:
        """Switch the whole window to ``language`` (zh_CN or en) and remember the choice."""
        app = QApplication.instance()
        if app is None:
            return
        install_translators(app, language)
        app_settings().setValue(LANGUAGE_KEY, language)
        self.workspace.language = language
        self.menus.check_language(language)
        # Qt posts LanguageChange events; deliver them now so every text follows at once.
        QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange.value)
        self.gaps_tab.model.set_gaps(self.gaps_tab.model.gaps(), language)

    # ------------------------------------------------------------------ loading
    def reload(self) -> None:
        """Read the hierarchy, counts and the visible tab again, keeping the selected unit."""
        selected = self.selected_unit()
        nodes = unit_tree(self.database)
        info = database_info(self.database)
        self.model.set_nodes(nodes)
        self.summary.show_counts(nodes, info)
        self._expand_for_filter()
        if selected is None or not self.select_unit(selected.id):
            self.summary.show_unit(None)
        self._update_status(info.location, info.revision)
        self._stale.update({self.matrix_tab, self.oversight_tab})
        self.duties_tab.reload()
        self.people_tab.reload()
        self.gaps_tab.mark_stale()
        self._refresh_current_tab()

    def _update_status(self, location: str | None = None, revision: str | None = None) -> None:
        if location is not None:
            self._location, self._revision = location, revision
        location = getattr(self, "_location", self.database.display_name)
        self.database_label.setText(self.tr("Database: {file}").format(file=location))
        if self.database.network_path:
            self.statusBar().showMessage(
                self.tr("The database is on a network drive; keep a local backup.")
            )

    def _fill_years(self, select: int | None = None) -> None:
        years = sorted(set(years_in_use(self.database)) | {self.workspace.year})
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in years:
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(self.year_combo.findData(select or self.workspace.year))
        self.year_combo.blockSignals(False)

    @Slot(int)
    def _on_year_chosen(self, _index: int) -> None:
        year = self.year_combo.currentData()
        if year is not None:
            self.set_year(int(year))

    def set_year(self, year: int) -> None:
        """Show ``year`` in every tab."""
        if year == self.workspace.year:
            self._show_year(year)
        else:
            self.workspace.set_year(year)  # year_changed → _show_year

    @Slot(int)
    def _show_year(self, year: int) -> None:
        """The year was switched (here or in a tab, e.g. 考核): the toolbar follows, tabs reload."""
        if self.year_combo.findData(year) < 0:
            self._fill_years(year)
        blocked = self.year_combo.blockSignals(True)
        self.year_combo.setCurrentIndex(self.year_combo.findData(year))
        self.year_combo.blockSignals(blocked)
        self.reload()

    @Slot(int)
    def _on_tab_changed(self, _index: int) -> None:
        self._refresh_current_tab()

    def _count_letters(self) -> None:
        year = self.workspace.year
        self.summary.show_letters(year, letters_of_year(self.database, year))

    def _refresh_current_tab(self) -> None:
        current = self.tabs.currentWidget()
        if current is self.summary:  # letters are issued on the 责任书 tab without a signal
            self._count_letters()
        if current in self._stale:
            self._stale.discard(current)
            if current is self.matrix_tab:
                self.matrix_tab.reload()
            elif current is self.oversight_tab:
                self.oversight_tab.reload()

    @Slot(str)
    def _on_data_changed(self, area: str) -> None:
        if area in (Area.UNITS, Area.PEOPLE, Area.ALL):
            self.reload()
            return
        if area == Area.OVERSIGHT:
            self._stale.add(self.oversight_tab)
        if area in (Area.DUTIES, Area.CLAUSES):
            self.duties_tab.reload()
        self.gaps_tab.mark_stale()
        self._refresh_current_tab()

    @Slot(int)
    def _on_gap_count(self, count: int) -> None:
        self._gap_count = None if count == UNKNOWN_COUNT else count
        self.tabs.setTabText(self.tabs.indexOf(self.gaps_tab), self._gaps_title())

    # ------------------------------------------------------------------ tree
    def selected_unit(self) -> UnitNode | None:
        """The unit selected in the tree, if any."""
        index = self.tree_view.selectionModel().currentIndex()
        if not self.tree_view.selectionModel().isSelected(index):
            return None
        return self.model.node(self.proxy.mapToSource(index))

    def select_unit(self, unit_id: int) -> bool:
        """Select and reveal the unit ``unit_id``; False if the filter hides it."""
        index = self.proxy.mapFromSource(self.model.index_of(unit_id))
        if not index.isValid():
            return False
        self.tree_view.setCurrentIndex(index)
        self.tree_view.scrollTo(index)
        return True

    @Slot(str)
    def apply_filter(self, text: str) -> None:
        """Show only units whose name contains ``text``, with their ancestors.

        The selected unit stays selected while it matches; otherwise the selection is cleared
        rather than jumping to whichever neighbour Qt would pick.
        """
        selected = self.selected_unit()
        self.proxy.setFilterFixedString(text.strip())
        self._expand_for_filter()
        if selected is None or not self.select_unit(selected.id):
            self.tree_view.selectionModel().clear()

    def _expand_for_filter(self) -> None:
        if self.proxy.filterRegularExpression().pattern():
            self.tree_view.expandAll()
        else:
            self.tree_view.expandToDepth(0)

    @Slot(QItemSelection, QItemSelection)
    def on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        """Show the newly selected unit in the overview, people and duty-list tabs."""
        node = self.selected_unit()
        details = None
        if node is not None:
            try:
                details = unit_details(self.database, node.id)
            except DutyMatrixError:
                details = None
        self.summary.show_unit(node, details)
        self.people_tab.show_unit(node.id if node else None, node.name if node else "")
        self.duties_tab.show_unit(node.id if node else None, node.name if node else "")
        if node is not None and self.tabs.currentWidget() is self.matrix_tab:
            self.matrix_tab.show_unit(node.id)

    @Slot(QPoint)
    def _tree_menu(self, position: QPoint) -> None:
        self.unit_actions.show_menu(self.tree_view.viewport().mapToGlobal(position))

    # ------------------------------------------------------------------ window
    def about_text(self) -> str:
        """What the 关于 box says: version, purpose, and the database with its schema revision
        (for a support call; the clerk does not need it on screen all the time)."""
        text = self.tr(
            "<h3>DutyMatrix {version}</h3>"
            "<p>The production-safety responsibility matrix: units, leaders, "
            "responsibility letters and assessment for a work-safety office.</p>"
        ).format(version=__version__)
        location = getattr(self, "_location", self.database.display_name)
        revision = getattr(self, "_revision", None) or "—"
        return text + "<p>{}<br>{}</p>".format(
            escape(self.tr("Database: {file}").format(file=location)),
            escape(self.tr("Schema revision: {revision}").format(revision=revision)),
        )

    @Slot()
    def show_about(self) -> None:
        """The 关于 box: program name, version, what it is for and the schema revision."""
        QMessageBox.about(self, self.tr("About DutyMatrix"), self.about_text())

    def _restore_layout(self) -> None:
        settings = app_settings()
        geometry = settings.value(_GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            resize_to_fit(self, *_DEFAULT_SIZE)
        state = settings.value(_STATE_KEY)
        if state is not None:
            self.restoreState(state)
        splitter = settings.value(_SPLITTER_KEY)
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window's layout; close databases this window opened itself."""
        settings = app_settings()
        settings.setValue(_GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(_STATE_KEY, self.saveState())
        settings.setValue(_SPLITTER_KEY, self.splitter.saveState())
        for database in self._owned:
            database.close()
        self._owned.clear()
        super().closeEvent(event)
