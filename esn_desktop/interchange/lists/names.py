"""The names rows refer to (salespeople, channels, accounts), found as a person would find them.

"jean DUPONT" is the workspace's "Jean Dupont", "Bouche-a-oreille" its "Bouche-à-oreille":
names are compared folded (name_key). A name found nowhere is made, once, and listed as made;
or, when the person said not to create anything (`--no-create`), its row is refused.
"""

from __future__ import annotations

from collections.abc import Iterable

from esn_desktop.domain.accounts import name_key
from esn_desktop.domain.errors import Problem
from esn_desktop.interchange.fields import quoted


def not_made(what: str, written: str, at: str = "") -> str:
    """Why a row is refused that names what the workspace lacks, when the import may make nothing:
    "no salesperson named 'Claire Dubois', and --no-create makes none"."""
    where = f" at {quoted(at)}" if at else ""
    return f"no {what} named {quoted(written)}{where}, and --no-create makes none"


class NameBook:
    """One list's names: those of the workspace, then those an import makes."""

    def __init__(self, known: Iterable[str], *, what: str, may_create: bool) -> None:
        self._by_key = {name_key(name): name for name in known}
        #: What one name of the list is, as a refusal says it: "salesperson", "channel", "account".
        self.what = what
        self.may_create = may_create
        #: Names this import makes, as first written.
        self.created: list[str] = []

    def find(self, written: str) -> str | None:
        """The name as the workspace (or an earlier row) writes it, None when there is none."""
        return self._by_key.get(name_key(written))

    def named(self, written: str, *, where: str, field: str, problems: list[Problem]) -> str:
        """The name a row writes, as the workspace (or an earlier row) writes it; one unknown is
        kept as written, to be made once the row is kept, or its row refused (said in `problems`)
        when the import may make nothing."""
        name = self.find(written)
        if name is None and not self.may_create:
            problems.append(Problem(where, field, not_made(self.what, written)))
        return name or written

    def __contains__(self, written: str) -> bool:
        return name_key(written) in self._by_key

    def make(self, written: str) -> str:
        """Makes `written` a name of the list (once); returns the name kept."""
        key = name_key(written)
        if key not in self._by_key:
            self._by_key[key] = written
            self.created.append(written)
        return self._by_key[key]
