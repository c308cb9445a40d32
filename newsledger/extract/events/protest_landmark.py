"""A protest that only dates or frames another happening (eval/GUIDELINES.md: a protest's actors
are its protesters and organisers). A protest noun in a phrase of time, as the noun of the
phrase or as the 'de' complement of its noun ("lors des manifestations", "durant la grève",
"après trois semaines de grève", "à la veille de la journée de mobilisation", "en marge de la
manifestation"; data/gathering.json landmark_during, landmark_apart), tells when or beside
what something else happens. Who is named outside the protest's own phrase does that other
thing and takes no part in the protest ("les agissements de X durant les manifestations", "à
la veille de la journée de mobilisation, X a reçu les patrons"), but for a phrase of 'during'
the subject (active or passive) of the clause it frames, who acts or is acted on at the protest
("les élus ont pris la parole lors de la manifestation", "la permanence de X a été dégradée
lors d'une manifestation"). A country stays (a country for protests held in it, the judging
precedent of docs/audit/README.md), and so do the names inside the protest's own phrase ("lors
de la manifestation des cheminots").
One hook: gathering.gathered_actors, for every protest candidate with a noun trigger."""
from __future__ import annotations

from newsledger.extract.events.participants import subject_indices
from newsledger.extract.events.syntax import (DE_CASES, PASSIVE_SUBJECT_DEPS, case_of, forms, is_verbal,
                                              subtree_indices)

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
    inside: dict[str, bool] = {}
    for t in sent:
        for m in mention_tokens.get(t.i, ()):
            if m.canonical_name in actors:
                inside[m.canonical_name] = inside.get(m.canonical_name, False) or t.i in keep \
                    or m.actor_type == "country"
    return {name for name in actors if not inside.get(name, True)}
