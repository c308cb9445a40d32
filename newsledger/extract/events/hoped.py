"""A happening only hoped, wished or feared through a noun's "que" clause ("l'espoir qu'on
aboutisse à un accord", "le souhait que la réunion ait lieu"): the clause completes the noun, and
its verb, in the subjunctive, the future or the conditional, tells what is awaited, not what
was done. The parser often takes the "que" of such a clause for a relative pronoun (object of
the clause's verb, "acl:relcl"), and the tagger the subjunctive of a verb in "-ir" for an
indicative ("aboutisse": Mood=Ind), so the completive is read here from the mood of the
clause's verb group whatever the parser's label for "que". A relative clause of the noun is left
("l'espoir qu'il a exprimé", "l'espoir qu'ont fait naître les négociations": indicative), and so is an
indicative completive ("l'espoir que la réunion a permis de ...": told as done).
Hook: reference.walk_relation and the walk of reference.irrealis."""
from __future__ import annotations

from newsledger.extract.events.mood import is_non_assertive_mood
from newsledger.extract.events.syntax import QUE_FORMS, is_verbal


def opening_que(verb):
    """The "que" that opens the clause of `verb`: its "mark" conjunction, or a pronoun "que" the
    parser made its object or subject and that is the clause's first word."""
    for c in verb.children:
        if c.lower_ in QUE_FORMS and (c.dep_ == "mark" or (c.pos_ == "PRON" and c.dep_ in ("obj", "nsubj")
                                                     and c.i == verb.left_edge.i)):
            return c
    return None


def is_misread_completive(verb) -> bool:
    """A clause the parser took for a relative clause of the noun it follows, its "que" for the
    relative pronoun, while its verb group is in the subjunctive, the future or the conditional
    ("l'espoir qu'on aboutisse à un accord"): a completive of the noun."""
    if not is_verbal(verb) or verb.dep_ != "acl:relcl" or verb.head.pos_ != "NOUN" or verb.head.i > verb.i:
        return False
    que = opening_que(verb)
    return que is not None and que.pos_ == "PRON" and is_non_assertive_mood(verb)


def is_hoped_completive(verb) -> bool:
    """`verb` heads a finite clause opened by "que" that completes the noun it follows (the
    parser's "acl", or "acl:relcl" with a conjunction "que" or a misread one), in the
    subjunctive, the future or the conditional: what a trigger inside it names (its object or
    prepositional complement: "l'espoir qu'on aboutisse à un accord") is as unreal as the clause,
    whether the noun governs an unreal complement being the caller's to read."""
    if not is_verbal(verb) or verb.dep_ not in ("acl", "acl:relcl") or verb.head.pos_ != "NOUN" \
            or verb.head.i > verb.i or "Inf" in verb.morph.get("VerbForm"):
        return False
    que = opening_que(verb)
    return que is not None and is_non_assertive_mood(verb)
