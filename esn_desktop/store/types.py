"""Column types that keep money and rates exact in SQLite, which has no decimal type."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, Integer, cast, type_coerce
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from esn_desktop.domain.money import cents_to_euros, euros_to_cents

#: Fractions (probabilities, time ratios, weights, rates) are stored in millionths.
FRACTION_SCALE = 1_000_000


class Money(TypeDecorator[Decimal]):
    """Euros as Decimal in Python, integer cents in the file, so SQL sums stay exact (64-bit:
    PostgreSQL's INTEGER would stop at 21 million euros; SQLite's integers are 64-bit already)."""

    impl = Integer().with_variant(BigInteger(), "postgresql")
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, _dialect: Dialect) -> int | None:
        return None if value is None else euros_to_cents(Decimal(value))

    def process_result_value(self, value: Any, _dialect: Dialect) -> Decimal | None:
        return None if value is None else cents_to_euros(int(value))


class Fraction(TypeDecorator[Decimal]):
    """A rate such as 0.8 as Decimal in Python, an integer of millionths in the file."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, _dialect: Dialect) -> int | None:
        if value is None:
            return None
        scaled = Decimal(value) * FRACTION_SCALE
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{value} has more than six decimals")
        return int(scaled)

    def process_result_value(self, value: Any, _dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(int(value)) / FRACTION_SCALE


def stored_integer(column: Any) -> Any:
    """The column as it is stored (cents, millionths): sums of it stay exact integers in SQL."""
    return type_coerce(column, Integer)


def stored_weighted(amount: Any, probability: Any) -> Any:
    """`domain.pipeline.weighted_amount` in SQL, on the stored integers: cents x millionths, exact.

    Every query that sums or ranks weighted amounts builds them here; `weighted_euros` reads
    the result back.
    """
    # As 64-bit integers: PostgreSQL's 32-bit product of two columns would overflow.
    return cast(amount, BigInteger) * cast(probability, BigInteger)


def weighted_euros(stored: int | None) -> Decimal:
    """Euros from a sum of `stored_weighted` values."""
    return Decimal(stored or 0) / FRACTION_SCALE / 100
