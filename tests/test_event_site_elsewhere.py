"""A town, district or site named only as where something else in the sentence happens takes
no part in the event (issue 19, events.site_elsewhere): the phrase of place of another word
than the trigger, headed by a noun of a building, a part of a town or a settlement. The
trigger's own place and a country are left to the other rules. Sentences written for these
tests."""
from __future__ import annotations

from test_events import names, nlp, run, typed  # noqa: F401  (the session pipeline fixture)

PRISON = ("centre pénitentiaire de Montbrison", "centre pénitentiaire de Montbrison", "organization")
TOWN = ("Saint-Aubin", "Saint-Aubin", "location")
HOSPITAL = ("hôpital Saint-Louis", "hôpital Saint-Louis", "organization")
DUPONT = ("Jean Dupont", "Jean Dupont", "person")
FRANCE = ("France", "France", "country", "FR")


def with_name(events, name):
    return [e for e in events if name in names(e)]


def test_a_prison_where_a_riot_goes_on_is_not_the_convicts_party(nlp):
    text = ("Une mutinerie est en cours depuis lundi dans le centre pénitentiaire de Montbrison, "
            "dans l'aile des détenus condamnés à de longues peines.")
    events = run(nlp, text, [PRISON])
    assert not with_name(events, "centre pénitentiaire de Montbrison"), events


def test_a_district_where_the_police_act_does_not_clash(nlp):
    text = ("Des affrontements ont éclaté dimanche soir dans les rues, la police faisant usage "
            "de gaz lacrymogène dans le quartier commerçant de Saint-Aubin.")
    events = run(nlp, text, [TOWN])
    assert not with_name(events, "Saint-Aubin"), events


def test_the_hospital_where_the_speaker_lies_is_not_a_speaker(nlp):
    text = ("Hospitalisé depuis lundi à l'hôpital Saint-Louis, Jean Dupont a dénoncé la réforme "
            "des retraites.")
    [ev] = typed(run(nlp, text, [DUPONT, HOSPITAL]), "statement")
    assert names(ev) == {"Jean Dupont"}, ev


def test_the_hospital_where_the_suspect_lies_takes_no_part_in_his_charge(nlp):
    text = "Jean Dupont, soigné à l'hôpital Saint-Louis, a été mis en examen mardi pour corruption."
    [ev] = typed(run(nlp, text, [DUPONT, HOSPITAL]), "legal_action")
    assert names(ev) == {"Jean Dupont"}, ev


def test_a_town_where_the_speaker_was_is_not_a_speaker(nlp):
    # control: passes on both (the town never reached the statement)
    text = ("Jean Dupont, qui se trouvait mardi dans la ville de Saint-Aubin, a dénoncé "
            "la réforme des retraites.")
    events = typed(run(nlp, text, [DUPONT, TOWN]), "statement")
    assert events and all("Saint-Aubin" not in names(e) for e in events), events
    assert any("Jean Dupont" in names(e) for e in events), events


def test_a_country_where_it_happens_is_left_to_its_precedents(nlp):
    # control: a country is never taken out by this rule (the country of an attack)
    text = "Jean Dupont a été arrêté mardi, après une attaque qui a fait trois morts en France."
    events = typed(run(nlp, text, [DUPONT, FRANCE]), "attack")
    assert any("France" in names(e) for e in events), events


def test_the_speaker_stays(nlp):
    # control: the speaker of a statement made in a town stays its source
    text = "Jean Dupont a dénoncé mardi la réforme des retraites lors d'un meeting."
    events = typed(run(nlp, text, [DUPONT]), "statement")
    assert any("Jean Dupont" in names(e) for e in events), events
