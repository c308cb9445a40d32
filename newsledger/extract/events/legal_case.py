"""The case a legal action is part of takes no part in it (eval/GUIDELINES.md: a legal action's
actors are who brings it, who judges or carries it out, and who is charged, tried, arrested or
released).

French places an arrest, a charge, a custody or a trial in the case it belongs to with "dans" and
a noun of a judicial case (data/legal.json case_noun, TLFi: affaire "procès, cause", dossier
"ensemble des pièces relatives à une affaire"), whose complements name the case: after the one
it is named for, its victim, the company or the body it is about ("mis en examen dans l'affaire
X", "placé en garde à vue dans le cadre de l'affaire X", "dans une affaire d'emplois fictifs au
Parlement européen"). The names of that phrase say which case, not who arrests, charges, tries
or is acted on: those are named otherwise (the subject, the agent, the "de" complement of the
trigger) and stay. The phrase runs from the case noun to the next punctuation (quotation marks
aside), relative pronoun, subordinating conjunction or finite verb, whatever the parser hung its complements on. Not when the trigger
is in it; not a phrase that names the authority of the act; not for an inquiry (data
inquiry_noun: the trigger itself, or the subject or object of the trigger verb: "une enquête a
été ouverte dans l'affaire X"), whose case is what it investigates. One hook:
legal.without_non_parties, for legal actions."""
from __future__ import annotations

from newsledger.extract.events.legal_crowd import authority_phrases
from newsledger.extract.events.syntax import PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, forms, is_verbal

CASE_CASES = frozenset({"dans"})
FRAME_NOUNS = frozenset({"cadre"})              # "dans le cadre de l'affaire X"
LOOKAHEAD = 4                                    # words between "dans" and the case noun


def case_noun_after(tokens, k: int, case_nouns: frozenset[str]):
    """The index in `tokens` of the noun of a judicial case that the "dans" at `k` opens ("dans
    l'affaire", "dans cette même affaire", "dans le cadre du dossier"), or None."""
    j, seen = k + 1, 0
    while j < len(tokens) and seen <= LOOKAHEAD:
        t = tokens[j]
        if t.is_punct:
            return None
        if t.pos_ in ("NOUN", "PROPN"):
            if forms(t) & case_nouns:
                return j
            if not forms(t) & FRAME_NOUNS:
                return None
        j, seen = j + 1, seen + 1
    return None


def ends_case(tok) -> bool:
    """The case's phrase stops before `tok`: punctuation but quotation marks, a relative pronoun, a
    subordinating conjunction ("dans une affaire X après qu'Y a demandé") or a finite verb or
    auxiliary (the clause the phrase is part of goes on: "dans l'affaire X pose la question de Y")."""
    return (tok.is_punct and not tok.is_quote) or (tok.pos_ == "PRON" and "Rel" in tok.morph.get("PronType")) \
        or tok.pos_ == "SCONJ" or (tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm"))


def case_spans(sent, case_nouns: frozenset[str]) -> list[list[int]]:
    """The phrases of the sentence that name a judicial case after "dans" (see the module's
    docstring): token indices from the case noun to where it ends (ends_case)."""
    tokens = list(sent)
    out = []
    for k, t in enumerate(tokens):
        if t.lower_ not in CASE_CASES:
            continue
        j = case_noun_after(tokens, k, case_nouns)
        if j is None:
            continue
        span = []
        for u in tokens[j:]:
            if ends_case(u):
                break
            span.append(u.i)
        out.append(span)
    return out


def is_inquiry(head, inquiry_nouns: frozenset[str]) -> bool:
    """The trigger is an inquiry, or a verb whose subject or object is one ("une enquête a été
    ouverte", "le parquet a ouvert une information judiciaire")."""
    if forms(head) & inquiry_nouns:
        return True
    return is_verbal(head) and any(
        forms(c) & inquiry_nouns for c in head.children
        if c.dep_ in SUBJECT_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "obj")


def case_names(head, sent, mention_tokens, authority: frozenset[str], case_nouns: frozenset[str],
               inquiry_nouns: frozenset[str]) -> set[int]:
    """Mention tokens of the phrases that name the case the legal action of `head` is part of
    (see the module's docstring)."""
    if is_inquiry(head, inquiry_nouns):
        return set()
    out: set[int] = set()
    for span in case_spans(sent, case_nouns):
        if head.i not in span:
            out |= {i for i in span if i in mention_tokens}
    return out - authority_phrases(sent, authority, -1)
