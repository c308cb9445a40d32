"""The six event types added with issue 19 (attack, agreement, election, legal_action,
protest, aid), the speech acts and support-verb constructions of statements, statement
kinds, and the precision rules that keep interviews, court sentences and calls out.
Sentences are written for these tests."""
from __future__ import annotations

import json

import pytest

from newsledger.extract.events.lexicon import KINDS_PATH, VERB_CLASSES_PATH, load_lexicon
from newsledger.extract.events.matcher import SPANS_KEY as TRIGGER_SPANS, find_trigger_matches
from newsledger.extract.events.support import SPANS_KEY
from newsledger.records import EVENT_TYPES, STATEMENT_KINDS
from test_events import nlp, roles, run  # noqa: F401  (the session pipeline fixture)

FR, DE, PM = ("France", "France", "country"), ("Allemagne", "Allemagne", "country"), \
    ("Paul Martin", "Paul Martin", "person")


def of_type(events, event_type):
    return [e for e in events if e.event_type == event_type]


@pytest.mark.parametrize("text, actors, event_type, expected", [
    ("L'armée russe a bombardé la ville de Kiev mardi.",
     [("armée russe", "armée russe", "organization")], "attack", {"armée russe": "source"}),
    ("La France et l'Allemagne ont signé lundi un traité de coopération.", [FR, DE], "agreement", None),
    ("Paul Martin a été élu président dimanche.", [PM], "election", {"Paul Martin": "target"}),
    ("La police a arrêté Paul Martin mardi à Lyon.", [PM], "legal_action", {"Paul Martin": "target"}),
    # a protest needs a protester named: whom it is against alone is no actor taking part
    ("Les militants de la CGT ont manifesté samedi contre Paul Martin.",
     [PM, ("CGT", "CGT", "organization")], "protest", {"Paul Martin": "target"}),
    ("La France a accordé une aide humanitaire à l'Allemagne.", [FR, DE], "aid",
     {"France": "source", "Allemagne": "target"}),
])
def test_new_event_types(nlp, text, actors, event_type, expected):
    found = of_type(run(nlp, text, actors), event_type)
    assert len(found) == 1, run(nlp, text, actors)
    if expected:
        assert {k: v for k, v in roles(found[0]).items() if k in expected} == expected
    assert found[0].statement_kind is None


@pytest.mark.parametrize("text, actors, kind", [
    ("La France a dénoncé les tirs de l'Allemagne.", [FR, DE], "disapprove"),
    ("La France a de nouveau mis en garde l'Allemagne.", [FR, DE], "threaten"),
    ("Paul Martin a présenté ses excuses à l'Allemagne.", [PM, DE], "acknowledge"),
    ("La France a convoqué l'ambassadeur de l'Allemagne.", [FR, DE], "disapprove"),
    ("La France a démenti les informations de l'Allemagne.", [FR, DE], "reject"),
    ("La France a exhorté l'Allemagne à agir.", [FR, DE], "appeal"),
    ("La France a réclamé la libération de Paul Martin.", [FR, PM], "demand"),
    ("Paul Martin a rendu hommage à l'Allemagne.", [PM, DE], "praise"),
])
def test_speech_acts_are_statements_with_their_kind(nlp, text, actors, kind):
    found = of_type(run(nlp, text, actors), "statement")
    assert len(found) == 1, run(nlp, text, actors)
    assert found[0].statement_kind == kind
    assert roles(found[0]).get(actors[0][1]) == "source"


def test_a_speech_act_on_an_event_keeps_the_event_out_of_the_speakers_hands(nlp):
    events = run(nlp, "La France a dénoncé les bombardements de l'Allemagne.", [FR, DE])
    assert of_type(events, "statement")
    attack = of_type(events, "attack")
    assert attack and roles(attack[0]).get("France") != "source"


def test_expelled_diplomats_are_a_sanction(nlp):
    events = run(nlp, "La France a expulsé deux diplomates allemands.", [FR])
    assert [e.event_type for e in events] == ["sanction"]


def test_press_interview_is_no_meeting(nlp):
    text = "Dans un entretien accordé au journal Le Monde, Paul Martin défend sa politique."
    assert of_type(run(nlp, text, [PM, ("Le Monde", "Le Monde", "organization")]), "meeting") == []


def test_court_sentence_is_legal_action_not_statement(nlp):
    text = "Paul Martin a été condamné à cinq ans de prison par le tribunal."
    events = run(nlp, text, [PM])
    assert [e.event_type for e in events] == ["legal_action"]


def test_being_in_agreement_or_calling_for_a_ceasefire_is_no_agreement(nlp):
    assert of_type(run(nlp, "Paul Martin est d'accord avec la France.", [PM, FR]), "agreement") == []
    text = "La France a appelé à un cessez-le-feu avec l'Allemagne."
    events = run(nlp, text, [FR, DE])
    assert of_type(events, "agreement") == [] and of_type(events, "statement")


def test_killing_needs_a_named_victim(nlp):
    text = "Le virus a tué des milliers de personnes en France."
    assert of_type(run(nlp, text, [FR]), "attack") == []


def test_every_statement_has_a_kind_and_only_statements_do(nlp):
    text = ("La France a condamné l'Allemagne. Paul Martin a publié un communiqué. "
            "La police a arrêté Paul Martin.")
    events = run(nlp, text, [FR, DE, PM])
    assert {e.event_type for e in events} >= {"statement", "legal_action"}
    for e in events:
        assert (e.statement_kind in STATEMENT_KINDS) if e.event_type == "statement" \
            else e.statement_kind is None


def test_support_component_writes_its_spans(nlp):
    assert "newsledger_event_support" in nlp.pipe_names
    doc = nlp("Le ministre a mis en garde ses voisins.")
    assert [(s.text, s.label_) for s in doc.spans[SPANS_KEY]] == [("mis", "statement")]
    assert len(doc._.event_support) == 1


