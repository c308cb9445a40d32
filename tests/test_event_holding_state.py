"""An election of a state tier whose actors name no state takes the state the article names
most as well (issue 19, events/election_state.holding_state), added after the mentions of one
vote are merged: on French sentences written for these tests. The behaviour tests fail on the
code before the change; the controls pass on both."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

BOLIVIE = ("Bolivie", "Bolivie", "country")
CHILI = ("Chili", "Chili", "country")
MORALES = ("Evo Morales", "Evo Morales", "person")
MAS = ("MAS", "Mouvement vers le socialisme", "organization")


def elections(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "election"]


def actors_of(event):
    return {a.canonical_name: a.role for a in event.actors}


def test_runner_of_a_tier_vote_takes_the_state(nlp):
    text = ("La Bolivie traverse une crise. La Bolivie attend. "
            "Evo Morales a annoncé sa candidature à la présidentielle d'octobre.")
    [vote] = elections(nlp, text, [BOLIVIE, MORALES])
    assert actors_of(vote) == {"Evo Morales": actors_of(vote)["Evo Morales"], "Bolivie": "participant"}


def test_party_of_a_tier_vote_takes_the_state_named_earlier(nlp):
    text = ("La Bolivie vote dimanche. Les bureaux ouvrent à huit heures. Il fait beau. "
            "Les rues sont calmes. Le MAS a remporté les législatives avec 55 % des voix.")
    [vote] = elections(nlp, text, [BOLIVIE, MAS])
    assert "Bolivie" in actors_of(vote)


def test_two_votes_of_one_state_stay_two(nlp):
    # the state is added after merging: shared by both votes, it must not join them
    text = ("La Bolivie traverse une crise. Evo Morales a remporté la présidentielle en 2014. "
            "Le MAS a aussi gagné les municipales de 2015.")
    votes = elections(nlp, text, [BOLIVIE, MORALES, MAS])
    assert len(votes) == 2
    assert all("Bolivie" in actors_of(v) for v in votes)


def test_vote_that_names_a_state_keeps_its_own(nlp):
    # control: a vote whose actors already name a state takes no other
    text = ("La Bolivie soutient le Chili. La Bolivie a félicité le Chili. "
            "Le Chili a tenu ses législatives dimanche.")
    for vote in elections(nlp, text, [BOLIVIE, CHILI]):
        assert "Bolivie" not in actors_of(vote)


def test_bare_election_takes_no_state(nlp):
    # control: a bare 'élection' may be a party's or a club's
    text = ("La Bolivie traverse une crise. La Bolivie attend. "
            "Evo Morales a remporté l'élection du secrétaire général du MAS.")
    for vote in elections(nlp, text, [BOLIVIE, MORALES, MAS]):
        assert "Bolivie" not in actors_of(vote)


def test_vote_inside_a_quotation_takes_no_state(nlp):
    # control: a speaker's words move to votes only imagined
    text = ("La Bolivie traverse une crise. La Bolivie attend. « Evo Morales gagnera "
            "la présidentielle », a dit un conseiller.")
    for vote in elections(nlp, text, [BOLIVIE, MORALES]):
        assert "Bolivie" not in actors_of(vote)


VISIT = ("Le Sénégal accueille le président. Le Sénégal a signé trois accords. Le Sénégal "
         "et la France coopèrent. Le Parti socialiste a perdu la présidentielle de 2017.")


def test_state_of_the_vote_actors_wins_over_the_article_topic(nlp):
    actors = [("Sénégal", "Sénégal", "country", "SN"), ("France", "France", "country", "FR"),
              ("Parti socialiste", "Parti socialiste", "organization", "FR")]
    [vote] = elections(nlp, VISIT, actors)
    assert "France" in actors_of(vote) and "Sénégal" not in actors_of(vote)


def test_vote_actors_of_no_known_state_take_the_article_topic(nlp):
    # control: with no code on the vote's actors, the state the article names most
    actors = [("Sénégal", "Sénégal", "country", "SN"), ("France", "France", "country", "FR"),
              ("Parti socialiste", "Parti socialiste", "organization", None)]
    [vote] = elections(nlp, VISIT, actors)
    assert "Sénégal" in actors_of(vote)


def test_vote_actors_state_not_named_takes_none(nlp):
    # the actors' state is not named in the article: no state rather than the wrong one
    text = ("Le Sénégal accueille le président. Le Sénégal a signé trois accords. "
            "Le Parti socialiste a perdu la présidentielle de 2017.")
    actors = [("Sénégal", "Sénégal", "country", "SN"),
              ("Parti socialiste", "Parti socialiste", "organization", "FR")]
    for vote in elections(nlp, text, actors):
        assert "Sénégal" not in actors_of(vote)


def test_union_vote_takes_the_state_of_its_actors(nlp):
    # "les élections européennes": each member holds its part; the party's state is the part
    text = ("La France prépare le scrutin. L'Italie aussi. Le Parti socialiste présentera "
            "une liste aux élections européennes de mai.")
    actors = [("France", "France", "country", "FR"), ("Italie", "Italie", "country", "IT"),
              ("Parti socialiste", "Parti socialiste", "organization", "FR")]
    votes = [v for v in elections(nlp, text, actors) if "européennes" in v.trigger]
    assert votes and all(actors_of(v).get("France") == "participant" for v in votes)


def test_union_vote_of_actors_of_no_known_state_takes_none(nlp):
    # control: the article's main state is not taken for a union's vote
    text = ("L'Italie prépare le scrutin. L'Italie vote en mai. Le Parti socialiste présentera "
            "une liste aux élections européennes de mai.")
    actors = [("Italie", "Italie", "country", "IT"),
              ("Parti socialiste", "Parti socialiste", "organization", None)]
    votes = [v for v in elections(nlp, text, actors) if "européennes" in v.trigger]
    assert votes and all("Italie" not in actors_of(v) for v in votes)
