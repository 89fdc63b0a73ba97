"""The file dialogs of the window, which never read the files they list, and never show in
meeting mode.

Where the platform has no native dialog, Qt's own one guesses each listed file's type from its
first bytes. Reading a workspace that is open here, even for a moment, drops every lock this
process holds on it (POSIX locks belong to the process and go with any closed descriptor), and
a reader elsewhere could then remove the live log. These dialogs tell types by name only.

In meeting mode (a client watching the screen) no dialog lists a folder: a folder's files, and
the places and history a dialog offers, name other clients, and a dialog can always be
navigated. So a dialog to open or choose a file first asks to leave meeting mode (`_chosen`,
which every dialog here goes through), and a file written out of the workspace (a client-safe
PDF, a list, a chart, an invitation) goes, once confirmed, into the workspace's own folder
(`own_documents_folder`), which holds only its documents, without a dialog.

Qt's file model writes sizes and dates in the system's locale ("53.69 KiB" under a French
interface on an English system); `LocaleDelegate` writes them in the interface's.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import (
    QCoreApplication,
    QFileInfo,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    QStandardPaths,
)
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFileIconProvider,
    QFileSystemModel,
    QHeaderView,
    QMessageBox,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from esn_desktop.private_files import private_folder
from esn_desktop.ui.i18n import interface_number
from esn_desktop.ui.meeting_mode import MeetingMode
from esn_desktop.ui.recent_workspaces import Place, place_of, workspace_key

if TYPE_CHECKING:
    from esn_desktop.services.workspaces import Workspace

#: Per workspace: the folder its last PDF went to.
PDF_FOLDER_KEY = "files/pdf_folder"


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names from the file's name and kind, never from its content."""

    def icon(self, what: QFileInfo | QAbstractFileIconProvider.IconType) -> QIcon:
        if isinstance(what, QFileInfo):
            kind = (
                QAbstractFileIconProvider.IconType.Folder
                if what.isDir()
                else QAbstractFileIconProvider.IconType.File
            )
            return super().icon(kind)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("FileDialogs", "Folder")
        suffix = info.suffix()
        if not suffix:
            return QCoreApplication.translate("FileDialogs", "File")
        return QCoreApplication.translate("FileDialogs", "%1 file").replace("%1", suffix.upper())


#: The columns of Qt's file model whose text comes from the system's locale.
SIZE_COLUMN, MODIFIED_COLUMN = 1, 3
#: What a folder named after a company may not hold on any system.
_NOT_IN_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


class LocaleDelegate(QStyledItemDelegate):
    """Sizes and dates of the listed files in the interface's language (QLocale's default), where
    Qt's file model uses the system's."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        model = index.model()
        if not isinstance(model, QFileSystemModel) or not isinstance(index, QModelIndex):
            return
        if index.column() == SIZE_COLUMN and not model.isDir(index):
            option.text = QLocale().formattedDataSize(model.size(index))
        elif index.column() == MODIFIED_COLUMN:
            modified = model.lastModified(index)
            option.text = QLocale().toString(modified, QLocale.FormatType.ShortFormat)


def file_dialog(parent: QWidget | None, caption: str, start: Path, name_filter: str) -> QFileDialog:
    """A dialog on `start` that lists files by name only; the functions below show it."""
    dialog = QFileDialog(parent, caption, str(start), name_filter)
    provider = NameOnlyIconProvider()
    dialog.setIconProvider(provider)
    dialog.setProperty("icon_provider", provider)  # the dialog does not own it: keep it alive
    # Qt's default size cuts the folder's path, the places ("Ordinateur") and the French
    # "Dernière modification".
    dialog.resize(860, 520)
    for splitter in dialog.findChildren(QSplitter):
        splitter.setSizes([170, 690])
    delegate = LocaleDelegate(dialog)
    for view in dialog.findChildren(QTreeView):
        view.setItemDelegate(delegate)
        view.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return dialog


def save_file_name(
    parent: QWidget | None,
    caption: str,
    start: Path,
    name_filter: str,
    *,
    suffix: str = "",
    accepted: Sequence[str] = (),
) -> Path | None:
    """A file to write, chosen by the person; replacing an existing one is confirmed first, so
    the caller writes over it.

    `suffix` ("pdf") is added to a name typed without one, or whose suffix is none of
    `accepted` (".xlsx", ".csv"; by default `suffix` alone). The dialog confirms only the name
    as typed: a name completed after it is confirmed here.
    """
    dialog = file_dialog(parent, caption, start, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(suffix)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    chosen = _chosen(dialog)
    if chosen is None or not suffix or chosen.suffix.lower() in (accepted or (f".{suffix}",)):
        return chosen
    completed = chosen.with_name(f"{chosen.name}.{suffix}")
    return completed if confirm_replace(parent, caption, [completed]) else None


def may_export(parent: QWidget | None) -> bool:
    """Whether a file may be written out of the workspace `parent` shows: the window asks before
    the first export out of an encrypted workspace (window_questions.py)."""
    window = parent.window() if parent is not None else None
    check = getattr(window, "may_export", None)
    return bool(check()) if callable(check) else True


def export_file_name(
    parent: QWidget | None,
    caption: str,
    start: Path,
    name_filter: str,
    *,
    suffix: str = "",
    accepted: Sequence[str] = (),
) -> Path | None:
    """`save_file_name` for a file written out of a workspace (a list, a PDF, a chart, an
    invitation): an encrypted workspace's first export is confirmed first. In meeting mode, no
    dialog: the file goes into the workspace's own folder, once the person agrees."""
    if not may_export(parent):
        return None
    if (own := _own_folder_in_meeting_mode(parent)) is not None:
        if own is False:
            return None
        name = start.name
        if suffix and Path(name).suffix.lower() not in (accepted or (f".{suffix}",)):
            name = f"{name}.{suffix}"
        target = own / name
        return target if confirm_replace(parent, caption, [target]) else None
    return save_file_name(parent, caption, start, name_filter, suffix=suffix, accepted=accepted)


