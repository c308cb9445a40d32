"""Who supports a protest from outside it (eval/GUIDELINES.md: a protest's actors are its
protesters and organisers). The named subject of a clause whose verb, adjective or noun is one
of support (data/gathering.json support_verb, support_adjective, support_noun) and whose
complement is the protest ("X soutient la mobilisation", "X s'est dit solidaire de la grève",
"X a apporté son soutien à la grève") backs it, approves it or stands by it: they take sides
on it, they are not said to march or strike. Names inside the protest's own phrase stay ("la
grève des cheminots"). One hook: gathering.gathered_actors, for every protest candidate with a
noun trigger."""
from __future__ import annotations

from newsledger.extract.events.participants import subject_indices
from newsledger.extract.events.syntax import forms, is_verbal, names_only_where, subtree_indices

# the relations through which a protest noun is the complement of what governs it ("soutient
# la grève", "solidaire de la grève", "son soutien à la grève")
COMPLEMENT_DEPS = ("obj", "obl:arg", "obl", "obl:mod", "nmod")


def support_clause(head, verbs: frozenset[str], adjectives: frozenset[str], nouns: frozenset[str]):
    """The clause word (a verb, or an adjective with a subject of its own) whose subject
    supports the protest noun `head`, or None. `head` may be a conjunct ("la grève et les
    manifestations"); the noun of support is the direct object of its verb ("apporter son
    soutien à"); the adjective is an attribute or a predicative complement ("se dire
    solidaire de"), also when the parser hangs the protest on an adjunct beside it."""
    node = head
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ not in COMPLEMENT_DEPS or node.head.i == node.i:
        return None
    gov = node.head
    if gov.pos_ == "NOUN" and forms(gov) & nouns and gov.dep_ == "obj" and is_verbal(gov.head):
        return gov.head                           # "X a apporté son soutien à la grève"
    if gov.pos_ == "NOUN" and gov.dep_ in ("obl", "obl:mod") and is_verbal(gov.head):
        gov = gov.head                            # "s'affiche solidaire sans réserve de la grève"
        if not node.dep_ == "nmod":
            return None
        return gov if any(c.dep_ == "xcomp" and forms(c) & adjectives for c in gov.children) else None
    if gov.pos_ == "ADJ" and forms(gov) & adjectives:
        return gov.head if gov.dep_ == "xcomp" and is_verbal(gov.head) else gov
    if is_verbal(gov) and node.dep_ == "obj" and forms(gov) & verbs:
        return gov                                # "X soutient la mobilisation"
    if is_verbal(gov) and node.dep_ in ("obl:arg", "obl") and any(
            c.dep_ == "xcomp" and c.i < node.i and forms(c) & adjectives for c in gov.children):
        return gov                                # "X s'est dit solidaire de la grève"
    return None


def supporter_names(head, sent, mention_tokens, verbs: frozenset[str], adjectives: frozenset[str],
                    nouns: frozenset[str]) -> set[str]:
    """The actors named only as the subject of a clause of support of the protest `head`,
    outside its own phrase (see the module's docstring)."""
    clause = support_clause(head, verbs, adjectives, nouns)
    if clause is None:
        return set()
    subject = {i for indices in subject_indices(clause) for i in indices}
    if not subject:
        return set()
    own = subtree_indices(head)
    # a mention one of whose words is in the subject (the parser may hang a first name elsewhere)
    touched = {(m.char_start, m.char_end) for i in subject for m in mention_tokens.get(i, ())}
    return names_only_where(sent, mention_tokens,
                            lambda t, m: (m.char_start, m.char_end) in touched and t.i not in own)
