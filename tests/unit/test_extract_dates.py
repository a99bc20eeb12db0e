from dashboard.dates import parse_date
from dashboard.extract.dates import find_dates


def _one(text, published):
    (d,) = find_dates(text, published=parse_date(published) if published else None)
    return d.span


def test_weekday_against_day_publication():
    span = _one("Gunmen struck a checkpost on Friday.", "2025-03-10")  # a Monday
    assert span.text == "2025-03-07" and span.precision == "day"
    # a weekday's night runs into the small hours of the next day
    span = _one("Gunmen struck a checkpost on Friday night.", "2025-03-10")
    assert span.text == "2025-03-07/2025-03-08" and span.precision == "range"


def test_weekday_against_month_publication_is_a_range():
    span = _one("The convoy was ambushed on Tuesday.", "2025-03")
    assert span.precision == "range"
    assert span.start.isoformat() == "2025-02-25" and span.end.isoformat() == "2025-03-25"


def test_relative_phrases():
    assert _one("raids over the past 40 hours", "2026-02-02").text == "2026-01-31/2026-02-02"
    assert _one("since 4 November", "2025-12-05").text == "2025-11-04/2025-12-05"
    assert _one("clashes earlier in the week", "2024-08-30").text == "2024-08-24/2024-08-29"
    assert _one("On Aug 26 militants blocked the highway", "2024-09-02").text == "2024-08-26"
    # a day-month with no year after the publication day belongs to the year before
    assert _one("the blast on 28 December", "2025-01-04").text == "2024-12-28"


def test_no_publication_date_is_honest():
    assert _one("the attack on Thursday", None).precision == "unknown"
    assert _one("attacks on 3 March 2024", None).text == "2024-03-03"
