"""The file dialogs of the window, which never read the files they list.

Where the platform has no native dialog, Qt's own one guesses each listed file's type from its
first bytes. Reading a workspace that is open here, even for a moment, drops every lock this
process holds on it (POSIX locks belong to the process and go with any closed descriptor), and
a reader elsewhere could then remove the live log. These dialogs tell types by name only.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo, QSettings, QStandardPaths
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import (
    QFileDialog,
    QFileIconProvider,
    QHeaderView,
    QMessageBox,
    QSplitter,
    QTreeView,
    QWidget,
)

from esn_desktop.ui.recent_workspaces import Place, workspace_key

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
    for view in dialog.findChildren(QTreeView):
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
    invitation): an encrypted workspace's first export is confirmed first."""
    if not may_export(parent):
        return None
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
            .replace("%1", str(len(existing)))
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


def remember_documents_folder(workspace: Place, folder: Path) -> None:
    QSettings().setValue(f"{PDF_FOLDER_KEY}/{workspace_key(workspace)}", str(folder))


def _chosen(dialog: QFileDialog) -> Path | None:
    accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
    files = dialog.selectedFiles()
    dialog.deleteLater()
    return Path(files[0]) if accepted and files else None
