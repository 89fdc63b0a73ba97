"""The visit: a director opens a client's workspace in the client's meeting room, looks at the
month on the dashboard, turns meeting mode on, writes the visit pack to hand over (in meeting mode
no file dialog lists a folder: the pack goes to the client's own folder once agreed), turns
meeting mode off, and quits."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QToolButton

from esn_desktop.ui.main_window import MainWindow
from tests.journeys.driver import Driver, Steps, find

#: Words that only a cost or a margin would bring on screen.
COST_WORDS = ("CJM", "Marge", "Coût journalier", "Salaire")


def visit(d: Driver, workspace: str, company: str, other_companies: list[str]) -> Steps:
    window = d.window
    assert isinstance(window, MainWindow)
    yield d.until(window.isVisible, "the window shown")
    d.shot("welcome")

    yield from d.menu("Fichier", "Ouvrir un espace de travail…")
    yield from d.file_dialog("the open dialog", workspace, shot="open-dialog")
    yield d.until(lambda: window.workspace is not None, "the client's workspace open")
    yield d.until(lambda: company in window.windowTitle(), "the company in the title")
    d.shot("prospects")
    d.assert_absent(other_companies, "the client's workspace")

    tabs = window.tabs.tabBar()
    d.click(tabs, tabs.tabRect(4).center())
    yield d.until(lambda: window.dashboard.isVisible() and window.dashboard.ready, "the dashboard drawn")
    d.shot("dashboard")
    d.assert_shown("CJM", "the dashboard out of meeting mode")

    d.click(_toolbar_button(window, "Mode réunion"))
    yield d.until(lambda: window.meeting.on, "meeting mode on")
    yield d.until(lambda: window.dashboard.ready, "the dashboard redrawn")
    d.shot("dashboard-meeting")
    d.assert_absent([*COST_WORDS, *other_companies], "the dashboard in meeting mode")
    d.assert_shown("MODE RÉUNION", "the meeting mode banner")

    d.click(tabs, tabs.tabRect(3).center())
    # Read when checked: the tab is built by the click, not by the journey reaching for it.
    yield d.until(lambda: window.objectives.isVisible(), "the objectives")  # noqa: PLW0108
    pages = window.objectives.pages.tabBar()
    d.click(pages, pages.tabRect(1).center())
    plans = window.objectives.plans
    yield d.until(lambda: plans.isVisible() and plans.documents.pack_button.isEnabled(), "the plans page")
    d.shot("plans-meeting")
    d.click(plans.documents.pack_button)
    question = yield d.modal(QMessageBox, "the question before saving in the client's own folder")
    d.shot("pack-question")
    d.assert_absent(other_companies, "the question before saving")
    d.click(question.defaultButton())
    yield d.until(plans.documents.notice.isVisible, "the notice of the pack written")
    d.shot("pack-written")
    d.assert_shown("Ouvrir", "the notice of the pack written")
    d.assert_absent([*COST_WORDS, *other_companies], "the plans page in meeting mode")

    d.click(_toolbar_button(window, "Mode réunion"))
    yield d.until(lambda: not window.meeting.on, "meeting mode off")
    d.shot("meeting-mode-off")

    yield from d.menu("Fichier", "Quitter")
    yield d.until(lambda: not window.isVisible(), "the window closed")


def _toolbar_button(window: MainWindow, text: str) -> QToolButton:
    return find(window.toolbar, QToolButton, text=text)
