"""An account's name and its facts: segment, sector, city, referencing, headcount; its
salesperson and the channel it came from; its switchboard and generic mailbox."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from esn_desktop.formatting import Formatter
from esn_desktop.services.accounts import AccountDetail
from esn_desktop.ui.forms import title_label
from esn_desktop.ui.labels import REFERENCING, SEGMENTS, label


def small_button(text: str) -> QPushButton:
    """A flat button beside a caption, as a link would be."""
    button = QPushButton(text)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class AccountHeader(QWidget):
    def __init__(self, formatter: Formatter) -> None:
        super().__init__()
        self.formatter = formatter
        self.title = title_label()
        self.edit_button = small_button(self.tr("Edit…"))
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.title, 1)
        row.addWidget(self.edit_button)
        layout.addLayout(row)
        layout.addWidget(self.facts)

    def show_account(self, d: AccountDetail | None) -> None:
        if d is None:
            self.title.setText(self.tr("Pick an account in the list"))
            self.facts.clear()
            return
        f = self.formatter
        self.title.setText(d.name)
        facts = [label(SEGMENTS, d.segment), d.sector or "", d.city or "", label(REFERENCING, d.referencing)]
        if d.size:
            # A number of people grouped as the language writes it (1 200); a band as it is (11-50).
            people = f.number(int(d.size), decimals=0) if d.size.isdigit() else d.size
            facts.append(self.tr("%1 people").replace("%1", people))
        owner = self.tr("Salesperson: %1").replace("%1", d.owner) if d.owner else self.tr("No salesperson")
        channel = self.tr("Channel: %1").replace("%1", d.channel) if d.channel else ""
        reach = [self.tr("Switchboard: %1").replace("%1", d.phone) if d.phone else "", d.email or ""]
        lines = [facts, [owner, channel], reach]
        self.facts.setText("\n".join(" · ".join(x for x in line if x) for line in lines if any(line)))
