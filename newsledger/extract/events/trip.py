"""Trips and visits that are no meeting of actors (eval/GUIDELINES.md: a meeting is between
actors, and a person is an actor when acting in a public role): a trip whose named travellers
are all private persons and whose other actors are only the states it went to ("Jean Dupont,
ingénieur, se rend au Danemark", "Anne Roux, étudiante, part en Autriche pour un voyage").
A private person is one the article gives no title or function
(private_speech.is_private_person) and presents by a description that is no title, a noun in
apposition ("X, ingénieur", "X, 34 ans"): the article gives no title to many a politician
("Emmanuel Macron s'est rendu au Liban"), whose trips stay meetings. A visit to or from
one's own family ("la visite de son fils", "rendre visite à sa mère": contexts.family with a
possessive) is private too.
A trip whose traveller is an unnamed crowd, a plural common noun naming no actor and no
title ("des centaines d'étudiants se sont rendus en Europe", "des dizaines d'amis se sont
rendus chez X"), is made by private persons too (unnamed_crowd_travels).
A trip trigger is a meeting entry of the lexicon that names contexts.private_trip in its
option not_context ('se rendre', 'visiter', 'visite', 'voyage')."""
from __future__ import annotations

from newsledger.extract.events.lexicon import Lexicon
from newsledger.extract.events.private_speech import is_private_person
from newsledger.extract.events.syntax import (DE_CASES, PASSIVE_SUBJECT_DEPS, REFLEXIVE, SUBJECT_DEPS, case_of,
                                             forms, is_past_participle, is_verbal)

TRIP_CONTEXT = "private_trip"
# the cases of a place gone to ("au Danemark", "en Syrie", "à Taïwan", "vers l'Irak")
DESTINATION_CASES = {"à", "au", "aux", "en", "dans", "vers"}


def is_trip_rule(not_context) -> bool:
    """The trigger entry's option not_context (a name or a list) names contexts.private_trip."""
    names = [not_context] if isinstance(not_context, str) else list(not_context or ())
    return TRIP_CONTEXT in names


def private_travellers_only(sent, actors: dict[str, str], lex: Lexicon, mention_tokens) -> bool:
    """Every person among the event's actors is named in the segment as a private person, at
    least one is, and every other actor is a country named only as the place gone to ("au
    Danemark", "en Syrie"; not "le responsable américain", whose country he acts for), at
    least one. An actor not named in the segment (taken up by a pronoun) leaves the event
    alone."""
    named: dict[str, list] = {}
    for t in sent:
        for m in mention_tokens.get(t.i, ()):
            named.setdefault(m.canonical_name, []).append((t, m))
    people = places = False
    for name, role in actors.items():
        found = named.get(name)
        if not found:
            return False
        types = {m.actor_type for _, m in found}
        if types == {"person"}:
            if not all(is_private_person(t, lex, mention_tokens) for t, _ in found) \
                    or not described(name, sent.doc, lex, mention_tokens):
                return False
            people = True
        elif types != {"country"} or role == "source" or not all(
                case_of(t) in DESTINATION_CASES for t, _ in found):
            return False
        else:
            places = True
    return people and places


def described(name: str, doc, lex: Lexicon, mention_tokens) -> bool:
    """A mention of `name` in the article has a noun in apposition that is no title nor an
    actor's description ("Jean Dupont, ingénieur", "Anne Roux, étudiante à Londres", "X, 34
    ans"), or such a noun after a comma of which the parser made the name the subject, with no
    copula ("Anne Roux, étudiante à Londres, part ...")."""
    for i, ms in mention_tokens.items():
        if any(m.canonical_name == name for m in ms):
            tok = doc[i]
            if any(c.dep_ == "appos" and description(c, lex, mention_tokens) for c in tok.children):
                return True
            if tok.dep_ == "nsubj" and tok.head.i > tok.i and description(tok.head, lex, mention_tokens) \
                    and doc[tok.head.i - 1].text == "," \
                    and not any(c.dep_ == "cop" for c in tok.head.children):
                return True
    return False


def description(tok, lex: Lexicon, mention_tokens) -> bool:
    """A common noun that names no actor and is no title ("ingénieur", "étudiante")."""
    return tok.pos_ == "NOUN" and tok.i not in mention_tokens and not forms(tok) & lex.speaker_titles


FAMILY_DEPS = ("nmod", "obl", "obl:arg", "obl:mod", "iobj", "obj", "nsubj")


def family_visit(head, lex: Lexicon) -> bool:
    """The trip trigger's visitor or the one visited is one's own relative: a noun of
    contexts.family with a possessive determiner, as its complement or subject ("il reçoit
    la visite de son fils", "elle rend visite à sa mère"; not "la visite du fils du roi")."""
    family = lex.contexts.get("family", frozenset())
    near = list(head.children)
    if head.dep_ == "obj" and head.head.i != head.i:
        near += [c for c in head.head.children if c.i != head.i]   # "rendre visite à sa mère"
    return any(c.dep_ in FAMILY_DEPS and forms(c) & family and any(
        d.dep_ == "det" and "Yes" in d.morph.get("Poss") for d in c.children) for c in near)


