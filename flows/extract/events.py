"""Events: trigger lexicon on spaCy lemmas, participants from the dependency parse.

One pass per sentence finds trigger words or phrases of `data/event_triggers.json`, checks
their constraints (context lemmas, reflexive, negation...), collects the actor mentions that
take part (subject -> source, object/oblique -> target, the rest of the sentence ->
participant), attaches the time expression and place of the trigger's own clause, then merges
the repeated mentions of one happening ("la rencontre" ... "cette réunion") into one Event.

Precision rules (each with a test in tests/test_events.py): a trigger under a modal noun,
adjective or verb ("la capacité à voler", "des craintes de sanctions") or a bare noun that only
classifies another ("centre de lancement") is no happening; a generic plural ("les sanctions",
"des négociations") without a date of its own joins a specific event of its type that shares
an actor, or is dropped when its phrase names no actor; demonstratives and nouns in the clause
of another trigger of the type refer back; definite mentions refer back only to the last event
of their type, never across a different date or place.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .dates import dates_compatible, find_time_expressions, resolve_date
from .records import EVENT_TYPES, ActorMention, Event, EventActor, Sentence

LEXICON_PATH = Path(__file__).with_name("data") / "event_triggers.json"

ROLE_RANK = {"source": 0, "target": 1, "participant": 2}
SUBJECT_DEPS = ("nsubj", "csubj")
PASSIVE_SUBJECT_DEPS = ("nsubj:pass",)
AGENT_DEPS = ("obl:agent",)
OBJECT_DEPS = ("obj", "iobj", "obl:arg", "obl", "obl:mod", "nmod", "ccomp", "xcomp")
SOURCE_CASES = {"de", "du", "des", "d'", "d’", "par"}
TARGET_CASES = {"contre", "à", "au", "aux", "vers", "envers", "sur", "visant"}
PARTICIPANT_CASES = {"avec", "entre"}
VERB_CONTEXT_DEPS = ("obj", "iobj", "obl", "obl:arg", "obl:mod", "xcomp", "nsubj:pass", "expl:comp",
                     "expl:pass", "compound", "fixed")
REFLEXIVE = {"se", "s'", "s’", "me", "m'", "m’", "nous", "vous", "te", "t'"}
NEGATORS = {"pas", "jamais", "guère", "point", "aucun", "aucune", "nullement"}
RELATIVE_PRONOUNS = {"qui", "lequel", "laquelle", "lesquels", "lesquelles"}
PERSONAL_SUBJECTS = {"il", "elle", "ils", "elles"}
PLACE_PREPOSITIONS = {"à", "au", "aux", "en", "dans", "près"}
ANAPHORIC_DETS = {"ce", "cet", "cette", "ces", "le", "la", "les", "l'", "l’", "son", "sa", "ses",
                  "leur", "leurs"}
CONTRACTED_ARTICLES = {"du", "des", "au", "aux"}
DISTINCT_MODIFIERS = {"premier", "première", "deuxième", "second", "seconde", "troisième",
                      "quatrième", "cinquième", "nouveau", "nouvelle", "prochain", "prochaine",
                      "autre", "précédent", "précédente", "dernier", "dernière", "futur", "future"}
WORD_NUMBERS = {"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
                "plusieurs"}
BASE_CONFIDENCE = {"VERB": 0.7, "NOUN": 0.6, "PHRASE": 0.7}
DEMONSTRATIVES = {"ce", "cet", "cette", "ces"}
POSSESSIVES = {"son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "notre", "nos", "votre", "vos"}
DEFINITES = {"le", "la", "les", "l'", "l’"}
INDEFINITES = {"un", "une", "des", "de", "d'", "d’", "du"}
NEGATIVE_DETS = {"aucun", "aucune", "nul", "nulle"}
CLAUSE_DEPS = ("ccomp", "advcl", "acl:relcl", "parataxis", "csubj")
OBJECT_PRONOUNS = {"le", "la", "les", "l'", "l’", "lui", "leur", "me", "m'", "m’", "te", "t'",
                   "nous", "vous"}


@dataclass
class TriggerRule:
    event_type: str
    options: dict


@dataclass
class Lexicon:
    verbs: dict[str, list[TriggerRule]]
    nouns: dict[str, list[TriggerRule]]
    phrases: list[tuple[tuple[str, ...], TriggerRule]]
    contexts: dict[str, frozenset[str]]
    type_options: dict[str, dict] = field(default_factory=dict)


@dataclass
class Candidate:
    event_type: str
    sentence_index: int
    start: int                       # token indices of the trigger span [start, end)
    end: int
    head: object                     # the spaCy token carrying the trigger
    kind: str                        # VERB, NOUN or PHRASE
    confidence: float
    actors: dict[str, str] = field(default_factory=dict)   # canonical name -> role
    date_text: str | None = None
    event_date: str | None = None
    date_precision: str | None = None
    location: str | None = None
    anaphoric: bool = False
    distinct: bool = False
    strong_anaphor: bool = False     # "cette visite", "il s'agit du ...": the one just told
    generic: bool = False            # "les sanctions", "des négociations": no happening of its own
    own_actors: bool = False         # an actor inside the noun phrase ("les sanctions de l'ONU")
    own_date: bool = False           # the date is syntactically the trigger's
    heads: list = field(default_factory=list)   # trigger tokens of the merged mentions
    own_place: str | None = None     # a place syntactically the trigger's ("sommet de Genève")
    segment: int = 0                 # first token of the sentence segment


# ---------------------------------------------------------------- lexicon

@lru_cache(maxsize=1)
def load_lexicon(path: str = str(LEXICON_PATH)) -> Lexicon:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    verbs: dict[str, list[TriggerRule]] = {}
    nouns: dict[str, list[TriggerRule]] = {}
    phrases: list[tuple[tuple[str, ...], TriggerRule]] = []
    for event_type, entry in data["types"].items():
        if event_type not in EVENT_TYPES:
            raise ValueError(f"unknown event type in lexicon: {event_type}")
        for table, target in (("verbs", verbs), ("nouns", nouns)):
            for lemma, options in entry.get(table, {}).items():
                rule = TriggerRule(event_type, dict(options, pos=table))
                if " " in lemma:
                    phrases.append((tuple(lemma.lower().split()), rule))
                else:
                    target.setdefault(lemma.lower(), []).append(rule)
        for phrase in entry.get("phrases", []):
            rule = TriggerRule(event_type, dict(phrase.get("options", {}), pos="phrases"))
            phrases.append((tuple(w.lower() for w in phrase["words"]), rule))
    phrases.sort(key=lambda p: -len(p[0]))
    contexts = {k: frozenset(w.lower() for w in v) for k, v in data["contexts"].items()}
    type_options = {t: e.get("options", {}) for t, e in data["types"].items()}
    return Lexicon(verbs, nouns, phrases, contexts, type_options)


# ---------------------------------------------------------------- token helpers

def forms(tok) -> set[str]:
    """The lemma and surface forms a lexicon entry may be written in."""
    low = tok.lower_.replace("’", "'")
    out = {tok.lemma_.lower(), low}
    if low.endswith("s") and len(low) > 3:
        out.add(low[:-1])
    return out


def is_verbal(tok) -> bool:
    """A verb, or a past participle the tagger took for an adjective ("ont piraté")."""
    if tok.pos_ == "VERB":
        return True
    return tok.pos_ == "ADJ" and any(c.dep_.startswith("aux") for c in tok.children)


def is_passive(verb) -> bool:
    return any(c.dep_ == "aux:pass" for c in verb.children)


def governing_verb(tok):
    """The nearest verb at or above `tok` in the parse, or None."""
    cur, seen = tok, 0
    while seen < 12:
        if cur.pos_ in ("VERB", "AUX") and cur.i != tok.i or (cur.i == tok.i and is_verbal(tok)):
            return cur
        if cur.head.i == cur.i:
            return None
        cur, seen = cur.head, seen + 1
    return None


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
    if verb.i >= 2 and verb.doc[verb.i - 2].lower_ == "loin" and verb.doc[verb.i - 1].lower_ in (
            "de", "d'", "d’"):
        return True
    lows = {c.lower_ for c in verb.children}
    return bool(lows & NEGATORS) and bool(lows & {"ne", "n'", "n’"})


def is_future(tok) -> bool:
    verb = governing_verb(tok)
    if verb is None:
        return False
    if "Fut" in verb.morph.get("Tense"):
        return True
    for c in verb.children:
        if c.dep_.startswith("aux") and "Fut" in c.morph.get("Tense"):
            return True
    return verb.head.lemma_ == "aller" and verb.dep_ == "xcomp"


def context_tokens(tok):
    """The trigger and its dependents, without a verb's subject or subordinate clauses."""
    if not is_verbal(tok):
        return list(tok.subtree)
    out = [tok]
    for c in tok.children:
        if c.dep_ in VERB_CONTEXT_DEPS:
            out.extend(c.subtree)
    return out


