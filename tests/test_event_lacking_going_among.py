"""Meetings only lacked or only a going among people (issue 19, branch issue-19-meet6), on French
sentences written for these tests: each rule loses its false event and keeps a true one.
- unasserted.is_lacking: "sans" + infinitive names what did not take place ("a quitté X sans
  rencontrer Y", "sans payer le prix de négocier"), not after "non" nor under a negative
  implicative ("sans cesser de");
- going_among.goes_among_people (option not_going_among of 'rencontre'): "aller à la rencontre
  des Français" with no day or place of its own is a walkabout among the public, no meeting
  between actors; "à la rencontre du ministre X" and "ira mercredi à la rencontre des Français"
  stay."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def meetings(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "meeting"]


MARTIN = [("Paul Martin", "Paul Martin", "person")]
DUPONT = [("Claire Dupont", "Claire Dupont", "person")]
BORDURIE = [("Bordurie", "Bordurie", "country"), ("Bordures", "Bordurie", "country")]
SYLDAVIE = [("Syldavie", "Syldavie", "country")]
FRANCAIS = [("Français", "France", "country")]


def test_a_meeting_after_sans_did_not_take_place(nlp):
    text = "Intro. Le ministre Paul Martin a quitté Lyon mardi sans rencontrer la maire Claire Dupont."
    assert not meetings(nlp, text, MARTIN + DUPONT)


def test_a_compound_infinitive_after_sans_did_not_take_place(nlp):
    text = "Intro. Claire Dupont l'a critiqué sans même avoir rencontré Paul Martin une seule fois."
    assert not meetings(nlp, text, MARTIN + DUPONT)


def test_an_infinitive_of_the_object_of_sans_did_not_take_place(nlp):
    text = ("Intro. La Syldavie a conclu des accords commerciaux sans payer le prix de négocier "
            "avec la Bordurie.")
    assert not meetings(nlp, text, SYLDAVIE + BORDURIE)


def test_non_sans_asserts_the_meeting(nlp):
    text = "Intro. Le ministre Paul Martin a quitté Lyon non sans avoir rencontré la maire Claire Dupont."
    assert meetings(nlp, text, MARTIN + DUPONT)


def test_a_meeting_beside_a_sans_clause_stays(nlp):
    text = "Intro. Le ministre Paul Martin a rencontré Claire Dupont mardi sans prévenir ses conseillers."
    assert meetings(nlp, text, MARTIN + DUPONT)


def test_going_among_the_french_is_no_meeting(nlp):
    text = ("Intro. Paul Martin a annoncé qu'il continuerait sa campagne et irait à la rencontre "
            "des Français dans les marchés.")
    assert not meetings(nlp, text, MARTIN + FRANCAIS)


def test_going_among_the_inhabitants_is_no_meeting(nlp):
    text = "Intro. Le ministre Paul Martin part à la rencontre des habitants des quartiers populaires."
    assert not meetings(nlp, text, MARTIN)


def test_a_dated_outing_among_the_french_stays(nlp):
    text = ("Intro. Paul Martin a annoncé qu'il irait mercredi à la rencontre des Français "
            "lors d'une cérémonie.")
    assert meetings(nlp, text, MARTIN + FRANCAIS)


def test_going_to_meet_a_named_person_stays(nlp):
    text = "Intro. Le ministre Paul Martin est allé vendredi à la rencontre de la maire Claire Dupont."
    assert meetings(nlp, text, MARTIN + DUPONT)


def test_going_to_meet_counterparts_stays(nlp):
    text = "Intro. Le ministre Paul Martin est parti à Bruxelles à la rencontre de ses homologues européens."
    assert meetings(nlp, text, MARTIN)
