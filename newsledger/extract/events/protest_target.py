"""Whom a protest is against or for, and who handles it, are no protesters (eval/GUIDELINES.md:
an event's actors take part in it; a protest's are its protesters and organisers). Read in
dependency terms around the protest trigger:
- its aim: a purpose clause of the trigger, or of the verb whose subject or complement the
  trigger is ("ont défilé pour exiger le départ de X", "se sont rassemblés pour s'opposer à
  un projet de X"), a 'contre' complement ("une marche contre X"), or a phrase headed by a
  noun of support or remembrance whatever its preposition ("la manifestation de soutien aux
  salariés de X", "en mémoire de X"; events/beneficiary.py already takes out "pour X" and "en
  soutien à X"). An actor named only there is the protest's target: it keeps the role
  target beside a protester, and a protest whose every actor is one lists no protester (the
  guidelines want a named actor taking part), so it goes;
- its handling: the trigger is the core complement of a verb, or the 'de' complement of a
  noun, by which authorities allow, ban, police, disperse or counter a protest (data/gathering.json
  handle_verb, handle_noun: "X a autorisé la manifestation", "l'évacuation d'une
  manifestation", "la gestion des manifestations", "pour parer à la grève"), or faces it as its
  counterpart (data/gathering.json facing_case, facing_verb: "face aux manifestations", "fait
  face à une grève", "X est confronté à une contestation"), or answers it (data/gathering.json
  facing_noun: "X a été nommé en réponse à un soulèvement"), or acts to end it (data/gathering.json
  end_noun: "X a envoyé des soldats pour mettre fin aux émeutes"; handle_verb 'remédier'). Who is named
  outside the trigger's own phrase then handles it or speaks of its handling; only the names
  inside the trigger's phrase ("la manifestation des cheminots") stay;
- its backing: the protesters named by a noun of their stance toward someone (data/gathering.json
  backer_noun: "des partisans du président X se sont rassemblés", "la marche des opposants à
  X"), in the subject of the protest verb (or of the verb it completes: "des partisans de X ont
  tenté de manifester") or in the protest noun's own phrase: the person named in that noun's
  'de' or 'à' complement is whom the protest backs or opposes, a target as above. A party or a
  movement there stays (its supporters may be its members: "des sympathisants du parti X");
- its stance glued to a name: a name the sentence writes only right after a prefix of stance
  (data/gathering.json stance_prefix: "la contestation anti-X", "des militants anti-X
  manifestaient", "des manifestants pro-X") is what the protest is against or for, a target
  as above, wherever the parser hangs the prefixed word; after 'pro-' a party or a movement
  stays, as for the backing.
One hook: gathering.gathered_actors, for every protest candidate."""
from __future__ import annotations

from newsledger.extract.events.beneficiary import TRIBUTE_NOUNS
from newsledger.extract.events.participants import subject_indices
from newsledger.extract.events.protest_aim import is_purpose_clause
from newsledger.extract.events.syntax import (A_CASES, PASSIVE_SUBJECT_DEPS, POSSESSIVES, case_of, forms, is_verbal, names_only_where,
                                              only_named_in, subtree_indices)

# the relations by which a trigger noun is what its governing verb does or undergoes, so that
# the verb's own complements tell the protest's aim ("des manifestations ont eu lieu pour X")
GOVERNED_DEPS = ("nsubj", "nsubj:pass", "obj", "obl:arg")
AGAINST_CASES = {"contre"}
# the prepositions of a phrase of place ("en France", "dans les rues de Paris"): a country
# named so inside the aim, where the parser may hang it, is where the protest is held
PLACE_CASES = {"en", "dans", "à", "au", "aux"}
# the prepositions of the complement of a noun of answering ("en réponse à la grève")
TO_CASES = {"à", "au", "aux"}
# the prepositions of the complement of a noun of stance that names whom it backs or opposes
BACKED_CASES = {"de", "d'", "d’", "du", "des", "à", "au", "aux"}
# the relations by which a handling verb takes the protest as what it acts on
HANDLED_DEPS = ("obj", "nsubj:pass", "obl:arg", "iobj")


def aim_indices(head, mention_tokens) -> set[int]:
    """Token indices of the phrases that tell what or whom the protest `head` is against or
    for (see the module's docstring): a purpose clause may hang on the place phrase of a
    protest verb ("sont descendus dans les rues pour exiger"); a country in a phrase of place
    inside the aim ("ont défilé contre le racisme en Italie") is where it is held, not its
    target."""
    anchors = [head]
    if not is_verbal(head) and head.dep_ in GOVERNED_DEPS and head.head.i != head.i \
            and is_verbal(head.head):
        anchors.append(head.head)
    out: set[int] = set()
    for anchor in anchors:
        for c in anchor.children:
            if c.i == head.i:
                continue
            if is_purpose_clause(c) or (c.dep_.startswith(("obl", "nmod")) and (
                    case_of(c) in AGAINST_CASES or c.lemma_.lower() in TRIBUTE_NOUNS)):
                out |= subtree_indices(c)
            elif is_verbal(anchor) and c.dep_.startswith("obl"):
                for g in c.children:              # "dans les rues pour exiger"
                    if is_purpose_clause(g):
                        out |= subtree_indices(g)
    for i in sorted(out):
        tok = head.doc[i]
        if case_of(tok) in PLACE_CASES and any(m.actor_type == "country" for m in mention_tokens.get(i, ())):
            out -= subtree_indices(tok)           # "contre le racisme en Italie"
    return out


