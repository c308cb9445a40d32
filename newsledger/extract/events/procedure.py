"""An election noun that names a kind of vote by who starts it ("le référendum d'initiative
citoyenne", "un référendum d'initiative partagée"): a procedure a constitution provides or a
programme demands, debated, asked for or made easier, not a vote held (data/election_words.json
procedure, with its source). The complement is a bare noun of that list with an adjective of its
own, hung on the election noun by "de"; a date of the noun's own ("le référendum d'initiative
populaire du 9 février") tells a vote held and keeps it. Hook: candidates.segment_candidates,
for the election type."""
from __future__ import annotations

from functools import lru_cache

from newsledger.extract.events.constraints import has_date_complement
from newsledger.extract.events.election import election_words
from newsledger.extract.events.syntax import DE_CASES, case_of, determiner


# an adjective, or a participle the parser hangs as a clause ("d'initiative partagée")
QUALIFIERS = ("amod", "acl")


@lru_cache(maxsize=1)
def procedure_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in election_words()["procedure"])


def names_a_procedure(head) -> bool:
    """The election noun's bare "de" complement is a noun of the list qualified by an adjective
    or a participle ("d'initiative citoyenne", "d'initiative partagée"), and the noun has no date of its own."""
    if head.pos_ != "NOUN" or has_date_complement(head):
        return False
    return any(c.dep_ == "nmod" and c.lemma_.lower() in procedure_nouns() and case_of(c) in DE_CASES
               and determiner(c) == "bare" and any(a.dep_ in QUALIFIERS for a in c.children)
               for c in head.children)
