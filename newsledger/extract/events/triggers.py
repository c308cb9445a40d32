"""The triggers of a sentence: the lexicon's words and phrases that spaCy's Matcher found
(matcher.py) checked against their rules, negation, and the span a trigger covers."""
from __future__ import annotations

from newsledger.extract.events.aimed import fired_at, fires_combat_munition
from newsledger.extract.events.constraints import rule_accepts
from newsledger.extract.events.lexicon import Lexicon, TriggerRule
from newsledger.extract.events.matcher import trigger_matches_of
from newsledger.extract.events.syntax import (DE_FORMS, NEGATIVE_DETS, REFLEXIVE, forms, forms_of,
                                             governing_verb, is_negated_word, is_verbal)


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
    return is_negated_word(verb)


def find_triggers(sent, lex: Lexicon, mention_tokens, token_forms=None,
                  matches=None, support=()) -> list[tuple[str, int, int, object, str, float, str]]:
    """(event_type, start, end, head token, kind, confidence, lexicon key) for each trigger of
    a sentence. `token_forms`: forms_of(sent.doc), `matches`: matcher.trigger_matches_of(doc,
    lex), `support`: support.support_of(doc, lex), when the caller has them."""
    doc, found, used = sent.doc, [], set()
    if token_forms is None:
        token_forms = forms_of(doc)
    if matches is None:
        matches = trigger_matches_of(doc, lex)
    phrases = matches.phrases_in(sent.start, sent.end)
    for v, n, k in support:                       # "met de nouveau en garde", "ses excuses"
        if not sent.start <= v < sent.end or v in used:
            continue
        verb_lemma, noun_lemma, _, rule = lex.support[k]
        if heads_longer_phrase(n, rule, phrases, lex):
            continue                              # "mis en garde à vue": the phrase, not the warning
        head = doc[v]
        if describes_argument(head, rule, lex):
            continue                              # "la cour, saisie par X, a annulé": the ruling
        if is_negated(head):
            continue
        conf = rule_accepts(rule, head, sent, lex, mention_tokens)
        if conf is None:
            continue
        start, end = trigger_span(head)
        found.append((rule.event_type, start, end, head, "PHRASE", conf, f"{verb_lemma} {noun_lemma}"))
        used.update((v, n))
    for start, rank, end in phrases:
        words, rule = lex.phrases[rank]
        if any(j in used for j in range(start, end)):
            continue
        if heads_longer_phrase(end - 1, rule, phrases, lex):
            continue                              # "une mise en garde à vue": custody, no warning
        head = pick_head(doc[start:end])
        if is_negated(head):
            continue
        conf = rule_accepts(rule, head, sent, lex, mention_tokens)
        if conf is None:
            continue
        found.append((rule.event_type, start, end, head, "PHRASE", conf, " ".join(words)))
        used.update(range(start, end))
    for i in matches.words_in(sent.start, sent.end):
        if i in used or i in mention_tokens:
            continue
        tok_forms = token_forms[i]
        tok = doc[i]
        table = (lex.verbs if is_verbal(tok) else lex.nouns if is_common_noun(tok) else None)
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
            etype = rule.event_type
            if etype == "weapons_test" and (fired_at(tok, lex, mention_tokens)
                                            or fires_combat_munition(tok, lex)):
                etype = "attack"                  # "a tiré des roquettes sur Israël" (events/aimed.py)
            found.append((etype, start, end, tok, tok.pos_, conf, key))
            used.add(tok.i)
            break
    return found


def heads_longer_phrase(noun: int, rule: TriggerRule, phrases, lex: Lexicon) -> bool:
    """The noun of a support construction, or the last word of a phrase, begins a phrase of the
    lexicon of another type that goes on after it ("mettre en garde" in "mis en garde à vue",
    "mise en garde" in "une mise en garde à vue"): the longer fixed phrase is a compound noun
    the verb or the phrase governs, so the shorter one does not hold (the longer one's rule
    takes its place)."""
    return any(start == noun and end > noun + 1 and lex.phrases[rank][1].event_type != rule.event_type
               for start, rank, end in phrases)


def describes_argument(verb, rule: TriggerRule, lex: Lexicon) -> bool:
    """The construction's verb is a participle qualifying the subject or object of a trigger verb
    of the same type ("la cour, saisie par X, a annulé la loi", "a rejeté les recours formés par
    X"): it describes a party of that happening, which the governing verb tells."""
    noun = verb.head
    if verb.dep_ != "acl" or "Part" not in verb.morph.get("VerbForm") or noun.i == verb.i \
            or noun.dep_ not in ("nsubj", "nsubj:pass", "obj"):
        return False
    gov = noun.head
    return is_verbal(gov) and any(r.event_type == rule.event_type
                                  for f in forms(gov) for r in lex.verbs.get(f, ()))


def is_common_noun(tok) -> bool:
    """A noun, or a lower-case word the tagger took for a proper noun ("des marches")."""
    return tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.is_lower)


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
