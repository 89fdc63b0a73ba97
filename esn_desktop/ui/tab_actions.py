"""What a tab may do for the window's actions (File > Export the list, Ctrl+N, Ctrl+F): the
window asks the tab on show whether it is one of these, never for a method by its name."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from esn_desktop.ui.background import BackgroundTask


@runtime_checkable
class ExportsList(Protocol):
    def export(self, path: Path | None = None) -> BackgroundTask | None:
        """Writes the list as shown (asking where unless given), in the background."""


@runtime_checkable
class CreatesItems(Protocol):
    def new_item(self) -> None:
        """Opens the form of a new item of the tab's list."""


@runtime_checkable
class Searches(Protocol):
    def focus_search(self) -> None:
        """Puts the cursor in the tab's search field, its text selected."""
