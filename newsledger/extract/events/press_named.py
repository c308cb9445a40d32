"""Organizations the sentence itself calls a medium: "le quotidien palestinien X", "la
télévision locale X", "le média local, X, annonce". The media lists (Lexicon.media_names)
cannot hold every title of the world's press; a noun of the press written right before the
name says what it is (data/press_nouns.json). Such a name is then read as the listed media
are (participants.collect_actors): it takes part in the trigger's happening only through the
trigger's own syntax ("le quotidien X a été condamné"), and it only hosts, reports or
interviews when it stands elsewhere in the sentence ("dans un entretien accordé au quotidien
X, il a exposé les motivations d'une conférence", "interrogé par la radio publique X, il
déplore"). eval/GUIDELINES.md: an actor is one taking part in the happening told.

Persons are left alone: a journalist named so is as often the one arrested or sentenced
through a participle or a relative clause that the media rule cannot read. Only adjectives
may stand between the noun and the name ("le quotidien palestinien X"); a comma only when
the parser makes the name an apposition of the noun ("le média local, X, annonce", not
"répondait aux questions d'un journaliste, X a taclé"). A noun with its own complement in
between ("la chaîne de magasins X") names something else."""
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


def is_adjective(tok) -> bool:
    """An adjective between the noun and the name ("palestinien", "publique")."""
    return tok.pos_ == "ADJ" or (tok.dep_ == "amod" and tok.pos_ != "PROPN")


def announced_by_press_noun(doc, indices: list[int], sent_start: int) -> bool:
    """A press noun stands right before the mention (its token `indices`), across at most
    MAX_BETWEEN adjectives; or before a comma, of which the mention is an apposition."""
    skipped, comma = 0, False
    for i in range(indices[0] - 1, sent_start - 1, -1):
        t = doc[i]
        if is_press_noun(t):
            return not comma or any(doc[j].dep_ == "appos" and doc[j].head.i == t.i for j in indices)
        if skipped >= MAX_BETWEEN:
            return False
        if t.text == ",":
            comma = True
        elif not is_adjective(t):
            return False
        skipped += 1
    return False


def press_named(sent, mention_tokens) -> set[str]:
    """The canonical names of the organization mentions of `sent` written right after a press
    noun (see the module's docstring)."""
    doc = sent.doc
    spans: dict[tuple, list[int]] = {}
    for i in range(sent.start, sent.end):
        for m in mention_tokens.get(i, ()):
            if m.actor_type == "organization":
                spans.setdefault((m.char_start, m.char_end, m.canonical_name), []).append(i)
    return {key[2] for key, indices in spans.items() if announced_by_press_noun(doc, indices, sent.start)}
