"""A salesperson's window on another salesperson's meeting or no-show (issue 16, point 3): the
controls that would change it are greyed, saying why, and a change reaching the server anyway
(a selection gone stale) is the role's refusal in French, never "changed meanwhile"."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from esn_desktop.services.no_shows import mark_no_show
from esn_desktop.store.database import Workspace
from esn_desktop.ui.i18n import install_language
from esn_desktop.ui.main_window import MainWindow
from tests.team_logins import salesperson_login

TODAY = date(2026, 11, 22)
HELENES_MEETING = 1  # on Mutuelle Horizon
REFUSED = (
    "Votre rôle (commercial) ne permet pas cette modification dans {name}\u202f: rien n’a été enregistré."
)
GREYED = (
    "Votre rôle (commercial) ne modifie que vos propres activités\u202f: celle-ci est à un autre commercial."
)


@pytest.fixture
def karim(team_workspace: Workspace) -> Iterator[Workspace]:
    with salesperson_login(team_workspace, "Karim Benali", "karim-secret-1") as workspace:
        yield workspace


def _window(qtbot, workspace: Workspace) -> MainWindow:
    install_language(QApplication.instance(), "fr")  # type: ignore[arg-type]
    window = MainWindow(workspace, "Équipe")
    qtbot.addWidget(window)
    window.prospects.panel.today = TODAY
    window.prospects.no_shows.today = TODAY
    return window


def _refused(workspace: Workspace) -> str:
    team = workspace.team
    assert team is not None
    return REFUSED.replace("{name}", f"{team.database} sur {team.url.host}")


def test_anothers_meeting_is_not_offered_as_a_no_show_and_is_refused_by_role(
    qtbot, team_workspace, karim
) -> None:
    window = _window(qtbot, karim)
    tab, panel = window.prospects, window.prospects.panel
    names = [tab.model.index(row, 0).data() for row in range(tab.model.rowCount())]
    tab.table.selectRow(names.index("Mutuelle Horizon"))
    qtbot.waitUntil(lambda: panel.timeline.count() > 0)
    timeline = panel.timeline
    meeting = next(row for row in range(timeline.count()) if "Rendez-vous" in timeline.item(row).text())
    timeline.setCurrentRow(meeting)
    assert panel.timeline.current_meeting() is not None
    assert not panel.no_show_button.isEnabled() and panel.no_show_button.toolTip() == GREYED

    panel.mark_no_show()  # reached anyway (a selection gone stale): the server refuses it
    assert panel.message.text() == _refused(karim)
    assert window.undo_stack.count() == 0


def test_anothers_no_show_is_neither_rescheduled_nor_booked(qtbot, team_workspace, karim) -> None:
    mark_no_show(team_workspace, activity_id=HELENES_MEETING)  # the director marks Hélène's
    window = _window(qtbot, karim)
    queue = window.prospects.no_shows
    queue.reload()
    qtbot.waitUntil(lambda: any(item.activity_id == HELENES_MEETING for item in queue.items), timeout=10_000)
    queue.list.setCurrentRow(
        next(row for row, item in enumerate(queue.items) if item.activity_id == HELENES_MEETING)
    )
    assert not queue.rescheduled_button.isEnabled() and not queue.book_button.isEnabled()
    assert queue.rescheduled_button.toolTip() == GREYED
    assert queue.copy_button.isEnabled()  # the message can still be read and copied

    queue.mark_rescheduled()  # reached anyway: the server refuses it
    assert queue.notice.text() == _refused(karim)
    mine = next((row for row, item in enumerate(queue.items) if item.salesperson == "Karim Benali"), None)
    if mine is not None:  # his own stays his to reschedule
        queue.list.setCurrentRow(mine)
        assert queue.rescheduled_button.isEnabled() and queue.rescheduled_button.toolTip() == ""


def test_anothers_plan_cannot_be_saved_by_a_salesperson(qtbot, team_workspace, karim) -> None:
    from esn_desktop.ui.tabs.action_plan_page import ActionPlanPage

    window = _window(qtbot, karim)
    assert window.scope is not None
    page = ActionPlanPage(window.scope.operations, window.formatter, TODAY)
    qtbot.addWidget(page)
    save = page.save_button
    page.salesperson.setCurrentText("Karim Benali")
    assert save.isEnabled() and save.toolTip() == ""
    page.salesperson.setCurrentText("Hélène Garnier")
    assert not save.isEnabled()
    assert save.toolTip() == (
        "Votre rôle (commercial) ne modifie que votre propre plan\u202f: celui-ci est à un autre commercial."
    )
