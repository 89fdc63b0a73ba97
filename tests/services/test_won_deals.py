"""A deal won drafts its mission: worked examples on the small workspace."""

from datetime import date
from decimal import Decimal

import pytest

from esn_desktop.domain.errors import ValidationError
from esn_desktop.services.account_editing import OpportunityFields, save_opportunity
from esn_desktop.services.won_deals import MissionDraft, mission_draft


def test_a_deal_expected_later_starts_then_and_lasts_what_its_amount_buys(small_workspace) -> None:
    # Migration cloud: 140,000 € expected on Friday 15 January 2027; Transports Lemaire's last
    # mission was sold 640 € a day, so 218 working days (140,000 // 640) from that Friday.
    draft = mission_draft(small_workspace, opportunity_id=2, today=date(2026, 12, 4))
    assert draft == MissionDraft(
        opportunity_id=2,
        title="Migration cloud",
        account_id=2,
        account="Transports Lemaire",
        amount=Decimal(140000),
        start=date(2027, 1, 15),
        end=date(2027, 11, 24),
        daily_rate=Decimal(640),
    )


def test_an_overdue_deal_starts_on_the_next_working_day_and_without_rate_has_no_end(small_workspace) -> None:
    # Boulangeries Réunies never had a mission: no rate to go by, so no end either.
    deal = save_opportunity(
        small_workspace,
        OpportunityFields("Renfort caisse", Decimal(30000), date(2026, 11, 2)),
        account_id=3,
        today=date(2026, 11, 2),
    ).value
    draft = mission_draft(small_workspace, opportunity_id=deal, today=date(2026, 12, 5))  # a Saturday
    assert (draft.start, draft.end, draft.daily_rate) == (date(2026, 12, 7), None, None)


def test_a_deal_gone_is_said_so(small_workspace) -> None:
    with pytest.raises(ValidationError):
        mission_draft(small_workspace, opportunity_id=999, today=date(2026, 12, 4))
