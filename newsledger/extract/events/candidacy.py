"""Who does not stand in an election takes no part in it.

eval/GUIDELINES.md: an election's actors are its candidates, parties, voters and the one
elected; the audit's precedent: "the president who does not run takes no part in it". French
news names an election as what someone does not run in: "X ne se voit pas candidat à la
présidentielle", "X a annoncé qu'il renonçait à se présenter à l'élection", "s'écartant d'une
candidature à la présidentielle, X a expliqué...". In dependency terms the election is the
complement of a word of standing (data/election_words.json running: "candidat",
"candidature", "se présenter", "se représenter", "candidater", "briguer"; also when the parse
hangs it under the adverb of "lors de" set on that word), and the clause that holds that word,
up to the first verb with a subject, denies it: a negation ("ne ... pas", syntax.is_negated_word), a verb of
renouncing above it (renouncing: "renoncer", "s'écarter", "refuser", "exclure") or the noun of
not standing ("non-candidature"); two of them cancel ("n'a pas exclu d'être candidat"). A
negation above an adverbial clause that holds the candidacy does not deny it ("il n'a pas su
le faire en se présentant à X"); that clause's subject is still the governing verb's. The
subject of that clause (its named head, or the actors its third-person pronoun takes up) is
then no actor of the election, unless named in the election's own phrase.
Hook: candidates.segment_candidates, for election triggers.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsledger.extract.events.commentary import has_personal_subject
from newsledger.extract.events.election import election_words
from newsledger.extract.events.gathering import subject_phrases
from newsledger.extract.events.office import whole_mentions
from newsledger.extract.events.syntax import (SUBJECT_DEPS, THIRD_PERSON_REFLEXIVE, forms, is_negated_word,
                                             is_verbal, only_named_in, subtree_indices)

# the relations from the election up to the clause that tells who stands: the complement of
# the word of standing, the infinitive or attribute a verb governs, a participle's clause
PATH_DEPS = ("obl", "obl:arg", "obl:mod", "nmod", "obj", "xcomp", "ccomp", "advcl", "acl")
MAX_STEPS = 5
# verbs of standing that mean it only with their reflexive pronoun ("se présenter à", "se
# représenter à")
REFLEXIVE_ONLY = {"présenter", "représenter"}
# the adverb of a compound preposition of time on which the parse hangs its complement
# ("candidater lors des élections": "élections" under "lors", "lors" under the verb)
TIME_ADVERBS = {"lors"}


@dataclass(frozen=True)
class CandidacyWords:
    running: frozenset[str]
    not_running: frozenset[str]
    renouncing: frozenset[str]


@lru_cache(maxsize=1)
def candidacy_words() -> CandidacyWords:
    data = election_words()
    return CandidacyWords(frozenset(data["running"]), frozenset(data["not_running"]),
                          frozenset(data["renouncing"]))


def is_standing(tok, words: CandidacyWords) -> bool:
    """A word of standing in an election: "candidat", "candidature", "briguer", "se présenter"."""
    found = forms(tok) & words.running
    if not found:
        return False
    if found <= REFLEXIVE_ONLY:
        return any(c.lower_ in THIRD_PERSON_REFLEXIVE or c.dep_ == "expl:pv" for c in tok.children)
    return True


def denied_clause(head, words: CandidacyWords):
    """The verb whose subject does not stand in the election `head` (a noun completing a word of
    standing), or None when the candidacy is not denied or the walk finds no such verb."""
    if is_verbal(head) or head.head.i == head.i or not head.dep_.startswith(("obl", "nmod", "obj")):
        return None
    node = head.head
    if node.pos_ == "ADV" and node.lower_ in TIME_ADVERBS and node.head.i != node.i:
        node = node.head
    if not is_standing(node, words):
        return None
    denied = bool(forms(node) & words.not_running)
    adjunct = False                               # above an adverbial clause: its subject only
    for _ in range(MAX_STEPS):
        if not adjunct and is_negated_word(node):
            denied = not denied
        if not adjunct and forms(node) & words.renouncing and is_verbal(node):
            denied = not denied
        top = node.dep_ not in PATH_DEPS or node.head.i == node.i
        clause = is_verbal(node) or any(c.dep_ == "cop" for c in node.children)   # "X ne sera pas candidat"
        if clause and (top or any(c.dep_ in SUBJECT_DEPS for c in node.children)):
            return node if denied else None       # the clause's verb: its subject, or one the parse hung away
        if top:
            return None
        # "il n'a pas su le faire en se présentant à X": a negation above a gerund or participle
        # adjunct does not deny it; the adjunct's subject is still the governing verb's
        adjunct = adjunct or node.dep_ == "advcl" or is_gerund(node)
        node = node.head
    return None


def is_gerund(verb) -> bool:
    """"en se présentant": a present participle introduced by "en", an adjunct wherever the parse
    hangs it (on a noun as well: "convaincre les électeurs en se présentant")."""
    return is_verbal(verb) and bool({"Part", "Ger"} & set(verb.morph.get("VerbForm"))) and any(
        c.dep_ == "mark" and c.lower_ == "en" for c in verb.children)


def non_runners(head, sent, mention_tokens, pronoun_of=None) -> set[str]:
    """The actors named as the subject of a clause that denies standing in the election
    `head` (see the module's docstring); a third-person pronoun subject stands for the actors
    `pronoun_of` gives (participants.resolve_pronoun_subject) when the segment names them
    nowhere else."""
    verb = denied_clause(head, candidacy_words())
    if verb is None:
        return set()
    own = subtree_indices(head)
    phrase = whole_mentions(subject_phrases(verb) or hung_subject(verb), sent, mention_tokens)
    named = only_named_in(sent, phrase, own, mention_tokens)
    if not named and pronoun_of is not None and has_personal_subject(verb):
        named = set(pronoun_of(verb))
    return named


def hung_subject(verb) -> set[int]:
    """The subject the parse hung on a participle set before the verb in an incise ("Le député
    X, invité lundi, ne se voit pas candidat": "député" made the subject of "invité")."""
    out: set[int] = set()
    for c in verb.children:
        if c.dep_ == "advcl" and c.i < verb.i and "Part" in c.morph.get("VerbForm"):
            out |= subject_phrases(c)
    return out


def without_non_runners(head, sent, actors: dict[str, str], mention_tokens, pronoun_of=None) -> dict[str, str]:
    """The actors of an election trigger without who is told not to stand in it."""
    if not actors:
        return actors
    away = non_runners(head, sent, mention_tokens, pronoun_of)
    return {n: r for n, r in actors.items() if n not in away}