def test_trigger_component_matches_words_and_phrases_on_lemma_and_form(nlp):
    assert "newsledger_event_triggers" in nlp.pipe_names
    doc = nlp("Paul Martin a été placé en garde à vue après les manifestations.")
    spans = {(s.text, s.label_) for s in doc.spans[TRIGGER_SPANS]}
    assert ("garde à vue", "legal_action") in spans and ("manifestations", "word") in spans
    assert doc._.event_triggers == find_trigger_matches(doc)


def test_data_files_name_their_sources_and_use_known_names():
    classes = json.loads(VERB_CLASSES_PATH.read_text(encoding="utf-8"))
    kinds = json.loads(KINDS_PATH.read_text(encoding="utf-8"))
    assert "Verb∋Net" in classes["source"] and "CC BY-SA" in classes["source"]
    assert "CAMEO" in kinds["source"]
    for table in ("verbs", "nouns"):
        for entry in classes[table].values():
            assert entry["event_type"] in EVENT_TYPES
            assert entry.get("statement_kind", "other") in STATEMENT_KINDS
    assert set(kinds["lemmas"].values()) <= set(STATEMENT_KINDS)
    lex = load_lexicon()
    assert {r.event_type for _, _, _, r in lex.support} <= set(EVENT_TYPES)
    # entries lifted from single texts are gone
    assert "désintérêt" not in lex.contexts["irrealis"] and "condamnant" not in lex.contexts["sanction_body"]
    assert not any(words == ("rejeter", "le", "accusation") for words, _ in lex.phrases)


def test_other_senses_of_speech_and_meeting_words(nlp):
    # "dénoncer un traité" is a withdrawal, not a speech act; "rien n'empêchait de discuter"
    # tells of no talks
    text = "La France a dénoncé le traité signé avec l'Allemagne."
    assert of_type(run(nlp, text, [FR, DE]), "statement") == []
    text = "Rien n'empêchait la France de discuter avec l'Allemagne."
    assert of_type(run(nlp, text, [FR, DE]), "meeting") == []


@pytest.mark.parametrize("text", [
    "Interpellé par la police peu après les faits, Paul Martin a reconnu avoir menti aux enquêteurs.",
    "Les deux personnes arrêtées par la police de la France sont en détention.",
])
def test_the_arrested_may_be_the_subject_a_fronted_participle_qualifies(nlp, text):
    assert of_type(run(nlp, text, [PM, FR]), "legal_action")


@pytest.mark.parametrize("text, actors, event_type", [
    ("Le Conseil constitutionnel a rejeté les comptes de campagne de Paul Martin.",
     [PM, ("Conseil constitutionnel", "Conseil constitutionnel", "organization")], "legal_action"),
    ("Paul Martin a été condamné pour corruption par le tribunal de Paris.", [PM], "legal_action"),
    ("La France a condamné l'attaque contre l'Allemagne.", [FR, DE], "statement"),
])
def test_courts_rule_and_condemned_people_are_sentenced(nlp, text, actors, event_type):
    assert {e.event_type for e in run(nlp, text, actors)} == {event_type}


@pytest.mark.parametrize("text, expected", [
    ("La France et l'Allemagne sont parvenues lundi à un accord sur le gaz.", 1),
    ("L'accord signé en 2015 par la France et l'Allemagne a expiré.", 1),
    ("Paul Martin a retiré la France de l'accord avec l'Allemagne.", 0),
])
def test_an_agreement_is_a_happening_when_concluded(nlp, text, expected):
    assert len(of_type(run(nlp, text, [FR, DE, PM]), "agreement")) == expected


def test_a_passive_pronoun_is_the_one_acted_on(nlp):
    text = "Paul Martin est rentré en France. Il avait été arrêté en mars à Moscou."
    found = of_type(run(nlp, text, [PM, FR]), "legal_action")
    assert len(found) == 1 and roles(found[0]).get("Paul Martin") == "target"


def test_an_arrest_and_a_conviction_are_two_happenings(nlp):
    text = ("Paul Martin a été arrêté mardi par la police de Lyon. Le tribunal a condamné Paul "
            "Martin jeudi à deux ans de prison.")
    assert len(of_type(run(nlp, text, [PM]), "legal_action")) == 2


@pytest.mark.parametrize("text", [
    "La justice russe vient de libérer le banquier français Paul Martin, détenu depuis février.",
    "Paul Martin a été placé en liberté conditionnelle mardi en France.",
])
def test_releases_of_a_named_detainee(nlp, text):
    assert of_type(run(nlp, text, [PM, FR]), "legal_action")


def test_the_subject_speaks_through_the_medium_in_dans(nlp):
    text = "Dans un communiqué publié mercredi, la France a diffusé une liste de dix noms."
    found = of_type(run(nlp, text, [FR]), "statement")
    assert found and roles(found[0]).get("France") == "source"


def test_counted_victims_of_a_named_actor_and_not_of_a_disease(nlp):
    army = ("armée russe", "armée russe", "organization")
    assert of_type(run(nlp, "L'armée russe a tué 13 manifestants pacifistes à Kiev.", [army]), "attack")
    assert not of_type(run(nlp, "Le virus a déjà tué 400 personnes en France.", [FR]), "attack")


def test_ce_dernier_takes_up_the_actor_just_named(nlp):
    text = "Paul Martin est un ami de la France. Ce dernier a rendu hommage à la victime."
    found = of_type(run(nlp, text, [PM, FR]), "statement")
    assert found and roles(found[0]).get("Paul Martin") == "source"


def test_the_reporting_source_takes_no_part(nlp):
    text = "Après sa rencontre avec Paul Martin mardi, le président est revenu sur la polémique, selon Europe 1."
    found = of_type(run(nlp, text, [PM, ("Europe 1", "Europe 1", "organization")]), "meeting")
    assert all("Europe 1" not in roles(e) for e in found)


def test_unanswered_calls_are_no_appeal(nlp):
    text = "Les appels de la France à l'Allemagne sont restés sans réponse."
    assert not of_type(run(nlp, text, [FR, DE]), "statement")


def test_coming_to_power_is_an_election_event(nlp):
    text = "Depuis l'arrivée au pouvoir de Paul Martin en 2017, la France a changé."
    assert of_type(run(nlp, text, [PM, FR]), "election")


