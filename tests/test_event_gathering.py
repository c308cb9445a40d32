"""Protests and meetings that are no gathering of actors (events/gathering.py,
data/gathering.json), on French sentences written for these tests: each rule loses its false
event and keeps a true one."""
from __future__ import annotations

from newsledger.records import ActorMention
from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def of_type(nlp, text, actors, etype):
    return [e for e in run(nlp, text, actors) if e.event_type == etype]


MARTIN = [("Paul Martin", "Paul Martin", "person")]
CGT = [("CGT", "CGT", "organization")]


def test_mobilisation_without_protest_cue_is_no_protest(nlp):
    text = "Intro. La mobilisation des électeurs ruraux a permis la victoire de Paul Martin en novembre."
    assert not of_type(nlp, text, MARTIN, "protest")
    text = "Intro. Le Portugal sonne la mobilisation générale face à la sécheresse, a indiqué Paul Martin."
    assert not of_type(nlp, text, MARTIN + [("Portugal", "Portugal", "country")], "protest")


def test_mobilisation_with_protest_cue_stays_a_protest(nlp):
    text = "Intro. Les militants de la CGT se sont mobilisés mardi dans la rue à Lille."
    assert of_type(nlp, text, CGT, "protest")
    text = "Intro. La CGT a organisé jeudi une journée de mobilisation à Lille."
    assert of_type(nlp, text, CGT, "protest")
    text = "Intro. La mobilisation des salariés de la CGT se poursuit à Lille."
    assert of_type(nlp, text, CGT, "protest")


def test_a_protester_hit_is_no_protest(nlp):
    text = ("Intro. L'Élysée est critiqué depuis la diffusion d'une vidéo montrant Paul Martin, "
            "un collaborateur du président, en train de frapper un manifestant le 1er mai.")
    assert not of_type(nlp, text, MARTIN + [("Élysée", "Élysée", "organization")], "protest")


def test_protesters_marching_stay_a_protest(nlp):
    text = "Intro. Des milliers de militants de la CGT, manifestant contre la réforme, ont défilé à Lille."
    assert of_type(nlp, text, CGT, "protest")


def test_trip_naming_only_its_destination_is_no_meeting(nlp):
    text = "Intro. Sa liste de souhaits est longue : apprendre le piano et un beau voyage au Portugal."
    assert not of_type(nlp, text, [("Portugal", "Portugal", "country")], "meeting")
    text = "Intro. Les voyages vers le Portugal restent déconseillés jusqu'à nouvel ordre."
    assert not of_type(nlp, text, [("Portugal", "Portugal", "country")], "meeting")
    text = "Intro. Les visiteurs se sont rués samedi pour visiter le palais de l'Élysée."
    assert not of_type(nlp, text, [("Élysée", "Élysée", "organization")], "meeting")


def test_trip_of_a_traveller_stays_a_meeting(nlp):
    text = "Intro. Paul Martin s'est rendu mardi au Portugal."
    assert of_type(nlp, text, MARTIN + [("Portugal", "Portugal", "country")], "meeting")
    text = "Intro. Le ministre s'était rendu au Portugal en mars, selon la presse."
    assert of_type(nlp, text, [("Portugal", "Portugal", "country")], "meeting")


def test_who_comments_beside_a_protest_takes_no_part(nlp):
    text = ("Intro. Alors que se tenait la quatrième journée de manifestations contre la réforme, "
            "le ministre Paul Martin a affirmé jeudi que le gouvernement tiendrait.")
    assert not of_type(nlp, text, MARTIN, "protest")


def test_who_acts_on_a_protest_stays_in_it(nlp):
    text = ("Intro. Sur Twitter, Paul Martin, l'un des initiateurs du mouvement, a réagi en listant "
            "les dates des prochaines manifestations.")
    assert of_type(nlp, text, MARTIN, "protest")


def test_who_covers_or_shares_a_protest_takes_no_part(nlp):
    text = "Intro. Des manifestations, Paul Martin en a couvert un nombre incalculable en Cisjordanie."
    assert not of_type(nlp, text, MARTIN, "protest")
    text = ("Intro. Le président Paul Martin a partagé dimanche la vidéo d'un affrontement entre ses "
            "soutiens et ses opposants.")
    assert not of_type(nlp, text, MARTIN, "protest")


def test_who_starts_a_hunger_strike_stays_in_it(nlp):
    text = ("Intro. Le mari de Mme Claire Dupont, Paul Martin, a annoncé sur les réseaux sociaux "
            "qu'elle a commencé sa grève de la faim le 11 août.")
    found = of_type(nlp, text, MARTIN + [("Claire Dupont", "Claire Dupont", "person")], "protest")
    assert [a.canonical_name for e in found for a in e.actors] == ["Claire Dupont"]




def test_who_tells_their_own_protests_stays_in_them(nlp):
    from newsledger.extract.events.gathering import commentators, gathering_words
    from newsledger.extract.events.participants import mention_token_map

    text = ("\"J'ai déjà fait beaucoup de manifestations, là c'est différent, les gens sont "
            "vraiment en colère\", dit sa fille Claire Dupont, lycéenne de 17 ans.")
    doc = nlp(text)
    start = text.index("Claire Dupont")
    mention = ActorMention("Claire Dupont", "Claire Dupont", "person", None, 0, start, start + 13)
    head = next(t for t in doc if t.lower_ == "manifestations")
    assert not commentators(head, doc[:], mention_token_map(doc, [mention]), gathering_words())
