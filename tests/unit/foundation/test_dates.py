"""Every written date form of the template, read as evidence: precision kept, no day invented."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from casereview.model.dates import (
    ChronoDate,
    DateError,
    DateOrder,
    Precision,
    parse_chrono_date,
    parse_day,
    parse_time,
)


@pytest.mark.parametrize(
    ("written", "earliest", "latest", "precision", "uncertain"),
    [
        ("22/05/2016", date(2016, 5, 22), date(2016, 5, 22), Precision.DAY, False),
        ("2/5/2016", date(2016, 5, 2), date(2016, 5, 2), Precision.DAY, False),
        ("22-05-2016", date(2016, 5, 22), date(2016, 5, 22), Precision.DAY, False),
        ("22.05.2016", date(2016, 5, 22), date(2016, 5, 22), Precision.DAY, False),
        ("2016-05-22", date(2016, 5, 22), date(2016, 5, 22), Precision.DAY, False),
        ("22 May 2016", date(2016, 5, 22), date(2016, 5, 22), Precision.DAY, False),
        ("22nd May 2016", date(2016, 5, 22), date(2016, 5, 22), Precision.DAY, False),
        ("May 2016", date(2016, 5, 1), date(2016, 5, 31), Precision.MONTH, False),
        ("Feb 2016", date(2016, 2, 1), date(2016, 2, 29), Precision.MONTH, False),
        ("Sept 2016", date(2016, 9, 1), date(2016, 9, 30), Precision.MONTH, False),
        ("05/2016", date(2016, 5, 1), date(2016, 5, 31), Precision.MONTH, False),
        ("2016-05", date(2016, 5, 1), date(2016, 5, 31), Precision.MONTH, False),
        ("2016", date(2016, 1, 1), date(2016, 12, 31), Precision.YEAR, False),
        ("?22/05/2016", date(2016, 5, 22), date(2016, 5, 22), Precision.DAY, True),
        ("22/05/2016?", date(2016, 5, 22), date(2016, 5, 22), Precision.DAY, True),
        ("c. May 2016", date(2016, 5, 1), date(2016, 5, 31), Precision.MONTH, True),
        ("circa 2016", date(2016, 1, 1), date(2016, 12, 31), Precision.YEAR, True),
        ("approx 22/05/2016", date(2016, 5, 22), date(2016, 5, 22), Precision.DAY, True),
        ("42512", date(2016, 5, 22), date(2016, 5, 22), Precision.DAY, False),
    ],
)
def test_written_forms(
    written: str, earliest: date, latest: date, precision: Precision, uncertain: bool
) -> None:
    parsed, clock = parse_chrono_date(written)
    assert parsed == ChronoDate(earliest, latest, precision, uncertain)
    assert clock is None


def test_date_with_time_in_one_cell() -> None:
    parsed, clock = parse_chrono_date("22/05/2016 14:30")
    assert parsed == ChronoDate.day(date(2016, 5, 22))
    assert clock == time(14, 30)


def test_spreadsheet_cells() -> None:
    assert parse_chrono_date(datetime(2016, 5, 22, 9, 5)) == (
        ChronoDate.day(date(2016, 5, 22)),
        time(9, 5),
    )
    assert parse_chrono_date(date(2016, 5, 22)) == (ChronoDate.day(date(2016, 5, 22)), None)
    # Excel serial 42512 is 22/05/2016; .75 of a day is 18:00.
    assert parse_chrono_date(42512.75) == (ChronoDate.day(date(2016, 5, 22)), time(18, 0))


def test_us_order_only_when_the_mapping_says_so() -> None:
    assert parse_chrono_date("05/22/2016", order=DateOrder.MDY)[0].earliest == date(2016, 5, 22)
    with pytest.raises(DateError, match="month that does not exist"):
        parse_chrono_date("05/22/2016")


def test_explicit_format_from_a_mapping() -> None:
    parsed, clock = parse_chrono_date("24-Mar-2022", fmt="%d-%b-%Y")
    assert parsed == ChronoDate.day(date(2022, 3, 24))
    assert clock is None
    with pytest.raises(DateError, match="mapping's date format"):
        parse_chrono_date("24/03/2022", fmt="%d-%b-%Y")


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        ("31/02/2016", "not a real calendar date"),
        ("29/02/2015", "not a real calendar date"),
        ("13/13/2016", "month that does not exist"),
        ("22/05/16", "two-digit year"),
        ("around teatime", "is not a date"),
        ("Smarch 2016", "month name"),
        ("", "empty"),
        ("?", "empty"),
        ("22/05/1850", "year outside"),
    ],
)
def test_impossible_or_ambiguous_dates_are_errors(written: str, reason: str) -> None:
    with pytest.raises(DateError, match=reason) as caught:
        parse_chrono_date(written)
    if written.strip("?"):
        assert written not in str(caught.value)  # the message never repeats the value


def test_true_false_is_not_a_date() -> None:
    with pytest.raises(DateError):
        parse_chrono_date(True)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("14:30", time(14, 30)),
        ("1430", time(14, 30)),
        ("2.30pm", time(14, 30)),
        ("12:05am", time(0, 5)),
        ("09:15:20", time(9, 15, 20)),
        (0.5, time(12, 0)),
    ],
)
def test_times(written: object, expected: time) -> None:
    assert parse_time(written) == expected


@pytest.mark.parametrize("written", ["25:00", "13pm", "noonish", 1.5])
def test_bad_times(written: object) -> None:
    with pytest.raises(DateError):
        parse_time(written)


def test_iso_and_display_keep_precision() -> None:
    assert ChronoDate.month(2016, 5).iso() == "2016-05"
    assert ChronoDate.year(2016).iso() == "2016"
    assert ChronoDate.month(2016, 5, uncertain=True).display() == "c. May 2016"
    assert ChronoDate.from_iso("2016-05") == ChronoDate.month(2016, 5)
    assert ChronoDate.from_iso("2016-05-22").precision is Precision.DAY


def test_a_month_opens_its_period_in_the_order() -> None:
    dates = [
        ChronoDate.day(date(2016, 5, 1)),
        ChronoDate.month(2016, 5),
        ChronoDate.year(2016),
        ChronoDate.day(date(2016, 4, 30)),
    ]
    ordered = sorted(dates, key=ChronoDate.sort_key)
    # 2016 opens on 1 January, May 2016 on 1 May before the days of May.
    assert [d.iso() for d in ordered] == ["2016", "2016-04-30", "2016-05", "2016-05-01"]


def test_a_day_typed_in_a_form() -> None:
    assert parse_day(" 01/12/2026 ") == date(2026, 12, 1)
    assert parse_day("") is None and parse_day("   ") is None
    for not_a_day in ("May 2026", "2026", "31/02/2026", "soon"):
        with pytest.raises(DateError):
            parse_day(not_a_day)
