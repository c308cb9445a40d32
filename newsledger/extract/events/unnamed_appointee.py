"""An appointment whose appointee is a holder the sentence does not name ("la nomination d'un
nouveau juge", "un nouveau Premier ministre sera nommé", "jusqu'à la nomination du nouveau
gouvernement"): the one appointed is told only by a common noun with no name in its phrase, new
or unknown (an indefinite article, or an adjective of data/election_words.json `new_holder`:
"nouveau", "futur", "prochain"). A plural ("la nomination des ministres", "de figures
populaires ..., avec X") is left alone: the sentence often names those appointed after it. The
people the sentence names beside such an appointment do not take its appointee's place: the
sentence sweep brings only those who comment, announce, influence or replace (eval/GUIDELINES.md: the actors of
an appointment are the one appointed and the one who appoints). Only the one who appoints, named
in the trigger's own syntax, stays: the subject of an active verb ("X a nommé un nouveau
ministre") or the agent introduced by "par" ("la nomination d'un juge par le Sénat"); an
appointment left with no actor is none (as election.post_names leaves it).
Hook: candidates.segment_candidates, right after election.election_actors (before the merge)."""
from __future__ import annotations

from functools import lru_cache

from newsledger.extract.events.election import appointment_words, election_words
from newsledger.extract.events.predecessor import followed_phrases, is_succession_noun
from newsledger.extract.events.syntax import (DE_CASES, case_of, has_possessive, is_passive, is_verbal,
                                              subtree_indices)

# the relations of the one appointed: the object of an active verb, the subject of a passive
APPOINTEE_DEPS = {"active": ("obj",), "passive": ("nsubj:pass", "nsubj")}
# the relations of the one who appoints
AGENT_DEPS = ("nsubj", "obl:agent")
AGENT_CASES = {"par"}


@lru_cache(maxsize=1)
def new_holder_words() -> frozenset[str]:
    return frozenset(w.lower() for w in election_words()["new_holder"])


@lru_cache(maxsize=1)
def taking_office_words() -> dict[str, str]:
    """data/election_words.json `taking_office`: the lemma of taking up an office -> the noun it
    governs ("prestation" -> "serment", "prendre" -> "fonction")."""
    return {k.lower(): v.lower() for k, v in election_words()["taking_office"].items()}


def taking_office_holder(head):
    """The phrase of the one who takes up the office the trigger `head` tells ("la prestation de
    serment du nouveau président", "la prise de fonction d'un nouveau commandant", "un nouveau
    président prêtera serment"), or None: the verb's subject, else the first 'de' complement of
    the noun or of its governed noun ("serment", "fonction", where the parse often hangs it)."""
    word = taking_office_words().get(head.lemma_.lower())
    if word is None:
        return None
    governed = next((c for c in head.children if c.lemma_.lower().rstrip("s") == word), None)
    if governed is None:
        return None
    if is_verbal(head):
        return next((c for c in head.children if c.dep_ == "nsubj"), None)
    if has_possessive(head):
        return None
    return next((c for t in (head, governed) for c in t.children
                 if c.i != governed.i and c.dep_ == "nmod" and case_of(c) in DE_CASES), None)


def appointee_phrase(head):
    """The phrase that names the one appointed by the appointment trigger `head`, or None: the
    object of an active verb, the subject of a passive one, the noun a participle qualifies
    ("un juge nommé par X"), the first 'de' complement of the noun, also when the parse hangs it
    on a phrase of time or place between ("la nomination dans la journée d'un secrétaire"), not
    on the post ("à la tête d'un X" is the body led); none for a noun with a possessive
    determiner ("sa nomination")."""
    lemmas, _ = appointment_words()
    if head.lemma_.lower() not in lemmas:
        return taking_office_holder(head)
    if is_verbal(head):
        if head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return head.head
        deps = APPOINTEE_DEPS["passive" if is_passive(head) else "active"]
        return next((c for c in head.children if c.dep_ in deps), None)
    if has_possessive(head):                      # "sa nomination": the possessor is appointed
        return None
    _, marks = appointment_words()
    for c in head.children:
        if c.dep_ != "nmod":
            continue
        if case_of(c) in DE_CASES:
            return c
        inner = [g for g in c.children if g.dep_ == "nmod" and case_of(g) in DE_CASES]
        if case_of(c) not in AGENT_CASES | marks and inner and c.i < inner[0].i:
            return inner[0]
    return None