def confirm_replace(parent: QWidget | None, caption: str, paths: Sequence[Path]) -> bool:
    """True when none of `paths` exists, or the person agrees to replace those that do."""
    existing = [path for path in paths if os.path.lexists(path)]
    if not existing:
        return True
    if len(existing) == 1:
        text = QCoreApplication.translate("FileDialogs", "%1 already exists. Replace it?").replace(
            "%1", existing[0].name
        )
    else:
        text = (
            QCoreApplication.translate("FileDialogs", "%1 of these files are already in %2. Replace them?")
            .replace("%1", interface_number(len(existing)))
            .replace("%2", str(existing[0].parent))
        )
    answer = QMessageBox.question(parent, caption, text)
    return answer == QMessageBox.StandardButton.Yes


def open_file_name(parent: QWidget | None, caption: str, start: Path, name_filter: str) -> Path | None:
    """An existing file to read, chosen by the person."""
    dialog = file_dialog(parent, caption, start, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _chosen(dialog)


def existing_folder(parent: QWidget | None, caption: str, start: Path) -> Path | None:
    """An existing folder for files written out of the workspace, chosen by the person (an
    encrypted workspace's first export confirmed first)."""
    if not may_export(parent):
        return None
    if (own := _own_folder_in_meeting_mode(parent)) is not None:
        return own or None
    dialog = file_dialog(parent, caption, start, "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    return _chosen(dialog)


def documents_folder(workspace: Place) -> Path:
    """Where the save dialog of a workspace's document (a PDF, an invitation) starts: the folder
    its last one went to while that folder exists, else the Documents folder.

    Kept per workspace: a director working for several clients files each one's documents in
    that client's folder, and a folder named after one client must not show in a dialog opened
    in front of another."""
    kept = QSettings().value(f"{PDF_FOLDER_KEY}/{workspace_key(workspace)}", "")
    if isinstance(kept, str) and kept and Path(kept).is_dir():
        return Path(kept)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def own_documents_folder(workspace: Workspace) -> Path:
    """The folder of this workspace's documents alone: `esn-desktop/COMPANY` in the Documents
    folder, where meeting mode writes them (nothing of another client is there to show)."""
    from esn_desktop.services.workspaces import company_name  # a read of the settings

    name = _NOT_IN_NAMES.sub("-", company_name(workspace)).strip(" .") or workspace_key(place_of(workspace))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / "esn-desktop" / name


def _main_window(parent: QWidget | None) -> QWidget | None:
    """The main window `parent` is shown in: up through its windows (a dialog's parent), else the
    application's only main window (the dashboard shown full screen is a window of its own)."""
    widget = parent
    while widget is not None:
        window = widget.window()
        if callable(getattr(window, "accept_leaving_meeting_mode", None)):
            return window
        widget = window.parentWidget()
    windows = [
        window
        for window in QApplication.topLevelWidgets()
        if callable(getattr(window, "accept_leaving_meeting_mode", None))
    ]
    return windows[0] if len(windows) == 1 else None


def meeting_window(parent: QWidget | None) -> QWidget | None:
    """The main window of `parent` when it is in meeting mode, else None."""
    window = _main_window(parent)
    meeting = getattr(window, "meeting", None)
    return window if isinstance(meeting, MeetingMode) and meeting.on else None


def out_of_meeting_mode(parent: QWidget | None) -> bool:
    """True once the window of `parent` is out of meeting mode: asked to leave it first when it is
    on (the window's `accept_leaving_meeting_mode`, which tests answer)."""
    window = meeting_window(parent)
    if window is None:
        return True
    ask = getattr(window, "accept_leaving_meeting_mode", None)
    if callable(ask) and ask():
        window.meeting.set(False)  # type: ignore[attr-defined]
    return meeting_window(parent) is None


def may_show_folder(parent: QWidget | None, folder: Path) -> bool:
    """Whether the file manager may show `folder`: out of meeting mode, or the workspace's own
    folder; else once the person leaves meeting mode."""
    window = meeting_window(parent)
    workspace = getattr(window, "workspace", None)
    if window is None or (workspace is not None and folder == own_documents_folder(workspace)):
        return True
    return out_of_meeting_mode(parent)


def _own_folder_in_meeting_mode(parent: QWidget | None) -> Path | Literal[False] | None:
    """None out of meeting mode; in it, the workspace's own folder (made) once the person agrees
    to write there, else False."""
    window = meeting_window(parent)
    if window is None:
        return None
    workspace = getattr(window, "workspace", None)
    ask = getattr(window, "accept_saving_in_own_folder", None)
    if workspace is None or not callable(ask):
        return False
    folder = own_documents_folder(workspace)
    if not ask(folder.name):
        return False
    try:
        return private_folder(folder)
    except OSError as error:
        QMessageBox.warning(parent, QCoreApplication.translate("FileDialogs", "Meeting mode"), str(error))
        return False


def remember_documents_folder(workspace: Place, folder: Path) -> None:
    QSettings().setValue(f"{PDF_FOLDER_KEY}/{workspace_key(workspace)}", str(folder))


def _chosen(dialog: QFileDialog) -> Path | None:
    """The file chosen in `dialog`; never shown in meeting mode, which the person is asked to
    leave first."""
    if not out_of_meeting_mode(dialog.parentWidget()):
        dialog.deleteLater()
        return None
    accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
    files = dialog.selectedFiles()
    dialog.deleteLater()
    return Path(files[0]) if accepted and files else None
