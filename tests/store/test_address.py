"""A workspace named by a file's path or a team database's URL; a password is never shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from esn_desktop.store.address import TeamDatabase, workspace_address
from esn_desktop.store.errors import WorkspaceError


def test_a_url_names_a_team_database_and_anything_else_a_file() -> None:
    team = workspace_address("postgresql://ana:s3cret@db.example:5433/acme?sslmode=require")
    assert isinstance(team, TeamDatabase)
    assert (team.user, team.database, team.name) == ("ana", "acme", "acme on db.example")
    assert team.url.drivername == "postgresql+psycopg"
    assert team.url.query == {"sslmode": "require"}  # libpq's options go through as given
    assert isinstance(workspace_address("postgres://ana@localhost/acme"), TeamDatabase)
    assert workspace_address("clients/acme.esn") == Path("clients/acme.esn")
    assert workspace_address("postgresql.esn") == Path("postgresql.esn")


def test_the_password_is_kept_for_connecting_and_never_shown() -> None:
    team = workspace_address("postgresql://ana:s3cret@db.example/acme")
    assert isinstance(team, TeamDatabase)
    assert team.has_password and team.url.password == "s3cret"
    for shown in (team.shown, str(team), repr(team), team.name, team.as_user("bob", None).shown):
        assert "s3cret" not in shown
    assert team.shown == "postgresql://ana@db.example/acme"
    assert not team.with_password(None).has_password
    assert team.as_user("bob", "x").url.username == "bob"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("postgresql://ana:s3cret@db.example", "the URL names no database: postgresql://ana@db.example"),
        ("postgresql+asyncpg://ana:s3cret@db/acme", "not a PostgreSQL URL: postgresql+asyncpg://ana@db/acme"),
        ("postgresql://ana:s3cret@db:port/acme", "not a PostgreSQL URL: postgresql://ana@db:port/acme"),
    ],
)
def test_a_url_that_cannot_be_used_is_refused_without_its_password(text: str, said: str) -> None:
    with pytest.raises(WorkspaceError) as refused:
        workspace_address(text)
    assert str(refused.value).startswith(said)
    assert "s3cret" not in str(refused.value)


def test_a_url_of_another_database_is_refused_not_looked_for_as_a_file() -> None:
    with pytest.raises(WorkspaceError, match=r"^not a PostgreSQL URL: mysql://root@db/acme \(expected"):
        workspace_address("mysql://root:pw@db/acme")


def test_a_password_in_the_urls_options_is_never_shown_either() -> None:
    team = workspace_address("postgresql://ana@db.example/acme?password=s3cret&sslmode=require")
    assert isinstance(team, TeamDatabase)
    assert team.has_password
    assert team.shown == "postgresql://ana@db.example/acme?sslmode=require"
    with pytest.raises(WorkspaceError) as refused:
        workspace_address("postgresql://ana@db.example?password=s3cret")
    assert "s3cret" not in str(refused.value)


def test_the_urls_own_options_reach_libpq_without_a_clash() -> None:
    from esn_desktop.store.team_database import conninfo

    team = workspace_address("postgresql://ana:pw@db.example/acme?connect_timeout=3&application_name=x")
    assert isinstance(team, TeamDatabase)
    said = conninfo(team, keepalives=1)
    assert "connect_timeout=3" in said and "application_name=x" in said and "keepalives=1" in said
