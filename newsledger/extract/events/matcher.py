"""The trigger words and phrases of the lexicon (data/event_triggers.json) in a document,
found by spaCy's PhraseMatcher on LOWER and on LEMMA. A lexicon word matches a token when it
is the token's lemma or its lower-case form, either apostrophe, or that form without a final
"s" ("manifestations" -> "manifestation"; syntax.word_forms), and a verb in -er its present
form in -e, which the lemmatizer may leave as its own lemma ("reproche"); a phrase matches
when all its words match by form, or all by lemma. The pipeline component
`newsledger_event_triggers` writes the matches once per document in `doc._.event_triggers`
and `doc.spans["event_triggers"]`; the trigger rules (triggers.find_triggers) then decide
which of them state an event."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from newsledger.extract.events.lexicon import Lexicon, load_lexicon
from newsledger.extract.words import either_apostrophe

SPANS_KEY = "event_triggers"
WORD_KEY = "TRIGGER_WORD"                     # one token: a verb or noun of the lexicon
PHRASE_PREFIX = "TRIGGER_PHRASE_"             # + the phrase's rank in Lexicon.phrases

if not Doc.has_extension("event_triggers"):
    # TriggerMatches, or None before the component ran
    Doc.set_extension("event_triggers", default=None)


@dataclass(frozen=True)
class TriggerMatches:
    words: list[int]                          # token indices of trigger words, sorted
    phrases: list[tuple[int, int, int]]       # (start, rank in Lexicon.phrases, end), sorted

    def words_in(self, start: int, end: int) -> list[int]:
        """The trigger words in the token range [start, end)."""
        return self.words[bisect_left(self.words, start):bisect_left(self.words, end)]

    def phrases_in(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """The phrases inside [start, end), by start then rank (longest first)."""
        first = bisect_left(self.phrases, (start,))
        return [p for p in self.phrases[first:bisect_left(self.phrases, (end,))] if p[2] <= end]

    def any_in(self, start: int, end: int) -> bool:
        return bool(self.words_in(start, end) or self.phrases_in(start, end))


def lemma_values(words) -> list[str]:
    """The lemmas a lexicon word stands for (the lexicon is lower case; a lemma may not be)."""
    return sorted({v for w in words for v in (w, w.capitalize(), w.upper())})


def lower_values(words) -> list[str]:
    """The lower-case forms a lexicon word stands for: itself and its plural in "s" (when
    the plural has more than three letters), with either apostrophe."""
    plurals = {w + "s" for w in words if len(w) >= 3}
    return sorted(either_apostrophe(set(words) | plurals))


def present_forms(verbs) -> list[str]:
    """The present form in -e of each verb in -er ("reprocher" -> "reproche"): the tagger's
    verb keeps it as its lemma at times (syntax.regular_infinitive reads it back)."""
    return sorted({v[:-1] for v in verbs if v.endswith("er") and len(v) > 4})


def phrase_docs(vocab, phrase, attr: str) -> list[Doc]:
    """The pattern documents of one phrase for the PhraseMatcher on `attr`: every word by its
    lower-case forms (LOWER), or every word by its lemma (LEMMA)."""
    if attr == "LOWER":
        return [Doc(vocab, words=list(c)) for c in product(*(lower_values([w]) for w in phrase))]
    return [Doc(vocab, words=list(c), lemmas=list(c))
            for c in product(*(lemma_values([w]) for w in phrase))]


@lru_cache(maxsize=4)
def matchers_for(vocab, lex: Lexicon) -> tuple[PhraseMatcher, PhraseMatcher]:
    """PhraseMatchers on LOWER and on LEMMA: the trigger words under WORD_KEY, each phrase under
    PHRASE_PREFIX + its rank in Lexicon.phrases."""
    out = []
    for attr in ("LOWER", "LEMMA"):
        matcher = PhraseMatcher(vocab, attr=attr)
        values = (lower_values(lex.trigger_words) + present_forms(lex.verbs) if attr == "LOWER"
                  else lemma_values(lex.trigger_words))
        matcher.add(WORD_KEY, [Doc(vocab, words=[v], lemmas=[v]) for v in values])
        for rank, (phrase, _) in enumerate(lex.phrases):
            matcher.add(f"{PHRASE_PREFIX}{rank}", phrase_docs(vocab, phrase, attr))
        out.append(matcher)
    return out[0], out[1]


def find_trigger_matches(doc, lex: Lexicon | None = None) -> TriggerMatches:
    """The trigger words and phrases of the lexicon in `doc`."""
    lex = load_lexicon() if lex is None else lex
    strings = doc.vocab.strings
    words, phrases = set(), set()
    by_lower, by_lemma = matchers_for(doc.vocab, lex)
    for match_id, start, end in [*by_lower(doc), *by_lemma(doc)]:
        key = strings[match_id]
        if key == WORD_KEY:
            words.add(start)
        else:
            phrases.add((start, int(key[len(PHRASE_PREFIX):]), end))
    return TriggerMatches(sorted(words), sorted(phrases))


def trigger_matches_of(doc, lex: Lexicon) -> TriggerMatches:
    """The matches of `doc`: the component's, or found now when it did not run."""
    found = doc._.event_triggers
    return find_trigger_matches(doc, lex) if found is None else found


class EventTriggers:
    """Pipeline component: doc._.event_triggers and doc.spans["event_triggers"] (the words
    labelled "word", the phrases with their event type)."""

    def __init__(self, lex: Lexicon | None = None):
        self.lex = load_lexicon() if lex is None else lex

    def __call__(self, doc):
        found = find_trigger_matches(doc, self.lex)
        doc._.event_triggers = found
        doc.spans[SPANS_KEY] = (
            [Span(doc, i, i + 1, label="word") for i in found.words]
            + [Span(doc, s, e, label=self.lex.phrases[r][1].event_type) for s, r, e in found.phrases])
        return doc


@Language.factory("newsledger_event_triggers")
def make_event_triggers(nlp, name):
    return EventTriggers()
