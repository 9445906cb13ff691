"""The unit tree model: a well-behaved Qt model that shows the county's hierarchy."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtTest import QAbstractItemModelTester

from desktop_app.services.units import set_unit_active, unit_tree
from desktop_app.ui.unit_tree_model import NAME_COLUMN, PEOPLE_COLUMN, UNIT_ID_ROLE, UnitTreeModel
from tests.ui.conftest import County


def _names(model: UnitTreeModel, parent: QModelIndex) -> list[str]:
    return [model.index(row, NAME_COLUMN, parent).data() for row in range(model.rowCount(parent))]


def test_model_passes_qt_model_tester_through_loads_and_resets(county: County) -> None:
    model = UnitTreeModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    model.set_nodes(unit_tree(county.database))
    model.set_nodes([])
    model.set_nodes(unit_tree(county.database))
    assert tester is not None
    assert model.rowCount() == 1


def test_tree_shows_government_departments_township_and_its_enterprises(county: County) -> None:
    model = UnitTreeModel()
    model.set_nodes(unit_tree(county.database))

    assert _names(model, QModelIndex()) == ["示范县人民政府"]
    government = model.index(0, NAME_COLUMN)
    assert sorted(_names(model, government)) == sorted(["县应急管理局", "县交通运输局", "城关镇"])
    township = model.index_of(county.ids["城关镇"])
    assert sorted(_names(model, township)) == sorted(["城关食品加工企业", "华兴化工有限公司"])
    assert model.parent(township) == government
    enterprise = model.index_of(county.ids["华兴化工有限公司"])
    assert model.rowCount(enterprise) == 0
    assert not model.hasChildren(enterprise)


def test_rows_carry_id_people_kind_mark_and_bold_committee_members(county: County) -> None:
    model = UnitTreeModel()
    model.set_nodes(unit_tree(county.database))
    bureau = model.index_of(county.ids["县应急管理局"])
    people = bureau.siblingAtColumn(PEOPLE_COLUMN)

    assert bureau.data(UNIT_ID_ROLE) == county.ids["县应急管理局"]
    assert people.data() == 2
    assert isinstance(bureau.data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert not bureau.data(Qt.ItemDataRole.DecorationRole).isNull()
    font = bureau.data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    enterprise = model.index_of(county.ids["华兴化工有限公司"])
    assert enterprise.data(Qt.ItemDataRole.FontRole) is None
    assert model.headerData(NAME_COLUMN, Qt.Orientation.Horizontal) == "Unit name"


def test_tooltip_names_kind_category_and_membership(county: County, use_language) -> None:
    use_language("zh_CN")
    model = UnitTreeModel()
    model.set_nodes(unit_tree(county.database))

    tooltip = model.index_of(county.ids["县应急管理局"]).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "县应急管理局\n部门 · 综合监管部门 · 安委会成员单位"
    assert model.headerData(NAME_COLUMN, Qt.Orientation.Horizontal) == "单位名称"
    assert model.headerData(PEOPLE_COLUMN, Qt.Orientation.Horizontal) == "人数"


def test_an_inactive_unit_is_marked_in_its_tooltip(county: County) -> None:
    set_unit_active(county.database, county.ids["县交通运输局"], False)
    model = UnitTreeModel()
    model.set_nodes(unit_tree(county.database))

    index = model.index_of(county.ids["县交通运输局"])
    assert index.data(Qt.ItemDataRole.ToolTipRole).endswith("Inactive")
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
