"""An act named as the attribute of 'être': what a goal, a task or a wish consists of.

French identifies a noun with an act by an infinitive introduced by 'de' as the attribute of
the copula 'être' ("Mon désir est de partir": Grevisse, Le bon usage, the infinitive as
attribute; Riegel, Pellat and Rioul, Grammaire méthodique du français, the infinitive
attribute of a noun subject): "l'objectif est de conclure un accord", "la première mission
devra être de signer un traité", "le but sera de parvenir à un accord". The sentence says what
the subject noun is, and tells no act done. A copula in the simple or compound past tells what
was done ("sa réponse a été de porter plainte", "son premier geste fut de signer le décret")
and is left alone, as a subject that is no common noun ("il est de ...").
Hook: reference.irrealis."""
from __future__ import annotations

# the relations by which a trigger noun is an argument of the infinitive that names the act
# ("de conclure un accord", "de parvenir à un accord")
ARGUMENT_DEPS = ("obj", "obl:arg")
# the relations by which the infinitive attribute hangs on the copula, or the copula on it
ATTRIBUTE_DEPS = ("xcomp", "ccomp")
COPULA_LINKS = ("cop", "aux:pass", "aux")
DE_MARKS = frozenset({"de", "d'", "d’"})
# the pronouns that take one of a set named by their "de" complement ("l'une des missions")
PARTITIVE_PRONOUNS = frozenset({"un", "une", "l'un", "l'une"})


def _is_de_infinitive(verb) -> bool:
    return verb.pos_ in ("VERB", "AUX") and "Inf" in verb.morph.get("VerbForm") \
        and any(c.dep_ == "mark" and c.lower_ in DE_MARKS for c in verb.children)


def _told_in_past(copula) -> bool:
    """'a été', 'fut': the copula or its auxiliary in a past tense that tells a done act."""
    group = [copula, *(c for c in copula.children if c.dep_.startswith("aux"))]
    return any(t.lemma_ == "avoir" or "Past" in t.morph.get("Tense") for t in group)


def _noun_subject(tok) -> bool:
    """A common noun subject, or the partitive pronoun of one ("l'une des premières missions")."""
    return any(c.dep_ == "nsubj" and (c.pos_ == "NOUN" or (
        c.pos_ == "PRON" and c.lemma_.lower() in PARTITIVE_PRONOUNS
        and any(n.dep_ == "nmod" and n.pos_ == "NOUN" for n in c.children))) for c in tok.children)


def is_attribute_act(head) -> bool:
    """The trigger, or the 'de' infinitive it is an argument of, is the attribute of a
    present, future or conditional 'être' whose subject is a common noun."""
    verbs = [head]
    if head.dep_ in ARGUMENT_DEPS and head.head.i != head.i:
        verbs.append(head.head)
    for verb in verbs:
        if not _is_de_infinitive(verb):
            continue
        gov = verb.head
        if verb.dep_ in ATTRIBUTE_DEPS and gov.lemma_ == "être" and _noun_subject(gov) \
                and not _told_in_past(gov):
            return True                            # "l'objectif sera de conclure"
        mark = next(c for c in verb.children if c.dep_ == "mark" and c.lower_ in DE_MARKS)
        copula = next((c for c in verb.children if c.dep_ in COPULA_LINKS and c.lemma_ == "être"
                       and c.i < mark.i), None)
        if copula is not None and verb.dep_ in ATTRIBUTE_DEPS and _noun_subject(gov) \
                and not _told_in_past(gov) and not _told_in_past(copula):
            return True                            # "la mission devra être de conclure"
    return False
