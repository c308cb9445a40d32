"""A party written as a bare label right after the noun of one person takes no part in what
that person does: "un député X", "l'élu X", "le cadre X", "la sénatrice X" (X a party).

French news names a member of a party by a title or a noun of a post followed at once by the
party's name, with no preposition and no punctuation between: the party there says the
person's affiliation; it does not speak or act when the person does, and it is no actor swept
from the sentence. office.label_organization already sets such a label aside for a definite
office noun in the subject; this module reads the same mark on any singular noun of a person
with a determiner of any kind ("un", "le", "cette") and on the nouns of a post in a party that
are no titles (data/party_label.json: "élu", "cadre"), wherever the noun stands.

Only parties (election.is_party: data/parties.tsv and organizations named as parties): a body
or a company so written ("le patron Renault") is left to the other rules. The party stays an
actor when the sentence names it elsewhere on its own (participants.collect_actors removes a
label's name only when no other mention of it is in the sentence); a plural noun ("des élus
X", "les députés X") names members acting together and is left alone, as a party written
with a preposition ("un élu du parti X") is.
"""
from __future__ import annotations

import json
from functools import lru_cache

from newsledger.extract.events.election import is_party
from newsledger.extract.events.lexicon import load_lexicon
from newsledger.extract.events.office import title_forms, title_words
from newsledger.resources import data_dir


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """The nouns of a post in a party that take its name as a label (data/party_label.json)."""
    data = json.loads((data_dir("newsledger.extract") / "party_label.json").read_text(encoding="utf-8"))
    return frozenset(data["person_nouns"])


def is_person_noun(tok) -> bool:
    """A singular noun of one person with a determiner: a title (data/titles.txt and the roles
    of persons) or a noun of data/party_label.json. The tagger reads "élu" as a participle
    too; a determiner before it makes it the noun."""
    if "Plur" in tok.morph.get("Number"):
        return False
    low = tok.lower_
    if low in person_nouns():
        return tok.pos_ in ("NOUN", "VERB", "ADJ") and has_determiner(tok)
    return tok.pos_ == "NOUN" and bool(title_forms(tok) & title_words()) and has_determiner(tok)


def has_determiner(tok) -> bool:
    """A determiner opens the noun's phrase (determiner): "la jeune élue", "un député"."""
    return determiner(tok) is not None


# the determiners of a noun that takes up no one named before: the indefinite ("un élu X"), and
# the demonstrative, which points at whom the speaker shows ("« Cet élu X a menti »", in a quote
# of another speaker) rather than at a name of the text
UNNAMING = frozenset({"un", "une", "ce", "cet", "cette"})


def party_labels(sent, mention_tokens, head=None) -> tuple[set[int], set[int]]:
    """Token indices of `sent` of the parties written right after the noun of one person, with
    no preposition nor punctuation between (is_person_noun): the whole mention that begins on
    the next token, when every mention there is a party's. Two sets: after a definite noun
    ("l'élu X", "le député X"), and after an indefinite or demonstrative one ("un élu X", "cet
    élu X": UNNAMING), which takes up no one named before. `head`: the trigger; a noun that
    holds it in its own phrase ("la candidature du député X") is left alone."""
    lex = load_lexicon()
    definite: set[int] = set()
    indefinite: set[int] = set()
    doc = sent.doc
    for tok in sent:
        k = tok.i + 1
        if k >= sent.end or not mention_tokens.get(k) or not is_person_noun(tok):
            continue
        if head is not None and (head.i == tok.i or any(t.i == head.i for t in tok.subtree)):
            continue
        ms = mention_tokens[k]
        if not all(m.actor_type == "organization" and is_party(m, lex) for m in ms):
            continue
        if any(m.char_start < tok.idx + len(tok.text) for m in ms):
            continue                              # the mention holds the noun itself
        ids = {id(m) for m in ms}
        out = indefinite if determiner(tok) in UNNAMING else definite
        while k < sent.end and ids & {id(m) for m in mention_tokens.get(k, ())}:
            out.add(k)
            k += 1
        out |= gloss(sent, k, {m.canonical_name for m in ms}, mention_tokens)
    return definite, indefinite


def gloss(sent, k: int, names: set[str], mention_tokens) -> set[int]:
    """The tokens of a parenthesis opened at `k`, right after a label, whose mentions all name
    the label's party again ("l'élu X (XY)")."""
    doc = sent.doc
    if k >= sent.end or doc[k].text != "(":
        return set()
    close = next((t.i for t in doc[k + 1:sent.end] if t.text == ")"), None)
    inside = [] if close is None else [j for j in range(k + 1, close) if mention_tokens.get(j)]
    if inside and all({m.canonical_name for m in mention_tokens[j]} <= names for j in inside):
        return set(inside)
    return set()


def determiner(tok) -> str | None:
    """The noun's determiner, lower case: its child "det", or the word before its adjectives."""
    for c in tok.children:
        if c.dep_ == "det":
            return c.lower_
    k = tok.i - 1
    while k >= tok.sent.start and tok.doc[k].pos_ == "ADJ":
        k -= 1
    return tok.doc[k].lower_ if k >= tok.sent.start and tok.doc[k].pos_ == "DET" else None
