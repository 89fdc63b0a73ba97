"""Persistence: one SQLite file per workspace, through SQLAlchemy 2.0 and Alembic."""