def context_found(tok, sent, lemmas: frozenset[str], scope: str,
                  mention_tokens=()) -> tuple[bool, bool]:
    """(found, only at sentence scope) for a context lemma set. The trigger itself does not
    count ("exercice" is in the military set): a trigger of the set needs another word of it,
    or an actor in its own phrase ("des exercices Washington-Séoul", not "l'exercice d'une
    fonction")."""
    def hit(t):
        return t.i != tok.i and forms(t) & lemmas
    if forms(tok) & lemmas and tok.pos_ == "NOUN" and any(
            c.i in mention_tokens for c in tok.children if c.dep_ not in CLAUSE_DEPS):
        return True, False
    if any(hit(t) for t in context_tokens(tok)):
        return True, False
    if tok.pos_ == "NOUN" and tok.head.i != tok.i and any(
            hit(t) for t in tok.head.children if t.dep_ in ("amod", "nmod")):
        return True, False
    if scope == "sentence" and any(hit(t) for t in sent):
        return True, True
    return False, False


def has_reflexive(tok) -> bool:
    return any(c.lower_ in REFLEXIVE and (c.dep_.startswith("expl") or c.dep_ in ("obj", "iobj"))
               for c in tok.children) or (tok.i > 0 and tok.doc[tok.i - 1].lower_ in REFLEXIVE)


def has_complement_a(tok) -> bool:
    for c in tok.children:
        if c.dep_ in ("xcomp", "obl", "obl:arg", "obl:mod", "ccomp"):
            if any(g.lower_ in ("à", "au", "aux") for g in c.children if g.dep_ in ("case", "mark")):
                return True
    return any(t.lower_ in ("à", "au", "aux") for t in tok.doc[tok.i + 1: tok.i + 6])


def has_place_complement(tok) -> bool:
    if any(c.lemma_ == "compte" for c in tok.children):
        return False
    return any(g.lower_ in ("à", "au", "aux", "en", "chez") for c in tok.children
               if c.dep_.startswith("obl") for g in c.children if g.dep_ == "case")


