"""What a news web page adds around a report, and what it must not be taken for (issue 11).

Real pages carry stamps ("Updated ... 06:40pm"), bylines with dates, and datelines dated to the
day a report was filed. None of these says when an incident happened. The texts here are
written for these tests.
"""

import pytest

from dashboard.dates import parse_date
from dashboard.extract.dates import find_dates, in_stamp_line, is_publication_date
from dashboard.extract.ingest import ingest_text


def _claim_dates(text, gaz, published):
    r = ingest_text(text, published=parse_date(published), gazetteer=gaz)
    return {(f["count"], f["category"]): (c["date_start"], c["date_end"])
            for c in r.claims for f in c["figures"]}


@pytest.mark.parametrize("line, stamp", [
    ("Updated 3 Nov, 2024 07:15pm", True),
    ("Staff Reporter Published November 3, 2024", True),
    ("Tue, 5 Nov 2024 09:12:40 PKT", True),
    ("APP Published 03 Nov, 2024 06:41am", True),
    ("Web Desk | November 3, 2024", True),
    ("Two Levies men were killed on November 3, 2024.", False),
    ("Police said on November 3, 2024 that two men had died", False),
    ("Gunmen attacked a post on November 3, 2024", False),
])
def test_a_page_stamp_line_is_told_from_prose(line, stamp):
    text = f"Headline of the story\n{line}\nThe body follows here."
    assert in_stamp_line(text, text.index(line) + 2) is stamp


@pytest.mark.parametrize("text", [
    "Three Levies men killed in Washuk\nStaff Reporter Published November 3, 2024\n"
    "Three Levies men were killed when gunmen attacked their post in Washuk, officials said.",
    "Three Levies men killed in Washuk\nSun, 3 Nov 2024 10:05:11 PKT\n"
    "Three Levies men were killed when gunmen attacked their post in Washuk, officials said.",
])
def test_a_stamp_date_never_dates_the_incident(gaz, text):
    # The stamp is two days before publication: were it taken, the claim would say 3 November.
    dates = _claim_dates(text, gaz, "2024-11-05")
    assert dates[3, "killed"] != ("2024-11-03", "2024-11-03")


def test_the_lead_after_a_stamp_line_still_dates_the_passage(gaz):
    text = ("Blast near a market in Turbat\nUpdated 4 Nov, 2024 06:40pm\n"
            "Four shopkeepers were injured in a blast near the main market in Turbat on Sunday "
            "evening, police said.\nAccording to the SHO, the device was hidden in a handcart. "
            "Two policemen are among the injured.")
    dates = _claim_dates(text, gaz, "2024-11-04")
    assert dates[2, "injured"] == ("2024-11-03", "2024-11-03")


@pytest.mark.parametrize("text, raw", [
    ("SIBI, Nov 4 (Agency): Two shepherds were killed by a landmine in Kohlu, the Levies said.",
     "Nov 4"),
    ("Sibi (Balochistan), November 4 (Agency): Two shepherds were killed by a landmine in Kohlu.",
     "November 4"),
    ("Islamabad, Nov 4 (Agency) Two shepherds were killed by a landmine in Kohlu, officials said.",
     "Nov 4"),
])
def test_a_datelines_date_is_when_the_report_was_filed(gaz, text, raw):
    d = next(d for d in find_dates(text, published=parse_date("2024-11-06")) if d.raw == raw)
    assert is_publication_date(text, d)
    assert _claim_dates(text, gaz, "2024-11-06")[2, "killed"] != ("2024-11-04", "2024-11-04")


def test_a_date_in_the_first_sentence_is_no_dateline():
    text = "Two shepherds were killed on Nov 4 by a landmine in Kohlu, the Levies said."
    d = next(iter(find_dates(text, published=parse_date("2024-11-06"))))
    assert not is_publication_date(text, d)


def test_who_published_a_report_and_when_is_a_statement_date(gaz):
    text = ("In a report the Balochistan Post (Urdu) published on November 4, the BLF "
            "said its fighters had killed five soldiers in Kolwah on November 2.")
    assert _claim_dates(text, gaz, "2024-11-06")[5, "killed"] == ("2024-11-02", "2024-11-02")


@pytest.mark.parametrize("text, count, want", [
    ("The attack recalled a 2019 ambush near Ormara in which gunmen killed 14 passengers.", 14,
     ("2019-01-01", "2019-12-31")),
    ("Relatives spoke of the 2021 killings in Mach, when 11 miners were shot dead.", 11,
     ("2021-01-01", "2021-12-31")),
])
def test_a_year_before_a_noun_dates_the_past_event(gaz, text, count, want):
    assert _claim_dates(text, gaz, "2024-11-06")[count, "killed"] == want


@pytest.mark.parametrize("phrase, want", [
    ("in March and April", "2024-03-01/2024-04-30"),
    ("between November and January", "2023-11-01/2024-01-31"),
])
def test_two_months_joined_are_one_range(phrase, want):
    d = find_dates(f"At least 40 people went missing {phrase}.", published=parse_date("2024-05-10"))
    assert [x.span.text for x in d] == [want]


def test_by_morning_reaches_into_the_next_day(gaz):
    text = ("Nine prisoners broke out of the district jail in Kharan on Friday night, jail "
            "officials said. Police said four of them had been re-arrested by morning.")
    assert _claim_dates(text, gaz, "2024-11-03")[4, "arrested"] == ("2024-11-01", "2024-11-02")


def test_throughout_the_night_is_the_night_before_the_report(gaz):
    text = ("Gunmen and the police exchanged fire throughout the night in Kalat; six people, among "
            "them two policemen, were killed, the SSP said.")
    assert _claim_dates(text, gaz, "2024-11-04")[6, "killed"] == ("2024-11-03", "2024-11-04")
