"""Issue 19, recall: rules that find events the lexicon missed, each with an invented sentence
that must keep its true event and one that must lose a false one."""
from __future__ import annotations

from test_events import nlp, roles, run, typed  # noqa: F401  (the session pipeline fixture)

DENMARK = ("Danemark", "Danemark", "country")
DANISH = ("danois", "Danemark", "country")
HOLM = ("Lars Holm", "Lars Holm", "person")
VALMONT = ("Jean Valmont", "Jean Valmont", "person")


def test_announcement_by_a_named_speaker_is_a_statement(nlp):
    text = "Le Danemark a annoncé mardi la fermeture de ses frontières."
    (ev,) = typed(run(nlp, text, [DENMARK]), "statement")
    assert roles(ev) == {"Danemark": "source"}
    text = "Le ministre Jean Valmont, porte-parole du gouvernement, a annoncé mardi la fin des contrôles."
    assert len(typed(run(nlp, text, [VALMONT]), "statement")) == 1
    text = "Le gouvernement danois a annoncé mardi la fin des contrôles aux frontières."
    assert len(typed(run(nlp, text, [DANISH]), "statement")) == 1


def test_announcement_needs_its_speaker_named(nlp):
    # the adjective or the complement names someone else than the ones who announce
    text = "Des militants danois ont annoncé mardi la dissolution de leur association."
    assert typed(run(nlp, text, [DANISH]), "statement") == []
    text = "Les soutiens de Lars Holm ont annoncé mardi la dissolution de leur association."
    assert typed(run(nlp, text, [HOLM]), "statement") == []
    # a pronoun may stand for someone else than the last actor named
    text = "Le Danemark a reçu Lars Holm. Il a annoncé mardi la fin de sa convalescence."
    assert [e.trigger for e in typed(run(nlp, text, [DENMARK, HOLM]), "statement")] == []


def test_announcement_in_an_inverted_incise_only_attributes(nlp):
    # the parser takes the subject of the clause before for the verb's own
    text = "Les Danois qui refuseront le test paieront une amende, a annoncé samedi le ministre Jean Valmont."
    assert typed(run(nlp, text, [("Danois", "Danemark", "country"), VALMONT]), "statement") == []
    text = "Les frontières rouvriront en mars, a annoncé mardi le Danemark."
    assert typed(run(nlp, text, [DENMARK]), "statement") == []


def test_announcer_takes_part_in_what_it_announces(nlp):
    # an announcement asserts what it tells: the one who announces an arrest made it, unlike
    # the one who denounces it
    text = "Le Danemark a annoncé mardi l'arrestation de Lars Holm."
    arrest = typed(run(nlp, text, [DENMARK, HOLM]), "legal_action")
    assert len(arrest) == 1 and "Danemark" in roles(arrest[0])
    text = "Le Danemark a dénoncé mardi l'arrestation de Lars Holm."
    arrest = typed(run(nlp, text, [DENMARK, HOLM]), "legal_action")
    assert all("Danemark" not in roles(e) for e in arrest)


def test_attack_noun_dated_by_its_participle_is_a_happening(nlp):
    # "offensive" needs a word of violence near it, or a date of its own: the date of the
    # participle that qualifies it names the happening too
    actors = [DENMARK, ("Oslo", "Norvège", "country")]
    text = "L'offensive lancée en avril 2019 par le Danemark contre Oslo a échoué."
    assert len(typed(run(nlp, text, actors), "attack")) == 1
    text = "L'offensive lancée par le Danemark contre Oslo a échoué."
    assert typed(run(nlp, text, actors), "attack") == []
