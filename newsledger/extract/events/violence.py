"""Violence told by its victim: a passive infinitive ("X dit avoir été battu", "X affirme
être torturé", "avant d'être abattu") has no subject of its own; the one it was done to is
the subject of the verb it completes (subject control), so a named subject there is the
victim of the attack (constraints.has_patient)."""
from __future__ import annotations

from newsledger.extract.events.syntax import (SUBJECT_DEPS, forms, is_adjectival_passive, is_infinitive, is_passive,
                                             named_in_apposition)

# the links by which a passive infinitive completes the verb whose subject it shares
CONTROL_DEPS = ("xcomp", "advcl", "ccomp")


def victim_of_infinitive(verb, people, mention_tokens) -> bool:
    """The subject of the verb a passive infinitive completes names someone: an actor, a
    proper name, a pronoun, a title ("le ministre affirme avoir été agressé") or a description
    with a person's name in apposition ("l'ancien président X devrait être poursuivi", for
    legal actions too, whose `people` is empty). A passive the tagger read as a copula and an
    adjective counts ("X affirme avoir été empoisonné"). A conjunct
    ("avoir été torturé et frappé") shares the first one's subject."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if not ((is_passive(verb) or is_adjectival_passive(verb)) and is_infinitive(verb)) \
            or verb.dep_ not in CONTROL_DEPS or verb.head.i == verb.i:
        return False
    if any(c.dep_ in SUBJECT_DEPS + ("nsubj:pass",) for c in verb.children):
        return False
    return any(c.i in mention_tokens or c.pos_ in ("PROPN", "PRON") or forms(c) & people
               or named_in_apposition(c, mention_tokens)
               for c in verb.head.children if c.dep_ in SUBJECT_DEPS)
