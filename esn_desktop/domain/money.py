"""Exact money: euros as Decimal, stored as integer cents, never binary float."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
ZERO = Decimal(0)


def cents_to_euros(cents: int) -> Decimal:
    """Euros from integer cents, exactly."""
    return Decimal(cents).scaleb(-2)


def euros_to_cents(euros: Decimal) -> int:
    """Integer cents from euros; refuses amounts finer than a cent rather than rounding them away."""
    cents = euros.scaleb(2)
    if cents != cents.to_integral_value():
        raise ValueError(f"{euros} has more than two decimals")
    return int(cents)


def round_cents(amount: Decimal) -> Decimal:
    """Rounded to the cent the way an invoice is (half up)."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def ratio(numerator: Decimal, denominator: Decimal) -> Decimal | None:
    """A rate, or None when the denominator is zero: a missing rate is not an error."""
    if denominator == 0:
        return None
    return numerator / denominator
