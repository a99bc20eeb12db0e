import pytest

from dashboard.dates import parse_date
from dashboard.extract.ingest import ingest_text
from tests.ingested import figures_of, ingest


def _figures(text, gaz, outlet=None):
    r = ingest_text(text, published=parse_date("2025-05-20"), outlet=outlet, gazetteer=gaz)
    return {(f["raw"], f["category"], f["who"]): (c["claimant"], c["source_type"])
            for c in r.claims for f in c["figures"]}


def test_competing_figures_stay_with_their_claimants(gaz):
    text = ("Militants stormed a Levies post in Surab on Sunday. The ISPR said four Levies "
            "personnel were martyred and six attackers were killed. The BLF, in a statement "
            "sent to the media, claimed that 15 soldiers had been killed in the raid.")
    got = _figures(text, gaz)
    assert got[("four", "killed", "security_personnel")] == ("ispr", "state")
    assert got[("six", "killed", "militants")] == ("ispr", "state")
    assert got[("15", "killed", "security_personnel")] == ("blf", "armed_group")


def test_according_to_after_the_figure(gaz):
    text = ("Nine passengers were offloaded and shot dead near Kalat, according to the "
            "deputy commissioner. The HRCP said dozens of people had gone missing in Kech.")
    got = _figures(text, gaz)
    assert got[("Nine", "killed", "civilians")][1] == "state"
    assert got[("dozens", "disappeared", "unspecified")] == ("hrcp", "rights_group")


def test_unattributed_figure_belongs_to_the_outlet(gaz):
    got = _figures("A bomb blast in Turbat killed three people on Monday.", gaz,
                   outlet="Daily Example")
    assert got[("three", "killed", "unspecified")] == ("daily-example", "media")


def test_actor_is_not_claimant(gaz):
    got = _figures("Police said the BLA killed five workers at a site near Gwadar.", gaz)
    assert got[("five", "killed", "civilians")] == ("police", "state")


def test_names_tried_only_where_some_name_starts_are_the_names_a_full_scan_finds(monkeypatch):
    # mentions() finds where any register name can start in one pass and tries each claimant's
    # regex there only; the names found must be those of scanning with every regex in turn.
    from pathlib import Path

    import yaml

    from dashboard.extract import attribution

    corpus = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
    texts = [r["text"] for f in sorted(corpus.glob("*.yaml"))
             for r in (yaml.safe_load(f.read_text(encoding="utf-8")) or {}).get("reports", [])]
    texts.append("ISPR-ISPR said; the ISPRs, Levies-Levies and Dera Bugti's Bugti, CTD.CTD police")
    register = attribution.load_register()
    assert attribution._name_starts(register) is not None
    fast = [attribution.mentions(t, lo, len(t), register) for t in texts for lo in (0, 7)]
    monkeypatch.setattr(attribution, "_name_starts", lambda register: None)
    slow = [attribution.mentions(t, lo, len(t), register) for t in texts for lo in (0, 7)]
    assert fast == slow
    assert sum(map(len, slow)) > 1000


def test_an_outlet_relaying_the_paragraphs_source_gives_the_figure_to_that_source(gaz):
    # Round 36: "..., The Balochistan Post reported" after the paragraph named the group's
    # statement relays the group; with no source named before, the outlet that reported it is
    # the claimant
    lead = ("The Baloch Liberation Army's spokesman said in a statement that its fighters "
            "blocked a highway near Surab on Friday. ")
    tail = ("When troops arrived, a gunfight broke out in which two soldiers were killed, The "
            "Balochistan Post reported.")
    claim, _ = figures_of(ingest(lead + tail, gaz))[("two", "killed")]
    assert claim["claimant"] == "bla" and claim["source_type"] == "armed_group"
    assert "relaying bla" in claim["confidence"]["claimant"]["cue"]
    claim, _ = figures_of(ingest(tail, gaz))[("two", "killed")]
    assert claim["claimant"] == "balochistan-post"


@pytest.mark.parametrize("verb", ["detailed", "shared", "narrated", "recounted"])
def test_verbs_of_telling_before_that_name_the_speaker(gaz, verb):
    # Round 36: "Police detailed that ..." tells as "police said" does; "shared details of"
    # names no statement's words
    claim, _ = figures_of(ingest(f"Police {verb} that the gunmen left seven people dead in a "
                                 "house in Panjgur on Sunday.", gaz))[("seven", "killed")]
    assert claim["claimant"] == "police"


