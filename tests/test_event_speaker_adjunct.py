"""Statements whose listed speaker takes no part (issue 19, branch issue-19-speaker3): a former
office ("l'ancienne ministre") takes up a subject only, never the first name of a sentence
before (participants.resolve_pronoun_subject); a phrase opened by a preposition that the parser
labels subject is an adjunct (participants.is_prepositional); a name the parser split inside a
title's complement is set aside whole (office.whole_mentions); a participle sharing a passive
auxiliary ("arrêté, puis condamné") does not take the first verb's agent as its doer
(syntax.shares_passive). Sentences written for these tests."""
from __future__ import annotations

from newsledger.extract.events.participants import is_prepositional, subject_indices

from test_event_statement_speaker import DUPONT, DURAND, MARTIN, of_trigger, statements
from test_events import nlp, roles, run  # noqa: F401  (the session pipeline fixture)

RURALITY = ("Solidarités et de la Pêche", "Solidarités et de la Pêche", "organization")
BORDURIE = ("Bordurie", "Bordurie", "country")
SYLDAVIE = ("Syldavie", "Syldavie", "country")


def test_a_former_office_does_not_take_up_the_first_name_before_it(nlp):
    text = ("Elle regrette le départ du ministre, qui avait, comme l'ancien maire Paul Martin, "
            "une grande liberté de ton. "
            "L'ancienne ministre de l'Agriculture appelle le gouvernement à revoir sa copie.")
    events = of_trigger(statements(run(nlp, text, [MARTIN])), "appelle")
    assert not [e for e in events if "Paul Martin" in roles(e)], events


def test_a_former_office_still_takes_up_the_subject_before_it(nlp):
    text = ("Marie Durand a quitté le gouvernement en mars. "
            "L'ancienne ministre de l'Agriculture appelle le gouvernement à revoir sa copie.")
    [ev] = of_trigger(statements(run(nlp, text, [DURAND])), "appelle")
    assert roles(ev).get("Marie Durand") == "source"


def parsed(nlp, words, heads, deps):
    """A doc with the parse given (the parser's own error, written by hand)."""
    from spacy.tokens import Doc
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps)


def test_an_adjunct_parsed_as_subject_is_no_subject(nlp):
    # "Dans un entretien à Nord Matin , le maire propose": the adjunct taken for the subject
    words = ["Dans", "un", "entretien", "à", "Nord", "Matin", ",", "le", "maire", "propose"]
    heads = [2, 2, 9, 4, 2, 4, 4, 8, 4, 9]
    deps = ["case", "det", "nsubj", "case", "nmod", "flat:name", "punct", "det", "appos", "ROOT"]
    doc = parsed(nlp, words, heads, deps)
    assert is_prepositional(doc[2])
    assert subject_indices(doc[9]) == []


def test_a_name_in_apposition_to_an_adjunct_parsed_as_subject_is_the_subject(nlp):
    # "Sur le plateau , Jean Dupont a dit": the name hung on the adjunct in apposition
    words = ["Sur", "le", "plateau", ",", "Jean", "Dupont", "a", "dit"]
    heads = [2, 2, 7, 4, 2, 4, 7, 7]
    deps = ["case", "det", "nsubj", "punct", "appos", "flat:name", "aux:tense", "ROOT"]
    doc = parsed(nlp, words, heads, deps)
    assert {"Jean", "Dupont"} <= {doc[i].text for i in subject_indices(doc[7])[0]}
    assert not is_prepositional(doc[4])


def test_a_name_in_apposition_to_an_adjunct_parsed_as_subject_still_speaks(nlp):
    text = "Sur le plateau du Grand Soir, Jean Dupont a mis en garde Paul Martin contre la réforme."
    [ev] = of_trigger(statements(run(nlp, text, [DUPONT, MARTIN])), "mis")
    assert roles(ev).get("Jean Dupont") == "source"


def test_a_split_name_in_an_office_complement_is_no_speaker(nlp):
    text = ("Marie Durand s'est défendue mardi devant les sénateurs. "
            "L'ancienne ministre des Solidarités et de la Pêche, qui avait quitté ses fonctions "
            "en plein coeur de la crise, a dénoncé une forme de procès.")
    [ev] = of_trigger(statements(run(nlp, text, [DURAND, RURALITY])), "dénoncé")
    assert "Solidarités et de la Pêche" not in roles(ev)
    assert roles(ev).get("Marie Durand") == "source"


def test_a_participle_sharing_a_passive_auxiliary_has_not_the_agent_for_speaker(nlp):
    text = ("Ce colonel bordure avait été recruté par les services de la Syldavie en 1990, avant "
            "d'être arrêté en Bordurie en 2001, puis condamné en 2003 pour haute trahison.")
    events = of_trigger(statements(run(nlp, text, [SYLDAVIE, BORDURIE])), "condamné")
    assert not [e for e in events if roles(e).get("Syldavie") == "source"], events


def test_a_conjunct_name_hung_on_an_adjunct_taken_for_the_subject_is_the_subject(nlp):
    # "A deux jours du vote , Jean Dupont a invité ...": the adjunct taken for the subject, the
    # name hung on it as a conjunct after a comma
    words = ["A", "deux", "jours", "du", "vote", ",", "Jean", "Dupont", "a", "invité", "."]
    heads = [2, 2, 9, 4, 2, 6, 2, 6, 9, 9, 9]
    deps = ["case", "nummod", "nsubj", "case", "nmod", "punct", "conj", "flat:name", "aux:tense",
            "ROOT", "punct"]
    doc = parsed(nlp, words, heads, deps)
    assert [doc[i].text for i in subject_indices(doc[9])[0]] == [",", "Jean", "Dupont"]
