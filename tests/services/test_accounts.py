from datetime import date

import pytest

from esn_desktop.domain.errors import ValidationError
from esn_desktop.domain.pipeline import Stage
from esn_desktop.services.account_list import AccountFilter, account_ids
from esn_desktop.services.accounts import account_detail, move_opportunity


def lemaire(workspace) -> int:
    return account_ids(workspace, AccountFilter(search="lemaire"))[0]


def test_account_detail_gathers_contacts_deals_and_timeline(small_workspace) -> None:
    detail = account_detail(small_workspace, lemaire(small_workspace))
    assert (detail.name, detail.owner, detail.channel, detail.referencing) == (
        "Transports Lemaire",
        "Karim Benali",
        "Webinaire",
        "in_progress",
    )
    assert [(c.name, c.role) for c in detail.contacts] == [("Julien Faure", "prescriber")]
    assert [(o.title, o.stage, o.weighted) for o in detail.opportunities] == [
        ("Migration cloud", Stage.PROPOSAL, 56000)
    ]
    assert [(a.day, a.kind, a.status) for a in detail.timeline] == [
        (date(2026, 12, 3), "meeting", "planned"),
        (date(2026, 11, 27), "proposal", "done"),
        (date(2026, 11, 13), "meeting", "done"),
        (date(2026, 11, 6), "meeting", "no_show"),
    ]


def test_moving_a_deal_records_its_history(small_workspace) -> None:
    deal = account_detail(small_workspace, lemaire(small_workspace)).opportunities[0]
    move_opportunity(small_workspace, opportunity_id=deal.id, stage=Stage.NEGOTIATION, day=date(2026, 12, 4))
    move_opportunity(small_workspace, opportunity_id=deal.id, stage=Stage.WON, day=date(2026, 12, 18))
    moved = account_detail(small_workspace, lemaire(small_workspace)).opportunities[0]
    assert [(h.stage, h.day) for h in moved.history][-2:] == [
        (Stage.NEGOTIATION, date(2026, 12, 4)),
        (Stage.WON, date(2026, 12, 18)),
    ]
    assert (moved.stage, moved.probability) == (Stage.WON, 1)
    with pytest.raises(ValidationError, match="nothing moved"):
        move_opportunity(small_workspace, opportunity_id=deal.id, stage=Stage.LOST, day=date(2026, 12, 1))
