"""Rules for patterns of the province's news prose (issue 11), one pattern per test, on texts
written for these tests (never a real report's sentences).

This file, when it happened: each figure's dates from its own sentence and its neighbours, against
the publication date, with honest precision (nights, weekends, periods).
"""

import pytest

from dashboard.dates import parse_date
from dashboard.extract.confidence import LEVELS
from dashboard.extract.dates import find_dates, is_statement_date
from dashboard.extract.ingest import ingest_text
from tests.ingested import dates_of, figures_of, ingest, span_of


def test_night_spanning_two_dates_is_a_range():
    assert span_of("on the night of Saturday and Sunday", "2025-10-20").text == \
        "2025-10-18/2025-10-19"
    assert span_of("on the night of 7/8 November", "2024-11-09").text == "2024-11-07/2024-11-08"
    assert span_of("an attack overnight", "2024-03-04").text == "2024-03-03/2024-03-04"


def test_last_week_and_since_a_weekday():
    assert span_of("dispersed last week", "2025-03-12").text == "2025-03-03/2025-03-09"
    assert span_of("killed since Friday", "2024-01-30").text == "2024-01-26/2024-01-30"


def test_statement_date_gives_way_to_the_incident_date(gaz):
    r = ingest("Security forces killed four terrorists in Buleda on October 16, the ISPR said "
                "on Saturday.", gaz)
    claim, _ = figures_of(r)[("four", "killed")]
    assert claim["date"] == "2025-10-16"


def test_a_sentence_without_a_date_borrows_its_neighbours(gaz):
    r = ingest("Militants attacked a post in Sangan late on Saturday, the ISPR said.\n"
                "Three soldiers were martyred and five attackers killed, the statement said.", gaz)
    claim, _ = figures_of(r)[("Three", "killed")]
    assert claim["date"] == "2025-10-18"
    # The cue says where the date came from; its level is that of a weekday, wherever it stands
    # (its measured level: dashboard/extract/CONFIDENCE.md).
    date = claim["confidence"]["date"]
    assert "neighbouring sentence" in date["cue"] and date["family"] == "a weekday"
    assert date["level"] == LEVELS["a weekday"]


def test_separately_does_not_borrow(gaz):
    r = ingest("Gunmen killed two men in Turbat on Saturday, police said.\n"
                "Separately, three labourers were wounded in a blast in Kharan, Levies said.", gaz)
    claim, _ = figures_of(r)[("three", "injured")]
    assert claim["date"] == "unknown"


def test_the_weekend_is_a_range():
    assert span_of("raids over the weekend", "2025-03-17").text == "2025-03-15/2025-03-16"


def test_a_month_without_its_year_is_the_latest_before_publication():
    assert span_of("disappeared in January", "2025-02-19").text == "2025-01"
    assert span_of("picked up in September alone", "2025-10-07").text == "2025-09"
    assert span_of("killed in December", "2025-01-08").text == "2024-12"


def test_statement_date_gives_way_to_the_incident_date_next_door(gaz):
    r = ingest("Four labourers were abducted in Awaran, their relatives said on Monday.\n"
                "They were taken away by armed men on Friday, a relative said.", gaz,
                published="2025-06-10")
    claim, _ = figures_of(r)[("Four", "abducted")]
    assert claim["date"] == "2025-06-06"


def test_released_on_a_day_is_not_a_statement_date(gaz):
    r = ingest("Twelve of them were released on Sunday, the committee said in a statement.",
                gaz, published="2024-02-20")
    claim, _ = figures_of(r)[("Twelve", "released")]
    assert claim["date"] == "2024-02-18"


def test_days_ago_and_the_day_before():
    assert span_of("killed two days ago", "2025-06-13").text == "2025-06-11"
    assert span_of("found a day earlier", "2025-06-13").text == "2025-06-11/2025-06-12"
    assert span_of("on the night between June 9 and 10", "2025-06-13").text == \
        "2025-06-09/2025-06-10"


def test_background_sentence_neither_borrows_the_speaker_nor_the_date(gaz):
    r = ingest("Gunmen killed three policemen in Turbat on Saturday, police said.\n"
                "In August, coordinated attacks killed more than 50 people across the province.",
                gaz)
    claim, _ = figures_of(r)[("more than 50", "killed")]
    assert claim["source_type"] == "media" and claim["date"] == "2025-08"


def test_press_release_date_is_a_statement_date(gaz):
    r = ingest("On 6 April 2025, security forces conducted an operation in Zamuran.\n"
                "Five terrorists were neutralised, the ISPR said in a press release on Monday.",
                gaz, published="2025-04-08")
    claim, _ = figures_of(r)[("Five", "killed")]
    assert claim["date"] == "2025-04-06"


@pytest.mark.parametrize("phrase, want", [
    ("on 12-06-2025", "2025-06-12"),
    ("on 12.06.2025", "2025-06-12"),
    ("from June 3 to 5", "2025-06-03/2025-06-05"),
    ("between June 3 and June 5", "2025-06-03/2025-06-05"),
    ("in mid-May", "2025-05"),
    ("the previous night", "2025-06-11/2025-06-12"),
])
def test_more_date_forms(phrase, want):
    assert span_of(phrase, "2025-06-13").text == want


def test_a_reports_release_date_is_not_the_date_of_what_it_counts(gaz):
    text = ("The rights group documented 40 enforced disappearances in Balochistan in September. "
            "In its report, released on Thursday, the group put Kech first with 15 disappearances.")
    r = ingest(text, gaz, published="2025-10-04")  # a Saturday
    got = {f["raw"]: c["date"] for c in r.claims for f in c["figures"]}
    assert got["15"] == got["40"] == "2025-09", got


def test_no_date_borrowed_from_a_background_sentence_after(gaz):
    text = ("A bomb killed four policemen in Sibi on Sunday, officials said.\n"
            "The blast also hurt two passers-by, a police officer told reporters.\n"
            "The BLF said in a statement that nine soldiers had died.\n"
            "Attacks have grown in the area, where gunmen killed 20 people in March last year.")
    claim, _ = figures_of(ingest(text, gaz))[("nine", "killed")]
    assert claim["date"] == "2025-10-19"


@pytest.mark.parametrize("text, want", [
    # a count after the comma belongs to the next clause: the month stands alone
    ("Forty people were picked up across Kech in August, 11 of whom came back later.",
     [("in August", "2025-08")]),
    ("Forty people were picked up in August, 11 people in Kech alone.",
     [("in August", "2025-08")]),
    # a day after the comma is still no month alone
    ("The raids took place in August, 11 and 12.", []),
])
def test_a_month_then_a_comma_and_a_count_is_the_month(text, want):
    got = find_dates(text, 0, len(text), parse_date("2025-10-20"))
    assert [(d.raw, d.span.text) for d in got] == want


def test_a_dateless_passage_does_not_borrow_a_background_date_from_before(gaz):
    r = ingest("Police broke up a sit-in on Zarghoon Road in Quetta on Sunday, the organisers "
                "said. The camp had been set up on Thursday. The marchers were asking for a "
                "teacher picked up in Kharan in August to be produced in court. Officials said "
                "six constables were hurt by stones.", gaz)
    claim, _ = figures_of(r)[("six", "injured")]
    assert claim["date"] == "2025-10-19"


def test_a_photo_caption_above_the_lead_does_not_date_the_incident(gaz):
    r = ingest("Photo: Mourners carry a coffin through Loralai on Monday.\n"
                "LORALAI: Gunmen attacked a Levies post near Loralai late on Saturday, a Levies "
                "official said. Two attackers died in the return fire, he said.\n"
                "A banned group said in a statement that its men had killed four guards.",
                gaz)
    claim, _ = figures_of(r)[("four", "killed")]
    assert claim["date"] == "2025-10-18"


def test_a_month_after_in_is_no_container(gaz):
    r = ingest("Two men were shot dead in Sheban in January, relatives said.", gaz)
    assert [u["mention"] for u in r.unresolved] == ["Sheban"]


@pytest.mark.parametrize("text, want", [
    ("Two shepherds were shot dead near Sui, their relatives said. Both were from Pir Koh. The "
     "killing took place on Saturday afternoon.", "2025-10-18"),
    ("A trader was kidnapped from his shop in Hub, police said. He owned a shop in the main "
     "bazaar. This incident happened late on Friday.", "2025-10-17"),
])
def test_a_sentence_that_only_says_when_it_happened_dates_the_passage_before(gaz, text, want):
    (claim,) = ingest(text, gaz).claims
    assert claim["date"] == want, claim["date"]


@pytest.mark.parametrize("text, raw, category", [
    ("Gunmen shot dead four truck drivers near Rakhni late on Saturday, the fifth attack on "
     "the highway this month, officials said.", "four", "killed"),
    ("Militants blew up a bridge near Mach for the second time this year; three guards were "
     "hurt on Sunday, the Levies said.", "three", "injured"),
])
def test_a_period_after_an_ordinal_neither_dates_nor_totals_the_figure(gaz, text, raw, category):
    claim, fig = figures_of(ingest(text, gaz))[(raw, category)]
    assert "total" not in fig and claim["date"] in ("2025-10-18", "2025-10-19"), claim["date"]


