import pytest

from search import czech


def test_fold_drops_case_and_diacritics():
    assert czech.fold("Garanční FOND Žďár") == "garancni fond zdar"


def test_words_ignore_punctuation_and_underscores():
    assert czech.words("„Bydlení“ — pro_všechny! (2024)") == [
        "bydleni",
        "pro",
        "vsechny",
        "2024",
    ]


def test_content_words_drop_stop_words_but_keep_flat_and_without():
    assert czech.content_words("jak na byt pro lidi bez domova") == [
        "byt",
        "lidi",
        "bez",
        "domova",
    ]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("fondy", "fond"),
        ("fondu", "fond"),
        ("fondem", "fond"),
        ("bydlením", "bydlen"),
        ("bydlení", "bydlen"),
        ("koordinátorky", "koordinatork"),
        ("strategií", "strategi"),
        ("byt", "byt"),
        ("2024", "2024"),
    ],
)
def test_stem_strips_case_endings_only(word, expected):
    assert czech.stem(word) == expected


def test_a_stem_stays_a_prefix_of_the_folded_word():
    for word in ("garančního", "obecních", "sociálními", "domácností"):
        assert czech.fold(word).startswith(czech.stem(word))


def test_a_fleeting_e_gives_a_second_stem():
    assert czech.stems("úvazek") == ["uvazek", "uvazk"]
    assert czech.stems("Liberec") == ["liberec", "liberc"]
    assert czech.stems("fondy") == ["fond"]