@pytest.mark.parametrize("text, raw, claimant", [
    # Round 37: the forces' own act told first, then their claim in the same clause
    ("GWADAR: Security forces repulsed an attack on a port office in Gwadar on Monday and "
     "claimed to have neutralised all six attackers.", "six", "pakistan-military"),
    # ... with an auxiliary before the verb
    ("TURBAT: Militants attacked a camp near Turbat on Monday. Pakistani forces had claimed to "
     "have killed all nine attackers in that incident.", "nine", "pakistan-military"),
    # a tentative statement in reports a body put out
    ("QUETTA: A blast hit a market in Quetta on Monday. Early reports by police suggested "
     "four were killed and a dozen hurt.", "four", "police"),
    # Round 37 (W): the federal interior ministry speaks, and so does the report it put out
    ("ISLAMABAD: The interior ministry told the National Assembly on Thursday that 148 security "
     "personnel were martyred in Balochistan last year.", "148", "pakistan-government"),
    ("ISLAMABAD: The interior ministry submitted written answers to the National Assembly on "
     "Thursday. The report stated that 148 security personnel were martyred in Balochistan last "
     "year.", "148", "pakistan-government"),
    # the officials an outlet cites speak, as "according to" officials do
    ("GWADAR: Seven workers died in a gun attack near Gwadar on Wednesday, the outlet "
     "reported, citing local law enforcement officers.", "Seven", "balochistan-government"),
    # the province's constabulary and its Assistant Inspector General are the police
    ("QUETTA: Balochistan Constabulary AIG Salman Khan informed the Senate panel that two "
     "miners were killed in Harnai last week.", "two", "police"),
    # Round 37 (X): "as confirmed by" names the one who confirmed, and the station house officer
    # written out in lower case is the police
    ("QUETTA: A device exploded beside a road in Jinnah Town on Monday, killing a vendor, as "
     "confirmed by the Kech SSP (investigations) Ali Raza.", "a vendor", "police"),
    ("QUETTA: A blast hit a market in Quetta on Monday. Two of the wounded died later, raising "
     "the toll to four, said the station house officer.", "four", "police"),
])
def test_round37_claimants(gaz, text, raw, claimant):
    claim, _ = figures_of(ingest(text, gaz))[(raw, "killed")]
    assert claim["claimant"] == claimant, claim["confidence"]["claimant"]


def test_someone_elses_claim_after_the_forces_act_stays_theirs(gaz):
    # the forces' act, then another subject's claim: the claim is not the forces'
    text = ("TURBAT: Security forces raided a hideout near Turbat on Monday, but the BLA claimed "
            "to have killed five soldiers.")
    claim, _ = figures_of(ingest(text, gaz))[("five", "killed")]
    assert claim["claimant"] == "bla"


def test_another_countrys_interior_ministry_is_not_pakistans(gaz):
    claim, _ = figures_of(ingest("TEHRAN: Iran's interior ministry said two border guards were "
                                 "killed near Mashkel on Monday.", gaz))[("two", "killed")]
    assert claim["claimant"] != "pakistan-government"


@pytest.mark.parametrize("text, raw, claimant", [
    # Round 38: a sentence that points back at the counts before it credits them, a line of
    # background between ("X disclosed these figures", "These are the main findings of ...")
    ("QUETTA: As many as 212 people, including policemen, were killed in attacks and crimes in "
     "the city this year.\nVehicle thefts rose during the year while other crime fell.\nThe "
     "city police chief disclosed these figures at a news conference on Sunday.",
     "As many as 212", "police"),
    ("ISLAMABAD: Violence peaked in the second half of the year.\nBalochistan lost 640 lives to "
     "attacks, second only to Khyber Pakhtunkhwa.\nThese are the main findings of the yearly "
     "review by the Islamabad think tank Center for Research and Security Studies.", "640",
     "conflict-researchers"),
])
def test_round38_claimants(gaz, text, raw, claimant):
    claim, _ = figures_of(ingest(text, gaz, outlet="Daily Example"))[(raw, "killed")]
    assert claim["claimant"] == claimant, claim["confidence"]["claimant"]


def test_a_remark_on_the_counts_before_credits_no_one(gaz):
    # pointing back without giving them: "could not be verified by" names a doubter, no source
    text = ("QUETTA: Eleven people were killed in a blast at a market in Quetta on Sunday.\n"
            "These figures could not be verified by the BBC.")
    claim, _ = figures_of(ingest(text, gaz, outlet="Daily Example"))[("Eleven", "killed")]
    assert claim["source_type"] == "media" and claim["claimant"] != "news-outlets"


def test_the_outlet_telling_a_monitors_tally_again_tells_it_once(gaz):
    # a think tank's month's toll, then the paper's own "out of the total N" of it
    text = ("ISLAMABAD: A total of 97 people were killed in 40 attacks across the country in "
            "March.\nThe Pak Institute for Peace Studies released these statistics in its "
            "monthly report on Tuesday.\nOut of the total 97 casualties recorded during March, "
            "as many as 51 people were killed in Balochistan.")
    r = ingest(text, gaz, published="2025-04-02", outlet="Daily Example")
    counts = [f["count"] for c in r.claims for f in c["figures"] if f["category"] == "killed"]
    assert counts.count(97) == 1, counts