def introduces_que(tok) -> bool:
    return any(t.lower_ in ("que", "qu'", "qu’") for t in tok.doc[tok.i + 1: tok.i + 4])


# ---------------------------------------------------------------- triggers

def rule_accepts(rule: TriggerRule, tok, sent, lex: Lexicon, mention_tokens) -> float | None:
    """Confidence if `tok` fires `rule` in `sent`, else None."""
    opt = rule.options
    conf = opt.get("confidence", BASE_CONFIDENCE["VERB" if opt["pos"] == "verbs" else "NOUN"])
    if opt.get("reflexive") and not has_reflexive(tok):
        return None
    if rule.event_type == "statement" and opt["pos"] == "verbs" and not opt.get("reflexive") \
            and is_verbal(tok) and has_reflexive(tok):
        return None                               # "se récuser", "s'appeler": another sense
    if rule.event_type == "statement" and is_verbal(tok) and is_incise(tok):
        return None
    if opt.get("complement_a") and not has_complement_a(tok):
        return None
    if opt.get("complement_place") and not has_place_complement(tok):
        return None
    if opt.get("no_que") and introduces_que(tok):
        return None
    if opt.get("actor_object") and not has_actor_object(tok, lex, mention_tokens):
        return None
    if opt.get("threat_object") and not has_threat_object(tok, lex, mention_tokens):
        return None
    if opt.get("no_sentence") and is_court_sentence(tok):
        return None
    if opt.get("reciprocal") and not is_reciprocal(tok):
        return None
    if "context" in opt:
        found, loose = context_found(tok, sent, lex.contexts[opt["context"]],
                                     opt.get("scope", "subtree"), mention_tokens)
        if not found:
            return None
        if loose:
            conf -= 0.1
    return conf


def has_actor_object(tok, lex: Lexicon, mention_tokens) -> bool:
    people = lex.contexts.get("person_role", frozenset())
    for c in tok.children:
        if c.dep_ in ("obj", "iobj"):
            if c.i in mention_tokens or forms(c) & people:
                return True
    return False


PENALTIES = {"peine", "prison", "amende", "mort", "réclusion", "emprisonnement", "an", "année",
             "mois", "perpétuité", "sursis"}


def is_court_sentence(tok) -> bool:
    """"condamné à verser", "condamnation à cinq ans de prison": a court decision, not a
    public condemnation."""
    for c in tok.children:
        marks = {g.lower_ for g in c.children if g.dep_ in ("mark", "case")}
        if marks & {"à", "au", "aux"} and (c.pos_ == "VERB" or forms(c) & PENALTIES):
            return True
    return False


