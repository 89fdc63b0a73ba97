"""Short work off the UI thread while the window keeps painting (ui/background.awaited)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from esn_desktop.domain.errors import EsnError
from esn_desktop.ui.background import awaited


def test_the_window_runs_while_the_work_waits(qtbot: QtBot) -> None:
    # The work can only end once the UI thread has run a timer: were it run there, it would wait in vain.
    painted = threading.Event()
    QTimer.singleShot(0, painted.set)
    assert awaited(lambda: painted.wait(timeout=5)) is True
    assert awaited(lambda: threading.current_thread() is threading.main_thread()) is False


def test_the_works_refusal_is_raised_to_the_caller(qtbot: QtBot) -> None:
    def refused() -> None:
        raise EsnError("wrong passphrase for w.esn")

    with pytest.raises(EsnError, match=r"wrong passphrase for w\.esn"):
        awaited(refused)


def test_the_window_waits_for_the_work_before_closing(qtbot) -> None:
    from esn_desktop.ui.main_window import MainWindow

    window = MainWindow(None)
    qtbot.addWidget(window)
    window.show()
    closed_during: list[bool] = []

    def work() -> None:
        threading.Event().wait(0.3)
        closed_during.append(window.isVisible())

    QTimer.singleShot(0, window.close)  # the title bar's close, while the work runs
    awaited(work)
    assert closed_during == [True]
    qtbot.waitUntil(lambda: not window.isVisible())  # then it closes