@pytest.mark.parametrize("text, actors, event_type, expected", [
    ("Paul Martin a bénéficié d'une grâce accordée par la France.", [PM, FR], "legal_action",
     {"France": "source"}),
    ("L'ambassadeur de France convoqué mardi par l'Allemagne a quitté Berlin.", [FR, DE],
     "statement", {"Allemagne": "source"}),
])
def test_support_construction_with_the_verb_as_participle_of_its_noun(nlp, text, actors,
                                                                      event_type, expected):
    found = of_type(run(nlp, text, actors), event_type)
    assert len(found) == 1, run(nlp, text, actors)
    assert {k: v for k, v in roles(found[0]).items() if k in expected} == expected


def test_a_court_hearing_is_a_legal_action_an_audience_granted_is_not(nlp):
    court = ("Le tribunal de Lyon", "tribunal de Lyon", "organization")
    hearing = run(nlp, "L'audience de Paul Martin aura lieu mardi devant le tribunal de Lyon.",
                  [PM, court])
    assert [e.event_type for e in hearing] == ["legal_action"]
    assert not of_type(run(nlp, "La France a accordé une audience à Paul Martin.", [FR, PM]),
                       "legal_action")


def test_an_appeal_before_a_court_is_no_statement(nlp):
    text = "Paul Martin attend son procès en appel, a indiqué la France."
    assert not of_type(run(nlp, text, [PM, FR]), "statement")
    assert of_type(run(nlp, "La France a lancé un appel à Paul Martin.", [FR, PM]), "statement")


def test_a_dated_war_is_a_happening_a_figurative_one_is_not(nlp):
    IL = ("Israël", "Israël", "country")
    dated = of_type(run(nlp, "Depuis la guerre de juin 1967, Israël occupe la Cisjordanie.", [IL]),
                    "attack")
    assert [e.trigger for e in dated] == ["guerre"]
    assert not of_type(run(nlp, "La guerre commerciale entre la France et l'Allemagne pèse sur "
                                "les marchés.", [FR, DE]), "attack")
    assert not of_type(run(nlp, "Paul Martin a lancé une offensive diplomatique vers la France.",
                           [PM, FR]), "attack")
    assert not of_type(run(nlp, "Depuis la fin de la guerre froide, la France et l'Allemagne se "
                                "méfient.", [FR, DE]), "attack")


def test_a_vote_held_in_a_chamber_is_an_election_a_right_to_vote_is_not(nlp):
    assembly = ("Assemblée nationale", "Assemblée nationale", "organization")
    held = run(nlp, "Le vote de l'Assemblée nationale sur le projet de loi de Paul Martin a eu "
                    "lieu mardi.", [assembly, PM])
    assert of_type(held, "election")
    trust = run(nlp, "Le gouvernement de Paul Martin a obtenu la confiance de l'Assemblée nationale.",
                [PM, assembly])
    assert of_type(trust, "election")
    assert not of_type(run(nlp, "Le droit de vote a été accordé en France en 1944.", [FR]), "election")


def test_appearing_before_a_court_is_a_legal_action_on_the_one_tried(nlp):
    found = of_type(run(nlp, "Paul Martin doit comparaître mardi devant un tribunal de France.",
                        [PM, FR]), "legal_action")
    assert len(found) == 1 and roles(found[0])["Paul Martin"] == "target"
    assert of_type(run(nlp, "Paul Martin a été déféré lundi devant un juge en France.", [PM, FR]),
                   "legal_action")


def test_the_exercise_of_a_power_or_a_balancing_act_is_no_drill(nlp):
    assert not of_type(run(nlp, "La France mène un exercice d'équilibre entre l'Allemagne et "
                                "l'Otan, dont les armées s'observent.", [FR, DE]), "military_exercise")
    assert of_type(run(nlp, "La France et l'Allemagne ont lancé lundi un exercice militaire conjoint.",
                       [FR, DE]), "military_exercise")


def test_the_de_complement_of_an_arrest_is_the_one_arrested(nlp):
    police = ("police française", "police (France)", "organization")
    found = of_type(run(nlp, "L'arrestation du journaliste Paul Martin par la police française "
                             "a choqué.", [PM, police]), "legal_action")
    assert len(found) == 1
    assert roles(found[0]) == {"Paul Martin": "target", "police (France)": "source"}


def test_the_release_of_a_place_or_a_thing_is_no_release_of_a_detainee(nlp):
    PL = ("Pologne", "Pologne", "country")
    assert not of_type(run(nlp, "La Pologne a commémoré la libération du camp d'Auschwitz par "
                                "l'armée soviétique.", [PL]), "legal_action")
    assert of_type(run(nlp, "La libération des otages français par le Mali a été saluée par la "
                            "France.", [FR, ("Mali", "Mali", "country")]), "legal_action")


def test_the_medium_told_takes_no_part(nlp):
    bbc = ("BBC", "BBC", "organization")
    army = ("armée russe", "armée (Russie)", "organization")
    found = of_type(run(nlp, "\"L'armée russe a bombardé Kharkiv\", a déclaré Paul Martin à la BBC.",
                        [army, PM, bbc]), "attack")
    assert len(found) == 1 and "BBC" not in roles(found[0])


def test_what_is_only_felt_is_no_happening(nlp):
    assert not run(nlp, "Paul Martin a l'impression d'être attaqué par la France.", [PM, FR])
    assert not run(nlp, "Paul Martin a le sentiment d'être pris en otage par la France.", [PM, FR])


def test_parties_that_agree_on_something_conclude_an_agreement(nlp):
    found = of_type(run(nlp, "La France et l'Allemagne ont convenu d'un échange de prisonniers.",
                        [FR, DE]), "agreement")
    assert len(found) == 1
    assert not of_type(run(nlp, "Cette solution convient à la France.", [FR]), "agreement")


def test_help_by_which_something_is_done_and_an_order_are_no_aid(nlp):
    assert not of_type(run(nlp, "Les armes que la France voudrait fabriquer avec l'aide de "
                                "l'Allemagne sont des satellites.", [FR, DE]), "aid")
    assert not of_type(run(nlp, "Malgré un ordre de la France de les rapatrier, les travailleurs "
                                "sont restés en Allemagne.", [FR, DE]), "aid")
    assert of_type(run(nlp, "La France a envoyé une aide humanitaire à l'Allemagne.", [FR, DE]), "aid")