TRAVELLER_DEPS = SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS
# the relations by which a trip verb takes the subject of the verb it completes ("sont venus
# visiter", "ont décidé de se rendre") or shares it with ("travaillant ou s'étant rendue")
CONTROLLED_DEPS = ("xcomp", "advcl", "conj")
# the relation of a participle or an infinitive that completes a noun
NOUN_CLAUSE_DEP = "acl"
# the relation of the agent of a passive participle ("visités par X")
AGENT_DEP = "obl:agent"
# the cases of the dative that controls an infinitive ("interdire aux pêcheurs de se rendre")
DATIVE_CASES = {"à", "au", "aux"}
# the determiners of any one at all ("toute personne", "chaque visiteur"): a generic traveller
GENERIC_DETERMINERS = {"tout", "chaque"}


def unnamed_crowd_travels(head, lex: Lexicon, mention_tokens) -> bool:
    """The traveller of the trip trigger is an unnamed crowd: a plural common noun that is no
    actor, names none in its phrase and is no title, office or authority (lex.speaker_titles:
    "des étudiants se rendaient en Espagne", "des centaines de familles se sont rendues en
    Europe", "des dizaines d'amis se sont rendus chez X", "les visiteurs qui sont venus
    visiter le palais"), or anyone at all ("toute personne s'étant rendue au marché"). Private
    persons go there, no actor meets anyone (eval/GUIDELINES.md: a meeting is between actors);
    "des ministres se sont rendus à X", "des experts de l'AIEA se sont rendus en Iran" stay."""
    return any(crowd(t, lex, mention_tokens, clause_of(head, t)) for t in travellers(head))


def clause_of(head, noun) -> frozenset[int]:
    """The indices of the words of the trip's clause when it hangs on the traveller noun
    ("les personnes s'étant rendues chez X": the participle's phrase), else none."""
    for child in noun.children:
        if child.i == head.i or child.is_ancestor(head):
            return frozenset(t.i for t in child.subtree)
    return frozenset()


def travellers(head) -> list:
    """Who makes the trip: the verb's subjects (the noun a relative "qui" stands for, the
    subject of the verb it completes or is coordinated with when it has none), or, for a
    participle completing a noun, that noun ("les personnes s'étant rendues au marché"), and
    for an infinitive in "de" completing a dative, the dative that controls it ("interdire aux
    pêcheurs de se rendre en mer", which the parser hangs on the noun). A trip noun's "de"
    complement may be the place visited ("la visite des lieux"): none is read."""
    if not is_verbal(head):
        return []
    verb = head
    for _ in range(4):
        who = [verb.head if c.lower_ == "qui" and verb.dep_ == "acl:relcl" and verb.head.i != verb.i else c
               for c in verb.children if c.dep_ in TRAVELLER_DEPS]
        if who or verb.head.i == verb.i:
            return who
        if verb.dep_ == NOUN_CLAUSE_DEP and verb.head.pos_ == "NOUN":
            if is_passive_participle(verb):     # "les lieux visités par X": X travels
                return [c for c in verb.children if c.dep_ == AGENT_DEP]
            return [verb.head] if completes_its_traveller(verb) else []
        if verb.dep_ not in CONTROLLED_DEPS:
            return who
        verb = verb.head
    return []


def is_passive_participle(clause) -> bool:
    """A past participle with no auxiliary and no reflexive clitic of its own ("les lieux
    visités"): the noun it completes is the place gone to, not the traveller."""
    return is_past_participle(clause) and not any(c.dep_.startswith("aux") or c.lower_ in REFLEXIVE for c in clause.children)


def completes_its_traveller(clause) -> bool:
    """A participle completing a noun tells what that noun did ("les personnes s'étant rendues");
    an infinitive in "de" does so only when the noun is a dative ("aux pêcheurs de se rendre"),
    not the noun of a permission or a plan ("l'autorisation de se rendre")."""
    if "Part" in clause.morph.get("VerbForm"):
        return True
    return any(c.dep_ == "mark" for c in clause.children) and case_of(clause.head) in DATIVE_CASES


def crowd(tok, lex: Lexicon, mention_tokens, trip=frozenset()) -> bool:
    """A plural common noun, or one counted by a quantity noun ("une dizaine d'amis", "des
    centaines d'étudiants": the counted noun is read), or a singular one after a determiner of
    any one ("toute personne"), with no actor in its phrase outside the trip itself (`trip`:
    the indices of the trip's words, which hang on the noun when it is a participle of it) and
    no word of a title, office or authority."""
    if tok.pos_ != "NOUN" or any(t.i in mention_tokens and t.i not in trip for t in tok.subtree):
        return False
    if "Sing" in tok.morph.get("Number") and any(
            c.dep_ == "det" and c.lemma_.lower() in GENERIC_DETERMINERS for c in tok.children):
        return not forms(tok) & lex.speaker_titles
    counted = [c for c in tok.children if c.dep_ == "nmod" and case_of(c) in DE_CASES and c.pos_ == "NOUN"
               and "Plur" in c.morph.get("Number")]
    noun = tok if "Plur" in tok.morph.get("Number") and not counted else (counted[0] if counted else None)
    if noun is None or "Plur" not in noun.morph.get("Number"):
        return False
    return not (forms(noun) & lex.speaker_titles or forms(tok) & lex.speaker_titles)
