"""What happened at an account, newest first: its activities and its deals' moves, the activity
just logged pointed out."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from esn_desktop.domain.activities import ActivityKind, ActivityStatus
from esn_desktop.formatting import Formatter
from esn_desktop.services.accounts import AccountDetail, ActivityLine
from esn_desktop.ui.labels import ACTIVITY_KINDS, ACTIVITY_STATUSES, STAGES, label

#: A deal's move in the timeline, told apart from the activities.
MOVE_COLOUR = QColor("#1a5fb4")
#: The activity just logged, pointed out until the account is shown again.
HIGHLIGHT_COLOUR = QColor("#fff3b0")


class AccountTimeline(QListWidget):
    """One line per activity or deal move; knows which activity each line is."""

    def __init__(self, formatter: Formatter) -> None:
        super().__init__()
        self.formatter = formatter
        self.setWordWrap(True)  # a line with its notes reads whole in the panel's width
        #: The line to point out once shown: an activity just logged.
        self.highlight: int | None = None
        #: What each line is: an activity, or None for a deal's move.
        self._lines: list[ActivityLine | None] = []

    def current_activity(self) -> ActivityLine | None:
        row = self.currentRow()
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def current_meeting(self) -> ActivityLine | None:
        """The selected activity if it is a meeting planned or held: one that can be a no-show."""
        activity = self.current_activity()
        if (
            activity is not None
            and activity.kind == ActivityKind.MEETING
            and activity.status in (ActivityStatus.PLANNED, ActivityStatus.DONE)
        ):
            return activity
        return None

    def empty(self) -> None:
        self.clear()
        self._lines = []

    def show_account(self, d: AccountDetail) -> None:
        """Activities and the deals' moves, newest first; on one day, the moves first (a deal is
        moved after the call that decided it)."""
        f = self.formatter
        lines: list[tuple[date, int, str, ActivityLine | None]] = []
        for a in d.timeline:
            when = f.day(a.day) if a.start is None else f"{f.day(a.day)} {f.clock(a.start)}"
            parts = [when, label(ACTIVITY_KINDS, a.kind), label(ACTIVITY_STATUSES, a.status)]
            parts += [x for x in (a.contact, a.owner, a.notes) if x]
            lines.append((a.day, 0, " — ".join(parts), a))
        for o in d.opportunities:
            for h in o.history[1:]:  # the first is the deal's creation, not a move
                text = self.tr("%1 — Deal %2 moved to %3").replace("%1", f.day(h.day))
                lines.append(
                    (h.day, 1, text.replace("%2", o.title).replace("%3", label(STAGES, h.stage)), None)
                )
        lines.sort(key=lambda line: (line[0], line[1]), reverse=True)
        self.clear()
        self._lines = [activity for _day, _order, _text, activity in lines]
        highlighted = None
        for _day, _order, text, activity in lines:
            item = QListWidgetItem(text)
            if activity is None:
                item.setForeground(MOVE_COLOUR)
            elif activity.id == self.highlight:
                item.setBackground(HIGHLIGHT_COLOUR)
                highlighted = item
            self.addItem(item)
        if highlighted is not None:
            self.highlight = None
            self.setCurrentItem(highlighted)
            self.scrollToItem(highlighted)
