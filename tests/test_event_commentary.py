"""Who speaks of a protest or an election takes no part in it (events/commentary.py,
data/gathering.json evaluate_verb), on French sentences written for these tests: each rule
loses its false event and keeps a true one."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

MARTIN = ("Paul Martin", "Paul Martin", "person")
DUPONT = ("Claire Dupont", "Claire Dupont", "person")
CGT = ("CGT", "CGT", "organization")


def of_type(nlp, text, actors, etype):
    return [e for e in run(nlp, text, actors) if e.event_type == etype]


def names(events):
    return {a.canonical_name for e in events for a in e.actors}


def test_who_judges_a_protest_takes_no_part_in_it(nlp):
    text = "Intro. Vendredi, Paul Martin a jugé étrange la grève contre la réforme des retraites."
    assert "Paul Martin" not in names(of_type(nlp, text, [MARTIN], "protest"))
    text = "Intro. Vendredi, Paul Martin a organisé une grève contre la réforme des retraites."
    assert "Paul Martin" in names(of_type(nlp, text, [MARTIN], "protest"))


def test_who_comments_on_a_round_takes_no_part_in_it(nlp):
    text = "Intro. Sur le plateau, Paul Martin a commenté le premier tour de la présidentielle."
    assert not of_type(nlp, text, [MARTIN], "election")
    text = "Intro. Paul Martin a remporté le premier tour de la présidentielle."
    assert "Paul Martin" in names(of_type(nlp, text, [MARTIN], "election"))


def test_who_speaks_of_own_election_stays(nlp):
    text = "Intro. Sur le plateau, Paul Martin a commenté sa victoire au premier tour de la présidentielle."
    assert "Paul Martin" in names(of_type(nlp, text, [MARTIN], "election"))


def test_a_speaker_above_a_clause_of_others_takes_no_part(nlp):
    text = ("Intro. Au lendemain des législatives, le gouvernement allait connaître un remaniement "
            "limité, expliquait mardi la porte-parole, Paul Martin.")
    assert not of_type(nlp, text, [MARTIN], "election")
    text = "Intro. Paul Martin a déclaré qu'il serait candidat aux législatives de juin."
    assert "Paul Martin" in names(of_type(nlp, text, [MARTIN], "election"))


def test_a_speaker_in_an_incise_after_a_quote_takes_no_part(nlp):
    text = ("Intro. « Avec un second tour si tard, le scrutin laisse beaucoup de questions », "
            "souligne Paul Martin.")
    assert not of_type(nlp, text, [MARTIN], "election")


def test_who_is_in_the_protest_stays_beside_a_speaker(nlp):
    text = ("Intro. Paul Martin a jugé utile la manifestation que la CGT a organisée samedi à Lille.")
    found = of_type(nlp, text, [MARTIN, CGT], "protest")
    assert "CGT" in names(found) and "Paul Martin" not in names(found)


# agreements (branch issue-19-meetagree): who welcomes an agreement is no party to it
BORDURIE = ("Bordurie", "Bordurie", "country")


def test_who_welcomes_an_agreement_is_no_party_to_it(nlp):
    text = ("Intro. Le président Paul Martin a salué mardi un accord historique, une étape importante pour "
            "la stabilité et la paix.")
    assert "Paul Martin" not in names(of_type(nlp, text, [MARTIN], "agreement"))


def test_who_signs_an_agreement_stays_a_party(nlp):
    text = "Intro. Paul Martin a signé mardi un accord historique avec la Bordurie."
    assert "Paul Martin" in names(of_type(nlp, text, [MARTIN, BORDURIE], "agreement"))



def test_a_description_that_judges_an_election_takes_no_part(nlp):
    # the subject "l'ancienne ministre" names no one: it takes up the person named before,
    # who only speaks of the primary (commentary.has_description_subject)
    text = ("Intro. Claire Dupont a quitté le gouvernement en mars. "
            "Mardi, l'ancienne ministre a commenté la primaire de la droite.")
    assert "Claire Dupont" not in names(of_type(nlp, text, [DUPONT], "election"))


def test_a_description_that_judges_a_protest_takes_no_part(nlp):
    text = ("Intro. Paul Martin dirige le ministère depuis deux ans. "
            "Vendredi, le ministre a jugé étrange la grève des cheminots.")
    assert "Paul Martin" not in names(of_type(nlp, text, [MARTIN], "protest"))


def test_a_description_that_wins_an_election_stays(nlp):
    text = ("Intro. Claire Dupont a quitté le gouvernement en mars. "
            "Mardi, l'ancienne ministre a remporté la primaire de la droite.")
    assert "Claire Dupont" in names(of_type(nlp, text, [DUPONT], "election"))


# a complement of topic (branch issue-19-comment): "réagir à", "s'exprimer sur", "ironiser sur",
# "à propos de", whatever relation the parser gives it
LENOIR = ("Marc Lenoir", "Marc Lenoir", "person")


def test_who_reacts_to_an_election_takes_no_part_in_it(nlp):
    text = "Intro. Le sénateur Paul Martin a réagi sur Twitter à l'élection de Marc Lenoir à la tête du parti."
    found = of_type(nlp, text, [MARTIN, LENOIR], "election")
    assert "Marc Lenoir" in names(found) and "Paul Martin" not in names(found)


def test_who_speaks_on_a_vote_takes_no_part_in_it(nlp):
    text = "Intro. Mardi, Paul Martin s'est exprimé sur le vote de confiance au gouvernement."
    assert not of_type(nlp, text, [MARTIN], "election")
    text = "Intro. En février, Paul Martin s'était exprimé à propos du scrutin dans la capitale."
    assert not of_type(nlp, text, [MARTIN], "election")


def test_who_mocks_an_agreement_is_no_party(nlp):
    text = "Intro. La sénatrice Claire Dupont a ironisé sur l'accord conclu la veille à Bruxelles."
    assert not of_type(nlp, text, [DUPONT], "agreement")


def test_who_speaks_of_own_vote_or_acts_in_it_stays(nlp):
    text = "Intro. Mardi, Paul Martin s'est exprimé sur sa victoire au second tour de la présidentielle."
    assert "Paul Martin" in names(of_type(nlp, text, [MARTIN], "election"))
    text = "Intro. Paul Martin a voté sur le référendum de dimanche dans son village."
    assert "Paul Martin" in names(of_type(nlp, text, [MARTIN], "election"))
