"""Legal actions: what someone is suspected of, and acts only promised or put off
(eval/GUIDELINES.md: a legal action's actors are who brings it, who judges or carries it out,
and who is charged, tried, arrested or released; a happening only promised or put off is none).

- Suspected of (`suspicion_names`): the complement of a past participle of suspicion or
  accusation (data/legal.json suspicion_verb: "soupçonné de", "suspecté de", "accusé de") tells
  what someone is suspected of; the names in it are the victim, the payee, the
  accomplice, the group they are said to belong to ("Soupçonné d'avoir versé de l'argent à Y, X a
  été mis en examen", "l'arrestation d'un homme suspecté d'être lié au groupe X"), no party to
  the legal action. The complement runs from the "de" right after the participle to the next
  punctuation, whatever the parser hung it on (it often hangs the infinitive elsewhere); not
  when the trigger is in it, nor a phrase that names the authority of the act, nor a country
  however written: an offence against a state is prosecuted by it ("Accusée d'avoir voulu
  renverser le régime iranien, elle a été condamnée": Iran convicts; a first version that took
  such countries out lost it on a fresh draw).
- Promised or put off (`is_unrealised`, read by legal.other_sense): a trigger noun that is the
  object of a verb of promising or the object or passive subject of a verb of putting off
  (data/legal.json promise_verb, postpone_verb: "a promis la libération des prisonniers", "la
  libération de X a été reportée"), or a trigger infinitive completing a verb of promising ("a
  promis de libérer"): no release, trial or arrest has taken place. Not a bare participle
  ("le procès, reporté deux fois, s'est ouvert": told as it is), nor a negated verb, nor a
  verb of putting off with its new date ("le procès a été reporté au 24 mai": announced to
  happen; a first version removed such a trial on a wide fresh draw)."""
from __future__ import annotations

import json
from functools import lru_cache

from newsledger.extract.events.legal_crowd import authority_phrases
from newsledger.extract.events.syntax import DE_CASES, case_of, forms, is_negated_word, is_verbal
from newsledger.extract.words import MONTHS
from newsledger.resources import data_dir

LEGAL_PATH = data_dir("newsledger.extract") / "legal.json"


@lru_cache(maxsize=1)
def suspect_words() -> dict[str, frozenset[str]]:
    data = json.loads(LEGAL_PATH.read_text(encoding="utf-8"))
    return {k: frozenset(data[k]) for k in ("suspicion_verb", "promise_verb", "postpone_verb")}


# ---- suspected of ---------------------------------------------------------------------------

def suspicion_names(head, sent, mention_tokens, authority: frozenset[str]) -> set[int]:
    """Mention tokens in the complement of a past participle of suspicion or accusation of the
    sentence (see the module's docstring)."""
    words = suspect_words()["suspicion_verb"]
    tokens = list(sent)
    out: set[int] = set()
    for k, t in enumerate(tokens[:-1]):
        if t.pos_ not in ("VERB", "ADJ") or "Part" not in t.morph.get("VerbForm") or not forms(t) & words:
            continue
        if tokens[k + 1].lower_ not in DE_CASES:
            continue
        span = []
        for u in tokens[k + 1:]:
            if u.is_punct:
                break
            span.append(u.i)
        if head.i in span:
            continue
        out |= {i for i in span if i in mention_tokens
                and not any(m.actor_type == "country" for m in mention_tokens[i])}
    return out - authority_phrases(sent, authority, -1)


# ---- promised or put off --------------------------------------------------------------------

def is_unrealised(tok) -> bool:
    """A legal action only promised or put off (see the module's docstring)."""
    words = suspect_words()
    gov = tok.head
    if gov.i == tok.i or not is_verbal(gov) or is_negated_word(gov):
        return False
    if "Part" in gov.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in gov.children):
        return False                               # "le procès, reporté deux fois, ...": told as is
    said = forms(gov)
    if is_verbal(tok):
        return tok.dep_ == "xcomp" and "Inf" in tok.morph.get("VerbForm") and bool(said & words["promise_verb"])
    if tok.pos_ != "NOUN":
        return False
    if said & words["postpone_verb"] and is_rescheduled(gov):
        return False                               # "reporté au 24 mai": announced to happen
    if tok.dep_ == "obj" and said & (words["promise_verb"] | words["postpone_verb"]):
        return True
    return tok.dep_ == "nsubj:pass" and bool(said & words["postpone_verb"])


NEW_DATE_CASES = {"à", "au", "aux", "en"}


def is_rescheduled(verb) -> bool:
    """The verb of putting off has a complement of its new date ("reporté au 24 mai", "repoussé
    à mars", "reporté en 2021"): the act is set for another day, announced to happen."""
    return any(c.dep_.startswith("obl") and case_of(c) in NEW_DATE_CASES and (
        c.like_num or c.lower_ in MONTHS or any(g.like_num or g.lower_ in MONTHS for g in c.children))
        for c in verb.children)
