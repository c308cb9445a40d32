"""Who acts or stands against a protest takes no part in it (eval/GUIDELINES.md: a protest's
actors are its protesters and organisers). A protest noun that is itself the 'contre'
complement of another word (data/gathering.json opposing_case: "une campagne contre la grève",
"une élue active contre les manifestations", "X a mis en garde contre les grèves") is what
that word's doer or bearer opposes: a name outside the protest's own phrase is on the other
side, and only the names inside it stay ("une campagne contre la grève des salariés de X").
The reverse reading, a 'contre' phrase of the protest itself ("une manifestation contre X"), is
whom the protest opposes (events/protest_target.py). A country stays, as in
events/protest_landmark.py (a country for protests held in it, the judging precedent of
docs/audit/README.md). One hook: gathering.gathered_actors, for every protest candidate with
a noun trigger."""
from __future__ import annotations

from newsledger.extract.events.syntax import case_of, is_verbal, names_only_where, subtree_indices


def opposer_names(head, sent, actors: dict[str, str], mention_tokens, opposing_cases) -> set[str]:
    """The actors of the protest noun `head` named only outside its own phrase, countries aside,
    when the noun is the complement of a preposition of `opposing_cases` (see the module's
    docstring); empty otherwise."""
    if is_verbal(head) or case_of(head) not in opposing_cases:
        return set()
    own = subtree_indices(head)
    return names_only_where(sent, mention_tokens,
                            lambda t, m: t.i not in own and m.actor_type != "country", actors)
