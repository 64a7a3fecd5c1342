from monitoring.collation import czech_key, territory_key


def czech_sorted(words):
    return sorted(words, key=czech_key)


def test_regions_sort_as_in_a_czech_dictionary():
    regions = [
        "Zlínský kraj",
        "Ústecký kraj",
        "Jihomoravský kraj",
        "Jihočeský kraj",
        "Kraj Vysočina",
        "Královéhradecký kraj",
        "Karlovarský kraj",
        "Hlavní město Praha",
        "Středočeský kraj",
        "Moravskoslezský kraj",
    ]

    assert czech_sorted(regions) == [
        "Hlavní město Praha",
        "Jihočeský kraj",
        "Jihomoravský kraj",
        "Karlovarský kraj",
        "Kraj Vysočina",
        "Královéhradecký kraj",
        "Moravskoslezský kraj",
        "Středočeský kraj",
        "Ústecký kraj",
        "Zlínský kraj",
    ]


def test_ch_is_a_letter_after_h():
    assert czech_sorted(["Ivančice", "Chrudim", "Hustopeče", "Cheb", "Cvikov"]) == [
        "Cvikov",
        "Hustopeče",
        "Cheb",
        "Chrudim",
        "Ivančice",
    ]


def test_caron_letters_follow_their_base_letter():
    assert czech_sorted(["Česká Lípa", "Cvikov", "Říčany", "Rychnov nad Kněžnou"]) == [
        "Cvikov",
        "Česká Lípa",
        "Rychnov nad Kněžnou",
        "Říčany",
    ]
    assert czech_sorted(["Žďár nad Sázavou", "Zlín", "Šumperk", "Svitavy"]) == [
        "Svitavy",
        "Šumperk",
        "Zlín",
        "Žďár nad Sázavou",
    ]


def test_other_accents_decide_only_between_otherwise_equal_words():
    # ř is a letter of its own (after r), so it decides; í and ý do not.
    assert czech_sorted(["Dobříš", "Dobruška"]) == ["Dobruška", "Dobříš"]
    assert czech_sorted(["Týn", "Tyn", "Tynec"]) == ["Tyn", "Týn", "Tynec"]
    assert czech_sorted(["Úvaly", "Ústí nad Labem"]) == ["Ústí nad Labem", "Úvaly"]


def test_lower_case_first_only_between_equal_words():
    assert czech_sorted(["Brno", "brno", "Blansko"]) == ["Blansko", "brno", "Brno"]


def test_spaces_and_digits_come_before_letters():
    assert czech_sorted(["Praha 10", "Praha 2", "Praha-východ", "Prahaa"]) == [
        "Praha 10",
        "Praha 2",
        "Praha-východ",
        "Prahaa",
    ]


def test_territories_list_the_country_then_regions_by_code_then_orp_by_name():
    territories = [
        ("orp", "7203", "Zlín"),
        ("orp", "3106", "Chrudim"),
        ("region", "CZ072", "Zlínský kraj"),
        ("orp", "2101", "Benešov"),
        ("region", "CZ031", "Jihočeský kraj"),
        ("country", "CZ", "Česko"),
        ("region", "CZ064", "Jihomoravský kraj"),
    ]

    ordered = sorted(territories, key=lambda row: territory_key(*row))

    assert [name for _kind, _code, name in ordered] == [
        "Česko",
        "Jihočeský kraj",
        "Jihomoravský kraj",
        "Zlínský kraj",
        "Benešov",
        "Chrudim",
        "Zlín",
    ]
