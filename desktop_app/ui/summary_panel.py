"""The overview panel: counts for the whole database and the selected unit's details."""

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

from desktop_app.domain.enums import RiskLevel, UnitKind
from desktop_app.services.info import DatabaseInfo
from desktop_app.services.people import UnitDetails
from desktop_app.services.units import UnitNode
from desktop_app.ui.labels import category_label, kind_icon, kind_label, risk_label, yes_no
from desktop_app.ui.views import FollowsLanguage

# The kinds the overview counts, in the order the clerk thinks of them.
COUNTED_KINDS = (UnitKind.DEPARTMENT, UnitKind.TOWNSHIP, UnitKind.PARK, UnitKind.ENTERPRISE)
_DETAIL_KEYS = (
    "name",
    "kind",
    "category",
    "committee_member",
    "people",
    "units_below",
    "code",
    "principals",
    "risk",
    "territory",
    "supervisor",
)


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


class SummaryPanel(FollowsLanguage, QWidget):
    """Counts (units by kind, committee members, people, fields, letters) and unit details.

    ``count_labels`` and ``detail_labels`` hold the value labels by key, for tests and for
    later panels that want to highlight a figure.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the two boxes; they stay empty until ``show_counts``/``show_unit``."""
        super().__init__(parent)
        self.count_labels: dict[str, QLabel] = {}
        self.detail_labels: dict[str, QLabel] = {}
        self._captions: dict[str, QLabel] = {}
        self._kind_captions: dict[UnitKind, QLabel] = {}
        self._node: UnitNode | None = None
        self._details: UnitDetails | None = None
        self._year: int | None = None

        self.overview = QGroupBox()
        overview_form = QFormLayout(self.overview)
        # Figures sit in a narrow right-aligned column next to their captions, not at the far
        # edge of a wide panel.
        overview_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for kind in COUNTED_KINDS:
            self._add_count(overview_form, kind.value, self._kind_caption(kind))
        for key in ("committee_members", "people", "fields", "letters"):
            caption = QLabel()
            self._captions[f"count:{key}"] = caption
            self._add_count(overview_form, key, caption)

        self.details_box = QGroupBox()
        self._details_stack = QStackedWidget()
        QVBoxLayout(self.details_box).addWidget(self._details_stack)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._details_stack.addWidget(self.hint_label)
        details_page = QWidget()
        details_form = QFormLayout(details_page)
        details_form.setContentsMargins(0, 0, 0, 0)
        for key in _DETAIL_KEYS:
            value = _value_label()
            value.setWordWrap(key in ("name", "principals", "territory", "supervisor"))
            self.detail_labels[key] = value
            caption = QLabel()
            self._captions[f"detail:{key}"] = caption
            details_form.addRow(caption, value)
        self._details_stack.addWidget(details_page)

        layout = QVBoxLayout(self)
        layout.addWidget(self.overview)
        layout.addWidget(self.details_box)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        """Every caption in the current language (values are refreshed too)."""
        self.overview.setTitle(self.tr("Overview"))
        self.details_box.setTitle(self.tr("Selected unit"))
        self.hint_label.setText(self.tr("Select a unit in the tree to see its details."))
        for kind, caption in self._kind_captions.items():
            caption.setText(kind_label(kind))
        captions = {
            "count:committee_members": self.tr("Safety committee members"),
            "count:people": self.tr("People"),
            "count:fields": self.tr("Industry fields"),
            "count:letters": self._letters_caption(),
            "detail:name": self.tr("Name"),
            "detail:kind": self.tr("Kind"),
            "detail:category": self.tr("Category"),
            "detail:committee_member": self.tr("Safety committee member"),
            "detail:people": self.tr("Number of people"),
            "detail:units_below": self.tr("Units below"),
            "detail:code": self.tr("Code"),
            "detail:principals": self.tr("Principals"),
            "detail:risk": self.tr("Risk level"),
            "detail:territory": self.tr("Territorial unit"),
            "detail:supervisor": self.tr("Supervising department"),
        }
        for key, text in captions.items():
            self._captions[key].setText(text)
        letters_tip = self.tr(
            "Letters of the year issued so far; drafts and void letters are not counted."
        )
        self._captions["count:letters"].setToolTip(letters_tip)
        self.count_labels["letters"].setToolTip(letters_tip)
        if self._node is not None:
            self.show_unit(self._node, self._details)

    def _letters_caption(self) -> str:
        if self._year is None:
            return self.tr("Responsibility letters")
        return self.tr("Responsibility letters {year}").format(year=self._year)

    def _kind_caption(self, kind: UnitKind) -> QWidget:
        caption = QWidget()
        row = QHBoxLayout(caption)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        mark = QLabel()
        mark.setPixmap(kind_icon(kind).pixmap(16, 16))
        row.addWidget(mark)
        text = QLabel()
        self._kind_captions[kind] = text
        row.addWidget(text)
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
        for key, table in (("people", "person"), ("fields", "field")):
            self.count_labels[key].setText(str(info.counts.get(table, 0)))

    def show_letters(self, year: int, letters: int) -> None:
        """Show ``letters`` in force in ``year`` (the year the window shows), year named."""
        self._year = year
        self._captions["count:letters"].setText(self._letters_caption())
        self.count_labels["letters"].setText(str(letters))

    def show_unit(self, node: UnitNode | None, details: UnitDetails | None = None) -> None:
        """Show ``node``'s details (and the extra ``details``), or the hint."""
        self._node, self._details = node, details
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
            "code": "—",
            "principals": "—",
            "risk": "—",
            "territory": "—",
            "supervisor": "—",
        }
        if details is not None:
            values["code"] = details.code or "—"
            values["principals"] = (
                "；".join(f"{n}（{t}）" if t else n for n, t in details.principals) or "—"
            )
            values["risk"] = risk_label(
                RiskLevel(details.risk_level) if details.risk_level else None
            )
            values["territory"] = details.territorial_unit or "—"
            values["supervisor"] = details.supervisor_unit or "—"
        for key, text in values.items():
            self.detail_labels[key].setText(text)
        self._details_stack.setCurrentIndex(1)