@pytest.mark.parametrize("text, is_statement", [
    ("Paul Martin était une menace pour la France.", False),
    ("Paul Martin représentait une menace pour la France.", False),
    ("Pour la France, l'Allemagne surpasse Paul Martin comme menace.", False),
    ("Les menaces de Paul Martin, qui ont été proférées samedi, visent la France.", True),
])
def test_a_danger_is_no_threat_uttered(nlp, text, is_statement):
    assert bool(of_type(run(nlp, text, [PM, FR, DE]), "statement")) == is_statement


def test_an_agreement_left_is_not_concluded_and_an_inquiry_urged_has_not_opened(nlp):
    assert not of_type(run(nlp, "Paul Martin a retiré la France de trois accords internationaux.",
                           [PM, FR]), "agreement")
    assert of_type(run(nlp, "La France et l'Allemagne ont signé trois accords de coopération.",
                       [FR, DE]), "agreement")
    urged = run(nlp, "La France a exhorté l'Allemagne à mener une enquête approfondie sur ce crime.",
                [FR, DE])
    assert of_type(urged, "statement") and not of_type(urged, "legal_action")

@pytest.mark.parametrize("text, actors, event_type", [
    ("Paul Martin reproche à la France sa décision.", [PM, FR], "statement"),
    ("Paul Martin réclame la démission du ministre.", [PM], "statement"),
    ("Paul Martin rencontre le président de la France mardi à Lyon.", [PM, FR], "meeting"),
])
def test_present_form_left_as_its_own_lemma_reads_as_its_verb(nlp, text, actors, event_type):
    # the tagger's verb "reproche", "réclame", "rencontre" keeps its form as lemma; its regular
    # infinitive in -er is the lexicon's verb
    doc = nlp(text)
    verb = doc[2]
    assert verb.pos_ == "VERB" and verb.lemma_ == verb.lower_, (verb.lemma_, verb.pos_)
    found = of_type(run(nlp, text, actors), event_type)
    assert len(found) == 1 and roles(found[0]).get("Paul Martin") == "source"


@pytest.mark.parametrize("text, actors, count", [
    ("Paul Martin n'exige rien de la France.", [PM, FR], 0),
    ("Paul Martin n'a condamné personne en France.", [PM, FR], 0),
    ("Paul Martin ne rencontre plus les dirigeants de la France.", [PM, FR], 0),
    ("Paul Martin n'exige que la vérité de la France.", [PM, FR], 1),    # restriction, no negation
])
def test_negation_by_rien_plus_personne(nlp, text, actors, count):
    found = [e for e in run(nlp, text, actors) if e.event_type in ("statement", "meeting")]
    assert len(found) == count, found


def test_addressing_people_or_a_message_is_a_statement(nlp):
    found = of_type(run(nlp, "Paul Martin s'est adressé aux Allemands dimanche soir.",
                        [PM, ("Allemands", "Allemagne", "country")]), "statement")
    assert len(found) == 1 and roles(found[0]) == {"Paul Martin": "source", "Allemagne": "target"}
    found = of_type(run(nlp, "Paul Martin a adressé un message de fermeté à la France.", [PM, FR]),
                    "statement")
    assert len(found) == 1 and roles(found[0])["Paul Martin"] == "source"
    # another sense: turning to a court; a text that is meant for someone
    assert of_type(run(nlp, "Paul Martin s'est adressé à la justice pour obtenir réparation.",
                       [PM]), "statement") == []
    assert of_type(run(nlp, "Ce message de Paul Martin s'adresse à la France.", [PM, FR]),
                   "statement") == []


@pytest.mark.parametrize("text, actors, count", [
    ("Le président Paul Martin, en visite officielle à Berlin, a salué la France.", [PM, FR], 1),
    ("Paul Martin, en déplacement à Berlin, a salué la France.", [PM, FR], 1),
    ("Le ministre Paul Martin, en déplacement mardi à Lyon, a parlé aux habitants.", [PM], 1),
    # a text under discussion, travel in general, a trip to nowhere named
    ("Les textes en discussion au Parlement de la France sont nombreux.", [FR], 0),
    ("Les déplacements à Paris sont limités par la France.", [FR], 0),
    ("Paul Martin, en déplacement depuis lundi, a salué la France.", [PM, FR], 0),
])
def test_on_a_visit_or_a_trip_somewhere_is_a_meeting(nlp, text, actors, count):
    found = of_type(run(nlp, text, actors), "meeting")
    assert len(found) == count, found
    if count:
        assert "Paul Martin" in roles(found[0])


def test_who_comments_on_an_event_takes_no_part_in_it(nlp):
    found = of_type(run(nlp, "La France a dénoncé l'arrestation de Paul Martin par l'Allemagne.",
                        [FR, PM, DE]), "legal_action")
    assert len(found) == 1 and "France" not in roles(found[0])
    assert "Paul Martin" in roles(found[0])


JDD, TF1 = ("Journal du dimanche", "Le Journal du dimanche", "organization"), ("TF1", "TF1", "organization")


@pytest.mark.parametrize("text, actors, count", [
    ("Dans un entretien au Journal du dimanche, Paul Martin estime que la France doit agir.",
     [JDD, PM, FR], 0),
    ("Lors de l'entretien diffusé dimanche soir sur TF1, Paul Martin a défendu sa réforme.", [TF1, PM], 0),
    ("Son premier grand entretien télévisé avait eu lieu en octobre avec Paul Martin.", [PM], 0),
    ("Dans son entretien avec Le Monde, Paul Martin critique le gouvernement.",
     [("Le Monde", "Le Monde", "organization"), PM], 0),
    ("Paul Martin a eu un long entretien avec Jean Dupont mardi à Paris.",
     [PM, ("Jean Dupont", "Jean Dupont", "person")], 1),
])
def test_an_interview_given_to_a_medium_is_no_meeting(nlp, text, actors, count):
    assert len(of_type(run(nlp, text, actors), "meeting")) == count, run(nlp, text, actors)


