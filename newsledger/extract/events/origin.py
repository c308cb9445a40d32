"""Where someone comes from takes no part in what is done to them (eval/GUIDELINES.md: a
legal action's actors are who brings it, who judges or carries it out, and who is charged,
tried, arrested or released; a place that is only a place is a location, not an actor).

French news gives the origin of a person with a word of origin and its "de" complement
("originaire de", "natif de", "ressortissant de": "les survivants, originaires du Sénégal et du
Mali, ont été placés en détention", "le conducteur, originaire d'Irlande du Nord, a été
inculpé"), as it does with a nationality adjective (events/bystanders.py: "un touriste américain
arrêté"). The country or place there says where the person comes from; it does not arrest,
charge, try or release anyone. The state that acts is named otherwise ("arrêté en Iran", "par
la police de X", "la justice japonaise"), and stays. One hook: legal.without_non_parties, for
legal actions."""
from __future__ import annotations

from newsledger.extract.events.syntax import PREPOSITIONAL_DEPS, DE_CASES, case_of, forms, subtree_indices


def complements(word) -> list:
    """The "de" complements of the word of origin: hung on it, or opened by the "de" right after
    it, wherever the parser hung the noun ("des migrants originaires du Mali": "Mali" on
    "migrants")."""
    found = [c for c in word.children if c.dep_ in PREPOSITIONAL_DEPS and case_of(c) in DE_CASES]
    doc = word.doc
    if word.i + 1 < len(doc):
        nxt = doc[word.i + 1]
        if nxt.dep_ == "case" and nxt.lower_ in DE_CASES and nxt.head.i > word.i \
                and all(c.i != nxt.head.i for c in found):
            found.append(nxt.head)
    return found


LIST_LINKS = {",", "et", "ou"}


def listed_span(word, sent) -> frozenset[int]:
    """Token indices of the list of "de" complements written right after the word of origin,
    however the parser hung them ("originaires du Sénégal, du Mali et du Tchad": the parser may
    hang "du Mali" on another noun): from the "de" after the word, on through commas and "et" /
    "ou" that a "de" follows, to the first other punctuation, verb or link."""
    doc = word.doc
    out: list[int] = []
    i = word.i + 1
    if i >= sent.end or doc[i].lower_ not in DE_CASES:
        return frozenset()
    while i < sent.end:
        tok = doc[i]
        if tok.lower_ in LIST_LINKS:
            nxt = i + 1
            if nxt < sent.end and doc[nxt].lower_ in LIST_LINKS:
                nxt += 1                          # ", et du Ghana"
            if nxt >= sent.end or doc[nxt].lower_ not in DE_CASES:
                break
            i = nxt
            continue
        if tok.is_punct or tok.pos_ in ("VERB", "AUX"):
            break
        out.append(i)
        i += 1
    return frozenset(out)


def origin_names(head, sent, mention_tokens, origin_words: frozenset[str]) -> set[int]:
    """Mention tokens in the "de" complements of a word of origin of the sentence (complements,
    listed_span: "originaires du Sénégal, du Mali et du Tchad", the listed ones too); none when
    the trigger is in that complement."""
    out: set[int] = set()
    for t in sent:
        if not forms(t) & origin_words:
            continue
        for inside in [subtree_indices(c) for c in complements(t)] + [listed_span(t, sent)]:
            if head.i not in inside:
                out |= {i for i in inside if i in mention_tokens}
    return out
