"""The editors of an action plan's grids: for its rules, a list to pick from (the segment's also
takes a name of the user's own) and a number field; for its deals, the day a next step is due.
Kept open in their cells, they look as the form always did; each change is written to the model
as it is made, so the model always holds what is shown."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from esn_desktop.domain.action_plans import COUNT_MAX
from esn_desktop.ui.forms import date_edit, from_qdate, to_qdate
from esn_desktop.ui.models.action_rule_model import ActionRuleModel

Index = QModelIndex | QPersistentModelIndex
EDIT = Qt.ItemDataRole.EditRole


class ChoiceDelegate(QStyledItemDelegate):
    """A list of the model's `choices` for the column; `open_ended`: a value of one's own may be
    typed (a segment the accounts do not use yet)."""

    def __init__(self, model: ActionRuleModel, *, open_ended: bool = False) -> None:
        super().__init__(model)
        self.model, self.open_ended = model, open_ended

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: ARG002 (Qt's signature)
        combo = QComboBox(parent)
        combo.setEditable(self.open_ended)
        for text, value in self.model.choices(index.column()):
            combo.addItem(text, value)
        combo.currentTextChanged.connect(lambda _text: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)  # made by createEditor
        value = index.data(EDIT)
        if self.value_of(editor) == value:
            return  # already shown: the text being typed is left alone
        found = _find_data(editor, value)
        # Shown, not changed: nothing to commit back (the view may not know its editor yet).
        with QSignalBlocker(editor):
            if found >= 0:
                editor.setCurrentIndex(found)
            elif self.open_ended:
                editor.setEditText(str(value))
            else:
                editor.setCurrentIndex(0)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, self.value_of(editor), EDIT)

    def value_of(self, combo: QComboBox) -> object:
        """The stored value picked ('pme' for 'SME'), or the name typed for a value of one's own."""
        if not self.open_ended:
            return combo.currentData()
        typed = combo.currentText().strip()
        found = combo.findText(typed)
        return combo.itemData(found) if found >= 0 else typed


class CountDelegate(QStyledItemDelegate):
    """A whole number of actions, from 1 to `COUNT_MAX`."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: ARG002
        count = QSpinBox(parent, minimum=1, maximum=COUNT_MAX)
        count.valueChanged.connect(lambda _value: self.commitData.emit(count))
        return count

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        if editor.value() != index.data(EDIT):
            with QSignalBlocker(editor):
                editor.setValue(index.data(EDIT))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        model.setData(index, editor.value(), EDIT)


class DueDelegate(QStyledItemDelegate):
    """A day, or none: "—", the earliest day the field offers."""

    NO_DUE = QDate(2000, 1, 1)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: ARG002
        due = date_edit()
        due.setParent(parent)
        due.setMinimumDate(self.NO_DUE)
        due.setSpecialValueText("—")
        due.dateChanged.connect(lambda _day: self.commitData.emit(due))
        return due

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        day = index.data(EDIT)
        with QSignalBlocker(editor):
            editor.setDate(self.NO_DUE if day is None else to_qdate(day))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        model.setData(index, None if editor.date() == self.NO_DUE else from_qdate(editor.date()), EDIT)


def _find_data(combo: QComboBox, value: object) -> int:
    # findData() does not match every Python value held in a combo (a StrEnum, a date): by hand.
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)
