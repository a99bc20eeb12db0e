from dashboard.extract.numbers import find_numbers, parse_number, word_value


def test_number_words_and_digits():
    assert word_value("four") == 4
    assert word_value("twenty-five") == 25
    assert word_value("three hundred") == 300
    assert word_value("two thousand five hundred") == 2500
    assert parse_number("1,873") == (1873, "exact")
    assert parse_number("dozens") == (None, "vague")


def test_malformed_number_is_kept_raw():
    (n,) = find_numbers("officials counted 22,6000 missing adults")
    assert n.raw == "22,6000" and n.count is None and n.qualifier == "malformed"


def test_qualifiers():
    got = {n.raw: (n.count, n.qualifier) for n in find_numbers(
        "at least 12 died, more than 40 were hurt, around 7 fled, up to 90 left")}
    assert got == {"at least 12": (12, "at_least"), "more than 40": (40, "more_than"),
                   "around 7": (7, "about"), "up to 90": (90, "up_to")}


def test_a_dozen_is_about_twelve_but_dozens_stays_vague():
    got = {n.raw: (n.count, n.qualifier) for n in find_numbers(
        "a dozen shops burned, at least a dozen men fled and dozens of people watched")}
    assert got == {"a dozen": (12, "about"), "at least a dozen": (12, "at_least"),
                   "dozens": (None, "vague")}
