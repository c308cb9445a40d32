"""A happening the subject of its verb undergoes ("X a fait l'objet d'une enquête", "X fait
l'objet de sanctions", "X a subi une attaque"): the subject is the one acted on, a target, not
the doer (data/undergoing.json names the verbs, the support construction and their source).
The parser hangs the happening's noun on the verb ("faire ... d'une enquête", obl) or on the
support noun ("l'objet d'une enquête", nmod): both are read."""
from __future__ import annotations

import json
from functools import lru_cache

from newsledger.extract.events.syntax import DE_CASES, case_of, forms, is_verbal
from newsledger.resources import data_dir

UNDERGOING_PATH = data_dir("newsledger.extract") / "undergoing.json"
VERB_COMPLEMENT_DEPS = ("obl", "obl:arg", "obl:mod")


@lru_cache(maxsize=1)
def undergoing() -> tuple[frozenset[str], dict[str, str]]:
    data = json.loads(UNDERGOING_PATH.read_text(encoding="utf-8"))
    return frozenset(data["verbs"]), dict(data["support"])


def undergoing_verb(noun):
    """The verb whose subject undergoes what `noun` names, or None: a verb of undergoing whose
    direct object the noun is ("a subi une attaque"), or a support verb with its support noun
    ("faire l'objet de") whose complement the noun is itself, hung on the support noun or on the
    verb, with "de". A noun inside another noun's complement, or after another preposition, is
    not reached ("fait l'objet de poursuites pour agression": the prosecution is undergone, the
    assault is the subject's own deed)."""
    verbs, support = undergoing()
    head = noun.head
    if head.i == noun.i:
        return None
    if is_verbal(head) and noun.dep_ == "obj" and forms(head) & verbs:
        return head
    if case_of(noun) not in DE_CASES:             # "faire l'objet de X", not "... pour X"
        return None
    if is_verbal(head) and noun.dep_ in VERB_COMPLEMENT_DEPS:
        verb = head
    elif noun.dep_ == "nmod" and head.dep_ == "obj" and is_verbal(head.head):
        verb = head.head
    else:
        return None
    for lemma in forms(verb) & set(support):
        support_nouns = {c.i for c in verb.children if c.dep_ == "obj" and support[lemma] in forms(c)}
        if support_nouns and (head.i == verb.i or head.i in support_nouns):
            return verb
    return None