@pytest.mark.parametrize("text", [
    "L'arrestation de Paul Martin par l'Allemagne a été dénoncée par la France.",
    "La France, qui a dénoncé l'arrestation de Paul Martin par l'Allemagne, réclame sa libération.",
])
def test_who_comments_in_a_passive_or_a_relative_clause_takes_no_part(nlp, text):
    found = of_type(run(nlp, text, [FR, PM, DE]), "legal_action")
    assert len(found) == 1 and "France" not in roles(found[0]), roles(found[0]) if found else found


JD = ("Jean Dupont", "Jean Dupont", "person")


@pytest.mark.parametrize("text, event_type, count", [
    ("Paul Martin aimerait rencontrer Jean Dupont à Paris.", "meeting", 0),
    ("Il faut sanctionner l'Allemagne, a estimé Paul Martin.", "sanction", 0),
    ("Paul Martin a été chargé de négocier avec Jean Dupont.", "meeting", 0),
    ("Paul Martin a rencontré Jean Dupont à Paris.", "meeting", 1),
])
def test_wished_needed_or_mandated_is_no_happening(nlp, text, event_type, count):
    assert len(of_type(run(nlp, text, [PM, JD, DE]), event_type)) == count, run(nlp, text, [PM, JD, DE])


@pytest.mark.parametrize("text, count", [
    ("Trois soldats de l'Allemagne ont été tués dans le séisme de mardi.", 0),
    ("Paul Martin a été tué par le coronavirus la semaine dernière.", 0),
    ("Un affrontement verbal a opposé Paul Martin et Jean Dupont devant l'armée.", 0),
    ("Paul Martin a été tué par des soldats de l'Allemagne mardi.", 1),
])
def test_killed_by_a_disaster_or_a_disease_or_a_verbal_clash_is_no_attack(nlp, text, count):
    assert len(of_type(run(nlp, text, [PM, JD, DE]), "attack")) == count, run(nlp, text, [PM, JD, DE])


@pytest.mark.parametrize("text, count", [
    ("Le Tribunal suprême s'est réuni mardi pour examiner l'appel de Paul Martin.", 0),
    ("Paul Martin a donné une conférence devant des étudiants de l'université de Lyon.", 0),
    ("Paul Martin et Jean Dupont se sont réunis mardi à Paris.", 1),
])
def test_a_court_sitting_or_a_lecture_is_no_meeting(nlp, text, count):
    court = ("Tribunal suprême", "Tribunal suprême", "organization")
    assert len(of_type(run(nlp, text, [PM, JD, court]), "meeting")) == count, run(nlp, text, [PM, JD, court])


@pytest.mark.parametrize("text, count", [
    ("Si Paul Martin est réélu dimanche, la France changera de cap.", 0),
    ("S'il remporte l'élection présidentielle, Paul Martin gouvernera la France.", 0),
    ("Paul Martin serait le plus jeune président de la France à prendre ses fonctions s'il remportait "
     "l'élection.", 0),
    ("Paul Martin deviendra le plus jeune président de la France s'il est élu dimanche.", 0),
    ("Même si Paul Martin a été réélu dimanche, la France doute.", 1),
    ("Selon un sondage, si Paul Martin ou Claire Dupont remportent la primaire, la France changera de cap.", 0),
    ("Paul Martin a été réélu dimanche à la tête de la France.", 1),
])
def test_a_supposed_happening_is_no_happening(nlp, text, count):
    assert len(of_type(run(nlp, text, [PM, FR]), "election")) == count, run(nlp, text, [PM, FR])


@pytest.mark.parametrize("text, count", [
    ("Paul Martin promet un référendum s'il est élu après six mois de négociation avec l'Allemagne.", 0),
    ("Paul Martin a été élu après six mois de négociation avec l'Allemagne.", 1),
])
def test_a_happening_inside_a_supposing_clause_is_no_happening(nlp, text, count):
    assert len(of_type(run(nlp, text, [PM, DE]), "meeting")) == count, run(nlp, text, [PM, DE])


@pytest.mark.parametrize("text, count", [
    ("Paul Martin saura lundi si la justice confirme la saisie ordonnée dans l'enquête sur ses "
     "assistants.", 1),
    ("Paul Martin saura lundi si la justice ordonne une saisie dans une enquête sur ses assistants.", 0),
])
def test_a_definite_happening_inside_a_supposing_clause_is_presupposed(nlp, text, count):
    assert len(of_type(run(nlp, text, [PM]), "legal_action")) == count, run(nlp, text, [PM])


@pytest.mark.parametrize("text, event_type, count", [
    ("Le président Paul Martin s'est ainsi arrêté dans un bar de Lyon.", "legal_action", 0),
    ("Paul Martin s'est acquitté mardi de sa dette envers la France.", "legal_action", 0),
    ("Un imposteur se nommant Paul Martin a écrit à la France.", "election", 0),
    ("Nous nous sommes arrêtés à Lyon avec Paul Martin.", "legal_action", 0),
    ("Paul Martin s'est fait arrêter mardi à Lyon.", "legal_action", 1),
    ("Paul Martin et ses amis se sont tous fait enlever en France.", "attack", 1),
    ("Paul Martin a été arrêté mardi à Lyon.", "legal_action", 1),
])
def test_a_verb_acting_on_another_used_pronominally_has_another_sense(nlp, text, event_type, count):
    assert len(of_type(run(nlp, text, [PM, FR]), event_type)) == count, run(nlp, text, [PM, FR])


@pytest.mark.parametrize("text, count", [
    ("Un peu plus tard, Paul Martin s'est fait attaquer par Marine Dupont, l'ancienne ministre.", 0),
    ("Paul Martin a vivement attaqué Marine Dupont sur le plateau de la télévision.", 0),
    ("La marine de l'Allemagne a attaqué un navire de la France mardi.", 1),
])
def test_a_word_of_a_person_name_is_no_context_of_violence(nlp, text, count):
    assert len(of_type(run(nlp, text, [PM, FR, DE]), "attack")) == count, run(nlp, text, [PM, FR, DE])


