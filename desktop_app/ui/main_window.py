"""The main window: the unit tree with its filter on the left, the summary on the right."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app import __version__
from desktop_app.services.info import database_info
from desktop_app.services.units import UnitNode, unit_tree
from desktop_app.storage.database import Database
from desktop_app.ui.settings import app_settings
from desktop_app.ui.summary_panel import SummaryPanel
from desktop_app.ui.unit_tree_model import NAME_COLUMN, PEOPLE_COLUMN, UnitTreeModel

MINIMUM_WIDTH = 1000
MINIMUM_HEIGHT = 650
_DEFAULT_SIZE = (1200, 760)
_GEOMETRY_KEY = "main_window/geometry"
_STATE_KEY = "main_window/state"
_SPLITTER_KEY = "main_window/splitter"


class MainWindow(QMainWindow):
    """The clerk's main window over one open ``Database``.

    The window only shows what services return; it never queries the ORM itself. Its
    geometry, dock state and splitter position are remembered in QSettings.
    """

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        """Lay out the window and load the hierarchy and counts from ``database``."""
        super().__init__(parent)
        self.database = database
        self.setMinimumSize(MINIMUM_WIDTH, MINIMUM_HEIGHT)
        self.setWindowTitle(self.tr("DutyMatrix — {file}").format(file=self._file_label()))

        self.model = UnitTreeModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(NAME_COLUMN)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter units by name…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.apply_filter)

        self.tree_view = QTreeView()
        self.tree_view.setModel(self.proxy)
        self.tree_view.setUniformRowHeights(True)
        self.tree_view.setAlternatingRowColors(True)
        self.tree_view.setSelectionMode(QTreeView.SelectionMode.SingleSelection)
        self.tree_view.setSelectionBehavior(QTreeView.SelectionBehavior.SelectRows)
        header = self.tree_view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PEOPLE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.tree_view.selectionModel().selectionChanged.connect(self.on_selection_changed)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_edit)
        left_layout.addWidget(self.tree_view)

        self.summary = SummaryPanel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.summary)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([640, 420])
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.addWidget(self.splitter)
        self.setCentralWidget(central)

        self.database_label = QLabel()
        self.revision_label = QLabel()
        self.statusBar().addPermanentWidget(self.database_label)
        self.statusBar().addPermanentWidget(self.revision_label)

        self._build_menus()
        self.reload()
        self._restore_layout()

    def _file_label(self) -> str:
        path = self.database.path
        return path.name if path is not None else self.database.display_name

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.quit_action = QAction(self.tr("E&xit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About"), self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def reload(self) -> None:
        """Read the hierarchy and the counts again (after a change by a service)."""
        nodes = unit_tree(self.database)
        info = database_info(self.database)
        self.model.set_nodes(nodes)
        self.summary.show_counts(nodes, info)
        self.summary.show_unit(None)
        self._expand_for_filter()
        self.database_label.setText(self.tr("Database: {file}").format(file=info.location))
        self.revision_label.setText(
            self.tr("Schema revision: {revision}").format(revision=info.revision or "—")
        )
        if self.database.network_path:
            self.statusBar().showMessage(
                self.tr("The database is on a network drive; keep a local backup.")
            )

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
        """Show the details of the newly selected unit."""
        self.summary.show_unit(self.selected_unit())

    @Slot()
    def show_about(self) -> None:
        """The 关于 box: program name, version and what it is for."""
        QMessageBox.about(
            self,
            self.tr("About DutyMatrix"),
            self.tr(
                "<h3>DutyMatrix {version}</h3>"
                "<p>The production-safety responsibility matrix: units, leaders, "
                "responsibility letters and assessment for a work-safety office.</p>"
            ).format(version=__version__),
        )

    def _restore_layout(self) -> None:
        settings = app_settings()
        geometry = settings.value(_GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*_DEFAULT_SIZE)
        state = settings.value(_STATE_KEY)
        if state is not None:
            self.restoreState(state)
        splitter = settings.value(_SPLITTER_KEY)
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window's geometry and layout for the next start."""
        settings = app_settings()
        settings.setValue(_GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(_STATE_KEY, self.saveState())
        settings.setValue(_SPLITTER_KEY, self.splitter.saveState())
        super().closeEvent(event)
