"""The trigger lexicon (data/event_triggers.json): verbs, nouns and phrases of each event
type with their options, and the context word sets the options name."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources.abc import Traversable
from pathlib import Path

from newsledger.records import EVENT_TYPES
from newsledger.resources import data_dir

LEXICON_PATH = data_dir("newsledger.extract") / "event_triggers.json"
VERB_CLASSES_PATH = data_dir("newsledger.extract") / "event_verb_classes.json"
KINDS_PATH = data_dir("newsledger.extract") / "statement_kinds.json"
# the names of media and news agencies (the actors' own lists): an actor of these is a medium
MEDIA_LISTS = ("media.tsv", "news_agencies.tsv")
# the political parties (the actors' own list): an actor of it is a party (sense.party_attacks)
PARTY_LIST = "parties.tsv"

# The option names the rules read (constraints.rule_accepts, candidates.rule_option; see the
# lexicon's "format"): a trigger's options, and an event type's. Any other name is an error,
# so that a misspelt or dropped option cannot be silently ignored.
TRIGGER_OPTIONS = frozenset({
    "confidence", "context", "scope", "reflexive", "actor_object", "threat_object",
    "complement_a", "complement_place", "no_que", "no_sentence", "reciprocal", "reverse_roles",
    "patient", "determined", "sentence", "intransitive", "complement_de", "not_context",
    "no_dative", "court_subject", "concluded", "or_dated", "de_patient", "not_attribute",
    "person_subject", "not_object", "named_speaker", "not_abstract_opponent",
    "no_thing_complement", "not_naming", "not_official", "not_in_person", "not_position", "singular",
    "pronominal_too", "or_quoted", "no_thing_object", "or_object", "or_agent", "or_votes", "or_unagented_passive", "not_speech_frame",
    "not_by_chamber", "not_filed", "not_tabled", "not_account", "not_money", "not_press_antecedent", "or_money", "or_aimed_actor", "not_deployed",
    "not_descriptive", "finite", "not_contest", "not_journey", "not_going_among", "singular_armed",
    "not_end_state", "not_bare_talk", "not_domain", "not_coordinated", "official_or_place",
    "not_offer", "not_adjectival", "not_danger_kind", "partner_if_singular",
    "patient_not_qualified", "goods_object", "not_participle", "whole_hostage", "state_in_phrase"})
TYPE_OPTIONS = frozenset({"requires_source", "merge_by", "plural_happening", "scheduled", "not_pronominal",
                          "distributive_generic", "aim_unreal", "purpose_unreal", "personal_act", "announced_days",
                          "coordinated_unreal", "free_choice_generic"})


class LexiconError(ValueError):
    """The lexicon file names an event type or an option the code does not know."""


def _read(path: str | Path | Traversable) -> dict:
    return json.loads((Path(path) if isinstance(path, str) else path).read_text(encoding="utf-8"))


def _check_options(options: dict, known: frozenset[str], where: str) -> dict:
    unknown = sorted(set(options) - known)
    if unknown:
        raise LexiconError(f"unknown option {unknown[0]!r} of {where} in the trigger lexicon "
                           f"(known: {', '.join(sorted(known))})")
    return options


@dataclass
class TriggerRule:
    event_type: str
    options: dict


@dataclass(eq=False)
class Lexicon:
    verbs: dict[str, list[TriggerRule]]
    nouns: dict[str, list[TriggerRule]]
    phrases: list[tuple[tuple[str, ...], TriggerRule]]
    contexts: dict[str, frozenset[str]]
    type_options: dict[str, dict] = field(default_factory=dict)
    # support-verb constructions: (verb lemma, noun lemma, case or None, rule)
    support: list[tuple[str, str, str | None, TriggerRule]] = field(default_factory=list)
    # statement kind (STATEMENT_KINDS) by trigger lemma, phrase or "verb noun" construction
    kinds: dict[str, str] = field(default_factory=dict)
    # the verbs and nouns (one-word triggers), for the Matcher's patterns (matcher.py)
    trigger_words: frozenset[str] = field(init=False)
    # the verbs of saying: statement trigger verbs and contexts.assertive (participants.py)
    saying_verbs: frozenset[str] = field(init=False)
    # the words of people: titles and roles (contexts.person_role) and common nouns of people
    # (contexts.person_noun)
    people: frozenset[str] = field(init=False)
    # the words that name a speaker by title, description or authority (contexts.person_role,
    # actor_description, authority: "le ministre", "le gouvernement", "les autorités"), and
    # those with the common nouns of people: who may speak in a statement (constraints.py)
    speaker_titles: frozenset[str] = field(init=False)
    speaker_words: frozenset[str] = field(init=False)
    # the canonical names of media and news agencies (data/media.tsv, data/news_agencies.tsv):
    # an actor of these named in a trigger's phrase is the `media` context too
    media_names: frozenset[str] = frozenset()
    # the canonical names of the political parties (data/parties.tsv)
    party_names: frozenset[str] = frozenset()

    def __post_init__(self):
        self.people = self.contexts.get("person_role", frozenset()) | self.contexts.get(
            "person_noun", frozenset())
        self.speaker_titles = frozenset().union(*(self.contexts.get(name, frozenset()) for name in (
            "person_role", "actor_description", "authority")))
        self.speaker_words = self.people | self.speaker_titles
        self.trigger_words = frozenset(self.verbs) | frozenset(self.nouns)
        self.saying_verbs = self.contexts.get("assertive", frozenset()) | frozenset(
            v for v, rules in self.verbs.items() if any(r.event_type == "statement" for r in rules))


@lru_cache(maxsize=1)
def load_lexicon(path: str | Path | Traversable = LEXICON_PATH) -> Lexicon:
    """The lexicon of `path` (default: the package's data/event_triggers.json), read once."""
    data = _read(path)
    verbs: dict[str, list[TriggerRule]] = {}
    nouns: dict[str, list[TriggerRule]] = {}
    phrases: list[tuple[tuple[str, ...], TriggerRule]] = []
    for event_type, entry in data["types"].items():
        if event_type not in EVENT_TYPES:
            raise LexiconError(f"unknown event type in lexicon: {event_type}")
        _check_options(entry.get("options", {}), TYPE_OPTIONS, f"event type {event_type!r}")
        for table, target in (("verbs", verbs), ("nouns", nouns)):
            for lemma, options in entry.get(table, {}).items():
                _check_options(options, TRIGGER_OPTIONS, f"trigger {lemma!r} ({event_type}, {table})")
                rule = TriggerRule(event_type, dict(options, pos=table))
                if " " in lemma:
                    phrases.append((tuple(lemma.lower().split()), rule))
                else:
                    target.setdefault(lemma.lower(), []).append(rule)
        for phrase in entry.get("phrases", []):
            _check_options(phrase.get("options", {}), TRIGGER_OPTIONS,
                           f"trigger {' '.join(phrase['words'])!r} ({event_type}, phrases)")
            rule = TriggerRule(event_type, dict(phrase.get("options", {}), pos="phrases"))
            phrases.append((tuple(w.lower() for w in phrase["words"]), rule))
    phrases.sort(key=lambda p: -len(p[0]))
    classes = _read(VERB_CLASSES_PATH)
    kinds = {}
    for table, target in (("verbs", verbs), ("nouns", nouns)):
        for lemma, entry in classes[table].items():
            etype = entry["event_type"]
            if entry.get("statement_kind"):
                kinds[lemma] = entry["statement_kind"]
            if any(r.event_type == etype for r in target.get(lemma, ())):
                continue                          # the hand-written entry (with its options) wins
            options = dict(data.get("verb_class_options", {}).get(etype, {}))
            if entry.get("reflexive"):
                options["reflexive"] = True
            target.setdefault(lemma, []).append(TriggerRule(etype, dict(options, pos=table)))
    kinds.update(_read(KINDS_PATH)["lemmas"])
    support = []
    for entry in data.get("support_verbs", []):
        if entry["type"] not in EVENT_TYPES:
            raise LexiconError(f"unknown event type in support verbs: {entry['type']}")
        options = _check_options(entry.get("options", {}), TRIGGER_OPTIONS,
                                 f"support verb {entry['verb']!r} + {entry['noun']!r}")
        support.append((entry["verb"], entry["noun"], entry.get("case"),
                        TriggerRule(entry["type"], dict(options, pos="support"))))
    contexts = {k: frozenset(w.lower() for w in v) for k, v in data["contexts"].items()}
    type_options = {t: e.get("options", {}) for t, e in data["types"].items()}
    return Lexicon(verbs, nouns, phrases, contexts, type_options, support, kinds, media_names(),
                   party_names())


class FoldedNames(frozenset):
    """Names compared as eval/GUIDELINES.md compares them: lower-cased and without accents
    ("Cnews" is "CNews", "Les Echos" is "Les Échos"), whatever case the actor step gave a name
    it did not find in its lists."""

    def __new__(cls, names=()):
        from newsledger.extract.actors.names import fold

        names = frozenset(names)
        out = super().__new__(cls, names)
        out.folded = frozenset(fold(n) for n in names)
        return out

    def __contains__(self, name) -> bool:
        from newsledger.extract.actors.names import fold

        return isinstance(name, str) and (frozenset.__contains__(self, name) or fold(name) in self.folded)


def media_names() -> frozenset[str]:
    """The canonical names of the media and news agency lists, compared folded (FoldedNames)."""
    from newsledger.extract.actors.gazetteer import read_tsv

    return FoldedNames(row["canonical"] for name in MEDIA_LISTS for row in read_tsv(name))


def party_names() -> frozenset[str]:
    """The canonical names of the list of political parties."""
    from newsledger.extract.actors.gazetteer import read_tsv

    return frozenset(row["canonical"] for row in read_tsv(PARTY_LIST))