def is_incise(verb) -> bool:
    """"« ... », prévient X": a speech verb after the quote, its subject after it and no
    complement of its own, only attributes the quote (not an event by itself)."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects or any(c.i < verb.i for c in subjects):
        return False
    if any(c.dep_ in ("obj", "iobj", "ccomp", "xcomp", "obl:arg") for c in verb.children):
        return False
    before = [t for t in verb.doc[max(verb.sent.start, verb.i - 4):verb.i] if not t.is_space]
    return any(t.text in ("»", "\"", "”", ",") for t in before)


def has_threat_object(tok, lex: Lexicon, mention_tokens) -> bool:
    """"menacer": someone is threatened ("menace le gouvernement russe", "les menace") or
    something is threatened to be done ("menace de riposter"); "menace la sécurité" is not
    a statement."""
    if has_actor_object(tok, lex, mention_tokens):
        return True
    for c in tok.children:
        if c.dep_ in ("obj", "iobj") and c.pos_ == "PRON" and c.lower_ in OBJECT_PRONOUNS - {
                "nous", "vous", "me", "m'", "m’", "te", "t'"}:
            return True
        if c.dep_ in ("xcomp", "obl", "obl:arg", "ccomp") and c.pos_ == "VERB" and any(
                g.lower_ in ("de", "d'", "d’") for g in c.children if g.dep_ == "mark"):
            return True
        if c.dep_ in ("obl", "obl:arg", "obl:mod") and any(
                g.lower_ in ("de", "d'", "d’") for g in c.children if g.dep_ == "case") and (
                    c.pos_ == "NOUN" and any(forms(c) & set(lex.nouns))):
            return True
    return False


def is_reciprocal(tok) -> bool:
    """"se retrouver" meets only with several subjects ("X et Y se sont retrouvés", "ils se
    retrouvent") or a partner ("avec X"); "il s'est retrouvé seul" is not a meeting."""
    for c in tok.children:
        if c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS:
            if "Plur" in c.morph.get("Number") or any(g.dep_ == "conj" for g in c.children):
                return True
        if c.dep_.startswith("obl") and case_of(c) in PARTICIPANT_CASES:
            return True
    return False


def find_triggers(sent, lex: Lexicon, mention_tokens) -> list[tuple[str, int, int, object, str, float]]:
    """(event_type, start, end, head token, kind, confidence) for each trigger of a sentence."""
    found, used = [], set()
    for i in range(sent.start, sent.end):
        for words, rule in lex.phrases:
            if i + len(words) > sent.end or any(j in used for j in range(i, i + len(words))):
                continue
            if all(w in forms(sent.doc[i + k]) for k, w in enumerate(words)):
                head = pick_head(sent.doc[i:i + len(words)])
                if is_negated(head):
                    continue
                conf = rule_accepts(rule, head, sent, lex, mention_tokens)
                if conf is None:
                    continue
                found.append((rule.event_type, i, i + len(words), head, "PHRASE", conf))
                used.update(range(i, i + len(words)))
    for tok in sent:
        if tok.i in used or tok.i in mention_tokens:
            continue
        table = (lex.verbs if is_verbal(tok) else lex.nouns if tok.pos_ == "NOUN" else None)
        if table is None or tok.dep_ == "amod":
            continue
        rules = [r for f in sorted(forms(tok)) for r in table.get(f, [])]
        if table is lex.verbs:
            rules = [r for r in rules if not object_is_other_trigger(tok, r, lex)]
        for rule in rules:
            conf = rule_accepts(rule, tok, sent, lex, mention_tokens)
            if conf is None or is_negated(tok):
                continue
            start, end = trigger_span(tok)
            found.append((rule.event_type, start, end, tok, tok.pos_, conf))
            used.add(tok.i)
            break
    return found


def object_is_other_trigger(verb, rule: TriggerRule, lex: Lexicon) -> bool:
    """"lancer des négociations": the object noun states an event of another type, so the
    verb only introduces it."""
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


# ---------------------------------------------------------------- participants

def mention_token_map(doc, mentions: list[ActorMention]) -> dict[int, list[ActorMention]]:
    """Token index -> the mentions that cover it."""
    out: dict[int, list[ActorMention]] = {}
    for m in mentions:
        span = doc.char_span(m.char_start, m.char_end, alignment_mode="expand")
        if span is None:
            continue
        for t in span:
            out.setdefault(t.i, []).append(m)
    return out


def names_in(tokens, mention_tokens) -> list[str]:
    seen = []
    for t in tokens:
        for m in mention_tokens.get(t.i, []):
            if m.canonical_name not in seen:
                seen.append(m.canonical_name)
    return seen


def case_of(tok) -> str | None:
    for c in tok.children:
        if c.dep_ == "case":
            return c.lower_.replace("’", "'")
    return None


def add(actors: dict[str, str], names, role: str) -> None:
    for n in names:
        if n not in actors or ROLE_RANK[role] < ROLE_RANK[actors[n]]:
            actors[n] = role


def subject_tokens(tok):
    """Tokens of the subject(s) of `tok` (a verb), or of the relative pronoun's antecedent."""
    out = []
    for c in tok.children:
        if c.dep_ in SUBJECT_DEPS or c.dep_ in AGENT_DEPS:
            if c.lower_ in RELATIVE_PRONOUNS and tok.dep_.startswith("acl"):
                out.append([tok.head])
            else:
                out.append(list(c.subtree))
    if not out and tok.dep_ in ("xcomp", "conj", "advcl") and tok.head.pos_ in ("VERB", "AUX"):
        return subject_tokens(tok.head) if tok.head.i != tok.i else []
    if not out and tok.dep_.startswith("acl") and tok.head.pos_ in ("NOUN", "PROPN"):
        out.append([tok.head])
    return out


def verb_roles(verb, mention_tokens, actors: dict[str, str]) -> None:
    for toks in subject_tokens(verb):
        add(actors, names_in(toks, mention_tokens), "source")
    for c in verb.children:
        if c.dep_ in PASSIVE_SUBJECT_DEPS:
            role = "target" if is_passive(verb) else "source"   # a misparsed active subject
            add(actors, names_in(c.subtree, mention_tokens), role)
        elif c.dep_ in OBJECT_DEPS:
            case = case_of(c)
            role = "participant" if case in PARTICIPANT_CASES else "target"
            add(actors, names_in(c.subtree, mention_tokens), role)


def noun_roles(noun, mention_tokens, actors: dict[str, str], other_heads=(), people=(),
               speech=False) -> None:
    for c in noun.children:
        names = names_in(c.subtree, mention_tokens)
        if not names:
            continue
        case = case_of(c)
        direct = c.i in mention_tokens or bool(forms(c) & people) or c.dep_ == "amod"
        if speech and not direct and case in SOURCE_CASES:
            add(actors, names, "participant")   # "sa critique du livre de X": X did not speak
        elif c.dep_ == "amod" or case in SOURCE_CASES:
            add(actors, names, "source")
        elif case in TARGET_CASES:
            add(actors, names, "target")
        else:
            add(actors, names, "participant")
    verb = noun.head
    if any(verb.i == h.i for h in other_heads):       # "X a dénoncé des tirs": X did not fire
        return
    if verb.i != noun.i and is_verbal(verb) and noun.dep_ in ("obj", "obl", "obl:arg",
                                                                   "obl:mod", "nsubj:pass"):
        for toks in subject_tokens(verb):
            add(actors, names_in(toks, mention_tokens), "source")


def mention_number(span) -> str | None:
    """'Sing' or 'Plur' for an actor mention ("les États-Unis" is plural), None if unknown."""
    if span is None:
        return None
    for t in span:
        if t.dep_ == "det" or t.i == span.start:
            if t.lower_ in ("les", "des", "aux"):
                return "Plur"
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in ("les", "des", "aux"):
        return "Plur"
    if before is not None and before.lower_ in ("le", "la", "l'", "l’", "du", "au"):
        return "Sing"
    number = span.root.morph.get("Number")
    return number[0] if number else None


def resolve_pronoun_subject(verb, sentence_index: int, mentions_by_sentence, doc) -> list[str]:
    """A personal pronoun subject ("il a effectué...") stands for the subject actor of the
    main clause before it in the sentence, or the last subject actor of the previous
    sentences that agrees with it in number ("il" is not "les États-Unis"); without an
    agreeing subject, the first agreeing actor of the two sentences before."""
    pronoun = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS
                    and c.lower_ in PERSONAL_SUBJECTS), None) if verb is not None else None
    if pronoun is None:
        return []
    wanted = "Plur" if pronoun.lower_ in ("ils", "elles") else "Sing"
    here = [m for m in mentions_by_sentence.get(sentence_index, []) if m.char_end <= pronoun.idx]
    for m in reversed(here):                      # "X a annoncé qu'elle organisait..."
        span = doc.char_span(m.char_start, m.char_end, alignment_mode="expand")
        if span is not None and mention_number(span) in (None, wanted) and any(
                t.dep_ in SUBJECT_DEPS and t.head.i != verb.i for t in span):
            return [m.canonical_name]
    fallback = None
    for back in (1, 2, 3):
        prev = mentions_by_sentence.get(sentence_index - back, [])
        for m in prev:
            span = doc.char_span(m.char_start, m.char_end, alignment_mode="expand")
            if mention_number(span) not in (None, wanted):
                continue
            if span is not None and any(t.dep_ in SUBJECT_DEPS for t in span):
                return [m.canonical_name]
            if fallback is None and back < 3:
                fallback = m.canonical_name
    return [fallback] if fallback else []


