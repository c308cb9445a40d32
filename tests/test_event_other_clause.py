"""Who says or thinks a complement clause with a subject of its own takes no part in the aid
that clause tells (events/other_clause.py). French sentences written for
these tests."""
from __future__ import annotations

from test_events import names, nlp, run, typed  # noqa: F401  (the session pipeline fixture)

ACTORS = [("Solidaris", "Solidaris", "organization"), ("Institut Veritas", "Institut Veritas", "organization"),
          ("Paul Martin", "Paul Martin", "person"), ("Liban", "Liban", "country"),
          ("Chili", "Chili", "country"), ("Pérou", "Pérou", "country")]


def of_type(nlp, text, etype):
    return typed(run(nlp, text, ACTORS), etype)


def listed(found, name):
    return any(name in names(e) for e in found)


def test_who_affirms_that_families_depend_on_aid_gives_none(nlp):
    found = of_type(nlp, "Intro. L'association Solidaris affirme que deux millions de familles dépendent "
                         "de l'aide alimentaire.", "aid")
    assert not listed(found, "Solidaris")


# controls: a pronoun subject of the clause may take the subject up; an infinitive with no
# subject of its own is the subject's act


def test_a_pronoun_subject_of_the_clause_keeps_the_subject(nlp):
    found = of_type(nlp, "Intro. L'association Solidaris a annoncé qu'elle avait envoyé une aide "
                         "alimentaire au Liban.", "aid")
    assert listed(found, "Solidaris")


def test_an_infinitive_of_the_subject_keeps_it(nlp):
    found = of_type(nlp, "Intro. L'association Solidaris a décidé d'envoyer une aide alimentaire au "
                         "Liban.", "aid")
    assert listed(found, "Solidaris")