@pytest.mark.parametrize("phrase, want", [
    ("since 2019", "2019-01-01/2025-06-13"),
    ("since the start of the year", "2025-01-01/2025-06-13"),
    ("since the beginning of this year", "2025-01-01/2025-06-13"),
])
def test_since_a_year_runs_to_publication(phrase, want):
    assert span_of(phrase, "2025-06-13").text == want


@pytest.mark.parametrize("text, raw, want", [
    ("Gunmen stormed a levies post in Gichk late on Friday.\nThree attackers died in the "
     "exchange, the deputy commissioner told journalists in Panjgur on Sunday.",
     "Three", "2025-10-17"),
    ("Two constables were shot dead in Hub on Thursday night.\nNo arrests had been made, and "
     "one assailant was wounded, an officer said at Hub on Saturday.", "one",
     "2025-10-16/2025-10-17"),
])
def test_a_statement_date_with_the_speakers_place_gives_way(gaz, text, raw, want):
    figs = figures_of(ingest(text, gaz))
    key = next(k for k in figs if k[0] == raw)
    assert figs[key][0]["date"] == want, figs[key][0]


@pytest.mark.parametrize("text, raw, want", [
    ("Militants ambushed an FC patrol near Gishkaur on October 8, killing two soldiers, the ISPR "
     "said.\nThree days later, four labourers were shot dead at a crusher plant in Hoshab, police "
     "said.", "four", "2025-10-11"),
    ("Villagers found the body of a teacher in a ravine near Mand on Friday; doctors said he had "
     # the day found and the days killed: one range for the claim
     "been killed one or two days before.", "a teacher", "2025-10-15/2025-10-17"),
    ("A grenade wounded five people in Turbat on October 3, the police said. The next day, two "
     "traders were shot dead in the same bazaar, residents said.", "two", "2025-10-04"),
])
def test_a_step_in_days_counts_from_the_date_told_before(gaz, text, raw, want):
    figs = figures_of(ingest(text, gaz))
    key = next(k for k in figs if k[0] == raw)
    assert figs[key][0]["date"] == want, figs[key][0]


def test_a_step_in_days_with_no_date_before_it_is_not_guessed():
    assert [d.raw for d in find_dates("Two days later the road reopened.",
                                      published=parse_date("2025-10-20"))] == []


@pytest.mark.parametrize("text, want", [
    ("Monthly roundup\nBy a correspondent\nTURBAT: Militant attacks killed 21 people in Makran "
     "from September 1 to 30, this paper's count shows.\nThe worst struck a bus near Hoshab on "
     "September 12, the police said.\nThe other five victims died in three shootings in Pasni, "
     "relatives said.", "2025-09-01/2025-09-30"),
    ("At least nine people were abducted in Kech between August 4 and 10, a rights group said.\n"
     "Gunmen stopped a bus near Tump on August 6 and took away three students, their families "
     "said.\nThe other abductions, of six shopkeepers, were reported from Buleda, the group "
     "added.", "2025-08-04/2025-08-10"),
])
def test_the_rest_of_a_tally_keeps_the_tallys_period(gaz, text, want):
    r = ingest(text, gaz)
    last = max(r.claims, key=lambda c: max(f["start"] for f in c["figures"]) if c["figures"]
               else -1)
    assert last["date"] == want, [(c["date"], [f["raw"] for f in c["figures"]]) for c in r.claims]


@pytest.mark.parametrize("text, raw, want", [
    ("Police arrested dozens of protesters in Quetta on Saturday. In a statement issued from its "
     "regional office in Kathmandu on Monday, Amnesty said 40 people had been detained.", "40",
     "2025-10-18"),
    ("Troops killed four militants near Kohlu on Friday. In a video message posted by its "
     "spokesman on Sunday, the BLA said 11 soldiers had died.", "11", "2025-10-17"),
])
def test_a_date_in_the_phrase_naming_the_statement_dates_the_statement(gaz, text, raw, want):
    figs = figures_of(ingest(text, gaz))
    key = next(k for k in figs if k[0] == raw)
    assert figs[key][0]["date"] == want, figs[key][0]


@pytest.mark.parametrize("phrase, want", [
    ("in August last year", "2024-08"),
    ("March this year", "2025-03"),
    ("since May last year", "2024-05-01/2025-06-17"),
])
def test_a_month_with_last_or_this_year_is_that_month(phrase, want):
    found = find_dates(f"It happened {phrase}.", published=parse_date("2025-06-17"))
    assert [d.span.text for d in found] == [want], [(d.raw, d.span.text) for d in found]


@pytest.mark.parametrize("phrase, want", [
    ("in January and February", "2025-01-01/2025-02-28"),
    ("during November and December", "2024-11-01/2024-12-31"),
])
def test_two_months_joined_are_one_range(phrase, want):
    found = find_dates(f"Dozens went missing {phrase}.", published=parse_date("2025-03-10"))
    assert [d.span.text for d in found] == [want], [(d.raw, d.span.text) for d in found]


@pytest.mark.parametrize("text, want", [
    ("According to the levies, a shepherd was killed last month by a mine near Kahan, and three "
     "schoolboys were wounded in August when a shell exploded near Dera Bugti.",
     {"a shepherd": "2025-09", "three": "2025-08"}),
    ("The police said two traders were shot dead in Turbat on Sunday, while four labourers had "
     "been abducted from Hoshab on October 2.", {"two": "2025-10-19", "four": "2025-10-02"}),
    ("The CTD told reporters on Monday it had detained six suspects in raids earlier this week "
     "over the killing of two constables near Pishin on September 28.",
     {"six": "2025-10-14/2025-10-20", "two": "2025-09-28"}),
])
def test_clauses_of_one_speaker_with_their_own_times_are_claims_of_their_own(gaz, text, want):
    got = dates_of(ingest(text, gaz))
    assert {k: got.get(k) for k in want} == want, got


def test_sentences_of_one_speaker_with_their_own_times_are_claims_of_their_own(gaz):
    r = ingest("Levies said two shepherds were killed by a landmine near Kohlu on Sunday. "
                "Five soldiers were injured by another mine on the same track in July, they said.",
                gaz)
    assert dates_of(r) == {"two": "2025-10-19", "Five": "2025-07"}, dates_of(r)


@pytest.mark.parametrize("text, raw, want", [
    ("Earlier this year, on March 9, a bomb at a football match in Kharan had killed three "
     "spectators.", "three", "2025-03-09"),
    ("Five of the 11 labourers abducted from a quarry near Mach on Monday were freed late on "
     "Wednesday, officials said.", "Five", "2025-10-15"),
    ("The bodies of two men who went missing from Buleda last month were found near Turbat on "
     "Saturday, relatives said.", "two", "2025-10-18"),
])
def test_a_figure_takes_the_time_of_its_own_act(gaz, text, raw, want):
    assert dates_of(ingest(text, gaz)).get(raw) == want, dates_of(ingest(text, gaz))


@pytest.mark.parametrize("text, raw, want", [
    # the statement is on Friday the 17th; "earlier this week" ends there, not on Monday the 20th
    ("The SSP told a news conference on Friday that police had arrested nine suspects in "
     "raids earlier this week.", "nine", "2025-10-11/2025-10-17"),
    ("KALAT, Oct 20 (Example Wire) - Gunmen killed four road workers near Mangochar on "
     "Saturday, officials said.", "four", "2025-10-18"),
])
def test_relative_times_count_from_the_statement_and_a_dateline_dates_nothing(gaz, text, raw,
                                                                              want):
    assert dates_of(ingest(text, gaz)).get(raw) == want, dates_of(ingest(text, gaz))


def test_by_morning_after_a_night_is_that_day_or_the_next(gaz):
    r = ingest("Six prisoners broke out of the Khuzdar jail on Saturday night, officials said. "
                "Police said two of the escaped men had been re-arrested by morning.", gaz)
    assert dates_of(r).get("two") == "2025-10-18/2025-10-19", dates_of(r)


@pytest.mark.parametrize("text, raw, want", [
    ("The ISPR said troops killed nine militants in two raids: five near Zehri on Thursday and "
     "four near Harnai on Friday.", "nine", "2025-10-16/2025-10-17"),
    ("Police said they had arrested 10 suspects, six in Quetta on Saturday and four in Pishin on "
     "Sunday, over the killing of a trader on October 3.", "10", "2025-10-18/2025-10-19"),
])
def test_a_total_spans_the_times_of_its_parts(gaz, text, raw, want):
    assert dates_of(ingest(text, gaz)).get(raw) == want, dates_of(ingest(text, gaz))


@pytest.mark.parametrize("text, raw, want", [
    ("Gunmen abducted 14 miners from a coal field near Marwar late on Friday night, the levies "
     "said. By Sunday evening nine of them had returned home, and a search for the remaining "
     "five went on.", "five", "2025-10-17/2025-10-18"),
    ("Armed men took away eight passengers from a coach near Kalat on Thursday, officials said. "
     "Six were released on Saturday; the remaining two are still held, officials added.", "two",
     "2025-10-16"),
])
def test_the_rest_of_a_group_is_dated_with_the_group(gaz, text, raw, want):
    figs = figures_of(ingest(text, gaz))
    key = next(k for k in figs if k[0] == raw)
    assert figs[key][0]["date"] == want, [(c["date"], [f["raw"] for f in c["figures"]])
                                          for c in ingest(text, gaz).claims]


