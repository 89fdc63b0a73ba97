"""An offline copy sent back from the window (issue 16, point 6): what File > Synchronise with the
team database says once done, with a choice for each conflict the file keeps, and the cheap probe
that tells, while an offline copy is open, when its server answers again.

The sync itself is `services/offline.py`'s, run off the UI thread by the window
(`ui/window_opening.py`), which lets go of the file while it is replaced and opens it again.
"""

from __future__ import annotations

import socket
from collections import Counter
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from esn_desktop.formatting import Formatter
from esn_desktop.ui.background import BackgroundTask
from esn_desktop.ui.error_text import team_name
from esn_desktop.ui.i18n import interface_number
from esn_desktop.ui.labels import ACTIVITY_KINDS, label

if TYPE_CHECKING:
    from esn_desktop.services.offline import Kept, OfflineOrigin, SyncReport

    def QT_TRANSLATE_NOOP(context: str, message: str, /) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

#: How often an open offline copy's server is probed (a TCP connect off the UI thread).
PROBE_MS = 30_000
#: How long a probe waits for the server: a dead one costs this, on a worker, every PROBE_MS.
PROBE_TIMEOUT_S = 3.0

_CONTEXT = "OfflineSync"

#: Why a sync kept an item (services/offline.py `_Conflict` keys).
REASONS = {
    "account_deleted": QT_TRANSLATE_NOOP("OfflineSync", "its account was deleted on the server"),
    "deal_deleted": QT_TRANSLATE_NOOP("OfflineSync", "its deal was deleted on the server"),
    "deleted_on_server": QT_TRANSLATE_NOOP("OfflineSync", "it was deleted on the server"),
    "changed_on_server": QT_TRANSLATE_NOOP("OfflineSync", "it was changed on the server since the copy"),
    "plan_deleted": QT_TRANSLATE_NOOP("OfflineSync", "it was deleted on the server"),
    "plan_both_sides": QT_TRANSLATE_NOOP("OfflineSync", "it was edited on both sides"),
    "plan_names_deleted": QT_TRANSLATE_NOOP(
        "OfflineSync", "it names an account or a deal deleted on the server"
    ),
    "reminder_kept": QT_TRANSLATE_NOOP("OfflineSync", "the reminder of a no-show mark kept: kept with it"),
    "refused": QT_TRANSLATE_NOOP("OfflineSync", "the server refused it: your role does not allow it"),
}
#: What the tables whose edits are never sent back are called.
#: (a deal's stage history is the deal's; what has no name here is "other data").
TABLES = {
    "accounts": QT_TRANSLATE_NOOP("OfflineSync", "accounts"),
    "contacts": QT_TRANSLATE_NOOP("OfflineSync", "contacts"),
    "opportunities": QT_TRANSLATE_NOOP("OfflineSync", "deals"),
    "stage_changes": QT_TRANSLATE_NOOP("OfflineSync", "deals"),
    "missions": QT_TRANSLATE_NOOP("OfflineSync", "missions"),
    "consultants": QT_TRANSLATE_NOOP("OfflineSync", "consultants"),
    "consultant_skills": QT_TRANSLATE_NOOP("OfflineSync", "consultants"),
    "leaves": QT_TRANSLATE_NOOP("OfflineSync", "leaves"),
    "objectives": QT_TRANSLATE_NOOP("OfflineSync", "objectives"),
    "objective_criteria": QT_TRANSLATE_NOOP("OfflineSync", "objectives"),
    "salespeople": QT_TRANSLATE_NOOP("OfflineSync", "salespeople"),
    "channels": QT_TRANSLATE_NOOP("OfflineSync", "channels"),
    "channel_costs": QT_TRANSLATE_NOOP("OfflineSync", "channels"),
}
OTHER_DATA = QT_TRANSLATE_NOOP("OfflineSync", "other data")
#: The choices offered for a kept item, by their value: later, theirs, mine.
LATER, THEIRS, MINE = "", "theirs", "mine"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _counted(n: int, one: str, several: str) -> str:
    return (_tr(one) if n == 1 else _tr(several)).replace("%1", interface_number(n))


