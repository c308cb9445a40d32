"""Issue 19, recall of statements (branch issue-19-stmtrec3): an act of speech told by a past
participle with its doer after "par" that qualifies a noun of intent ("un projet annoncé par X",
reference.is_done_to_noun), and the speaker of an inverted incise the parser hung on the
clause before as a subjectless adverbial clause ("X a fermé ses frontières, a averti mardi Y",
participants.is_inverted_incise_clause). Invented sentences: each rule keeps its true
statement, and a control that must not change."""
from __future__ import annotations

from test_events import nlp, roles, run  # noqa: F401  (the session pipeline fixture)
from test_event_recall import VALMONT, typed

PERU = ("Pérou", "Pérou", "country")
CHILE = ("Chili", "Chili", "country")
IRAN = ("Iran", "Iran", "country")
ORTEGA = ("Luis Ortega", "Luis Ortega", "person")


def test_participle_with_its_doer_under_a_noun_of_intent_is_a_statement(nlp):
    for text, actors, speaker in (
            ("Le projet de loi dénoncé par le Pérou sera examiné mardi au Sénat.", [PERU], "Pérou"),
            ("Il rejoint un projet de liste annoncé en mars par Jean Valmont.", [VALMONT], "Jean Valmont")):
        (ev,) = typed(run(nlp, text, actors), "statement")
        assert roles(ev)[speaker] == "source", text


def test_a_happening_under_a_noun_of_intent_stays_none(nlp):
    text = "Le projet de rencontre entre le Pérou et le Chili a été abandonné."
    assert typed(run(nlp, text, [PERU, CHILE]), "meeting") == []


def test_inverted_incise_speaker_is_the_one_after_the_verb(nlp):
    for text, actors, speaker in (
            ("Le Chili a fermé ses frontières, a averti mardi un responsable du Pérou.", [CHILE, PERU], "Pérou"),
            ("Le Chili a fermé ses frontières, a déploré mardi Luis Ortega.", [CHILE, ORTEGA], "Luis Ortega")):
        (ev,) = typed(run(nlp, text, actors), "statement")
        assert roles(ev)[speaker] == "source", text
        assert roles(ev).get("Chili") != "source", text


def test_communique_of_an_inverted_incise_is_its_speakers(nlp):
    text = "Le Chili a fermé ses frontières, a averti mardi un responsable du Pérou dans un communiqué."
    evs = typed(run(nlp, text, [CHILE, PERU]), "statement")
    assert evs and all(roles(e).get("Chili") != "source" for e in evs)
    assert any(roles(e).get("Pérou") == "source" for e in evs)


def test_a_second_verb_with_a_complement_keeps_the_first_subject(nlp):
    for text in ("Le Pérou a condamné l'attaque, a appelé à la retenue.",
                 "Le Pérou a condamné l'attaque, a averti l'Iran et a promis une riposte."):
        evs = typed(run(nlp, text, [PERU, IRAN]), "statement")
        assert evs and all(roles(e).get("Pérou") == "source" for e in evs), text
        assert all(roles(e).get("Iran") != "source" for e in evs), text


def test_qualifying_with_a_far_de_attribute_is_a_statement(nlp):
    for text in ("Le Pérou a qualifié les sanctions économiques du Chili d'illégales.",
                 "Le Pérou a qualifié mardi les propos du ministre d'\"irresponsables\"."):
        (ev,) = typed(run(nlp, text, [PERU, CHILE]), "statement")
        assert roles(ev)["Pérou"] == "source", text


def test_qualifying_for_a_final_is_no_statement(nlp):
    text = "Ce but a qualifié l'équipe du Pérou pour la finale de la Coupe."
    assert typed(run(nlp, text, [PERU]), "statement") == []


def test_weekday_taken_for_the_object_marks_an_incise(nlp):
    # the parser takes "mardi" for the object and hangs the speaker on "communiqué"
    text = "Le Chili tente de gagner du temps, a alerté mardi dans un communiqué le chef de l'armée du Pérou."
    evs = typed(run(nlp, text, [CHILE, PERU]), "statement")
    assert all(roles(e).get("Chili") != "source" for e in evs)
