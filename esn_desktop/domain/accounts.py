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
_SPACES = re.compile(r" {2,}")


def _folded_character(character: str) -> str:
    """One character as name_key folds it: case folded, decomposed (NFKD), accents dropped, and
    anything but an ASCII letter or digit a space."""
    decomposed = unicodedata.normalize("NFKD", character.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NOT_ALNUM.sub(" ", bare)


class _Folding(dict[int, str]):
    """Code point -> its folded text, for str.translate; filled on first sight of a character."""

    def __missing__(self, code: int) -> str:
        self[code] = folded = _folded_character(chr(code))
        return folded


_FOLDING = _Folding()


def name_key(name: str) -> str:
    """A company name folded so that 'Société Générale' and 'SOCIETE  generale' match.

    Case folding, NFKD and the accents dropped, everything but ASCII letters and digits made one
    space. Each step works character by character (NFKD only reorders accents, which go), so a
    name is folded by one str.translate over a table of the characters seen: a list import
    folds every row's company, and this is four times faster than folding the whole text
    (tests/domain/test_accounts.py checks both give the same key).
    """
    if name.isascii():  # no accent to drop, and casefold() is lower()
        return _NOT_ALNUM.sub(" ", name.lower()).strip()
    return _SPACES.sub(" ", name.translate(_FOLDING)).strip()


def holds_a_letter(name: str) -> bool:
    """Whether a company's or a person's name is one: it holds a letter. A code, a flag or a phone
    number taken for a name ("1", "+33 6 12 34 56 78") is refused wherever a name is entered."""
    return any(map(str.isalpha, name))


def email_key(email: str) -> str:
    return email.strip().casefold()
