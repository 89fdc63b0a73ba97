"""The interchange tests that write into a workspace run on a file and on a team database
(tests/engines.py)."""

from tests.engines import workspace

__all__ = ["workspace"]
