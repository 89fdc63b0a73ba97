"""A team database's server gone, told from a statement it refused (issue 16).

A laptop's connection to the firm's server is cut by a stopped server, a sleep, a lost Wi-Fi or
VPN. The driver's error then carries no SQLSTATE (libpq's own failure) or a connection
exception's (class 08) or the server's shutting down (57P); SQLAlchemy marks the connection
invalidated when it recognises the cut. A statement the server refused carries its own code,
and a driver's refusal of a statement (too many parameters...) has a statement: neither is a cut.
"""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, OperationalError


def connection_lost(error: DBAPIError) -> bool:
    if not isinstance(error, OperationalError):
        return False
    if error.connection_invalidated:
        return True
    state = getattr(error.orig, "sqlstate", None)
    if state is None:
        return error.statement is None  # connecting, or committing: no statement of ours
    return state.startswith(("08", "57P"))
