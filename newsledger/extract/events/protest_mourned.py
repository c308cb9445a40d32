"""The dead whose death a protest mourns or answers, and the person whose arrest or assault it
answers, are no protesters (eval/GUIDELINES.md: a protest's actors are its protesters and
organisers). A person named only in the phrase of a noun of death (data/gathering.json
death_noun: "la mort de X", "après le décès de X", "le meurtre de X", "les obsèques de X") or of a
harm undergone at others' hands (data/gathering.json harm_noun: "l'arrestation de X",
"l'interpellation de X", "l'agression de X") died or was harmed before the protest, or apart
from it: "des émeutes ont éclaté après la mort de X", "des manifestants dénoncent l'arrestation
de X", "les émeutes qui ont suivi l'interpellation de X". The whole phrase of the noun counts, its
complement, the apposition or conjunct that names the person ("la mort d'un jeune homme, X") and
its clauses (and the apposition the parser splits off as a second subject of the noun's verb),
and so does the one who harmed ("l'arrestation de X par le policier Y"). Not when
the noun holds the protest in its own phrase ("la mort de X lors d'une manifestation": X may
have died protesting, and the protest is then told through his death), but when it holds it
only through a verb of causing (data/gathering.json cause_verb: "l'arrestation de X, qui a
déclenché des émeutes"): the phrase's other branches then name the cause. Never a country (a
country for protests held in it, the judging precedent of docs/audit/README.md, as in
events/protest_landmark.py). Only persons go: an organization 'dies' only figuratively.
One hook: gathering.gathered_actors, for every protest candidate."""
from __future__ import annotations

from newsledger.extract.events.syntax import (SUBJECT_DEPS, forms, is_verbal, names_only_where,
                                              subtree_indices)


def caused_through(head, noun, cause_verbs) -> bool:
    """The protest `head` lies in the phrase of `noun` only as what a verb of causing in it
    brings about ("l'arrestation de X, qui a déclenché des émeutes")."""
    node = head.head
    while node.i != noun.i and node.head.i != node.i:
        if is_verbal(node) and forms(node) & cause_verbs:
            return True
        node = node.head
    return False


def split_apposition(noun, phrase) -> frozenset[int]:
    """The apposition the parser made a second subject of the noun's verb: a subject of the same
    verb right after the noun's phrase and a comma ("la mort d'un jeune homme, X, a provoqué des
    émeutes", X parsed as a subject beside 'mort'; a verb has one subject)."""
    if noun.dep_ not in SUBJECT_DEPS or noun.head.i == noun.i:
        return frozenset()
    end = max(phrase)
    doc = noun.doc
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        return frozenset()
    nxt = doc[end + 2]
    if nxt.head.i == noun.head.i and nxt.dep_ in SUBJECT_DEPS:
        return subtree_indices(nxt)
    return frozenset()


def mourned_indices(head, sent, harm_nouns, cause_verbs=frozenset()) -> set[int]:
    """Token indices of the phrases of the nouns of death or harm of the segment (`harm_nouns`)
    that do not hold the protest `head`, or hold it only through a verb of causing (then the
    branches without it)."""
    out: set[int] = set()
    for t in sent:
        if t.pos_ != "NOUN" or not forms(t) & harm_nouns:
            continue
        phrase = subtree_indices(t)
        if head.i not in phrase:
            out |= (phrase | split_apposition(t, phrase)) - {t.i}
        elif caused_through(head, t, cause_verbs):
            for c in t.children:
                branch = subtree_indices(c)
                if head.i not in branch:
                    out |= branch
    return out


def mourned_names(head, sent, actors: dict[str, str], mention_tokens, harm_nouns,
                  cause_verbs=frozenset()) -> set[str]:
    """The persons among the actors of the protest `head` named in the segment only as someone
    whose death or harm is told outside the protest's phrase (see the module's docstring)."""
    dead = mourned_indices(head, sent, harm_nouns, cause_verbs)
    if not dead:
        return set()
    return names_only_where(sent, mention_tokens,
                            lambda t, m: t.i in dead and m.actor_type == "person", actors)
