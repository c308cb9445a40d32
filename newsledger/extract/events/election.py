"""Elections: when a word of election tells none, and who takes part in one.

eval/GUIDELINES.md counts an election, referendum or vote held, called, won or lost and a
leader elected or appointed; its actors are the candidates, the parties or lists, the
electing body and the state whose vote it is. Rules of the type:
- a verb of election introduced by "sans" ("visant, sans le nommer, X") tells no
  appointment: what "sans" + infinitive names did not take place;
- an election noun that completes a modal noun the parser made the object of the verb
  beside it ("ils ont le droit à un référendum": contexts.irrealis) is only claimed;
- the sentence sweep brings an election a person, a state or a party; an organization only
  named beside it (a pollster, a commission, a chamber where someone spoke, a city hall that
  published a poll) takes part only through the trigger's own syntax, so an election whose
  actors are all such swept organizations has none. That is read on the event, once the
  mentions of one happening are merged (a mention with a candidate keeps it);
- the complement of an appointment introduced by "à" or headed by "auprès" names the post
  ("nommée à la Cour suprême", "sa nomination à Matignon", "nommé à la tête de X", "nommée
  ministre auprès de X"): an office, the body it belongs to or the minister it serves, none of
  which is appointed or appoints; a name found only there (a person only beside "auprès") is
  no actor of it, and an appointment left with none names no appointee;
- the participle of "élire" used as the noun of an elected official: with no auxiliary, after a
  determiner ("une élue LREM", "cette élue"), after adjectives that follow a determiner ("la
  jeune élue X") or open the phrase after a comma or at its start (", seule élue du parti à
  avoir voté contre"): a French participle takes neither a determiner nor an adjective before it,
  a noun does (Riegel, Pellat and Rioul, the substantivized participle). An adverb before it
  ("nouvellement élue") keeps the verb;
- a personal pronoun or a description taken up from another sentence names one who takes part
  only if such a one could: the one elected or appointed ("il a été élu", the pronoun subject
  of a passive) is a person, and the subject who runs, votes or holds it ("il avait participé
  à la primaire") one that may run (may_run: a person, a state, a party). An "il" taken up as
  the presidency's palace, a chamber named earlier or a jihadist group whose sticker was found
  names no runner (referents);
- the same participle with no auxiliary followed right away by the name of a party (", élue
  Les Républicains,"): "élire" takes an office for attribute ("élue présidente"), never a
  party, which only labels the noun of an official ("un élu LR"); a dated participle ("élue
  Les Républicains en 2015") still tells the election.
Hooks: election_actors in candidates.segment_candidates (before the merge), has_no_runner in
events.extract_events (after it), referents in participants.collect_actors.
"""
from __future__ import annotations

import json
from functools import lru_cache

from newsledger.extract.actors.names import fold
from newsledger.extract.events.lexicon import Lexicon
from newsledger.extract.events.syntax import case_of, forms, is_verbal, names_only_where, subtree_indices
from newsledger.extract.words import straight_apostrophes
from newsledger.resources import data_dir

PRIVATIVE_MARKS = {"sans"}
COMPLEMENT_CASES = {"à", "au", "aux", "de", "d'", "d’", "du", "des"}
# the actor types the sentence sweep may bring an election (besides parties)
SWEPT_TYPES = ("person", "country")
ARTICLES = {"le", "la", "les", "l'"}


