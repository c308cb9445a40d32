"""Whom a trigger's third-person possessive determiner or object clitic stands for ("après sa
rencontre avec X, Y...", "son arrestation", "l'a rencontré"): the subject of the clause the
trigger is an adjunct or object of, else the last subject actor before it in its sentence or
the first subject of the nearest of the two sentences before; never across a quote nor a
quote's speaker; agreeing in number; a state or an organisation only for the types whose doer
may be one. The role is the one the noun gives (data/possessor.json, with its sources). Called by
participants.collect_actors."""
from __future__ import annotations

import json
from functools import lru_cache

from newsledger.extract.events.lexicon import load_lexicon
from newsledger.extract.events.participants import (add, after_quote, clitic, in_subject, mention_number,
                                                    resolve_pronoun_subject, subject_indices)
from newsledger.extract.events.quoted import in_quote
from newsledger.extract.events.syntax import (DE_CASES, PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, case_of, forms,
                                             is_verbal, subtree_order)
from newsledger.resources import data_dir


POSSESSOR_PATH = data_dir("newsledger.extract") / "possessor.json"


@lru_cache(maxsize=1)
def possessor_words() -> dict:
    return json.loads(POSSESSOR_PATH.read_text(encoding="utf-8"))


def possessor_role(head, etype: str | None, de_patient: bool = False) -> str | None:
    """The role whom a trigger's possessive or object clitic stands for takes: the one acted
    on (target) for a clitic object ("la police l'a arrêté"), a noun whose "de" complement is
    the one acted on (de_patient), an election ("son élection": the one elected) or a legal
    action ("sa détention"; not the complainant of "sa plainte": data patient_exceptions);
    otherwise the doer (source: "sa visite", "son offensive"). None when it is not resolved: no
    type, a clitic of a statement ("il l'a dénoncé": most often a thing said), a noun whose
    possessor may be either party ("son jugement", data unresolved_nouns; "sa condamnation", a
    statement and a legal noun)."""
    words = possessor_words()
    if etype is None:
        return None
    if is_verbal(head):
        return "target" if etype in words["clitic_types"] else None
    lex = load_lexicon()
    heads = forms(head)
    types = {r.event_type for f in heads for r in lex.nouns.get(f, [])}
    if heads & set(words["unresolved_nouns"]) or {"statement", "legal_action"} <= types:
        return None
    if de_patient or (etype in words["patient_types"] and not heads & set(words["patient_exceptions"])):
        return "target"
    return "source"


def third_person_pronoun(head):
    """The third-person possessive determiner of a trigger noun ("sa rencontre", "leur
    visite"), or the object clitic of a trigger verb ("la police l'a arrêté", "il les a reçus"),
    with the number of whom it stands for; (None, None) when there is none."""
    words = possessor_words()
    if is_verbal(head):
        for c in head.children:
            if c.dep_ == "obj" and c.i < head.i and c.pos_ == "PRON" and c.lower_ in words["object_clitics"]:
                return c, words["object_clitics"][c.lower_]
        return None, None
    for c in head.children:
        if c.dep_ in ("det", "nmod:poss") and c.i < head.i and c.lower_ in words["possessives"] \
                and "Yes" in c.morph.get("Poss"):
            return c, words["possessives"][c.lower_]
    return None, None


def possessor_fits(m, etype: str) -> bool:
    """A possessive or clitic of an event of type `etype` may stand for the actor `m`: a person
    always, a state or an organization only where the type's doer may be one (data)."""
    words = possessor_words()
    return m.actor_type == "person" or (m.actor_type == "country" and etype in words["state_types"]) \
        or (m.actor_type == "organization" and etype in words["organization_types"])


def clause_of(head):
    """The verb of the clause a trigger noun is an argument or adjunct of, directly, through
    the adverb of a locution ("lors de sa visite") or through a noun that only frames it
    (framed_by: "après l'échec de son offensive"), and the word that hangs from it; (None, the
    noun's top) when the noun completes another noun that has complements of its own ("la mort
    de X lors de son interpellation": the possessor may be X)."""
    top = head
    if top.head.i != top.i and top.head.pos_ == "ADV":
        top = top.head
    elif framed_by(head):
        top = head.head                           # "après l'échec de son offensive"
    gov = top.head
    if gov.i != top.i and is_verbal(gov):
        return gov, top
    return None, top


OBJECT_ARGUMENTS = ("obj", "iobj")


