"""Schema 0008: versions on accounts, deals and missions (a file's rows gain version 1 in place);
64-bit money in a team database (the models and the migrations agree on both engines:
tests/store/test_database.py)."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select, text

from esn_desktop.domain.records import AccountRecord
from esn_desktop.services.account_editing import save_account
from esn_desktop.services.accounts import account_detail
from esn_desktop.store import models as m
from esn_desktop.store.database import Workspace, create_workspace, inspect_file, open_workspace
from esn_desktop.store.migrations_runner import downgrade


def test_a_0007_file_gains_versions_on_its_rows_and_loses_them_going_back(tmp_path: Path) -> None:
    path = tmp_path / "prospects.esn"
    with create_workspace(path) as ws, ws.engine.begin() as connection:
        downgrade(connection, "0007")
    with sqlite3.connect(path) as db:
        db.execute(
            "INSERT INTO accounts (id, name, name_key, referencing)"
            " VALUES (1, 'Atelier Nord', 'atelier nord', 'not_referenced')"
        )
    assert inspect_file(path).revision == "0007"

    with open_workspace(path) as ws:
        with ws.session() as session:
            account = session.execute(select(m.Account)).scalar_one()
            assert (account.version, account.changed_by, account.changed_at) == (1, None, None)
        save_account(ws, AccountRecord(name="Atelier Nord", city="Metz"), account_id=1, seen=1)
        assert account_detail(ws, 1).version == 2
        with ws.session() as session:
            assert session.execute(select(m.Account.changed_by)).scalar_one()

    with open_workspace(path) as ws, ws.engine.begin() as connection:
        downgrade(connection, "0007")
        columns = [row[1] for row in connection.exec_driver_sql("PRAGMA table_info(accounts)")]
        assert "version" not in columns
        assert connection.exec_driver_sql("SELECT city FROM accounts").scalar() == "Metz"


def test_a_team_database_keeps_money_over_21_million_euros_exactly(team_workspace: Workspace) -> None:
    with team_workspace.session() as session:
        kinds = dict(
            session.execute(
                text(
                    "SELECT table_name || '.' || column_name, data_type FROM information_schema.columns "
                    "WHERE column_name IN ('amount', 'daily_rate', 'annual_salary', 'revenue_goal')"
                )
            ).all()
        )
    assert set(kinds.values()) == {"bigint"}
    assert "opportunities.amount" in kinds
    framework = Decimal("35000000.55")
    save_account(team_workspace, AccountRecord(name="Groupe Hexa", potential=framework))
    with team_workspace.session() as session:
        assert session.execute(select(m.Account.potential)).scalar_one() == framework
