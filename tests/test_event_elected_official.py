"""The participle of "élire" used as the noun of an elected official tells no election
(events/election.py names_an_elected_official), on French sentences written for these tests."""
from __future__ import annotations

from test_events import nlp, run, typed  # noqa: F401  (the session pipeline fixture)

DUPONT = ("Claire Dupont", "Claire Dupont", "person")
MARTIN = ("Paul Martin", "Paul Martin", "person")
PARTY = ("PDP", "Parti du progrès", "organization")


def elections(nlp, text, actors):
    return typed(run(nlp, text, actors), "election")


def test_an_official_after_an_adjective_opening_the_phrase(nlp):
    text = ("Intro. La députée Claire Dupont, seule élue PDP à avoir voté contre le texte, "
            "a quitté le groupe mercredi.")
    assert elections(nlp, text, [DUPONT, PARTY]) == []


def test_an_official_after_a_determiner_and_an_adjective(nlp):
    text = "Intro. Comme l'a dénoncé lundi soir la jeune élue PDP Claire Dupont."
    assert elections(nlp, text, [DUPONT, PARTY]) == []


def test_the_verb_stays_an_election(nlp):
    assert elections(nlp, "Intro. Paul Martin a été élu maire dimanche.", [MARTIN])
    assert elections(nlp, "Intro. Élue en 2017, Claire Dupont a quitté le groupe mercredi.", [DUPONT])


def test_the_noun_and_the_participle(nlp):
    from newsledger.extract.events.election import names_an_elected_official
    doc = nlp("Une assemblée nouvellement élue siègera.")
    assert not names_an_elected_official(next(t for t in doc if t.lower_ == "élue"))
    doc = nlp("Cette élue du Parti du progrès a démissionné.")
    assert names_an_elected_official(next(t for t in doc if t.lower_ == "élue"))


def test_an_official_labelled_by_a_party_after_a_comma(nlp):
    text = "Intro. Claire Dupont, élue PDP, a quitté le groupe mercredi."
    assert elections(nlp, text, [DUPONT, PARTY]) == []


def test_a_dated_participle_before_a_party_stays_an_election(nlp):
    assert elections(nlp, "Intro. Claire Dupont, élue PDP en mars 2015, a quitté le groupe.", [DUPONT, PARTY])
    assert elections(nlp, "Intro. Élue PDP le 3 mai 2015, Claire Dupont trouve l'idée amusante.", [DUPONT, PARTY])


def test_the_participle_and_the_party_label(nlp):
    from newsledger.extract.events.election import labels_a_party
    from newsledger.extract.events.lexicon import load_lexicon
    from newsledger.extract.events.participants import mention_token_map
    from newsledger.records import ActorMention
    text = "Paul Martin, élu PDP, a démissionné. Paul Martin a été élu maire dimanche."
    doc = nlp(text)
    start = text.find("PDP")
    mentions = [ActorMention("PDP", "Parti du progrès", "organization", None, 0, start, start + len("PDP"))]
    tokens = mention_token_map(doc, mentions)
    first, second = [t for t in doc if t.lower_ == "élu"]
    assert labels_a_party(first, tokens, load_lexicon())
    assert not labels_a_party(second, tokens, load_lexicon())
