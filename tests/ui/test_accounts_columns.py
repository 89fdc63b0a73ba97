"""The accounts list at 1280 px beside its panel: its main columns, the others a right click away."""

from PySide6.QtCore import Qt

from esn_desktop.ui.main_window import MainWindow
from esn_desktop.ui.widgets.list_view import column_menu


def test_the_accounts_list_shows_its_main_columns_and_the_header_menu_adds_the_others(
    qtbot, small_workspace
) -> None:
    window = MainWindow(small_workspace, "Exemple")
    qtbot.addWidget(window)
    table = window.prospects.table
    header = table.horizontalHeader()
    shown = [
        str(table.model().headerData(c, Qt.Orientation.Horizontal))
        for c in range(header.count())
        if not header.isSectionHidden(c)
    ]
    assert shown == ["Account", "Segment", "City", "Salesperson", "Deals", "Weighted pipeline"]
    menu = column_menu(table)
    entries = {action.text(): action for action in menu.actions()}
    assert not entries["Account"].isEnabled()  # the name always shows
    assert not entries["Headcount"].isChecked()
    entries["Headcount"].trigger()
    assert not header.isSectionHidden(list(entries).index("Headcount"))
    entries["Segment"].trigger()
    assert header.isSectionHidden(list(entries).index("Segment"))
