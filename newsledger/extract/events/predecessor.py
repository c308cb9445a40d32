"""The one whose post is filled takes no part in the election or appointment of the one who
follows him: "l'élection du successeur de X", "pour élire un successeur à X", "la nomination
de son remplaçant", "Y a été élu pour succéder à X", "X sera remplacé par Y". The one followed
is named in the complement of a noun of succession (data/election_words.json
`succession_nouns`: "successeur", "remplaçant"), as the 'à' complement of "succéder" or the one
"remplacer" takes (`succession_verbs`: the object of the active verb, the subject of the
passive); eval/GUIDELINES.md: the actors of an election are who runs, who votes and who wins,
of an appointment the one appointed and the one who appoints. A name the sentence also gives
elsewhere (the subject who appoints "X a désigné le successeur de Y" keeps X; "X a choisi son
successeur" names X outside the complement) stays.
Hook: candidates.segment_candidates, right after events/unnamed_appointee.py."""
from __future__ import annotations

from functools import lru_cache

from newsledger.extract.events.election import election_words
from newsledger.extract.events.syntax import (A_CASES, DE_CASES, case_of, determiner, is_passive,
                                              subtree_indices)

# the relations of the 'à' complement of "succéder" ("succéder à X", "lui succéder")
SUCCEED_DEPS = ("obl:arg", "obl", "obl:mod", "iobj")


@lru_cache(maxsize=1)
def succession_words() -> tuple[frozenset[str], dict[str, str]]:
    data = election_words()
    return frozenset(w.lower() for w in data["succession_nouns"]), dict(data["succession_verbs"])


def is_succession_noun(tok) -> bool:
    """A noun of data/election_words.json `succession_nouns` ("successeur", "remplaçant")."""
    nouns, _ = succession_words()
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in nouns or tok.lower_ in nouns)


def followed_phrases(noun) -> set[int]:
    """The tokens of the one a noun of succession follows: its 'de' or 'à' complement ("le
    successeur de X", "un successeur à X"), also on the verb whose object it is ("élire un
    successeur à X", where the parse may hang it)."""
    out: set[int] = set()
    for c in noun.children:
        if c.dep_ == "nmod" and case_of(c) in DE_CASES | A_CASES:
            out |= subtree_indices(c)
    if noun.dep_ == "obj":
        for c in noun.head.children:
            if c.dep_.startswith("obl") and case_of(c) in A_CASES:
                out |= subtree_indices(c)
    return out


def predecessor_indices(tokens) -> set[int]:
    """The tokens that name one followed in a post, read from the words of succession among
    `tokens`."""
    _, verbs = succession_words()
    out: set[int] = set()
    for tok in tokens:
        lemma = tok.lemma_.lower()
        if is_succession_noun(tok):
            out |= followed_phrases(tok)
        elif tok.pos_ == "VERB" and verbs.get(lemma) == "à":
            for c in tok.children:
                if c.dep_ in SUCCEED_DEPS and (case_of(c) in A_CASES or c.dep_ == "iobj"):
                    out |= subtree_indices(c)
        elif tok.pos_ == "VERB" and verbs.get(lemma) == "obj":
            deps = ("nsubj:pass",) if is_passive(tok) else ("obj",)
            for c in tok.children:
                if c.dep_ in deps:
                    out |= subtree_indices(c)
    return out


def predecessor_names(head, sent, actors: dict[str, str], mention_tokens) -> set[str]:
    """The persons among the actors of the election trigger `head` named in `sent` only as one
    followed in a post, by a word of succession in the trigger's own phrase ("l'élection du
    successeur de X", "élu pour succéder à X", "une présidentielle ... pour élire un successeur
    à X"), or by one anywhere in the sentence for a trigger under a demonstrative, which takes
    up that election ("... pour élire un successeur à X, ... ce scrutin"). The one followed in
    another clause ("Y, qui doit succéder à X, ... des élections anticipées", "Y succède à X,
    devenue tête de liste aux européennes") may run in this election: left alone. A party or a
    place named there ("X (LR)", "succéder à X à la Maison Blanche") is the post's or the
    predecessor's label, left alone."""
    own = subtree_indices(head)
    scope = list(sent) if determiner(head) == "demonstrative" else [t for t in sent if t.i in own]
    followed = predecessor_indices(scope)
    if not followed or head.i in followed:
        return set()
    where: dict[str, set[int]] = {}
    persons: set[str] = set()
    for t in sent:
        for m in mention_tokens.get(t.i, ()):
            where.setdefault(m.canonical_name, set()).add(t.i)
            if m.actor_type == "person":
                persons.add(m.canonical_name)
    return {n for n in actors if n in persons and where.get(n) and where[n] <= followed}
