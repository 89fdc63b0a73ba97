from decimal import Decimal

import pytest
from sqlalchemy import text

from esn_desktop.store.models import Salesperson
from esn_desktop.store.types import Fraction, Money


def test_money_is_stored_as_integer_cents() -> None:
    assert Money().process_bind_param(Decimal("1234.50"), None) == 123450
    assert Money().process_result_value(123450, None) == Decimal("1234.50")
    with pytest.raises(ValueError, match="two decimals"):
        Money().process_bind_param(Decimal("0.001"), None)


def test_fraction_is_stored_in_millionths() -> None:
    assert Fraction().process_bind_param(Decimal("0.8"), None) == 800000
    assert Fraction().process_result_value(800000, None) == Decimal("0.8")


def test_amounts_sum_exactly_in_sql(small_workspace) -> None:
    postgresql = small_workspace.engine.dialect.name == "postgresql"
    kind = "pg_typeof(amount)::text" if postgresql else "typeof(amount)"
    with small_workspace.session() as session:
        assert session.execute(
            text(f"SELECT {kind}, amount FROM opportunities ORDER BY id LIMIT 1")
        ).one() == (
            "bigint" if postgresql else "integer",
            9600000,
        )
        assert session.query(Salesperson).count() == 2
