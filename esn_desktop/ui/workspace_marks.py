"""How the window marks what the person must not miss: a workspace open for reading only (a banner
above the tabs and a mark in the status bar), an encrypted one, a team database (with the
login's role there), an offline copy of one (with its age) and meeting mode (marks in the
status bar)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QObject, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from esn_desktop.ui.error_text import team_name
from esn_desktop.ui.offline_sync import OfflineProbe
from esn_desktop.ui.role_rights import role_mark
from esn_desktop.ui.role_rights import writes as workspace_writes

if TYPE_CHECKING:
    from esn_desktop.services.offline import OfflineOrigin
    from esn_desktop.services.workspaces import Workspace

READ_ONLY_STYLE = "background: #FFF3CD; color: #5C4300; border-bottom: 2px solid #E69F00; padding: 8px 12px;"
READ_ONLY_MARK_STYLE = READ_ONLY_STYLE.replace("8px 12px", "2px 8px") + "font-weight: bold;"
ENCRYPTED_STYLE = "color: white; background: #0F5E8C; padding: 2px 8px; font-weight: bold;"
TEAM_STYLE = "color: white; background: #2E7D32; padding: 2px 8px; font-weight: bold;"
#: The team mark while its server does not answer: what is shown may be out of date.
UNREACHABLE_STYLE = "color: white; background: #B00020; padding: 2px 8px; font-weight: bold;"
ROLE_STYLE = (
    "color: #1B5E20; background: #E8F5E9; border: 1px solid #2E7D32; padding: 1px 8px; font-weight: bold;"
)
OFFLINE_STYLE = "color: white; background: #6A1B9A; padding: 2px 8px; font-weight: bold;"
MEETING_STYLE = "color: white; background: #D55E00; padding: 2px 8px; font-weight: bold;"


class WorkspaceMarks(QObject):
    #: The offline mark's « Synchronise » was clicked.
    sync_requested = Signal()
    #: An open offline copy's server answers, and the copy holds this many new items to send
    #: (not counting the conflicts kept, which wait for the person's decision).
    ready_to_send = Signal(int)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        # In the status bar: a label without a parent would show as a window of its own.
        self.meeting_label = self._status_mark(window, MEETING_STYLE)
        self.read_only_label = self._status_mark(window, READ_ONLY_MARK_STYLE)
        self.encrypted_label = self._status_mark(window, ENCRYPTED_STYLE)
        self.team_label = self._status_mark(window, TEAM_STYLE)
        self.role_label = self._status_mark(window, ROLE_STYLE)
        self.offline_label = self._status_mark(window, OFFLINE_STYLE)
        self.offline_label.linkActivated.connect(lambda _link: self.sync_requested.emit())
        #: While an offline copy is open: whether its server answers again.
        self.probe = OfflineProbe(self)
        self.probe.answered.connect(self._server_answered)
        self._offline: Workspace | None = None
        #: Inside the window, above the tabs (the window places it): a read-only workspace says
        #: so wherever one looks.
        self.read_only_banner = QLabel()
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet(READ_ONLY_STYLE)
        self.read_only_banner.hide()

    @staticmethod
    def _status_mark(window: QMainWindow, style: str) -> QLabel:
        label = QLabel()
        label.setStyleSheet(style)
        label.hide()
        window.statusBar().addPermanentWidget(label)
        return label

    def show_read_only(self, read_only: bool, why: str) -> None:
        self.read_only_banner.setText(
            f"<b>{why}</b> " + self.tr("Lists, dashboard, exports and PDFs work as usual.")
            if read_only
            else ""
        )
        self.read_only_banner.setVisible(read_only)
        self.read_only_label.setText(self.tr("READ-ONLY") if read_only else "")
        self.read_only_label.setVisible(read_only)

    def show_reachable(self, workspace: Workspace, up: bool) -> None:
        """The team mark turned red while the team database's server does not answer, and back."""
        team = workspace.team
        if team is None:
            return
        if up:
            self.show_kind(workspace)
            self.team_label.setStyleSheet(TEAM_STYLE)
            return
        self.team_label.setText(
            self.tr("%1 does not answer: reconnecting…").replace("%1", team_name(team.name))
        )
        self.team_label.setToolTip(
            self.tr(
                "What is shown may be out of date; changes cannot be saved until the server answers again"
            )
        )
        self.team_label.setStyleSheet(UNREACHABLE_STYLE)

    def show_meeting_mode(self, on: bool) -> None:
        self.meeting_label.setText(self.tr("MEETING MODE: costs and margins hidden") if on else "")
        self.meeting_label.setVisible(on)

    def show_kind(self, workspace: Workspace | None) -> None:
        """What the open workspace is, marked: encrypted, or a team database (named)."""
        self.show_encrypted(workspace is not None and workspace.encrypted)
        team = workspace.team if workspace is not None else None
        self.team_label.setText(
            self.tr("Team database: %1").replace("%1", team_name(team.name)) if team is not None else ""
        )
        self.team_label.setToolTip(
            self.tr("Shared with your team on its server; saved there as soon as changed")
            if team is not None
            else ""
        )
        self.team_label.setVisible(team is not None)
        role = role_mark(workspace)
        self.role_label.setText(role)
        self.role_label.setToolTip(
            self.tr("Your login's role in this team database: what it allows is what the window offers")
            if role
            else ""
        )
        self.role_label.setVisible(bool(role))
        if workspace is not None and role and not workspace_writes(workspace):
            # A viewer's « Read only », marked as a read-only file is, says it once.
            self.read_only_label.hide()
            self.role_label.setStyleSheet(READ_ONLY_MARK_STYLE)
        else:
            self.role_label.setStyleSheet(ROLE_STYLE)
        self.show_offline(workspace)

    def show_offline(self, workspace: Workspace | None) -> None:
        """« Offline copy of DB of 02/12/2026 at 09:14 »: how old the team's figures shown are."""
        origin = None
        if workspace is not None and workspace.team is None:
            from esn_desktop.services.offline import offline_copy_of  # not at the welcome screen

            origin = offline_copy_of(workspace)
        self.probe.stop()
        self._offline = None
        if origin is None:
            self.offline_label.setText("")
            self.offline_label.setToolTip("")
            self.offline_label.hide()
            return
        assert workspace is not None
        if workspace_writes(workspace):  # one open for reading cannot be sent back from here
            self._offline = workspace
            self.probe.start(origin)
        self.offline_label.setText(self._age(origin))
        self.offline_label.setToolTip(
            self.tr(
                "Activities, no-show marks and action plans changed here go back to the team database "
                "with File > Synchronise with the team database (or esn-desktop sync); other changes are "
                "not sent back."
            )
        )
        self.offline_label.show()

    def _age(self, origin: OfflineOrigin) -> str:
        moment = origin.copied_at
        return (
            self.tr("Offline copy of %1 of %2 at %3")
            .replace("%1", origin.database)
            .replace("%2", QLocale().toString(QDate(moment.year, moment.month, moment.day), "dd/MM/yyyy"))
            .replace("%3", f"{moment:%H:%M}")
        )

    def _server_answered(self, up: bool) -> None:
        """The offline mark offers the sync while the server answers and the copy holds
        something to send; says the copy's age otherwise."""
        workspace = self._offline
        if workspace is None:
            return
        from esn_desktop.services.offline import outbox_of

        outbox = outbox_of(workspace)
        if outbox is None:
            return
        fresh = sum(1 for item in outbox.items if not item.reason)
        kept = outbox.to_send - fresh  # conflicts a sync kept: to decide, not merely to send
        if not up or not outbox.to_send:  # its age, as opened (the server went away again)
            self.offline_label.setText(self._age(outbox.origin))
            return
        said = []
        if fresh:
            said.append(
                self.tr("1 change to send")
                if fresh == 1
                else self.tr("%1 changes to send").replace("%1", str(fresh))
            )
        if kept:
            said.append(
                self.tr("1 conflict to decide")
                if kept == 1
                else self.tr("%1 conflicts to decide").replace("%1", str(kept))
            )
        words = self.tr("Team database reachable: %1").replace("%1", ", ".join(said))
        link = self.tr("Synchronise")
        self.offline_label.setText(f'{words} — <a href="sync" style="color: white;">{link}</a>')
        self.ready_to_send.emit(fresh)

    def show_encrypted(self, encrypted: bool) -> None:
        """« Encrypted » beside the read-only mark while an encrypted workspace is open."""
        self.encrypted_label.setText(self.tr("Encrypted") if encrypted else "")
        self.encrypted_label.setToolTip(
            self.tr("This workspace and its backups are encrypted; exports and PDFs are not.")
            if encrypted
            else ""
        )
        self.encrypted_label.setVisible(encrypted)
