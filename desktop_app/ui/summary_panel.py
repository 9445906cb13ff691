"""The right-hand panel: counts for the whole database and the selected unit's details."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import UnitKind
from desktop_app.services.info import DatabaseInfo
from desktop_app.services.units import UnitNode
from desktop_app.ui.labels import category_label, kind_icon, kind_label, yes_no

# The kinds the overview counts, in the order the clerk thinks of them.
COUNTED_KINDS = (UnitKind.DEPARTMENT, UnitKind.TOWNSHIP, UnitKind.PARK, UnitKind.ENTERPRISE)


def walk(nodes: Iterable[UnitNode]) -> Iterator[UnitNode]:
    """Every node of the forest, parents before their children."""
    stack = list(reversed(list(nodes)))
    while stack:
        node = stack.pop()
        yield node
        stack.extend(reversed(node.children))


def active_unit_counts(nodes: Iterable[UnitNode]) -> tuple[Counter[UnitKind], int]:
    """(active units per kind, active committee member units) over the whole forest."""
    kinds: Counter[UnitKind] = Counter()
    members = 0
    for node in walk(nodes):
        if node.active:
            kinds[node.kind] += 1
            members += node.is_committee_member
    return kinds, members


def _value_label() -> QLabel:
    label = QLabel()
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SummaryPanel(QWidget):
    """Counts (units by kind, committee members, people, fields, letters) and unit details.

    ``count_labels`` and ``detail_labels`` hold the value labels by key, for tests and for
    later panels that want to highlight a figure.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the two boxes; they stay empty until ``show_counts``/``show_unit``."""
        super().__init__(parent)
        self.count_labels: dict[str, QLabel] = {}
        self.detail_labels: dict[str, QLabel] = {}

        overview = QGroupBox(self.tr("Overview"))
        overview_form = QFormLayout(overview)
        # Figures sit in a narrow right-aligned column next to their captions, not at the far
        # edge of a wide panel.
        overview_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for kind in COUNTED_KINDS:
            self._add_count(overview_form, kind.value, self._kind_caption(kind))
        for key, caption in (
            ("committee_members", self.tr("Safety committee members")),
            ("people", self.tr("People")),
            ("fields", self.tr("Industry fields")),
            ("letters", self.tr("Responsibility letters")),
        ):
            self._add_count(overview_form, key, QLabel(caption))

        details = QGroupBox(self.tr("Selected unit"))
        self._details_stack = QStackedWidget()
        QVBoxLayout(details).addWidget(self._details_stack)
        self.hint_label = QLabel(self.tr("Select a unit in the tree to see its details."))
        self.hint_label.setWordWrap(True)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._details_stack.addWidget(self.hint_label)
        details_page = QWidget()
        details_form = QFormLayout(details_page)
        details_form.setContentsMargins(0, 0, 0, 0)
        for key, caption in (
            ("name", self.tr("Name")),
            ("kind", self.tr("Kind")),
            ("category", self.tr("Category")),
            ("committee_member", self.tr("Safety committee member")),
            ("people", self.tr("Number of people")),
            ("units_below", self.tr("Units below")),
        ):
            value = _value_label()
            value.setWordWrap(key == "name")
            self.detail_labels[key] = value
            details_form.addRow(caption, value)
        self._details_stack.addWidget(details_page)

        layout = QVBoxLayout(self)
        layout.addWidget(overview)
        layout.addWidget(details)
        layout.addStretch(1)

    def _kind_caption(self, kind: UnitKind) -> QWidget:
        caption = QWidget()
        row = QHBoxLayout(caption)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        mark = QLabel()
        mark.setPixmap(kind_icon(kind).pixmap(16, 16))
        row.addWidget(mark)
        row.addWidget(QLabel(kind_label(kind)))
        row.addStretch(1)
        return caption

    def _add_count(self, form: QFormLayout, key: str, caption: QWidget) -> None:
        value = _value_label()
        value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        value.setMinimumWidth(value.fontMetrics().horizontalAdvance("0000000"))
        self.count_labels[key] = value
        form.addRow(caption, value)

    def show_counts(self, nodes: list[UnitNode], info: DatabaseInfo) -> None:
        """Fill the overview: active units from ``nodes``, rows per table from ``info``."""
        kinds, members = active_unit_counts(nodes)
        for kind in COUNTED_KINDS:
            self.count_labels[kind.value].setText(str(kinds[kind]))
        self.count_labels["committee_members"].setText(str(members))
        for key, table in (("people", "person"), ("fields", "field"), ("letters", "letter")):
            self.count_labels[key].setText(str(info.counts.get(table, 0)))

    def show_unit(self, node: UnitNode | None) -> None:
        """Show ``node``'s details, or the hint when nothing is selected."""
        if node is None:
            self._details_stack.setCurrentIndex(0)
            return
        name = node.name if node.active else self.tr("%1 (inactive)").replace("%1", node.name)
        values = {
            "name": name,
            "kind": kind_label(node.kind),
            "category": category_label(node.category),
            "committee_member": yes_no(node.is_committee_member),
            "people": str(node.people),
            "units_below": str(node.descendant_count()),
        }
        for key, text in values.items():
            self.detail_labels[key].setText(text)
        self._details_stack.setCurrentIndex(1)
