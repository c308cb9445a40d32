"""A protest that only qualifies another thing (eval/GUIDELINES.md: a protest's actors are its
protesters and organisers). A protest noun as the agent of a past participle that qualifies a
common noun, a reduced passive relative clause (Grevisse: the participle épithète with its
complément d'agent, by 'par' or 'de': "après un week-end émaillé par des manifestations",
"après trois semaines d'un bras de fer marqué par des grèves", "une année rythmée de grèves"),
tells what that noun's thing was like, not who marched: who is named outside that noun's phrase
does something else in the sentence ("X était l'invité du journal après un week-end émaillé
par des manifestations") and takes no part in the protest. The names inside the phrase stay,
the protest's own ("marqué par les grèves des dockers de X") and the noun's, who may be the
protesters ("les cheminots de X, épuisés par la grève"), and so do the countries (a country for
protests held in it, the judging precedent of docs/audit/README.md). Not when the qualified
noun names people (lexicon `people`: "le président renversé par la révolte", whom it
overthrew) or is an actor's name, nor a participle with a subject of its own.
One hook: gathering.gathered_actors, for every protest candidate."""
from __future__ import annotations

from newsledger.extract.events.protest_landmark import named_outside
from newsledger.extract.events.syntax import (PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, case_of, forms,
                                              is_past_participle, is_verbal, subtree_indices)
from newsledger.extract.words import either_apostrophe

# the prepositions of a passive participle's complément d'agent (Grevisse): 'par', and 'de'
# after participles of state ("émaillé de", "marqué de")
AGENT_CASES = either_apostrophe({"par", "de", "d'", "des", "du"})
# the relations by which a protest noun lies inside a larger agent phrase (a conjunct, a noun's
# complement: "par des grèves dans les transports et de nouvelles manifestations"), two nouns up
NOUN_DEPS = ("conj", "nmod")
MAX_NOUNS = 2


def qualified_noun(head, people=frozenset(), mention_tokens=None):
    """The common noun that the protest noun `head`, or the noun whose conjunct or complement
    it is (two nouns up), qualifies as the agent of a past participle attached to it (see the
    module's docstring), or None."""
    if is_verbal(head) or head.head.i == head.i:
        return None
    for _ in range(MAX_NOUNS):                    # "marqué par des grèves dans les transports et de
        if head.dep_ not in NOUN_DEPS or head.head.pos_ != "NOUN":   # nouvelles manifestations"
            break
        head = head.head
    part = head.head
    if not (head.dep_ == "obl:agent" or (head.dep_.startswith("obl") and case_of(head) in AGENT_CASES)):
        return None
    if part.dep_ != "acl" or not is_past_participle(part) or part.head.i == part.i:
        return None
    if any(c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS for c in part.children):
        return None
    noun = part.head
    if noun.pos_ != "NOUN" or forms(noun) & people or (mention_tokens and noun.i in mention_tokens):
        return None
    return noun


def qualifier_outsiders(head, sent, actors: dict[str, str], mention_tokens, people=frozenset()) -> set[str]:
    """The actors of the protest `head` named only outside the phrase of the noun it
    qualifies (qualified_noun), countries aside; empty otherwise. That phrase holds the
    protest's own and the names of the noun's own complements, who may be the protesters
    ("les cheminots de X, épuisés par la grève")."""
    noun = qualified_noun(head, people, mention_tokens)
    if noun is None:
        return set()
    return named_outside(sent, actors, set(subtree_indices(noun)), mention_tokens)
