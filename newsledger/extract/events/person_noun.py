"""A trigger noun of two genders, the act in one and the person who does it in the other (data/
person_nouns.json, with its source: "la critique" is an act of criticism, "le critique du
Kremlin", "les principaux critiques du régime" are critics), used in the gender of the person:
it names someone, no act of speech. The gender is read from the noun's own words before it, up
to its determiner ("un farouche critique", "le principal critique"), or from an adjective that
agrees with it ("les principaux critiques", "le critique le plus virulent"): a determiner or
an adjective of the act's gender keeps the act ("une critique", "de vives critiques"); a noun
whose gender nothing shows ("les critiques du projet") stays an act. Hook: constraints."""
from __future__ import annotations

import json
from functools import lru_cache

from newsledger.extract.words import straight_apostrophes
from newsledger.resources import data_dir

# the words that may stand between a determiner and its noun ("le principal critique", "un
# très farouche critique")
PRENOMINAL_POS = {"ADJ", "ADV"}
# how far back from the noun its determiner is looked for
DETERMINER_REACH = 4


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads((data_dir("newsledger.extract") / "person_nouns.json").read_text(encoding="utf-8"))


def person_gender(word: str) -> str | None:
    """The gender in which the noun `word` names a person, if it is one of the data's nouns."""
    return _data()["nouns"].get(word)


def determiner_gender(word: str) -> str | None:
    """"Masc" or "Fem" for a determiner that shows the gender of its noun, else None."""
    low = straight_apostrophes(word.lower())
    if low in _data()["masculine_determiners"]:
        return "Masc"
    if low in _data()["feminine_determiners"]:
        return "Fem"
    return None


def shown_gender(noun) -> str | None:
    """The gender the noun's own words show: its determiner (the first word before it past its
    adjectives and adverbs), else an adjective that agrees with it, before or after it, tagged
    with one gender only."""
    doc = noun.doc
    for k in range(noun.i - 1, max(noun.i - 1 - DETERMINER_REACH, -1), -1):
        t = doc[k]
        gender = determiner_gender(t.text)
        if gender is not None:
            return gender
        if t.pos_ not in PRENOMINAL_POS:
            break
    before = [doc[k] for k in range(max(noun.i - DETERMINER_REACH, 0), noun.i)]
    for t in [*before, *noun.children]:
        if t.pos_ == "ADJ" and (t.dep_ == "amod" or t.i < noun.i) and len(t.morph.get("Gender")) == 1:
            if t.i < noun.i and any(w.pos_ not in PRENOMINAL_POS for w in doc[t.i + 1: noun.i]):
                continue
            return t.morph.get("Gender")[0]
    return None


def names_the_doer(noun) -> bool:
    """The trigger noun is one of the data's nouns, used in the gender that names a person."""
    if noun.pos_ in ("VERB", "AUX"):
        return False
    wanted = person_gender(noun.lower_) or person_gender(noun.lemma_.lower())
    return wanted is not None and shown_gender(noun) == wanted


def civility_gender(word: str) -> str | None:
    """"Masc" or "Fem" for a title of civility ("M.", "Mme", "Madame"), else None."""
    return _data()["civility_titles"].get(word.lower())
