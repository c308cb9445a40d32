"""A personal pronoun takes up the description subject of the sentence before ("l'élu
écologiste", "le ministre") and names whom that description names, not another name of that
sentence (events/described_antecedent.py). French sentences written for these tests."""
from __future__ import annotations

from test_events import names, nlp, run, typed  # noqa: F401  (the session pipeline fixture)

PEOPLE = [("Paul Martin", "Paul Martin", "person"), ("Claire Durand", "Claire Durand", "person"),
          ("Le Courrier", "Le Courrier", "organization"), ("Kremlin", "Kremlin", "organization")]


def statements(nlp, text):
    return typed(run(nlp, text, PEOPLE), "statement")


def denounced(found):
    return [e for e in found if "dénon" in e.trigger]


def test_a_pronoun_taking_up_an_unnamed_official_names_no_medium(nlp):
    found = statements(nlp, "Intro. Dans un courrier révélé par Le Courrier, l'élu écologiste interpelle le "
                            "préfet. Il dénonce un projet coûteux et inutile.")
    assert not any("Le Courrier" in names(e) for e in denounced(found))


def test_a_pronoun_taking_up_a_minister_names_the_minister_not_whom_he_wrote_to(nlp):
    found = statements(nlp, "Intro. Paul Martin a été nommé ministre en mai. Le ministre a écrit à Claire "
                            "Durand lundi. Il a dénoncé une campagne de dénigrement.")
    assert denounced(found) and names(denounced(found)[0]) == {"Paul Martin"}


# controls: a description already taken up through a subject, one of the other gender, a spokesman
def test_a_former_minister_named_as_a_subject_before_is_taken_up(nlp):
    found = statements(nlp, "Intro. Paul Martin a quitté le gouvernement en mai. Interrogé par Le Courrier, "
                            "l'ancien ministre a évoqué ses projets. Il a dénoncé une campagne de dénigrement.")
    assert denounced(found) and names(denounced(found)[0]) == {"Paul Martin"}


def test_a_description_of_the_other_gender_is_not_taken_up(nlp):
    found = statements(nlp, "Intro. Paul Martin a défendu le texte mardi. Interrogée par Le Courrier, la "
                            "sénatrice a répondu aux critiques. Il a dénoncé une campagne de dénigrement.")
    assert denounced(found) and names(denounced(found)[0]) == {"Paul Martin"}


def test_a_spokesman_is_left_to_the_rules_of_offices(nlp):
    found = statements(nlp, "Intro. Le porte-parole du Kremlin a répondu à Paul Martin lundi. Il a dénoncé "
                            "une campagne de dénigrement.")
    assert denounced(found) and "Kremlin" in names(denounced(found)[0])
