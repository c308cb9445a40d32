"""Event candidates of an article: one per trigger of each sentence segment, with its
actors, confidence, anaphora flags, date and place; the ones that are no happening dropped."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import partial

import numpy as np

from spacy.attrs import IS_SPACE, ORTH, SPACY

from newsledger.extract.dates import NEAR_DAYS, resolve_date
from newsledger.records import ActorMention, Sentence
from newsledger.extract.dates import find_time_expressions
from newsledger.extract.events.belligerents import belligerents
from newsledger.extract.events.candidacy import without_non_runners
from newsledger.extract.events.channel import CHANNEL_CONTEXT, is_remote, trip_pivot
from newsledger.extract.events.commentary import without_speakers
from newsledger.extract.events.dead_named import dead_names
from newsledger.extract.events.distributive import (is_distributive, is_free_choice, is_participle_of_distributive,
                                                    is_verb_object)
from newsledger.extract.events.election import election_actors
from newsledger.extract.events.expert_teller import without_expert_tellers
from newsledger.extract.events.election_state import state_before
from newsledger.extract.events.coordinated_infinitive import first_infinitive
from newsledger.extract.events.context import (DocEnts, date_scope_and_anchors, is_future, nearest_place,
                                               own_place, own_time_expression, place_ents, sentence_ents)
from newsledger.extract.events.gathering import gathered_actors, gathering_words
from newsledger.extract.events.lexicon import Lexicon, load_lexicon
from newsledger.extract.events.participants import (collect_actors, mention_token_map, named_tokens, names_at,
                                                    resolve_pronoun_subject)
from newsledger.extract.events.hypothesis import hypothetical
from newsledger.extract.events.possessor import with_possessor
from newsledger.extract.events.private_speech import statement_by_interviewee
from newsledger.extract.events.protest_aim import aim_of_organisers, aim_of_protest, crowd_subject
from newsledger.extract.events.procedure import names_a_procedure
from newsledger.extract.events.purpose import is_purpose_infinitive
from newsledger.extract.events.reference import (irrealis, irreality_words, is_aim_of_purpose, is_anaphoric,
                                                 is_distinct, is_such, non_referential)
from newsledger.extract.events.syntax import TokenOffsets, clause_indices, determiner, forms, forms_of, is_verbal
from newsledger.extract.events.support import support_of
from newsledger.extract.events.matcher import trigger_matches_of
from newsledger.extract.events.modality import not_told
from newsledger.extract.events.sense import is_bare_contracted, is_bare_en_state, is_graded_adjective, is_trial_stage
from newsledger.extract.events.speakerless import speech_noun_without_speaker, unnamed_group_speaks
from newsledger.extract.events.triggers import find_triggers
from newsledger.extract.events.trip import (family_visit, is_trip_rule, private_travellers_only,
                                           unnamed_crowd_travels)
from newsledger.extract.events.predecessor import predecessor_names
from newsledger.extract.events.unnamed_appointee import unnamed_appointee_names

# "du", "de", "d'" right before a date: the date names the happening ("l'appel du 18 juin")
NAMING_DATE = re.compile(r"(?:\bdu|\bde|\bd['’])\s*$", re.IGNORECASE)


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
    key: str = ""                    # the lexicon entry that fired (lemma, phrase, "verb noun")
    remote: bool = False             # a meeting held by telephone or video (events/channel.py)
    trip_pivot: object = None        # the trip verb that carries a meeting (events/channel.py)


class SegmentCuts:
    """Where segments() cuts the sentences of one document, read from spaCy's arrays once:
    after whitespace tokens (line breaks, double spaces) and after a final period followed by
    a space and a capital (or an opening quote)."""

    def __init__(self, doc):
        strings = doc.vocab.strings
        orth, space, spaced = doc.to_array([ORTH, IS_SPACE, SPACY]).T
        cut, spaced = space.astype(bool), spaced.astype(bool)
        # the number of non-whitespace tokens before each token index (and the end)
        self.words_before: list[int] = np.concatenate(([0], np.cumsum(~cut))).tolist()
        final = np.zeros(len(doc), dtype=bool)
        for mark in (".", "!", "?"):
            final |= orth == strings[mark]
        final &= spaced & ~cut
        for i in np.flatnonzero(final[:-1]).tolist():
            nxt = strings[int(orth[i + 1])][:1]
            cut[i] = nxt.isupper() or nxt in "«\""
        self.after: list[int] = np.flatnonzero(cut).tolist()


def segments(sent, cuts: SegmentCuts | None = None) -> list:
    """The sentence cut where the parser missed a boundary (see SegmentCuts), without the
    whitespace-only pieces. `cuts`: SegmentCuts(sent.doc), when the caller has them."""
    doc = sent.doc
    cuts = SegmentCuts(doc) if cuts is None else cuts
    bounds, start = [], sent.start
    for i in cuts.after[bisect_left(cuts.after, sent.start):bisect_left(cuts.after, sent.end)]:
        bounds.append((start, i + 1))
        start = i + 1
    if start < sent.end:
        bounds.append((start, sent.end))
    words = cuts.words_before
    return [doc[a:b] for a, b in bounds if words[b] > words[a]]


def build_candidates(doc, sentences, mentions, published_at, lex):
    offsets = TokenOffsets(doc)
    mention_tokens = mention_token_map(doc, mentions, offsets)
    by_sentence: dict[int, list[ActorMention]] = {}
    for m in sorted(mentions, key=lambda m: m.char_start):
        by_sentence.setdefault(m.sentence_index, []).append(m)
    doc_ents = DocEnts(doc)
    token_forms, cuts = forms_of(doc), SegmentCuts(doc)
    matches = trigger_matches_of(doc, lex)
    support = support_of(doc, lex)
    verbs = sorted(v for v, _, _ in support)
    out = []
    for s in sentences:
        tokens = offsets.expand(s.start, s.end)
        if tokens is None or not (matches.any_in(tokens.start, tokens.stop)
                                  or verbs[bisect_left(verbs, tokens.start):bisect_left(verbs, tokens.stop)]):
            continue                              # no trigger word, phrase or construction in it
        for sent in segments(doc[tokens.start:tokens.stop], cuts):
            out.extend(segment_candidates(sent, s, lex, mention_tokens, by_sentence,
                                          published_at, doc_ents, token_forms, matches, support))
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


def span_text(span, sentence: Sentence) -> str:
    """span.text, sliced from the text of the sentence that holds it (spaCy would rebuild it
    from the span's tokens)."""
    start, end = span.start_char, span.end_char
    if sentence.start <= start and end <= sentence.end:
        return sentence.text[start - sentence.start:end - sentence.start]
    return span.text


def segment_candidates(sent, sentence: Sentence, lex, mention_tokens, by_sentence, published_at,
                       doc_ents=None, token_forms=None, matches=None, support=()):
    """The candidates of the segment `sent` of `sentence`."""
    triggers = find_triggers(sent, lex, mention_tokens, token_forms, matches, support)
    if not triggers:
        return []
    sentence_index = sentence.index
    heads = [t[3] for t in triggers]
    protests = [t[3] for t in triggers if t[0] == "protest"]
    named = named_tokens(sent, mention_tokens)
    ents = times = None                           # read at the first candidate that needs them
    out = []
    for etype, start, end, head, kind, conf, key in triggers:
        de_patient = bool(rule_option(lex, etype, head, "de_patient"))
        # "sa rencontre avec X", "son arrestation", "la police l'a arrêté": the doer (or the
        # one acted on) named only by a possessive determiner or an object clitic
        pronouns = partial(with_possessor, head=head, etype=etype, sentence_index=sentence_index,
                           mentions_by_sentence=by_sentence, lex=lex, other_heads=heads,
                           de_patient=de_patient)
        actors = collect_actors(head, sent, mention_tokens, sentence_index, by_sentence, heads,
                                speech=etype == "statement", named=named, de_patient=de_patient,
                                etype=etype, pronouns=pronouns)
        if rule_option(lex, etype, head, "reverse_roles"):
            actors = reverse_roles(actors)
        if etype == "election":                   # events/election.py
            if not actors:                        # events/election_state.py: "En X, ... . Les législatives"
                actors = state_before(head, sentence_index, by_sentence)
            actors = election_actors(head, actors, lex, sent, mention_tokens)
            # events/unnamed_appointee.py: "la nomination d'un nouveau juge": only who appoints
            gone = unnamed_appointee_names(head, sent, actors, mention_tokens)
            if gone:
                actors = {n: r for n, r in actors.items() if n not in gone}
            # events/predecessor.py: "l'élection du successeur de X": X takes no part
            followed = predecessor_names(head, sent, actors, mention_tokens)
            actors = {n: r for n, r in actors.items() if n not in followed}
            # events/candidacy.py: "X ne se voit pas candidat à la présidentielle"
            actors = without_non_runners(head, sent, actors, mention_tokens,
                                         lambda verb: resolve_pronoun_subject(verb, sentence_index, by_sentence,
                                                                              verb.doc, speech=True))
        actors = without_speakers(etype, head, sent, actors, mention_tokens, lex,  # "X a jugé la grève"
                                  lambda verb: resolve_pronoun_subject(verb, sentence_index, by_sentence,
                                                                       verb.doc, speech=True))
        # an expert named by an apposition who speaks of it ("..., estime X, politologue";
        # events/expert_teller.py)
        actors = without_expert_tellers(etype, head, sent, actors, mention_tokens, lex)
        # who is named only as the one who died or was killed ("X est mort, ont annoncé ses
        # proches", "l'enquête sur la mort de X"; events/dead_named.py)
        dead = dead_names(etype, head, sent, actors, mention_tokens, gathering_words())
        actors = {n: r for n, r in actors.items() if n not in dead}
        if etype == "attack":                     # events/belligerents.py: "la Seconde Guerre mondiale"
            actors = belligerents(head, actors, by_sentence, lex)
        if not actors or (lex.type_options.get(etype, {}).get("requires_source")
                          and "source" not in actors.values()):
            continue
        if etype == "meeting" and is_trip_rule(rule_option(lex, etype, head, "not_context")) \
                and (private_travellers_only(sent, actors, lex, mention_tokens) or family_visit(head, lex)
                     or unnamed_crowd_travels(head, lex, mention_tokens)):
            continue                              # "Jean Dupont, ingénieur, se rend au Danemark"
        if etype in ("protest", "meeting"):
            actors = gathered_actors(etype, head, sent, actors, mention_tokens, lex,
                                     rule_option(lex, etype, head, "not_context"),
                                     bool(rule_option(lex, etype, head, "reflexive")))
            if not actors:
                continue                          # "la mobilisation des électeurs", "un voyage au Portugal"
        c = Candidate(etype, sentence_index, start, end, head, kind, conf, actors,
                      segment=sent.start, key=key)
        if etype == "meeting":                    # events/channel.py: a call, a visit
            c.remote = is_remote(head, lex.contexts.get(CHANNEL_CONTEXT, frozenset()))
            c.trip_pivot = trip_pivot(head, lambda t: is_trip_rule(rule_option(lex, etype, t, "not_context")))
        if times is None:
            ents = sentence_ents(sent, doc_ents)
            times = find_time_expressions(span_text(sent, sentence))
        describe(c, sent, mention_tokens, published_at, heads, ents, times)
        if irrealis(head, lex, c.own_date) or non_referential(head, lex) or not_told(head, lex) \
                or is_bare_contracted(head) or is_graded_adjective(head) or is_trial_stage(head, lex) \
                or is_bare_en_state(head, lex) or hypothetical(head):
            continue
        if lex.type_options.get(etype, {}).get("coordinated_unreal") \
                and (lead := first_infinitive(head)) is not None and irrealis(lead, lex, c.own_date):
            continue                              # "a suggéré à X de quitter l'Union et de conclure un accord"
        if lex.type_options.get(etype, {}).get("distributive_generic") and (
                is_distributive(head) or is_participle_of_distributive(head)):
            continue                              # "à chaque élection", "toute poursuite", "tout traité signé"
        if (free_choice := lex.type_options.get(etype, {}).get("free_choice_generic")) and is_free_choice(head) \
                and not (free_choice == "not_object" and is_verb_object(head)):
            continue                              # "toute aide accordée au pays", "toute manifestation hostile"
        if etype == "election" and names_a_procedure(head):
            continue                              # "le référendum d'initiative citoyenne" (procedure.py)
        if lex.type_options.get(etype, {}).get("aim_unreal") and is_aim_of_purpose(head):
            continue                              # "les négociations en vue d'un accord"
        if lex.type_options.get(etype, {}).get("purpose_unreal") \
                and is_purpose_infinitive(head, irreality_words()["causative"]):
            continue                              # "pour les arrêter", "pour faire libérer X" (purpose.py)
        if etype == "statement" and ((kind == "NOUN" and speech_noun_without_speaker(head, mention_tokens))
                                     or unnamed_group_speaks(head, lex, mention_tokens)):
            continue                              # "malgré les critiques", "ses détracteurs accusent"
        if etype == "statement" and statement_by_interviewee(actors, sent.doc, lex, mention_tokens):
            continue                              # "« ... », regrette Jean Dupont, 55 ans": a passer-by
        if etype == "statement" and protests and aim_of_protest(head, protests):
            continue                              # "ont défilé pour réclamer": the protest's aim
        if etype == "statement" and (crowd_subject(head, gathering_words().protester_nouns) is not None
                                     or aim_of_organisers(head, protests, gathering_words().protest_frames,
                                                          gathering_words().against)):
            continue                              # "où 20.000 manifestants, selon X, ont dénoncé Y"
        c.own_actors = bool(names_at(clause_indices(head)[1:], mention_tokens))
        c.generic = is_generic(c) and not lex.type_options.get(etype, {}).get("plural_happening")
        out.append(c)
    return out


def is_generic(c: Candidate) -> bool:
    """A plural noun, bare, indefinite or definite ("des négociations", "les sanctions"),
    with no number, ordinal or "nouveau", no date of its own and outside the headline: talk
    about a kind of happening or a state, not a new happening."""
    head = c.head
    if head.pos_ != "NOUN" or c.kind == "PHRASE" or c.sentence_index == 0:
        return False
    if head.dep_ in ("nsubj", "nsubj:pass") and determiner(head) == "indefinite":
        return False                              # "des heurts ont opposé ...": it happened
    if not head.lower_.endswith(("s", "x")) and "Plur" not in head.morph.get("Number"):
        return False
    return (determiner(head) in ("bare", "indefinite", "definite") and not c.distinct
            and not c.own_date)


def describe(c: Candidate, sent, mention_tokens, published_at, other_heads=(), ents=None,
             times=None) -> None:
    """Confidence, anaphora flags, date and place of a candidate. `ents` and `times`: the
    segment's entities and time expressions, when the caller has them."""
    head = c.head
    if any(r in ("source", "target") for r in c.actors.values()):
        c.confidence += 0.1
    c.anaphoric, c.distinct = is_anaphoric(head), is_distinct(head)
    c.strong_anaphor = head.pos_ == "NOUN" and (
        determiner(head) == "demonstrative" or head.head.lemma_ == "agir" or is_such(head))
    if head.head.lemma_ == "agir":                # "il s'agit du premier essai": the same one
        c.distinct = False
    others = [h for h in other_heads if h.i != head.i]
    # the clause that dates and places the trigger, walked once (when there is a date or place)
    scope = anchors = None
    if ents is not None and times is not None and (times or place_ents(ents)):
        scope, anchors = date_scope_and_anchors(head, others)
    when = own_time_expression(sent, head, others, times, scope, anchors)
    c.own_date = when is not None
    if c.own_date:
        c.confidence += 0.05
    if when:
        c.date_text = when[0]
        options = load_lexicon().type_options.get(c.event_type, {})
        prefer = "future" if is_future(head) else "past"
        if prefer == "past" and options.get("scheduled"):
            prefer = "nearest"                    # "l'élection présidentielle du 3 novembre"
        # "les attentats du 13 novembre": a date that names the happening is its past one;
        # a type announced ahead ("la grève du 5 décembre" written in November) takes the
        # coming day within its `announced_days`, whether or not the date names it
        naming = NAMING_DATE.search(sent.text[:when[1]]) is not None
        c.event_date, c.date_precision = resolve_date(
            when[0], published_at, prefer, near_days=options.get("announced_days") or (0 if naming else NEAR_DAYS))
    c.own_place = own_place(sent, head, mention_tokens, others, ents, scope)
    c.location = c.own_place or nearest_place(sent, head, ents)