@pytest.mark.parametrize("text, event_type, count", [
    ("« Le retrait est le seul moyen de gagner », poursuit cet avocat de Lyon, ami de Paul Martin.",
     "legal_action", 0),
    ("« Vous mentez », attaquent les soldats de Paul Martin.", "attack", 0),
    ("Paul Martin, surnommé \"le querelleur\", a blessé Jean Dupont d'un coup de couteau.", "attack", 1),
    ("La justice de la France poursuit Paul Martin pour fraude fiscale.", "legal_action", 1),
])
def test_a_verb_that_attributes_a_quote_is_no_other_event(nlp, text, event_type, count):
    assert len(of_type(run(nlp, text, [PM, JD, FR]), event_type)) == count, run(nlp, text, [PM, JD, FR])


@pytest.mark.parametrize("text, count", [
    ("Paul Martin a conquis le siège de député qu'il détient encore aujourd'hui en France.", 0),
    ("Le parti de Paul Martin a perdu la majorité absolue qu'il détenait en France.", 0),
    ("Les otages que le groupe détient depuis mars ont été vus par Paul Martin.", 1),
])
def test_what_an_object_relative_stands_for_is_the_patient(nlp, text, count):
    assert len(of_type(run(nlp, text, [PM, FR]), "legal_action")) == count, run(nlp, text, [PM, FR])


@pytest.mark.parametrize("text, event_type, count", [
    ("Saluée longtemps pour son courage, Marine Dupont doit désormais affronter la colère des syndicats.",
     "statement", 0),
    ("Accusé comme Paul Martin de fraude, Jean Dupont a fini par être relâché.", "statement", 0),
    ("Accusé par Paul Martin de fraude, Jean Dupont a démissionné.", "statement", 1),
    ("Paul Martin, qui pousse quelques élus à exiger un référendum, reste discret.", "statement", 0),
    ("Paul Martin, qui a poussé l'Allemagne à réclamer un référendum, reste discret.", "statement", 1),
])
def test_the_one_a_bare_participle_or_a_control_verb_names_is_no_speaker(nlp, text, event_type, count):
    """A fronted past participle without auxiliary qualifies the one acted on (praised, accused),
    not the speaker; an agent needs 'par'; the object of 'pousser X à' does the infinitive."""
    md = ("Marine Dupont", "Marine Dupont", "person")
    assert len(of_type(run(nlp, text, [PM, JD, md, DE]), event_type)) == count, run(nlp, text, [PM, JD, md, DE])


def test_a_fronted_bare_participle_makes_its_subject_the_one_acted_on(nlp):
    found = [e for e in of_type(run(nlp, "Interpellé lundi soir par la police, Paul Martin a passé la "
                                         "nuit en prison.", [PM]), "legal_action")
             if e.trigger == "Interpellé"]
    assert found and roles(found[0]) == {"Paul Martin": "target"}, found


@pytest.mark.parametrize("text, event_type, count", [
    ("Les services de la France ne sont pas parvenus à organiser l'évacuation des blessés.", "aid", 0),
    ("Les services de la France sont parvenus à organiser l'évacuation des blessés.", "aid", 1),
    ("Paul Martin n'est jamais parvenu à se rendre en Allemagne cet hiver.", "meeting", 0),
    ("Paul Martin n'a pas réussi à se rendre en Allemagne mardi.", "meeting", 0),
    ("Paul Martin n'a pas hésité à se rendre en Allemagne mardi.", "meeting", 1),
])
def test_what_a_negated_implicative_governs_did_not_take_place(nlp, text, event_type, count):
    assert len(of_type(run(nlp, text, [PM, DE, FR]), event_type)) == count, run(nlp, text, [PM, DE, FR])


@pytest.mark.parametrize("text, event_type, count", [
    ("Paul Martin a critiqué le report des élections législatives en Allemagne.", "election", 0),
    ("Les élections législatives en Allemagne ont eu lieu dimanche.", "election", 1),
    ("Paul Martin défend le droit de manifester en Allemagne.", "protest", 0),
    ("Des milliers de personnes ont manifesté mardi en Allemagne.", "protest", 1),
    ("Paul Martin doute que Jean Dupont soit candidat à l'élection présidentielle.", "election", 0),
    ("Paul Martin affirme que Jean Dupont était le candidat de son camp à l'élection présidentielle.",
     "election", 1),
    ("Les douaniers de l'Allemagne forment un corps souvent sanctionné par la hiérarchie.", "sanction", 0),
    ("Les douaniers de l'Allemagne ont été sanctionnés mardi par la hiérarchie.", "sanction", 1),
])
def test_a_put_off_a_permitted_a_wished_or_a_habitual_happening_is_no_happening(nlp, text, event_type,
                                                                                  count):
    """A trigger under a noun of putting off ('le report des législatives') or of a right ('le
    droit de manifester'), a copular clause in the subjunctive, a participle of frequency."""
    assert len(of_type(run(nlp, text, [PM, JD, DE]), event_type)) == count, run(nlp, text, [PM, JD, DE])


