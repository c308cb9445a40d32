"""The victim of the crime a legal action is about takes no part in it (eval/GUIDELINES.md: a
legal action's actors are who brings it, who judges or carries it out, and who is charged, tried,
arrested or released; the victim precedent of docs/audit/README.md: the victim of the crime
tried is no party to the charge, the trial or the acquittal of the accused).

French names the victim of a crime beside the legal action in three ways, besides the "de"
complement of a noun of the crime ("le meurtre de X", legal.victims):
- the object of a verb of harming a person (data/legal.json crime_verb: "tuer", "abattre",
  "agresser", "frapper") in a clause or a phrase that does not hold the trigger: a relative
  ("l'acquittement des policiers qui avaient abattu X"), an infinitive of cause or time
  ("condamné pour avoir frappé X", "mis en examen après avoir agressé X"), a participle. Only
  the words that name the object (itself, its flat parts, appositions and conjuncts), not its
  complements ("violé le respect qui était dû à X" names no victim); with the name the parser
  splits off the object after a comma ("qui avaient abattu un automobiliste, X,": a name right
  after the object's phrase and a comma, closed by a comma or the end of the sentence), and the
  name right after a verb the parser gave no object ("condamné pour avoir frappé X", X hung
  elsewhere);
- the "de" complement or the possessive of a noun of the one who did the crime (culprit_noun:
  "le meurtrier de X", "l'agresseur de X"): the crime's victim, whoever the culprit is; the
  words that name it, but an apposition after a comma, which may rename the culprit ("le tueur
  des mosquées de Y, X, a été condamné");
- the "à" complement of a noun of a blow (blow_noun: "après avoir asséné des coups à X"), on
  the noun or on the verb whose object it is: the one struck (the words that name it).
Those names go from a legal action when they are persons (an organization is harmed only in a
figure: "la crise qui frappe X"), unless the trigger lies in the victim's phrase ("il a tué X,
qui l'avait fait arrêter"), or the verb of harming is the trigger's conjunct (they share the
object: "arrêté et frappé X"), or the trigger lies under the verb of harming ("il a frappé X
avant de l'arrêter": X may be the one arrested). Verbs of kidnapping are left out: the hostage
is the one released ("les ravisseurs qui avaient enlevé X ont annoncé sa libération"). Not for
attacks (the victim is the attack's target) nor other types. One hook: legal.without_non_parties, for legal actions."""
from __future__ import annotations

import json
from functools import lru_cache

from newsledger.extract.events.syntax import (A_CASES, DE_CASES, case_of, forms, is_passive, is_verbal,
                                             subtree_indices)
from newsledger.resources import data_dir

LEGAL_PATH = data_dir("newsledger.extract") / "legal.json"


@lru_cache(maxsize=1)
def crime_words() -> dict[str, frozenset[str]]:
    data = json.loads(LEGAL_PATH.read_text(encoding="utf-8"))
    return {k: frozenset(data[k]) for k in ("crime_verb", "culprit_noun", "blow_noun")}


def split_name(obj, phrase) -> frozenset[int]:
    """The name the parser hung elsewhere right after the object's phrase and a comma ("qui
    avaient abattu un automobiliste noir, X, le 3 mars"): a proper noun and its flat parts,
    closed by a comma or the end of the sentence. Only after a common noun (a description the
    name identifies)."""
    if obj.pos_ != "NOUN":
        return frozenset()
    doc = obj.doc
    k = max(phrase) + 1
    if k + 1 >= len(doc) or doc[k].text != "," or doc[k + 1].pos_ != "PROPN":
        return frozenset()
    j = k + 1
    out = {j}
    while j + 1 < len(doc) and doc[j + 1].dep_ in ("flat:name", "flat") and doc[j + 1].head.i == doc[k + 1].i:
        j += 1
        out.add(j)
    if j + 1 < len(doc) and not (doc[j + 1].text == "," or doc[j + 1].is_sent_end or doc[j + 1].text == "."):
        return frozenset()
    return frozenset(out)


NAMING_DEPS = ("flat:name", "flat", "appos", "conj")


