"""Every Qt model of the window passes QAbstractItemModelTester through loads, edits, resets."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtTest import QAbstractItemModelTester

from desktop_app.domain.enums import FieldRole, UnitKind
from desktop_app.services.duties import clause_library, duty_list_entries, duty_lists
from desktop_app.services.gaps import list_gaps
from desktop_app.services.history import unit_history
from desktop_app.services.matrix import load_matrix
from desktop_app.services.oversight import load_portfolios
from desktop_app.services.people import people_of_unit, posts_of_unit
from desktop_app.services.years import compare_years
from desktop_app.storage.database import Database
from desktop_app.ui.clause_library import ClauseLibraryModel
from desktop_app.ui.duties_tab import DutyEntriesModel
from desktop_app.ui.gaps_tab import GapListModel
from desktop_app.ui.matrix_model import MatrixFilter, MatrixTableModel
from desktop_app.ui.oversight_tab import OversightItemModel, PortfolioModel
from desktop_app.ui.people_tab import PeopleModel, PostsModel
from desktop_app.ui.unit_history_dialog import HistoryModel
from desktop_app.ui.year_diff_dialog import YearDiffModel
from tests.demo_copy import DEMO_YEAR

_MODE = QAbstractItemModelTester.FailureReportingMode.Warning  # warnings fail the test


def _tested(model: QAbstractItemModel) -> QAbstractItemModelTester:
    return QAbstractItemModelTester(model, _MODE)


def test_matrix_model_through_load_filter_and_edits(demo: Database) -> None:
    model = MatrixTableModel()
    tester = _tested(model)
    data = load_matrix(demo, DEMO_YEAR)
    model.set_matrix(data)
    model.set_filter(MatrixFilter(kind=UnitKind.ENTERPRISE))
    enterprise = model.units()[0]
    field = model.fields()[0]
    model.apply_changes(DEMO_YEAR, {(enterprise.id, field.id): FieldRole.MAIN})
    model.apply_changes(DEMO_YEAR, {(enterprise.id, field.id): None})
    model.apply_changes(DEMO_YEAR + 1, {(enterprise.id, field.id): FieldRole.LEAD})  # ignored
    model.set_filter(MatrixFilter(text="no such unit"))
    model.set_filter(MatrixFilter())
    model.retranslate()
    assert tester is not None and model.rowCount() == len(data.units)
    assert model.role_at(enterprise.id, field.id) is None


def test_list_models_through_loads_and_resets(demo: Database) -> None:
    government = load_matrix(demo, DEMO_YEAR).units[0].id
    first_list = duty_lists(demo, DEMO_YEAR)[0]
    loads = [
        (GapListModel(), lambda m: m.set_gaps(list_gaps(demo, DEMO_YEAR), "zh_CN")),
        (PortfolioModel(), lambda m: m.set_portfolios(load_portfolios(demo, DEMO_YEAR))),
        (
            OversightItemModel(),
            lambda m: m.set_items(load_portfolios(demo, DEMO_YEAR)[0].items),
        ),
        (DutyEntriesModel(), lambda m: m.set_entries(duty_list_entries(demo, first_list.id))),
        (ClauseLibraryModel(), lambda m: m.set_clauses(clause_library(demo))),
        (PeopleModel(), lambda m: m.set_people(people_of_unit(demo, government))),
        (PostsModel(), lambda m: m.set_posts(posts_of_unit(demo, government))),
        (YearDiffModel(), lambda m: m.set_rows(compare_years(demo, DEMO_YEAR - 1, DEMO_YEAR))),
        (HistoryModel(), lambda m: m.set_entries(unit_history(demo, government))),
    ]
    for model, load in loads:
        tester = _tested(model)
        load(model)
        assert model.rowCount() > 0, type(model).__name__
        for row in range(min(model.rowCount(), 5)):
            for column in range(model.columnCount()):
                model.index(row, column).data()
        for section in range(model.columnCount()):
            assert model.headerData(section, Qt.Orientation.Horizontal)
        assert tester is not None
