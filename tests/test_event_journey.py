"""Meetings in another sense (issue 19, branch issue-19-meet9), on French sentences written for
these tests: a "voyage" that goes to no named place and is not told as official is a journey,
no visit (events/journey.py, option official_or_place); "le choc au sommet du championnat" is
the top of a league table (contexts.top_of); an interview "avec l'AFPTV" is given to the
agency's video service (contexts.media). Trips to a named place, official trips, "être du
voyage" and summits of actors stay."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def meetings(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "meeting"]


ALVAREZ = [("Pedro Alvarez", "Pedro Alvarez", "person")]
DUPONT = [("Jean Dupont", "Jean Dupont", "person")]
MACRON = [("Emmanuel Macron", "Emmanuel Macron", "person")]
XI = [("Xi Jinping", "Xi Jinping", "person")]
LE_MAIRE = [("Bruno Le Maire", "Bruno Le Maire", "person")]
RENAULT = [("Renault", "Renault", "organization")]
CLUBS = [("Olympique lyonnais", "Olympique lyonnais", "organization"),
         ("Paris Saint-Germain", "Paris Saint-Germain", "organization")]
CASTEX = [("Jean Castex", "Jean Castex", "person")]
UE = [("Union européenne", "Union européenne", "organization")]
MARTIN = [("Paul Martin", "Paul Martin", "person")]


def test_a_yearly_journey_is_no_visit(nlp):
    text = ("Intro. Depuis dix ans, Pedro Alvarez, un maçon portugais, fait le voyage chaque printemps "
            "pour travailler en Suisse.")
    assert not meetings(nlp, text, ALVAREZ)


def test_trips_told_by_their_means_of_travel_are_no_visit(nlp):
    text = "Intro. Le député Jean Dupont a effectué trois voyages à bord des avions de la compagnie Aerojet en mai."
    assert not meetings(nlp, text, DUPONT)


def test_a_trip_to_a_named_place_stays(nlp):
    text = "Intro. Lors de son voyage à Pékin, Emmanuel Macron a rencontré Xi Jinping."
    assert meetings(nlp, text, MACRON + XI)


def test_an_official_trip_stays(nlp):
    text = "Intro. Le premier voyage officiel du président Emmanuel Macron a été marqué par un dîner avec Xi Jinping."
    assert any(e.trigger.startswith("voyage") for e in meetings(nlp, text, MACRON + XI))


def test_those_who_are_of_the_party_stay(nlp):
    text = "Intro. Le ministre Bruno Le Maire et le patron de Renault étaient du voyage."
    assert meetings(nlp, text, LE_MAIRE + RENAULT)


def test_the_top_of_a_league_table_is_no_summit(nlp):
    text = ("Intro. Les supporters ont suivi le choc au sommet du championnat entre l'Olympique lyonnais "
            "et le Paris Saint-Germain.")
    assert not meetings(nlp, text, CLUBS)


def test_a_summit_of_actors_stays(nlp):
    text = "Intro. Le Premier ministre Jean Castex participera au sommet de l'Union européenne à Bruxelles jeudi."
    assert meetings(nlp, text, CASTEX + UE)


def test_an_interview_with_the_agency_video_service_is_no_meeting(nlp):
    text = ("Intro. « Nous sommes épuisés », a déclaré Paul Martin, un médecin de l'hôpital, "
            "dans un entretien avec l'AFPTV.")
    assert not meetings(nlp, text, MARTIN)
