"""CPR numbers: format and date refused, modulus 11 only reported; the search field's kinds."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from screening_app.domain.cpr import (
    CprError,
    birth_date_of,
    century,
    format_cpr,
    parse_cpr,
    passes_modulus11,
)
from screening_app.domain.person_context import (
    child_age_weeks,
    context_for_person,
    weeks_pregnant,
)
from screening_app.domain.person_search import (
    BirthDateQuery,
    CprQuery,
    NameQuery,
    UnclearQuery,
    classify,
)

TODAY = dt.date(2026, 3, 2)


def test_a_number_that_passes_modulus_11() -> None:
    number = parse_cpr("070761-4285")
    assert number.digits == "0707614285"
    assert number.birth_date == dt.date(1961, 7, 7)
    assert number.passes_modulus11 is True
    assert number.formatted == "070761-4285"


def test_modulus_11_failure_is_reported_not_refused() -> None:
    digits = "0101901234"
    assert not passes_modulus11(digits)
    number = parse_cpr(digits)
    assert number.passes_modulus11 is False
    assert number.birth_date == dt.date(1990, 1, 1)


def test_modulus_11_weights() -> None:
    # Weighted sum of 0707614285: 0+21+0+49+36+5+16+6+16+5 = 154 = 14 * 11
    assert passes_modulus11("0707614285")
    assert not passes_modulus11("0707614286")


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("", "format"),
        ("12345", "format"),
        ("010190-12345", "format"),
        ("01019O-1234", "format"),
        ("٠١٠١٩٠١٢٣٤", "format"),  # Arabic-Indic digits are not CPR digits
        ("320190-1234", "date"),
        ("311190-1234", "date"),
        ("290201-1234", "date"),  # 2001 was no leap year (serial 1: 1900s -> 1901, neither)
        ("000190-1234", "date"),
    ],
)
def test_format_and_date_are_refused(typed: str, problem: str) -> None:
    with pytest.raises(CprError) as refused:
        parse_cpr(typed)
    assert refused.value.problem == problem
    assert "1234" not in str(refused.value)


def test_leap_day_follows_the_century() -> None:
    assert birth_date_of("2902004000") == dt.date(2000, 2, 29)  # serial 4, year 00: 2000
    with pytest.raises(CprError):
        birth_date_of("2902001000")  # serial 1, year 00: 1900, no leap year


@pytest.mark.parametrize(
    ("year_2", "serial_first", "expected"),
    [
        (0, 0, 1900),
        (99, 3, 1900),
        (36, 4, 2000),
        (37, 4, 1900),
        (36, 9, 2000),
        (37, 9, 1900),
        (57, 5, 2000),
        (58, 5, 1800),
        (0, 8, 2000),
        (99, 8, 1800),
    ],
)
def test_century_table(year_2: int, serial_first: int, expected: int) -> None:
    assert century(year_2, serial_first) == expected


def test_a_birth_date_in_the_future_is_refused_when_today_is_given() -> None:
    with pytest.raises(CprError) as refused:
        parse_cpr("010130-4000", today=TODAY)  # 1 Jan 2030
    assert refused.value.problem == "future"
    assert parse_cpr("010130-4000").birth_date == dt.date(2030, 1, 1)


def test_separators_and_spaces_are_accepted() -> None:
    assert parse_cpr(" 010190 1234 ").digits == "0101901234"
    assert format_cpr("0101901234") == "010190-1234"
    assert format_cpr("0101") == "0101"


@given(st.dates(min_value=dt.date(1858, 1, 1), max_value=dt.date(2057, 12, 31)))
def test_every_date_has_a_serial_that_gives_it_back(day: dt.date) -> None:
    year_2 = day.year % 100
    century_wanted = day.year - year_2
    serial_first = next(s for s in range(10) if century(year_2, s) == century_wanted)
    digits = f"{day:%d%m}{year_2:02d}{serial_first}000"
    assert birth_date_of(digits) == day


# ------------------------------------------------------------------ search field
@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("met han", NameQuery("met han")),
        ("  Mette   Hansen ", NameQuery("Mette Hansen")),
        ("0101", CprQuery("0101")),
        ("010190-1234", CprQuery("0101901234")),
        ("010190-", CprQuery("010190")),
        ("3.1.1990", BirthDateQuery(dt.date(1990, 1, 3))),
        ("03-01-1990", BirthDateQuery(dt.date(1990, 1, 3))),
        ("03/01/1990", BirthDateQuery(dt.date(1990, 1, 3))),
        ("1990-01-03", BirthDateQuery(dt.date(1990, 1, 3))),
        ("31.02.1990", UnclearQuery("31.02.1990")),
        ("01019012345", UnclearQuery("01019012345")),
        ("12-", UnclearQuery("12-")),
    ],
)
def test_the_search_field_kinds(typed: str, expected: object) -> None:
    assert classify(typed) == expected


def test_an_empty_search_is_none() -> None:
    assert classify("   ") is None


# ---------------------------------------------------------------- person context
def test_pregnancy_weeks_from_the_expected_date() -> None:
    assert weeks_pregnant(TODAY + dt.timedelta(weeks=20), TODAY) == 20
    assert weeks_pregnant(TODAY + dt.timedelta(weeks=20, days=3), TODAY) == 19
    assert weeks_pregnant(TODAY + dt.timedelta(weeks=41), TODAY) is None
    assert weeks_pregnant(TODAY - dt.timedelta(weeks=6), TODAY) is None


def test_child_age_in_whole_weeks() -> None:
    assert child_age_weeks(TODAY - dt.timedelta(days=20), TODAY) == 2
    assert child_age_weeks(TODAY + dt.timedelta(days=1), TODAY) is None


def test_context_from_the_person() -> None:
    pregnant = context_for_person(
        "pregnant-woman", TODAY + dt.timedelta(weeks=28), "expected", TODAY
    )
    assert (pregnant.role, pregnant.phase, pregnant.weeks_pregnant) == (
        "pregnant-woman",
        "pregnant",
        12,
    )
    father = context_for_person("father-co-parent", TODAY - dt.timedelta(weeks=8), "actual", TODAY)
    assert (father.phase, father.child_age_weeks) == ("after-birth", 8)
    assert context_for_person("new-mother", None, None, TODAY).phase == "after-birth"
    assert context_for_person("other", None, None, TODAY).phase is None
    assert context_for_person("nonsense", None, None, TODAY).role is None


def test_typed_dates() -> None:
    from screening_app.domain.person_search import parse_day

    assert parse_day(" 3.1.1990 ") == dt.date(1990, 1, 3)
    assert parse_day("1990-01-03") == dt.date(1990, 1, 3)
    assert parse_day("") is None
    for bad in ("31.02.1990", "3/1", "i går"):
        with pytest.raises(ValueError, match="not a date"):
            parse_day(bad)
