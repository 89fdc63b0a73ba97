"""Head counts as people and CRMs write them, each read to one written form and its floor."""

import pytest

from esn_desktop.domain.headcount import Headcount, HeadcountError, headcount_floor, read_headcount


@pytest.mark.parametrize(
    ("written", "text", "floor"),
    [
        ("11 - 50", "11-50", 11),  # Dolibarr's third parties (c_effectif)
        ("1 - 5", "1-5", 1),
        ("> 500", "501+", 501),  # Dolibarr's last band
        ("11-50", "11-50", 11),
        ("1-10", "1-10", 1),
        ("11 à 50", "11-50", 11),
        ("de 11 à 50 salariés", "11-50", 11),
        ("10 à 19 salariés", "10-19", 10),  # INSEE's tranche d'effectif
        ("1 ou 2 salariés", "1-2", 1),
        ("10 000 salariés et plus", "10000+", 10000),
        ("0 salarié", "0", 0),
        ("250", "250", 250),  # HubSpot's "Number of Employees"
        ("1200", "1200", 1200),  # Salesforce's NumberOfEmployees
        ("1 200", "1200", 1200),
        ("1\u202f200", "1200", 1200),  # as French Excel groups thousands
        ("1.200", "1200", 1200),
        ("250.0", "250", 250),  # a spreadsheet's number cell read as text
        ("250 salariés", "250", 250),
        (">500", "501+", 501),
        ("plus de 500", "501+", 501),
        ("More than 500", "501+", 501),
        ("501 et plus", "501+", 501),
        ("500+", "500+", 500),
        ("10,001+", "10001+", 10001),  # LinkedIn's last band
        ("au moins 50", "50+", 50),
        ("≥ 50", "50+", 50),
        ("< 10", "0-9", 0),
        ("moins de 10 salariés", "0-9", 0),
        ("501+", "501+", 501),  # the written forms read back as themselves
        ("0-9", "0-9", 0),
    ],
)
def test_what_people_write_reads_as_one_written_form_and_its_floor(
    written: str, text: str, floor: int
) -> None:
    assert read_headcount(written) == Headcount(text, floor)
    assert read_headcount(text) == Headcount(text, floor)  # written out, it reads back the same


@pytest.mark.parametrize("empty", [None, "", "   "])
def test_nothing_written_is_no_head_count(empty: str | None) -> None:
    assert read_headcount(empty) is None
    assert headcount_floor(empty) is None


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        ("beaucoup", "holds no number of people (write 250, 11-50 or 501+)"),
        ("Unités non employeuses", "holds no number of people (write 250, 11-50 or 501+)"),
        ("01 23 45 67 89", "holds more than two numbers (write 250, 11-50 or 501+)"),
        ("50 - 11", "is a band whose first number is above its last"),
        ("-3", "must not be negative"),
        ("12,5", "is not a whole number of people"),
        ("99999999999", "is more than 10 000 000 people"),
    ],
)
def test_text_that_says_no_head_count_is_refused_with_its_reason(written: str, reason: str) -> None:
    with pytest.raises(HeadcountError) as refused:
        read_headcount(written)
    assert str(refused.value) == reason
    assert headcount_floor(written) is None


def test_bands_sort_by_their_floor() -> None:
    written = ["> 500", "250", "11 - 50", "1-10"]
    assert sorted(written, key=headcount_floor) == ["1-10", "11 - 50", "250", "> 500"]


def test_thousands_of_digits_are_refused_before_they_are_counted() -> None:
    with pytest.raises(HeadcountError, match="is more than 10 000 000 people"):
        read_headcount("9" * 5000)
