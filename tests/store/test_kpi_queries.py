from datetime import date
from decimal import Decimal

from esn_desktop.domain.calendar import Period
from esn_desktop.store.kpi_queries import open_pipeline


def open_at(workspace, day: date) -> tuple[int, Decimal]:
    with workspace.session() as session:
        lines = open_pipeline(session, Period(date(2026, 1, 1), day))
    return sum(count for _, _, count in lines), sum((p * amount for p, amount, _ in lines), Decimal(0))


def test_open_means_created_by_the_end_and_not_closed_by_then(small_workspace) -> None:
    # 30 November: "Migration cloud" (created the 20th) is open; "Audit sécurité" closed the 25th is not.
    assert open_at(small_workspace, date(2026, 11, 30)) == (2, Decimal(61000))
    # 19 November: "Migration cloud" does not exist yet; "Audit sécurité" is still open (now at 0%).
    assert open_at(small_workspace, date(2026, 11, 19)) == (2, Decimal(5000))
