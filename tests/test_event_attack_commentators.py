"""Who tells, judges or announces something else with an attack or a legal action as its
backdrop or its landmark of time or place takes no part in it (events/legal.telling_verbs with
landmark.opens_landmark and data/legal.json announcing_verb; participants.collect_actors: such a
subject, named or described, is not brought back as the doer through its title). French
sentences written for these tests; the real parties stay."""
from __future__ import annotations

from test_events import names, nlp, run, typed  # noqa: F401  (the session pipeline fixture)

PEOPLE = [("Paul Martin", "Paul Martin", "person"), ("Claire Dupont", "Claire Dupont", "person"),
          ("Serbie", "Serbie", "country"), ("Front du Nord", "Front du Nord", "organization")]


def events(nlp, text, event_type):
    return typed(run(nlp, text, PEOPLE), event_type)


def test_who_explains_after_an_attack_takes_no_part(nlp):
    found = events(nlp, "Intro. Paul Martin expliquait, après une attaque à Belgrade, que la vigilance "
                        "restait de mise dans les grandes villes.", "attack")
    assert not any("Paul Martin" in names(e) for e in found)


def test_a_described_teller_after_an_attack_is_not_taken_up(nlp):
    found = events(nlp, "Intro. Paul Martin est le maire de Lyon. Le maire de Lyon soulignait, au lendemain "
                        "de l'attentat, que la ville resterait ouverte.", "attack")
    assert not any("Paul Martin" in names(e) for e in found)


def test_who_announces_with_the_attack_as_backdrop_takes_no_part(nlp):
    found = events(nlp, "Intro. Alors que trois touristes ont été blessés dans la fusillade, la ministre "
                        "Claire Dupont a annoncé que deux autres étaient portés disparus.", "attack")
    assert not any("Claire Dupont" in names(e) for e in found)


def test_who_announces_an_attack_as_what_is_announced_stays(nlp):
    found = events(nlp, "Intro. Le Front du Nord a annoncé une offensive contre la Serbie.", "attack")
    assert found and "Front du Nord" in names(found[0])


def test_announcer_whose_told_clause_names_them_again_stays(nlp):
    found = events(nlp, "Intro. Alors que deux soldats ont été tués dans l'offensive contre la Serbie, le "
                        "Front du Nord a annoncé que ses troupes tenaient la ville.", "attack")
    assert found and "Front du Nord" in names(found[0])


def test_the_doer_named_in_the_landmark_stays(nlp):
    found = events(nlp, "Intro. Paul Martin a déclaré, après l'attaque du Front du Nord contre la Serbie, "
                        "que la paix était loin.", "attack")
    assert found and {"Front du Nord", "Serbie"} & names(found[0]) and "Paul Martin" not in names(found[0])


def test_the_description_subject_of_a_clause_dated_by_an_attack_is_not_its_doer(nlp):
    found = events(nlp, "Intro. Paul Martin est le ministre de l'Intérieur. Depuis l'attentat du 3 mai, le "
                        "ministre de l'Intérieur fait face à de nombreuses critiques.", "attack")
    assert not any("Paul Martin" in names(e) for e in found)


def test_the_doer_of_an_attack_named_as_a_landmark_by_its_own_agent_stays(nlp):
    found = events(nlp, "Intro. Depuis l'invasion de la Serbie par le Front du Nord, Paul Martin vit à Paris.",
                   "attack")
    assert found and "Front du Nord" in names(found[0]) and "Paul Martin" not in names(found[0])


def test_who_represents_the_victims_of_an_attack_takes_no_part(nlp):
    found = events(nlp, "Intro. Me Paul Martin, qui représente plusieurs victimes des attentats de mars, a "
                        "déposé une plainte.", "attack")
    assert not any("Paul Martin" in names(e) for e in found)


def test_who_is_among_the_victims_of_an_attack_stays(nlp):
    found = events(nlp, "Intro. Paul Martin figure parmi les victimes de l'attentat commis par le Front du Nord.",
                   "attack")
    assert found and "Paul Martin" in names(found[0])


def test_a_pronoun_subject_of_a_clause_dated_by_an_attack_is_still_resolved(nlp):
    found = events(nlp, "Intro. Paul Martin a quitté la Serbie en mai. Après l'attentat du 3 juin, il a fui "
                        "vers le sud.", "attack")
    assert found and "Paul Martin" in names(found[0])


def test_who_goes_to_pay_tribute_to_the_victims_of_an_attack_takes_no_part(nlp):
    found = events(nlp, "Intro. C'est Paul Martin qui se rendra à Belgrade pour rendre hommage aux victimes "
                        "de l'attaque de mardi.", "attack")
    assert not any("Paul Martin" in names(e) for e in found)


def test_the_attacker_of_a_clause_with_a_purpose_infinitive_stays(nlp):
    found = events(nlp, "Intro. Le Front du Nord a attaqué la Serbie pour venger les victimes de la guerre.",
                   "attack")
    assert found and "Front du Nord" in names(found[0])


def test_the_child_named_for_a_parent_takes_no_part_in_a_war(nlp):
    found = events(nlp, "Intro. Après trois ans d'une guerre qui a fait des milliers de morts, le papa de Paul "
                        "Martin n'a plus d'espoir.", "attack")
    assert not any("Paul Martin" in names(e) for e in found)


def test_who_recalls_an_attack_in_a_participle_clause_takes_no_part(nlp):
    found = events(nlp, "Intro. Paul Martin s'est exprimé jeudi, rappelant que depuis mai, il y a eu trois "
                        "attentats à Belgrade.", "attack")
    assert not any("Paul Martin" in names(e) for e in found)


def test_who_tells_of_an_attack_of_their_own_in_an_infinitive_stays(nlp):
    found = events(nlp, "Intro. Le Front du Nord a publié une vidéo jeudi, affirmant avoir attaqué une caserne "
                        "de l'armée serbe.", "attack")
    assert found and "Front du Nord" in names(found[0])


def test_who_speaks_after_an_attack_dated_by_suite_a_takes_no_part(nlp):
    found = events(nlp, "Intro. Paul Martin avait fait ces déclarations suite aux attentats de Belgrade.",
                   "attack")
    assert not any("Paul Martin" in names(e) for e in found)


def test_the_doer_of_an_attack_dated_by_suite_a_stays(nlp):
    found = events(nlp, "Intro. Suite aux attentats commis par le Front du Nord à Belgrade, Paul Martin a "
                        "démissionné.", "attack")
    assert found and "Front du Nord" in names(found[0]) and "Paul Martin" not in names(found[0])