@pytest.mark.parametrize("text, raw, want", [
    ("Militants killed four soldiers near Kahan on Saturday, officials said. Separately, a bomb "
     "killed two policemen in Sibi on Sunday. The BLA said it was behind both attacks and that "
     "it had killed 20 soldiers.", "20", "2025-10-18/2025-10-19"),
    ("Two labourers were shot dead in Turbat on Thursday. In a separate attack, three were "
     "killed in Pasni on Friday. In Gwadar on Saturday, a grenade wounded five. The BLF said it "
     "carried out all three attacks, killing 15 soldiers.", "15", "2025-10-16/2025-10-18"),
])
def test_a_claim_about_the_attacks_told_before_spans_their_times(gaz, text, raw, want):
    figs = figures_of(ingest_text(text, published=parse_date("2025-10-20"), outlet="Example Daily",
                                gazetteer=gaz))
    key = next(k for k in figs if k[0] == raw)
    assert figs[key][0]["date"] == want, figs[key][0]["date"]


@pytest.mark.parametrize("text, raw, want", [
    # published Monday the 20th; the minister spoke on Wednesday the 15th, of the Monday before
    ("The home minister told a news conference at the Civil Secretariat in Quetta on Wednesday "
     "that nine suspects had been arrested in Mastung on Monday.", "nine", "2025-10-13"),
    ("Levies officials said on Thursday that two herders had been abducted near Kohlu on "
     "Friday.", "two", "2025-10-10"),
])
def test_a_weekday_in_a_dated_statement_counts_from_the_statement(gaz, text, raw, want):
    figs = figures_of(ingest(text, gaz))
    key = next(k for k in figs if k[0] == raw)
    assert figs[key][0]["date"] == want, figs[key][0]["date"]


@pytest.mark.parametrize("text, raw, want", [
    ("The bodies of two men abducted in March were found in Kech on Sunday, police said.", "two",
     "2025-10-19"),
    ("The bodies of four labourers kidnapped from a quarry last month were recovered near Mach "
     "on Saturday, the levies said.", "four", "2025-10-18"),
])
def test_bodies_found_of_people_taken_earlier_are_dated_the_day_found(gaz, text, raw, want):
    figs = figures_of(ingest(text, gaz))
    key = next(k for k in figs if k[0] == raw)
    assert figs[key][0]["date"] == want, figs[key][0]["date"]


def test_a_tally_keeps_its_own_clauses_period_and_a_part_since_freed_runs_to_publication(gaz):
    r = ingest("Paank said 38 people were forcibly disappeared across Balochistan in September, "
                "and that five of those taken in August had since been released.", gaz)
    got = {f["raw"]: (f["category"], c["date"]) for c in r.claims for f in c["figures"]}
    assert got == {"38": ("disappeared", "2025-09"),
                   "five": ("released", "2025-08-01/2025-10-20")}, got


def test_a_total_without_parts_in_a_sentence_of_several_periods_keeps_its_clauses(gaz):
    r = ingest("The HRCB said 17 people had been killed across Balochistan in August, while "
                "the police recorded 12 abductions in Kech last month.", gaz,
                published="2025-10-20")
    got = {f["raw"]: c["date"] for c in r.claims for f in c["figures"]}
    assert got == {"17": "2025-08", "12": "2025-09"}, got


# Round 9 (real reports, set 4): a period of whole months written as a range, and a period the
# figure is only compared with.

@pytest.mark.parametrize("text, want", [
    ("Between April and September 2023, 58 people went missing, the group said.",
     "2023-04-01/2023-09-30"),
    ("From March 2021 to February 2022 the police arrested 212 suspects.",
     "2021-03-01/2022-02-28"),
    ("It counted 90 abductions from November to January 2024.", "2023-11-01/2024-01-31"),
])
def test_a_range_of_months_with_its_year_is_one_period(text, want):
    assert span_of(text, "2025-10-20").text == want


@pytest.mark.parametrize("text, raw, want", [
    ("The council said 140 people were abducted in Kech from January to June 2024, a sharp rise "
     "on the same months last year.", "140", "2024-01-01/2024-06-30"),
    ("Paank recorded 61 killings in Awaran in 2022, up from 38 in 2021.", "61", "2022"),
])
def test_a_period_the_figure_is_compared_with_does_not_date_it(gaz, text, raw, want):
    dates = dates_of(ingest(text, gaz))
    assert dates[raw] == want, dates


def test_a_later_sentence_compared_with_last_year_is_not_merged_into_this_years_claim(gaz):
    r = ingest("The group said 300 people were forcibly disappeared in 2024. The count of people "
               "forcibly disappeared from January to December 2023 was 210, showing a steep "
               "increase this year.", gaz, published="2025-02-10")
    got = {f["raw"]: c["date"] for c in r.claims for f in c["figures"]}
    assert got == {"300": "2024", "210": "2023-01-01/2023-12-31"}, got


@pytest.mark.parametrize("text, raw, want", [
    ("Militants stormed a levies post in Kahan on Saturday night. Three soldiers have been "
     "martyred in a continuing clearance operation in the area, the ISPR said on Monday.",
     "Three", "2025-10-18/2025-10-20"),
    ("Gunmen attacked a camp near Sui late on Sunday. The military said seven attackers had been "
     "killed till now in the fighting around the camp.", "seven", "2025-10-19/2025-10-20"),
])
def test_figures_of_an_operation_still_going_on_run_to_the_day_they_were_told(
        gaz, text, raw, want):
    dates = dates_of(ingest(text, gaz))
    assert dates[raw] == want, dates


def test_an_ongoing_operation_told_weeks_later_keeps_its_own_day(gaz):
    dates = dates_of(ingest("Four soldiers were martyred on September 28 in an ongoing operation "
                            "near Kahan, the ISPR said.", gaz))
    assert dates["Four"] == "2025-09-28", dates


def test_no_claim_of_responsibility_till_now_is_no_ongoing_operation(gaz):
    dates = dates_of(ingest("Two soldiers were killed in a blast in Kech on Sunday, and no group "
                            "has claimed responsibility till now.", gaz))
    assert dates["Two"] == "2025-10-19", dates


# Round 10: "Meanwhile" means at the same time: a dateless passage it opens, in a report that
# gives one incident time, takes that time ("Separately" still does not).

@pytest.mark.parametrize(("text", "raw", "lead"), [
    ("A bomb hit a Levies van near Kharan on Saturday, killing two guards.\n\nMeanwhile, "
     "hospital staff said a roadside blast on the same road wounded 11 passengers.", "11", "two"),
    ("Gunmen stormed a bank in Panjgur on Sunday and shot dead four guards.\n\nMeanwhile, "
     "the police said the attackers killed three bystanders as they fled.", "three", "four"),
])
def test_a_meanwhile_passage_takes_the_reports_one_time(gaz, text, raw, lead):
    dates = dates_of(ingest(text, gaz))
    assert dates[lead] != "unknown" and dates[raw] == dates[lead], dates


def test_a_separately_passage_stays_undated(gaz):
    dates = dates_of(ingest("A bomb hit a Levies van near Kharan on Saturday, killing two guards."
                            "\n\nSeparately, hospital staff said a roadside blast on the same "
                            "road wounded 11 passengers.", gaz))
    assert dates["11"] == "unknown", dates


# Round 10: a periodic report's cases told without a date are of the month it covers, not of
# the day the case before or after gives.

@pytest.mark.parametrize(("text", "raw"), [
    ("A rights group released its monthly report for August 2025 on Monday, listing abductions "
     "across Balochistan.\n\nA student, Karim Dad, was picked up in Kech and found dead.\n\n"
     "Another man was abducted from Kharan on August 3 and freed a week later.", "A student"),
    ("The commission's quarterly review for July 2025 counted 40 disappearances.\n\nA "
     "teacher was shot dead in Turbat on July 22.\n\nTwo students were abducted by armed men "
     "in Awaran.", "Two"),
])
def test_a_periodic_reports_undated_case_takes_its_month(gaz, text, raw):
    dates = dates_of(ingest(text, gaz, published="2025-09-02"))
    assert dates[raw] == ("2025-08" if "August" in text else "2025-07"), dates


# Round 11 of issue 11: structural rules measured on the whole real-report pool at once.

@pytest.mark.parametrize(("text", "raw"), [
    ("Gunmen shot dead two traders in Kalat on Saturday, police said. The chief minister "
     "condemned the attack and asked for a report.\n\nThe police chief said a search was on. "
     "In another incident the same day, five people were wounded by a grenade in Zhob.",
     "five"),
    ("A landmine killed three Levies men near Kohlu on Thursday. Officials said the area was "
     "sealed. Elsewhere, on the same night, gunmen abducted four labourers in Harnai.",
     "four"),
])
def test_the_same_day_takes_the_time_told_last(gaz, text, raw):
    dates = dates_of(ingest(text, gaz))
    assert dates[raw] == ("2025-10-18" if "Saturday" in text else "2025-10-16"), dates


