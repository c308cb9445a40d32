"""The noun "voyage" told as a journey, no visit (eval/GUIDELINES.md, meeting: a visit or a
trip between actors).

"voyage" names any going from one place to another (TLFi, s.v. voyage: "déplacement d'une
personne qui se rend dans un lieu assez éloigné"): a journey, travel, a crossing, a figurative
road ("notre voyage vers une société nouvelle"). Like "déplacement" (option complement_place),
it names an actor's visit when it goes somewhere named ("son voyage à La Réunion", "en voyage à
Istanbul", "un voyage aux États-Unis": constraints.has_place_complement) or when it is
qualified as an official one ("un voyage officiel", "le voyage présidentiel", "son premier
voyage diplomatique": contexts.official_trip); "être du voyage" (to be one of the party that
travels) tells one who takes part in it. With none of these ("il fait le voyage chaque année",
"ont déjà préparé leur voyage", "cinq voyages à bord d'appareils privés", "un voyage en
avion"), the noun tells the travelling itself, no meeting of actors (option
official_or_place)."""
from __future__ import annotations

from newsledger.extract.events.lexicon import Lexicon
from newsledger.extract.events.syntax import DE_CASES, case_of, forms

OFFICIAL_CONTEXT = "official_trip"


def official_or_of_the_party(noun, lex: Lexicon) -> bool:
    """The trip noun has an adjective of contexts.official_trip ("un voyage officiel") or is
    the attribute of "être du voyage": a visit, whether or not it names where it goes."""
    official = lex.contexts.get(OFFICIAL_CONTEXT, frozenset())
    return any(c.dep_ == "amod" and forms(c) & official for c in noun.children) or one_of_the_party(noun)


def one_of_the_party(noun) -> bool:
    """The noun is the attribute of a copula after "de" ("ils sont du voyage", "elle était du
    voyage"): those it is said of travel with the party."""
    return any(c.dep_ == "cop" for c in noun.children) and case_of(noun) in DE_CASES