@lru_cache(maxsize=1)
def election_words() -> dict:
    return json.loads((data_dir("newsledger.extract") / "election_words.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def party_heads() -> frozenset[str]:
    """data/election_words.json: the first words of the names of parties and lists."""
    return frozenset(fold(w) for w in election_words()["party_head"])


@lru_cache(maxsize=1)
def appointment_words() -> tuple[frozenset[str], frozenset[str]]:
    """data/election_words.json: (the lemmas of appointing, the words that open its post)."""
    data = election_words()
    return frozenset(data["appointment"]), frozenset(data["post_marks"])


def may_run(name: str, actor_type: str | None, lex: Lexicon) -> bool:
    """An actor the sentence sweep may bring an election: a person, a state, a party of
    data/parties.tsv or an organization named as a party or a list ("Parti X", "Union pour
    X", "Ralliement X")."""
    if actor_type in SWEPT_TYPES or name in lex.party_names:
        return True
    words = [w for w in straight_apostrophes(name).replace("'", "' ").split() if w.lower() not in ARTICLES]
    return bool(words) and fold(words[0]) in party_heads()


def is_denied_by_sans(head) -> bool:
    """"sans le nommer", "sans élire de président": an infinitive introduced by "sans"."""
    return is_verbal(head) and "Inf" in head.morph.get("VerbForm") and any(
        c.dep_ in ("mark", "case") and c.lower_ in PRIVATIVE_MARKS for c in head.children)


def completes_an_irrealis_object(head, lex: Lexicon) -> bool:
    """"ils ont le droit à un référendum", parsed with the noun as a complement of "ont" beside
    the object "le droit": a noun of contexts.irrealis ("droit", "intention", "possibilité")
    that is the object of the verb, before the trigger, governs it as its complement does in
    "le droit à un référendum" (reference.irrealis): wanted or claimed, not held."""
    if is_verbal(head) or head.head.i == head.i or not head.dep_.startswith("obl"):
        return False
    modal = lex.contexts.get("irrealis", frozenset())
    return case_of(head) in COMPLEMENT_CASES and any(
        c.dep_ == "obj" and c.pos_ == "NOUN" and c.i < head.i and forms(c) & modal
        for c in head.head.children)


def post_indices(head) -> tuple[set[int], set[int]]:
    """The tokens of the post of an appointment trigger: (its complements introduced by "à":
    "à Matignon", "à la tête de X"; those headed by "auprès": "auprès de la ministre X"); both
    empty for another trigger."""
    lemmas, marks = appointment_words()
    office: set[int] = set()
    beside: set[int] = set()
    if head.lemma_.lower() not in lemmas:
        return office, beside
    # the post's complements hang on the trigger or on the title it gives ("nommé secrétaire
    # d'État à X"); "auprès" on any word under the trigger (the parse hangs "nommée lundi
    # ministre déléguée auprès de X" on the day)
    titles = [c for c in head.children if c.dep_ == "xcomp"]
    for c in [*head.children, *(g for t in titles for g in t.children)]:
        if c.dep_.startswith(("obl", "nmod")) and case_of(c) in marks:
            office |= set(subtree_indices(c))
    for c in [*head.children, *(g for t in head.children for g in t.children)]:
        if c.pos_ == "ADV" and c.lower_ in marks:
            beside |= set(subtree_indices(c))
    return office, beside


def post_names(head, sent, actors: dict[str, str], mention_tokens) -> set[str]:
    """The actors of an appointment named only in its post (post_indices): anyone beside whom
    one is appointed, and any but a person in the office it is to ("nommée à la Cour X", "à la
    tête de X"); a person there is one appointed too, the parse having hung a coordinated
    appointee or the 'de' complement under the office ("en nommant X à l'Intérieur et Y à la
    Justice", "la nomination à l'Intérieur de X"), or whom the post serves."""
    office, beside = post_indices(head)
    if not office and not beside:
        return set()
    return names_only_where(
        sent, mention_tokens,
        lambda t, m: (t.i in beside and not run_on(t, m, mention_tokens))
        or (t.i in office and m.actor_type != "person"), actors)


def run_on(tok, mention, mention_tokens) -> bool:
    """A name written right after another one with nothing between ("auprès de X Y"): the
    parse hangs on the first a name that begins the next phrase, most often the appointee's
    ("la secrétaire d'État auprès de X Y s'est fait remarquer"); a name after a comma or a
    bracket ("auprès de la ministre, X (Z)") stays the one beside whom."""
    doc = tok.doc
    first = tok
    while first.i > first.sent.start and doc[first.i - 1].idx >= mention.char_start:
        first = doc[first.i - 1]
    others = [m for t in first.sent for m in mention_tokens.get(t.i, ())
              if m.canonical_name != mention.canonical_name]

    def named_other(t) -> bool:
        return any(m.char_start <= t.idx < m.char_end for m in others)

    while first.dep_ in ("flat:name", "flat") and first.head.i < first.i and not named_other(first.head):
        first = first.head                        # "Poirson" named "Brune Poirson"
    return first.i > first.sent.start and named_other(doc[first.i - 1])


OFFICIAL_FORMS = {"élu", "élue", "élus", "élues"}
PHRASE_OPENERS = {",", "(", "«", "\"", ":", ";"}


def names_an_elected_official(head) -> bool:
    """"une élue LREM", "la jeune élue X", ", seule élue du parti": the participle of "élire"
    with no auxiliary, after a determiner, or after adjectives that follow a determiner or open
    the phrase (a comma, a bracket or the start of the sentence before them): the noun "élu"."""
    if head.lower_ not in OFFICIAL_FORMS or any(c.dep_.startswith("aux") for c in head.children):
        return False
    i, adjectives = head.i - 1, 0
    while i >= head.sent.start and head.doc[i].pos_ == "ADJ":
        i, adjectives = i - 1, adjectives + 1
    if i < head.sent.start:
        return adjectives > 0
    before = head.doc[i]
    return before.pos_ == "DET" or (adjectives > 0 and before.text in PHRASE_OPENERS)


def is_party(mention, lex: Lexicon) -> bool:
    """A mention of a party or a list: one of data/parties.tsv or an organization named as a
    party ("Parti X", "Union pour X"; may_run without persons and states)."""
    return mention.actor_type not in SWEPT_TYPES and may_run(mention.canonical_name, mention.actor_type, lex)


def is_dated(verb) -> bool:
    """A participle whose phrase holds a number ("élue X en 2015", "élu le 3 mai"): it tells
    when the election took place, a verb. Read on the whole phrase: the parse hangs the date
    on the name after the participle as often as on the participle."""
    return any(t.like_num for t in verb.subtree if t.i != verb.i)


def labels_a_party(head, mention_tokens, lex: Lexicon) -> bool:
    """"X, élue Les Républicains, a quitté le parti": the participle of "élire" with no
    auxiliary and no dated complement, followed right away (a determiner aside) by the name of
    a party: the verb "élire" takes an office for its attribute ("élue présidente", "élu
    maire"), never a party; the noun of an elected official takes its party as a label, as
    "un élu LR" does (names_an_elected_official)."""
    if head.lower_ not in OFFICIAL_FORMS or any(c.dep_.startswith("aux") for c in head.children) or is_dated(head):
        return False
    doc, i = head.doc, head.i + 1
    if i < head.sent.end and doc[i].pos_ == "DET" and not mention_tokens.get(i):
        i += 1
    return i < head.sent.end and any(is_party(m, lex) for m in mention_tokens.get(i, ()))


def election_actors(head, actors: dict[str, str], lex: Lexicon, sent=None, mention_tokens=None) -> dict[str, str]:
    """The actors of an election trigger as collected, or none when the trigger tells no
    election (see the module's docstring); without the names of an appointment's post when
    `sent` and `mention_tokens` are given."""
    if is_denied_by_sans(head) or completes_an_irrealis_object(head, lex) or names_an_elected_official(head):
        return {}
    if mention_tokens is not None and labels_a_party(head, mention_tokens, lex):
        return {}
    if sent is not None and mention_tokens is not None:
        gone = post_names(head, sent, actors, mention_tokens)
        if gone:
            return {n: r for n, r in actors.items() if n not in gone}
    return actors


def has_no_runner(event_type: str, actors: dict[str, str], types: dict[str, str], lex: Lexicon) -> bool:
    """An election whose actors all come from the sentence sweep (participants) and none of
    which may run in one (may_run): organizations only named beside it. `types`: canonical
    name -> actor type of the article's mentions."""
    return event_type == "election" and bool(actors) and all(r == "participant" for r in actors.values()) \
        and not any(may_run(n, types.get(n), lex) for n in actors)


def referents(names: list[str], passive: bool, mentions_by_sentence, lex: Lexicon) -> list[str]:
    """Of the names a pronoun or description subject of an election was taken up as, those
    that may take part: a person for the one elected or appointed (`passive`: "il a été
    élu"), one that may run (may_run) for the subject. `mentions_by_sentence`: sentence index
    -> the article's mentions, for their types."""
    types = {m.canonical_name: m.actor_type for ms in mentions_by_sentence.values() for m in ms}
    if passive:
        return [n for n in names if types.get(n) == "person"]
    return [n for n in names if may_run(n, types.get(n), lex)]
