"""Resolutions only drafted, and what a draft aims at, are no sanction (events/draft.py), on
French sentences written for these tests: each negative test loses its false sanction, each
control keeps its true one."""
from __future__ import annotations

from test_events import nlp, run, typed  # noqa: F401  (the session pipeline fixture)

COUNCIL = ("Conseil de sécurité", "Conseil de sécurité", "organization")
LAOS = ("Laos", "Laos", "country")
PERU = ("Pérou", "Pérou", "country")
CHILE = ("Chili", "Chili", "country")
ACTORS = [COUNCIL, LAOS, PERU, CHILE]


def sanctions(nlp, text):
    return typed(run(nlp, "Intro. " + text, ACTORS), "sanction")


def test_a_rejected_resolution_is_no_sanction(nlp):
    assert sanctions(nlp, "Une résolution rejetée par le Conseil de sécurité visait le Pérou.") == []


def test_a_resolution_proposed_then_blocked_is_no_sanction(nlp):
    text = "La résolution proposée par le Laos a été bloquée par le Chili au Conseil de sécurité."
    assert sanctions(nlp, text) == []


def test_a_resolution_submitted_is_no_sanction(nlp):
    assert sanctions(nlp, "Le Laos a soumis au vote du Conseil de sécurité une résolution contre le Pérou.") == []


def test_a_resolution_a_member_opposed_stays(nlp):
    # a member that opposes a resolution is outvoted, or the vote is to come: it may be adopted
    text = "Le Chili s'est opposé à une résolution de l'Assemblée générale qui condamne le Pérou."
    assert sanctions(nlp, text) != []


def test_an_adoption_still_to_come_or_failed_is_no_sanction(nlp):
    assert sanctions(nlp, "Le Conseil de sécurité peine à adopter une résolution sur le Pérou.") == []
    assert sanctions(nlp, "Le Conseil de sécurité a échoué à adopter une résolution contre le Pérou.") == []


def test_what_a_draft_resolution_aims_at_is_no_sanction(nlp):
    text = "Le Conseil de sécurité examine un projet de résolution du Laos visant à sanctionner le Pérou."
    assert sanctions(nlp, text) == []
    text = "Une proposition de résolution du Laos prévoit des sanctions contre le Pérou."
    assert sanctions(nlp, text) == []


def test_an_adopted_resolution_is_kept(nlp):
    assert sanctions(nlp, "Le Conseil de sécurité a adopté mardi une résolution imposant un embargo contre le Pérou.")
    assert sanctions(nlp, "Le Conseil de sécurité a réussi à adopter une résolution contre le Pérou.")


def test_a_resolution_proposed_and_adopted_is_kept(nlp):
    text = "Le Conseil de sécurité a adopté la résolution présentée par le Laos contre le Pérou."
    assert sanctions(nlp, text)


def test_a_veto_of_a_resolution_stays_a_veto(nlp):
    text = "Le Laos a mis son veto à une résolution du Conseil de sécurité condamnant le Pérou."
    assert [e.trigger for e in sanctions(nlp, text)] == ["veto"]


def test_unit_states_of_a_resolution(nlp):
    from newsledger.extract.events.draft import is_unadopted_resolution
    implicative = frozenset({"réussir", "parvenir"})
    doc = nlp("Le projet de résolution a été adopté. Le projet de résolution a été rejeté.")
    first, second = [t for t in doc if t.lower_ == "résolution"]
    assert not is_unadopted_resolution(first, implicative)
    assert is_unadopted_resolution(second, implicative)
