"""A protest that only dates or frames another happening (eval/GUIDELINES.md: a protest's actors
are its protesters and organisers). A protest noun in a phrase of time, as the noun of the
phrase or as the 'de' complement of its noun ("lors des manifestations", "durant la grève",
"après trois semaines de grève", "à la veille de la journée de mobilisation", "en marge de la
manifestation", "dans un contexte de grèves", "non loin du rassemblement"; data/gathering.json
landmark_during, landmark_apart), tells when, against what backdrop or beside what something
else happens. Who is named outside the protest's own phrase does that other
thing and takes no part in the protest ("les agissements de X durant les manifestations", "à
la veille de la journée de mobilisation, X a reçu les patrons"), but for a phrase of 'during'
the subject (active or passive) of the clause it frames, who acts or is acted on at the protest
("les élus ont pris la parole lors de la manifestation", "la permanence de X a été dégradée
lors d'une manifestation"). A country stays (a country for protests held in it, the judging
precedent of docs/audit/README.md), and so do the names inside the protest's own phrase ("lors
de la manifestation des cheminots").
A protest whose own words name its protesters without a name (`crowd_outsiders`): the plural
'de' complement of a protest noun ("les manifestations des agriculteurs", "la mobilisation des
« gilets jaunes »") or the plural subject of a protest verb ("des milliers de personnes se sont
rassemblées", "les « gilets jaunes » se mobilisent"; an infinitive's is that of the verb it
completes, "le peuple va continuer à manifester"), or a singular collective noun of an unnamed
mass of people in either place (data/gathering.json crowd_collective: "la mobilisation de la
population", "la foule a défilé"), a common noun that names no actor, no
time ("les manifestations des derniers jours") and no description that takes up a named body
or office ("des syndicats", "des élus": contexts.actor_description, authority, person_role),
with no possessive ("ses partisans", whose owner may lead them). The protesters are that
unnamed crowd: a name outside the protest's own phrase does something else in the sentence
(comments, governs, is blamed or mourned: "alors que les « gilets jaunes » se mobilisent, le
président du parti X a estimé"), but the subject or agent of the verb whose complement the
protest noun is, who may call, join or organise it ("le syndicat X a appelé à la grève des
cheminots"), and the countries stay, as above. A protest left with no actor lists no named
protester and goes (the guidelines want a named participant).
One hook: gathering.gathered_actors, for every protest candidate."""
from __future__ import annotations

from newsledger.extract.events.participants import subject_indices
from newsledger.extract.events.syntax import (DE_CASES, PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, case_of,
                                              forms, has_possessive, is_verbal, names_only_where,
                                              subtree_indices)
from newsledger.extract.words import TIME_NOUNS

# the relations by which a phrase of time hangs on the word whose happening it dates
FRAME_DEPS = ("obl", "nmod", "advmod", "advcl")
MAX_NOUNS = 3                     # "la veille de la journée de mobilisation": two nouns up


def time_phrase(head, during, apart):
    """(the word the time phrase of the protest noun `head` hangs on, whether the phrase is
    one of 'during'), or (None, False) when the noun is in no such phrase (see the module's
    docstring)."""
    if is_verbal(head):
        return None, False
    words = during | apart
    node = head
    for _ in range(MAX_NOUNS):
        if node.head.i == node.i:
            return None, False
        gov = node.head
        if gov.pos_ == "ADV" and gov.lower_ in words:        # "lors" governing "de la manifestation"
            top, word = gov, gov.lower_
        elif case_of(node) in words:                         # "pendant la grève", "après trois semaines de grève"
            top, word = node, case_of(node)
        elif node.i != head.i and case_of(node) is not None and forms(node) & words:
            top, word = node, next(iter(forms(node) & words))   # "à la veille de la mobilisation"
        elif node.dep_ == "nmod" and case_of(node) in DE_CASES and gov.pos_ == "NOUN":
            node = gov                                       # "la journée de mobilisation"
            continue
        else:
            return None, False
        if top.head.i == top.i or not top.dep_.startswith(FRAME_DEPS):
            return None, False
        return top.head, word in during
    return None, False


def landmark_outsiders(head, sent, actors: dict[str, str], mention_tokens, during, apart) -> set[str]:
    """The actors of the protest `head` named only outside its own phrase (and, for a phrase of
    'during', outside the subject of the clause it frames), countries aside (see the module's
    docstring); empty when the protest dates nothing."""
    gov, at_it = time_phrase(head, during, apart)
    if gov is None:
        return set()
    keep = set(subtree_indices(head))
    if at_it and is_verbal(gov):
        for indices in subject_indices(gov):
            keep |= set(indices)
        for c in gov.children:                    # "X a été blessé lors de la manifestation"
            if c.dep_ in PASSIVE_SUBJECT_DEPS:
                keep |= set(subtree_indices(c))
    return named_outside(sent, actors, keep, mention_tokens)


