"""The state whose vote an election is, when the sentence names none: the one state named
just before it.

eval/GUIDELINES.md counts the state whose vote an election is among its actors. A vote named
by the tier of a state's offices ("les législatives", "la présidentielle", "le second tour
des municipales", "les élections régionales") is that state's, and French news names the
state once and then its vote ("En Bolivie, ... . Les législatives de mars ..."), or opens a
section with it ("- France: municipales en juin -"). So an election trigger of such a tier
that collected no actor takes the state of the sentences just before it (up to
`WINDOW` sentences back, or earlier in its own sentence) when they name exactly one state:
with two states named the vote is anyone's, and it is left without actor (and dropped). The
state must also be the one the article names most (a dispatch on one state's vote names the
state again and again; a neighbour named just before is only its ally or critic), and the
trigger must stand outside a quotation (a speaker's words move to other states and to votes
only imagined), and not complete the noun of a runner ("le candidat à la présidentielle": a
person described, whose state the narration does not give).
The tier words are the adjectives of a state's offices and chambers (Constitution de la Ve
République: président, Assemblée, Sénat; the local tiers of French and foreign states): not
'européennes' (the vote of a union), not a party's 'primaire' or 'votation', not a bare
'élection' or 'scrutin' (a party's, a club's, a chamber's election as well).
Hook: candidates.segment_candidates, before a candidate with no actor is dropped.

An election of a state tier that did collect actors (its runners, parties, commentators) but
no state takes the state as well (`holding_state`): the one the article names most, as for
the votes with no actor. The vote's state is one of its actors by the guidelines, and an
analyst's query by country (`country_code`, the GDELT export's Actor1CountryCode) finds the
vote through it. It is added after the mentions of one vote are merged (events/merge.py joins
mentions that share actors, and a state shared by every vote of the article would join the
presidential election to the legislative one) and after the elections with no possible runner
are dropped (events/election.py: the state does not save a vote told only through bystanders).
Hook: events.extract_events.
"""
from __future__ import annotations

from collections import Counter

from newsledger.extract.events.quoted import in_quote

WINDOW = 2   # sentences back

# the offices and chambers of a state, as nouns of the vote or adjectives of 'élection',
# 'scrutin', 'tour' (lemmas and forms: spaCy lemmatizes 'législatives' both ways)
STATE_TIERS = frozenset({
    "présidentiel", "présidentielle", "présidentielles",
    "législatif", "législative", "législatives",
    "municipal", "municipale", "municipales",
    "régional", "régionale", "régionales",
    "sénatorial", "sénatoriale", "sénatoriales",
    "départemental", "départementale", "départementales",
    "cantonal", "cantonale", "cantonales",
})
VOTE_NOUNS = frozenset({"élection", "élections", "scrutin", "tour"})


def _tier(tok) -> bool:
    return tok.lower_ in STATE_TIERS or tok.lemma_.lower() in STATE_TIERS


def is_state_tier(head) -> bool:
    """The trigger names a state's vote by its tier: the tier noun itself, or a vote noun
    qualified by a tier adjective or completed by a tier noun ('le second tour des
    municipales')."""
    if _tier(head):
        return True
    if head.lemma_.lower() not in VOTE_NOUNS and head.lower_ not in VOTE_NOUNS:
        return False
    return any(_tier(c) for c in head.children if c.dep_ in ("amod", "nmod", "appos"))


# the nouns of one who runs in a vote: "le candidat à la présidentielle" names a person, whose
# state the narration does not give (a foreign leader in a dispatch on another state)
RUNNER_NOUNS = frozenset({"candidat", "candidate", "vainqueur", "gagnant", "gagnante", "perdant",
                          "perdante", "favori", "favorite", "finaliste", "prétendant", "challenger"})


# the vote of a union whose members each hold it at home ("les européennes", "les élections
# européennes"): each member state holds its part of it, as the judges' precedent reads it
# ("France for the European elections held in it"); not for `state_before`, whose vote has no
# actor to say which member's part it is
UNION_TIERS = frozenset({"européen", "européenne", "européennes", "européens"})


def is_union_vote(head) -> bool:
    """The trigger names a union's vote held in its member states: the tier noun itself or a
    vote noun qualified by it ("les élections européennes")."""
    def union(tok):
        return tok.lower_ in UNION_TIERS or tok.lemma_.lower() in UNION_TIERS
    if union(head):
        return True
    if head.lemma_.lower() not in VOTE_NOUNS and head.lower_ not in VOTE_NOUNS:
        return False
    return any(union(c) for c in head.children if c.dep_ in ("amod", "nmod", "appos"))


def describes_a_runner(head) -> bool:
    """The vote completes a noun of a runner ('l'ancien candidat à la présidentielle')."""
    gov = head.head
    return gov is not head and gov.pos_ in ("NOUN", "PROPN") and \
        (gov.lemma_.lower() in RUNNER_NOUNS or gov.lower_ in RUNNER_NOUNS)


def most_named_state(by_sentence) -> str | None:
    """The state the article names most often, or None when two tie."""
    counts = Counter(m.canonical_name for ms in by_sentence.values() for m in ms if m.actor_type == "country")
    top = counts.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


def state_before(head, sentence_index: int, by_sentence) -> dict[str, str]:
    """{state: 'participant'} for a state tier's election with no actor, outside a quotation,
    when the `WINDOW` sentences before it (and its own sentence before it) name exactly one
    state and that state is the one the article names most; else {}."""
    if not is_state_tier(head) or in_quote(head.doc, head.idx) or describes_a_runner(head):
        return {}
    states = {m.canonical_name
              for i in range(max(0, sentence_index - WINDOW), sentence_index + 1)
              for m in by_sentence.get(i, [])
              if m.actor_type == "country" and (i < sentence_index or m.char_start < head.idx)}
    if len(states) != 1:
        return {}
    state = states.pop()
    return {state: "participant"} if state == most_named_state(by_sentence) else {}


def holding_state(head, actors: dict[str, str], mentions) -> str | None:
    """The state whose vote a state tier's election is, to add to `actors` when they name no
    state: the state the article names most (`mentions`: its ActorMentions), for a trigger
    outside a quotation that does not complete a runner's noun; else None. A verb of winning
    or losing ("a remporté les législatives") is judged by its object. When the vote's actors
    are known to belong to states (ActorMention.country_code: a party's, a head of state's),
    the vote is one of those states' (`state_of_actors`), not the article's main topic (an
    article on a visit to Dakar names Senegal most; the French presidential race it recalls is
    France's). A union's vote ("les élections européennes") takes only its actors' state:
    an article on the European elections names the other members as allies or rivals."""
    states = {m.canonical_name for m in mentions if m.actor_type == "country"}
    vote = head if head.pos_ != "VERB" else next((c for c in head.children if c.dep_ == "obj"), head)
    if not actors or states.intersection(actors) or not (is_state_tier(vote) or is_union_vote(vote)) \
            or in_quote(head.doc, head.idx) or describes_a_runner(vote):
        return None
    codes = {m.country_code for m in mentions if m.canonical_name in actors and m.country_code}
    if codes:
        return state_of_actors(codes, mentions)
    if not is_state_tier(vote):                   # a union's vote: only the part of its actors' state
        return None
    return most_named_state({0: mentions})        # it counts over every sentence's mentions


def state_of_actors(codes: set[str], mentions) -> str | None:
    """The one state the article names whose code is among `codes` (the states the vote's
    actors belong to), or None when it names none or several of them."""
    found = {m.canonical_name for m in mentions if m.actor_type == "country" and m.country_code in codes}
    return found.pop() if len(found) == 1 else None
