"""'Prendre en otage' said of a state, a body, a place or a whole people is the figurative
sense: to use it as a means of pressure ("la grève prend le pays en otage", "prendre l'ONU en
otage", "Paris est pris en otage", "ils prennent les Français en otage"). A hostage taken in
the proper sense is one or more persons seized ("a pris en otage trois touristes", "une femme
prise en otage"): general French usage (the dictionaries give the figurative use s.v. otage).

The hostage is the verb's direct object or its passive subject, or the noun the parser hung on
'otage' after "en otage" (the object written last: "prenaient en otage les Français"). It is
a whole when it is:
- a named country or organization, or a place entity of the model (a state, a body, a city
  standing for its people), with no number and no indefinite determiner ("deux Français",
  "des Américains" name persons by their nationality);
- a common noun of contexts.whole_hostage (a state, a polity, a body, a public process);
- a people named by its nationality, under the definite plural 'les' and with nothing that
  restricts it, as the direct object of an active verb ("prendre les Français en otage": all
  of them); as a passive subject ("les Français pris en otage au Mali") it may take up
  hostages named before, and is left alone.
A person actor, a pronoun or any other noun leaves the trigger alone.

Read by constraints.rule_accepts through option whole_hostage (the 'prendre' + 'en otage'
entries of data/event_triggers.json)."""
from __future__ import annotations

from newsledger.extract.events.bystanders import is_nationality
from newsledger.extract.events.lexicon import Lexicon
from newsledger.extract.events.syntax import (PASSIVE_SUBJECT_DEPS, QUE_FORMS, case_of, determiner, forms,
                                              is_passive, is_verbal)

HOSTAGE_LEMMA = "otage"
PLACE_ENTITIES = ("LOC", "GPE", "ORG")
WHOLE_ACTORS = ("country", "organization")
COUNTED = ("number", "indefinite")
# what restricts a people to some of its members ("les Français qui travaillaient sur le site")
RESTRICTING_DEPS = ("acl", "acl:relcl", "amod", "nmod", "nummod")


def hostage_phrase(verb):
    """The 'en otage' oblique of `verb`, or None."""
    return next((c for c in verb.children if c.lemma_ == HOSTAGE_LEMMA and c.pos_ == "NOUN"
                 and case_of(c) == "en"), None)


def hostages(verb) -> list[tuple[object, bool]]:
    """(noun, is the direct object of an active verb) for each hostage of `verb`: its direct
    object, its passive subject, the bare noun hung on 'otage' (a misparsed object); an object
    relative pronoun stands for its antecedent ("le pays qu'ils prennent en otage")."""
    out = []
    phrase = hostage_phrase(verb)
    for c in verb.children:
        if c.dep_ == "obj":
            if c.lower_ in QUE_FORMS and verb.dep_ == "acl:relcl" and verb.head.i != verb.i:
                c = verb.head
            out.append((c, not is_passive(verb)))
        elif c.dep_ in PASSIVE_SUBJECT_DEPS:
            out.append((c, False))
    if phrase is not None:
        out += [(c, not is_passive(verb)) for c in phrase.children
                if c.dep_ == "nmod" and case_of(c) is None]
    return out


def is_demonym(noun, mention_tokens) -> bool:
    """A country mention on a common noun, or written as a demonym ("les Français", "deux
    Américains": bystanders.is_nationality): a people named by its nationality."""
    return any(m.actor_type == "country" and (noun.pos_ == "NOUN" or is_nationality(m.surface))
               for m in mention_tokens.get(noun.i, ()))


def is_named_whole(noun, mention_tokens) -> bool:
    """A state, a body or a place named by its name, not counted."""
    if noun.pos_ != "PROPN" or any(m.actor_type == "person" for m in mention_tokens.get(noun.i, ())):
        return False
    named = any(m.actor_type in WHOLE_ACTORS for m in mention_tokens.get(noun.i, ())) \
        or noun.ent_type_ in PLACE_ENTITIES
    return named and determiner(noun) not in COUNTED


def is_whole_people(noun) -> bool:
    """A people under the definite plural alone, with nothing that restricts it ("les
    Français"; not "les Français qui travaillaient sur le site")."""
    return determiner(noun) == "definite" and "Plur" in noun.morph.get("Number") \
        and not any(c.dep_ in RESTRICTING_DEPS for c in noun.children)


def takes_a_whole_hostage(verb, lex: Lexicon, mention_tokens) -> bool:
    """`verb` ('prendre' with 'en otage') holds a state, a body, a place, an institution or a
    whole people hostage: the figurative sense, no hostage-taking."""
    if not is_verbal(verb) or hostage_phrase(verb) is None:
        return False
    wholes = lex.contexts.get("whole_hostage", frozenset())
    for noun, active_object in hostages(verb):
        if noun.pos_ == "PRON":
            continue
        if noun.pos_ == "NOUN" and noun.i not in mention_tokens and forms(noun) & wholes \
                and determiner(noun) not in COUNTED:
            return True                           # "prend le pays en otage"
        if is_demonym(noun, mention_tokens):
            if active_object and is_whole_people(noun):
                return True                       # "prendre les Français en otage"
            continue
        if is_named_whole(noun, mention_tokens):
            return True                           # "prendre l'ONU en otage", "Paris est pris en otage"
    return False
