"""A happening named by an infinitive that is the subject of a judgement, where the parser did
not take it for one: what is judged is supposed, not told.

French makes an infinitive the subject of a predicate in two ways (Grevisse, Le bon usage, the
infinitive as subject; Riegel, Pellat and Rioul, Grammaire méthodique du français, the
extraposed "de" + infinitive of "c'est ... de"):
- the bare infinitive at the head of its clause, with no preposition ("Organiser un référendum
  ce jour-là serait une manœuvre"): an adverbial infinitive always takes a preposition ("pour",
  "sans", "avant de", "après"), so a bare one that opens its clause before the verb is that
  verb's subject, whatever relation the parser gave it (it often hangs it as an adverbial
  clause on a later verb). reference.is_bare_infinitive reads the subject infinitive when the
  parse calls it one; this reads it when the parse calls it an unmarked adverbial. Any tense
  of the predicate: an infinitive subject names the act in general, a kind of act judged,
  not one done;
- "de" + infinitive after a predicate whose subject is the demonstrative "ce" ("ce serait une
  folie de signer ce traité", "ç'aurait été une erreur de négocier"): the infinitive is the
  real subject, "ce" announcing it, as the expletive "il" of "il serait dangereux de négocier"
  does (reference.is_impersonal_infinitive). Only with the predicate in the conditional,
  present or past: the act is supposed in order to judge it, or was not done. "C'est une honte
  de signer ce traité" in the present may judge a signing under way, and is left alone.
A past infinitive ("avoir signé") tells an act done, and is left alone in both. Hook:
reference.irrealis."""
from __future__ import annotations

from newsledger.extract.events.mood import finite_word, is_conditional
from newsledger.extract.events.syntax import DE_FORMS
from newsledger.extract.words import either_apostrophe

# the demonstrative subjects that announce an extraposed infinitive ("ce serait une folie de")
DEMONSTRATIVE_SUBJECTS = either_apostrophe({"ce", "c'", "ç'"}) | {"cela", "ça"}
# what may stand before a bare infinitive that opens its clause ("« Organiser ...", ": négocier")
CLAUSE_OPENERS = {"«", "\"", "“", ":", "(", "—", "-"}
# the endings of the French infinitive (the tagger may call a present participle an infinitive)
INFINITIVE_ENDINGS = ("er", "ir", "re")


def present_infinitive(head):
    """The trigger verb, or the verb a trigger noun is the direct object of, when it is a present
    infinitive with no subject of its own; else None."""
    verb = head.head if head.dep_ == "obj" and head.head.i != head.i and head.pos_ != "VERB" else head
    if "Inf" not in verb.morph.get("VerbForm") or not verb.lower_.endswith(INFINITIVE_ENDINGS):
        return None
    if any(c.dep_.startswith(("nsubj", "aux")) for c in verb.children):
        return None                                # "avoir signé": an act done
    return verb


def is_unmarked_subject(head) -> bool:
    """A bare infinitive that opens its clause (the sentence, a quotation or what follows a
    colon) and that the parser hung as an adverbial clause on a verb after it, with no
    preposition or conjunction of its own: the subject of that verb's predicate."""
    verb = present_infinitive(head)
    if verb is None or verb.dep_ != "advcl" or verb.head.i < verb.i:
        return False
    if any(c.dep_ in ("mark", "case") for c in verb.children):
        return False                               # "pour négocier", "sans négocier"
    if verb.i == verb.sent.start:
        return True
    return verb.doc[verb.i - 1].text in CLAUSE_OPENERS


def is_conditional_predicate(pred) -> bool:
    """The copula or auxiliary of a noun or adjective predicate is in the conditional
    ("serait une folie", "aurait été une erreur")."""
    fin = finite_word(pred)
    return fin.i != pred.i and is_conditional(fin)


def is_extraposed_supposition(head) -> bool:
    """A "de" + present infinitive completing a predicate in the conditional whose subject is
    the demonstrative "ce" ("ce serait une folie de signer ce traité"): the act judged is
    supposed."""
    verb = present_infinitive(head)
    if verb is None or verb.head.i == verb.i or verb.head.i > verb.i:
        return False
    if not any(c.dep_ == "mark" and c.lower_ in DE_FORMS for c in verb.children):
        return False
    pred = verb.head
    return any(c.dep_.startswith(("nsubj", "expl")) and c.lower_ in DEMONSTRATIVE_SUBJECTS
               for c in pred.children) and is_conditional_predicate(pred)


def is_judged_infinitive(head) -> bool:
    """The trigger is an infinitive subject of a judgement, or its object (see the module)."""
    return is_unmarked_subject(head) or is_extraposed_supposition(head)