def foreign_tokens(head, other_heads) -> set[int]:
    """Tokens that belong to another trigger of the sentence (in its subtree, outside ours)."""
    mine = {t.i for t in head.subtree}
    out: set[int] = set()
    for other in other_heads:
        if other.i == head.i or head.i in {t.i for t in other.subtree}:
            continue
        out.update(t.i for t in other.subtree if t.i not in mine)
    return out


def collect_actors(head, kind, sent, mention_tokens, sentence_index, mentions_by_sentence,
                   other_heads=(), speech=False):
    actors: dict[str, str] = {}
    if is_verbal(head):
        verb_roles(head, mention_tokens, actors)
    else:
        noun_roles(head, mention_tokens, actors, [h for h in other_heads if h.i != head.i],
                   load_lexicon().contexts.get("person_role", frozenset()), speech)
    if not any(r == "source" for r in actors.values()):
        top = head
        while not is_verbal(top) and top.dep_ in ("nmod", "conj") and top.head.pos_ == "NOUN" \
                and top.head.i != top.i:
            top = top.head                        # "il a effectué une série de tests"
        verb = head if is_verbal(head) else (top.head if is_verbal(top.head) else None)
        add(actors, resolve_pronoun_subject(verb, sentence_index, mentions_by_sentence,
                                            head.doc), "source")
    foreign = foreign_tokens(head, other_heads)
    add(actors, names_in([t for t in sent if t.i not in foreign], mention_tokens), "participant")
    return actors


# ---------------------------------------------------------------- date, place

def nearest_time_expression(sent, head) -> tuple[str, int] | None:
    exprs = find_time_expressions(sent.text)
    if not exprs:
        return None
    pos = head.idx - sent.start_char
    start, end, text = min(exprs, key=lambda e: min(abs(e[0] - pos), abs(e[1] - pos)))
    return text, start


