"""Measures taken against a disease or a disaster, no sanction: eval/GUIDELINES.md counts as a
sanction what one actor imposes on another (sanctions, embargoes, resolutions, vetoes,
enforcement actions). Restrictive measures whose purpose is to fight an epidemic or another
natural cause ("des mesures restrictives pour contenir l'épidémie", "des mesures restrictives
contre le coronavirus", "face à la pandémie") are a public-health decision of policy (the
'other' type), aimed at no actor. The purpose is read in a complement of the trigger or of the
verb that governs it, introduced by a preposition or conjunction of purpose or opposition
(PURPOSE_MARKERS), that holds a word of contexts.natural_cause. General French usage."""
from __future__ import annotations

from newsledger.extract.events.lexicon import Lexicon
from newsledger.extract.events.syntax import PURPOSE_MARKS, case_of, forms

# the words that introduce a purpose or what a measure is against: "pour contenir", "afin de
# freiner", "contre le virus", "face à la pandémie", "dans la lutte contre"
PURPOSE_MARKERS = frozenset(PURPOSE_MARKS | {"contre", "face"})


def introduced_by_purpose(c) -> bool:
    """A dependent introduced by a word of PURPOSE_MARKERS (its case or mark)."""
    return any(g.dep_ in ("case", "mark", "fixed") and g.lower_ in PURPOSE_MARKERS
               for g in c.children) or any(
        g.dep_ in ("case", "mark") and any(f.lower_ in PURPOSE_MARKERS for f in g.children)
        for g in c.children)


def fights_a_natural_cause(tok, lex: Lexicon) -> bool:
    """The trigger noun, or the verb that governs it, has a complement of purpose or
    opposition that holds a word of contexts.natural_cause ("adopter des mesures restrictives
    pour contenir l'épidémie")."""
    causes = lex.contexts.get("natural_cause", frozenset())
    holders = [tok] + ([tok.head] if tok.head.i != tok.i and tok.dep_ in ("obj", "nsubj:pass") else [])
    for h in holders:
        for c in h.children:
            if c.i == tok.i or not introduced_by_purpose(c):
                continue
            if any(forms(t) & causes for t in c.subtree):
                return True
    return False


def aimed_at_an_actor(tok, mention_tokens) -> bool:
    """Option or_aimed_actor: the measure's 'contre' or 'à l'encontre de' complement, on the noun
    or on the verb it completes, is an actor the text names ("de nouvelles mesures restrictives
    contre X", "a pris des mesures restrictives à l'encontre de X"): measures aimed at an actor,
    as sanctions are; not "à l'encontre des personnes en provenance de X", aimed at travellers."""
    holders = [tok] + ([tok.head] if tok.dep_ in ("obj", "obl:arg", "nsubj:pass") else [])
    for holder in holders:
        for c in holder.children:
            if case_of(c) == "contre" and c.i in mention_tokens:
                return True
            if c.lower_ == "encontre" and any(g.dep_ == "nmod" and g.i in mention_tokens for g in c.children):
                return True
    return False
