"""The GDPR rules as plain values: spans of time, the stale rule, scrubbing a note."""

from datetime import date

import pytest

from esn_desktop.domain.erasure import (
    ERASED,
    TraceFinder,
    is_prospect,
    is_stale,
    mentions,
    read_span,
    scrub,
    traces,
)
from esn_desktop.domain.errors import EsnError


def test_a_span_goes_back_in_years_months_or_days_keeping_within_the_month() -> None:
    assert read_span("3y").before(date(2026, 12, 1)) == date(2023, 12, 1)
    assert read_span("18M").before(date(2026, 12, 1)) == date(2025, 6, 1)
    assert read_span("90d").before(date(2026, 12, 1)) == date(2026, 9, 2)
    assert read_span("1m").before(date(2026, 3, 31)) == date(2026, 2, 28)
    assert read_span("1y").before(date(2028, 2, 29)) == date(2027, 2, 28)
    for bad in ("3", "y", "0y", "3w", "-3y", "3 ans"):
        with pytest.raises(EsnError, match="is not a length of time"):
            read_span(bad)


def test_stale_means_nothing_exchanged_since_the_span_before() -> None:
    span = read_span("3y")
    assert is_stale(None, as_of=date(2026, 12, 1), span=span)
    assert is_stale(date(2023, 11, 30), as_of=date(2026, 12, 1), span=span)
    assert not is_stale(date(2023, 12, 1), as_of=date(2026, 12, 1), span=span)
    assert is_prospect(won_deals=0, ongoing_missions=0)
    assert not is_prospect(won_deals=1, ongoing_missions=0)
    assert not is_prospect(won_deals=0, ongoing_missions=1)


def test_scrubbing_replaces_every_trace_whatever_its_case() -> None:
    found = traces("Anne", "Roux", "anne@nord.example", "06 12 34 56 78", None)
    assert found == ("anne@nord.example", "06 12 34 56 78", "Anne Roux", "Roux Anne")
    note = "Appel ANNE ROUX (anne@nord.example, 06 12 34 56 78) ; Roux Anne rappelle. Anne seule reste."
    assert scrub(note, found) == (
        f"Appel {ERASED} ({ERASED}, {ERASED}) ; {ERASED} rappelle. Anne seule reste.",
        4,
    )
    assert scrub("", found) == ("", 0)


def test_a_phone_number_is_found_however_it_is_written() -> None:
    found = traces("Sophie", "Marchand", "+33 1 23 45 67 89")
    note = (
        "fixe 01 23 45 67 89, ou 01.23.45.67.89, ou 0123456789, ou +33 (0)1 23 45 67 89, ou 0033123456789 ;"
        " pas 01 23 45 67 890 ni le 01 23 45 67 88 ; Sophie  MARCHAND"
    )
    assert scrub(note, found) == (
        f"fixe {ERASED}, ou {ERASED}, ou {ERASED}, ou {ERASED}, ou {ERASED} ;"
        f" pas 01 23 45 67 890 ni le 01 23 45 67 88 ; {ERASED}",
        6,
    )
    assert scrub("poste 1234", traces("A", "B", "1234")) == (
        f"poste {ERASED}",
        1,
    )  # too short to be a phone: as written


PEOPLE = [
    traces("Anne", "Roux", "anne@nord.example", "06 12 34 56 78", None),
    traces("Sophie", "Marchand", "s.marchand@mutuelle.example", "+33 1 23 45 67 89", None),
    traces("Hélène", "Écuyer", None, None, "+41 22 555 12 34"),
    traces("", "Solo", "solo@x.example", "poste 1234", None),  # one word, and a "phone" too short
    traces("Jean-Pierre", "Le Gall", None, "0033 4 72 00 00 00", None),
]
NOTES = [
    "",
    "Appel ANNE ROUX (anne@nord.example, 06.12.34.56.78) ; Roux Anne rappelle.",
    "Vu sophie   marchand, écrire à S.MARCHAND@MUTUELLE.EXAMPLE ou +33 (0)1 23 45 67 89",
    "fixe 0123456789 ; pas 01 23 45 67 890 ni 01 23 45 67 88",
    "Sophie Marchandise (pas elle ? le motif le prend) ; HÉLÈNE ÉCUYER au +41 22 555 12 34",
    "Le Solomon de la poste 1234, contact:solo@x.example.",
    "Jean-Pierre Le  Gall, 04 72 00 00 00 ; jean-pierre le gall",
    "Anne seule, Roux seul, Marchand seul, 06 12 34 56 7 ; nord.example",
    "écrire<anne@nord.example>ou appeler le 0612345678",
]


def test_the_finder_of_many_people_answers_as_each_ones_pattern() -> None:
    """Its index only picks whom to try: mentions and scrubbing are the patterns' own."""
    finder = TraceFinder(PEOPLE)
    every = tuple(t for of in PEOPLE for t in of)
    for note in NOTES:
        assert finder.mentions(note) == mentions(note, every), note
        expected, count = note, 0
        for of in PEOPLE:
            expected, found = scrub(expected, of)
            count += found
        assert finder.scrub(note) == (expected, count), note
    assert finder.candidates(NOTES[1]) == [0, 3]  # Sophie's pattern is not even tried; Solo's always is
    assert finder.candidates("rien à voir") == [3]  # "Solo", one word, is tried on every note
    assert finder.scrub(NOTES[4])[0].startswith(f"{ERASED}ise")