def framed_by(head) -> bool:
    """The trigger noun is the "de" complement of a noun with no other complement, possessive or
    clause of its own ("l'échec de son offensive", "la fin de sa visite"; not "la diffusion par
    X de ses déclarations", "la mort de X lors de son interpellation")."""
    gov = head.head
    if head.dep_ != "nmod" or gov.i == head.i or gov.pos_ != "NOUN" or case_of(head) not in DE_CASES:
        return False
    return not any(c.i != head.i and (c.dep_.startswith(("nmod", "obl", "acl", "appos", "conj", "amod"))
                                      or (c.dep_ == "det" and "Yes" in c.morph.get("Poss")))
                   for c in gov.children)


def possessor_names(head, etype: str, sentence_index: int, mentions_by_sentence,
                    mention_tokens, lex=None, other_heads=()) -> list[str]:
    """Whom the third-person possessive of a trigger noun ("après sa rencontre avec X", "son
    arrestation", "leur visite") or the object clitic of a trigger verb ("la police l'a arrêté")
    stands for, outside a quote (in a quote it may be the speaker's or the quote's own):
    - a possessive in an adjunct or object of a clause with a subject takes up that subject
      ("après sa rencontre avec X, Y a déclaré": Y; "X a lancé son offensive"): the named
      subject, or the actor its pronoun or description takes up (resolve_pronoun_subject, never
      a quote's speaker: quote_speakers); not when the verb has no subject of its own
      ("réagissant aux critiques suscitées par sa nomination"), when the subject names no one
      ("la police a annoncé son arrestation"), when the verb has another object ("X a félicité Y
      pour son élection": Y's), for the one acted on in an object ("X a dénoncé son
      arrestation": X's or another's), nor for a statement noun framing a verb of saying ("lors
      de sa conférence de presse, X a déclaré": the verb tells the act);
    - a noun that completes another noun takes up no one ("la mort de X lors de son
      interpellation", "le manque de préparation de X pour son sommet");
    - otherwise (the trigger is or is in the subject, the clitic object), the last actor
      before it in its sentence that is a subject of another verb, or the first subject of the
      nearest sentence before it (two at most) that has one (antecedent);
    agreeing in number ("leur" takes up a plural state or a coordination of subjects), a person
    or, for the types whose doer may be one, a state or an organization (possessor_fits)."""
    pronoun, wanted = third_person_pronoun(head)
    doc = head.doc
    if pronoun is None or in_quote(doc, pronoun.idx):
        return []
    if not is_verbal(head):
        verb, top = clause_of(head)
        if verb is None:
            return [] if top.head.i != top.i and top.dep_ not in ("ROOT",) else \
                antecedent(pronoun, wanted, etype, sentence_index, mentions_by_sentence, mention_tokens)
        if top.dep_ not in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS:
            if not any(c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS for c in verb.children):
                return []                         # "réagissant aux critiques suscitées par sa nomination"
            subjects = subject_indices(verb) + [subtree_order(c) for c in verb.children
                                                if c.dep_ in PASSIVE_SUBJECT_DEPS]
            if any(c.dep_ in OBJECT_ARGUMENTS and c.i != top.i for c in verb.children):
                return []                         # "X a félicité Y pour son élection"
            if top.dep_ in ("obj", "nsubj:pass") and possessor_role(head, etype) == "target":
                return []                         # "X a dénoncé son arrestation"
            lex = lex or load_lexicon()
            if etype == "statement" and (forms(verb) & lex.saying_verbs
                                         or any(h.i == verb.i for h in other_heads)):
                return []                         # "lors de sa conférence de presse, X a déclaré"
            found = [m for indices in subjects for i in indices for m in mention_tokens.get(i, ())]
            if found:
                names = []
                for m in found:
                    if possessor_fits(m, etype) and m.canonical_name not in names:
                        names.append(m.canonical_name)
                return names if wanted == "Plur" or len(names) == 1 else []
            if wanted != "Sing":
                return []
            deps = SUBJECT_DEPS if any(c.dep_ in SUBJECT_DEPS for c in verb.children) else PASSIVE_SUBJECT_DEPS
            return resolve_pronoun_subject(verb, sentence_index, mentions_by_sentence, doc, deps, speech=True,
                                           persons_only=etype not in possessor_words()["state_types"],
                                           exclude=quote_speakers(doc, sentence_index, mentions_by_sentence))
    return antecedent(pronoun, wanted, etype, sentence_index, mentions_by_sentence, mention_tokens)


