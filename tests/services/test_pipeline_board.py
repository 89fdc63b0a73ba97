from datetime import date
from decimal import Decimal

from esn_desktop.domain.pipeline import Stage
from esn_desktop.services.pipeline_board import board


def test_board_columns_total_and_order_the_deals(small_workspace) -> None:
    columns = board(small_workspace, today=date(2026, 11, 22))
    assert {stage: [d.title for d in c.deals] for stage, c in columns.items() if c.count} == {
        Stage.QUALIFIED: ["TMA caisse"],
        Stage.PROPOSAL: ["Migration cloud"],
        Stage.WON: ["Renfort équipe data"],
        Stage.LOST: ["Audit sécurité"],
    }
    proposal = columns[Stage.PROPOSAL]
    assert (proposal.count, proposal.amount, proposal.weighted) == (1, Decimal(140000), Decimal(56000))
    for column in columns.values():
        assert column.count == len(column.deals)  # a small workspace shows every card
        assert column.amount == sum((d.amount for d in column.deals), Decimal(0))
        assert column.weighted == sum((d.weighted for d in column.deals), Decimal(0))
        weights = [d.weighted for d in column.deals]
        assert weights == sorted(weights, reverse=True)


def test_board_filters_by_salesperson_and_account(small_workspace) -> None:
    everyone = board(small_workspace, today=date(2026, 11, 22))
    karim = board(small_workspace, today=date(2026, 11, 22), owner="Karim Benali")
    lemaire = board(small_workspace, today=date(2026, 11, 22), search="LEMAIRE")
    assert sum(c.count for c in karim.values()) < sum(c.count for c in everyone.values())
    assert {d.account for c in lemaire.values() for d in c.deals} == {"Transports Lemaire"}
    assert all(d.owner == "Karim Benali" for c in karim.values() for d in c.deals)


def test_closed_deals_leave_the_board_after_90_days(small_workspace) -> None:
    won_now = board(small_workspace, today=date(2026, 11, 22))[Stage.WON].count
    won_later = board(small_workspace, today=date(2028, 1, 1))[Stage.WON].count
    assert (won_now, won_later) == (1, 0)
