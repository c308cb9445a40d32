"""Merging the repeated mentions of one happening ("la rencontre" ... "cette réunion") into
one event, and generic mentions ("les sanctions") into a specific event of their type."""
from __future__ import annotations

from newsledger.extract.dates import dates_compatible
from newsledger.extract.events.candidates import Candidate
from newsledger.extract.events.channel import other_channel
from newsledger.extract.events.participants import add
from newsledger.extract.events.syntax import clause_indices, determiner, is_verbal


def same_date(a: Candidate, b: Candidate) -> bool | None:
    """True: the same date; False: different dates; None: no date on one of them, or one
    date may contain the other ("cette semaine", "cette année")."""
    if not a.date_text or not b.date_text:
        return None
    return dates_compatible(a.date_text, b.date_text, a.event_date, b.event_date)


def core(c: Candidate, role: str) -> set[str]:
    return {n for n, r in c.actors.items() if r == role}


def same_pair(prev: Candidate, cand: Candidate) -> bool:
    """Same supplier and recipient (or, without roles, the same two parties)."""
    if core(prev, "source") & core(cand, "source") and core(prev, "target") & core(cand, "target"):
        return True
    if (core(prev, "source") & core(cand, "target")) or (core(prev, "target") & core(cand, "source")):
        return False
    return len(set(prev.actors) & set(cand.actors)) >= 2


def reversed_pair(prev: Candidate, cand: Candidate) -> bool:
    """The supplier of one is the recipient of the other: two transfers, one each way."""
    return bool((core(prev, "source") & core(cand, "target"))
                or (core(prev, "target") & core(cand, "source"))) and not (
        core(prev, "source") & core(cand, "source"))


def kind_of(c: Candidate, kinds: dict[str, str]) -> str:
    """The statement kind of a candidate's trigger (data/statement_kinds.json, Verb∋Net)."""
    return kinds.get(c.key) or kinds.get(c.head.lemma_) or "other"


def two_acts(prev: Candidate, cand: Candidate, kinds: dict[str, str] | None) -> bool:
    """Two statements of one speaker told in two sentences with two verbs of different kinds
    ("X a condamné l'essai. Il a aussi appelé Y à la retenue": a condemnation and an appeal)
    are two acts of speech; a neutral verb or a noun ('communiqué', 'déclaration') may tell
    any of them. Verbs conjoined in one sentence ("a condamné l'essai et appelé Y à la
    retenue") tell one statement, as the training gold counts them."""
    if kinds is None or prev.event_type != "statement" or cand.strong_anaphor \
            or cand.sentence_index == prev.sentence_index:
        return False
    if not all(is_verbal(h) for h in (prev.heads or [prev.head]) + [cand.head]):
        return False
    mine = kind_of(cand, kinds)
    theirs = {kinds.get(h.lemma_) or "other" for h in prev.heads} if prev.heads else {kind_of(prev, kinds)}
    return mine != "other" and "other" not in theirs and mine not in theirs


def mergeable(prev: Candidate, cand: Candidate, merge_by: str | None = None,
              latest: bool = True, clauses: dict | None = None, kinds: dict[str, str] | None = None) -> bool:
    """Whether `cand` tells again the happening `prev`; `latest`: `prev` is the last event of
    its type so far (a definite noun only refers back to that one). `kinds`: the statement
    kinds of the lexicon (two_acts)."""
    if prev.event_type != cand.event_type:
        return False
    if prev.event_type == "statement" and core(prev, "source") and core(cand, "source") \
            and not core(prev, "source") & core(cand, "source"):
        return False                              # two speakers: two statements
    if two_acts(prev, cand, kinds):
        return False                              # "a condamné ... et appelé à ...": two acts
    if merge_by == "pair" and reversed_pair(prev, cand):   # "reçu de X en échange de missiles"
        return False
    if other_channel(prev, cand):                 # "s'est entretenu au téléphone ... et s'est rendu"
        return False
    if cand.strong_anaphor or linked(prev, cand, clauses):  # "cette visite": the last one of its type
        return True
    if merge_by == "lemma" and cand.head.lemma_ not in {h.lemma_ for h in prev.heads or [prev.head]}:
        return False                              # "arrêté" ... "condamné": two happenings
    if prev.own_place and cand.own_place and prev.own_place.lower() != cand.own_place.lower():
        return False                              # "le sommet de Hanoï" is not "celui de Genève"
    if latest and bare_mention(cand) and same_date(prev, cand) is not False:
        return True
    dates = same_date(prev, cand)
    if dates is False:
        return False
    repeated = latest and cand.anaphoric and not cand.distinct and any(
        h.lemma_ == cand.head.lemma_ for h in prev.heads or [prev.head])
    if not set(prev.actors) & set(cand.actors):
        # "un exercice maritime" ... "les exercices maritimes de cette année": the same noun
        # taken up with a definite article names the same happening
        return repeated and dates is not False
    if merge_by == "pair" and same_pair(prev, cand):
        return True
    if dates is True:
        return True
    if cand.distinct:
        return False
    if prev.segment == cand.segment:
        return True
    # "la dénonciation ... en août" is told anew (a date where the first telling had none);
    # "le sommet de Singapour" after "le sommet de Hanoï" is another one, not an earlier one
    return cand.anaphoric and latest and (not cand.own_date or (prev.date_text and dates is None)
                                          or repeated)


