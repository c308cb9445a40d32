"""A country named only as where another happening takes place: after "en", "dans" or "à", on
a word outside the trigger's phrase and off the words the trigger hangs on (a coordinated
verb, a relative or adverbial clause, another verb's complement). It is no actor of the
trigger's happening, for every type; a country inside the trigger's phrase or on the verbs
above it stays. Sentences are written for these tests."""
from __future__ import annotations

from tests.article_events import actors_of_type


def test_place_of_a_coordinated_verb_is_no_actor():
    found = actors_of_type("Le militant Paul Martin a été condamné à dix ans de prison et vit désormais en exil en Espagne.",
                           "legal_action")
    assert found and all("Espagne" not in names for names in found)
    assert any("Paul Martin" in names for names in found)


def test_place_of_a_relative_clause_is_no_actor():
    found = actors_of_type("L'Allemagne a arrêté un suspect qui avait séjourné en Syrie.", "legal_action")
    assert found and all("Syrie" not in names for names in found)
    assert any("Allemagne" in names for names in found)


def test_where_the_rescued_land_is_no_actor_of_the_rescue():
    found = actors_of_type("Les naufragés secourus par le navire Ocean Star ont commencé à débarquer lundi matin en Italie.",
                           "aid")
    assert all("Italie" not in names for names in found)


def test_places_of_the_trigger_and_of_the_verbs_above_stay():
    # controls: the protest "a eu lieu en France", the aid "envoyé des médecins en Italie"
    assert any("France" in names for names in actors_of_type(
        "La manifestation contre la réforme a eu lieu samedi en France, selon la CGT.", "protest"))
    assert any("Italie" in names for names in actors_of_type(
        "Le gouvernement a envoyé des médecins en Italie pour aider les hôpitaux.", "aid"))
