"""Meetings told in a sense by which no actor meets, and institutions named only as
the place of a meeting (eval/GUIDELINES.md: a meeting is between actors; a row is right when a
listed actor takes part), read from the trigger's own words (data/gathering.json):
- a reflexive meeting verb whose first- or second-person clitic is no reflexive, its subject
  being no pronoun of that person ("un sujet qui nous réunit": the topic brings us together;
  "nous nous réunissons" is a meeting);
- an organization named only as where the meeting is held or where one goes (data
  meeting_place_case: "à la mairie de X", "près de la préfecture", "sur les bancs de
  l'école") is the place, not a party: it is taken out of the actors (a state gone to is
  left alone, the guidelines count a visit to it; so is the one 'chez' whom one goes, the one
  rung up or visited 'à', a body whose sessions are its meetings, data session_body: "une
  discussion au Conseil de sécurité", the trigger's own complement, "aux réunions du
  Conseil", and who invites or asks, data meeting_host_noun: "à l'invitation de X");
- an actor named as absent from the meeting ("l'absence de X à la table des négociations", "X,
  absent des négociations") takes no part in it: events/absent.py.
gathering.gathered_actors calls `meeting_actors` for every meeting candidate. A meeting the
speaker only imagines ("je les rencontrerais") is no happening of any type:
events/hypothesis.py."""
from __future__ import annotations

from newsledger.extract.events.absent import absentees
from newsledger.extract.events.reference import irreality_words
from newsledger.extract.events.syntax import SUBJECT_DEPS, case_of, forms, is_verbal

# the subject pronoun each first- or second-person clitic is reflexive with
FIRST = ("je", "j'", "j’")
CLITIC_SUBJECT = {"nous": ("nous",), "vous": ("vous",), "me": FIRST, "m'": FIRST, "m’": FIRST,
                  "te": ("tu",), "t'": ("tu",), "t’": ("tu",)}
RELATIVE_SUBJECTS = {"qui"}
SELF_CLITICS = {"se", "s'", "s’"}
# the relations by which a noun complement hangs from the place noun it names ("la mairie de X")
UP_DEPS = ("nmod", "flat", "flat:name", "appos")
OF_CASES = {"de", "d'", "du", "des"}


def meeting_actors(head, sent, actors: dict[str, str], mention_tokens, words,
                   reflexive: bool = False) -> dict[str, str]:
    """The actors of the meeting candidate of trigger `head` (see the module's docstring);
    empty when it tells no meeting."""
    if reflexive and clitic_of_another_person(head):
        return {}                                 # "un sujet qui nous réunit"
    places = place_organizations(head, sent, actors, mention_tokens, words)
    lacking = irreality_words()
    missing = absentees(head, sent, actors, mention_tokens, lacking["lack"], lacking["absent"])
    return {n: r for n, r in actors.items() if n not in places and n not in missing}


def clitic_of_another_person(verb) -> bool:
    """The verb's only reflexive-looking clitic is 'nous', 'vous', 'me' or 'te' while its
    subject is no pronoun of that person ("un sujet qui nous réunit", "ce qui vous rassemble"):
    an object pronoun, no reflexive. (The tagger gives the verb the clitic's person, so the
    subject is read, not the verb's morphology.)"""
    if not is_verbal(verb):
        return False
    clitics = [c for c in verb.children if c.i < verb.i
               and (c.dep_.startswith("expl") or c.dep_ in ("obj", "iobj"))]
    if any(c.lower_ in SELF_CLITICS for c in clitics):
        return False
    own = {p for c in clitics for p in CLITIC_SUBJECT.get(c.lower_, ())}
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not own or not subjects:
        return False
    for s in subjects:
        if s.lower_ in RELATIVE_SUBJECTS and verb.dep_.startswith("acl") and verb.head.i != verb.i:
            s = verb.head                         # "un sujet qui nous réunit": the antecedent
        if s.lower_ in own:
            return False
    return True


def place_organizations(head, sent, actors, mention_tokens, words, sessions: bool = True,
                        at_places: bool = True) -> set[str]:
    """The organizations among the actors whose every mention in the segment lies in a phrase
    of place (data meeting_place_case), itself or the noun it completes ("à la mairie de
    Bordeaux", "sur les bancs de l'école"; an 'à' only beside the trigger or a noun, see
    `governs_a_place`); not the complement 'à' of a verb that takes the one met there (data meeting_dative_verb: 'téléphoner à X', 'une visite à X'), not a body
    whose sessions are its meetings (data session_body: "une discussion au Conseil de
    sécurité", "un sommet au G7"; with `sessions` False, for a protest, which is no session of
    the body it is held at: "dans la cour du conseil départemental"), not the trigger's own
    complement ("aux réunions du Conseil"). With `at_places` False no 'à' phrase is read as a
    place (a protest's: "la grève à la SNCF" is the company's staff on strike)."""
    dative = not at_places or bool(forms(head) & words.dative_verbs) or (
        head.dep_ == "obj" and bool(forms(head.head) & words.dative_verbs))
    where: dict[str, list[bool]] = {}
    for t in sent:
        for m in mention_tokens.get(t.i, ()):
            if m.canonical_name in actors and t.dep_ != "punct":
                where.setdefault(m.canonical_name, []).append(
                    m.actor_type == "organization"
                    and not (sessions and is_session_body(m.canonical_name, words))
                    and in_place_phrase(t, head, m.canonical_name, mention_tokens, words, dative))
    return {n for n, found in where.items() if all(found)}


def is_session_body(name: str, words) -> bool:
    """The organization's name begins with a noun of a body that meets in session ('Conseil de
    sécurité', 'Assemblée nationale', 'Parlement européen', 'G7')."""
    first = name.split()[0].lower().strip("(),.'’") if name.split() else ""
    return first in words.session_bodies


def in_place_phrase(tok, head, name: str, mention_tokens, words, dative: bool) -> bool:
    """The mention of `name` at `tok`, or a noun it completes (two steps up at most, never the
    trigger), is introduced by a preposition of place."""
    while tok.head.i != tok.i and any(m.canonical_name == name for m in mention_tokens.get(tok.head.i, ())):
        tok = tok.head
    for _ in range(3):
        if tok.i == head.i:
            return False                          # "aux réunions du Conseil": the trigger's own
        case = case_of(tok)
        if case in words.meeting_places and not (case in words.dative_cases and (
                dative or not governs_a_place(tok.head, head))):
            return True
        before = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
        if case in OF_CASES and (tok.head.lower_ in words.meeting_places
                                 or (before is not None and before.lower_ in words.meeting_places)):
            return True                           # "près de la mairie"
        if (case is not None and case not in OF_CASES) or tok.dep_ not in UP_DEPS or tok.head.i == tok.i:
            return False
        if forms(tok.head) & words.host_nouns:
            return False                          # "à l'invitation de X": X hosts
        tok = tok.head
    return False


def governs_a_place(gov, head) -> bool:
    """An 'à' phrase hanging from `gov` names a place when `gov` is the trigger, the word the
    trigger depends on ("des discussions se tiennent à Matignon") or a noun ("des séances au
    sein du groupe"); not the 'à' of an adjective or another verb ("dédiés à l'idéologie X")."""
    return gov.i in (head.i, head.head.i) or gov.pos_ in ("NOUN", "PROPN")
