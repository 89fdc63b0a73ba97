"""A throwaway PostgreSQL server for the tests and benchmarks: its own cluster in a temporary
folder (`initdb`), started with `pg_ctl` on a free port of 127.0.0.1, stopped and deleted after.

Logins over TCP need a password (scram-sha-256), as on a firm's server, so that a role's
limits are tested as a salesperson meets them. As root (CI), the server runs as the
`postgres` user that Debian's package creates: PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

ADMIN = "esn_admin"
ADMIN_PASSWORD = "admin-secret-0"  # a throwaway server's; never a real one's
#: Test settings: nothing of a throwaway cluster needs to survive a power cut.
FAST = ("fsync=off", "synchronous_commit=off", "full_page_writes=off")


class PostgresUnavailable(Exception):
    """Why no server can be started here (said in the skip)."""


def postgres_bin() -> Path:
    """The folder of PostgreSQL's server programs: on the PATH, or Debian's newest."""
    on_path = shutil.which("pg_ctl")
    if on_path and shutil.which("initdb"):
        return Path(on_path).resolve().parent
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda p: int(p.parts[-3]))
    if not found:
        raise PostgresUnavailable(
            "PostgreSQL's server is not installed (no pg_ctl; Debian: apt install postgresql)"
        )
    return found[-1].parent


@dataclass
class PostgresServer:
    bin: Path
    root: Path
    port: int
    run_as: str | None

    @property
    def data(self) -> Path:
        return self.root / "data"

    def url(self, database: str, user: str = ADMIN, password: str | None = ADMIN_PASSWORD) -> str:
        credentials = user if password is None else f"{user}:{password}"
        return f"postgresql://{credentials}@127.0.0.1:{self.port}/{database}"

    def admin_url(self, database: str = "postgres") -> str:
        return self.url(database)

    def sql(self, statement: str, database: str = "postgres") -> None:
        """Runs `statement` as the administrator, outside a transaction (CREATE DATABASE...)."""
        import psycopg

        with psycopg.connect(_conninfo(self.admin_url(database)), autocommit=True) as connection:
            connection.execute(statement)

    def create_database(self, name: str, template: str | None = None) -> str:
        clause = f" TEMPLATE {template}" if template else ""
        self.sql(f'CREATE DATABASE "{name}"{clause}')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop", check=False)
        shutil.rmtree(self.root, ignore_errors=True)

    def _run(self, program: str, *arguments: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin / program), *arguments]
        if self.run_as is not None:
            command = ["runuser", "-u", self.run_as, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=check, timeout=120)


def start_postgres(*, fast: bool = True) -> PostgresServer:
    """A new cluster, started; `fast` turns off what only matters across a power cut."""
    bin_dir = postgres_bin()
    run_as = None
    if os.geteuid() == 0:
        if shutil.which("runuser") is None:
            raise PostgresUnavailable("running as root without runuser: PostgreSQL refuses to run as root")
        try:
            import pwd

            pwd.getpwnam("postgres")
        except KeyError:
            raise PostgresUnavailable("running as root and no 'postgres' user to run the server as") from None
        run_as = "postgres"
    root = Path(tempfile.mkdtemp(prefix="esn-pg-"))
    if run_as is not None:
        shutil.chown(root, user=run_as)
    server = PostgresServer(bin=bin_dir, root=root, port=_free_port(), run_as=run_as)
    password_file = root / "admin-password"
    password_file.write_text(ADMIN_PASSWORD)
    if run_as is not None:
        shutil.chown(password_file, user=run_as)
    try:
        server._run(
            "initdb",
            "-D",
            str(server.data),
            "-U",
            ADMIN,
            f"--pwfile={password_file}",
            "--auth-host=scram-sha-256",
            "--auth-local=scram-sha-256",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        settings = [f"-c listen_addresses=127.0.0.1 -p {server.port} -k {root}"]
        if fast:
            settings += [f"-c {setting}" for setting in FAST]
        server._run(
            "pg_ctl", "-D", str(server.data), "-o", " ".join(settings), "-w", "-l", str(root / "log"), "start"
        )
    except subprocess.CalledProcessError as error:
        log = (root / "log").read_text(errors="replace") if (root / "log").exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        raise PostgresUnavailable(
            f"the test server did not start: {error.stderr.strip()} {log[-500:]}"
        ) from None
    return server


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _conninfo(url: str) -> str:
    parsed = make_url(url)
    return (
        f"host={parsed.host} port={parsed.port} dbname={parsed.database} "
        f"user={parsed.username} password={parsed.password}"
    )
