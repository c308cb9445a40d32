"""Countries named only by the nationality of someone or something, and sites where a
protest, attack or meeting takes place, take no part in it (issue 19; events/bystanders.py):
sentences written for these tests."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def of_type(events, etype):
    return [e for e in events if e.event_type == etype]


def actor_names(event):
    return {a.canonical_name for a in event.actors}


def test_nationality_of_an_arrested_tourist_is_no_actor(nlp):
    events = run(nlp, "Un touriste américain a été arrêté mardi à Lyon par les gendarmes.",
                 [("américain", "États-Unis", "country")])
    assert not of_type(events, "legal_action")


def test_nationality_of_an_army_names_the_state(nlp):
    events = run(nlp, "L'armée américaine a bombardé mardi un dépôt de munitions.",
                 [("américaine", "États-Unis", "country")])
    assert [e for e in of_type(events, "attack") if "États-Unis" in actor_names(e)]


def test_nationality_of_a_minister_names_the_state(nlp):
    events = run(nlp, "Le ministre britannique a condamné mardi les tirs contre le navire.",
                 [("britannique", "Royaume-Uni", "country")])
    assert [e for e in of_type(events, "statement") if "Royaume-Uni" in actor_names(e)]


def test_nationality_of_a_victim_is_no_actor(nlp):
    events = run(nlp, "Jean Dupont a condamné mardi l'arrestation d'un touriste allemand.",
                 [("Jean Dupont", "Jean Dupont", "person"), ("allemand", "Allemagne", "country")])
    assert not of_type(events, "legal_action")
    assert [actor_names(e) for e in of_type(events, "statement")] == [{"Jean Dupont"}]


def test_nationality_of_a_party_is_no_actor(nlp):
    events = run(nlp, "La formation palestinienne a réclamé mardi une enquête.",
                 [("palestinienne", "Palestine", "country")])
    assert not of_type(events, "statement")


def test_nationality_of_a_government_names_the_state(nlp):
    events = run(nlp, "Le gouvernement palestinien a réclamé mardi une enquête.",
                 [("palestinien", "Palestine", "country")])
    assert [e for e in of_type(events, "statement") if "Palestine" in actor_names(e)]


def test_nationals_who_protest_name_their_country(nlp):
    events = run(nlp, "Des milliers d'Allemands ont manifesté mardi à Berlin.",
                 [("Allemands", "Allemagne", "country")])
    assert [e for e in of_type(events, "protest") if "Allemagne" in actor_names(e)]


def test_a_people_named_by_its_demonym_acts(nlp):
    events = run(nlp, "Jean Dupont a rencontré mardi les Allemands à Lyon.",
                 [("Jean Dupont", "Jean Dupont", "person"), ("Allemands", "Allemagne", "country")])
    assert [e for e in of_type(events, "meeting") if "Allemagne" in actor_names(e)]


def test_site_of_a_protest_is_no_actor(nlp):
    events = run(nlp, "Des centaines d'étudiants ont manifesté mardi devant l'université Montclair.",
                 [("université Montclair", "université Montclair", "organization")])
    assert not of_type(events, "protest")


def test_protesters_named_beside_their_site_are_kept(nlp):
    events = run(nlp, "Le syndicat Solidaires a manifesté mardi devant l'université Montclair.",
                 [("Solidaires", "Solidaires", "organization"),
                  ("université Montclair", "université Montclair", "organization")])
    protests = of_type(events, "protest")
    assert protests and all(actor_names(e) == {"Solidaires"} for e in protests)


def test_a_body_met_is_no_site(nlp):
    events = run(nlp, "Jean Dupont a rencontré mardi le président de l'université Montclair.",
                 [("Jean Dupont", "Jean Dupont", "person"),
                  ("université Montclair", "université Montclair", "organization")])
    assert [e for e in of_type(events, "meeting") if "université Montclair" in actor_names(e)]


def test_site_of_a_meeting_is_no_actor(nlp):
    events = run(nlp, "Jean Dupont a rencontré mardi Paul Martin à l'hôtel Lutetia.",
                 [("Jean Dupont", "Jean Dupont", "person"), ("Paul Martin", "Paul Martin", "person"),
                  ("hôtel Lutetia", "hôtel Lutetia", "organization")])
    meetings = of_type(events, "meeting")
    assert meetings and all("hôtel Lutetia" not in actor_names(e) for e in meetings)


def test_a_country_named_like_its_nationals_is_no_nationality(nlp):
    events = run(nlp, "Jean Dupont a rencontré mardi la Suisse à Genève.",
                 [("Jean Dupont", "Jean Dupont", "person"), ("Suisse", "Suisse", "country")])
    assert [e for e in of_type(events, "meeting") if "Suisse" in actor_names(e)]


def test_nationality_of_speakers_is_no_speaker(nlp):
    """An act of speech: a nationality adjective on its subject's noun of people only tells
    who the speakers are ("les opposants russes"), the state does not speak."""
    events = run(nlp, "Les opposants russes ont dénoncé mardi une farce électorale.",
                 [("russes", "Russie", "country")])
    assert not [e for e in of_type(events, "statement") if "Russie" in actor_names(e)]


def test_nationality_of_an_agent_of_a_passive_speech_verb_is_no_speaker(nlp):
    events = run(nlp, "Le ministre est accusé de mensonge par une journaliste allemande.",
                 [("allemande", "Allemagne", "country")])
    assert not [e for e in of_type(events, "statement") if "Allemagne" in actor_names(e)]


def test_nationality_of_speaking_diplomats_names_the_state(nlp):
    events = run(nlp, "Les diplomates russes ont dénoncé mardi une provocation.",
                 [("russes", "Russie", "country")])
    assert [e for e in of_type(events, "statement") if "Russie" in actor_names(e)]


def test_nationals_who_protest_still_name_their_country(nlp):
    events = run(nlp, "Les manifestants thaïlandais ont défilé mardi à Bangkok.",
                 [("thaïlandais", "Thaïlande", "country")])
    assert [e for e in of_type(events, "protest") if "Thaïlande" in actor_names(e)]


def test_country_of_place_in_a_speaker_subject_does_not_speak(nlp):
    events = run(nlp, "Les évêques en Allemagne ont appelé mardi à la prudence.",
                 [("Allemagne", "Allemagne", "country")])
    assert not [e for e in of_type(events, "statement") if "Allemagne" in actor_names(e)]


def test_country_whose_embassy_speaks_is_kept(nlp):
    events = run(nlp, "L'ambassade de France à Moscou a dénoncé mardi une provocation.",
                 [("France", "France", "country"), ("Moscou", "Moscou", "city")])
    assert [e for e in of_type(events, "statement") if "France" in actor_names(e)]


def test_a_national_named_alone_is_no_speaking_state(nlp):
    """A demonym noun with a singular determiner names one national: his words are not his
    state's."""
    events = run(nlp, "Un jeune Libanais a dénoncé mardi la corruption des élus.",
                 [("Libanais", "Liban", "country")])
    assert not [e for e in of_type(events, "statement") if "Liban" in actor_names(e)]


