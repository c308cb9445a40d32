"""A "conférence" told as one talk given somewhere: a lecture, no meeting of actors (TLFi, s.v.
conférence: "discours, causerie en public sur un sujet"; eval/GUIDELINES.md, meeting: a
meeting, talks, a visit between actors).

A conference where actors meet is named by what makes it one: its topic or its name in a
"de" or "sur" complement ("la conférence de Potsdam", "une conférence sur le financement",
"une conférence de paix"), an adjective ("une conférence internationale", "téléphonique"),
its partners ("avec", "entre"), or the definite article of a known one ("la conférence des
territoires"). The singular noun under the indefinite article with none of these, whose only
complements say where it was held ("lors d'une conférence à Marseille", "durant une
conférence en Corée du Sud"), is the lecture or speech a speaker gave there (the forms
contexts.lecture reads with a verb or a place of teaching: "donner une conférence", "une
conférence à l'université")."""
from __future__ import annotations

from newsledger.extract.events.syntax import DE_CASES, PARTICIPANT_CASES, PREPOSITIONAL_DEPS, case_of

# the indefinite article of one talk among others
INDEFINITE = ("une",)
# the complements that name a conference's topic, name or partners
NAMING_CASES = DE_CASES | PARTICIPANT_CASES | {"sur", "pour", "contre"}
# the modifiers that qualify a conference as a particular kind ("internationale", "de paix")
QUALIFYING_DEPS = ("amod", "nmod:poss", "appos", "nummod")


def names_its_topic_or_partners(phrase) -> bool:
    """A complement of the noun names its topic, its name or its partners; a "de" word inside a
    place's name ("en Corée du Sud", tagged as a continued entity) does not."""
    return phrase.dep_ in PREPOSITIONAL_DEPS and case_of(phrase) in NAMING_CASES \
        and not phrase.ent_iob_ == "I"


def is_bare_talk(noun) -> bool:
    """The singular noun under "une", with no adjective, topic, name or partner of its own (see
    the module): one talk given somewhere, a lecture."""
    if noun.pos_ != "NOUN" or "Plur" in noun.morph.get("Number"):
        return False
    dets = [c.lower_ for c in noun.children if c.dep_ == "det"]
    if tuple(dets) != INDEFINITE:
        return False
    return not any(c.dep_ in QUALIFYING_DEPS or names_its_topic_or_partners(c) for c in noun.children)
