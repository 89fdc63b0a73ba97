"""Why a workspace file could not be opened or written, in words a director understands."""

from __future__ import annotations

from esn_desktop.domain.errors import EsnError


class WorkspaceError(EsnError):
    """A workspace cannot be used as asked; the message says why in one line."""


class WorkspaceLockedError(WorkspaceError):
    """Another running copy of the app is writing this workspace."""


class WorkspaceReadOnlyError(WorkspaceError):
    """The file or its folder cannot be written: the workspace can be read, not changed."""


class WorkspaceChangedError(WorkspaceError):
    """Another program removed the log this process writes: no change can be saved any more."""