def bare_mention(c: Candidate) -> bool:
    """A verb or a definite noun with no actor in its own clause (only people named around
    it, such as the speaker reporting it), no date, no ordinal and no "nouveau" ("les
    missiles avaient été tirés", "l'acquisition d'artillerie") cannot be told apart from the
    last event of its type: it is that event. An indefinite noun ("une réunion d'urgence")
    is new."""
    if c.own_date or c.own_place or c.distinct or c.own_actors or any(
            r in ("source", "target") for r in c.actors.values()):
        return False
    return c.head.pos_ != "NOUN" or determiner(c.head) in ("definite", "bare")


def linked(prev: Candidate, cand: Candidate, clauses: dict | None = None) -> bool:
    """One trigger lies in the other's clause ("se sont rencontrés lors de leur réunion", "une
    réunion où sera discuté..."): one happening told with two words. `clauses`: token index
    -> clause token indices, shared across the candidates of one article."""
    clauses = {} if clauses is None else clauses

    def clause(tok) -> frozenset[int]:
        if tok.i not in clauses:
            clauses[tok.i] = frozenset(clause_indices(tok))
        return clauses[tok.i]

    heads = prev.heads or [prev.head]
    mine = clause(cand.head)
    return any(cand.head.head.i == h.i or h.head.i == cand.head.i or h.i in mine
               or cand.head.i in clause(h) for h in heads)


def merge_into(prev: Candidate, cand: Candidate) -> None:
    prev.heads = (prev.heads or [prev.head]) + (cand.heads or [cand.head])
    for name, role in cand.actors.items():
        add(prev.actors, [name], role)
    prev.confidence = min(0.99, max(prev.confidence, cand.confidence) + 0.05)
    if prev.date_text is None and cand.date_text:
        prev.date_text, prev.event_date, prev.date_precision = (
            cand.date_text, cand.event_date, cand.date_precision)
    if prev.location is None:
        prev.location = cand.location
    prev.own_place = prev.own_place or cand.own_place


def merge_candidates(cands: list[Candidate], type_options=None,
                     kinds: dict[str, str] | None = None) -> list[Candidate]:
    type_options = type_options or {}
    merged: list[Candidate] = []
    clauses: dict[int, frozenset[int]] = {}
    for cand in cands:
        merge_by = type_options.get(cand.event_type, {}).get("merge_by")
        same = [p for p in reversed(merged) if p.event_type == cand.event_type]
        target = next((p for i, p in enumerate(same)
                       if mergeable(p, cand, merge_by, i == 0, clauses, kinds)), None)
        if target is None:
            merged.append(cand)
        else:
            merge_into(target, cand)
    return absorb_generic(merged)


def absorb_generic(events: list[Candidate]) -> list[Candidate]:
    """A generic mention ("les sanctions", "des négociations") is the same happening as a
    specific event of its type that shares an actor, before or after it in the article; left
    alone, it is kept only when the noun phrase names its own actor ("les sanctions de
    l'ONU")."""
    kept = [c for c in events if not c.generic]
    out = list(kept)
    for c in (c for c in events if c.generic):
        pool = [p for p in out if p.event_type == c.event_type and p is not c
                and set(p.actors) & set(c.actors) and same_date(p, c) is not False]
        if pool:
            target = min(pool, key=lambda p: (p.generic, abs(p.sentence_index - c.sentence_index)))
            merge_into(target, c)
        elif c.own_actors:
            c.confidence -= 0.15                  # a kind of happening more than a new one
            out.append(c)
    order = {id(c): i for i, c in enumerate(events)}
    return sorted(out, key=lambda c: order[id(c)])
