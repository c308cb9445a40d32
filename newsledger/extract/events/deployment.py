"""Troops and war vehicles sent somewhere are deployed, not transferred.

'envoyer' names an arms transfer when what is sent is handed to someone ("a envoyé des armes
aux rebelles"). When what is sent is a body of troops or a war vehicle (contexts.deployed:
"des militaires", "une escadrille", "des avions de chasse", "des navires de guerre") and no one
receives it (no 'à' complement naming an actor, no indirect object), the sender moves its own
forces to a place ("a envoyé des militaires en Sibérie", "une escadrille sera envoyée en
Italie", "des navires de guerre dans les eaux entre X et Y"): a deployment, no transfer
(eval/GUIDELINES.md, arms_transfer: "delivery, sale, purchase or supply"). General French usage
(TLFi s.v. envoyer: "faire aller quelqu'un quelque part"), option not_deployed."""
from __future__ import annotations

from newsledger.extract.events.lexicon import Lexicon
from newsledger.extract.events.syntax import A_CASES, case_of, forms


def sends_a_deployment(tok, lex: Lexicon, mention_tokens) -> bool:
    """The verb's goods (direct object, passive subject, or the noun a participle qualifies) are
    all troops or war vehicles and no actor receives them."""
    deployed = lex.contexts.get("deployed", frozenset())
    goods = [c for c in tok.children if c.dep_ in ("obj", "nsubj:pass")]
    if tok.dep_ == "acl" and tok.head.pos_ == "NOUN":
        goods.append(tok.head)                    # "les militaires envoyés en renfort"
    if not goods or not all(forms(g) & deployed for g in goods):
        return False
    received = any(c.dep_ == "iobj" or (case_of(c) in A_CASES and c.i in mention_tokens)
                   for c in tok.children)
    return not received
