"""A party family's plural names the French party of data/parties.tsv unless the article is
about another state's politics.

Every state's politics has its "Républicains" (the United States', Ireland's) and its
"Verts" (Germany's, Belgium's), and the French press capitalises them as it capitalises the
French parties. Such an alias (parties.tsv, column home_only) is another state's party, which
the gazetteer cannot name (no actor), when the article never names the party's state (France,
nor any other French party: institutions.state_of) and names one other state at least
`MIN_FOREIGN_MENTIONS` times; and the article does not name the party under a name of its
own ("LR", "Les Républicains"). A French article on French politics seldom names France but
names its parties; a dispatch on the US Senate or on Northern Ireland names its state again
and again.

Measured on the 1,456 corpus articles that hold one of the aliases: with the bound at 3, 7
mentions removed in 6 articles, all of them another state's party (the US Senate's and
Trump's Republicans, Ireland's republicans, Germany's Greens); the 3 French mentions the
bare test (France never named, another state named) also removed were in articles naming
their one other state once or twice (a bound chosen on that sample).
"""
from __future__ import annotations

from collections import Counter

from newsledger.extract.actors.candidates import Cand
from newsledger.extract.actors.gazetteer import Gazetteer
from newsledger.extract.actors.institutions import state_of
from newsledger.extract.words import straight_apostrophes

MIN_FOREIGN_MENTIONS = 3


def drop_foreign_party_families(cands: list[Cand], text: str, g: Gazetteer) -> list[Cand]:
    """The candidates without the home_only aliases that name another state's party."""
    family = {id(c) for c in cands if c.kind == "organization" and c.source == "gaz"
              and straight_apostrophes(text[c.start:c.end]) in g.home_only}
    if not family:
        return cands
    rest = [c for c in cands if id(c) not in family]
    named = {c.key for c in rest if c.kind == "organization"}
    counts = Counter(filter(None, map(state_of, rest)))
    foreign = max(counts.values(), default=0) >= MIN_FOREIGN_MENTIONS
    return [c for c in cands if id(c) not in family or c.key in named or not foreign
            or counts[g.org_country.get(c.key)] > 0]
