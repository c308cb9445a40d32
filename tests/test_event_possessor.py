"""Issue 19, recall: an event whose only doer (or only one acted on) is named by a third-person
possessive determiner ("sa rencontre avec X", "son arrestation", "leur visite") or an object
clitic ("la police l'a arrêté") takes up the actor named before, as a pronoun subject does
(events/possessor.py: possessor_names). Sentences written for these tests."""
from __future__ import annotations

from test_events import nlp, roles, run  # noqa: F401  (the session pipeline fixture)
from test_event_recall import typed

MARTIN = ("Paul Martin", "Paul Martin", "person")
VALMONT = ("Jean Valmont", "Jean Valmont", "person")
DURAND = ("Claire Durand", "Claire Durand", "person")
BOLIVIE = ("Bolivie", "Bolivie", "country")
PEROU = ("Pérou", "Pérou", "country")


def test_a_possessive_meeting_takes_up_the_subject_before(nlp):
    text = ("Paul Martin est arrivé à Lima lundi. Sa rencontre avec Jean Valmont "
            "a duré deux heures.")
    (ev,) = typed(run(nlp, text, [MARTIN, VALMONT]), "meeting")
    assert roles(ev) == {"Paul Martin": "source", "Jean Valmont": "participant"}


def test_a_possessive_in_an_adjunct_takes_up_the_subject_of_its_clause(nlp):
    text = ("Claire Durand est arrivée à Lima lundi. Après sa rencontre avec Jean Valmont, "
            "Paul Martin a quitté la ville.")
    (ev,) = typed(run(nlp, text, [DURAND, MARTIN, VALMONT]), "meeting")
    assert roles(ev)["Paul Martin"] == "source" and "Claire Durand" not in roles(ev)


def test_the_possessor_of_an_arrest_is_the_one_arrested(nlp):
    text = "Jean Valmont est rentré à Lima lundi. Son arrestation a surpris ses voisins."
    (ev,) = typed(run(nlp, text, [VALMONT]), "legal_action")
    assert roles(ev) == {"Jean Valmont": "target"}


def test_an_object_clitic_takes_up_the_one_acted_on(nlp):
    text = "Jean Valmont est rentré à Lima lundi. La police l'a arrêté mardi."
    (ev,) = typed(run(nlp, text, [VALMONT]), "legal_action")
    assert roles(ev) == {"Jean Valmont": "target"}


def test_leur_takes_up_a_coordination(nlp):
    text = ("Paul Martin et Claire Durand sont arrivés à Lima lundi. Leur rencontre avec "
            "Jean Valmont a duré deux heures.")
    (ev,) = typed(run(nlp, text, [MARTIN, DURAND, VALMONT]), "meeting")
    assert roles(ev) == {"Paul Martin": "source", "Claire Durand": "source",
                         "Jean Valmont": "participant"}


def test_no_possessor_across_a_quote_nor_of_another_number(nlp):
    # in a quote the possessive may be the speaker's own or the quote's: not resolved
    text = "« Sa rencontre avec Jean Valmont a été utile », a déclaré Paul Martin."
    (ev,) = typed(run(nlp, text, [MARTIN, VALMONT]), "meeting")
    assert roles(ev) == {"Jean Valmont": "participant"}
    # "leur" takes up no lone person
    text = "Paul Martin est arrivé à Lima lundi. Leur rencontre avec Jean Valmont a duré deux heures."
    (ev,) = typed(run(nlp, text, [MARTIN, VALMONT]), "meeting")
    assert "Paul Martin" not in roles(ev)


def test_a_meeting_possessive_takes_up_no_state(nlp):
    # a visit told with "sa" is a person's: the state subject before is not the visitor
    text = "La Bolivie a rappelé son ambassadeur lundi. Sa visite au Pérou a été annulée."
    for ev in typed(run(nlp, text, [BOLIVIE, PEROU]), "meeting"):
        assert roles(ev).get("Bolivie") != "source"


def test_a_subject_naming_no_one_blocks_the_possessive_of_the_one_acted_on(nlp):
    # "X a confirmé son arrestation": X's or another's; "son" is not resolved there
    text = "Jean Valmont est rentré à Lima lundi. Paul Martin a confirmé son arrestation."
    for ev in typed(run(nlp, text, [VALMONT, MARTIN]), "legal_action"):
        assert "target" not in roles(ev).values()


def test_a_name_nearer_than_the_subject_before_blocks_the_clitic(nlp):
    # the nearest person named before the clitic is no subject: it may be the one meant
    text = ("Paul Martin a réclamé lundi un procès équitable. La demande de libération de "
            "Jean Valmont a été rejetée par le juge qui l'avait arrêté.")
    for ev in typed(run(nlp, text, [MARTIN, VALMONT]), "legal_action"):
        assert "Paul Martin" not in roles(ev)


def test_a_possessive_in_a_framing_noun_takes_up_the_clause_subject(nlp):
    text = "Après l'échec de sa visite à Lima, Paul Martin est rentré au Pérou mardi."
    (ev,) = typed(run(nlp, text, [MARTIN, PEROU]), "meeting")
    assert roles(ev).get("Paul Martin") == "source"
    # a noun with a named complement of its own: the possessor may be that name
    text = ("Claire Durand est arrivée lundi. La mort de Jean Valmont lors de son arrestation "
            "a choqué le pays.")
    for ev in typed(run(nlp, text, [DURAND, VALMONT]), "legal_action"):
        assert "Claire Durand" not in roles(ev)