# Round 12 (periodic reports): a report named by the period it covers ("its report for
# March 2025"), or whose lead gives the period just before naming it, dates its undated cases.
@pytest.mark.parametrize(("text", "raw", "want"), [
    ("The HRCB said in its report for March 2025 that 30 people went missing in the province."
     "\n\nA driver was shot dead by unknown men in Kharan, the council said.", "A driver",
     "2025-03"),
    ("Paank said 26 people were forcibly disappeared in the province in June.\n\nIn its monthly "
     "review, the group said a driver was shot dead in Kech on June 20.\n\nA shopkeeper was "
     "abducted from his shop in Nushki, it said.", "A shopkeeper", "2025-06"),
    ("The commission said in its figures for 2024 that 190 people were subjected to enforced "
     "disappearance.\n\nA schoolteacher was killed by gunmen in Washuk, it said.",
     "A schoolteacher", "2024"),
])
def test_a_report_named_by_its_period_dates_its_undated_cases(gaz, text, raw, want):
    dates = dates_of(ingest(text, gaz, published="2025-07-05"))
    assert dates[raw] == want, dates


# Round 14 of issue 11: a part of a named month or year is the period a report counts over.

@pytest.mark.parametrize("text, published, want", [
    ("in the first half of March", "2025-04-02", ("2025-03-01", "2025-03-15")),
    ("during the second half of 2022", "2023-01-10", ("2022-07-01", "2022-12-31")),
    ("over the first two weeks of February 2024", "2024-03-01", ("2024-02-01", "2024-02-14")),
    ("in the last fortnight of April", "2025-05-03", ("2025-04-17", "2025-04-30")),
    ("from the 3rd to the 17th of January", "2025-01-20", ("2025-01-03", "2025-01-17")),
    ("in the first half of this year", "2024-07-08", ("2024-01-01", "2024-06-30")),
])
def test_a_part_of_a_named_month_or_year_is_its_own_span(text, published, want):
    span = span_of(text, published)
    assert (str(span.start), str(span.end)) == want, span


def test_a_tally_over_half_a_month_is_dated_to_that_half(gaz):
    text = ("Security forces conducted 19 operations across Balochistan from the 1st to the "
            "15th of May, killing 12 militants, the military said.")
    dates = dates_of(ingest(text, gaz, published="2025-05-17"))
    assert dates["12"] == "2025-05-01/2025-05-15", dates


@pytest.mark.parametrize("text, published, want", [
    ("In July, 35 individuals were picked up", "2025-08-03", ("2025-07-01", "2025-07-31")),
    ("in February, 14 bodies were found", "2025-03-03", ("2025-02-01", "2025-02-28")),
])
def test_a_month_before_a_comma_and_a_count_of_people_dates_the_clause(text, published, want):
    span = span_of(text, published)
    assert (str(span.start), str(span.end)) == want, span


# Round 15 of issue 11: structural rules that must hold on reports nobody here has seen.

@pytest.mark.parametrize("text, published", [
    ("Nushki [Pakistan], March 12 : Five shepherds have gone missing from the hills near the "
     "town, their relatives told a gathering.", "2025-03-12"),
    ("Panjgur[Balochistan], July 3 (ANI): Three teachers have been picked up from their homes "
     "by plain-clothes men, a students' body said.", "2025-07-03"),
    ("Oslo [Norway], May 20 : Two brothers were taken away from a village in Kech, a rights "
     "group told the press.", "2025-05-20"),
])
def test_a_wire_dateline_with_its_country_in_square_brackets_dates_nothing(gaz, text, published):
    # the day after the dateline's place is the day the wire filed the story; the figure's own
    # sentence gives no day, so it stays undated rather than take the filing day
    dates = dates_of(ingest(text, gaz, published=published))
    assert list(dates.values()) == ["unknown"], dates


@pytest.mark.parametrize("text", [
    "Security forces killed three militants during a search operation in the Zehri area of "
    "Khuzdar, the military's media wing said on Thursday.",
    "Two levies men were wounded when their checkpost near Dalbandin came under fire, an "
    "official told reporters on Thursday.",
    "QUETTA: The Counter Terrorism Department on Thursday claimed to have arrested four suspects "
    "in a raid in Nushki district. A spokesman said explosives were seized.",
])
def test_a_statement_made_on_the_day_of_publication_dates_no_figure(gaz, text):
    # the speaker's day is the paper's own day: it says when the news came, not when the act
    # happened, and the act is given no day of its own (ANNOTATION.md 7)
    dates = dates_of(ingest(text, gaz, published="2025-10-16"))
    assert list(dates.values()) == ["unknown"], dates


def test_a_statement_made_before_the_day_of_publication_still_bounds_its_figure(gaz):
    text = ("Security forces killed three militants during a search operation in the Zehri "
            "area of Khuzdar, the military's media wing said on Wednesday.")
    dates = dates_of(ingest(text, gaz, published="2025-10-16"))
    assert dates["three"] == "2025-10-15", dates


@pytest.mark.parametrize("text, raw", [
    ("Relatives of the missing men said they will stage a sit-in outside the press club on "
     "Friday. Four of the men were picked up from a bus stop in Kharan, the relatives said.",
     "Four"),
    ("The students' union said nine students were hurt when police baton-charged its march in "
     "Turbat, and announced a wheel-jam strike across Kech for Thursday.", "nine"),
    ("Two shopkeepers were shot dead in Washuk, the committee said, and gave a call for a "
     "protest gathering to be held at Kharan on October 25.", "Two"),
])
def test_the_day_a_coming_rally_or_strike_is_set_for_dates_no_figure(gaz, text, raw):
    # the plan's day is still to come (or, read as a past weekday, a day nothing happened on)
    dates = dates_of(ingest(text, gaz, published="2025-10-22"))
    assert dates[raw] == "unknown", dates


def test_a_coming_act_that_names_no_event_leaves_the_day_to_the_figure(gaz):
    text = "Police will question the guards about the killing of two traders in Kharan on Monday."
    dates = dates_of(ingest(text, gaz, published="2025-10-22"))
    assert dates["two"] == "2025-10-20", dates


# Round 17 of issue 11: a periodic report's figures span its period, the one time of the
# opening that holds every other it names, however the report is introduced ("its half-yearly
# report", "a report documenting abuses in May", "a review detailing the first two weeks of
# June"); a case told without a date is of that period, not of a neighbouring case's day.

@pytest.mark.parametrize(("text", "raw", "want"), [
    ("The students' federation put out a six-monthly rights review of the first half of 2025, "
     "which runs to the close of June.\n\nIt listed 340 enforced disappearances and 61 "
     "killings. Of those taken, 95 have since come home.", "95", "2025-01-01/2025-06-30"),
    ("A rights council released a grim report documenting abuses across the province in May "
     "2025.\n\nA carpenter, Noor Jan, was shot dead in Washuk on May 9.\n\nThe report counted "
     "14 disappearances in Kech alone.", "14", "2025-05"),
    ("A review by a Baloch news site details the disappearances of the first two weeks of June."
     "\n\nA driver was taken from a checkpoint near Hoshab on June 4.\n\nFive of those "
     "abducted were students, the review said.", "Five", "2025-06-01/2025-06-14"),
])
def test_a_periodic_reports_figures_span_its_period(gaz, text, raw, want):
    dates = dates_of(ingest(text, gaz, published="2025-07-05"))
    assert dates[raw] == want, dates


# Round 17 of issue 11: an account goes forward. A passage whose sentences on either side give
# no date goes on with the day told up to three sentences before it, not with the lead's, unless
# a sentence between opens another incident or names a scene in another district.

@pytest.mark.parametrize(("text", "published", "raw", "want"), [
    ("Security forces cleared a highway blockade near Kalat on Sunday, officials said.\n\n"
     "Separately, on Friday night, armed men stormed a Levies checkpost outside Surab. The "
     "raiders set the post's jeep alight before escaping into the hills. Three Levies men were "
     "killed in the raid, an official said.\n\nThe district administration has ordered an "
     "inquiry.", "2025-10-20", "Three", "2025-10-17/2025-10-18"),
    ("QUETTA: Police on Tuesday arrested two suspects over a grenade attack, officials said.\n\n"
     "The attack took place on Saturday evening outside a bakery on Sariab Road. A man on a "
     "motorcycle hurled the grenade and sped away. Five passers-by were wounded, police said.",
     "2025-10-22", "Five", "2025-10-18"),
])
def test_an_undated_passage_goes_on_with_the_day_its_account_told(gaz, text, published, raw,
                                                                  want):
    dates = dates_of(ingest(text, gaz, published=published))
    assert dates[raw] == want, dates