def test_many_nationals_who_complain_are_no_speaking_state(nlp):
    events = run(nlp, "De nombreux Italiens se sont plaints de la fermeture des écoles.",
                 [("Italiens", "Italie", "country")])
    assert not [e for e in of_type(events, "statement") if "Italie" in actor_names(e)]


def test_most_nationals_who_demand_are_no_speaking_state(nlp):
    events = run(nlp, "La plupart des Espagnols réclament une baisse des impôts.",
                 [("Espagnols", "Espagne", "country")])
    assert not [e for e in of_type(events, "statement") if "Espagne" in actor_names(e)]


def test_the_french_public_is_no_speaking_state(nlp):
    """'Les Français' in the French press are its readers' fellow citizens, not the state."""
    events = run(nlp, "Les Français réclament une hausse des salaires, selon un sondage.",
                 [("Français", "France", "country")])
    assert not [e for e in of_type(events, "statement") if "France" in actor_names(e)]


def test_a_people_named_as_a_whole_still_speaks(nlp):
    events = run(nlp, "Les Palestiniens ont rejeté mardi le plan de paix.",
                 [("Palestiniens", "Palestine", "country")])
    assert [e for e in of_type(events, "statement") if "Palestine" in actor_names(e)]


def test_country_off_whose_coast_a_rescue_happens_is_no_actor(nlp):
    events = run(nlp, "L'association Mer Libre a secouru jeudi quarante naufragés au large de la Tunisie.",
                 [("Mer Libre", "Mer Libre", "organization"), ("Tunisie", "Tunisie", "country")])
    rescues = of_type(events, "aid")
    assert rescues and not [e for e in rescues if "Tunisie" in actor_names(e)]


def test_country_near_which_an_agreement_is_signed_is_no_actor(nlp):
    events = run(nlp, "Les deux compagnies ont signé lundi un accord près de la Bulgarie.",
                 [("Bulgarie", "Bulgarie", "country")])
    assert not [e for e in of_type(events, "agreement") if "Bulgarie" in actor_names(e)]


def test_country_an_aid_is_sent_to_is_kept(nlp):
    events = run(nlp, "La Norvège a envoyé jeudi une aide humanitaire en Tunisie.",
                 [("Norvège", "Norvège", "country"), ("Tunisie", "Tunisie", "country")])
    assert [e for e in of_type(events, "aid") if "Tunisie" in actor_names(e)]


def test_country_that_rescues_off_a_coast_is_kept(nlp):
    events = run(nlp, "La Tunisie a secouru jeudi quarante naufragés au large de ses côtes.",
                 [("Tunisie", "Tunisie", "country")])
    assert [e for e in of_type(events, "aid") if "Tunisie" in actor_names(e)]
