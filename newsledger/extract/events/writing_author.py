"""Who wrote or published the text a legal action is told in takes no part in it
(eval/GUIDELINES.md: a legal action's parties are the one arrested, charged, tried or released
and the authority, court or plaintiff acting).

French news names the text where an act is told with a noun of writing in a phrase of
location or of means: "dans" ("dans cet article de X et Y, il est question d'une plainte",
"dans son livre, ...") or the agent "par" of a verb of revealing ("révélé par un article du
quotidien X"). The "de" complement of the noun of writing names its author or its publisher
(French grammar: the complement of a noun of a work names who made it, "le livre de X",
"un article du Monde"); they write about the act, they do not arrest, charge, try or release
anyone. Only when that phrase is not the trigger's own and does not hold it ("la plainte
contre un article de X": X is sued). One hook: legal.without_non_parties, for legal actions.
Word class: data/legal.json writing_noun."""
from __future__ import annotations

from newsledger.extract.events.syntax import DE_CASES, PREPOSITIONAL_DEPS, case_of, forms, subtree_indices

# the prepositions by which a noun of writing names where, or by what, an act is told
TELLING_CASES = frozenset({"dans", "par"})


def author_names(head, sent, mention_tokens, writing: frozenset[str]) -> set[int]:
    """Token indices of the names in the "de" complements of a noun of writing (`writing`)
    opened by "dans" or "par" whose phrase neither is the trigger `head` nor holds it."""
    out: set[int] = set()
    for tok in sent:
        if tok.pos_ != "NOUN" or not forms(tok) & writing or case_of(tok) not in TELLING_CASES:
            continue
        if head.i in subtree_indices(tok):
            continue
        for c in tok.children:
            if c.dep_ in PREPOSITIONAL_DEPS and case_of(c) in DE_CASES:
                out |= {i for i in subtree_indices(c) if i in mention_tokens}
    return out
