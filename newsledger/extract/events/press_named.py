"""Names the sentence itself calls a medium or one of its people: "le quotidien palestinien
X", "le média local, X", "la chaîne X", "la journaliste X". The media lists (Lexicon.media_names)
cannot hold every title of the world's press nor any journalist; a noun of the press written
right before the name says what it is (data/press_nouns.json). Such a name is then read as
the listed media are (participants.collect_actors): it takes part in the trigger's happening
only through the trigger's own syntax ("le quotidien X a été condamné", "la journaliste X a
été arrêtée"), and it only hosts, reports or interviews when it stands elsewhere in the
sentence ("dans un entretien accordé au quotidien X, il a exposé les motivations d'une
conférence", "la journaliste X rapporte des propos: « ... après l'élection de Y »").
eval/GUIDELINES.md: an actor is one taking part in the happening told.

Only the words between the noun and the name are read, not the parse: an adjective or a
comma ("le quotidien palestinien X", "le média local, X"). A noun with its own determiner
complement in between ("la chaîne de magasins X") names something else."""
from __future__ import annotations

import json
from functools import lru_cache

from newsledger.resources import data_dir

PRESS_PATH = data_dir("newsledger.extract") / "press_nouns.json"

# how many words may stand between the press noun and the name ("la radio publique régionale X")
MAX_BETWEEN = 3


@lru_cache(maxsize=1)
def press_nouns() -> frozenset[str]:
    """data/press_nouns.json press_noun: the nouns of a medium and of its people."""
    return frozenset(json.loads(PRESS_PATH.read_text(encoding="utf-8"))["press_noun"])


def is_press_noun(tok) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lower_ in press_nouns() or tok.lemma_.lower() in press_nouns())


def between_word(tok) -> bool:
    """What may stand between the noun and the name: an adjective ("palestinien", "publique")
    or a comma."""
    return tok.text == "," or tok.pos_ == "ADJ" or (tok.dep_ == "amod" and tok.pos_ != "PROPN")


def announced_by_press_noun(doc, start: int, sent_start: int) -> bool:
    """A press noun stands right before the token `start`, across at most MAX_BETWEEN
    adjectives and commas."""
    skipped = 0
    for i in range(start - 1, sent_start - 1, -1):
        t = doc[i]
        if is_press_noun(t):
            return True
        if skipped >= MAX_BETWEEN or not between_word(t):
            return False
        skipped += 1
    return False


def press_named(sent, mention_tokens) -> set[str]:
    """The canonical names of the mentions of `sent` written right after a press noun (see the
    module's docstring)."""
    doc = sent.doc
    firsts: dict[tuple, int] = {}
    for i in range(sent.start, sent.end):
        for m in mention_tokens.get(i, ()):
            key = (m.char_start, m.char_end, m.canonical_name)
            firsts.setdefault(key, i)
    return {key[2] for key, i in firsts.items() if announced_by_press_noun(doc, i, sent.start)}
