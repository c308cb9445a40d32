"""Private words told as statements (events/private_speech.py): words the press reveals
("révèle Le Parisien", "selon les révélations du Parisien"), words under a verb in the
conditional of hearsay ("n'aurait pas hésité à critiquer"), and the words of a private person
the article presents by a bare description or by kinship ("X, enseignante à Lyon", "X, la maman
de Y", "sa mère, X") are no public act of speech; a minister's statement reported by a
newspaper, or attributed to a named official, stays. French sentences written for these tests."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

PEOPLE = [("Paul Martin", "Paul Martin", "person"), ("Claire Dupont", "Claire Dupont", "person"),
          ("Julien", "Julien", "person"), ("Le Parisien", "Le Parisien", "organization")]


def statements(nlp, text):
    return [e for e in run(nlp, text, PEOPLE) if e.event_type == "statement"]


def test_an_offer_revealed_by_a_newspaper_is_no_statement(nlp):
    assert not statements(nlp, "Intro. Le ministre Paul Martin a proposé à Claire Dupont de rejoindre "
                               "le gouvernement, révèle Le Parisien mercredi.")


def test_an_offer_revealed_with_the_inverted_medium_after_a_date_is_no_statement(nlp):
    assert not statements(nlp, "Intro. Paul Martin a proposé à Claire Dupont de rejoindre son équipe, "
                               "a révélé mercredi Le Parisien.")


def test_an_offer_credited_to_a_newspaper_s_revelations_is_no_statement(nlp):
    assert not statements(nlp, "Intro. Selon les révélations du Parisien, Paul Martin a proposé à "
                               "Claire Dupont de rejoindre son équipe.")


def test_criticism_under_a_conditional_verb_is_no_statement(nlp):
    assert not statements(nlp, "Intro. Le ministre Paul Martin n'aurait pas hésité à critiquer ses "
                               "collaborateurs lors du conseil, rapporte Le Parisien.")


def test_a_private_person_presented_by_a_bare_occupation_is_no_statement(nlp):
    assert not statements(nlp, "Intro. « Nous n'avons plus rien », a regretté Claire Dupont, "
                               "enseignante dans une école de Lyon.")


def test_a_private_person_presented_as_someone_s_mother_is_no_statement(nlp):
    assert not statements(nlp, "Intro. « Ils ont tué mon fils », dénonce Claire Dupont, la maman de Julien.")


def test_a_relative_named_in_apposition_to_a_kinship_noun_is_no_statement(nlp):
    assert not statements(nlp, "Intro. « Ils ont tué mon fils », a dénoncé sa mère, Claire Dupont, "
                               "venue pour les obsèques.")


def test_a_statement_reported_by_a_newspaper_stays(nlp):
    assert statements(nlp, "Intro. Le ministre Paul Martin a dénoncé mardi la réforme des retraites, "
                           "rapporte Le Parisien.")


def test_criticism_not_in_the_conditional_stays(nlp):
    assert statements(nlp, "Intro. Le ministre Paul Martin n'a pas hésité à critiquer la réforme "
                           "lors de sa conférence de presse.")


def test_a_minister_in_apposition_stays(nlp):
    assert statements(nlp, "Intro. « Ce projet est une faute », a dénoncé Paul Martin, ministre de l'Intérieur.")


def test_a_relative_who_holds_an_office_stays(nlp):
    assert statements(nlp, "Intro. « Ce projet est une faute », a dénoncé son père, Paul Martin, président du parti.")
