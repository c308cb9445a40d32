"""The victim of the crime a legal action is about takes no part in the arrest, charge, trial or
acquittal of the accused: the object of a verb of harming, the complement of a culprit noun, the
one struck (events/crime_victims.py). The victim who files a complaint, and the one acted on,
stay. French sentences written for these tests."""
from __future__ import annotations

from test_events import names, nlp, run, typed  # noqa: F401  (the session pipeline fixture)

PEOPLE = [("Paul Martin", "Paul Martin", "person"), ("Claire Durand", "Claire Durand", "person"),
          ("Jean Petit", "Jean Petit", "person"), ("Marc Leroy", "Marc Leroy", "person")]


def legal(nlp, text):
    return typed(run(nlp, text, PEOPLE), "legal_action")


def test_the_one_struck_takes_no_part_in_the_charge(nlp):
    found = legal(nlp, "Intro. Jean Petit a été mis en examen mardi pour violences après avoir "
                       "porté trois coups de poing à Marc Leroy.")
    assert found and "Jean Petit" in names(found[0]) and "Marc Leroy" not in names(found[0])


def test_the_object_of_a_killing_in_a_relative_takes_no_part_in_the_acquittal(nlp):
    found = legal(nlp, "Intro. L'acquittement des deux gardiens qui avaient tué Paul Martin en 2010 a "
                       "provoqué la colère de la ville.")
    assert not any("Paul Martin" in names(e) for e in found)


def test_the_name_split_off_the_victim_description_takes_no_part(nlp):
    found = legal(nlp, "Intro. Le procès de trois soldats qui avaient abattu un étudiant, Paul Martin, "
                       "s'est ouvert lundi.")
    assert not any("Paul Martin" in names(e) for e in found)


def test_the_victim_of_a_culprit_noun_takes_no_part(nlp):
    found = legal(nlp, "Intro. L'acquittement du meurtrier de Claire Durand a choqué ses proches.")
    assert not any("Claire Durand" in names(e) for e in found)


def test_the_victim_of_the_accused_takes_no_part_in_the_trial(nlp):
    found = legal(nlp, "Intro. Le procès de l'agresseur de Paul Martin s'est ouvert lundi à Lyon.")
    assert not any("Paul Martin" in names(e) for e in found)


def test_the_culprit_renamed_after_a_comma_stays(nlp):
    # control: the name after the culprit's complement and a comma is the culprit, convicted
    found = legal(nlp, "Intro. Le tueur de la gare de Lyon, Jean Petit, a été condamné jeudi à la "
                       "réclusion criminelle à perpétuité.")
    assert found and "Jean Petit" in names(found[0])


def test_the_one_convicted_for_hitting_stays(nlp):
    found = legal(nlp, "Intro. Jean Petit a été condamné à deux ans de prison pour avoir frappé Marc Leroy.")
    assert found and "Jean Petit" in names(found[0]) and "Marc Leroy" not in names(found[0])


def test_the_victim_who_files_a_complaint_stays(nlp):
    found = legal(nlp, "Intro. Claire Durand a porté plainte contre Jean Petit, qui l'avait frappée.")
    assert found and "Claire Durand" in names(found[0])


def test_the_one_arrested_after_a_beating_stays(nlp):
    # control: the one struck is also the one arrested, under the verb of harming
    found = legal(nlp, "Intro. Les policiers ont frappé Paul Martin avant de l'arrêter.")
    assert not found or all("Paul Martin" in names(e) for e in found if names(e))


def test_the_one_arrested_stays(nlp):
    # control: no victim told, the one arrested stays
    found = legal(nlp, "Intro. Paul Martin a été arrêté mardi à son domicile.")
    assert found and "Paul Martin" in names(found[0])