def post_phrases(tok) -> set[int]:
    """The tokens of the complements of `tok` introduced by a word of the post
    (election.appointment_words: "à la tête de X", "au ministère de X")."""
    _, marks = appointment_words()
    out: set[int] = set()
    for c in tok.children:
        if c.dep_.startswith(("nmod", "obl")) and case_of(c) in marks:
            out |= subtree_indices(c)
    return out


def body_phrases(noun, mention_tokens) -> set[int]:
    """The tokens of the 'de' complements of the holder's noun that name no person: the body
    whose post it is ("un nouveau commandant de la coalition", "un nouveau directeur de X")."""
    out: set[int] = set()
    for c in noun.children:
        if c.dep_ == "nmod" and case_of(c) in DE_CASES:
            span = subtree_indices(c)
            if not any(m.actor_type == "person" for i in span for m in mention_tokens.get(i, ())):
                out |= span
    return out


def is_unnamed_holder(noun, head, mention_tokens) -> bool:
    """A common noun with no name in its phrase that tells a new or unknown holder: an
    indefinite article or an adjective of newness before it. An organization in the post
    (post_phrases of the noun or of the trigger `head`: "un secrétaire d'État au ministère de
    X") is not the holder's name; a person there is (the parse hangs the appointee's
    apposition on the post: "la nomination d'une femme à la tête de X, l'Allemande Y")."""
    if noun is None or noun.pos_ != "NOUN":
        return False
    post = post_phrases(noun) | post_phrases(head)
    if head.lemma_.lower() in taking_office_words():   # "un nouveau commandant de la coalition"
        post |= body_phrases(noun, mention_tokens)
    succession = is_succession_noun(noun)        # "la nomination de son successeur"
    if succession:
        post |= followed_phrases(noun)
    if any(mention_tokens.get(i) for i in subtree_indices(noun) if i not in post):
        return False
    if succession:
        return True
    if any(m.actor_type == "person" for i in post for m in mention_tokens.get(i, ())):
        return False
    doc = noun.doc
    before = [doc[i] for i in sorted(subtree_indices(noun)) if i < noun.i]
    if any(t.pos_ == "DET" and "Ind" in t.morph.get("Definite") for t in before):
        return True
    return any(t.lower_ in new_holder_words() for t in before)


def appointer_indices(head) -> set[int]:
    """The tokens of the one who appoints, in the trigger's own syntax: the subject of an active
    verb, the agent of a passive one, a "par" complement of the noun."""
    out: set[int] = set()
    for c in head.children:
        if (is_verbal(head) and not is_passive(head) and c.dep_ == "nsubj") or c.dep_ == "obl:agent" \
                or (c.dep_.startswith(("nmod", "obl")) and case_of(c) in AGENT_CASES):
            out |= subtree_indices(c)
    return out


def unnamed_appointee_names(head, sent, actors: dict[str, str], mention_tokens) -> set[str] | None:
    """The actors to take off an appointment whose appointee is unnamed (is_unnamed_holder):
    all but those named where the one who appoints stands, or a pronoun subject of the active
    verb taken up as its source; None when the rule does not apply."""
    if not is_unnamed_holder(appointee_phrase(head), head, mention_tokens):
        return None
    agent = appointer_indices(head)
    keep = {m.canonical_name for t in sent if t.i in agent for m in mention_tokens.get(t.i, ())}
    pronoun_subject = is_verbal(head) and not is_passive(head) and any(
        c.dep_ == "nsubj" and c.pos_ == "PRON" for c in head.children)
    return {n for n, r in actors.items() if n not in keep and not (pronoun_subject and r == "source")}
