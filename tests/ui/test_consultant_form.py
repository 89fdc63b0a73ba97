"""The consultant form's hint under the salary is read whole: the trial saw « CJM 334,86 € =
salaire x (1 + 45 % … » cut at its top and bottom."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from esn_desktop.formatting import Formatter
from esn_desktop.ui.dialogs.consultant_dialog import ConsultantDialog
from esn_desktop.ui.events import DataEvents
from esn_desktop.ui.operations import Operations


def test_the_cjm_derived_from_the_salary_is_shown_whole(qtbot, small_workspace) -> None:
    dialog = ConsultantDialog(Operations(small_workspace, QUndoStack(), DataEvents()), Formatter())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.by_salary, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.salary, "48000")
    hint = dialog.derived
    assert hint.text().startswith("CJM 328,44")
    qtbot.waitUntil(lambda: hint.height() >= hint.heightForWidth(hint.width()))
    assert hint.heightForWidth(hint.width()) > 2 * hint.fontMetrics().lineSpacing()  # it does wrap
    # Nothing of the form below it is pushed out of the dialog.
    assert (
        dialog.seniority.geometry().bottom()
        < dialog.save_button.mapTo(dialog, dialog.save_button.rect().topLeft()).y()
    )
