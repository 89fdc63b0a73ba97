"""The shape every small edit form shares: fields with their error beside them, Save enabled
only when the fields hold together, and a refusal from the file shown at its field."""

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
from esn_desktop.store.database import Workspace
from esn_desktop.ui.error_text import error_text
from esn_desktop.ui.forms import error_label, show_error
from esn_desktop.ui.labels import label


class RecordDialog(QDialog):
    def __init__(self, workspace: Workspace, formatter: Formatter, title: str) -> None:
        super().__init__()
        self.workspace, self.formatter = workspace, formatter
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.saved_id: int | None = None
        self.errors: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.general_error = error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def add_field(self, caption: str, widget: QWidget | QLayout, error: str | None = None) -> None:
        self.form.addRow(caption, widget)
        if error is not None:
            self.errors[error] = error_label()
            self.form.addRow("", self.errors[error])

    def watch(self, *signals: Any) -> None:
        """Re-checks the form whenever one of these signals fires."""
        for signal in signals:
            signal.connect(self.refresh)
        self.refresh()

    # --- what each form says -------------------------------------------------------------------

    def values(self) -> tuple[Any, dict[str, str]]:
        """The typed values, and an error text per field key."""
        raise NotImplementedError

    def write(self, values: Any) -> int:
        raise NotImplementedError

    def refusal_text(self, problem: Problem) -> str:
        """What to say of a refusal from the file (the form's own checks catch the rest)."""
        return problem.reason

    # --- shared behaviour -----------------------------------------------------------------------

    def refresh(self) -> None:
        _values, errors = self.values()
        for key, widget in self.errors.items():
            show_error(widget, errors.get(key, ""))
        show_error(self.general_error, "")
        self.save_button.setEnabled(not errors)

    def save(self) -> None:
        values, errors = self.values()
        if errors:
            return
        try:
            self.saved_id = self.write(values)
        except ValidationError as refused:
            for problem in refused.problems:
                show_error(self.errors.get(problem.field, self.general_error), self.refusal_text(problem))
            return
        except EsnError as error:  # the file refused the change (read-only, changed elsewhere...)
            show_error(self.general_error, error_text(error, self.formatter))
            return
        self.accept()


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
