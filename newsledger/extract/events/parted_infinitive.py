"""An infinitive complement the parser took away from the verb of proposing, asking or wishing it
completes, when an incise or an adjunct stands between them ("a surpris en proposant, « pour ne
pas perdre nos forces », de passer un accord avec X": "passer" hung on "surpris"). "de" / "à" +
infinitive is the complement of a verb that governs one (Grevisse, Le bon usage, the infinitive
complement of a verb), and a verb of proposing or asking whose complement is missing lacks
exactly that: so the infinitive is read as the complement of the verb of the irrealis class
(contexts.irrealis of data/event_triggers.json: 'proposer', 'suggérer', 'demander', 'inviter',
...) that comes between the parser's head and the infinitive and has no complement of its own
(an incise's verb of the class counts: "n'a pas l'intention, comme X l'y invitait, de saisir la
justice"), and what it names is proposed or asked for, not done. The order of the words is
read, not the attachment, as events/readiness.py does after an adjective. The same holds for a
trigger noun the parser took from an infinitive right before it and hung on an earlier verb
("a félicité X et proposera à ses troupes d'engager avec lui « une discussion »": "discussion"
the object of "félicité").
Not when a coordinating conjunction or a finite verb outside the class stands between (another
clause: "X a proposé un plan et a décidé de signer"), nor a compound infinitive ("d'avoir
signé": a done act). Hook: reference.irrealis."""
from __future__ import annotations

from newsledger.extract.events.syntax import PURPOSE_MARKS, forms, is_verbal

# the marks of an infinitive complement of a verb ("proposer de", "appeler à")
COMPLEMENT_MARKS = {"de", "d'", "d’", "à"}
# the relations by which a verb has its complement: an object, an infinitive or a clause
COMPLEMENT_DEPS = ("obj", "xcomp", "ccomp")
# words that open another clause between the verb of proposing and the infinitive
CLAUSE_BREAKS = {"CCONJ"}
# the relations of the trigger noun to the infinitive whose act it names
ACT_DEPS = ("obj", "obl:arg")


def infinitive_of(head):
    """The infinitive that is the trigger, or whose object or "à" complement the trigger noun is
    ("passer un accord", "parvenir à un accord"); None otherwise."""
    verb = head if is_verbal(head) else head.head if head.dep_ in ACT_DEPS and head.head.i != head.i else None
    if verb is None:
        return None
    if "Inf" in verb.morph.get("VerbForm"):
        return verb
    return object_taken_infinitive(head)


def object_taken_infinitive(noun):
    """The infinitive right before a noun the parser made the object of an earlier verb that the
    infinitive hangs under ("a salué X et proposera à ses troupes d'engager avec lui « une
    discussion »": "discussion" hung on "salué"), when the infinitive has no object of its own
    and only its own adjuncts or punctuation stand between; None otherwise."""
    if noun.pos_ != "NOUN" or noun.dep_ != "obj" or noun.head.i == noun.i or noun.head.i > noun.i:
        return None
    for tok in reversed(noun.doc[noun.head.i + 1:noun.i]):
        if "Inf" in tok.morph.get("VerbForm") and tok.pos_ == "VERB":
            inside = {d.i for d in tok.subtree}
            if not any(c.dep_ == "obj" for c in tok.children) and in_subtree(tok, noun.head) \
                    and all(t.is_punct or t.i in inside or t.head.i == noun.i for t in noun.doc[tok.i + 1:noun.i]):
                return tok
            return None
    return None


def displaced_governor(inf, governors):
    """The verb of `governors` an infinitive with "de" or "à" completes when the parser hung the
    infinitive on an earlier verb: the last verb of the class between that head and the
    infinitive, itself in the head's subtree, with no object, infinitive or clause complement of
    its own, and with no finite verb nor coordinating conjunction between it and the
    infinitive; None otherwise."""
    marks = [c for c in inf.children if c.dep_ == "mark" and c.lower_ in COMPLEMENT_MARKS and c.i < inf.i]
    if not marks or any(c.dep_.startswith("aux") for c in inf.children):
        return None
    head = inf.head
    if head.i == inf.i or head.i > inf.i or not is_verbal(head) or forms(head) & governors:
        return None
    start = marks[0].i
    for tok in reversed(inf.doc[head.i + 1:start]):
        if tok.pos_ in CLAUSE_BREAKS or (tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm")
                                         and not (forms(tok) & governors)):
            return None
        if tok.pos_ == "VERB" and forms(tok) & governors:
            if any(is_complement(c) for c in tok.children) or not in_subtree(tok, head):
                return None
            return tok
    return None


def is_complement(tok) -> bool:
    """An object, infinitive or clause complement of its head; not an infinitive of purpose the
    parser gave that relation ("en proposant, « pour ne pas perdre ses forces », de ...")."""
    return tok.dep_ in COMPLEMENT_DEPS and not any(c.dep_ == "mark" and c.lower_ in PURPOSE_MARKS
                                                   for c in tok.children)


def in_subtree(tok, root) -> bool:
    """`tok` hangs, directly or not, on `root`."""
    cur, steps = tok, 0
    while cur.head.i != cur.i and steps < 8:
        cur, steps = cur.head, steps + 1
        if cur.i == root.i:
            return True
    return False


def is_displaced_complement(head, governors) -> bool:
    """The trigger is, or is the object of, an infinitive that completes a verb of proposing,
    asking or wishing the parser did not hang it on (see the module)."""
    inf = infinitive_of(head)
    if inf is None:
        return False
    if head.pos_ == "NOUN" and head.head.i != inf.i and inf.dep_ == "xcomp" and forms(inf.head) & governors:
        return True                                # "proposera d'engager avec lui « une discussion »"
    return displaced_governor(inf, governors) is not None
