"""A writer process for the tests of lost commits: it holds a workspace open as the app does.

Driven line by line on standard input, it answers each line on standard output once done:
`commit N` saves N accounts through the service the window uses (each its own transaction),
`trigger NAME` does one of the things that once dropped the process's locks on the file,
`exit` ends the process at once, as a crash would: no close, no checkpoint.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from esn_desktop.domain.errors import EsnError
from esn_desktop.domain.records import AccountRecord
from esn_desktop.services.account_editing import save_account
from esn_desktop.store.database import Workspace, inspect_file, open_workspace


def _trigger(name: str, workspace: Workspace) -> None:
    path = workspace.path
    if name == "nothing":
        return
    if name == "second-opening":  # a background read-only opening in the same process
        with open_workspace(path, write=False) as reader, reader.session() as session:
            session.connection().exec_driver_sql("SELECT COUNT(*) FROM accounts").fetchone()
    elif name == "inspect":
        inspect_file(path)
    elif name == "foreign-open":  # any code of another library reading the file
        with path.open("rb") as handle:
            handle.read(100)
    elif name == "mime":
        from PySide6.QtCore import QMimeDatabase

        QMimeDatabase().mimeTypeForFile(str(path))
    elif name in ("qt-file-dialog", "app-file-dialog"):  # a dialog listing the workspace's folder
        _show_file_dialog(path.parent, app_dialog=name == "app-file-dialog")
    else:
        raise ValueError(name)


def _show_file_dialog(folder: Path, *, app_dialog: bool) -> None:
    """Qt's own (non-native) dialog, or the app's, on screen for a second."""
    import time

    from PySide6.QtWidgets import QApplication, QFileDialog

    app = QApplication.instance() or QApplication([])
    if app_dialog:
        from esn_desktop.ui.file_dialogs import file_dialog

        dialog = file_dialog(None, "Open", folder, "")
    else:
        dialog = QFileDialog(None, "Open", str(folder))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.show()
    for _ in range(50):  # the folder's files are listed and typed in a thread meanwhile
        app.processEvents()
        time.sleep(0.02)
    dialog.close()


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    workspace = open_workspace(Path(sys.argv[1]))
    saved = 0
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        if command == "commit":
            try:
                for _ in range(int(argument)):
                    save_account(workspace, AccountRecord(name=f"Edit {saved:05d}"))
                    saved += 1
                print(f"ok {saved}", flush=True)
            except EsnError as error:
                print(f"refused {saved} {error}", flush=True)
        elif command == "trigger":
            _trigger(argument, workspace)
            print("ok", flush=True)
        elif command == "exit":
            sys.stdout.flush()
            os._exit(0)


if __name__ == "__main__":
    main()
