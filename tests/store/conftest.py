"""The store's tests of a workspace run on a file and on a team database (tests/engines.py);
those of a file's own mechanics take no `workspace` or are marked `file_only`."""

from tests.engines import workspace

__all__ = ["workspace"]
