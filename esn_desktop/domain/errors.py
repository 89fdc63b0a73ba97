"""Errors the business rules raise, each readable by a director."""

from __future__ import annotations

from dataclasses import dataclass


class EsnError(Exception):
    """Base of every error the app reports to a person as one clear line."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with an input: which item, which field, and why."""

    item: str
    field: str
    reason: str

    def __str__(self) -> str:
        return f"{self.item}: {self.field}: {self.reason}"


class ValidationError(EsnError):
    """An input was refused whole; `problems` lists every reason."""

    def __init__(self, problems: list[Problem], summary: str = "the input was refused") -> None:
        self.problems = problems
        count = len(problems)
        noun = "problem" if count == 1 else "problems"
        super().__init__(f"{summary} ({count} {noun}); nothing was written")


class Cancelled(EsnError):
    """The person cancelled a long task; whatever it was writing is rolled back."""

    def __init__(self) -> None:
        super().__init__("cancelled; nothing was written")
