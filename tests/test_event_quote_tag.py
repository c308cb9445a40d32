"""Who speaks in a quote tag (issue 19): the subject clitic written after the words it reports
("..., a-t-il dénoncé", "« ... », a-t-elle estimé") is the speaker, in a compound tense as in a
simple one (participants.tense_clitic), after a closing quote whatever the verb
(participants.closes_quote), and it takes up no name of the words before it in its sentence,
quote marks or not (participants.resolve_pronoun_subject). Sentences written for these tests."""
from __future__ import annotations

from test_events import nlp, roles, run  # noqa: F401  (the session pipeline fixture)

MARTIN = ("Paul Martin", "Paul Martin", "person")
MOREL = ("Jean Morel", "Jean Morel", "person")
FRANCE = ("France", "France", "country", "FR")


def said(events, word):
    return [e for e in events if e.event_type == "statement" and word in e.trigger]


def test_a_compound_tag_takes_up_no_subject_of_the_words_it_reports(nlp):
    text = ("Jean Morel a répondu mardi soir aux questions des journalistes sur le scrutin. "
            "Paul Martin ment comme il respire, a-t-il dénoncé.")
    events = said(run(nlp, text, [MOREL, MARTIN]), "dénoncé")
    assert not [e for e in events if roles(e).get("Paul Martin") == "source"], events


def test_a_participle_on_a_compound_tag_after_a_quote_is_the_clitics(nlp):
    text = ("Jean Morel a commenté le discours devant la presse. « En ce moment, c'est l'avenir "
            "de la France qui se joue », a-t-il estimé, en appelant de nouveau à une enquête "
            "impartiale.")
    [ev] = said(run(nlp, text, [MOREL, FRANCE]), "appelant")
    assert roles(ev).get("France") != "source", ev
    assert roles(ev).get("Jean Morel") == "source", ev


def test_a_compound_tag_takes_up_the_speaker_of_the_sentence_before(nlp):
    text = ("Jean Morel a réagi mardi à la réforme du gouvernement. "
            "« Ce texte est une faute », a-t-il dénoncé.")
    [ev] = said(run(nlp, text, [MOREL]), "dénoncé")
    assert roles(ev).get("Jean Morel") == "source", ev


# controls: what must stay

def test_a_pronoun_of_a_reported_clause_still_takes_up_its_subject(nlp):
    text = "Jean Morel a annoncé mardi qu'il dénoncerait le contrat devant le tribunal."
    events = said(run(nlp, text, [MOREL]), "annoncé")
    assert [e for e in events if roles(e).get("Jean Morel") == "source"], events


def test_a_simple_tense_tag_still_takes_up_the_speaker_before(nlp):
    text = ("Jean Morel était mardi à Lyon pour soutenir les candidats de son parti. "
            "« Rien n'est joué et la réforme doit être retirée », prévient-il.")
    [ev] = said(run(nlp, text, [MOREL]), "prévient")
    assert roles(ev).get("Jean Morel") == "source", ev



# from the sentences before, a tag's clitic takes up a speaker only (quote_tag.speaks_before)

def test_a_tag_takes_up_no_object_of_the_sentence_before(nlp):
    text = ("Un élu local a interpellé mardi Jean Morel lors d'un débat à Lyon. "
            "« Cette réforme est injuste », dénonce-t-il.")
    events = said(run(nlp, text, [MOREL]), "dénonce")
    assert not [e for e in events if roles(e).get("Jean Morel") == "source"], events


def test_a_compound_tag_takes_up_a_name_beside_the_subject_before(nlp):
    text = ("Son adjoint, Jean Morel, a pointé du doigt la majorité précédente. "
            "« Cette réforme est injuste », a-t-il dénoncé.")
    [ev] = said(run(nlp, text, [MOREL]), "dénoncé")
    assert roles(ev).get("Jean Morel") == "source", ev


def test_a_tag_still_takes_up_the_inverted_speaker_of_the_tag_before(nlp):
    text = ("« Nous ne céderons pas », a affirmé mardi Jean Morel devant la presse. "
            "« Cette réforme est injuste », dénonce-t-il.")
    [ev] = said(run(nlp, text, [MOREL]), "dénonce")
    assert roles(ev).get("Jean Morel") == "source", ev