def what_of(kept: Kept, formatter: Formatter) -> str:
    """« Call of 02/12/2026 with Boulangeries Réunies », « Karim Benali’s plan for December 2026 »."""
    what = kept.payload.get("what")
    if not isinstance(what, dict):  # kept by a version that did not say it: its command's words
        return str(kept.payload.get("said", kept.name))
    if kept.item == "plan":
        month = date.fromisoformat(f"{what['month']}-01")
        return (
            _tr(QT_TRANSLATE_NOOP("OfflineSync", "%1’s action plan for %2"))
            .replace("%1", str(what["salesperson"]))
            .replace("%2", formatter.month(month))
        )
    kind = label(ACTIVITY_KINDS, what["kind"])
    day = formatter.day(date.fromisoformat(what["date"]))
    if what.get("account"):
        return (
            _tr(QT_TRANSLATE_NOOP("OfflineSync", "%1 of %2 with %3"))
            .replace("%1", kind)
            .replace("%2", day)
            .replace("%3", str(what["account"]))
        )
    return _tr(QT_TRANSLATE_NOOP("OfflineSync", "%1 of %2")).replace("%1", kind).replace("%2", day)


def reason_of(kept: Kept) -> str:
    source = REASONS.get(kept.key)
    return _tr(source) if source else kept.line


def sent_parts(report: SyncReport) -> list[str]:
    """« 2 activities », « 1 activity change », « 1 action plan »: what was sent."""
    parts = []
    for item, one, several in (
        (
            "activity",
            QT_TRANSLATE_NOOP("OfflineSync", "%1 activity"),
            QT_TRANSLATE_NOOP("OfflineSync", "%1 activities"),
        ),
        (
            "activity-mark",
            QT_TRANSLATE_NOOP("OfflineSync", "%1 activity change"),
            QT_TRANSLATE_NOOP("OfflineSync", "%1 activity changes"),
        ),
        (
            "plan",
            QT_TRANSLATE_NOOP("OfflineSync", "%1 action plan"),
            QT_TRANSLATE_NOOP("OfflineSync", "%1 action plans"),
        ),
    ):
        if report.sent[item]:
            parts.append(_counted(report.sent[item], one, several))
    return parts


def sent_line(report: SyncReport, team: str) -> str:
    """« Sent to acme on db: 2 activities, 1 activity change, 1 action plan. »"""
    parts = sent_parts(report)
    name = team_name(team)
    line = (
        _tr(QT_TRANSLATE_NOOP("OfflineSync", "Sent to %1: %2."))
        .replace("%1", name)
        .replace("%2", ", ".join(parts))
        if parts
        else _tr(QT_TRANSLATE_NOOP("OfflineSync", "Nothing new to send to %1.")).replace("%1", name)
    )
    if report.already:
        line += " " + _counted(
            report.already,
            QT_TRANSLATE_NOOP("OfflineSync", "%1 change had been sent by an earlier sync: not sent again."),
            QT_TRANSLATE_NOOP("OfflineSync", "%1 changes had been sent by an earlier sync: not sent again."),
        )
    return line


def not_sent_lines(report: SyncReport) -> list[str]:
    """What was made in the copy and is never sent back, and why."""
    lines = []
    named: Counter[str] = Counter()
    for table, n in report.others.items():
        named[_tr(TABLES.get(table, OTHER_DATA))] += n
    for what, n in sorted(named.items()):
        lines.append(
            _counted(
                n,
                QT_TRANSLATE_NOOP("OfflineSync", "%1 change to %2"),
                QT_TRANSLATE_NOOP("OfflineSync", "%1 changes to %2"),
            ).replace("%2", what)
        )
    if report.deletions:
        lines.append(
            _counted(
                report.deletions,
                QT_TRANSLATE_NOOP("OfflineSync", "%1 deletion"),
                QT_TRANSLATE_NOOP("OfflineSync", "%1 deletions"),
            )
        )
    return lines


def synced_by_itself(report: SyncReport, team: str) -> str:
    """The status bar's line after a sync the window made by itself (nothing kept)."""
    parts = sent_parts(report)
    sent = ", ".join(parts) if parts else _tr(QT_TRANSLATE_NOOP("OfflineSync", "nothing new"))
    return (
        _tr(QT_TRANSLATE_NOOP("OfflineSync", "Synchronised by itself with %1 — sent: %2"))
        .replace("%1", team_name(team))
        .replace("%2", sent)
    )