def clause_tokens(tok) -> list:
    """`tok` and its dependents, without the clauses embedded under it (relative, completive,
    adverbial): a date there belongs to another predicate."""
    out = [tok]
    for c in tok.children:
        if c.dep_ in CLAUSE_DEPS or (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
            continue
        out.extend(clause_tokens(c))
    return out


def date_scope(head, other_heads=()) -> set[int]:
    """Tokens whose time expression dates the trigger: its own clause; for a noun that is
    an argument of a verb that is no trigger ("ont mené des exercices cette semaine", "a
    effectué une série de tests le mois dernier"), the verb's clause too."""
    own = {t.i for t in clause_tokens(head)}
    if is_verbal(head):
        if head.dep_ == "conj" and is_verbal(head.head):    # "a rompu en juillet et reconnu"
            own |= {t.i for t in clause_tokens(head.head)}
        return own
    if head.head.pos_ in ("ADV", "ADP") and head.head.i != head.i:    # "lors de sa visite ..."
        own |= {t.i for t in clause_tokens(head.head)}
    top = head
    while top.dep_ in ("nmod", "conj") and top.head.pos_ == "NOUN" and top.head.i != top.i:
        top = top.head
    verb = top.head
    if top is not verb and is_verbal(verb) and top.dep_ in (
            "obj", "nsubj", "nsubj:pass", "obl:arg", "obl", "obl:mod") and not any(
            verb.i == h.i for h in other_heads):
        own |= {t.i for t in clause_tokens(verb)}
    return own


def own_time_expression(sent, head, other_heads=()) -> tuple[str, int] | None:
    """The time expression of the trigger's own clause nearest to it, or None."""
    scope = date_scope(head, other_heads)
    doc, best = sent.doc, None
    for start, end, text in find_time_expressions(sent.text):
        span = doc.char_span(sent.start_char + start, sent.start_char + end,
                             alignment_mode="expand")
        if span is None or not any(t.i in scope for t in span):
            continue
        dist = min(abs(t.i - head.i) for t in span)
        if best is None or dist < best[0]:
            best = (dist, text, start)
    return (best[1], best[2]) if best else None


def own_place(sent, head, mention_tokens, other_heads=()) -> str | None:
    """A place in the trigger's own clause ("se sont réunis à Genève", "le sommet de
    Genève"), not an actor."""
    scope = date_scope(head, other_heads)
    for ent in sent.ents:
        if ent.label_ != "LOC" or ent.start == 0 or ent.start not in scope \
                or any(t.i in mention_tokens for t in ent):
            continue
        prev = ent.doc[ent.start - 1].lower_
        if prev in PLACE_PREPOSITIONS or (prev in ("de", "d'", "d’") and head.pos_ == "NOUN"
                                          and ent.root.head.i == head.i):
            return ent.text
    return None


def nearest_place(sent, head, mention_tokens) -> str | None:
    places = []
    for ent in sent.ents:
        if ent.label_ != "LOC" or ent.start == 0:
            continue
        prev = ent.doc[ent.start - 1].lower_
        if prev in PLACE_PREPOSITIONS or (prev == "de" and ent.start > 1
                                          and ent.doc[ent.start - 2].lower_ == "près"):
            places.append(ent)
    if not places:
        return None
    return min(places, key=lambda e: abs(e.start - head.i)).text


# ---------------------------------------------------------------- candidates and merging

def is_anaphoric(head) -> bool:
    """A definite, demonstrative or possessive noun ("la rencontre", "cette réunion", "aux
    sanctions"), or the predicate of "il s'agit de", points back to a happening already told."""
    if head.pos_ != "NOUN":
        return False
    if head.head.lemma_ == "agir" and head.dep_.startswith("obl"):
        return True
    return any((c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS)
               or (c.dep_ == "case" and c.lower_ in CONTRACTED_ARTICLES) for c in head.children)


def determiner(head) -> str:
    """demonstrative, possessive, number, negative, definite, indefinite or bare."""
    kinds = set()
    for c in head.children:
        low = c.lower_
        if c.dep_ == "det":
            kinds.add("demonstrative" if low in DEMONSTRATIVES
                      else "possessive" if low in POSSESSIVES
                      else "negative" if low in NEGATIVE_DETS
                      else "definite" if low in DEFINITES
                      else "indefinite" if low in INDEFINITES else "other")
        elif c.dep_ == "nummod" or (c.dep_ == "amod" and c.lower_ in WORD_NUMBERS):
            kinds.add("number")
        elif c.dep_ == "case" and low in CONTRACTED_ARTICLES:
            kinds.add("definite")
        elif c.dep_ == "nmod:poss":
            kinds.add("possessive")
    for kind in ("demonstrative", "possessive", "number", "negative", "definite", "indefinite",
                 "other"):
        if kind in kinds:
            return kind
    return "bare"


def irrealis(head, lex: Lexicon, has_date: bool) -> bool:
    """Not a happening: a trigger under a modal noun, adjective or verb ("la capacité à
    voler", "des craintes de sanctions", "en cas d'essai", "déterminé à acquérir"), or a
    noun marked as only possible ("de futures négociations") without a date of its own."""
    governors = lex.contexts.get("irrealis", frozenset())
    cur = head
    for _ in range(3):
        if cur.head.i == cur.i or cur.dep_ not in (
                "nmod", "obl", "obl:arg", "obl:mod", "acl", "xcomp", "advcl", "fixed", "advmod",
                "dep"):
            break
        gov = cur.head
        if gov.pos_ in ("NOUN", "ADJ", "VERB") and forms(gov) & governors:
            return True
        if gov.pos_ not in ("NOUN", "PROPN", "ADP", "ADV"):     # "à" mis-attached: go on
            break
        cur = gov
    if head.pos_ == "NOUN" and not has_date:
        mods = lex.contexts.get("irrealis_modifier", frozenset())
        return any(c.dep_ == "amod" and forms(c) & mods for c in head.children)
    return False


def non_referential(head, lex: Lexicon) -> bool:
    """A noun without any determiner that only classifies another noun ("le centre de
    lancement", "marges de manœuvre", "droit de veto") or forms an idiom with its verb
    ("faire appel à"): it names a kind, not a happening. Measure nouns ("une série de
    tests") and other triggers ("l'accusation de transferts d'armes") keep it."""
    if head.pos_ != "NOUN" or determiner(head) != "bare" or any(
            c.dep_ == "amod" and c.i < head.i for c in head.children):   # "de lourdes sanctions"
        return False
    gov = head.head
    if gov.i == head.i:
        return False
    if head.dep_ == "obj" and is_verbal(gov):
        return True
    if head.dep_ not in ("nmod", "compound") or gov.pos_ != "NOUN":
        return False
    if forms(gov) & lex.contexts.get("collective", frozenset()):
        return False
    return not any(f in lex.nouns for f in forms(gov))


def is_distinct(head) -> bool:
    """An ordinal, a number or "nouveau" marks a happening other than the ones before."""
    for c in head.children:
        if c.dep_ in ("amod", "nummod") and (c.lower_ in DISTINCT_MODIFIERS or c.like_num
                                             or c.lower_ in WORD_NUMBERS):
            return True
    return False


def segments(sent) -> list:
    """The sentence cut where the parser missed a boundary: at whitespace tokens (line
    breaks, double spaces) and after a final period followed by a capital."""
    doc, out, start = sent.doc, [], sent.start
    for t in sent:
        nxt = doc[t.i + 1] if t.i + 1 < sent.end else None
        cut = t.is_space or (t.text in (".", "!", "?") and t.whitespace_ and nxt is not None
                             and (nxt.text[:1].isupper() or nxt.text[:1] in "«\""))
        if cut and t.i + 1 > start:
            out.append(doc[start:t.i + 1])
            start = t.i + 1
    if start < sent.end:
        out.append(doc[start:sent.end])
    return [seg for seg in out if any(not t.is_space for t in seg)]


def build_candidates(doc, sentences, mentions, published_at, lex):
    mention_tokens = mention_token_map(doc, mentions)
    by_sentence: dict[int, list[ActorMention]] = {}
    for m in sorted(mentions, key=lambda m: m.char_start):
        by_sentence.setdefault(m.sentence_index, []).append(m)
    out = []
    for s in sentences:
        whole = doc.char_span(s.start, s.end, alignment_mode="expand")
        for sent in (segments(whole) if whole is not None else []):
            out.extend(segment_candidates(sent, s.index, lex, mention_tokens, by_sentence,
                                          published_at))
    return out


def rule_option(lex: Lexicon, etype: str, head, name: str):
    """An option of the lexicon entry that fired for `head` (verbs and nouns)."""
    table = lex.verbs if is_verbal(head) else lex.nouns
    for f in sorted(forms(head)):
        for r in table.get(f, []):
            if r.event_type == etype and name in r.options:
                return r.options[name]
    return None


def reverse_roles(actors: dict[str, str]) -> dict[str, str]:
    """Receiving verbs ("acheter", "recevoir"): the subject is the recipient (target) and
    the "de X" complement the supplier (source)."""
    swap = {"source": "target", "target": "source", "participant": "participant"}
    return {n: swap[r] for n, r in actors.items()}


def segment_candidates(sent, sentence_index, lex, mention_tokens, by_sentence, published_at):
    triggers = find_triggers(sent, lex, mention_tokens)
    heads = [t[3] for t in triggers]
    out = []
    for etype, start, end, head, kind, conf in triggers:
        actors = collect_actors(head, kind, sent, mention_tokens, sentence_index, by_sentence,
                                heads, speech=etype == "statement")
        if rule_option(lex, etype, head, "reverse_roles"):
            actors = reverse_roles(actors)
        if not actors or (lex.type_options.get(etype, {}).get("requires_source")
                          and "source" not in actors.values()):
            continue
        c = Candidate(etype, sentence_index, start, end, head, kind, conf, actors,
                      segment=sent.start)
        describe(c, sent, mention_tokens, published_at, heads)
        if irrealis(head, lex, c.own_date) or non_referential(head, lex):
            continue
        c.own_actors = bool(names_in(clause_tokens(head)[1:], mention_tokens))
        c.generic = is_generic(c)
        out.append(c)
    return out


def is_generic(c: Candidate) -> bool:
    """A plural noun, bare, indefinite or definite ("des négociations", "les sanctions"),
    with no number, ordinal or "nouveau", no date of its own and outside the headline: talk
    about a kind of happening or a state, not a new happening."""
    head = c.head
    if head.pos_ != "NOUN" or c.kind == "PHRASE" or c.sentence_index == 0:
        return False
    if "Plur" not in head.morph.get("Number") and not head.lower_.endswith(("s", "x")):
        return False
    return (determiner(head) in ("bare", "indefinite", "definite") and not c.distinct
            and not c.own_date)


def describe(c: Candidate, sent, mention_tokens, published_at, other_heads=()) -> None:
    """Confidence, anaphora flags, date and place of a candidate."""
    head = c.head
    if any(r in ("source", "target") for r in c.actors.values()):
        c.confidence += 0.1
    c.anaphoric, c.distinct = is_anaphoric(head), is_distinct(head)
    c.strong_anaphor = head.pos_ == "NOUN" and (
        determiner(head) == "demonstrative" or head.head.lemma_ == "agir")
    if head.head.lemma_ == "agir":                # "il s'agit du premier essai": the same one
        c.distinct = False
    when = own_time_expression(sent, head, [h for h in other_heads if h.i != head.i])
    c.own_date = when is not None
    if c.own_date:
        c.confidence += 0.05
    if when:
        c.date_text = when[0]
        prefer = "future" if is_future(head) else "past"
        c.event_date, c.date_precision = resolve_date(when[0], published_at, prefer)
    c.own_place = own_place(sent, head, mention_tokens, [h for h in other_heads if h.i != head.i])
    c.location = c.own_place or nearest_place(sent, head, mention_tokens)


def same_date(a: Candidate, b: Candidate) -> bool | None:
    """True: the same date; False: different dates; None: no date on one of them, or one
    date may contain the other ("cette semaine", "cette année")."""
    if not a.date_text or not b.date_text:
        return None
    return dates_compatible(a.date_text, b.date_text, a.event_date, b.event_date)


def core(c: Candidate, role: str) -> set[str]:
    return {n for n, r in c.actors.items() if r == role}


def same_pair(prev: Candidate, cand: Candidate) -> bool:
    """Same supplier and recipient (or, without roles, the same two parties)."""
    if core(prev, "source") & core(cand, "source") and core(prev, "target") & core(cand, "target"):
        return True
    if (core(prev, "source") & core(cand, "target")) or (core(prev, "target") & core(cand, "source")):
        return False
    return len(set(prev.actors) & set(cand.actors)) >= 2


def reversed_pair(prev: Candidate, cand: Candidate) -> bool:
    """The supplier of one is the recipient of the other: two transfers, one each way."""
    return bool((core(prev, "source") & core(cand, "target"))
                or (core(prev, "target") & core(cand, "source"))) and not (
        core(prev, "source") & core(cand, "source"))


def mergeable(prev: Candidate, cand: Candidate, merge_by: str | None = None,
              latest: bool = True) -> bool:
    """Whether `cand` tells again the happening `prev`; `latest`: `prev` is the last event of
    its type so far (a definite noun only refers back to that one)."""
    if prev.event_type != cand.event_type:
        return False
    if merge_by == "pair" and reversed_pair(prev, cand):   # "reçu de X en échange de missiles"
        return False
    if cand.strong_anaphor or linked(prev, cand):  # "cette visite": the last one of its type
        return True
    if prev.own_place and cand.own_place and prev.own_place.lower() != cand.own_place.lower():
        return False                              # "le sommet de Hanoï" is not "celui de Genève"
    if latest and bare_mention(cand) and same_date(prev, cand) is not False:
        return True
    dates = same_date(prev, cand)
    if dates is False:
        return False
    repeated = latest and cand.anaphoric and not cand.distinct and any(
        h.lemma_ == cand.head.lemma_ for h in prev.heads or [prev.head])
    if not set(prev.actors) & set(cand.actors):
        # "un exercice maritime" ... "les exercices maritimes de cette année": the same noun
        # taken up with a definite article names the same happening
        return repeated and dates is not False
    if merge_by == "pair" and same_pair(prev, cand):
        return True
    if dates is True:
        return True
    if cand.distinct:
        return False
    if prev.segment == cand.segment:
        return True
    # "la dénonciation ... en août" is told anew (a date where the first telling had none);
    # "le sommet de Singapour" after "le sommet de Hanoï" is another one, not an earlier one
    return cand.anaphoric and latest and (not cand.own_date or (prev.date_text and dates is None)
                                          or repeated)


def bare_mention(c: Candidate) -> bool:
    """A verb or a definite noun with no actor in its own clause (only people named around
    it, such as the speaker reporting it), no date, no ordinal and no "nouveau" ("les
    missiles avaient été tirés", "l'acquisition d'artillerie") cannot be told apart from the
    last event of its type: it is that event. An indefinite noun ("une réunion d'urgence")
    is new."""
    if c.own_date or c.own_place or c.distinct or c.own_actors or any(
            r in ("source", "target") for r in c.actors.values()):
        return False
    return c.head.pos_ != "NOUN" or determiner(c.head) in ("definite", "bare")


def linked(prev: Candidate, cand: Candidate) -> bool:
    """One trigger lies in the other's clause ("se sont rencontrés lors de leur réunion", "une
    réunion où sera discuté..."): one happening told with two words."""
    heads = prev.heads or [prev.head]
    mine = {t.i for t in clause_tokens(cand.head)}
    return any(cand.head.head.i == h.i or h.head.i == cand.head.i or h.i in mine
               or cand.head.i in {t.i for t in clause_tokens(h)} for h in heads)


def merge_into(prev: Candidate, cand: Candidate) -> None:
    prev.heads = (prev.heads or [prev.head]) + (cand.heads or [cand.head])
    for name, role in cand.actors.items():
        add(prev.actors, [name], role)
    prev.confidence = min(0.99, max(prev.confidence, cand.confidence) + 0.05)
    if prev.date_text is None and cand.date_text:
        prev.date_text, prev.event_date, prev.date_precision = (
            cand.date_text, cand.event_date, cand.date_precision)
    if prev.location is None:
        prev.location = cand.location
    prev.own_place = prev.own_place or cand.own_place


def merge_candidates(cands: list[Candidate], type_options=None) -> list[Candidate]:
    type_options = type_options or {}
    merged: list[Candidate] = []
    for cand in cands:
        merge_by = type_options.get(cand.event_type, {}).get("merge_by")
        same = [p for p in reversed(merged) if p.event_type == cand.event_type]
        target = next((p for i, p in enumerate(same) if mergeable(p, cand, merge_by, i == 0)),
                      None)
        if target is None:
            merged.append(cand)
        else:
            merge_into(target, cand)
    return absorb_generic(merged)


def absorb_generic(events: list[Candidate]) -> list[Candidate]:
    """A generic mention ("les sanctions", "des négociations") is the same happening as a
    specific event of its type that shares an actor, before or after it in the article; left
    alone, it is kept only when the noun phrase names its own actor ("les sanctions de
    l'ONU")."""
    kept = [c for c in events if not c.generic]
    out = list(kept)
    for c in (c for c in events if c.generic):
        pool = [p for p in out if p.event_type == c.event_type and p is not c
                and set(p.actors) & set(c.actors) and same_date(p, c) is not False]
        if pool:
            target = min(pool, key=lambda p: (p.generic, abs(p.sentence_index - c.sentence_index)))
            merge_into(target, c)
        elif c.own_actors:
            c.confidence -= 0.15                  # a kind of happening more than a new one
            out.append(c)
    order = {id(c): i for i, c in enumerate(events)}
    return sorted(out, key=lambda c: order[id(c)])


def to_event(doc, c: Candidate) -> Event:
    span = doc[c.start:c.end]
    ordered = sorted(c.actors.items(), key=lambda kv: ROLE_RANK[kv[1]])
    return Event(
        event_type=c.event_type, trigger=span.text, sentence_index=c.sentence_index,
        char_start=span.start_char, char_end=span.end_char, date_text=c.date_text,
        event_date=c.event_date, date_precision=c.date_precision, location=c.location,
        confidence=round(max(0.05, min(0.99, c.confidence)), 3),
        actors=[EventActor(name, role) for name, role in ordered])


def extract_events(doc, sentences: list[Sentence], mentions: list[ActorMention],
                   published_at: str | None = None) -> list[Event]:
    """Events of one article: triggers, participants, dates and places, merged."""
    lex = load_lexicon()
    cands = build_candidates(doc, sentences, mentions, published_at, lex)
    return [to_event(doc, c) for c in merge_candidates(cands, lex.type_options)]
