"""A workspace open for reading only (its file or folder is write-protected, another copy of
the app is changing it, or a team database's login is a viewer): everything reads, exports and
prints as usual, and whatever would change the file is out of reach, greyed rather than failing
once clicked. So is what the login's role forbids (ui/role_rights.py), with its reason."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QPlainTextEdit, QWidget

from esn_desktop.ui.role_rights import Right, allows, refusal, writes

if TYPE_CHECKING:
    from esn_desktop.services.workspaces import Workspace


def lock_editing(
    workspace: Workspace, *controls: QWidget | QAction | QShortcut, right: Right | None = None
) -> None:
    """Puts the controls that would change `workspace` out of reach, if it is open for reading
    only, or if they make a change of the kind `right` that the login's role forbids (each then
    says why in its tooltip).

    Each tab and panel calls it once, on the controls it builds: an open workspace never turns
    writable, and the window builds new tabs for the next workspace it opens.
    """
    if writes(workspace) if right is None else allows(workspace, right):
        return
    why = "" if right is None else refusal(workspace, right)
    for control in controls:
        if why and not isinstance(control, QShortcut):
            control.setToolTip(why)
        if isinstance(control, QLineEdit | QPlainTextEdit):
            # Read-only rather than greyed: the text stays legible, selectable and scrollable.
            control.setReadOnly(True)
        elif isinstance(control, QAbstractItemView):
            # The cells, their tick boxes and the editors inside them are out of reach (mouse and
            # keyboard); the scroll bars still scroll.
            control.viewport().setEnabled(False)
            control.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        else:
            control.setEnabled(False)
