"""Missions: in a client's workspace, the director books a consultant already full time on the
same days (the form names the clash, Save asks), then sells a mission under cost (Save asks with
the loss), finds it flagged in the list, and turns meeting mode on: the flag and the costs go."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QMessageBox,
    QPushButton,
    QToolButton,
)

from esn_desktop.ui.dialogs.mission_dialog import MissionDialog
from esn_desktop.ui.main_window import MainWindow
from tests.journeys.driver import Driver, Steps, find
from tests.journeys.visit import COST_WORDS

#: What the list says of a mission sold under cost, and its filter.
UNDER_COST_WORDS = ("Marge par jour", "Sous le coût seulement")


def missions(
    d: Driver,
    workspace: str,
    account: str,
    busy: dict[str, str],
    cheap: dict[str, str],
) -> Steps:
    """`busy`: a consultant full time on a mission at `clash` (account), and days inside it;
    `cheap`: a consultant free on those days, and a daily rate under their CJM."""
    window = d.window
    assert isinstance(window, MainWindow)
    yield d.until(window.isVisible, "the window shown")
    yield from d.menu("Fichier", "Ouvrir un espace de travail…")
    yield from d.file_dialog("the open dialog", workspace)
    yield d.until(lambda: window.workspace is not None, "the client's workspace open")

    tabs = window.tabs.tabBar()
    d.click(tabs, tabs.tabRect([tabs.tabText(i) for i in range(tabs.count())].index("Missions")).center())
    yield d.until(window.missions.isVisible, "the Missions tab")
    before = window.missions.model.rowCount()

    # A second mission for a consultant already full time on those days.
    form = yield from _new_mission(d, window, account, busy, "new-mission")
    yield d.until(form.overbooking.isVisible, "the over-booking warned")
    d.assert_shown(busy["clash"], "the warning naming the clashing mission")
    d.shot("overbooking-warned")
    d.click(form.save_button)
    question = yield d.modal(QMessageBox, "Save asking about the over-booking")
    d.assert_shown(busy["clash"], "the question naming the clashing mission")
    d.shot("overbooking-question")
    d.click(find(question, QPushButton, text="Enregistrer quand même"))
    yield d.until(lambda: not form.isVisible(), "the mission saved")
    yield d.until(lambda: window.missions.model.rowCount() == before + 1, "the mission in the list")

    # A mission sold under the consultant's cost.
    form = yield from _new_mission(d, window, account, cheap, "new-mission-again")
    yield d.until(form.warning.isVisible, "the under-cost warning")
    d.click(form.save_button)
    question = yield d.modal(QMessageBox, "Save asking about the loss")
    d.assert_shown("perte", "the loss said in the question")
    d.shot("under-cost-question")
    d.click(find(question, QPushButton, text="Enregistrer quand même"))
    yield d.until(lambda: not form.isVisible(), "the mission saved")
    tab = window.missions
    yield d.until(lambda: tab.model.rowCount() == before + 2, "the mission in the list")
    d.click(find(tab, QCheckBox, text="Sous le coût seulement"))
    yield d.until(
        lambda: (
            tab.model.rowCount() >= 1
            and all(tab.model.row_at(r).below_cost for r in range(tab.model.rowCount()))
        ),
        "only the missions under cost listed",
    )
    d.assert_shown(cheap["consultant"], "the new mission among those under cost")
    d.shot("under-cost-flagged")

    d.click(find(window.toolbar, QToolButton, text="Mode réunion"))
    yield d.until(lambda: window.meeting.on, "meeting mode on")
    yield d.until(lambda: tab.model.rowCount() == before + 2, "every mission listed again")
    d.assert_absent([*UNDER_COST_WORDS, *COST_WORDS], "the Missions tab in meeting mode")
    d.shot("meeting-mode-list")
    # The mission sold under cost, opened in meeting mode: no cost, margin nor warning.
    row = next(r for r in range(tab.model.rowCount()) if tab.model.row_at(r).below_cost)
    d.later(lambda: tab.table.scrollTo(tab.model.index(row, 0)))
    yield d.until(
        lambda: tab.table.viewport().rect().contains(tab.table.visualRect(tab.model.index(row, 0))),
        "the mission scrolled into view",
    )
    cell = tab.table.visualRect(tab.model.index(row, 0)).center()
    d.click(tab.table.viewport(), cell)
    d.double_click(tab.table.viewport(), cell)
    form = yield d.modal(MissionDialog, "the mission's form in meeting mode")
    d.assert_absent([*COST_WORDS, "Coût", "coût", "perte"], "the mission's form in meeting mode")
    d.shot("meeting-mode-form")
    d.click(form.buttons.button(form.buttons.StandardButton.Cancel))
    yield d.until(lambda: not form.isVisible(), "the form closed")

    yield from d.menu("Fichier", "Quitter")
    yield d.until(lambda: not window.isVisible(), "the window closed")


def _new_mission(d: Driver, window: MainWindow, account: str, who: dict[str, str], shot: str) -> Steps:
    d.click(window.missions.new_button)
    form = yield d.modal(MissionDialog, "the new mission's form")
    assert isinstance(form, MissionDialog)
    d.shot(shot)
    d.type_into(form.account, account)
    popup = form.account.completer().popup()
    yield d.until(popup.isVisible, "the account proposed")
    d.later(popup.hide)
    yield d.until(lambda: form.account.account_id() is not None, "the account known")
    yield from d.choose(form.consultant, who["consultant"])
    d.type_into(form.daily_rate, who["rate"])
    yield from _type_date(d, form.start, date.fromisoformat(who["start"]))
    yield from _type_date(d, form.end, date.fromisoformat(who["end"]))
    return form


def _type_date(d: Driver, edit: QDateEdit, day: date) -> Steps:
    """Types the day as a person does in the day field: its digits, from the day section."""
    d.later(lambda: (edit.setFocus(), edit.setSelectedSection(QDateTimeEdit.Section.DaySection)))
    d.type_into(edit, day.strftime("%d%m%Y"))
    yield d.until(lambda: edit.date().toPython() == day, f"{day} typed")
