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


def test_skipping_patterns_for_passages_with_no_month_or_weekday_loses_no_date(monkeypatch):
    # find_dates skips the patterns that need a month's or a weekday's name where the passage
    # has no such name capitalised; every date found without the skip must still be found.
    import re
    from pathlib import Path

    import yaml

    from dashboard.extract import dates

    corpus = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
    texts = [r["text"] for f in sorted(corpus.glob("*.yaml"))
             for r in (yaml.safe_load(f.read_text(encoding="utf-8")) or {}).get("reports", [])]
    texts.append("Gunmen shot a man in may. The march on Sat. ended; MARCH 3, sept 4, Nov. 5-6, "
                 "the night of 3/4 June, from the 1st to the 15th of august, since May 2011, "
                 "the first half of 2024. The previous night gunmen fired. In the early hours "
                 "a blast. Over the last fortnight. Clashes tonight. Raids this morning. In the "
                 "current year. The second half of November. Two weeks ago. Since 2019.")
    published = parse_date("2025-06-10")
    passages = [(t, m.start(), m.end()) for t in texts
                for m in re.finditer(r"[^.\n]+[.\n]?", t)]
    assert len(passages) > 1000
    fast = [[(d.start, d.end, d.span) for d in find_dates(t, lo, hi, published)]
            for t, lo, hi in passages]
    monkeypatch.setattr(dates, "GATES", [None] * len(dates.PATTERNS))
    slow = [[(d.start, d.end, d.span) for d in find_dates(t, lo, hi, published)]
            for t, lo, hi in passages]
    assert fast == slow
    assert sum(map(len, slow)) > 500  # the texts do name dates


def test_two_digit_year_after_day_and_month():
    # "7 February 24" is a day, a month and a year, not the 24th of February
    assert _one("A grenade went off on 7 February 24 in a bazaar.", "2024-03-01").text == \
        "2024-02-07"
    assert _one("He was picked up on 12 Jan 23 from his shop.", "2024-03-01").text == \
        "2023-01-12"
    # a count after the month is no year: the day and month stand, the number counts people
    (d,) = find_dates("On 3 March 24 persons were hurt.", published=parse_date("2024-03-10"))
    assert d.raw != "3 March 24"
    # a two-digit year after publication is no year
    assert all(d.span.text != "2025-01-05" for d in
               find_dates("Talks on 5 January 25 more", published=parse_date("2024-03-01")))


def test_a_week_of_a_named_month_is_that_week_not_last_week():
    assert _one("Raids in the first week of March left two dead.", "2024-03-20").text == \
        "2024-03-01/2024-03-07"
    assert _one("clashes during the last week of February", "2024-03-20").text == \
        "2024-02-23/2024-02-29"
    assert _one("bodies found over the third week of May", "2024-06-02").text == \
        "2024-05-15/2024-05-21"
    # "last week" alone is still the week before publication's week
    assert _one("two men were killed last week", "2024-03-20").text == "2024-03-11/2024-03-17"


def test_a_fortnight_ago_is_two_weeks_back_loosely():
    span = _one("He went missing a fortnight ago.", "2024-03-14")
    assert span.start.isoformat() <= "2024-02-29" <= span.end.isoformat()


def test_loose_counts_back_and_days_back():
    span = _one("He was picked up a few days ago.", "2024-03-14")
    assert span.precision == "range" and span.start.isoformat() < "2024-03-12" \
        and span.end.isoformat() == "2024-03-13"
    assert _one("He was picked up two days back.", "2024-03-14").text == "2024-03-12"


def test_weekday_of_last_week_and_last_same_weekday():
    # publication is a Thursday: "Thursday last week" and "last Thursday" are a week before
    assert _one("They struck on Thursday last week.", "2024-03-14").text == "2024-03-07"
    assert _one("They struck on Monday of last week.", "2024-03-14").text == "2024-03-04"
    assert _one("The incident occurred last Thursday.", "2024-03-14").text == "2024-03-07"
    assert _one("missing since last Thursday", "2024-03-14").text == "2024-03-07/2024-03-14"
    # a plain weekday in its own day's paper stays that day, as before
    assert _one("The incident occurred on Thursday.", "2024-03-14").text == "2024-03-14"


def test_day_first_ranges_weekday_ranges_and_days_of_a_month_told_relatively():
    assert _one("Two were killed between 1 and 10 March.", "2024-03-14").text == \
        "2024-03-01/2024-03-10"
    assert _one("raids from 28 February to 3 March 2024", "2024-03-14").text == \
        "2024-02-28/2024-03-03"
    assert _one("Two were killed from Friday to Sunday.", "2024-03-14").text == \
        "2024-03-08/2024-03-10"
    assert _one("It happened on the 12th of this month.", "2024-03-14").text == "2024-03-12"
    assert _one("It happened on 5th of last month.", "2024-03-14").text == "2024-02-05"
    assert _one("Two were killed this weekend.", "2024-03-14").text == "2024-03-09/2024-03-10"


def test_a_weekdays_midnight_and_an_editors_bracketed_of():
    # round 33: "Sunday midnight" is the turn of Sunday's night into Monday, as "Sunday night" is
    assert _one("Militants struck several towns on Sunday midnight.", "2024-08-30").text == \
        "2024-08-25/2024-08-26"
    # an editor's "[of]" inside a quoted release still names the night of two days
    assert _one('"On night [of] 29/30 August, two posts came under fire," it said.',
                "2024-08-30").text == "2024-08-29/2024-08-30"


def test_the_day_prior_is_the_day_before_the_day_told():
    # round 33: "the day prior" counts back from the day told before it, as "the day before"
    spans = [d.span.text for d in find_dates(
        "Shelling hit Moola on October 5. The day prior, a shopkeeper was shot dead in Zehri.",
        published=parse_date("2025-10-15"))]
    assert spans == ["2025-10-05", "2025-10-04"], spans
