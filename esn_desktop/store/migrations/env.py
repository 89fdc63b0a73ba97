"""Alembic environment: always run from the app, on a connection handed through Config.attributes."""

from __future__ import annotations

from alembic import context

from esn_desktop.store.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite alters tables by copying them: batch mode does that, with named constraints.
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
