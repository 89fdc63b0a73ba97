from datetime import date
from decimal import Decimal

import pytest

from esn_desktop.domain.errors import ValidationError
from esn_desktop.domain.pipeline import Stage
from esn_desktop.services.accounts import move_opportunities
from esn_desktop.services.changes import revert
from esn_desktop.services.pipeline_board import board
from esn_desktop.services.topics import Topic


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


def test_each_card_knows_since_when_its_deal_is_in_its_stage(small_workspace) -> None:
    from esn_desktop.services.accounts import move_opportunity

    today = date(2026, 12, 4)
    cards = {d.title: d for c in board(small_workspace, today=today).values() for d in c.deals}
    # Migration cloud reached proposal on 27 November; TMA caisse qualified on 10 November.
    assert cards["Migration cloud"].in_stage_since == date(2026, 11, 27)
    assert cards["Migration cloud"].days_in_stage(today) == 7
    assert cards["TMA caisse"].days_in_stage(today) == 24
    assert not cards["Migration cloud"].overdue(today)  # expected on 15 January 2027
    assert cards["Migration cloud"].overdue(date(2027, 1, 16))
    assert not cards["Renfort équipe data"].overdue(date(2027, 1, 16))  # won: nothing to wait for
    move_opportunity(small_workspace, opportunity_id=2, stage=Stage.NEGOTIATION, day=today)
    moved = board(small_workspace, today=today)[Stage.NEGOTIATION].deals[0]
    assert (moved.title, moved.days_in_stage(today)) == ("Migration cloud", 0)


def test_deals_moved_together_are_one_change_undone_and_redone_whole(small_workspace) -> None:
    today = date(2026, 12, 4)

    def stages() -> dict[str, tuple[Stage, date | None]]:
        cards = [d for c in board(small_workspace, today=today).values() for d in c.deals]
        return {
            d.title: (d.stage, d.in_stage_since)
            for d in cards
            if d.title in {"Migration cloud", "TMA caisse"}
        }

    before = stages()
    assert before == {
        "Migration cloud": (Stage.PROPOSAL, date(2026, 11, 27)),
        "TMA caisse": (Stage.QUALIFIED, date(2026, 11, 10)),
    }
    ids = [d.id for c in board(small_workspace, today=today).values() for d in c.deals if d.title in before]
    changes = move_opportunities(small_workspace, opportunity_ids=ids, stage=Stage.NEGOTIATION, day=today)
    assert changes.topics == {Topic.DEALS}  # the deals and their stage history, nothing else
    moved = {"Migration cloud": (Stage.NEGOTIATION, today), "TMA caisse": (Stage.NEGOTIATION, today)}
    assert stages() == moved
    redo = revert(small_workspace, changes)  # undo: both back, their new history lines gone
    assert stages() == before
    revert(small_workspace, redo)
    assert stages() == moved


def test_a_refused_deal_moves_none_of_those_moved_with_it(small_workspace) -> None:
    today = date(2026, 11, 20)  # after TMA caisse's last change (10 November), before Migration cloud's
    cards = {d.title: d for c in board(small_workspace, today=today).values() for d in c.deals}
    ids = [cards["TMA caisse"].id, cards["Migration cloud"].id]
    with pytest.raises(ValidationError, match="nothing moved"):
        move_opportunities(small_workspace, opportunity_ids=ids, stage=Stage.LOST, day=today)
    after = {d.title: d.stage for c in board(small_workspace, today=today).values() for d in c.deals}
    assert (after["TMA caisse"], after["Migration cloud"]) == (Stage.QUALIFIED, Stage.PROPOSAL)
