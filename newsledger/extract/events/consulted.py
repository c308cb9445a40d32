"""A "consultation" in the singular with no partner of its own: the opinion of a public asked
(a vote, a referendum, a survey), the reading of documents or a visit to a doctor, no meeting of
actors (TLFi, s.v. consultation: "action de consulter (quelqu'un, un groupe) pour avoir son
avis", "consultation électorale, populaire", "consultation d'un document", "consultation
médicale"; eval/GUIDELINES.md, meeting: talks between actors).

Talks are named by their partners: "une consultation avec les associations", "entre les
partis", or by the plural of a head of government's or diplomats' rounds of talks ("les
consultations politiques du Premier ministre"). Without them, "la consultation des militants",
"une consultation citoyenne", "la consultation insuffisante des cartes" ask a public or read a
text."""
from __future__ import annotations

from newsledger.extract.events.syntax import PARTICIPANT_CASES, PREPOSITIONAL_DEPS, case_of


def has_partner(noun) -> bool:
    """An "avec" or "entre" complement of the noun's own names whom the talks are held with."""
    return any(c.dep_ in PREPOSITIONAL_DEPS and case_of(c) in PARTICIPANT_CASES for c in noun.children)


def is_consultation_of_a_public(noun) -> bool:
    """The trigger noun is singular and has no partner of its own (see the module)."""
    return noun.pos_ == "NOUN" and "Plur" not in noun.morph.get("Number") and not has_partner(noun)