def named_outside(sent, actors: dict[str, str], keep: set[int], mention_tokens) -> set[str]:
    """The actors named in the segment, none of whose mentions lies in `keep` or is a
    country's; an actor not named in it (taken up by a pronoun) stays."""
    return names_only_where(sent, mention_tokens,
                            lambda t, m: t.i not in keep and m.actor_type != "country", actors)


# the lexicon's contexts whose nouns name a body, an office or an authority, which a
# description may take up from a name ("le syndicat", "des élus", "les autorités")
DESCRIPTION_CONTEXTS = ("actor_description", "authority", "person_role")
# the relations by which a protest noun is what a verb does or undergoes ("a appelé à la
# grève", "la grève a été lancée par X"), whose subject or agent may call, join or organise it
GOVERNED_DEPS = ("obj", "obl:arg", "nsubj", "nsubj:pass")
AGENT_DEPS = ("obl:agent",)


def is_crowd(tok, mention_tokens, contexts, collectives=frozenset()) -> bool:
    """A plural common noun that names no actor, no time and no body or office a description
    takes up, with no possessive ("des agriculteurs", "des milliers de personnes", "les
    « gilets jaunes »"; not "des syndicats", "ses partisans", "des derniers jours"); or a
    singular collective noun of an unnamed mass of people (`collectives`: "la foule", "la
    population", "le peuple")."""
    if tok.pos_ != "NOUN" or tok.i in mention_tokens:
        return False
    if "Plur" not in tok.morph.get("Number") and not forms(tok) & collectives:
        return False
    if forms(tok) & TIME_NOUNS or any(forms(tok) & contexts.get(k, frozenset()) for k in DESCRIPTION_CONTEXTS):
        return False
    return not has_possessive(tok)


def crowd_doer(head, mention_tokens, contexts, collectives=frozenset()) -> bool:
    """The protest's own phrase names its protesters by a crowd noun (is_crowd): the 'de'
    complement of a protest noun, or the subject of a protest verb; an infinitive without a
    subject of its own takes that of the verb it completes (subject control: "la foule va
    continuer à manifester")."""
    if is_verbal(head):
        return any(c.dep_ in SUBJECT_DEPS and is_crowd(c, mention_tokens, contexts, collectives)
                   for c in controlling_verb(head).children)
    return any(c.dep_ == "nmod" and case_of(c) in DE_CASES and is_crowd(c, mention_tokens, contexts, collectives)
               for c in head.children)


def controlling_verb(verb, steps: int = 3):
    """The verb whose subject is that of `verb`: itself when it has a subject, else, up a chain
    of infinitives completing verbs ("va continuer à manifester", xcomp), the first that has
    one."""
    for _ in range(steps):
        if any(c.dep_ in SUBJECT_DEPS for c in verb.children) or verb.dep_ != "xcomp" \
                or "Inf" not in verb.morph.get("VerbForm") or verb.head.i == verb.i:
            return verb
        verb = verb.head
    return verb


def crowd_outsiders(head, sent, actors: dict[str, str], mention_tokens, contexts,
                    collectives=frozenset()) -> set[str]:
    """The actors of the protest `head` named only outside its own phrase, when that phrase
    names its protesters by a crowd noun (crowd_doer). The phrase is the protest's words without
    a conjunct of the protest or of its crowd that is neither a crowd nor a name (another thing
    named beside it: "les manifestations des X et la mort de Y"), with the subject or agent of
    the verb whose complement the protest noun is and a name run on right after one of its
    words (the parser may hang it elsewhere: "à l'appel du parti X"); countries stay (see the
    module's docstring)."""
    if not crowd_doer(head, mention_tokens, contexts, collectives):
        return set()
    keep = set(subtree_indices(head))
    if is_verbal(head):                           # "les militants de X vont manifester"
        for indices in subject_indices(controlling_verb(head)):
            keep |= set(indices)
    for t in head.subtree:                        # "des manifestations des X et la mort de Y"
        if t.dep_ == "conj" and t.i != head.i and (t.head.i == head.i or is_crowd(t.head, mention_tokens, contexts,
                                                                                  collectives)) \
                and not (is_crowd(t, mention_tokens, contexts, collectives) or t.i in mention_tokens):
            keep -= set(subtree_indices(t))
    if not is_verbal(head) and head.dep_ in GOVERNED_DEPS and head.head.i != head.i and is_verbal(head.head):
        gov = head.head
        for indices in subject_indices(gov):
            keep |= set(indices)
        for c in gov.children:
            if c.dep_ in AGENT_DEPS:
                keep |= set(subtree_indices(c))
    for i in sorted(mention_tokens):              # a name run on after the phrase ("à l'appel du
        if i - 1 in keep:                         # parti X", X hung elsewhere by the parser)
            keep.add(i)
    return named_outside(sent, actors, keep, mention_tokens)
