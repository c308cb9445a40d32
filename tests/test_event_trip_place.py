"""Trips and protests whose only actors are their places or no participants (events/trip.py,
events/gathering.py, events/protest_place.py, events/reference.py), on French sentences
written for these tests: each rule loses its false event and keeps a true one."""
from __future__ import annotations

from spacy.tokens import Doc

from newsledger.extract.events import load_lexicon
from newsledger.extract.events.participants import mention_token_map
from newsledger.extract.events.trip import described
from newsledger.records import ActorMention
from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def of_type(nlp, text, actors, etype):
    return [e for e in run(nlp, text, actors) if e.event_type == etype]


def actor_names(events):
    return {a.canonical_name for e in events for a in e.actors}


MARTIN = [("Paul Martin", "Paul Martin", "person")]
DUPONT = [("Claire Dupont", "Claire Dupont", "person")]
CGT = [("CGT", "CGT", "organization")]
PORTUGAL = [("Portugal", "Portugal", "country")]
MAROC = [("Maroc", "Maroc", "country")]
AUTRICHE = [("Autriche", "Autriche", "country")]
CONSEIL = [("conseil régional de Bretagne", "conseil régional de Bretagne", "organization")]


def test_an_institution_where_a_protest_is_held_takes_no_part(nlp):
    text = ("Intro. Quelques centaines de cheminots ont manifesté mardi à Rennes, dans la cour du "
            "conseil régional de Bretagne.")
    assert "conseil régional de Bretagne" not in actor_names(of_type(nlp, text, CONSEIL, "protest"))


def test_protesters_beside_a_place_stay(nlp):
    text = "Intro. Les militants de la CGT ont manifesté mardi devant le conseil régional de Bretagne."
    assert "CGT" in actor_names(of_type(nlp, text, CGT + CONSEIL, "protest"))


def test_who_is_named_in_a_relative_clause_of_place_takes_no_part_in_a_protest(nlp):
    text = ("Intro. Devant la gare, où Paul Martin a prononcé un discours, une manifestation a "
            "rassemblé des milliers d'opposants.")
    assert not of_type(nlp, text, MARTIN, "protest")


def test_a_protester_outside_the_relative_clause_stays(nlp):
    text = "Intro. Paul Martin a manifesté mardi devant l'usine où travaillent les grévistes."
    assert "Paul Martin" in actor_names(of_type(nlp, text, MARTIN, "protest"))


def test_a_country_inside_the_noun_of_place_gone_to_is_no_traveller(nlp):
    text = "Intro. Celle qui souffrait depuis des mois s'est rendue à l'hôpital de Porto (région du Nord, Portugal)."
    assert not of_type(nlp, text, PORTUGAL, "meeting")


def test_a_country_come_from_by_a_coordinated_verb_is_no_traveller(nlp):
    text = ("Intro. Il a affirmé que ses compagnons venaient du Portugal et se rendaient aux "
            "Canaries, archipel espagnol au large du Maroc.")
    assert not of_type(nlp, text, PORTUGAL + MAROC, "meeting")


def test_a_named_traveller_to_a_place_stays(nlp):
    text = "Intro. Paul Martin s'est rendu mardi à l'hôpital de Porto (Portugal)."
    assert "Paul Martin" in actor_names(of_type(nlp, text, MARTIN + PORTUGAL, "meeting"))


def test_a_private_traveller_described_as_a_predicate_is_described(nlp):
    # the parser may make the name the subject of the noun that describes it ("Anne Roux,
    # étudiante à Londres, part ...": trip.described reads it as an apposition)
    doc = Doc(nlp.vocab, words=["Anne", "Roux", ",", "étudiante", "à", "Londres", ",", "part", "."],
              pos=["PROPN", "PROPN", "PUNCT", "NOUN", "ADP", "PROPN", "PUNCT", "VERB", "PUNCT"],
              heads=[3, 0, 3, 7, 5, 3, 7, 7, 7],
              deps=["nsubj", "flat:name", "punct", "nsubj", "case", "nmod", "punct", "ROOT", "punct"])
    mention = ActorMention("Anne Roux", "Anne Roux", "person", None, 0, 0, 9)
    assert described("Anne Roux", doc, load_lexicon(), mention_token_map(doc, [mention]))


def test_a_titled_name_is_not_described(nlp):
    doc = Doc(nlp.vocab, words=["Anne", "Roux", ",", "ministre", "de", "la", "Santé", ",", "part", "."],
              pos=["PROPN", "PROPN", "PUNCT", "NOUN", "ADP", "DET", "PROPN", "PUNCT", "VERB", "PUNCT"],
              heads=[3, 0, 3, 8, 6, 6, 3, 8, 8, 8],
              deps=["nsubj", "flat:name", "punct", "nsubj", "case", "det", "nmod", "punct", "ROOT", "punct"])
    mention = ActorMention("Anne Roux", "Anne Roux", "person", None, 0, 0, 9)
    assert not described("Anne Roux", doc, load_lexicon(), mention_token_map(doc, [mention]))


def test_a_minister_s_trip_stays(nlp):
    text = "Intro. Claire Dupont, ministre des Affaires étrangères, s'est rendue mardi en Autriche."
    assert "Claire Dupont" in actor_names(of_type(nlp, text, DUPONT + AUTRICHE, "meeting"))


def test_an_infinitive_urged_by_an_imperative_is_no_meeting(nlp):
    text = "Intro. « Venez négocier avec le Portugal », a lancé Paul Martin mardi."
    assert not of_type(nlp, text, MARTIN + PORTUGAL, "meeting")


def test_a_meeting_told_stays(nlp):
    text = "Intro. Paul Martin est venu négocier mardi avec le Portugal."
    assert of_type(nlp, text, MARTIN + PORTUGAL, "meeting")


VERTS = [("Parti vert", "Parti vert", "organization")]


def test_a_protest_noun_predicated_of_an_actor_is_no_protest(nlp):
    text = "Intro. « Le Parti vert est une contestation et pas une envie de gouverner », a dit Paul Martin."
    assert not of_type(nlp, text, VERTS + MARTIN, "protest")


def test_a_protest_noun_as_a_subject_stays(nlp):
    text = "Intro. La contestation menée par le Parti vert a rassemblé des milliers de personnes dans la rue."
    assert of_type(nlp, text, VERTS, "protest")


SNCF = [("SNCF", "SNCF", "organization")]


def test_a_strike_at_a_company_keeps_the_company(nlp):
    text = "Intro. La grève à la SNCF est très suivie ce mardi, avec peu de trains."
    assert "SNCF" in actor_names(of_type(nlp, text, SNCF, "protest"))


REINE = [("Marie Ire", "Marie Ire", "person")]


def test_a_visit_to_a_titled_person_stays(nlp):
    text = "Intro. Il prendra ses fonctions mercredi après une visite à la reine Marie Ire."
    assert "Marie Ire" in actor_names(of_type(nlp, text, REINE, "meeting"))
