"""Who is named only as the place of a protest takes no part in it (eval/GUIDELINES.md: an
event's actors take part in it; a protest's are its protesters and organisers):
- an institution at whose seat the protest is held ("ont manifesté dans la cour du conseil
  départemental de X", "se sont rassemblés devant la mairie de X"): meeting_scope's reading of
  the phrases of place (data/gathering.json meeting_place_case), without its exception for a
  body whose sessions are its meetings, since a protest is no session of the body it is held at,
  and without its 'à' phrases ("la grève à la SNCF": the company's staff
  strike; judged so in the audit files);
- who is named only inside a relative clause of place (the relative 'où') whose antecedent
  is no part of the trigger's own clause ("devant l'usine, où X était arrivé, un rassemblement
  a réuni des centaines de protestataires"): the clause tells the place, not the protest.
One hook: gathering.gathered_actors, for every protest candidate."""
from __future__ import annotations

from newsledger.extract.events.meeting_scope import place_organizations
from newsledger.extract.events.syntax import subtree_indices

PLACE_RELATIVES = {"où"}


def place_names(head, sent, actors: dict[str, str], mention_tokens, words) -> set[str]:
    """The actors of the protest of trigger `head` named only as its place (see the module's
    docstring)."""
    away = place_organizations(head, sent, actors, mention_tokens, words, sessions=False, at_places=False)
    return away | place_clause_names(head, sent, actors, mention_tokens)


def place_clause_names(head, sent, actors: dict[str, str], mention_tokens) -> set[str]:
    """The actors every mention of which in the segment lies in a relative clause of place
    ('où') whose antecedent neither holds the trigger nor lies in the trigger's own phrase
    ("des manifestants se rassemblaient à X, où Y ...", "à X, où Y ... et où ont débuté les
    émeutes" are left alone)."""
    inside: set[int] = set()
    own = subtree_indices(head)
    for t in sent:
        if t.dep_ == "acl:relcl" and any(c.lower_ in PLACE_RELATIVES and c.i < t.i for c in t.children):
            if head.i in subtree_indices(t.head) or t.head.i in own:
                continue                          # "ont défilé à X, où Y ...": the trigger's own place
            inside |= subtree_indices(t)
    if not inside:
        return set()
    where: dict[str, list[bool]] = {}
    for t in sent:
        for m in mention_tokens.get(t.i, ()):
            if m.canonical_name in actors and t.dep_ != "punct":
                where.setdefault(m.canonical_name, []).append(t.i in inside)
    return {n for n, found in where.items() if all(found)}
