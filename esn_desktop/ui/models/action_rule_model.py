"""The rules of an action plan being edited: one row a rule (segment, action, number per account,
per month, quarter or year), edited in place through the delegates of `ui.widgets.plan_delegates`.

The edit role holds the stored value (the segment's code, the `ActivityKind`, the count, the
`Frequency`); the display role its words. `choices` gives the editors what each column offers."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from esn_desktop.domain.action_plans import ActionRule, Frequency
from esn_desktop.domain.activities import ActivityKind
from esn_desktop.ui.labels import ACTIVITY_KINDS, SEGMENTS, label

Index = QModelIndex | QPersistentModelIndex

RULE_SEGMENT, RULE_KIND, RULE_COUNT, RULE_PER = range(4)
#: The field of `ActionRule` each column edits.
FIELDS = ("segment", "kind", "count", "per")
#: What a new rule plans until it is edited: one call a year per account.
NEW_RULE = ActionRule("", ActivityKind.CALL, 1, Frequency.YEAR)


class ActionRuleModel(QAbstractTableModel):
    """The plan's rules, in the order typed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rules: list[ActionRule] = []
        #: The segments the accounts use (their codes), offered first for a rule's segment.
        self.known_segments: list[str] = []
        self._headers = (self.tr("Segment"), self.tr("Action"), self.tr("Number per account"), self.tr("Per"))
        self._frequencies = {
            Frequency.MONTH: self.tr("month"),
            Frequency.QUARTER: self.tr("quarter"),
            Frequency.YEAR: self.tr("year"),
        }

    # What the form reads and shows

    def rules(self) -> tuple[ActionRule, ...]:
        return tuple(self._rules)

    def set_rules(self, rules: tuple[ActionRule, ...], known_segments: list[str]) -> None:
        self.beginResetModel()
        self._rules = list(rules)
        self.known_segments = list(known_segments)
        self.endResetModel()

    def add_rule(self, rule: ActionRule | None = None) -> None:
        """A rule at the end; a new one starts on the first segment offered."""
        if rule is None:
            rule = replace(NEW_RULE, segment=self.known_segments[0] if self.known_segments else "")
        row = len(self._rules)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rules.append(rule)
        self.endInsertRows()

    def remove_rule(self, row: int) -> None:
        """Removes the rule of `row`; nothing when no rule is current (-1)."""
        if 0 <= row < len(self._rules):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rules[row]
            self.endRemoveRows()

    def choices(self, column: int) -> list[tuple[str, object]]:
        """What an editor offers in `column`: (words, stored value); none for the count."""
        if column == RULE_SEGMENT:
            return [(label(SEGMENTS, code), code) for code in self.known_segments]
        if column == RULE_KIND:
            return [(label(ACTIVITY_KINDS, kind), kind) for kind in ActivityKind]
        if column == RULE_PER:
            return [(text, frequency) for frequency, text in self._frequencies.items()]
        return []

    # Qt's interface

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rules)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIELDS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rule, column = self._rules[index.row()], index.column()
        value = getattr(rule, FIELDS[column])
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            if column == RULE_SEGMENT:
                return label(SEGMENTS, value)
            if column == RULE_KIND:
                return label(ACTIVITY_KINDS, value)
            if column == RULE_PER:
                return self._frequencies[value]
            return str(value)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        rule = self._rules[index.row()]
        name = FIELDS[index.column()]
        if getattr(rule, name) == value:
            return True  # as it was: the editor that sent it stays as the person left it
        self._rules[index.row()] = replace(rule, **{name: value})
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None