def test_an_account_does_not_reach_back_across_a_scene_in_another_district(gaz):
    # the sentence between names Nushki: the round-up has moved on to another incident, so the
    # Surab raid's Friday night is not its day (the lead's Sunday is kept, as before)
    text = ("Security forces cleared a highway blockade near Kalat on Sunday, officials said.\n\n"
            "Separately, on Friday night, armed men stormed a Levies checkpost outside Surab. "
            "In Nushki, raiders set a customs jeep alight before escaping into the hills. Three "
            "customs men were killed, an official said.\n\nAn inquiry has been ordered.")
    dates = dates_of(ingest(text, gaz, published="2025-10-20"))
    assert dates["Three"] != "2025-10-17", dates


# Round 18 of issue 11: "since" before a month and a four-figure year is that month of that
# year, never the month's 20th or 19th day ("since March 2019" was read as March 20).

@pytest.mark.parametrize(("text", "want_start"), [
    ("Attacks on the coastal road are the highest since March 2019, the think tank said.",
     "2019-03-01"),
    ("No month has been deadlier since October, 2016 in the province.", "2016-10-01"),
])
def test_since_a_month_and_its_year_is_no_day_of_the_month(text, want_start):
    span = span_of(text, "2025-04-10")
    assert span.start is not None and span.start.isoformat() == want_start, span
    assert span.end is not None and span.end.isoformat() == "2025-04-10", span


def test_a_tally_since_a_month_and_year_is_dated_from_that_month(gaz):
    text = ("The inquiry body said in its annual review that 3,120 people had been reported "
            "missing in the province since January 2018.")
    dates = dates_of(ingest(text, gaz, published="2025-09-03"))
    assert dates["3,120"] == "2018-01-01/2025-09-03", dates


# Round 18 of issue 11: a period named again by a word that points back ("during the month",
# "over the same period") is a period told before it: a month the last month told, an
# unmeasured period the longest time told (the one the passage counts over), not the day a
# neighbouring sentence gives.

@pytest.mark.parametrize(("text", "published", "raw", "want"), [
    ("A think tank's review said violence in March was the worst in a decade.\n\n"
     "On March 11, militants seized a passenger coach near Sibi.\n\n"
     "The review counted 97 deaths across the province during the month.",
     "2025-04-06", "97", "2025-03"),
    ("A rights group's report listed 212 enforced disappearances from January to June 2025.\n\n"
     "Most were in Kech, where a student was taken in May.\n\n"
     "The group also recorded 46 killings over the same period.",
     "2025-07-09", "46", "2025-01-01/2025-06-30"),
])
def test_a_period_named_again_is_the_period_told_before(gaz, text, published, raw, want):
    dates = dates_of(ingest(text, gaz, published=published))
    assert dates[raw] == want, dates


def test_a_period_named_again_with_none_told_before_dates_nothing(gaz):
    # nothing before names a month: "during the month" gives no date of its own
    text = "Police said on Monday that 14 people were arrested in Hub during the month."
    dates = dates_of(ingest(text, gaz, published="2025-10-22"))
    assert dates["14"] != "2025-10", dates


# Round 19 of issue 11: the lenders of a dateless passage are its own sentence's neighbours (the
# sentence before, the one after, two or three before on the same account) and the lead; a
# sentence telling when the incident happened lends its day as the sentence after, and no further.

def test_the_sentence_after_that_tells_when_dates_the_passage_before_it(gaz):
    text = ("Levies officials in Zhob said on Monday that a patrol had come under fire.\n\n"
            "Gunmen fired on the patrol from a ridge above the road and wounded four guards. "
            "The ambush happened on Thursday night near Sambaza.")
    dates = dates_of(ingest(text, gaz, published="2025-10-21"))
    assert dates["four"] == "2025-10-16/2025-10-17", dates


def test_an_earlier_passage_with_no_day_of_its_own_stays_undated(gaz):
    # ANNOTATION.md 7: "Earlier, ..." tells a past incident of the story; with no day of its own
    # the text does not date it, and the lead's day is not its day
    text = ("TURBAT: Unknown men shot dead a schoolteacher in Turbat on Saturday, police said.\n\n"
            "Earlier, seven labourers were killed when gunmen stormed their camp near Hoshab.")
    dates = dates_of(ingest(text, gaz, published="2025-10-20"))
    assert dates["seven"] == "unknown", dates


# Round 20 of issue 11: a periodic report is also named by its period as a title writes it
# ("March 2025 Report", "Annual Review 2024", "Report 2024"): its undated cases take that
# period, not the day the case before or after them gives.

@pytest.mark.parametrize(("text", "raw", "want"), [
    ("March 2025 Report\n\nThis report looks at rights abuses in the province.\n\n"
     "Our field workers recorded the cases listed below.\n\nWashuk 6 Cases\n\n"
     "On March 9, a tailor was shot dead in Kharan.\n\nA driver was abducted from Nushki.",
     "A driver", "2025-03"),
    ("Rights Council Report 2024\n\nThe council gathered cases from every district in 2024.\n\n"
     "It found that the province had a grim year.\n\nOn May 4, gunmen killed a guard "
     "in Kalat.\n\nTwo shepherds were abducted from their camp near Awaran.", "Two", "2024"),
])
def test_a_report_titled_by_its_period_dates_its_undated_cases(gaz, text, raw, want):
    dates = dates_of(ingest(text, gaz, published="2025-04-08"))
    assert dates[raw] == want, dates


# Round 20 of issue 11: a day that opens the sentence before a comma dates its main clause; a
# later day in the same clause tells a cause or a background ("after attacks on ..."), and a
# frame around a day ("Last week, ... on Thursday") still gives way to the day.

@pytest.mark.parametrize(("text", "raw", "want"), [
    ("Police in Kalat said on Monday that the search had ended.\n\n"
     "Earlier on October 14, soldiers killed four militants in raids near Mangochar after a "
     "wave of bombings in the district on October 9.", "four", "2025-10-14"),
    ("The rights group listed the month's cases.\n\n"
     "- On October 11, a day before the festival, the bodies of two herders were found "
     "near Kohlu.", "two", "2025-10-11"),
])
def test_a_day_opening_the_sentence_dates_its_main_clause(gaz, text, raw, want):
    dates = dates_of(ingest(text, gaz))
    assert dates[raw] == want, dates


def test_a_frame_opening_the_sentence_gives_way_to_the_day_inside_it(gaz):
    text = ("Last week, a Levies officer and three guards were wounded by a roadside bomb near "
            "Chaman on Thursday evening, officials said.")
    dates = dates_of(ingest(text, gaz, published="2025-10-22"))
    assert dates["three"] == "2025-10-16", dates


# Round 23 of issue 11: a weekday's night reaches into the small hours of the day after, which
# reporters still call that night: "on Sunday night" bounds the incident only to Sunday and
# Monday; "between Thursday and Friday night" is that one night, not Thursday to Saturday.

@pytest.mark.parametrize(("text", "published", "raw", "want"), [
    ("Gunmen shot dead three toll collectors near Bela on Tuesday night, police said.",
     "2025-10-23", "three", "2025-10-21/2025-10-22"),
    ("Nine quarry workers were killed by armed men near Chamalang, police said.\n\n"
     "The raid took place shortly after midnight between Tuesday and Wednesday night, a Levies "
     "official told reporters on Thursday.", "2025-10-26", "Nine", "2025-10-21/2025-10-22"),
])
def test_a_weekdays_night_runs_into_the_next_day(gaz, text, published, raw, want):
    dates = dates_of(ingest(text, gaz, published=published))
    assert dates[raw] == want, dates


# Round 23 of issue 11: "the last month" is the calendar month before publication to some and the
# weeks up to publication to others; the range holds both ("last month" alone is the month).

def test_the_last_month_holds_the_month_before_and_the_weeks_since(gaz):
    text = ("Relatives told the rally that in the last month alone, 17 fishermen had been picked "
            "up along the coast near Jiwani.")
    dates = dates_of(ingest(text, gaz, published="2025-03-20"))
    assert dates["17"] == "2025-02-01/2025-03-20", dates
    assert span_of("gunmen killed a driver last month", "2025-03-20").text == "2025-02"


# Round 23 of issue 11: "Earlier in the day" or "later that day" is the day the account has told,
# even when the only day told is the one a speaker or the outlet reported on.

@pytest.mark.parametrize(("text", "raw", "want"), [
    ("KHARAN: A grenade wounded two guards outside a bank in Kharan, police said on Monday.\n\n"
     "The attackers fled on a motorcycle, and a search of the bazaar was under way.\n\n"
     "Earlier in the day, a roadside bomb killed three herders near Besima.", "three",
     "2025-10-20"),
    ("Levies reported on Monday that gunmen had torched a school near Nal.\n\n"
     "Later that day, four road workers were abducted from their camp outside Wadh.", "four",
     "2025-10-20"),
])
def test_earlier_in_the_day_is_the_day_the_account_told(gaz, text, raw, want):
    dates = dates_of(ingest(text, gaz, published="2025-10-22"))
    assert dates[raw] == want, dates


# Round 23 of issue 11: a sentence opened by a frame ("Earlier this month,") that tells "an
# overnight raid" names the hour inside the frame; a night with no day is the night before
# publication only when nothing frames it.

