"""A sanction none of whose actors is a state or a body of states is a penalty, not a
sanction in the sense of eval/GUIDELINES.md.

The guidelines' sanctions (sanctions imposed, resolutions adopted, vetoes, enforcement
actions) follow CAMEO 163 (impose embargo, boycott or sanctions): measures a state, a bloc or
an international body takes against another actor. The words "sanction", "sanctionner",
"infliger", "renforcer" also name a penalty inside a state, a party, a chamber or a firm: a
deputy "sanctionné" for his conduct, "la sanction la plus grave" given to an employee, a
party's disciplinary sanction, a court's sentence. What tells them apart is who takes part:
the merged event of a sanction lists a state (actor type country: "Washington", "l'UE") or an
international body (data/penalty.json international_body: the UN and its Security Council, the
IAEA, the EU's institutions...) when it is a sanction in the guidelines' sense; one that lists
only persons, parties and national organizations is a penalty. Only the triggers with that second
sense are read (data/penalty.json penalty_sense: "sanction" in the singular, "sanctionner" and
the verbs of imposing whose object is a sanction or a fine; the plural "des sanctions" is the
usual name of the measures of states: "les sanctions prises par le président X" lists only him), and
"résolution" in the singular, which also names the decision voted by a party's council, a national
or state chamber or a firm's meeting ("une résolution du conseil national du parti", "les élus de
l'État ont adopté une résolution"); "embargo", "veto", "mesures restrictives" and an asset freeze
name measures of states and bodies of states alone, whoever the sentence lists with them (a high
representative of a bloc, an organization whose assets are frozen).
Hook: events.extract_events, on the merged event (as election.has_no_runner): a country named
in another mention of the same sanction keeps it.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from newsledger.extract.actors.names import fold
from newsledger.resources import data_dir


@lru_cache(maxsize=1)
def penalty_words() -> tuple[tuple[str, ...], frozenset[str]]:
    """data/penalty.json: (the folded words of international bodies, the trigger lemmas that also
    name a penalty)."""
    data = json.loads((data_dir("newsledger.extract") / "penalty.json").read_text(encoding="utf-8"))
    return tuple(fold(w) for w in data["international_body"]), frozenset(data["penalty_sense"])


def is_state_body(name: str, actor_type: str | None) -> bool:
    """A state or bloc (actor type country), or an organization whose name holds a word of an
    international body."""
    if actor_type == "country":
        return True
    if actor_type != "organization":
        return False
    folded = " " + " ".join(re.split(r"[\s'\-()]+", fold(name))) + " "    # "de l'ONU", "(ONU)"
    bodies, _ = penalty_words()
    return any(f" {w} " in folded for w in bodies)


def may_be_penalty(head, penalty_sense: frozenset[str]) -> bool:
    """A trigger word of penalty_sense; the noun only in the singular ("une sanction", "la
    sanction la plus grave"): the plural "des sanctions" is the usual name of the measures of
    states, the sense the guidelines count."""
    if head.lemma_.lower() not in penalty_sense:
        return False
    return head.pos_ != "NOUN" or not (head.lower_.endswith("s") or "Plur" in head.morph.get("Number"))


def is_penalty(event_type: str, actors: dict[str, str], types: dict[str, str], heads=()) -> bool:
    """A sanction told only by words that also name a penalty (penalty_sense) whose actors name
    no state and no international body (is_state_body): a disciplinary, penal or administrative
    penalty. `types`: canonical name -> actor type of the article's mentions; `heads`: the
    trigger tokens of the event."""
    if event_type != "sanction" or not actors:
        return False
    _, penalty_sense = penalty_words()
    if not all(may_be_penalty(h, penalty_sense) for h in heads):
        return False
    return not any(is_state_body(n, types.get(n)) for n in actors)
