"""Czech text handling shared by every search backend: folding, stop words and a
light stemmer.

The stemmer strips case endings only (after Dolamic and Savoy's light stemmer for
Czech) and never rewrites letters, so a stem stays a prefix of the word forms it
came from; the SQLite backend relies on that for its prefix queries.
"""

import re
import unicodedata

WORD = re.compile(r"[^\W_]+")

# Common Czech function words, folded. Deliberately absent: "byt" (it folds
# "být" and "byt", a flat) and "bez" (kept out so "lidé bez domova" reads whole).
STOP_WORDS = frozenset(
    """
    a aby aj ale ani az by byl byla byli bylo co do i jak jake jako je jeho jej
    jeji jejich jen jeste ji jiz jsem jsi jsme jsou jste k kam kde kdo kdy kdyz ke
    ktera ktere kteri kterou ktery ma mate me mezi mi mne mu muze my na nad nam nas
    ne nebo neni nez ni o od ode on ona oni ono pak po pod podle pokud pouze pro
    proc proto protoze pred pri s se si sve ta tak take takze tato te tedy ten
    tento teto tim to tohle toho tom tomto tu tuto ty tyto u uz v vam vas ve vsak
    z za ze zda
    """.split()
)
# Words of questions and filler the public types around what it looks for
# ("co dělá krajský koordinátor", "kolik stojí …", "kde najdu …"), folded.
QUESTION_WORDS = frozenset(
    """
    asi cem cim ho dela delaji delat existuje existuji fungovat funguje funguji
    chci chteli jaka jakou jaky jakych jakym jestli kolik koho komu kym lze mam
    mohu muset musi musim muzeme muzu najdu najit nejak nejaka nejake nejaky
    potrebuji potrebuju prave prosim resi resit tady tam vlastne vubec zjistit
    """.split()
)
STOP_WORDS = STOP_WORDS | QUESTION_WORDS

# Case endings, folded, longest first; a stem keeps at least MIN_STEM letters.
CASE_ENDINGS = sorted(
    """
    atech etem atum ech ich eho emi emu ete eti iho imi imu ach ata aty ych ama
    ami ove ovi ymi em es im um at am os us ym mi ou a e i o u y
    """.split(),
    key=len,
    reverse=True,
)
MIN_STEM = 3


def fold(text: str) -> str:
    """Lower case without diacritics: ``Garanční`` → ``garancni``."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def words(text: str) -> list[str]:
    """Folded words of ``text``; punctuation and symbols fall away."""
    return WORD.findall(fold(text))


def content_words(text: str) -> list[str]:
    """Folded words without stop words."""
    return [word for word in words(text) if word not in STOP_WORDS]


def stem(word: str) -> str:
    """The folded word without its case ending: ``fondy`` → ``fond``."""
    word = fold(word)
    if word.isdigit():
        return word
    for ending in CASE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return word


# Endings whose e drops in the other cases (fleeting e): úvazek → úvazku,
# Liberec → Liberce, domek → domku.
FLEETING_E = ("ek", "ec")


def stems(word: str) -> list[str]:
    """The light stem, and for a word with a fleeting e also the stem of its
    other cases (``úvazek`` → ``uvazek``, ``uvazk``)."""
    word_stem = stem(word)
    folded = fold(word)
    if (
        folded.endswith(FLEETING_E)
        and len(folded) - 1 > MIN_STEM
        and word_stem == folded
    ):
        return [word_stem, folded[:-2] + folded[-1]]
    return [word_stem]