class SyncSummaryDialog(QDialog):
    """What a sync did: sent, not sent back (and why), kept as a conflict, each conflict with its
    choice: decide later, keep the team's version (mine dropped), or send mine over it. Accepted
    with « Apply these choices »: `decisions()` then names them."""

    def __init__(
        self,
        report: SyncReport,
        team: str,
        refreshed: OfflineOrigin | None,
        formatter: Formatter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Synchronise with the team database"))
        layout = QVBoxLayout(self)
        self.sent = QLabel(sent_line(report, team))
        self.sent.setWordWrap(True)
        layout.addWidget(self.sent)
        done = [
            self.tr("Sent over the team’s version: %1").replace("%1", what_of(k, formatter))
            for k in report.forced
        ] + [
            self.tr("Dropped, the team’s version kept: %1").replace("%1", what_of(k, formatter))
            for k in report.dropped
        ]
        self.decided = QLabel("\n".join(done))
        self.decided.setWordWrap(True)
        self.decided.setVisible(bool(done))
        layout.addWidget(self.decided)
        others = not_sent_lines(report)
        self.not_sent = QLabel(
            self.tr(
                "Not sent back (only activities, no-show marks and action plans go back from an offline "
                "copy; the refreshed copy holds the team’s version): %1."
            ).replace("%1", ", ".join(others))
        )
        self.not_sent.setWordWrap(True)
        self.not_sent.setVisible(bool(others))
        layout.addWidget(self.not_sent)
        #: Each kept item's choice, by its name (`plan:3`).
        self.choices: dict[str, QComboBox] = {}
        if report.kept:
            heading = QLabel(
                "<b>" + self.tr("Kept in the copy, not sent (conflicts): decide each, or later") + "</b>"
            )
            layout.addWidget(heading)
            grid_widget = QWidget()
            grid = QGridLayout(grid_widget)
            for row, kept in enumerate(report.kept):
                said = QLabel(
                    self.tr("%1: %2").replace("%1", what_of(kept, formatter)).replace("%2", reason_of(kept))
                )
                said.setWordWrap(True)
                choice = QComboBox()
                choice.addItem(self.tr("Decide later"), LATER)
                choice.addItem(self.tr("Keep the team’s version (drop mine)"), THEIRS)
                if kept.mine_allowed:
                    choice.addItem(self.tr("Send mine over the team’s version"), MINE)
                choice.currentIndexChanged.connect(self._chosen)
                grid.addWidget(said, row, 0)
                grid.addWidget(choice, row, 1)
                self.choices[kept.name] = choice
            grid.setColumnStretch(0, 1)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(grid_widget)
            layout.addWidget(scroll, 1)
        if refreshed is not None:
            moment = refreshed.copied_at
            self.refreshed = QLabel(
                self.tr("The copy now holds the team’s data of %1 at %2.")
                .replace("%1", formatter.day(moment.date()))
                .replace("%2", formatter.clock(moment))
            )
            layout.addWidget(self.refreshed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.apply_button = self.buttons.addButton(
            self.tr("Apply these choices"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setVisible(bool(self.choices))
        self.apply_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)

    def _chosen(self) -> None:
        self.apply_button.setEnabled(any(self.decisions()))

    def choose(self, name: str, decision: str) -> None:
        """Sets the choice of the kept item `name` (THEIRS, MINE or LATER)."""
        choice = self.choices[name]
        choice.setCurrentIndex(choice.findData(decision))

    def decisions(self) -> tuple[list[str], list[str]]:
        """The kept items whose team version wins, and those sent over it."""
        theirs = [name for name, c in self.choices.items() if c.currentData() == THEIRS]
        mine = [name for name, c in self.choices.items() if c.currentData() == MINE]
        return theirs, mine


def answers(host: str, port: int) -> bool:
    """Whether something listens at `host`:`port` (the team's server back): a TCP connect only."""
    try:
        with socket.create_connection((host, port), timeout=PROBE_TIMEOUT_S):
            return True
    except OSError:
        return False


class OfflineProbe(QObject):
    """While an offline copy is open, asks every PROBE_MS, off the UI thread, whether its server
    answers; nothing at all for any other workspace, and nothing at start-up."""

    #: Whether the server answered the last probe (on the window's thread).
    answered = Signal(bool)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._probe)
        self._where: tuple[str, int] | None = None
        self._task: BackgroundTask | None = None

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self, origin: OfflineOrigin) -> None:
        url = origin.team_database().url
        self._where = (url.host or "localhost", url.port or 5432)
        self._timer.start(PROBE_MS)

    def stop(self) -> None:
        self._timer.stop()
        self._where = None
        if self._task is not None:
            self._task.signals.succeeded.disconnect()
            self._task.signals.failed.disconnect()
            self._task.drop()
            self._task = None

    def _probe(self) -> None:
        where = self._where
        if where is None or self._task is not None:
            return  # the last probe has not answered yet
        task = BackgroundTask(lambda _progress: answers(*where))
        task.signals.succeeded.connect(self._heard)
        task.signals.failed.connect(lambda _text: self._heard(False))
        self._task = task.start()

    def _heard(self, up: object) -> None:
        self._task = None
        if self._where is not None:
            self.answered.emit(bool(up))
