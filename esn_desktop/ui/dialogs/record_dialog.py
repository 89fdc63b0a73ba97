"""The shape every small edit form shares: fields with their error under them (said once the
field was edited or Save pressed, in a line kept for it), Save that says what is missing rather
than being greyed without a word, and a refusal from the file shown at its field."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from esn_desktop.domain.errors import EsnError, Problem, ValidationError
from esn_desktop.formatting import Formatter
from esn_desktop.services.changes import Changed, ChangedMeanwhileError, answering
from esn_desktop.ui.error_text import error_text
from esn_desktop.ui.forms import FieldErrors, error_label, field_with_error, show_error
from esn_desktop.ui.labels import label
from esn_desktop.ui.operations import Operations


class RecordDialog(QDialog):
    """Saves through the workspace's `Operations`: the save goes onto the undo history under
    `undo_text`, and every view hears what it changed."""

    def __init__(self, operations: Operations, formatter: Formatter, title: str) -> None:
        super().__init__()
        self.operations, self.formatter = operations, formatter
        #: What the form reads its choices from (through the services).
        self.workspace = operations.workspace
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.saved_id: int | None = None
        self.field_errors = FieldErrors()
        # Each field's error line, by field key.
        self.errors: dict[str, QLabel] = self.field_errors.labels
        self.form = QFormLayout()
        # A field with an error line sits in a box with it: its row is the box.
        self._rows: dict[int, QLayout] = {}
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        # Offered once another person saved the record since the form was filled (team mode).
        self.reload_button = self.buttons.addButton(self.tr("Reload"), QDialogButtonBox.ButtonRole.ResetRole)
        self.reload_button.hide()
        self.reload_button.clicked.connect(self._reload)
        self.general_error = error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def add_field(self, caption: str, widget: QWidget | QLayout, error: str | None = None) -> None:
        if error is None:
            self.form.addRow(caption, widget)
            return
        row = field_with_error(widget, self.field_errors.add(error, widget))
        self._rows[id(widget)] = row
        self.form.addRow(caption, row)

    def set_row_visible(self, widget: QWidget | QLayout, visible: bool) -> None:
        """Shows or hides the form's row of `widget`, its error line included."""
        self.form.setRowVisible(self._rows.get(id(widget), widget), visible)

    def watch(self, *signals: Any) -> None:
        """Re-checks the form whenever one of these signals fires."""
        for signal in signals:
            signal.connect(self.refresh)
        self.refresh()

    # --- what each form says -------------------------------------------------------------------

    def values(self) -> tuple[Any, dict[str, str]]:
        """The typed values, and an error text per field key."""
        raise NotImplementedError

    def write(self, values: Any) -> Changed[int | None]:
        """Saves through a service, returning the id saved with what changed."""
        raise NotImplementedError

    def undo_text(self) -> str:
        """What Edit > Undo calls this save ("Contact Vidal")."""
        return self.windowTitle()

    def refusal_text(self, problem: Problem) -> str:
        """What to say of a refusal from the file (the form's own checks catch the rest)."""
        return problem.reason

    def reload(self) -> None:
        """Fills the form again from the record as stored now (after another person's save)."""
        raise NotImplementedError

    def stored(self) -> bool:
        """Whether the form edits a stored record (one that can be read again), not a new one."""
        return False

    # --- shared behaviour -----------------------------------------------------------------------

    def refresh(self) -> None:
        _values, errors = self.values()
        self.field_errors.show(errors)
        if self.reload_button.isHidden():  # another's save, said until the form is reloaded
            show_error(self.general_error, "")

    def save(self) -> None:
        values, errors = self.values()
        if errors:
            self.field_errors.reveal_all()
            return
        try:
            self.saved_id = self.operations.run(self.undo_text(), lambda: self.write(values))
        except ValidationError as refused:
            for problem in refused.problems:
                if problem.field in self.errors:
                    self.field_errors.say(problem.field, self.refusal_text(problem))
                else:
                    show_error(self.general_error, self.refusal_text(problem))
            return
        except ChangedMeanwhileError as error:  # another person saved it since the form was filled
            show_error(self.general_error, error_text(error, self.formatter))
            self.reload_button.show()
            return
        except EsnError as error:  # the file refused the change (read-only, changed elsewhere...)
            show_error(self.general_error, error_text(error, self.formatter))
            if getattr(error, "reason", "") == "team_commit_unknown" and self.stored():
                self.reload_button.show()  # saved or not: read it again (a new one: in its list)
            return
        self.accept()

    def _reload(self) -> None:
        try:
            with answering(self.workspace, reading=True):  # a team database's server may stop answering
                self.reload()
        except EsnError as error:  # deleted meanwhile, or the connection lost
            show_error(self.general_error, error_text(error, self.formatter))
            return
        self.reload_button.hide()
        self.refresh()


def name_combo(names: list[str], current: str | None) -> QComboBox:
    """An editable list of known names (salespeople, channels): pick one or type a new one."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItem("")
    combo.addItems(names)
    combo.setCurrentText(current or "")
    return combo


def code_combo(labels: dict[str, str], current: str | None, *, empty: str | None = None) -> QComboBox:
    """A choice among stored codes shown by their labels; `empty` offers 'none'."""
    combo = QComboBox()
    if empty is not None:
        combo.addItem(empty, None)
    for code in labels:
        combo.addItem(label(labels, code), code)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo
