"""Trigger words and phrases of a sentence: lexicon look-up on lemmas and surface forms,
negation, and the span a trigger covers."""
from __future__ import annotations

from bisect import bisect_left

from newsledger.extract.events.constraints import rule_accepts
from newsledger.extract.events.lexicon import Lexicon, TriggerRule
from newsledger.extract.events.syntax import (DE_FORMS, NE_FORMS, NEGATIVE_DETS, REFLEXIVE, forms, forms_of,
                                             governing_verb, is_verbal)


NEGATORS = {"pas", "jamais", "guère", "point", "aucun", "aucune", "nullement"}


def is_negated(tok) -> bool:
    """"n'a pas effectué de tests", "aucune réunion", "loin de condamner". A noun in an
    adjunct of a negated verb ("lors de leur rencontre, il n'a pas hésité") is not negated."""
    if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in NEGATIVE_DETS
                                  for c in tok.children):
        return True
    verb = governing_verb(tok)
    if verb is None:
        return False
    if tok.pos_ == "NOUN" and verb.i != tok.i:
        cur = tok
        while cur.head.i != verb.i and cur.head.i != cur.i:
            cur = cur.head
        if cur.head.i == verb.i and cur.dep_ not in ("obj", "nsubj", "nsubj:pass", "obl:arg"):
            return False
    if verb.i >= 2 and verb.doc[verb.i - 2].lower_ == "loin" and verb.doc[verb.i - 1].lower_ in DE_FORMS:
        return True
    lows = {c.lower_ for c in verb.children}
    return bool(lows & NEGATORS) and bool(lows & NE_FORMS)


def opening_tokens(token_forms, lex: Lexicon) -> list[int]:
    """Indices of the tokens a trigger word or phrase may start at (a form in the lexicon)."""
    opening = lex.opening_words
    return [i for i, f in enumerate(token_forms) if not f.isdisjoint(opening)]


def openings_in(openings: list[int], start: int, end: int) -> list[int]:
    """The opening tokens (sorted indices) in [start, end)."""
    return openings[bisect_left(openings, start):bisect_left(openings, end)]


def find_triggers(sent, lex: Lexicon, mention_tokens, token_forms=None,
                  openings=None, support=()) -> list[tuple[str, int, int, object, str, float, str]]:
    """(event_type, start, end, head token, kind, confidence, lexicon key) for each trigger of
    a sentence. `token_forms`: forms_of(sent.doc), `openings`: opening_tokens(token_forms,
    lex), `support`: support.support_of(doc, lex), when the caller has them."""
    doc, found, used = sent.doc, [], set()
    if token_forms is None:
        token_forms = forms_of(doc)
    if openings is None:
        openings = opening_tokens(token_forms, lex)
    for v, n, k in support:                       # "met de nouveau en garde", "ses excuses"
        if not sent.start <= v < sent.end or v in used:
            continue
        verb_lemma, noun_lemma, _, rule = lex.support[k]
        head = doc[v]
        if is_negated(head):
            continue
        conf = rule_accepts(rule, head, sent, lex, mention_tokens)
        if conf is None:
            continue
        start, end = trigger_span(head)
        found.append((rule.event_type, start, end, head, "PHRASE", conf, f"{verb_lemma} {noun_lemma}"))
        used.update((v, n))
    inside = openings_in(openings, sent.start, sent.end)
    for i in inside:
        if token_forms[i].isdisjoint(lex.phrase_firsts):
            continue
        for words, rule in phrases_opened_by(lex, token_forms[i]):
            if i + len(words) > sent.end or any(j in used for j in range(i, i + len(words))):
                continue
            if all(w in token_forms[i + k] for k, w in enumerate(words)):
                head = pick_head(sent.doc[i:i + len(words)])
                if is_negated(head):
                    continue
                conf = rule_accepts(rule, head, sent, lex, mention_tokens)
                if conf is None:
                    continue
                found.append((rule.event_type, i, i + len(words), head, "PHRASE", conf,
                              " ".join(words)))
                used.update(range(i, i + len(words)))
    for i in inside:
        tok_forms = token_forms[i]
        if tok_forms.isdisjoint(lex.trigger_words):
            continue                              # no rule to try: nothing below would fire
        if i in used or i in mention_tokens:
            continue
        tok = doc[i]
        table = (lex.verbs if is_verbal(tok) else lex.nouns if tok.pos_ == "NOUN" else None)
        if table is None or tok.dep_ == "amod":
            continue
        rules = [(f, r) for f in sorted(tok_forms) for r in table.get(f, [])]
        if table is lex.verbs:
            rules = [(f, r) for f, r in rules if not object_is_other_trigger(tok, r, lex)]
        for key, rule in rules:
            conf = rule_accepts(rule, tok, sent, lex, mention_tokens)
            if conf is None or is_negated(tok):
                continue
            start, end = trigger_span(tok)
            found.append((rule.event_type, start, end, tok, tok.pos_, conf, key))
            used.add(tok.i)
            break
    return found


def phrases_opened_by(lex: Lexicon, first_forms) -> list[tuple[tuple[str, ...], TriggerRule]]:
    """The phrases of the lexicon whose first word is one of `first_forms`, in lexicon order
    (longest first)."""
    hits = [p for f in first_forms for p in lex.phrase_index.get(f, ())]
    if len(hits) > 1:
        hits.sort(key=lambda p: p[0])
    return [(words, rule) for _, words, rule in hits]


def object_is_other_trigger(verb, rule: TriggerRule, lex: Lexicon) -> bool:
    """"lancer des négociations": the object noun states an event of another type, so the
    verb only introduces it. A speech act on an event ("a dénoncé les tirs") is one itself."""
    if rule.event_type == "statement":
        return False
    for c in verb.children:
        if c.dep_ == "obj" and any(r.event_type != rule.event_type
                                   for f in forms(c) for r in lex.nouns.get(f, [])):
            return True
    return False


def pick_head(span):
    """The token of a phrase whose head lies outside it (the syntactic head)."""
    for t in span:
        if not (span.start <= t.head.i < span.end) or t.head.i == t.i:
            return t
    return span[0]


def trigger_span(tok) -> tuple[int, int]:
    """Verb: with its auxiliaries and clitics ("se sont rencontrés"); noun: with the
    adjectives right after it ("déclaration conjointe")."""
    start, end = tok.i, tok.i + 1
    if is_verbal(tok):
        lead = [c.i for c in tok.children
                if (c.dep_.startswith("aux") or c.dep_.startswith("expl") or c.lower_ in REFLEXIVE)
                and tok.i - 4 <= c.i < tok.i]
        if lead:
            start = min(lead)
    else:
        doc = tok.doc
        while end < len(doc) and doc[end].dep_ == "amod" and doc[end].head.i == tok.i \
                and doc[end].pos_ == "ADJ":
            end += 1
    return start, end
