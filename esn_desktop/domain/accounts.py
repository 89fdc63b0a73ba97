"""Accounts and their people: referencing status, decision roles, and telling one company from two."""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum


class Segment(StrEnum):
    """The usual segments; a workspace may also use its own labels (A, B, C...)."""

    GRAND_COMPTE = "grand_compte"
    ETI = "eti"
    PME = "pme"
    TPE = "tpe"


class Referencing(StrEnum):
    """Whether the account lists us among its approved suppliers (big accounts keep 10 to 15)."""

    NOT_REFERENCED = "not_referenced"
    IN_PROGRESS = "in_progress"
    REFERENCED = "referenced"


class ContactRole(StrEnum):
    """A contact's place in the decision chain."""

    DECISION_MAKER = "decision_maker"
    BUYER = "buyer"
    PRESCRIBER = "prescriber"
    USER = "user"
    PURCHASING = "purchasing"


_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def name_key(name: str) -> str:
    """A company name folded so that 'Société Générale' and 'SOCIETE  generale' match."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NOT_ALNUM.sub(" ", bare).strip()


def holds_a_letter(name: str) -> bool:
    """Whether a company's or a person's name is one: it holds a letter. A code, a flag or a phone
    number taken for a name ("1", "+33 6 12 34 56 78") is refused wherever a name is entered."""
    return any(character.isalpha() for character in name)


def email_key(email: str) -> str:
    return email.strip().casefold()