def test_an_overnight_raid_inside_a_frame_keeps_the_frame(gaz):
    text = ("PANJGUR: Two watchmen were shot dead at a date farm in Panjgur on Saturday, police "
            "said.\n\nEarlier this month, eleven workers were killed in an overnight raid on a "
            "road camp near Parom.")
    dates = dates_of(ingest(text, gaz, published="2025-10-27"))
    assert dates["eleven"] == "2025-10", dates


# Round 23 of issue 11: a dateless lead whose counts the report gives again further on, with the
# same acts and a time of their own, is of that time.

def test_a_dateless_lead_takes_the_time_of_its_counts_told_again(gaz):
    text = ("Security forces killed seven militants and wounded four in raids across Kharan, "
            "Washuk and Awaran districts, the outlet reported.\n\n"
            "A statement from the military's media wing was issued on Saturday.\n\n"
            "\"On the night of 14/15 October, in raids in Kharan, Washuk and Awaran, seven "
            "terrorists were killed and four were wounded,\" it said.")
    claims = ingest(text, gaz, published="2025-10-18").claims
    got = [(c["date"], [f["raw"] for f in c["figures"]]) for c in claims if c["figures"]]
    assert all(d == "2025-10-14/2025-10-15" for d, _ in got), got


# Round 23 of issue 11: a paragraph that steps back within one day ("Earlier today, ...",
# "Earlier on Monday, ...") says the story told above it is of that day too.

@pytest.mark.parametrize(("text", "raw", "want"), [
    ("Nine people were killed and 22 hurt when a bomb went off outside a polling camp in "
     "Dera Murad Jamali, officials said. The wounded were taken to a hospital in Sibi.\n\n"
     "Earlier today, a grenade thrown at a candidate's office in Gwadar wounded five "
     "supporters.", "Nine", "2025-10-22"),
    ("Four labourers were shot dead at a brick kiln in Kalat, police said. The gunmen fled on "
     "motorbikes.\n\n"
     "Earlier on Monday, two guards were wounded when gunmen fired on a bank van in Turbat.",
     "Four", "2025-10-20"),
])
def test_a_story_above_a_step_back_within_one_day_is_of_that_day(gaz, text, raw, want):
    dates = dates_of(ingest(text, gaz, published="2025-10-22"))
    assert dates[raw] == want, dates


def test_the_year_named_as_subject_dates_its_tally(gaz):
    # a rights group's yearly count told with the year as the sentence's subject, after a
    # paragraph dated by the statement's weekday: the year counts, not the weekday
    r = ingest("The forum spoke out on Monday about missing students.\n"
                "The year 2021 was the worst on record, as 312 people went missing and 48 were "
                "found dead, according to a yearly review by the Kech Rights Forum.", gaz)
    claim, _ = figures_of(r)[("312", "disappeared")]
    assert claim["date"] == "2021"
    assert span_of("the year 2019 saw the most raids", "2020-05-04").text == "2019"


def test_an_operation_in_its_nth_day_began_that_many_days_before(gaz):
    # a siege "entered its third day" on the day the report is filed: it began two days before,
    # and a count in the paragraph after runs over the whole siege
    assert span_of("the standoff entered its third day", "2025-06-11").text == \
        "2025-06-09/2025-06-11"
    # the day told right after it ends the run, not the publication day
    assert span_of("the shutdown went on for a second straight day on Sunday",
                   "2025-06-10").text == "2025-06-07/2025-06-08"
    r = ingest("Troops kept up the raid on a hideout near Zehri as it went into its second day.\n"
               "Officials said 14 insurgents had been killed in the raid.", gaz,
               "2025-06-11")
    claim, _ = figures_of(r)[("14", "killed")]
    assert claim["date"] == "2025-06-10/2025-06-11"


def test_an_operation_said_further_down_to_be_still_under_way_runs_to_publication(gaz):
    # the figures are told first, dated by the raid's start; a later paragraph says, in the
    # present, that the operation is not over: the figures run from the start to the filing day
    r = ingest("Security forces launched a sweep in the hills around Kohlu on Saturday after "
               "gunmen ambushed a supply convoy. Three soldiers have died in the fighting, "
               "the police said.\n"
               "Officials said the clearance operation is still under way.", gaz, "2025-10-20")
    claim, _ = figures_of(r)[("Three", "killed")]
    assert claim["date"] == "2025-10-18/2025-10-20"


def test_a_dateless_lead_given_to_its_source_takes_the_time_the_source_tells(gaz):
    # the standfirst's count has no day; the official who gives it again below names the night,
    # and that telling gives up its figure to the lead: the lead's figure is of that night
    r = ingest("Nine dead as attacks hit Kech and Panjgur\nReuters\n"
               "Published on: Jul 12, 2025 10:15 am IST\n\n"
               "Five porters died when a roadside bomb went off close to the Iranian frontier.\n\n"
               "Two attacks in the province left at least nine people dead, officials said on "
               "Saturday.\n\n"
               "Twelve people died this month in a bombing at a market in Sibi.\n\n"
               "In Turbat, militants stormed a police post on Friday, and two officials told "
               "Reuters that four policemen were killed.\n\n"
               "A bomb planted beside a track near Parom killed five porters on Friday night, "
               "district official Karim Jan told Reuters.", gaz, "2025-07-12",
               outlet="Daily Example (Reuters copy)")
    claim, _ = figures_of(r)[("Five", "killed")]
    assert claim["date"] == "2025-07-11/2025-07-12"


def test_a_lead_handed_to_its_source_borrows_the_day_next_to_that_telling(gaz):
    # the source's telling says only when the officials spoke (the filing day); the sentence
    # after it names the day of the shooting, which dates the telling and so the lead it became
    r = ingest("Guards Fire on Fishing Boat, Three Killed\n\n"
               "In a deadly episode off the coast near Jiwani, coast guards fired on a fishing "
               "boat carrying local men, leaving three dead and one hurt.\n\n"
               "Coast guards shot at a boat carrying a group of fishermen, killing three men and "
               "wounding one other off the Makran coast, district officials said Friday.\n\n"
               "The shooting took place near Jiwani on Thursday, local police said.\n\n"
               "In March, a similar shooting near the same bay drew protests from fishing unions.",
               gaz, "2025-07-11", outlet="Example Wire (AP copy)")
    claim, _ = figures_of(r)[("three", "killed")]
    assert claim["date"] == "2025-07-10"


# Round 26: the speaker after its verb named by what it is ("said the army on Sunday") dates the
# statement, as "said the ISPR on Sunday" does, where the clause ends with the day; the attack's
# day told in the next sentence is the figure's
def test_said_the_army_on_a_day_dates_the_statement_not_the_raid(gaz):
    text = ("DERA BUGTI, June 9 (Wire) -- A raid on a gas field post in Dera Bugti killed four "
            "guards, said the army on Sunday.\n\n"
            "The raid took place on Saturday when gunmen stormed the post near Sui, the army's "
            "media wing said.\n")
    got = dates_of(ingest(text, gaz, published="2024-06-09", outlet="Wire Example"))
    assert got.get("four") == "2024-06-08", got


def test_said_the_police_on_a_day_opening_their_account_dates_the_act(gaz):
    text = ("Villagers said the police on Sunday raided a hamlet near Sui and detained three "
            "herders.\n")
    got = dates_of(ingest(text, gaz, published="2024-06-10", outlet="Wire Example"))
    assert got.get("three") == "2024-06-09", got


# Round 26: "on Wednesday claimed the lives of" is a toll taken that day, not a statement made
def test_a_day_before_claimed_the_lives_dates_the_act(gaz):
    text = ("A bomb hidden in a cart at a fruit market in Kharan on Wednesday claimed the lives "
            "of three vendors and wounded six shoppers, police said.\n")
    got = dates_of(ingest(text, gaz, published="2025-05-07", outlet="Daily Example"))
    assert got.get("three") == "2025-05-07", got


def test_comes_days_after_counts_back_from_the_lead_paragraphs_up(gaz):
    # the background line a writer adds at the end, its anchor several paragraphs above
    filler = "\n\n".join(["The raiding party recovered rifles, grenades and a stack of "
                          "leaflets from two compounds at the site, officials added."] * 6)
    r = ingest(f"Police killed four militants in a raid near Mastung on Saturday, officials "
               f"said.\n\n{filler}\n\nThe raid comes two days after eleven people were killed "
               f"in a blast at a fruit market in Sibi.", gaz)
    assert str(dates_of(r)["eleven"]) == "2025-10-16", dates_of(r)


@pytest.mark.parametrize("closing", [
    "confirmed Deputy Commissioner Rahim Baksh Lehri.",
    "said the Levies.",
    "said district police officer (DPO) Naseer Ahmed.",
])
def test_a_day_before_an_inverted_speaker_dates_what_was_said(gaz, closing):
    # "..., said X." closes a quote: the day ends the quoted clause, as in "..., police said"
    r = ingest(f"Seven road workers were shot dead near Kolpur on Tuesday, {closing}", gaz)
    assert dates_of(r)["Seven"] == "2025-10-14"