@pytest.mark.parametrize("text, event_type, count", [
    ("L'Allemagne déplore 58 morts depuis mars.", "statement", 0),
    ("L'Allemagne déplore l'attaque de la France.", "statement", 1),
    ("Dans un courriel, Paul Martin proposait de retirer le rapport.", "statement", 0),
    ("Dans un communiqué, Paul Martin a proposé un accord à l'Allemagne.", "statement", 1),
    ("Dans une note interne, Paul Martin a appelé l'Allemagne à fermer ses frontières.", "statement", 0),
    ("Dans une lettre confidentielle, Paul Martin a dénoncé l'attitude de l'Allemagne.", "statement", 0),
    ("Dans une lettre ouverte, Paul Martin a dénoncé l'attitude de l'Allemagne.", "statement", 1),
    ("Le ministère de l'Allemagne a lancé un appel d'offres pour acheter des avions.", "statement", 0),
    ("Le ministère de l'Allemagne a lancé un appel au calme mardi.", "statement", 1),
    ("Le barrage de l'Allemagne menaçait de céder sous la pression.", "statement", 0),
    ("« Il doit partir », menace le chef de la CGT Jean Dupont.", "statement", 1),
    ("Paul Martin a menacé de frapper l'Allemagne.", "statement", 1),
    ("Jean Dupont a passé un entretien d'embauche dans une banque de Lyon en 2015.", "meeting", 0),
    ("Paul Martin a eu un entretien avec Jean Dupont mardi.", "meeting", 1),
    ("Les rebelles mènent depuis dix ans une guerre d'insurrection contre l'Allemagne.", "protest", 0),
    ("Une révolte de la CGT a éclaté mardi contre le gouvernement de l'Allemagne.", "protest", 1),
])
def test_a_toll_private_writing_a_thing_s_threat_a_job_interview_or_a_kind_is_no_event(
        nlp, text, event_type, count):
    """Another sense: 'déplorer N morts' counts a toll; what is written in a private email is no
    public act of speech; a thing that 'menace de' is at risk; an 'entretien d'embauche' is a job
    interview; a bare trigger noun under a trigger noun of another type classifies it."""
    actors = [PM, JD, DE, FR, ("CGT", "CGT", "organization")]
    assert len(of_type(run(nlp, text, actors), event_type)) == count, run(nlp, text, actors)


@pytest.mark.parametrize("text, count", [
    ("« Signons un traité avec l'Allemagne », a lancé Paul Martin.", 0),
    ("Pour sauver la région, passons un accord avec l'Allemagne, a proposé Paul Martin.", 0),
    ("En réalité, nous signons un traité avec l'Allemagne, a annoncé Paul Martin.", 1),
    ("Un accord avec l'Allemagne est possible, a estimé Paul Martin.", 0),
    ("Un accord avec l'Allemagne a été conclu, a annoncé Paul Martin.", 1),
    ("Paul Martin a dit qu'il préférait un accord avec l'Allemagne.", 0),
    ("Paul Martin et l'Allemagne ont signé un traité mardi.", 1),
])
def test_an_urged_a_possible_or_a_preferred_agreement_is_no_happening(nlp, text, count):
    """A trigger in the imperative or the object of one, the subject of a modal adjective
    ('est possible'), the object of 'préférer'."""
    assert len(of_type(run(nlp, text, [PM, DE]), "agreement")) == count, run(nlp, text, [PM, DE])


@pytest.mark.parametrize("text, event_type, count", [
    ("Le journaliste Paul Martin a annoncé qu'il comptait porter plainte contre l'Allemagne.", "legal_action", 0),
    ("Le journaliste Paul Martin a annoncé qu'il avait porté plainte contre l'Allemagne.", "legal_action", 1),
    ("L'Allemagne a promis un troisième essai de missile en octobre, a déclaré Paul Martin.",
     "weapons_test", 1),
])
def test_an_intended_happening_is_no_happening(nlp, text, event_type, count):
    """'compter' + infinitive governs what it intends through its object or complement; a
    promise is an announcement, which counts."""
    assert len(of_type(run(nlp, text, [PM, DE]), event_type)) == count, run(nlp, text, [PM, DE])


@pytest.mark.parametrize("text, event_type, expected", [
    ("BFMTV a révélé mardi que Paul Martin avait été arrêté à Berlin.", "legal_action", {"Paul Martin"}),
    ("Les manifestations ont rassemblé des milliers de personnes à Berlin, d'après les images "
     "diffusées par BFMTV.", "protest", None),
    ("BFMTV a accusé l'Allemagne de censure.", "statement", {"BFMTV", "Allemagne"}),
    ("Selon BFMTV, Paul Martin a dénoncé mardi la politique de l'Allemagne.", "statement",
     {"Paul Martin", "Allemagne"}),
    ("Paul Martin a dénoncé mardi sur BFMTV la politique de l'Allemagne.", "statement",
     {"Paul Martin", "Allemagne"}),
    ("Selon BFMTV, le ministre a dénoncé mardi la politique du gouvernement.", "statement", None),
    ("L'attentat contre BFMTV a fait trois blessés mardi à Paris.", "attack", {"BFMTV"}),
    ("BFMTV a porté plainte mardi contre Paul Martin.", "legal_action", {"BFMTV", "Paul Martin"}),
])
def test_a_medium_takes_part_only_through_the_trigger_s_syntax(nlp, text, event_type, expected):
    """A medium (data/media.tsv) named elsewhere in the sentence, or reached through 'selon',
    'sur', 'dans', 'à'..., reports, shows or hosts the happening, whatever rule found it: it is
    no participant. As the trigger's subject, object or the noun's own complement it takes part
    (participants.is_core_argument): the speaker of a speech act, the target of an attack."""
    actors = [PM, DE, ("BFMTV", "BFMTV", "organization")]
    found = of_type(run(nlp, text, actors), event_type)
    if expected is None:
        assert not found, found
    else:
        assert found and set(roles(found[0])) == expected, found


@pytest.mark.parametrize("text, count", [
    ("L'armée de l'Allemagne a attaqué verbalement Paul Martin.", 0),
    ("Jean Dupont a fusillé politiquement Paul Martin dans son livre sur l'armée.", 0),
    ("Des soldats de l'Allemagne ont fusillé Paul Martin à l'aube.", 1),
    ("L'armée de l'Allemagne a attaqué violemment Paul Martin.", 1),
])
def test_an_attack_verb_with_an_adverb_of_an_unarmed_domain_is_no_attack(nlp, text, count):
    """'politiquement', 'verbalement', 'médiatiquement': the adverbs of the adjectives of
    contexts.unarmed."""
    assert len(of_type(run(nlp, text, [PM, JD, DE]), "attack")) == count, run(nlp, text, [PM, JD, DE])