def quote_speakers(doc, sentence_index, mentions_by_sentence) -> frozenset[str]:
    """The actors named as a quote's speaker in the sentence and the three before it."""
    out = set()
    for back in range(4):
        for m in mentions_by_sentence.get(sentence_index - back, []):
            span = doc.char_span(m.char_start, m.char_end, alignment_mode="expand")
            if span is not None and any(speaks_a_quote(t) for t in span):
                out.add(m.canonical_name)
    return frozenset(out)


def speaks_a_quote(tok) -> bool:
    """The token is the subject (or the subject written after the verb) of a verb that follows a
    quote or comma ("« ... », a dit X"): the quote's speaker."""
    while tok.dep_ in ("flat:name", "flat", "conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head
    return tok.dep_ in SUBJECT_DEPS + ("obj",) and verb.i != tok.i and is_verbal(verb) \
        and verb.i < tok.i and after_quote(verb)


def antecedent(pronoun, wanted, etype, sentence_index, mentions_by_sentence, mention_tokens) -> list[str]:
    """The actor a third-person possessive or object clitic takes up from before it (see
    possessor_names): never a name inside a quote nor a quote's speaker, never one taken out
    of the sentence's actors (an informant, a bystander); none when the nearest fitting actor
    before it in its sentence is no subject (it may be the one meant: "la libération de X a été
    refusée par le juge qui l'avait inculpé")."""
    doc = pronoun.doc
    here_ok = {m.canonical_name for ms in mention_tokens.values() for m in ms}
    here = [m for m in mentions_by_sentence.get(sentence_index, []) if m.char_end <= pronoun.idx
            and m.canonical_name in here_ok and not in_quote(doc, m.char_start)]
    for m in reversed(here):
        span = doc.char_span(m.char_start, m.char_end, alignment_mode="expand")
        if span is not None and any(t.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS
                                    and t.head.i != pronoun.head.i for t in span):
            if any(speaks_a_quote(t) for t in span):
                return []
            names = subject_group(span, m, sentence_index, mentions_by_sentence, wanted)
            return [n.canonical_name for n in names] \
                if names and all(possessor_fits(n, etype) for n in names) else []
        if possessor_fits(m, etype):
            return []                             # "la libération de X rejetée par le juge qui l'a ...": X?
    for back in (1, 2):
        prev = [m for m in mentions_by_sentence.get(sentence_index - back, [])
                if not in_quote(doc, m.char_start)]
        for m in prev:
            span = doc.char_span(m.char_start, m.char_end, alignment_mode="expand")
            if span is None or not (in_subject(span, m, people=False) or any(
                    t.dep_ in PASSIVE_SUBJECT_DEPS for t in span)):
                continue
            if any(speaks_a_quote(t) for t in span):
                return []                         # "« ... », explique X. Sa ...": not X
            names = subject_group(span, m, sentence_index - back, mentions_by_sentence, wanted)
            if names is None:
                continue
            return [n.canonical_name for n in names] if all(possessor_fits(n, etype) for n in names) else []
    return []


def subject_group(span, m, sentence_index, mentions_by_sentence, wanted):
    """The mentions of the subject `m` is in, when they agree in number with the pronoun: one
    singular mention for "son", a plural one or a coordination ("X et Y") for "leur"; None when
    they do not agree."""
    root = span.root
    while root.dep_ in ("conj", "flat:name", "flat", "appos") and root.head.i != root.i:
        root = root.head
    conjuncts = [root] + [c for c in root.children if c.dep_ == "conj"]
    group = []
    for c in conjuncts:
        for other in mentions_by_sentence.get(sentence_index, []):
            if other.char_start <= c.idx < other.char_end and other not in group:
                group.append(other)
    if not group:
        group = [m]
    number = "Plur" if len(conjuncts) > 1 else (mention_number(span) or "Sing")
    return group if number == wanted else None


def with_possessor(actors: dict[str, str], mention_tokens, *, head, etype: str, sentence_index: int,
                   mentions_by_sentence, lex, other_heads=(), de_patient: bool = False) -> None:
    """Add to `actors` whom the trigger's possessive or object clitic stands for, in the role
    the noun gives, unless an actor has that role: participants.collect_actors calls it (as its
    `pronouns`) with the mentions left once informants and bystanders are out."""
    role = possessor_role(head, etype, de_patient)
    if role is not None and role not in actors.values():
        add(actors, possessor_names(head, etype, sentence_index, mentions_by_sentence, mention_tokens,
                                    lex, other_heads), role)
