"""A legal action whose own words name the one acted on without a name ("plusieurs personnes ont
été arrêtées", "un homme a été mis en examen"): names outside its phrase (a victim, an employer,
a case's subject, what the suspects did) take no part, and the named authority that carries it
out or announces it stays (events/legal_crowd.py). French sentences written for these tests."""
from __future__ import annotations

from test_events import names, nlp, run, typed  # noqa: F401  (the session pipeline fixture)

PEOPLE = [("Paul Martin", "Paul Martin", "person"), ("Claire Dupont", "Claire Dupont", "person"),
          ("Solvexa", "Solvexa", "organization"), ("Serbie", "Serbie", "country"),
          ("police de Lyon", "police de Lyon", "organization"),
          ("parquet de Lyon", "parquet de Lyon", "organization")]


def events(nlp, text, event_type="legal_action"):
    return typed(run(nlp, text, PEOPLE), event_type)


def test_victim_and_employer_of_an_unnamed_crowd_arrest_take_no_part(nlp):
    found = events(nlp, "Intro. Plusieurs personnes ont été arrêtées après la mort de Paul Martin, "
                        "employé de la société Solvexa.")
    assert not any(names(e) & {"Paul Martin", "Solvexa"} for e in found)


def test_victim_beside_an_arrest_by_the_named_police_goes(nlp):
    found = events(nlp, "Intro. La police de Lyon a arrêté trois hommes après la mort de Paul Martin.")
    assert found and "police de Lyon" in names(found[0]) and "Paul Martin" not in names(found[0])


def test_cause_of_an_unnamed_singular_indictment_takes_no_part(nlp):
    found = events(nlp, "Intro. Un homme a été placé en garde à vue après l'agression de Claire Dupont "
                        "devant son domicile.")
    assert not any("Claire Dupont" in names(e) for e in found)


def test_named_suspects_stay(nlp):
    found = events(nlp, "Intro. Paul Martin et Claire Dupont ont été arrêtés après la fermeture de Solvexa.")
    assert found and {"Paul Martin", "Claire Dupont"} <= names(found[0])


def test_named_authority_announcing_stays(nlp):
    found = events(nlp, "Intro. L'arrestation d'un suspect a été annoncée mardi par le parquet de Lyon.")
    assert found and "parquet de Lyon" in names(found[0])


def test_unnamed_suspects_of_a_named_group_stay_with_it(nlp):
    found = events(nlp, "Intro. Deux militants de Solvexa ont été mis en examen.")
    assert found and "Solvexa" in names(found[0])


def test_who_orders_a_release_in_the_quote_stays(nlp):
    found = events(nlp, "Intro. « Je signerai demain un décret pour relâcher cent prisonniers », a déclaré "
                        "le président Paul Martin.")
    assert not found or "Paul Martin" in names(found[0])


def test_who_opens_an_inquiry_stays(nlp):
    found = events(nlp, "Intro. Le parquet de Lyon a ouvert une enquête préliminaire après la plainte de Solvexa.")
    assert found and "parquet de Lyon" in names(found[0])


def test_who_files_a_complaint_stays(nlp):
    found = events(nlp, "Intro. L'avocat Paul Martin a déposé mardi une plainte contre six anciens ministres.")
    assert found and "Paul Martin" in names(found[0])


def test_what_the_unnamed_suspects_did_takes_no_part(nlp):
    found = events(nlp, "Intro. Les quatre gardiens qui ont frappé Paul Martin sont désormais poursuivis par la justice.")
    assert not any("Paul Martin" in names(e) for e in found)


def test_group_of_the_unnamed_convicted_stays(nlp):
    found = events(nlp, "Intro. Deux personnes appartenant au groupe Solvexa ont été condamnées à la prison à vie.")
    assert found and "Solvexa" in names(found[0])