@pytest.mark.parametrize("text, count", [
    ("Paul Martin a accusé le coup après la défaite face à l'Allemagne.", 0),
    ("Paul Martin a lancé un appel du pied à l'Allemagne.", 0),
    ("Paul Martin a accusé l'Allemagne de préparer un coup d'État.", 1),
    ("Paul Martin a lancé un appel à l'Allemagne pour la paix.", 1),
])
def test_a_trigger_in_an_idiom_with_its_object_is_no_statement(nlp, text, count):
    """contexts.idiom_object, option not_object: 'accuser le coup', 'un appel du pied'."""
    assert len(of_type(run(nlp, text, [PM, DE]), "statement")) == count, run(nlp, text, [PM, DE])


@pytest.mark.parametrize("text, count", [
    ("Les sept candidats de la France se retrouvent dimanche sur BFMTV pour un deuxième débat.", 0),
    ("La rencontre entre Paul Martin et Jean Dupont sur le plateau de l'émission a tourné court.", 0),
    ("Paul Martin et Jean Dupont se sont retrouvés mardi à Berlin pour discuter de la crise.", 1),
    ("La rencontre entre Paul Martin et Jean Dupont à Berlin a duré deux heures.", 1),
])
def test_an_appearance_on_a_show_or_a_channel_is_no_meeting(nlp, text, count):
    """contexts.media holds the words of a broadcast ('émission', 'plateau', 'studio') and
    'se retrouver' takes not_context media, as 'rencontrer' does."""
    actors = [PM, JD, FR, ("BFMTV", "BFMTV", "organization")]
    assert len(of_type(run(nlp, text, actors), "meeting")) == count, run(nlp, text, actors)


@pytest.mark.parametrize("text, count", [
    ("D'après KTV, qui a publié l'information lundi, les charges contre lui ont été levées avant sa "
     "libération.", 0),
    ("KTV a obtenu lundi la libération de Paul Martin en Allemagne.", 1),
])
def test_who_reports_by_d_apres_or_selon_takes_no_part(nlp, text, count):
    """'d'après X' reports as 'selon X' does, and the antecedent of 'qui' in such a phrase is
    the reporter, not the doer."""
    actors = [PM, DE, ("KTV", "KTV", "organization")]
    assert len(of_type(run(nlp, text, actors), "legal_action")) == count, run(nlp, text, actors)


@pytest.mark.parametrize("text, count", [
    ("À Bruxelles, la composition de la future commission se négocie encore entre les capitales.", 0),
    ("La question du budget se discute désormais à huis clos.", 0),
    ("Paul Martin négocie encore avec l'Allemagne la composition de la future commission.", 1),
    ("Paul Martin et Jean Dupont se sont réunis mardi à Berlin.", 1),
])
def test_a_meeting_verb_in_the_pronominal_passive_is_no_meeting(nlp, text, count):
    """A meeting verb that is no reflexive entry, used with 'se' and a subject naming no one who
    can act ('la liste se négocie'), is a pronominal passive: something is dealt with, no
    meeting of actors is told."""
    actors = [PM, JD, DE, ("Bruxelles", "Union européenne", "organization")]
    assert len(of_type(run(nlp, text, actors), "meeting")) == count, run(nlp, text, actors)


@pytest.mark.parametrize("text, count", [
    ("Chaque printemps, des milliers de pèlerins se rendent en Allemagne pour prier sur la tombe du saint.", 0),
    ("Paul Martin a passé une visite médicale à Berlin lundi, selon son entourage.", 0),
    ("Jean Dupont a payé son voyage privé en Allemagne avec l'argent de l'association.", 0),
    ("Paul Martin se rend en Allemagne pour s'entretenir avec le chancelier.", 1),
    ("Lors de sa visite officielle en Allemagne, Paul Martin a été reçu par le chancelier.", 1),
])
def test_a_private_tourist_pilgrim_or_medical_trip_is_no_meeting(nlp, text, count):
    """contexts.private_trip: 'voyage', 'visite', 'visiter', 'se rendre' near a word of a private,
    tourist, religious or medical trip."""
    assert len(of_type(run(nlp, text, [PM, JD, DE]), "meeting")) == count, run(nlp, text, [PM, JD, DE])


@pytest.mark.parametrize("name", ["The Sun", "Daily Mail", "PA Media", "Süddeutsche Zeitung", "NHK"])
def test_the_main_foreign_outlets_and_agencies_are_media(name):
    """data/media.tsv and data/news_agencies.tsv hold the national dailies, tabloids, broadcasters
    and agencies of the main countries, not only the French ones."""
    assert name in load_lexicon().media_names


@pytest.mark.parametrize("text, expected", [
    ("Le Daily Mail rapporte que la chanteuse a eu une conversation animée avec un inconnu à Londres.", None),
    ("Le Daily Mail rapporte que Paul Martin et Jean Dupont se sont réunis à Londres.", {"Paul Martin", "Jean Dupont"}),
])
def test_a_foreign_tabloid_that_reports_takes_no_part(nlp, text, expected):
    """A tabloid of data/media.tsv that reports the meeting is no participant of it."""
    actors = [PM, JD, ("Daily Mail", "Daily Mail", "organization")]
    found = of_type(run(nlp, text, actors), "meeting")
    if expected is None:
        assert not found, found
    else:
        assert found and set(roles(found[0])) == expected, found


def test_a_supposing_si_hung_on_the_subject_still_supposes(nlp):
    """The parser may hang the "si" of a clause on its subject rather than on its verb ("si X ou
    Y remportent la primaire", after a long adjunct): the clause is supposed all the same."""
    from spacy.tokens import Doc

    from newsledger.extract.events.reference import is_supposed
    words = ["si", "Martin", "ou", "Dupont", "remportent", "la", "primaire"]
    heads = [1, 4, 3, 1, 4, 6, 4]
    deps = ["mark", "nsubj", "cc", "conj", "ROOT", "det", "obj"]
    pos = ["SCONJ", "PROPN", "CCONJ", "PROPN", "VERB", "DET", "NOUN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert is_supposed(doc[4]) and is_supposed(doc[6])
    deps[0], pos[0] = "advmod", "ADV"             # no "si" mark: told
    doc = Doc(nlp.vocab, words=["alors"] + words[1:], heads=heads, deps=deps, pos=pos)
    assert not is_supposed(doc[4])
