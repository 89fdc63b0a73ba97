"""Client concentration: how much of the revenue hangs on one or three clients."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from esn_desktop.domain.money import ZERO, ratio


def top_clients_share(revenue_by_client: Iterable[Decimal], top: int) -> Decimal | None:
    """Share of the revenue made with the `top` largest clients."""
    revenues = sorted((r for r in revenue_by_client if r > 0), reverse=True)
    return ratio(sum(revenues[:top], ZERO), sum(revenues, ZERO))