def naming_words(tok, comma: bool) -> set[int]:
    """The words that name the one `tok` stands for: itself, its flat parts, appositions and
    conjuncts ("un automobiliste, X", "son client X", "X et Y"), not its complements or clauses
    ("le respect qui était dû à X": X is no object of the verb). `comma`: an apposition set off
    by a comma counts; after a culprit's complement it may rename the culprit ("le tueur des
    mosquées de Y, X, a été condamné": X is the one convicted)."""
    out = {tok.i}
    for c in tok.children:
        if c.dep_ not in NAMING_DEPS:
            continue
        if not comma and c.dep_ in ("appos", "conj") and c.i > 0 and tok.doc[c.i - 1].text == ",":
            continue
        out |= naming_words(c, comma)
    return out


def shares_arguments(verb, head) -> bool:
    """The verb of harming and the trigger are conjuncts: they share their object."""
    return (verb.dep_ == "conj" and verb.head.i == head.i) or (head.dep_ == "conj" and head.head.i == verb.i)


def crime_objects(head, sent, crime_verbs) -> set[int]:
    """The object phrases of the verbs of harming of the sentence other than the trigger."""
    out: set[int] = set()
    for t in sent:
        if t.i == head.i or not is_verbal(t) or not forms(t) & crime_verbs or is_passive(t):
            continue
        if shares_arguments(t, head) or head.i in subtree_indices(t):
            continue                       # "il a frappé X avant de l'arrêter": X may be the one arrested
        objects = [c for c in t.children if c.dep_ == "obj"]
        for c in objects:
            phrase = subtree_indices(c)
            if head.i not in phrase:
                out |= naming_words(c, comma=True) | split_name(c, phrase)
        if not objects:
            out |= name_after(t) - {head.i}
    return out


def name_after(verb) -> frozenset[int]:
    """The name right after a verb of harming the parser gave no object ("condamné pour avoir
    frappé X", X hung on another word): a proper noun and its flat parts."""
    doc = verb.doc
    k = verb.i + 1
    if k >= len(doc) or doc[k].pos_ != "PROPN" or doc[k].dep_ in ("nsubj", "nsubj:pass"):
        return frozenset()
    return frozenset({k} | {g.i for g in doc[k].children if g.dep_ in ("flat:name", "flat")})


def culprit_complements(head, sent, culprit_nouns) -> set[int]:
    """The "de" complements and possessives of the nouns of a culprit ("le meurtrier de X")."""
    out: set[int] = set()
    for t in sent:
        if t.i == head.i or t.pos_ != "NOUN" or not forms(t) & culprit_nouns:
            continue
        for c in t.children:
            if c.dep_ == "nmod:poss" or (c.dep_ == "nmod" and case_of(c) in DE_CASES):
                if head.i not in subtree_indices(c):
                    out |= naming_words(c, comma=False)
    return out


def struck(head, sent, blow_nouns) -> set[int]:
    """The "à" complements of a noun of a blow, or of the verb whose object it is ("asséner
    des coups à X")."""
    out: set[int] = set()
    for t in sent:
        if t.pos_ != "NOUN" or not forms(t) & blow_nouns:
            continue
        holders = [t] + ([t.head] if t.dep_ == "obj" and is_verbal(t.head) and t.head.i != head.i else [])
        for h in holders:
            for c in h.children:
                if c.dep_ in ("nmod", "obl", "obl:arg", "obl:mod", "iobj") and case_of(c) in A_CASES \
                        and head.i not in subtree_indices(c):
                    out |= naming_words(c, comma=True)
    return out


def victim_names(head, sent, mention_tokens) -> set[int]:
    """Mention tokens of the persons named in the sentence of the legal action `head` only as
    the victim of a crime (see the module's docstring)."""
    words = crime_words()
    where = crime_objects(head, sent, words["crime_verb"]) \
        | culprit_complements(head, sent, words["culprit_noun"]) | struck(head, sent, words["blow_noun"])
    return {i for i in where if i in mention_tokens
            and all(m.actor_type == "person" for m in mention_tokens[i])}
