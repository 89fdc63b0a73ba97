"""Opening a workspace from the window: a new one, a file chosen or recent, the demo, a team
database through its connection form. The window (`MainWindow`) is made from this class; it
switches workspaces (`_switch`: two companies are never open in one window)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from esn_desktop.domain.errors import EsnError
from esn_desktop.formatting import Formatter
from esn_desktop.ui import recent_workspaces
from esn_desktop.ui.demo_builder import DemoBuilder
from esn_desktop.ui.error_text import error_text
from esn_desktop.ui.recent_workspaces import Place
from esn_desktop.ui.window_questions import WindowQuestions
from esn_desktop.ui.workspace_opener import Unlocked, WorkspaceOpener

if TYPE_CHECKING:
    from collections.abc import Callable

    from esn_desktop.services.workspaces import TeamDatabase, Workspace


class WindowOpening(WindowQuestions):
    """The main window's ways to open a workspace."""

    opener: WorkspaceOpener
    formatter: Formatter
    demo: DemoBuilder

    def _switch(self, opener: Callable[[], tuple[Workspace, str] | None]) -> None:
        """Closes the workspace on show, then shows the one `opener` opens (the window's own)."""
        raise NotImplementedError

    def create_workspace(self) -> None:
        path = self.ask_new_workspace_path()
        new = self.ask_new_workspace() if path is not None else None
        if path is None or new is None or not self._place_is_acceptable(path):
            return
        self._switch(lambda: (self.opener.create(path, new), ""))

    def work_offline(self) -> None:
        """File > Work offline…: the open team database copied into a new file (encrypted unless
        the person unticks it), then opened in its place; its status bar says its age."""
        database = self.workspace.team if self.workspace is not None else None
        if database is None:
            return
        path = self.ask_new_workspace_path()
        new = self.ask_new_workspace(offline=True) if path is not None else None
        if path is None or new is None or not self._place_is_acceptable(path):
            return
        try:
            self.opener.copy_offline(database, path, new)
        except EsnError as error:
            self.show_error(error_text(error, self.formatter))
            return
        self._switch(lambda: self.opener.open(path, self.formatter, Unlocked(new.passphrase)))

    def choose_workspace(self) -> None:
        path = self.ask_existing_workspace()
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Place | TeamDatabase) -> bool:
        """Opens `path`, an encrypted one with its passphrase (asked before the workspace on show
        closes: cancelling leaves it there), a team database through its form; False when the
        person stepped back."""
        if not isinstance(path, Path):
            return self.connect_team(path)
        if not self._place_is_acceptable(path):
            return False
        unlocked = self.opener.unlock(path)
        if unlocked is None:
            return False
        self._switch(lambda: self.opener.open(path, self.formatter, unlocked))
        return True

    def connect_team(self, database: TeamDatabase | str | None) -> bool:
        """File > Connect to a team database…, or a known one (see `WorkspaceOpener.connect_team`)."""
        try:
            opened = self.opener.connect_team(database, self.formatter)
        except EsnError as error:
            self.show_error(error_text(error, self.formatter))
            return False
        if opened is not None:
            self._switch(lambda: (opened, ""))
        return opened is not None

    def open_demo(self) -> None:
        path = recent_workspaces.default_folder() / "demo.esn"
        if path.exists():
            self.open_path(path)
        else:
            self.demo.build(path)

    def _place_is_acceptable(self, path: Path) -> bool:
        from esn_desktop.services.workspaces import storage_risk  # loaded with a workspace

        risk = storage_risk(path)
        return risk is None or self.accept_risky_place(risk)
