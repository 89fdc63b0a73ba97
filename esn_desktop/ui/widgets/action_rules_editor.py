"""The actions a plan sets per segment, as a grid whose every cell is its editor: added, edited and
removed in place, held in an `ActionRuleModel`."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from esn_desktop.domain.action_plans import ActionRule
from esn_desktop.ui.models.action_rule_model import (
    RULE_COUNT,
    RULE_KIND,
    RULE_PER,
    RULE_SEGMENT,
    ActionRuleModel,
)
from esn_desktop.ui.widgets.plan_delegates import ChoiceDelegate, CountDelegate


class ActionRulesEditor(QGroupBox):
    def __init__(self) -> None:
        super().__init__(self.tr("Actions per segment"))
        self.model = ActionRuleModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(RULE_SEGMENT, ChoiceDelegate(self.model, open_ended=True))
        self.table.setItemDelegateForColumn(RULE_KIND, ChoiceDelegate(self.model))
        self.table.setItemDelegateForColumn(RULE_COUNT, CountDelegate(self.model))
        self.table.setItemDelegateForColumn(RULE_PER, ChoiceDelegate(self.model))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.add_button = QPushButton(self.tr("Add a rule"))
        self.remove_button = QPushButton(self.tr("Remove the rule"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.model.modelReset.connect(lambda: self._open_editors(0, self.model.rowCount() - 1))
        self.model.rowsInserted.connect(lambda _parent, first, last: self._open_editors(first, last))
        self.add_button.clicked.connect(lambda _checked=False: self.model.add_rule())
        self.remove_button.clicked.connect(
            lambda _checked=False: self.model.remove_rule(self.table.currentIndex().row())
        )

    def show_rules(self, rules: tuple[ActionRule, ...], known_segments: list[str]) -> None:
        """The plan's rules; `known_segments`: the segments the accounts use, offered first."""
        self.model.set_rules(rules, known_segments)

    def rules(self) -> tuple[ActionRule, ...]:
        return self.model.rules()

    def _open_editors(self, first: int, last: int) -> None:
        # Every cell shows its editor, as the form always did: a list or a number to change.
        for row in range(first, last + 1):
            for column in range(self.model.columnCount()):
                self.table.openPersistentEditor(self.model.index(row, column))
            # The view selects a number's text as it opens its field, to be typed over; here every
            # field is open at once, shown rather than being edited.
            count = self.table.indexWidget(self.model.index(row, RULE_COUNT))
            for line in count.findChildren(QLineEdit) if count is not None else ():
                line.deselect()
