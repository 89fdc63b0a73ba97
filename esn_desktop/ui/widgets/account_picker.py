"""A field that finds an account as you type (among 100,000, case and accents ignored)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from esn_desktop.services.account_list import find_accounts

if TYPE_CHECKING:
    from esn_desktop.services.workspaces import Workspace


class AccountPicker(QLineEdit):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__(placeholderText=self.tr("Type to search the account…"))
        self.workspace = workspace
        self._accounts: dict[str, int] = {}
        self._completions = QStringListModel(self)
        completer = QCompleter(self._completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.textEdited.connect(self._complete)

    def set_account(self, account_id: int, name: str) -> None:
        self._accounts[name] = account_id
        self.setText(name)

    def _complete(self, text: str) -> None:
        found = find_accounts(self.workspace, text)
        self._accounts.update({name: account_id for account_id, name in found})
        self._completions.setStringList([name for _, name in found])

    def account_id(self) -> int | None:
        """The account named exactly as typed, if there is one."""
        name = self.text().strip()
        if name and name not in self._accounts:
            self._accounts.update(
                {n: i for i, n in find_accounts(self.workspace, name, limit=5) if n == name}
            )
        return self._accounts.get(name)
