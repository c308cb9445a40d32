"""Aid granted: an amount of money named by the aid noun, and the activity of a body described.

An aid noun whose own "de" complement is an amount of money names financial aid granted or
pledged ("une aide de 30 millions de dollars à l'Ukraine", "une assistance de 2 milliards
d'euros"), with no other word of contexts.aid around it: the amount itself says that the help
is money (eval/GUIDELINES.md, aid: "financial or economic aid pledged, granted or delivered").

The money is told as figures.py tells it: a currency word of figure_currencies.tsv (ISO 4217
names, the words that are money on their own: events/unspoken.currency_words) with a number or
a scale word ("millions", "milliards") among the three words before it, inside the noun's "de"
complement. General French usage: the noun of help followed by "de" and its amount; not "l'aide
de la Turquie" (the giver) nor "avec l'aide de" (contexts.help_manner, left to the entry's
not_context)."""
from __future__ import annotations

from newsledger.extract.events.syntax import DE_CASES, case_of, forms
from newsledger.extract.events.unspoken import SCALE_WORDS, currency_words


def names_an_amount(noun) -> bool:
    """`noun` has a "de" complement (nmod) that is a currency word, or a scale word whose own
    "de" complement is one, with a number or a scale word among the three words before it
    ("de 30 millions de dollars", "de 500 000 euros"; not "des organismes ... -300 euros")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    money = currency_words()
    doc = noun.doc
    for c in noun.children:
        if c.dep_ != "nmod" or case_of(c) not in DE_CASES or c.i < noun.i:
            continue
        # the amount is the complement itself ("de 500 000 euros") or the currency word its
        # scale word governs ("de 30 millions de dollars"), not a sum told further in its phrase
        for t in (c, *(g for g in c.children if g.dep_ == "nmod" and case_of(g) in DE_CASES)):
            if t.pos_ == "NOUN" and forms(t) & money and any(
                    w.like_num or w.lower_ in SCALE_WORDS for w in doc[max(t.i - 3, noun.i + 1):t.i]):
                return True
    return False


def describes_activity(verb) -> bool:
    """`verb` is in the simple present of a relative clause that qualifies a noun ("une ONG qui
    distribue des vivres", "l'agence qui achemine l'aide"): it describes what the noun's body
    does as a rule, a habit, no one happening (eval/GUIDELINES.md: no habitual happening).
    General French usage: the descriptive relative in the present; a compound tense ("qui a
    distribué") or another tense ("qui distribuera") tells a happening and stays."""
    if verb.dep_ != "acl:relcl" or verb.pos_ != "VERB":
        return False
    if any(c.dep_ in ("aux", "aux:pass", "aux:tense") for c in verb.children):
        return False
    return "Pres" in verb.morph.get("Tense") and "Ind" in verb.morph.get("Mood")


def told_as_activity(tok) -> bool:
    """The trigger verb, or the verb whose direct object the trigger noun is ("une ONG qui
    distribue des aides alimentaires"), describes an activity (describes_activity)."""
    if tok.pos_ in ("VERB", "AUX"):
        return describes_activity(tok)
    return tok.dep_ == "obj" and tok.head.i != tok.i and describes_activity(tok.head)


def is_infinitive(verb) -> bool:
    """The trigger verb is a bare infinitive ("afin de permettre d'acheminer de l'aide", "le
    but était de distribuer les doses"): the help is aimed at, planned or allowed, no help told
    as given; or a present participle ("des bénévoles distribuant des vivres"), which tells
    what the people it qualifies are seen doing, not an act of the clause's named subject
    (option finite)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    form = verb.morph.get("VerbForm")
    return "Inf" in form or ("Part" in form and "Pres" in verb.morph.get("Tense"))
