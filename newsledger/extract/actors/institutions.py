"""Institutions every state has ("ministère de la Santé", "Parlement", "armée", "Cour
suprême"; data/lexicon.tsv, state_institution) tied to the state whose they are, so that
one actor is never France's, Spain's and Brazil's ministry at once.

The state is, in this order: the one the name gives ("le ministère brésilien de la Santé",
"le Parlement espagnol", "la Cour suprême des Etats-Unis"); the only state named in the
sentence; the state an earlier mention of the same institution in the article was tied
to; the state of the last institution tied by its name or sentence ("le Congrès américain
... le Sénat"); the article's dominant state (named more often than any other); France when the article
names no state at all (the French national press this pipeline reads writes "le Sénat"
for France's). The canonical name is
the name without the state, then the state's name: "ministère de la Santé (Brésil)". An
institution whose state none of these gives is no actor.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from newsledger.records import Sentence
from newsledger.extract.actors.candidates import Cand, SentenceIndex
from newsledger.extract.actors.gazetteer import Gazetteer, lexicon
from newsledger.extract.actors.mentions import org_code
from newsledger.extract.actors.names import fold, normalize_actor_name
from newsledger.extract.words import straight_apostrophes

HOME_STATE = "FR"     # the state of an article that names none (see the module's docstring)
STATE_LINK = re.compile(r" (?:de la |de l'|des |du |de |d')")
# institutions whose complement names a portfolio ("ministère de la Santé"), not another body
PORTFOLIO_HEADS = frozenset({"ministere"})


@lru_cache(maxsize=1)
def institution_heads() -> tuple[tuple[str, ...], ...]:
    """The state_institution words, folded and split, longest first."""
    heads = {tuple(fold(w).split()) for w in lexicon()["state_institution"]}
    return tuple(sorted(heads, key=len, reverse=True))


def without_state(name: str, g: Gazetteer) -> tuple[str, str | None]:
    """`name` without the nationality adjectives and the closing "de <state>" it holds, and
    the state they name (the first one)."""
    code = None
    words = []
    for i, w in enumerate(name.split()):
        state = g.demonyms.get(w.lower()) if i else None
        if state:
            code = code or state
        else:
            words.append(w)
    rest = " ".join(words)
    for m in STATE_LINK.finditer(rest):
        entry = g.entries.get(rest[m.end():])
        if entry is not None and entry.kind == "country" and entry.form != "demonym":
            return rest[:m.start()], code or entry.key
    return rest, code


def institution_name(surface: str, g: Gazetteer) -> tuple[str, str | None] | None:
    """(the institution's name without its state, the state the surface gives) when
    `surface` names a state institution and nothing else (a complement naming a place or
    another body, "police de Seattle", "armée du Hamas", makes it a body of its own)."""
    name, code = without_state(straight_apostrophes(surface), g)
    words = name.split()
    folded = [fold(w) for w in words]
    head = next((h for h in institution_heads() if tuple(folded[:len(h)]) == h), None)
    if head is None:
        return None
    rest = words[len(head):]
    if head[0] in PORTFOLIO_HEADS:
        if any(len(w) > 1 and w.isupper() for w in rest):       # "ministère de la Justice du GNA"
            return None
    elif any(not w.islower() for w in rest):
        return None
    return name, code


def state_of(c: Cand) -> str | None:
    """The state a candidate names: a country's code, or the state of an organization of the
    gazetteer that belongs to one. The article's own news agency (its reporter) names none."""
    if c.reporter:
        return None
    return c.key if c.kind == "country" else c.code if c.source == "gaz" else None


def article_states(cands: list[Cand], index: SentenceIndex) -> tuple[dict[int, set[str]], str | None]:
    """The states named in each sentence (countries, and organizations of the gazetteer that
    belong to one), and the article's dominant state (HOME_STATE when it names none). The
    article's own news agency (its reporter) says nothing of the state the article is about."""
    by_sentence: dict[int, set[str]] = {}
    counts: Counter[str] = Counter()
    for c in cands:
        code = state_of(c)
        if code:
            by_sentence.setdefault(index.index_of(c.start), set()).add(code)
            counts[code] += 1
    ranked = counts.most_common(2)
    if not ranked:
        return by_sentence, HOME_STATE
    return by_sentence, ranked[0][0] if len(ranked) == 1 or ranked[0][1] > ranked[1][1] else None


def tie_institutions(cands: list[Cand], text: str, sentences: list[Sentence], g: Gazetteer) -> list[Cand]:
    """Every state institution among the candidates (in text order) tied to its state, or dropped."""
    index = SentenceIndex(sentences)
    by_sentence, dominant = article_states(cands, index)
    tied: dict[str, str] = {}
    last_explicit = None       # the state of the last institution its name or sentence tied
    out = []
    for c in cands:
        parsed = institution_name(c.key, g) if c.kind == "organization" and c.source != "gaz" else None
        if parsed is None:
            out.append(c)
            continue
        name, code = parsed
        code = code or c.code or org_code(c, text, g)
        if not code:
            in_sentence = by_sentence.get(index.index_of(c.start), set())
            code = next(iter(in_sentence)) if len(in_sentence) == 1 else None
        explicit = code is not None
        code = code or tied.get(fold(name)) or last_explicit or dominant
        if not code:
            continue
        tied[fold(name)] = code
        last_explicit = code if explicit else last_explicit
        c.key = f"{normalize_actor_name(name)} ({g.country_names.get(code, code)})"
        c.code, c.form = code, "institution"
        out.append(c)
    return out
