"""Switching clients: a shared-time director opens one client's workspace after another in one
session, three switches forward and three back, through File > Open and File > Recent, and
looks at every tab each time; meeting mode goes on and off on the way, and in meeting mode the
welcome screen and File > Recent name no other client."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton

from esn_desktop.ui.main_window import MainWindow
from tests.journeys.driver import Driver, Steps, find

TABS = ("prospects", "consultants", "missions", "objectives", "dashboard")
PAGES = ("accounts", "pipeline", "no-shows")
RECENT = "Espaces de travail récents"


def switching(d: Driver, clients: list[list[str]], names: list[list[str]], order: list[list[int]]) -> Steps:
    """`clients` are (path, company); `names` each one's distinctive names; `order` the
    workspaces to open in turn, each as (client, 1 through File > Recent else 0, meeting mode)."""
    window = d.window
    assert isinstance(window, MainWindow)
    yield d.until(window.isVisible, "the window shown")
    d.shot("welcome")

    def others_of(client: int) -> list[str]:
        return [
            word
            for other, (_path, company) in enumerate(clients)
            if other != client
            for word in (company, Path(clients[other][0]).stem, *names[other])
        ]

    for step, (client, through_recent, meeting) in enumerate(order, start=1):
        path, company = clients[client]
        others = others_of(client)
        tag = f"{step}-{company.split()[0].lower()}"
        if through_recent:
            yield from d.menu("Fichier", RECENT)
            d.shot(f"{tag}-recent-menu")
            d.choose_item(_submenu(window, RECENT), company)
        else:
            yield from d.menu("Fichier", "Ouvrir un espace de travail…")
            yield from d.file_dialog("the open dialog", path)
        yield d.until(lambda c=company: window.windowTitle().startswith(c + " — "), f"{company} open")
        if meeting != window.meeting.on:
            window.meeting_action.trigger()
            yield d.until(lambda m=meeting: window.meeting.on == m, "meeting mode switched")
        yield from _every_tab(d, window, tag, others, names[client])
        if meeting:
            own_file = Path(path).stem
            yield from _nothing_else_in_meeting_mode(d, window, tag, company, [*others, own_file])

    yield from d.menu("Fichier", "Quitter")
    yield d.until(lambda: not window.isVisible(), "the window closed")


def _every_tab(d: Driver, window: MainWindow, tag: str, others: list[str], own: list[str]) -> Steps:
    company = window.windowTitle().split(" — ")[0]
    bar = window.tabs.tabBar()
    for index, key in enumerate(TABS):
        d.click(bar, bar.tabRect(index).center())
        yield d.until(lambda i=index: window.tabs.currentIndex() == i, f"the {key} tab")
        if key == "prospects":
            tab = window.prospects
            pages = tab.pages.tabBar()
            for page, name in enumerate(PAGES):
                d.click(pages, pages.tabRect(page).center())
                yield d.until(lambda p=page, t=tab: t.pages.currentIndex() == p, f"the {name} page")
                if name == "accounts":
                    # The list shows this client's accounts (names no other client has).
                    yield d.until(
                        lambda t=tab: any(
                            t.model.index(row, 0).data() in own for row in range(min(20, t.model.rowCount()))
                        ),
                        "this client's accounts listed",
                    )
                yield d.pause(250)
                d.shot(f"{tag}-{name}")
                d.assert_absent(others, f"{company}, {name}")
        else:
            if key == "dashboard":
                yield d.until(lambda: window.dashboard.ready, "the dashboard drawn")
            yield d.pause(250)
            d.shot(f"{tag}-{key}")
            d.assert_absent(others, f"{company}, {key}")
        d.assert_shown(company, f"{key}: the open client's name in the title")


def _nothing_else_in_meeting_mode(
    d: Driver, window: MainWindow, tag: str, company: str, others: list[str]
) -> Steps:
    """File > Recent and the welcome screen, in meeting mode: only the open client, no path
    (`others` holds the open workspace's file name too)."""
    d.assert_absent(others, "the status bar in meeting mode")
    yield from d.menu("Fichier", RECENT)
    d.shot(f"{tag}-meeting-recent")
    d.assert_absent(others, "File > Recent in meeting mode (nor the open file's path)")
    d.assert_shown(company, "File > Recent in meeting mode: the open client")
    d.close_menus()

    yield from d.menu("Fichier", "Fermer l’espace de travail")
    yield d.until(lambda: window.stack.currentWidget() is window.welcome, "the welcome screen")
    yield d.pause(250)
    d.shot(f"{tag}-meeting-welcome")
    d.assert_absent([*others, company], "the welcome screen in meeting mode")
    yield from d.menu("Fichier", RECENT)
    d.shot(f"{tag}-meeting-welcome-recent")
    d.assert_absent([*others, company], "File > Recent on the welcome screen in meeting mode")
    d.close_menus()

    # Opening a file asks first: its dialog would list every workspace's file name.
    d.click(find(window.welcome, QPushButton, text="Ouvrir un espace de travail…"))
    question = yield d.modal(QMessageBox, "the question before leaving meeting mode")
    d.shot(f"{tag}-meeting-open-asks")
    d.click(question.button(QMessageBox.StandardButton.No))
    yield d.gone(question, "the question answered")
    assert window.meeting.on, "meeting mode stays on when the person says no"

    # Back to the client through the welcome screen's own way out of meeting mode.
    d.click(find(window.welcome, QPushButton, text="Les afficher (quitte le mode réunion)"))
    yield d.until(lambda: not window.meeting.on, "meeting mode off")
    yield d.until(lambda: window.welcome.recent_list.count() > 0, "the recent workspaces listed")
    d.shot(f"{tag}-welcome-after-meeting")


def _submenu(window: MainWindow, title: str) -> QMenu:
    menu = window.recent_menu
    assert menu.isVisible(), f"{title} is not open"
    return menu