def test_a_day_before_a_speech_verb_with_no_speaker_after_is_the_statement_day():
    text = "The Levies on Tuesday said seven road workers were shot dead near Kolpur."
    (d,) = find_dates(text, published=parse_date("2025-10-20"))
    assert is_statement_date(text, d)
    text = "Seven road workers were shot dead near Kolpur on Tuesday, said the Levies."
    (d,) = find_dates(text, published=parse_date("2025-10-20"))
    assert not is_statement_date(text, d)


def test_the_day_of_a_capture_never_dates_the_release_told_beside_it(gaz):
    r = ingest("Four kidnapped surveyors have been recovered in Khuzdar, the Levies said on "
               "Sunday. The surveyors were abducted from a camp near Wadh on August 3.", gaz)
    assert dates_of(r)["Four"] != "2025-08-03"
    # a month frames captures and releases alike, and is still borrowed
    r = ingest("Of those picked up in July, six were later released. Forty people were picked "
               "up from Kech in July, the families said.", gaz)
    assert dates_of(r)["six"] == "2025-07"


def test_a_lead_that_dates_separate_incidents_dates_each_of_them(gaz):
    r = ingest("Four people were killed in separate incidents of violence in Balochistan on "
               "Sunday. In Kech, two labourers were shot dead by armed men, police said. "
               "Elsewhere in Kharan, two shopkeepers were gunned down, according to Levies.", gaz)
    assert dates_of(r)["two"] == "2025-10-19"


def test_a_dated_incident_in_another_district_does_not_date_the_lead_before_it(gaz):
    # the second paragraph tells its own incident elsewhere: its day is not the lead's
    for opener in ("", "Separately, "):
        r = ingest("A blast hit a market in Kalat, killing a shopkeeper.\n\n"
                   f"{opener}Gunmen shot dead a labourer in Hub on Monday.\n", gaz, "2024-03-14")
        dates = dates_of(r)
        assert dates["a labourer"] == "2024-03-11"
        assert dates["a shopkeeper"] == "unknown"
    # the same district's next sentence still dates a dateless lead ("The incident took place")
    r = ingest("A blast hit a market in Kalat, killing a shopkeeper.\n\n"
               "The incident took place in the Kalat bazaar on Monday evening.\n", gaz,
               "2024-03-14")
    assert dates_of(r)["a shopkeeper"] == "2024-03-11"


def test_a_sentence_before_with_a_scene_in_another_district_does_not_date_the_next(gaz):
    r = ingest("Gunmen killed two men in Kech, police said. The bodies were taken to a hospital."
               "\n\nGunmen shot dead a labourer in Hub on Monday.\n\nIn Kalat, gunmen killed a "
               "driver.\n", gaz, "2024-03-14")
    assert dates_of(r)["a labourer"] == "2024-03-11"
    assert dates_of(r)["a driver"] == "unknown"


def test_the_previous_night_counts_from_the_day_told_before_it(gaz):
    # the statement's Tuesday, not publication's Wednesday, is what "the previous night" steps
    # back from
    r = ingest("The ISPR said on Tuesday that security forces had killed four terrorists in Kech "
               "the previous night.\n", gaz, "2024-03-13")
    assert dates_of(r)["four"] == "2024-03-11/2024-03-12"


def test_a_sentence_that_counts_the_backgrounds_people_again_keeps_its_date(gaz):
    r = ingest("PISHIN: Two boys died when a bomb went off at a bus stop in Pishin on Saturday, "
               "police said.\n\nThe wounded were taken to a hospital, police added.\n\n"
               "In March this year, nine people died when a bomb went off at a rally in "
               "Pishin.\n\nThe deputy commissioner said the device, hidden in a cart, took nine "
               "lives.\n", gaz, "2024-08-24")
    dates = {f["raw"]: c["date"] for c in r.claims for f in c["figures"] if f["count"] == 9}
    assert set(dates.values()) == {"2024-03"}, dates


# Round 31: the account after a release's summary dates its figures on a day; a month the
# report turns to a few sentences on frames another matter (a meeting, a trend)
@pytest.mark.parametrize("between", ["", "The operation is still going on, it added.\n"])
def test_a_month_after_the_account_does_not_date_it(gaz, between):
    text = ("Troops killed three militants who stormed a Levies post near Kohlu, the ISPR said "
            "on Thursday.\n"
            "During the fighting, the military said, two soldiers have been martyred and four "
            "hurt.\n" + between +
            "At a security conference last month, officials had agreed to step up raids in "
            "the area.\n")
    got = dates_of(ingest(text, gaz, published="2024-09-12", outlet="Wire Example"))
    assert got.get("two") == "unknown" or str(got.get("two")).startswith("2024-09-"), got


# Round 31: a think tank's quarter of a year, and a month as the subject of a tally's verb
@pytest.mark.parametrize("phrase, published, span", [
    ("the second quarter of this year", "2024-09-29", "2024-04-01/2024-06-30"),
    ("during the first quarter of 2025", "2025-06-02", "2025-01-01/2025-03-31"),
    ("in the last quarter of this year", "2024-12-30", "2024-10-01/2024-12-31"),
    ("April witnessed 40 cases", "2025-05-03", "2025-04"),
    ("March saw 40 cases", "2025-05-03", "2025-03"),
])
def test_quarters_and_a_month_as_a_tallys_subject(phrase, published, span):
    assert span_of(phrase, published).text == span


def test_may_the_verb_is_no_month():
    assert find_dates("Officials said more raids may witness resistance.",
                      published=parse_date("2025-06-02")) == []


def test_a_quarters_tally_is_dated_to_its_quarter(gaz):
    text = ("A think tank's report says the province recorded 210 deaths linked to violence in "
            "the third quarter of the year, up from the quarter before.\n")
    got = dates_of(ingest(text, gaz, published="2024-10-12", outlet="Daily Example"))
    assert got.get("210") == "2024-07-01/2024-09-30", got


# Round 31: a lead that puts a series of attacks across several districts on one night dates
# each district's toll told further down
@pytest.mark.parametrize("series", ["a series of attacks", "coordinated attacks",
                                    "simultaneous blasts"])
def test_a_series_on_one_night_dates_each_districts_toll(gaz, series):
    text = ("QUETTA: Security forces hit back across the province.\n"
            "Officials said the operations would go on until the attackers were found.\n"
            f"Militants carried out {series} on police posts in Kalat, Pasni and Nushki late "
            "on Sunday night.\n"
            "Officials said the raid on the Levies station had been repulsed.\n"
            "Trains were halted and schools shut for the day.\n"
            "Gunmen also damaged the rail line outside Mastung.\n"
            "A shop in Panjgur was hit by a grenade.\n"
            "The violence in Kalat left seven people dead, according to the district police "
            "chief.\n")
    got = dates_of(ingest(text, gaz, published="2024-08-27", outlet="Daily Example"))
    assert str(got.get("seven")).startswith("2024-08-25"), got  # the night, or its Sunday


# Round 32: months counted from a year's start or up to its end
@pytest.mark.parametrize("text, want", [
    ("A think tank counted 210 deaths across Balochistan during the first six months of 2022.",
     "2022-01-01/2022-06-30"),
    ("The group recorded 31 abductions in the last three months of 2024.",
     "2024-10-01/2024-12-31"),
])
def test_months_of_a_year_are_their_span(gaz, text, want):
    got = dates_of(ingest(text, gaz))
    assert want in got.values(), got


# Round 33: the dateless breakdown right after a period's tally is the period's too; a
# sentence that tells one incident, or steps back in time, is not
def test_a_breakdown_after_a_periods_tally_takes_the_period(gaz):
    text = ("Two soldiers were killed in Kohlu on Sunday, the ISPR said.\n"
            "Violence rose sharply across the country in March 2025, a monitoring group said in "
            "its data. It recorded 64 attacks that left 80 people dead.\n"
            "The north-west bore the brunt.\n"
            "In its tribal districts, militants carried out 22 attacks, resulting in 31 deaths.\n"
            "In a raid on a camp in Kech, gunmen shot dead three labourers.\n")
    dates = dates_of(ingest(text, gaz, "2025-04-14"))
    assert dates["80"] == dates["31"] == "2025-03", dates
    assert dates["three"] != "2025-03", dates


def test_earlier_in_the_day_after_a_weekday_night_is_that_weekday(gaz):
    # round 34: a night told by its evening's day names that day for "earlier in the day"
    text = ("QUETTA: A soldier was martyred in a gunfight with militants in Kech district on "
            "Sunday night, the ISPR said.\n"
            "Earlier in the day, four policemen were martyred in attacks on checkposts in "
            "Sherani district.\n")
    r = ingest(text, gaz, published="2025-07-03", outlet="Example Daily")
    assert dates_of(r).get("four") == "2025-06-29", dates_of(r)


def test_earlier_in_the_day_after_a_background_line_is_the_storys_day(gaz):
    # round 34: the day a "comes two days after" line names is the earlier incident's, not
    # the story's; "earlier in the day" after it counts from the story's own day
    text = ("Twelve soldiers died on Friday after militants ambushed their convoy near "
            "Ormara.\n"
            "The ambush comes two days after troops shot dead six militants in Zhob on "
            "Wednesday.\n"
            "Earlier in the day, an explosion left five people dead in Dera Ismail Khan.\n")
    r = ingest(text, gaz, published="2023-11-03", outlet="Example Wire")
    assert dates_of(r).get("five") == "2023-11-03", dates_of(r)


