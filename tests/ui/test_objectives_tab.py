from datetime import date

from PySide6.QtCore import Qt

from esn_desktop.ui.main_window import MainWindow
from esn_desktop.ui.tabs.objectives_tab import ObjectivesTab


def test_objectives_scores_and_team_share_on_screen(qtbot, small_workspace) -> None:
    window = MainWindow(small_workspace, "Exemple")
    qtbot.addWidget(window)
    tab = ObjectivesTab(window.scope.operations, window.formatter, today=date(2026, 11, 22))
    qtbot.addWidget(tab)
    assert tab.table.rowCount() == 2
    assert [tab.table.item(r, 0).text() for r in range(2)] == ["Hélène Garnier", "Karim Benali"]
    assert tab.table.item(0, 1).text() == "01/10/2026 – 31/12/2026"  # the objective's own dates
    assert tab.table.item(0, 3).text() == "61\u202f%"
    assert tab.table.item(0, 4).text() == "✗"
    assert (
        "Revenue signed 70\u202f%: 96\u202f000\xa0€ / 120\u202f000\xa0€ (80\u202f%)"
        in tab.table.item(0, 2).text()
    )
    assert tab.team.text().startswith("Share of the team reaching 100%: 0\u202f%")


def test_objectives_export_as_shown(qtbot, small_workspace, tmp_path) -> None:
    import csv

    window = MainWindow(small_workspace, "Exemple")
    qtbot.addWidget(window)
    tab = ObjectivesTab(window.scope.operations, window.formatter, today=date(2026, 11, 22))
    qtbot.addWidget(tab)
    tab.export(tmp_path / "objectifs.csv")
    qtbot.waitUntil((tmp_path / "objectifs.csv").exists)  # written whole, then renamed
    with (tmp_path / "objectifs.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][0] == "Salesperson"
    on_screen = [[tab.table.item(r, c).text() for c in range(5)] for r in range(tab.table.rowCount())]
    assert rows[1:] == on_screen
    assert (rows[1][0], rows[1][3]) == ("Hélène Garnier", "61\u202f%")


def test_reverse_funnel_calculator(qtbot, small_workspace) -> None:
    window = MainWindow(small_workspace, "Exemple")
    qtbot.addWidget(window)
    tab = ObjectivesTab(window.scope.operations, window.formatter, today=date(2026, 11, 22))
    qtbot.addWidget(tab)
    qtbot.keyClicks(tab.goal, "500 000")
    qtbot.mouseClick(tab.compute_button, Qt.MouseButton.LeftButton)
    # Too little history in this workspace: the usual assumptions (50 000 € deals, 25/40/30 %).
    assert [tab.funnel.item(r, 0).text() for r in range(5)] == ["10", "40", "100", "334", "3\u202f334"]
    # Over 2027, in whole actions spread as the plans' PDFs spread them: never "3,8 meetings".
    assert [[tab.funnel.item(r, c).text() for c in (1, 2)] for r in range(5)] == [
        ["1", "1 every 5 weeks"],  # 10 wins in 12 months: one a month covers them
        ["4", "1"],  # 40 proposals: 3.3 a month, 0.8 a week
        ["9", "2"],
        ["28", "7"],
        ["278", "66"],
    ]
    assert not any("," in tab.funnel.item(r, c).text() for r in range(5) for c in range(3))
    assert "Not enough history" in tab.assumptions.text()
    tab.goal.setText("beaucoup")
    tab.compute_funnel()
    assert tab.funnel_error.text() == "Type the revenue goal, such as 500 000."


def test_the_funnels_count_of_closed_deals_is_formatted(qtbot, monkeypatch, small_workspace) -> None:
    """A firm with a long history: "(10 039 closed deals)", never "(10039 …)"."""
    from dataclasses import replace

    from esn_desktop.domain.funnel import Source
    from esn_desktop.ui.tabs import objectives_tab

    real = objectives_tab.plan_funnel

    def with_history(*args, **kwargs):  # type: ignore[no-untyped-def]
        plan = real(*args, **kwargs)
        rates = plan.funnel.rates
        historic = replace(
            rates,
            **{
                name: replace(getattr(rates, name), source=Source.HISTORY)
                for name in (
                    "proposal_to_win",
                    "meeting_to_proposal",
                    "qualified_to_meeting",
                    "call_to_qualified",
                )
            },
        )
        return replace(plan, funnel=replace(plan.funnel, rates=historic), closed_opportunities=10_039)

    monkeypatch.setattr(objectives_tab, "plan_funnel", with_history)
    window = MainWindow(small_workspace, "Exemple")
    qtbot.addWidget(window)
    tab = ObjectivesTab(window.scope.operations, window.formatter, today=date(2026, 11, 22))
    qtbot.addWidget(tab)
    qtbot.keyClicks(tab.goal, "500 000")
    qtbot.mouseClick(tab.compute_button, Qt.MouseButton.LeftButton)
    assert "(10\u202f039 closed deals)" in tab.assumptions.text()
