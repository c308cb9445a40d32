"""Issue 19, recall of attacks and legal actions (branch issue-19-attlegrec): a sentence told
with 'écoper de' (the convicted one as subject), drones and explosives as words of an armed
attack, and an attack noun launched on a date against something named ("X a lancé en avril
2019 une offensive sur Y"). Invented sentences; controls that must not fire."""
from __future__ import annotations

from test_events import names, nlp, run, typed  # noqa: F401  (the session pipeline fixture)
from test_event_recall import VALMONT

KORVIA = ("Korvia", "Korvia", "country")
BELMARE = ("Belmare", "Belmare", "country")
TARSEN = ("Tarsen", "Tarsen", "country")


def test_a_sentence_told_with_ecoper(nlp):
    text = "Le militant Jean Valmont a écopé de dix mois de prison ferme."
    (ev,) = typed(run(nlp, text, [VALMONT]), "legal_action")
    assert names(ev) == {"Jean Valmont"}
    # the convicted one must be named in the subject: not a relative pronoun for a description
    text = ("Contrairement au maire de la ville, qui avait écopé de dix mois de prison, "
            "Jean Valmont a échappé au pire.")
    assert typed(run(nlp, text, [VALMONT]), "legal_action") == []
    # a yellow card or a reprimand is no sentence
    text = "Jean Valmont a écopé d'un carton jaune en fin de match."
    assert typed(run(nlp, text, [VALMONT]), "legal_action") == []


def test_an_attack_of_drones_is_an_armed_attack(nlp):
    text = "Le Korvia a été visé samedi par une attaque de drones."
    (ev,) = typed(run(nlp, text, [KORVIA]), "attack")
    assert names(ev) == {"Korvia"}
    # an attack in words keeps no armed sense
    text = "Le Korvia a été visé samedi par une attaque de la presse."
    assert typed(run(nlp, text, [KORVIA]), "attack") == []


def test_an_offensive_launched_on_a_date_against_a_name(nlp):
    text = "Le Belmare a lancé en avril 2019 une offensive sur la capitale Tarsen."
    (ev,) = typed(run(nlp, text, [BELMARE, TARSEN]), "attack")
    assert "Belmare" in names(ev)
    text = "En février 2022, le Korvia a déclenché une guerre contre le Belmare."
    (ev,) = typed(run(nlp, text, [KORVIA, BELMARE]), "attack")
    assert names(ev) == {"Korvia", "Belmare"}
    # a campaign against a thing, or a launch with no date, is no happening of war
    text = "En 2017, le Korvia a lancé une offensive contre la corruption."
    assert typed(run(nlp, text, [KORVIA]), "attack") == []
    text = "Le Korvia a lancé une attaque contre le Belmare."
    assert typed(run(nlp, text, [KORVIA, BELMARE]), "attack") == []


def test_judicial_supervision_and_impeachment(nlp):
    text = "Le militant Jean Valmont a été placé sous contrôle judiciaire."
    (ev,) = typed(run(nlp, text, [VALMONT]), "legal_action")
    assert names(ev) == {"Jean Valmont"}
    text = "Le Parlement du Korvia a mis en accusation Jean Valmont."
    (ev,) = typed(run(nlp, text, [VALMONT, KORVIA]), "legal_action")
    assert "Jean Valmont" in names(ev)
    # control by a state is no measure of a court
    text = "Le groupe de Jean Valmont a été placé sous contrôle du Korvia."
    assert typed(run(nlp, text, [VALMONT, KORVIA]), "legal_action") == []
