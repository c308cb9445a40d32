"""Protests and meetings that are no gathering of actors (eval/GUIDELINES.md: a protest is a
demonstration, rally, march, strike or riot; a meeting is between actors), read from the
trigger's own words (data/gathering.json):
- 'mobilisation', 'se mobiliser' tell a protest only with a protest cue: a word of the street
  protest, its people or its organisers in the sentence ("les cheminots se sont mobilisés
  dans la rue", "la mobilisation des syndicats"), a 'contre' complement of its own ("se
  mobiliser contre la réforme"), or a noun of a protest day or call above it ("une journée
  de mobilisation"); otherwise it is a campaign, an effort, a defence, a turnout ("la
  mobilisation des électeurs", "la mobilisation qu'exige sa défense", "décréter la
  mobilisation générale face aux incendies");
- 'manifestant' tagged as the participle of 'manifester' while it is the noun, with a
  determiner or as an argument ("bousculer un manifestant"), names a protester, not a protest;
- a trip or visit (the trip triggers of the lexicon, see events/trip.py) whose every actor is
  only a place it goes to or comes from ("un long voyage au Portugal", "les voyages vers le
  Portugal", "visiter les salons de l'Élysée", "à l'hôpital de Porto (Portugal)", "ils
  venaient du Portugal et se rendaient en Espagne": a place named inside the noun of place
  gone to, or the origin of a verb coordinated with the trip verb) names no traveller: no
  meeting of actors. A
  traveller named by a personal pronoun or a singular definite noun ("il se rendra au
  Portugal", "le ministre s'est rendu au Portugal", "sa visite au Portugal") leaves it alone;
  'chez X' names the one visited, not a place;
- the subject of a verb of saying or judging above a protest named in its adjunct comments
  on it, it takes no part ("pendant que se déroulait la grève, la ministre X a déclaré"); so
  does who covers, films or shares a protest or its picture ("le photographe X a couvert les
  manifestations", "X a retiré la vidéo d'un affrontement", "X a été poursuivi pour sa
  couverture d'une manifestation": the owner of the possessive, the passive subject too).
One hook: candidates.segment_candidates passes each protest and meeting candidate's actors
through `gathered_actors`, which hands every meeting on to events/meeting_scope.py (a clitic
of another person, a meeting the speaker imagines, an institution named only as the place) and
every protest on to events/protest_place.py (an institution where it is held, a name only in
an 'où' clause of its place), events/protest_mourned.py (the dead whose death it mourns), events/protest_opposed.py (who
acts or stands against it) and events/protest_target.py (whom it is against or for, who
allows or polices it);
a protest that only dates or frames another happening keeps only its own actors and the
subject of the clause it frames (events/protest_landmark.py); an unnamed crowd's protest lists
no one named only in an adjunct of its verb or in a clause on its crowd (events/protest_adjunct.py)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from newsledger.extract.events.meeting_scope import meeting_actors
from newsledger.extract.events.protest_place import place_names
from newsledger.extract.events.participants import after_quote, subject_indices
from newsledger.extract.events.protest_adjunct import adjunct_names
from newsledger.extract.events.protest_cause import cause_names
from newsledger.extract.events.protest_landmark import crowd_outsiders, landmark_outsiders
from newsledger.extract.events.protest_qualifier import qualifier_outsiders
from newsledger.extract.events.protest_mourned import mourned_names
from newsledger.extract.events.protest_opposed import opposer_names
from newsledger.extract.events.protest_slogan import slogan_names
from newsledger.extract.events.protest_support import supporter_names
from newsledger.extract.events.protest_target import protester_actors
from newsledger.extract.events.syntax import (PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, case_of, clitic, has_possessive,
                                             forms, is_verbal, only_named_in, subtree_indices)
from newsledger.extract.events.trip import is_trip_rule
from newsledger.resources import data_dir

GATHERING_PATH = data_dir("newsledger.extract") / "gathering.json"
# the relations by which a participle stands for a noun ("bousculer un manifestant")
NOMINAL_DEPS = ("obj", "nsubj", "nsubj:pass", "iobj", "obl", "obl:arg", "obl:mod", "nmod", "appos")
PERSONAL_PRONOUNS = {"il", "elle", "ils", "elles", "on", "je", "nous", "vous", "tu"}
# the case of a trip verb's own complement that names where it comes from ("de Lyon à Paris")
ORIGIN_CASES = {"de", "d'", "du", "des"}
# the relations by which a name completes the noun of a place ("l'hôpital de Porto (Portugal)")
PLACE_UP_DEPS = ("nmod", "appos", "flat", "flat:name", "conj")
FIRST_PERSON = {"je", "j'", "j’", "nous"}
SINGULAR_DETS = {"le", "la", "l'", "l’", "ce", "cet", "cette",
                 "son", "sa", "leur", "mon", "ma", "notre", "votre"}
TRAVELLER_DEPS = SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS + ("expl:subj",)


@dataclass(frozen=True)
class GatheringWords:
    mobilisation: frozenset[str]
    protest_cues: frozenset[str]
    protest_frames: frozenset[str]
    against: frozenset[str]
    trip_places: frozenset[str]
    visit_objects: frozenset[str]
    comment_verbs: frozenset[str]
    core: frozenset[str]
    depict_verbs: frozenset[str]
    depict_nouns: frozenset[str]
    meeting_places: frozenset[str]
    dative_verbs: frozenset[str]
    dative_cases: frozenset[str]
    session_bodies: frozenset[str]
    host_nouns: frozenset[str]
    evaluate_verbs: frozenset[str]
    handle_verbs: frozenset[str]
    handle_nouns: frozenset[str]
    landmark_during: frozenset[str]
    landmark_apart: frozenset[str]
    chant_verbs: frozenset[str]
    slogan_nouns: frozenset[str]
    cause_verbs: frozenset[str]
    cause_launch_verbs: frozenset[str]
    death_nouns: frozenset[str]
    harm_nouns: frozenset[str]
    stance_nouns: frozenset[str]
    facing_cases: frozenset[str]
    facing_verbs: frozenset[str]
    support_verbs: frozenset[str]
    support_adjectives: frozenset[str]
    support_nouns: frozenset[str]
    crowd_collectives: frozenset[str]
    facing_nouns: frozenset[str]
    opposing_cases: frozenset[str]
    protester_nouns: frozenset[str]
    backer_nouns: frozenset[str]
    stance_prefixes: frozenset[str]
    crowd_company: frozenset[str]
    topic_cases: frozenset[str]
    reaction_verbs: frozenset[str]
    dying_verbs: frozenset[str]
    killing_verbs: frozenset[str]
    end_nouns: frozenset[str]


@lru_cache(maxsize=1)
def gathering_words() -> GatheringWords:
    data = json.loads(GATHERING_PATH.read_text(encoding="utf-8"))
    return GatheringWords(*(frozenset(data[k]) for k in (
        "mobilisation", "protest_cue", "protest_frame", "against_case", "trip_place_case",
        "visit_object", "comment_verb", "core_complement", "depict_verb", "depict_noun",
        "meeting_place_case", "meeting_dative_verb", "meeting_dative_case", "session_body",
        "meeting_host_noun", "evaluate_verb", "handle_verb", "handle_noun", "landmark_during",
        "landmark_apart", "chant_verb", "slogan_noun", "cause_verb", "cause_launch_verb", "death_noun",
        "harm_noun", "stance_noun", "facing_case", "facing_verb", "support_verb", "support_adjective",
        "support_noun", "crowd_collective", "facing_noun", "opposing_case", "protester_noun",
        "backer_noun", "stance_prefix", "crowd_company", "topic_case", "reaction_verb", "dying_verb",
        "killing_verb", "end_noun")))


def gathered_actors(etype: str, head, sent, actors: dict[str, str], mention_tokens, lex,
                    not_context=None, reflexive: bool = False) -> dict[str, str]:
    """The actors of the protest or meeting candidate of trigger `head`, without those that
    take no part; empty when it is no gathering of actors (see the module's docstring).
    `not_context`: the option not_context of the lexicon entry that fired (it names the trip
    triggers); `reflexive`: its option reflexive. Every meeting then passes through
    meeting_scope.meeting_actors."""
    words = gathering_words()
    if etype == "protest":
        if forms(head) & words.mobilisation and not has_protest_cue(head, sent, mention_tokens, words):
            return {}                             # "la mobilisation des électeurs"
        if names_a_protester(head):
            return {}                             # "bousculer un manifestant"
        away = commentators(head, sent, mention_tokens, words, lex.saying_verbs)
        # a protest that only dates another happening (events/protest_landmark.py)
        away |= landmark_outsiders(head, sent, actors, mention_tokens, words.landmark_during,
                                   words.landmark_apart)
        # a protest whose protesters are an unnamed crowd of its own phrase (events/protest_landmark.py)
        away |= crowd_outsiders(head, sent, actors, mention_tokens, lex.contexts, words.crowd_collectives)
        # a name only in an adjunct of the crowd's protest verb or in a clause on its crowd ("des
        # dizaines de personnes ont manifesté devant le siège de X"; events/protest_adjunct.py)
        away |= adjunct_names(head, sent, actors, mention_tokens, lex.contexts, words.crowd_collectives,
                              words.crowd_company, words.against)
        # a protest that only qualifies another noun ("un week-end émaillé par des manifestations";
        # events/protest_qualifier.py)
        away |= qualifier_outsiders(head, sent, actors, mention_tokens, lex.people)
        # a name only in a slogan, chanted or written (events/protest_slogan.py)
        away |= slogan_names(sent, actors, mention_tokens, words.chant_verbs, words.slogan_nouns)
        # what causes it ("la mort de X a déclenché des manifestations"; events/protest_cause.py)
        away |= cause_names(head, sent, actors, mention_tokens, words.cause_verbs, words.cause_launch_verbs,
                            lex.contexts)
        # whose death, arrest or assault it mourns or answers ("après la mort de X", "les émeutes
        # qui ont suivi l'arrestation de X"; events/protest_mourned.py)
        away |= mourned_names(head, sent, actors, mention_tokens, words.death_nouns | words.harm_nouns,
                              words.cause_verbs)
        # who is named only as where it is held ("devant la mairie de X"; events/protest_place.py)
        away |= place_names(head, sent, actors, mention_tokens, words)
        # who backs it from outside ("X soutient la grève"; events/protest_support.py)
        away |= supporter_names(head, sent, mention_tokens, words.support_verbs, words.support_adjectives,
                                words.support_nouns)
        # who acts or stands against it ("une campagne contre la grève"; events/protest_opposed.py)
        away |= opposer_names(head, sent, actors, mention_tokens, words.opposing_cases)
        actors = {n: r for n, r in actors.items() if n not in away}
        if not actors:
            return {}                             # "les agissements de X durant les manifestations"
        # whom it is against or for, whom its protesters back or oppose, who allows or polices it
        # (events/protest_target.py)
        return protester_actors(head, sent, actors, mention_tokens, words.handle_verbs, words.handle_nouns,
                                words.facing_cases, words.facing_verbs, words.facing_nouns, words.backer_nouns,
                                words.stance_prefixes, words.end_nouns)
    if etype == "meeting" and is_trip_rule(not_context) \
            and only_places(head, sent, actors, mention_tokens, words, lex.people):
        return {}                                 # "un long voyage au Portugal"
    if etype == "meeting":
        return meeting_actors(head, sent, actors, mention_tokens, words, reflexive)
    return actors


def commentators(head, sent, mention_tokens, words: GatheringWords, saying=frozenset()) -> set[str]:
    """The actors named only as the subject of a verb of saying or judging (data comment_verb,
    `saying`) above the protest `head`, whose adjunct names it ("X a reconnu, au sujet de la
    colère des agriculteurs, qui défilaient", "pendant que se déroulait la grève, X a déclaré"):
    they comment on it. Not when the protest is the verb's complement ("X a annoncé une
    grève", a quote) nor when a verb without a subject of its own, or in the first person, lies
    between them (the commentator does it: "X a répondu en dressant la liste des
    prochaines manifestations", "« j'ai fait des manifestations », dit X")."""
    verbs = words.comment_verbs | saying
    child, node = head, head.head
    depicted = owned = False
    if is_verbal(head) and in_first_person(head):
        return set()
    while node.i != child.i:
        if not is_verbal(node) and forms(node) & words.depict_nouns:
            depicted = True                       # "la vidéo d'un affrontement"
            owned = owned or has_possessive(node)
        if is_verbal(node):
            if depicted or forms(node) & words.depict_verbs:   # "X a couvert les manifestations"
                subjects = subject_phrases(node) | (passive_subject_phrases(node) if owned else set())
                return only_named_in(sent, subjects, subtree_indices(head), mention_tokens)
            if forms(node) & verbs:
                if child.dep_ in words.core:
                    return set()
                return only_named_in(sent, subject_phrases(node), subtree_indices(head), mention_tokens)
            if is_controlled(node) or in_first_person(node):
                return set()                      # "« j'ai fait des manifestations », dit X"
        child, node = node, node.head
    return set()


def in_first_person(verb) -> bool:
    """The verb's subject is 'je' or 'nous': the speaker of a quote tells what they did."""
    return any(c.dep_ in TRAVELLER_DEPS and c.lower_ in FIRST_PERSON for c in verb.children)


def is_controlled(verb) -> bool:
    """An infinitive, participle or gerund without a subject of its own."""
    return bool(set(verb.morph.get("VerbForm")) & {"Inf", "Part", "Ger"}) and not any(
        c.dep_ in TRAVELLER_DEPS for c in verb.children)


def subject_phrases(verb) -> set[int]:
    """Token indices of who the verb's subjects (participants.subject_indices), or the subject
    written after it ("..., a reconnu X"), name: the head noun with its names and appositions,
    not the ones named in its prepositional complements or relative clauses ("le frère de X":
    X does not speak)."""
    roots = [verb.doc[i] for indices in subject_indices(verb) for i in indices
             if verb.doc[i].head.i not in indices or verb.doc[i].head.i == i]
    if not roots and after_quote(verb):
        roots = [c for c in verb.children if c.dep_ == "obj"]
    out: set[int] = set()
    for root in roots:
        out |= named_part(root)
    return out


def passive_subject_phrases(verb) -> set[int]:
    """Token indices of who the verb's passive subject names (its head with its names and
    appositions): the owner of a possessive in the verb's complement ("X est poursuivie pour sa
    couverture d'une manifestation": 'sa' is X's)."""
    out: set[int] = set()
    for c in verb.children:
        if c.dep_ in PASSIVE_SUBJECT_DEPS:
            out |= named_part(c)
    return out


def named_part(tok) -> set[int]:
    """The token and its dependents but those with a preposition of their own and the
    clauses ("le ministre X" but not "de Mme Y" in "le frère de Mme Y")."""
    out = {tok.i}
    for c in tok.children:
        if case_of(c) is None and not c.dep_.startswith(("acl", "advcl")):
            out |= named_part(c)
    return out


def has_protest_cue(head, sent, mention_tokens, words: GatheringWords) -> bool:
    """A protest cue for 'mobilisation': a word of data protest_cue in the sentence (not
    inside an actor's name: "La République en marche"), a 'contre' complement of the trigger,
    or a protest day or call it completes ("une journée de mobilisation")."""
    if any(t.i != head.i and t.i not in mention_tokens and forms(t) & words.protest_cues for t in sent):
        return True
    if any(case_of(c) in words.against for c in head.children):
        return True
    return not is_verbal(head) and head.dep_ == "nmod" and head.head.i != head.i \
        and bool(forms(head.head) & words.protest_frames)


def names_a_protester(head) -> bool:
    """'manifestant' tagged as a participle of 'manifester' with a determiner, or in the
    place of a noun (an object, a subject, a complement): the noun for a protester."""
    if not is_verbal(head) or not head.lower_.startswith("manifestant"):
        return False
    return head.dep_ in NOMINAL_DEPS or any(c.dep_ == "det" for c in head.children)


def only_places(head, sent, actors: dict[str, str], mention_tokens, words: GatheringWords,
                people=frozenset()) -> bool:
    """Every actor of the trip is named in the segment only as a place it goes to or comes
    from, and no personal pronoun travels: no traveller is named."""
    if names_someone(head):
        return False                              # "il se rendra au Portugal", "sa visite au Portugal"
    visited: set[int] = set()
    if is_verbal(head) and forms(head) & words.visit_objects:
        for c in head.children:
            if c.dep_ == "obj":
                visited |= subtree_indices(c)     # "visiter le palais de l'Élysée"
    where: dict[str, list[bool]] = {}
    seen: set[tuple[int, int]] = set()
    for t in sent:
        for m in mention_tokens.get(t.i, ()):
            if m.canonical_name in actors and (m.char_start, m.char_end) not in seen and not t.is_punct:
                # a mention is read once, at its first word: the parser may split a hyphenated
                # name into words hung apart ("en Nouvelle - Calédonie": only "Nouvelle" takes "en")
                seen.add((m.char_start, m.char_end))
                root = mention_root(t, m.canonical_name, mention_tokens)
                where.setdefault(m.canonical_name, []).append(
                    t.i in visited or (not name_case(root, m, mention_tokens)
                                       and is_place_phrase(root, head, words, people, m.actor_type != "person")))
    return bool(actors) and all(all(where.get(name, [False])) for name in actors)


def names_someone(head) -> bool:
    """A traveller named without a name: a personal pronoun or a singular definite noun
    subject of the trip verb ("il se rendra", "l'ancien ministre s'était rendu"), or the trip
    noun's possessive or its 'de' complement of that kind ("sa visite", "la visite du
    ministre")."""
    if is_verbal(head):
        return any(c.dep_ in TRAVELLER_DEPS and (clitic(c) in PERSONAL_PRONOUNS
                                                 or singular_description(c)) for c in head.children)
    return has_possessive(head) or any(c.dep_ == "nmod" and case_of(c) in ORIGIN_CASES and singular_description(c)
                                       for c in head.children)


def singular_description(tok) -> bool:
    """A definite or possessive singular common noun ("le ministre", "l'ancien ministre", "son
    équipe"):
    it names one traveller, taken up from before, not an unnamed crowd ("les visiteurs",
    "des touristes")."""
    return tok.pos_ == "NOUN" and "Plur" not in tok.morph.get("Number") and any(
        c.dep_ == "det" and c.lower_ in SINGULAR_DETS for c in tok.children)


def name_case(root, mention, mention_tokens) -> bool:
    """The preposition of the mention's phrase is a word of the name itself ("« En Marche »"):
    no preposition of place."""
    return any(c.dep_ == "case" and mention in mention_tokens.get(c.i, ()) for c in root.children)


def mention_root(tok, name: str, mention_tokens):
    """The token of the mention of `name` covering `tok` whose head lies outside it."""
    while tok.head.i != tok.i and any(m.canonical_name == name
                                      for m in mention_tokens.get(tok.head.i, ())):
        tok = tok.head
    return tok


def is_place_phrase(root, head, words: GatheringWords, people=frozenset(), climb: bool = True) -> bool:
    """The phrase of a mention (its root token) is introduced by a preposition of place ("au
    Portugal", "vers le Portugal", "en Espagne"), or by 'de' as the trip verb's own complement
    of origin ("de Lyon") or that of a verb the trip verb is coordinated with ("ils venaient du
    Portugal et se rendaient en Espagne"); or it completes (by 'de', in apposition or as a
    conjunct) a noun whose own phrase is one of place ("à l'hôpital de
    Porto (Portugal)", "au large du Portugal", "(État de Goa, Inde)"; three nouns up at most).
    Not a noun of people or a title (`people`: "une visite à la reine X", "au président du
    Portugal": the one visited), and only with `climb` (a person's name is no place)."""
    tok = root
    for _ in range(4):
        case = case_of(tok)
        if case in words.trip_places:
            return True
        if case in ORIGIN_CASES and is_verbal(head) and tok.head.i in trip_verbs(head):
            return True
        if not climb or (case is not None and case not in ORIGIN_CASES) or tok.dep_ not in PLACE_UP_DEPS \
                or tok.head.i == tok.i or tok.head.pos_ not in ("NOUN", "PROPN") or tok.head.i == head.i \
                or forms(tok.head) & people:
            return False
        tok = tok.head
    return False


def trip_verbs(head) -> set[int]:
    """The trip verb and the verb it is coordinated with ("venaient ... et se rendaient")."""
    return {head.i, head.head.i} if head.dep_ == "conj" else {head.i}