@pytest.mark.parametrize("text, published, want", [
    # round 34: a wire's dateline a day after the page's date is this year's
    ("ISLAMABAD, Aug 16 -", "2024-08-15", "2024-08-16"),
    ("on August 17", "2024-08-15", "2024-08-17"),
    # ... and so is one within a month after it, the coming one (round 36: "the August 20
    # hearing"); a date well after it is last year's, as before
    ("on August 20", "2024-08-15", "2024-08-20"),
    ("on October 20", "2024-08-15", "2023-10-20"),
    ("on December 31", "2025-01-01", "2024-12-31"),
])
def test_a_month_and_day_without_a_year(text, published, want):
    assert span_of(text, published).text == want


@pytest.mark.parametrize("text, said", [
    # round 34: an outlet's report day dates the report, not the act
    ("The Frontier Post reported on Friday the attackers let ten inmates go near Kalat.", True),
    ("The newspaper reported on Sunday that four guards were taken.", True),
    # ... the incident itself "reported" on a day is the incident's day
    ("A blast was reported on Sunday in Quetta.", False),
])
def test_an_outlets_report_day_is_a_statement_date(text, said):
    (d,) = find_dates(text, published=parse_date("2025-05-05"))
    assert is_statement_date(text, d) is said


@pytest.mark.parametrize("recap", [
    "The raid followed a bombing on Tuesday that killed two guards in Turbat.",
    "The raid followed Monday's bombing that killed two guards in Turbat.",
    "The raid came two days after a bombing on Tuesday killed two guards in Turbat.",
])
def test_a_lead_borrows_no_date_from_the_background_line_after_it(gaz, recap):
    # round 34: the day a background line gives is the earlier incident's
    text = f"Troops killed five militants in a raid near Hoshab, officials said.\n{recap}\n"
    r = ingest(text, gaz, published="2025-01-18", outlet="Example Daily")
    assert dates_of(r).get("five") == "unknown", dates_of(r)


def test_a_file_photos_date_dates_no_figure_beside_it(gaz):
    # the caption's day is the picture's (here a file photo's, years old); the lead, dated only
    # by the statement, takes the night the next sentence gives
    text = ("Soldiers stand guard at a checkpoint in Bannu, July 2, 2014. — Reuters/File\n"
            "At least five militants were killed in Zhob district while trying to cross the "
            "border, the military said on Thursday.\n"
            "Troops intercepted the group on the night of January 21-22 in the Sambaza area, it "
            "said.")
    r = ingest_text(text, published=parse_date("2025-01-23"), gazetteer=gaz)
    claim, _ = figures_of(r)[("At least five", "killed")]
    assert (claim["date_start"], claim["date_end"]) == ("2025-01-21", "2025-01-22")


def test_a_day_named_without_its_year_soon_after_publication_is_the_coming_one():
    # a report names the polls, a hearing or a deadline of the next weeks by day and month alone;
    # a day close to a year back would be given its year
    assert span_of("ahead of the polls on March 12", "2025-03-02").text == "2025-03-12"
    assert span_of("the hearing fixed for 4 April", "2025-03-20").text == "2025-04-04"
    assert span_of("the raid of June 20", "2025-05-10").text == "2024-06-20"


def test_a_day_still_to_come_dates_nothing_and_anchors_no_day_before(gaz):
    # (published on a Friday: "on Wednesday" is two days back)
    r = ingest("Two men were killed when a grenade hit a candidate's office in Nushki on "
                "Wednesday, police said. The attack came a week before the March 12 polls.\n"
                "A day earlier, gunmen wounded three party workers in Kharan, Levies said.\n"
                "Officials said four people were hurt as campaigning for the March 12 vote "
                "went on.", gaz, published="2025-03-07")
    dates = dates_of(r)
    assert dates["Two"] == "2025-03-05"
    # "a day earlier" counts back from the last day that has passed, not from polling day
    assert dates["three"] == "2025-03-04"
    # a passage whose one date is still to come borrows the time of what happened before it
    assert dates["four"] != "unknown" and not str(dates["four"]).startswith("2024")


def test_an_earlier_telling_of_the_same_incident_is_of_its_time(gaz):
    # "Earlier, X had said" goes back to an earlier version of the toll, not to an earlier
    # incident; "Earlier, militants had killed" is another incident and takes no date of the lead
    lead = ("Security forces ended the siege of a Levies post in Surab on Sunday, the military "
            "said.\n")
    r = ingest(lead + "Earlier, the provincial government had said that three attackers were "
                "killed and two Levies men wounded.", gaz)
    dates = dates_of(r)
    assert dates["three"] == dates["two"] == "2025-10-19"
    r = ingest(lead + "Earlier, militants had killed two guards at a bank.", gaz)
    assert dates_of(r)["two"] == "unknown"


def test_a_step_that_names_its_day_at_once_is_that_day(gaz):
    # Round 37: "Two days earlier, on May 9, 2024, ..." names the day it steps to; the step is
    # not counted again from the last date told (May 12 here, which would give May 10)
    text = ("SIBI: On May 11, 2024, guards beat back a raid on the camp near Sibi. Shots were "
            "fired until dawn on May 12.\nTwo days earlier, on May 9, 2024, the same camp had been "
            "hit by rockets, which killed six guards and three raiders.")
    r = ingest_text(text, published=parse_date("2024-05-20"), outlet="Example", gazetteer=gaz)
    assert dates_of(r)["six"] == "2024-05-09"


@pytest.mark.parametrize("credit", ["—Reuters", "— AFP", "-Reuters"])
def test_a_photo_line_with_an_agency_credit_dates_nothing(gaz, credit):
    # Round 37 (W): a one-sentence line closed by a photo agency's credit is a caption; its date
    # (a file photo's, years old) dates no figure of the story under it
    text = (f"Troops patrol a street in Chaman on March 3, 2019. {credit}\nRAWALPINDI: Security "
            "forces killed five militants in Zhob, the military said on Friday.")
    r = ingest_text(text, published=parse_date("2024-08-30"), outlet="Example", gazetteer=gaz)
    assert not str(dates_of(r)["five"]).startswith("2019")


def test_a_day_a_comma_sets_off_after_said_is_the_statements(gaz):
    # Round 38 (AB): "officials said, yesterday" dates the telling; the attack's own day is in
    # the sentence after
    text = ("ISLAMABAD: Gunmen who halted cars on a road near Nushki shot dead nine travellers "
            "and hurt three, officials said, yesterday. The attack took place at about 6pm on "
            "Friday, officials said.")
    r = ingest_text(text, published=parse_date("2024-04-14"), outlet="Example", gazetteer=gaz)
    assert str(dates_of(r)["nine"]) == "2024-04-12", dates_of(r)


def test_a_fronted_clause_with_its_comma_leaves_the_day_after_it_the_incidents(gaz):
    # guard: a source fronted with a comma ("In a post on X put out by the group, from June 2 to
    # 3, four ...") leaves the days the act's
    text = ("QUETTA: Paank has condemned the abduction of four men from Kech by security forces.\n"
            "In a post on X put out by Paank, from May 23 to 24, four men were taken from their "
            "homes in Kech by security forces.")
    r = ingest_text(text, published=parse_date("2025-05-25"), outlet="Example", gazetteer=gaz)
    assert str(dates_of(r)["four"]).startswith("2025-05-23"), dates_of(r)


@pytest.mark.parametrize("text, raw, want", [
    # Round 39 (AD1): a year as the subject of its tally's judgement dates the tally
    ("QUETTA: With some 685 personnel of the forces dead in 444 attacks, 2024 became the "
     "deadliest year for them in ten years, a think tank's report said.",
     "some 685", "2024"),
    ("QUETTA: The think tank said 2023 was the bloodiest year in a decade, with 300 people "
     "killed across the province.", "300", "2023"),
])
def test_round39_a_year_judged_as_a_whole_dates_its_tally(gaz, text, raw, want):
    r = ingest_text(text, published=parse_date("2025-02-16"), outlet="Example", gazetteer=gaz)
    assert str(dates_of(r)[raw]) == want, dates_of(r)


def test_round39_a_day_and_its_year_are_no_year_judged(gaz):
    # guard: "March 3, 2024 was ..." is the day, not the year
    r = ingest_text("QUETTA: Police said on March 3, 2024 was the deadliest day, with 30 people "
                    "killed.", published=parse_date("2025-02-16"), outlet="Example", gazetteer=gaz)
    assert str(dates_of(r)["30"]) == "2024-03-03", dates_of(r)


def test_round39_a_month_then_a_count_of_more_people_is_the_month(gaz):
    # Round 39 (AD2): "In July, 30 more ..." counts people; it is no day "July 30"
    r = ingest_text("ZHOB: In July, 30 more militants were killed while trying to cross the "
                    "border, the military said.", published=parse_date("2025-08-08"),
                    outlet="Example", gazetteer=gaz)
    assert str(dates_of(r)["30"]) == "2025-07", dates_of(r)