def backed_indices(head, mention_tokens, backer_nouns) -> set[int]:
    """Token indices of the complements that name the person whom the protesters of `head`,
    named by a noun of `backer_nouns`, back or oppose (see the module's docstring): "des
    partisans du président X se sont rassemblés", "la marche des opposants à X"."""
    if not backer_nouns:
        return set()
    if is_verbal(head):
        crowd = {i for indices in subject_indices(head) for i in indices}
        for c in head.children:                   # "des partisans de X se sont rassemblés" (nsubj:pass)
            if c.dep_ in PASSIVE_SUBJECT_DEPS:
                crowd |= subtree_indices(c)
    else:
        crowd = set(subtree_indices(head)) - {head.i}
    out: set[int] = set()
    for i in sorted(crowd):
        tok = head.doc[i]
        if tok.pos_ != "NOUN" or not forms(tok) & backer_nouns:
            continue
        for c in tok.children:
            if c.dep_ == "nmod" and case_of(c) in BACKED_CASES:
                phrase = subtree_indices(c)
                if any(m.actor_type == "person" for j in phrase for m in mention_tokens.get(j, ())):
                    out |= phrase
    return out


def prefixed_names(sent, actors, mention_tokens, prefixes) -> set[str]:
    """The actors the segment names only right after a prefix of stance of `prefixes`
    ("anti-X", "pro-X": see the module's docstring); after 'pro-' no organization."""
    if not prefixes:
        return set()
    text = sent.doc.text

    def glued(t, m) -> bool:
        for p in prefixes:
            start = m.char_start
            if text[max(0, start - len(p)):start].lower() == p or text[start:start + len(p)].lower() == p:
                return p != "pro-" or m.actor_type != "organization"
        return False
    return names_only_where(sent, mention_tokens, glued, actors)


def is_handled(head, handle_verbs, handle_nouns, facing_cases=frozenset(), facing_verbs=frozenset(),
               facing_nouns=frozenset(), end_nouns=frozenset()) -> bool:
    """The protest is what a verb or noun of handling acts on: "autoriser la manifestation",
    "la manifestation a été interdite", "parer à la grève", "l'évacuation d'une manifestation";
    or what someone faces ("face à la contestation", "fait face à une grève", "est confronté à
    une contestation": `facing_cases`, `facing_verbs`), or answers (the 'à' complement of a noun
    of `facing_nouns`: "en réponse à un soulèvement", "la réponse de X à la grève"), or is ended
    (is_ended: "pour mettre fin aux émeutes")."""
    gov = head.head
    if gov.i == head.i:
        return False
    if is_ended(head, end_nouns):
        return True
    if case_of(head) in facing_cases:
        return True
    if head.dep_ == "nmod" and case_of(head) in TO_CASES and gov.pos_ == "NOUN" and forms(gov) & facing_nouns:
        return True
    if is_verbal(gov):
        return (head.dep_ in HANDLED_DEPS and bool(forms(gov) & handle_verbs)) \
            or ((head.dep_ in HANDLED_DEPS or head.dep_.startswith("obl")) and bool(forms(gov) & facing_verbs))
    return head.dep_ == "nmod" and case_of(head) in ("de", "d'", "du", "des") \
        and bool(forms(gov) & handle_nouns)


def is_ended(head, end_nouns) -> bool:
    """The protest is the 'à' complement of an idiom of ending (data/gathering.json end_noun:
    "mettre fin aux émeutes", "mettre un terme à la grève"), hung on the verb whose object is the
    noun of ending or on that noun itself. Not when the protest's phrase names its owner with a
    possessive ("mettre fin à leur grève": the strikers end their own strike)."""
    if not end_nouns or case_of(head) not in A_CASES \
            or any(c.dep_ == "det" and c.lower_ in POSSESSIVES for c in head.children):
        return False
    gov = head.head
    if is_verbal(gov) and (head.dep_.startswith("obl") or head.dep_ == "iobj"):
        return any(c.dep_ == "obj" and forms(c) & end_nouns for c in gov.children)
    return head.dep_ == "nmod" and gov.dep_ == "obj" and bool(forms(gov) & end_nouns) and is_verbal(gov.head)


def protester_actors(head, sent, actors: dict[str, str], mention_tokens, handle_verbs,
                     handle_nouns, facing_cases=frozenset(), facing_verbs=frozenset(),
                     facing_nouns=frozenset(), backer_nouns=frozenset(),
                     stance_prefixes=frozenset(), end_nouns=frozenset()) -> dict[str, str]:
    """The actors of the protest candidate of trigger `head` without its handlers, its targets
    as role target; empty when none is left but targets (see the module's docstring)."""
    if not actors:
        return actors
    if is_handled(head, handle_verbs, handle_nouns, facing_cases, facing_verbs, facing_nouns, end_nouns):
        own = only_named_in(sent, subtree_indices(head), frozenset(), mention_tokens)
        actors = {n: r for n, r in actors.items() if n in own}
        if not actors:
            return {}
    aim = aim_indices(head, mention_tokens) | backed_indices(head, mention_tokens, backer_nouns)
    aimed = only_named_in(sent, aim, frozenset(), mention_tokens) if aim else set()
    aimed |= prefixed_names(sent, actors, mention_tokens, stance_prefixes)   # "la contestation anti-X"
    if not aimed:
        return actors
    if all(n in aimed for n in actors):
        return {}                                 # "ils ont défilé pour exiger le départ de X"
    return {n: ("target" if n in aimed else r) for n, r in actors.items()}
