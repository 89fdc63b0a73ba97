"""Telling one company from two: the folded name every list import compares."""

from __future__ import annotations

import random
import re
import unicodedata

import pytest

from esn_desktop.domain.accounts import holds_a_letter, name_key


def whole_text_key(name: str) -> str:
    """name_key's rule applied to the whole text at once, as it is defined."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[^0-9a-z]+", " ", bare).strip()


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Société Générale", "societe generale"),
        ("SOCIETE  generale", "societe generale"),
        ("  Bouche-à-oreille ", "bouche a oreille"),
        ("L’Oréal – Paris", "l oreal paris"),
        ("Straße ﬁnance", "strasse finance"),
        ("Lœwen & Cie", "l wen cie"),  # œ is no letter a-z: a space, as before
        ("Ἀθῆναι", ""),
        ("e\u0301cole", "ecole"),  # an accent typed as its own character
        ("ACME", "acme"),
    ],
)
def test_a_name_is_folded_ignoring_case_accents_and_punctuation(written: str, key: str) -> None:
    assert name_key(written) == key


def test_folding_character_by_character_gives_the_whole_texts_key() -> None:
    # Latin with its accents and ligatures, combining marks, Greek, Cyrillic, punctuation,
    # full-width forms, kana and Hangul: every character alone, between letters, and mixed.
    ranges = [(0x20, 0x250), (0x300, 0x530), (0x1E00, 0x2100), (0x3040, 0x3100), (0xAC00, 0xAC20)]
    ranges += [(0xFB00, 0xFB10), (0xFF00, 0xFF70)]
    characters = [chr(code) for start, end in ranges for code in range(start, end)]
    for character in characters:
        for name in (character, f"a{character}b", character * 2, f" {character}-"):
            assert name_key(name) == whole_text_key(name), hex(ord(character))
    draw = random.Random(13)
    for _ in range(20_000):
        name = "".join(draw.choice(characters) for _ in range(draw.randint(0, 12)))
        assert name_key(name) == whole_text_key(name), name.encode("unicode_escape")


@pytest.mark.parametrize(
    ("name", "holds"), [("1", False), ("+33 6 12 34 56 78", False), ("3M", True), ("É", True)]
)
def test_a_name_holds_a_letter(name: str, holds: bool) -> None:
    assert holds_a_letter(name) is holds
