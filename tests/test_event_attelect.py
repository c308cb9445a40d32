"""Issue 19, recall of attacks and legal actions (branch issue-19-attelect): the one a passive
infinitive is done to when the subject is a title with the name beside it, a passive the
tagger read as a copula and an adjective, a participle hung on the wrong noun (agreement), a
beating told by its doer. Each rule with invented sentences that must keep their true event
and controls that must not fire."""
from __future__ import annotations

from test_events import nlp, roles, run  # noqa: F401  (the session pipeline fixture)
from test_event_recall import VALMONT, typed

MARTIN = ("Paul Martin", "Paul Martin", "person")
LENOIR = ("Marie Lenoir", "Marie Lenoir", "person")


def test_a_title_with_the_name_beside_it_undergoes_a_passive_infinitive(nlp):
    text = "L'ancien ministre Jean Valmont devrait être poursuivi pour fraude fiscale."
    (ev,) = typed(run(nlp, text, [VALMONT]), "legal_action")
    assert roles(ev) == {"Jean Valmont": "target"}
    text = "Le journaliste Jean Valmont affirme avoir été arrêté sans motif."
    (ev,) = typed(run(nlp, text, [VALMONT]), "legal_action")
    assert roles(ev) == {"Jean Valmont": "target"}
    # what is feared is still no happening
    text = "L'ancien ministre Jean Valmont craint d'être arrêté à son retour."
    assert typed(run(nlp, text, [VALMONT]), "legal_action") == []


def test_a_passive_read_as_a_copula_and_an_adjective(nlp):
    text = "Le journaliste Jean Valmont affirme avoir été empoisonné."
    (ev,) = typed(run(nlp, text, [VALMONT]), "attack")
    assert roles(ev) == {"Jean Valmont": "target"}


def test_a_participle_agrees_with_the_name_it_qualifies(nlp):
    text = "La mort de Paul Martin, tué par un policier, a provoqué la colère."
    (ev,) = typed(run(nlp, text, [MARTIN]), "attack")
    assert roles(ev) == {"Paul Martin": "target"}
    # a death told alone names no killing
    text = "La mort de Paul Martin, des suites d'un cancer, a attristé ses amis."
    assert typed(run(nlp, text, [MARTIN]), "attack") == []


def test_the_mend_reads_agreement(nlp):
    from newsledger.extract.events.agreement import misplaced_participle

    doc = nlp("La mort de Paul Martin, tué par un policier, a provoqué la colère.")
    part = next(t for t in doc if t.text == "tué")
    assert part.head.text == "Paul"               # mended: it qualifies the name
    # a participle that agrees with its noun stays on it
    doc = nlp("La libération de Paul Martin, annoncée mardi, a surpris.")
    part = next(t for t in doc if t.text == "annoncée")
    assert part.head.text == "libération" and misplaced_participle(part) is None


def test_a_beating_told_by_its_doer(nlp):
    text = "Jean Valmont a été battu par des policiers à Lyon."
    (ev,) = typed(run(nlp, text, [VALMONT]), "attack")
    assert roles(ev) == {"Jean Valmont": "target"}
    text = "Jean Valmont dit avoir été frappé par des soldats."
    assert len(typed(run(nlp, text, [VALMONT]), "attack")) == 1
    # a defeat, a blow of fate
    text = "Marie Lenoir a été battue par Paul Martin au second tour."
    assert typed(run(nlp, text, [LENOIR, MARTIN]), "attack") == []
    text = "Jean Valmont a été frappé par une grave maladie."
    assert typed(run(nlp, text, [VALMONT]), "attack") == []


def test_the_one_a_passive_infinitive_with_an_agent_is_done_to(nlp):
    # the agent is the doer; the subject the infinitive takes from its governor is acted on,
    # so a second beating told in the next sentence is a happening of its own
    text = ("Marie Lenoir a été abattue par un policier à Lyon. Le même jour, Paul Martin a été "
            "retrouvé mort après avoir été frappé à mort par ses agresseurs.")
    events = typed(run(nlp, text, [LENOIR, MARTIN]), "attack")
    assert [roles(ev) for ev in events] == [{"Marie Lenoir": "target"}, {"Paul Martin": "target"}]


def test_the_votes_a_candidate_obtains_are_an_election_word(nlp):
    text = "Lors du second tour, Jean Valmont avait obtenu 66 % des voix face à Marie Lenoir."
    (ev,) = typed(run(nlp, text, [VALMONT, LENOIR]), "election")
    assert set(roles(ev)) == {"Jean Valmont", "Marie Lenoir"}
    # a poll's round, supposed in the conditional or estimated, is no happening
    text = "Au premier tour, Jean Valmont recueillerait 11 % des voix face à Marie Lenoir."
    assert typed(run(nlp, text, [VALMONT, LENOIR]), "election") == []
    text = "Selon ce sondage, Jean Valmont est crédité de 28 % des voix au premier tour."
    assert typed(run(nlp, text, [VALMONT]), "election") == []
    # nor is a round of another contest
    text = "Au second tour du tournoi, Jean Valmont a battu Marie Lenoir."
    assert typed(run(nlp, text, [VALMONT, LENOIR]), "election") == []



def test_no_mend_when_a_governing_noun_agrees(nlp):
    """The parse as the tagger gives it at times: "poursuivis" hung on "portrait"."""
    from spacy.tokens import Doc

    from newsledger.extract.events.agreement import misplaced_participle

    words = ["relaxer", "deux", "militants", "d'", "un", "portrait", "de", "Paul", ",", "poursuivis"]
    heads = [0, 2, 0, 5, 5, 2, 7, 5, 9, 5]
    deps = ["ROOT", "nummod", "obj", "case", "det", "nmod", "case", "nmod", "punct", "acl"]
    pos = ["VERB", "NUM", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "VERB"]
    morphs = ["VerbForm=Inf", "", "Gender=Masc|Number=Plur", "", "", "Gender=Masc|Number=Sing", "", "", "",
              "Gender=Masc|Number=Plur|Tense=Past|VerbForm=Part"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, morphs=morphs)
    assert misplaced_participle(doc[9]) is None   # the militants may be the ones prosecuted
    doc = Doc(nlp.vocab, words=words[3:], heads=[2, 2, 2, 4, 2, 6, 2],
              deps=["case", "det", "ROOT"] + deps[6:], pos=pos[3:], morphs=morphs[3:])
    assert misplaced_participle(doc[6]).text == "Paul"   # "un portrait de Paul, poursuivis"
