"""Protests and meetings that are no gathering of actors (events/gathering.py,
data/gathering.json), on French sentences written for these tests: each rule loses its false
event and keeps a true one."""
from __future__ import annotations

from spacy.tokens import Doc

from newsledger.extract.events.gathering import commentators, gathering_words, names_a_protester
from newsledger.extract.events.participants import mention_token_map
from newsledger.records import ActorMention
from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def of_type(nlp, text, actors, etype):
    return [e for e in run(nlp, text, actors) if e.event_type == etype]


def actor_names(events):
    return [a.canonical_name for e in events for a in e.actors]


MARTIN = [("Paul Martin", "Paul Martin", "person")]
DUPONT = [("Claire Dupont", "Claire Dupont", "person")]
CGT = [("CGT", "CGT", "organization")]
PORTUGAL = [("Portugal", "Portugal", "country")]


def test_mobilisation_without_protest_cue_is_no_protest(nlp):
    text = "Intro. La mobilisation des électeurs ruraux a permis la victoire de Paul Martin en novembre."
    assert not of_type(nlp, text, MARTIN, "protest")
    text = "Intro. Le Portugal décrète la mobilisation générale face aux incendies de forêt, a indiqué Paul Martin."
    assert not of_type(nlp, text, MARTIN + PORTUGAL, "protest")


def test_mobilisation_with_protest_cue_stays_a_protest(nlp):
    text = "Intro. Les militants de la CGT se sont mobilisés mardi dans la rue à Lille."
    assert of_type(nlp, text, CGT, "protest")
    text = "Intro. La CGT a organisé jeudi une journée de mobilisation à Lille."
    assert of_type(nlp, text, CGT, "protest")
    text = "Intro. La mobilisation des salariés de la CGT se poursuit à Lille."
    assert of_type(nlp, text, CGT, "protest")


def parsed(nlp, words, pos, heads, deps):
    return Doc(nlp.vocab, words=words, pos=pos, heads=heads, deps=deps)


def test_a_protester_noun_tagged_as_a_participle_is_no_protest(nlp):
    # the tagger may take "manifestant" for the participle of "manifester"
    doc = parsed(nlp, ["Il", "a", "bousculé", "un", "manifestant", "."],
                 ["PRON", "AUX", "VERB", "DET", "VERB", "PUNCT"], [2, 2, 2, 4, 2, 2],
                 ["nsubj", "aux:tense", "ROOT", "det", "obj", "punct"])
    assert names_a_protester(doc[4])


def test_protesters_marching_stay_a_protest(nlp):
    text = "Intro. Des milliers de militants de la CGT, manifestant contre la réforme, ont défilé à Lille."
    assert of_type(nlp, text, CGT, "protest")
    doc = parsed(nlp, ["Des", "salariés", "manifestant", "contre", "la", "réforme", "."],
                 ["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"], [1, 1, 1, 5, 5, 2, 1],
                 ["det", "ROOT", "acl", "case", "det", "obl:arg", "punct"])
    assert not names_a_protester(doc[2])


def test_trip_naming_only_its_destination_is_no_meeting(nlp):
    text = "Intro. Parmi ses projets pour la retraite : écrire un livre et un long voyage au Portugal."
    assert not of_type(nlp, text, PORTUGAL, "meeting")
    text = "Intro. Les voyages vers le Portugal sont suspendus depuis lundi à cause des incendies."
    assert not of_type(nlp, text, PORTUGAL, "meeting")
    text = "Intro. Des centaines de curieux ont patienté dimanche pour visiter les salons de l'Élysée."
    assert not of_type(nlp, text, [("Élysée", "Élysée", "organization")], "meeting")


def test_trip_of_a_traveller_stays_a_meeting(nlp):
    text = "Intro. Paul Martin s'est rendu mardi au Portugal."
    assert of_type(nlp, text, MARTIN + PORTUGAL, "meeting")
    text = "Intro. Le ministre s'était rendu au Portugal en mars, selon la presse."
    assert of_type(nlp, text, PORTUGAL, "meeting")


def test_who_comments_beside_a_protest_takes_no_part(nlp):
    text = ("Intro. Pendant que se déroulait la troisième journée de grève dans les transports, "
            "la ministre Claire Dupont a déclaré mardi que le texte serait maintenu.")
    assert not of_type(nlp, text, DUPONT, "protest")


def test_who_acts_on_a_protest_stays_in_it(nlp):
    text = ("Intro. Sur son blog, Paul Martin, l'un des fondateurs du collectif, a répondu en "
            "dressant la liste des prochaines manifestations.")
    assert of_type(nlp, text, MARTIN, "protest")


def test_who_covers_or_shows_a_protest_takes_no_part(nlp):
    text = "Intro. Le photographe Paul Martin a couvert les manifestations de Santiago pendant dix ans."
    assert not of_type(nlp, text, MARTIN, "protest")
    text = ("Intro. Le sénateur Paul Martin a retiré lundi la vidéo d'un affrontement entre ses "
            "partisans et des opposants.")
    assert not of_type(nlp, text, MARTIN, "protest")


def test_who_starts_a_hunger_strike_stays_in_it(nlp):
    text = ("Intro. Le frère de Mme Claire Dupont, Paul Martin, a indiqué sur son blog qu'elle avait "
            "entamé une grève de la faim lundi.")
    assert actor_names(of_type(nlp, text, MARTIN + DUPONT, "protest")) == ["Claire Dupont"]


def test_who_tells_their_own_protests_stays_in_them(nlp):
    text = ("\"J'ai déjà fait pas mal de manifestations, mais là c'est nouveau, les gens sont très "
            "en colère\", raconte sa cousine Claire Dupont, étudiante de 20 ans.")
    doc = nlp(text)
    start = text.index("Claire Dupont")
    mention = ActorMention("Claire Dupont", "Claire Dupont", "person", None, 0, start, start + 13)
    head = next(t for t in doc if t.lower_ == "manifestations")
    assert not commentators(head, doc[:], mention_token_map(doc, [mention]), gathering_words())
