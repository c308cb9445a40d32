"""Another sense of a trigger noun, read from its own phrase: an idiom or a generic use with
the bare contracted article ("mort au combat", "un mariage au sommet"), a fight against an
abstraction ("le combat contre le terrorisme"), an act whose complement is a thing, not an
actor ("l'entretien du pont": maintenance, not a meeting)."""
from __future__ import annotations

from newsledger.extract.events.lexicon import Lexicon
from newsledger.extract.events.syntax import (PREPOSITIONAL_DEPS, DE_CASES, THIRD_PERSON_REFLEXIVE, case_of, determiner,
                                             forms, is_passive)
from newsledger.extract.words import TIME_NOUNS

# a length of time as a "de" complement names how long, not what ("un entretien d'une heure")
DURATIONS = TIME_NOUNS | {"heure", "minute", "seconde"}


# the contracted article "à le": a singular noun after it and nothing else is an idiom or the
# kind ("tombés au combat", "au sommet de sa carrière" aside, "un mariage au sommet")
BARE_CASES = {"au"}
# what makes such a noun a particular happening: a determiner of its own, a complement, an
# adjective, a number, a clause
OWN_MODIFIERS = ("det", "nmod", "amod", "nummod", "acl", "acl:relcl", "appos", "nmod:poss", "conj")


def is_bare_contracted(head) -> bool:
    """A singular trigger noun after "au", with no complement, adjective, number or clause of
    its own ("présenté comme mort au combat", "un mariage au sommet", "des exclusions au
    cessez-le-feu"): an idiom or the kind of happening, not one happening."""
    if head.pos_ != "NOUN" or "Plur" in head.morph.get("Number"):
        return False
    if not any(c.dep_ == "case" and c.lower_ in BARE_CASES for c in head.children):
        return False
    return not any(c.dep_ in OWN_MODIFIERS for c in head.children)


def is_trial_stage(head, lex: Lexicon) -> bool:
    """A noun of contexts.trial_stage after a bare "en", with no determiner of its own ("relaxé
    en appel", "jugé en appel", "sa condamnation en appel"): the stage a court case has
    reached, no call made."""
    return head.pos_ == "NOUN" and bool(forms(head) & lex.contexts.get("trial_stage", frozenset())) \
        and any(c.dep_ == "case" and c.lower_ == "en" for c in head.children) \
        and not any(c.dep_ == "det" for c in head.children)


# what gives a noun after a bare "en" a meeting of its own: an adjective ("en réunion
# extraordinaire"), a kind ("en réunion de groupe") or partners ("en discussion avec X")
STATE_KEEPING_CASES = DE_CASES | {"avec", "entre"}


def is_bare_en_state(head, lex: Lexicon) -> bool:
    """A noun of contexts.bare_en_state after a bare "en", with no determiner, adjective, "de"
    complement or partner ("avec", "entre") of its own: a manner or a state, no meeting held
    ("violences en réunion", the offence of several persons; "un texte en discussion", "un
    accord en négociation depuis des mois", under way; "reçu en consultation", a doctor's). "en
    réunion avec X", "en discussion avec X", "en réunion de groupe" stay. A noun of
    contexts.bare_en_waiting too, when its verb has no object ("se tient en embuscade": lying in
    wait; not "les a pris en embuscade", an ambush). A noun of contexts.bare_en_office whatever
    its complements ("le président en exercice de l'Union": in office, no drill)."""
    waiting = forms(head) & lex.contexts.get("bare_en_waiting", frozenset()) and not any(
        c.dep_ in ("obj", "iobj") for c in head.head.children)   # "les a pris en embuscade": done
    office = forms(head) & lex.contexts.get("bare_en_office", frozenset())
    if head.pos_ != "NOUN" or not (forms(head) & lex.contexts.get("bare_en_state", frozenset())
                                   or waiting or office):
        return False
    if not any(c.dep_ == "case" and c.lower_ == "en" for c in head.children):
        return False
    if office:       # "le président en exercice de X": the parser's "de X" is the office's
        return not any(c.dep_ in ("det", "amod", "nummod", "nmod:poss") for c in head.children)
    return not any(c.dep_ in ("det", "amod", "nummod", "nmod:poss")
                   or (c.dep_ in PREPOSITIONAL_DEPS and case_of(c) in STATE_KEEPING_CASES)
                   for c in head.children)


ABSTRACT_SUFFIXES = ("isme",)


def fights_an_abstraction(noun, lex: Lexicon) -> bool:
    """A fight noun whose "contre" complement (or one coordinated with it) is an abstraction: a
    doctrine or practice in "-isme" ("le combat contre le terrorisme", "la lutte contre le
    racisme") or a disease or disaster (contexts.natural_cause: "la guerre contre le virus",
    "deux combats : contre un cancer et contre la pandémie"), or whose own "de" complement names
    a non-military domain (names_an_unarmed_domain): figurative, no armed fighting."""
    natural = lex.contexts.get("natural_cause", frozenset())
    for c in noun.children:
        if c.pos_ != "NOUN" or not (case_of(c) == "contre" or (
                c.dep_ in OPPONENT_DEPS and c.i > noun.i and introduced_by_contre(c))):
            continue
        for o in [c, *(g for g in c.children if g.dep_ == "conj" and g.pos_ == "NOUN")]:
            if o.lower_.endswith(ABSTRACT_SUFFIXES) or forms(o) & natural:
                return True
    return names_an_unarmed_domain(noun, lex)


def names_an_unarmed_domain(noun, lex: Lexicon) -> bool:
    """A fight noun whose own "de" complement (or a conjunct of it) is a noun of
    contexts.unarmed_domain: a rivalry named by its field or its stake ("la guerre des prix",
    "la guerre des nerfs", "la guerre des chefs", "la guerre de l'information"), the figurative
    senses TLFi gives s.v. guerre; no armed fighting. A place or a time ("la guerre du Golfe",
    "la guerre des Six Jours") keeps it, and so does a singular complement with a qualifier of its
    own, which names someone ("le combat du prix Nobel de la paix", "l'offensive du chef
    rebelle": the data lists nouns of persons in the plural only)."""
    domain = lex.contexts.get("unarmed_domain", frozenset())
    for c in noun.children:
        if c.dep_ != "nmod" or c.pos_ != "NOUN" or case_of(c) not in DE_CASES:
            continue
        if "Plur" not in c.morph.get("Number") and any(
                g.dep_ in ("amod", "nmod", "appos", "flat:name") for g in c.children):
            continue                                  # "du prix Nobel de la paix": someone
        if any(forms(o) & domain for o in [c, *(g for g in c.children if g.dep_ == "conj" and g.pos_ == "NOUN")]):
            return True
    return False


def is_figurative_singular(noun, armed: frozenset[str]) -> bool:
    """A fight noun in the singular with no word of arms in its own phrase besides itself (not
    in the sentence around it, nor an actor beside it): "mener ce combat", "le combat des juges
    et des victimes porte ses fruits", "continuer le combat". French news tells armed fighting
    in the plural ("les combats ont repris", "des combats entre l'armée et les rebelles"); the
    singular with a determiner of its own is most often the figurative struggle for a cause or
    an idea (the figurative sense of TLFi s.v. combat; general French usage), which the sentence's
    other words of war, named in the same breath, do not make armed. "un combat aérien",
    "un combat armé entre soldats" keep their word of arms, "le combat de Mossoul" its place
    (names_a_battlefield); a date does not name it a battle ("mène ce combat depuis mars")."""
    if noun.pos_ != "NOUN" or "Plur" in noun.morph.get("Number") or names_a_battlefield(noun):
        return False
    return not any(t.i != noun.i and forms(t) & armed for t in noun.subtree)


# the cases by which a fight noun names the place fought over ("le combat de Mossoul", "le combat
# pour Alep")
BATTLEFIELD_CASES = DE_CASES | {"pour"}


def is_domain_event(noun, domains: frozenset[str]) -> bool:
    """An adjective of the noun itself (or one coordinated with it) names a domain of culture,
    sport, trade or leisure (the named lemma set): "une manifestation culturelle", "les
    manifestations sportives et festives", "des manifestations horticoles" are events, shows or
    fairs put on for the public, the sense TLFi gives s.v. manifestation ("événement organisé
    ... à des fins culturelles, commerciales"), no protest. Only the noun's own adjectives count:
    "une manifestation contre la politique culturelle" keeps its protest."""
    if noun.pos_ != "NOUN":
        return False
    adjectives = [c for c in noun.children if c.dep_ == "amod"]
    adjectives += [g for a in adjectives for g in a.children if g.dep_ == "conj" and g.pos_ == "ADJ"]
    return any(forms(a) & domains for a in adjectives)


def is_coordinated_with(noun, words: frozenset[str]) -> bool:
    """The noun is a conjunct of a word of `words`, or has one for a conjunct ("les meetings
    et manifestations publiques de X", "ses manifestations ou meetings"): coordination joins
    words of the same kind, so a 'manifestation' beside a campaign's 'meeting' is one of a
    politician's public events, no protest."""
    if noun.dep_ == "conj" and noun.head.i != noun.i and forms(noun.head) & words:
        return True
    return any(c.dep_ == "conj" and forms(c) & words for c in noun.children)


def names_a_battlefield(noun) -> bool:
    """A 'de' or 'pour' complement of the noun is a place name ("le combat de Mossoul", "le
    combat pour Alep"): a battle named by its place, fought with arms."""
    return any(c.dep_ == "nmod" and case_of(c) in BATTLEFIELD_CASES and c.pos_ == "PROPN"
               and c.ent_type_ in ("LOC", "GPE") for c in noun.children)


# the relations the parser may give a "contre" complement after a noun ("deux combats : contre un
# grave cancer" parsed with "cancer" as an adjective of "combats" and "contre" on "grave")
OPPONENT_DEPS = ("nmod", "amod", "obl", "obl:mod", "appos")


def introduced_by_contre(noun) -> bool:
    """A "contre" before `noun` inside its own phrase, wherever the parser hung it."""
    return any(t.lower_ == "contre" and t.i < noun.i for t in noun.subtree)


def has_thing_complement(noun, lex: Lexicon, mention_tokens=()) -> bool:
    """The noun's "de" complement is a thing: a common noun that names no one (not an actor,
    a word of people, a name, a number or a time: "l'entretien du pont", not "l'entretien du
    président", "l'entretien de deux heures", "un entretien d'une heure")."""
    for c in noun.children:
        if c.dep_ != "nmod" or case_of(c) not in DE_CASES or c.pos_ != "NOUN":
            continue
        if c.i in mention_tokens or forms(c) & lex.people or forms(c) & DURATIONS:
            continue
        if any(g.dep_ in ("nummod", "appos", "flat:name") or g.i in mention_tokens or g.pos_ == "PROPN"
               for g in c.children):
            continue
        return True
    return False


def has_thing_object(verb, lex: Lexicon, mention_tokens=()) -> bool:
    """The verb's direct object is a thing: a common noun that names no one (not an actor, a
    word of people, nor a noun with a name or a number beside it), whatever its own "de"
    complement ("appréhender la réaction de X" is to fear it; "appréhender trois suspects",
    "appréhender X" is an arrest)."""
    return any(c.dep_ == "obj" and c.pos_ == "NOUN" and c.i not in mention_tokens
               and not forms(c) & lex.people
               and not any(g.dep_ in ("nummod", "appos", "flat:name") for g in c.children)
               for c in verb.children)


def names_a_position(noun, lex: Lexicon, mention_tokens=()) -> bool:
    """A noun after the contracted article "au" whose "de" complement is a thing, naming no one
    (has_thing_complement): the locative "au sommet de" ("catapulté au sommet des ventes", "au
    sommet de l'État"), the top of something, not a summit held; a summit of someone ("au sommet
    du G7", "au sommet des dirigeants") or of a place ("au sommet de Pau") stays."""
    if noun.pos_ == "NOUN" and names_a_top(noun, lex):
        return True
    return noun.pos_ == "NOUN" and any(c.dep_ == "case" and c.lower_ in BARE_CASES for c in noun.children) \
        and has_thing_complement(noun, lex, mention_tokens)


# the adjective by which a "sommet" is a height, the top of something ("au plus haut sommet"): a
# summit held is never said high
HEIGHT_ADJECTIVES = {"haut", "haute"}


def names_a_top(noun, lex: Lexicon) -> bool:
    """Whatever its article, a noun qualified by an adjective of height ("au plus haut
    sommet") or whose "de" complement is a noun of contexts.top_of, a hierarchy, a rank or a
    height ("le sommet de l'État", "le sommet de la pyramide"): the top of something, no
    summit held."""
    tops = lex.contexts.get("top_of", frozenset())
    return any((c.dep_ == "amod" and c.lower_ in HEIGHT_ADJECTIVES)
               or (c.dep_ == "nmod" and case_of(c) in DE_CASES and forms(c) & tops)
               for c in noun.children) or tops_of_relative_antecedent(noun, tops)


# the relative pronoun that stands for a "de" complement ("le volcan, dont le sommet culmine")
DE_RELATIVE = {"dont"}
# how a noun may qualify or rename the antecedent (the parser may take "volcan" in "le volcan
# Etna" for an adjective of the name)
RENAMING_DEPS = ("amod", "appos", "compound", "flat:name")


def tops_of_relative_antecedent(noun, tops: frozenset[str]) -> bool:
    """The noun is an argument of a relative clause opened by "dont", whose antecedent (or a
    noun that renames it) is a word of `tops`: "dont" stands for the noun's "de" complement,
    so "le volcan, dont le sommet se trouve à 900 mètres" names the volcano's top as "le sommet
    du volcan" does; "le G7, dont le sommet se tient à Biarritz" stays."""
    verb = noun.head
    if verb.i == noun.i or verb.dep_ != "acl:relcl" or not any(c.lower_ in DE_RELATIVE for c in verb.children):
        return False
    antecedent = verb.head
    return bool(forms(antecedent) & tops) or any(
        c.dep_ in RENAMING_DEPS and forms(c) & tops for c in antecedent.children)


# the preposition by which a noun names the text or broadcast something is said in ("dans un
# entretien au Monde, X estime"), where "lors de", "pendant", "au terme de" date a happening
FRAME_CASES = {"dans"}
# the relations of a noun's "avec" complement ("un entretien avec X")
WITH_DEPS = PREPOSITIONAL_DEPS


def is_speech_frame(noun, lex: Lexicon, mention_tokens=()) -> bool:
    """A trigger noun that is the noun of a "dans" phrase ("dans un entretien au Monde, X
    estime", "dans son entretien, X a attaqué", "dit X dans un entretien téléphonique à une
    agence"): the text or broadcast something is said in, an interview given, no meeting of
    actors. An "avec" complement that names someone who is no medium (neither a medium of
    Lexicon.media_names nor a word of contexts.media or contexts.reporter) leaves it alone:
    "dans un entretien téléphonique avec le Premier ministre X" is a call; "avec le quotidien
    X", "avec une agence" are the interview's medium."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "case" and c.lower_ in FRAME_CASES for c in noun.children):
        return False
    press = lex.contexts.get("media", frozenset()) | lex.contexts.get("reporter", frozenset())
    for c in noun.children:
        if c.dep_ not in WITH_DEPS or case_of(c) != "avec":
            continue
        if forms(c) & press or any(m.canonical_name in lex.media_names
                                   for t in c.subtree for m in (mention_tokens or {}).get(t.i, ())):
            continue
        return False
    return True


# the adverbs that grade an adjective ("plus offensive", "très critique"): right before a
# trigger noun, they show the word is the adjective of the same form
GRADING_ADVERBS = {"plus", "moins", "très", "trop", "aussi", "si", "assez", "fort", "tellement", "peu"}


def is_graded_adjective(head) -> bool:
    """A trigger noun right after a grading adverb ("la France se montre plus offensive que
    l'Allemagne"): the adjective of the same form, an attitude, not a happening. "plus de
    sanctions" has its "de" between them and stays."""
    return head.pos_ == "NOUN" and head.i > 0 and head.doc[head.i - 1].lower_ in GRADING_ADVERBS


NAMING_MARKS = {"comme"}


# the relations the parser gives the relative "que" of "ce que" ("ce qu'il a appelé l'accord",
# its "qu'" at times tagged a conjunction, "mark")
RELATIVE_QUE_DEPS = ("obj", "mark")


def is_naming(verb) -> bool:
    """A verb of naming used to give a name ("DJT, comme il l'appelle", "ce qu'il appelle la
    trahison", "ce que l'on nomme"): the verb names something, it is no appeal or appointment."""
    if "Fin" in verb.morph.get("VerbForm") and any(      # not "comme pour appeler X à"
            c.dep_ == "mark" and c.lower_ in NAMING_MARKS for c in verb.children):
        return True
    return verb.dep_ == "acl:relcl" and verb.head.lower_ in ("ce", "c'", "c’") and any(
        c.dep_ in RELATIVE_QUE_DEPS and c.lower_ in ("que", "qu'", "qu’") for c in verb.children)


# the complements by which an elected official is elected to something, or at a time, or in
# some way: "élu maire", "élu à la présidence", "élu en 2017", "élu avec 52 %"
ELECTION_COMPLEMENTS = ("xcomp", "obl:arg", "obl:mod", "obl", "advmod", "obl:agent", "nummod")


def names_an_official(verb, mention_tokens=()) -> bool:
    """"Christian Dupont, élu de l'Essonne": the participle without auxiliary has a "de"
    complement naming a place or a body and nothing else that tells an election (no office,
    time, manner or agent): the noun "élu", an elected official, not an election."""
    if "Part" not in verb.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in verb.children):
        return False
    if verb.dep_ not in ("appos", "acl", "amod", "nmod", "conj"):
        return False
    places = [c for c in verb.children if c.dep_ in PREPOSITIONAL_DEPS
              and case_of(c) in DE_CASES and (c.pos_ == "PROPN" or c.ent_type_ in ("LOC", "GPE", "ORG")
                                              or c.i in mention_tokens)]
    if not places:
        return False
    place_ids = {p.i for p in places}
    return not any(c.dep_ in ELECTION_COMPLEMENTS and c.i not in place_ids for c in verb.children)


def greets_in_person(verb, lex: Lexicon) -> bool:
    """"saluer" as the purpose of a trip (contexts.motion: "est venu saluer sa mémoire", "s'est
    rendu à l'Arc pour constater les dégâts et saluer les policiers"), or with people present
    for its object (greets_people): a greeting or a homage paid in person, no public act of
    speech."""
    motion = lex.contexts.get("motion", frozenset())
    cur = verb.head if verb.dep_ == "conj" and verb.head.i != verb.i else verb
    for _ in range(2):
        if cur.dep_ not in ("xcomp", "advcl") or cur.head.i == cur.i:
            break
        if forms(cur.head) & motion:
            return True
        cur = cur.head
    return greets_people(verb, lex)


# the determiners by which a person greeted is one present: the definite, demonstrative and
# possessive ones and the distributive "chaque" ("salue chaque vétéran")
GREETED_DETERMINERS = ("definite", "demonstrative", "possessive")
GREETED_DISTRIBUTIVES = {"chaque"}
# the complements that say what someone is praised for or as ("pour leur courage", "comme un
# ami"): praise said, not a greeting
PRAISE_CASES = {"pour", "comme"}
QUOTATION_MARKS = {'"', "«", "»", "“", "”"}


def greets_people(verb, lex: Lexicon) -> bool:
    """"saluer" whose direct object is people present where they are greeted: a word of
    contexts.greeted_people under any determiner ("a salué la foule", "une foule de
    supporters", "salue chaque vétéran présent"), or a title of contexts.person_role under a
    definite, demonstrative, possessive or distributive one ("a salué la reine"), with nothing
    said of them: no "pour" or "comme" complement on the verb or its object ("a salué les
    fidèles pour leur respect", "salué comme un ami") and no quotation in its phrase ("a salué
    les soldats « partis se battre »", "« ... », a salué X"). The greeting in person, a mark of civility (TLFi s.v.
    saluer), no praise said; "un homme" or "un dirigeant" praised under the indefinite
    article stay, as any object that is no person ("a salué la décision")."""
    if is_passive(verb) or any(t.text in QUOTATION_MARKS for t in verb.subtree):
        return False
    crowd = lex.contexts.get("greeted_people", frozenset())
    titles = lex.contexts.get("person_role", frozenset())
    obj = next((c for c in verb.children if c.dep_ == "obj" and c.pos_ == "NOUN"), None)
    if obj is None:
        return False
    if not forms(obj) & crowd:
        if not forms(obj) & titles:
            return False
        if determiner(obj) not in GREETED_DETERMINERS and not any(
                c.dep_ == "det" and c.lower_ in GREETED_DISTRIBUTIVES for c in obj.children):
            return False
    return not any(case_of(c) in PRAISE_CASES or any(
        m.dep_ == "mark" and m.lower_ in PRAISE_CASES for m in c.children)
        for head in (verb, obj) for c in head.children if c.dep_ not in ("det", "punct"))


# the word sets whose nouns may be the agent of an attack: people, titles and bodies, the armed
# ones and their weapons (a missile strikes, an explosion kills), and the natural causes other
# rules read
AGENT_SETS = ("violence", "weapon", "arms", "military", "natural_cause", "armed_body")
# the entity types of the model that name someone (a person, a body)
AGENT_ENTITIES = ("PER", "ORG")


def can_act(noun, lex: Lexicon, mention_tokens=()) -> bool:
    """A noun that may be the agent of an attack: an actor, a name, a person or body, a word of
    the armed or of their weapons, or a noun with an actor or a name beside it ("la police de
    Hong Kong"); not an abstraction or a thing ("l'affaire", "le scandale", "la crise")."""
    if noun.pos_ != "NOUN" or noun.i in mention_tokens or noun.ent_type_ in AGENT_ENTITIES:
        return True
    agents = lex.speaker_words.union(*(lex.contexts.get(name, frozenset()) for name in AGENT_SETS))
    if forms(noun) & agents:
        return True
    return any(c.i in mention_tokens or c.pos_ == "PROPN" for c in noun.children
               if c.dep_ in ("nmod", "amod", "appos", "flat:name"))


def has_inanimate_agent(verb, lex: Lexicon, mention_tokens=()) -> bool:
    """The subject of an attack verb, or the noun its relative "qui" stands for, is an
    abstraction or a thing ("l'affaire qui empoisonne l'Élysée", "la crise frappe le pays"):
    the verbs of killing and hurting take an animate agent (Verb∋Net's murder-42.1 and
    poison-42.2 restrict their Agent to +animate), so the verb is figurative."""
    for c in verb.children:
        if c.dep_ != "nsubj":
            continue
        if c.lower_ == "qui" and verb.dep_ == "acl:relcl" and verb.head.i != verb.i:
            c = verb.head                         # "l'affaire qui empoisonne": the affair
        return not can_act(c, lex, mention_tokens)
    return False


def moves_the_dead(tok, lex: Lexicon) -> bool:
    """What an evacuation or a repatriation moves is the dead (contexts.remains: "les dépouilles
    de 150 soldats rapatriées", "le rapatriement des corps"): a funeral transfer, no rescue or
    aid. Read in the trigger's object or passive subject, its "de" complement, or the noun its
    participle qualifies (and that noun's head: "les dépouilles de soldats rapatriées")."""
    remains = lex.contexts.get("remains", frozenset())
    moved = [c for c in tok.children if c.dep_ in ("obj", "nsubj:pass")
             or (c.dep_ == "nmod" and case_of(c) in DE_CASES)]
    if tok.dep_ in ("acl", "amod") and tok.head.i != tok.i:
        moved.append(tok.head)
        if tok.head.dep_ == "nmod" and tok.head.head.i != tok.head.i:
            moved.append(tok.head.head)
    return any(forms(m) & remains for m in moved)


def written_as_a_name(noun) -> bool:
    """The trigger noun is written with a capital initial right after a determiner or a
    contracted article, inside a sentence ("l'Aide médicale d'État", "au Secours populaire",
    "la Protection civile"): French writes a common noun with a capital inside a sentence only
    as the first word of a proper name (of a body, a programme, a standing scheme), not to tell
    a happening. General French typography (Lexique des règles typographiques en usage à
    l'Imprimerie nationale: capital initial of the first word of the names of bodies and
    institutions); a capital at a sentence's or an item's start, with no determiner before it,
    says nothing."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.is_sent_start or not noun.text[:1].isupper() \
            or noun.text.isupper():
        return False
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    return before is not None and before.head.i == noun.i and before.dep_ in ("det", "case") \
        and before.text[:1].islower()


# the prepositions of what a veto is opposed to
VETO_CASES = {"à", "au", "aux", "contre", "sur"}


def vetoes_a_law(tok, lex: Lexicon) -> bool:
    """A veto opposed to a law or a bill ("a opposé son veto à des articles du projet de loi",
    "son veto contre la loi"): the veto of a head of state or government on legislation, inside
    a state, not the veto of a member of an international body on its resolutions, the sense
    eval/GUIDELINES.md counts among sanctions. Read in the "à"/"contre"/"sur" complements of
    the veto noun and of the verb it is the object of ("opposer son veto à"), whose phrase holds
    a word of contexts.normative_text ("loi", "décret", "législation") and no "résolution"."""
    laws = lex.contexts.get("normative_text", frozenset())
    vetoes = [t for t in (tok, *tok.children) if t.lemma_.lower() == "veto"]
    if not vetoes:
        return False
    holders = {tok.i: tok}
    for v in vetoes:
        holders[v.i] = v
        if v.dep_ == "obj" and v.head.i != v.i:
            holders[v.head.i] = v.head
    for h in holders.values():
        for c in h.children:
            if c.dep_ in ("obl", "obl:arg", "obl:mod", "nmod", "iobj") and case_of(c) in VETO_CASES:
                words = [forms(t) for t in c.subtree]
                if any(f & laws for f in words) and not any("résolution" in f for f in words):
                    return True
    return False


def is_habitual(verb, lex: Lexicon) -> bool:
    """The verb is modified by an adverb of frequency or habit (contexts.habitual: "ils
    discutent souvent", "elle le rencontre régulièrement"): a habit, no one happening
    (eval/GUIDELINES.md: one event per distinct happening)."""
    habitual = lex.contexts.get("habitual", frozenset())
    return any(c.dep_ == "advmod" and c.lower_ in habitual for c in verb.children)


def is_pronominal_noun(tok) -> bool:
    """A trigger the tagger took for a noun that has a subject and a third-person reflexive
    clitic of its own before it ("elle s'attaque aux parois"): a verb used pronominally, as
    is_pronominal reads on verbs."""
    return tok.pos_ == "NOUN" and any(c.dep_.startswith("nsubj") for c in tok.children) and any(
        c.lower_ in THIRD_PERSON_REFLEXIVE and c.i < tok.i and (c.dep_.startswith("expl") or c.dep_ in ("obj", "iobj"))
        for c in tok.children)


# the relations of a verb that takes its governor's subject: an adverbial clause, a gerund ("en
# attaquant", which the parser may hang as an oblique), an infinitive complement, a conjunct
SUBJECTLESS_DEPS = ("advcl", "xcomp", "conj", "obl:mod")


def agents_of(tok):
    """Who does what `tok` names: a verb's subject (the noun a relative "qui" stands for) or
    "par" agent, or, for a verb without either (a gerund, an infinitive, a conjunct), its
    governor's; a noun's "de" complement or possessor, or the subject of the verb it is the
    object of ("X a lancé son offensive")."""
    if tok.pos_ == "NOUN":
        own = [c for c in tok.children if c.dep_ == "nmod:poss"
               or (c.dep_ == "nmod" and case_of(c) in DE_CASES)]
        if own or tok.dep_ != "obj" or tok.head.i == tok.i:
            return own
        tok = tok.head
    verb = tok
    for _ in range(3):
        who = [verb.head if c.lower_ == "qui" and verb.dep_ == "acl:relcl" and verb.head.i != verb.i else c
               for c in verb.children if c.dep_ in ("nsubj", "obl:agent")]
        if who or verb.dep_ not in SUBJECTLESS_DEPS or verb.head.i == verb.i:
            return who
        verb = verb.head
    return []


def party_attacks(tok, lex: Lexicon, mention_tokens=()) -> bool:
    """The one who attacks is a political party or is named by one ("le Parti communiste ...
    en attaquant la secrétaire d'État", "le député LR X avait commencé son offensive contre
    l'exécutif"): a party attacks in words, in the press and in the chamber, not with arms.
    Read only when no word of violence is in the trigger's own phrase (its context was found
    in the sentence alone)."""
    mentions = mention_tokens or {}
    return any(m.canonical_name in lex.party_names for a in agents_of(tok) for t in a.subtree
               for m in mentions.get(t.i, ()))


def votes_on_a_bill(verb, lex: Lexicon) -> bool:
    """A chamber acting on a bill: the verb's subject or "par" agent names a legislature
    (contexts.legislature) and its object or passive subject a bill (contexts.bill: "le projet
    de loi a été rejeté par la Chambre", "les députés ont rejeté l'amendement"). That is a
    parliamentary vote, which eval/GUIDELINES.md counts as an election, not an act of speech."""
    chamber, bill = lex.contexts.get("legislature", frozenset()), lex.contexts.get("bill", frozenset())
    who = [c for c in verb.children if c.dep_ in ("nsubj", "obl:agent")]
    what = [c for c in verb.children if c.dep_ in ("obj", "nsubj:pass")]
    return any(forms(t) & chamber for c in who for t in c.subtree) and any(forms(c) & bill for c in what)


# the case by which a noun names an opponent: a match, a contest or a fight is "contre" someone,
# a meeting is "avec" or "entre" them
OPPONENT_CASES = {"contre"}


def is_contest(noun) -> bool:
    """A meeting noun with a "contre" complement of its own ("leur rencontre contre l'équipe de
    X", "la rencontre contre Lyon"): a match or a contest against an opponent, no meeting of
    actors, whose partners come "avec" or "entre"."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ in PREPOSITIONAL_DEPS and case_of(c) in OPPONENT_CASES
        for c in noun.children)


# the cases of the place a journey sets out from ("de Tomsk à Moscou", "depuis Varsovie")
ORIGIN_CASES = {"de", "d'", "d’", "depuis"}
# the relations the parser gives such a complement of a verb
PLACE_DEPS = ("obl", "obl:arg", "obl:mod")


def names_a_journey(verb) -> bool:
    """A verb of going with a complement of the place it sets out from, a name ("se rendait de
    Tomsk à Moscou", "se rend depuis Varsovie à Kiev"): a journey told on its way, with both
    its ends, no visit paid at its destination. "se rendre de nouveau à Kiev" (an adverb, no
    name) stays."""
    return any(c.dep_ in PLACE_DEPS and case_of(c) in ORIGIN_CASES
               and (c.pos_ == "PROPN" or c.ent_type_ in ("LOC", "GPE"))
               for c in verb.children)


def spoken_by_a_natural_cause(verb, lex: Lexicon) -> bool:
    """The subject or "par" agent of a verb of speech or of judgment is a disease or a disaster
    (contexts.natural_cause: "condamnée par la maladie", "la pandémie menace le secteur"): an act
    of speech needs a speaker and a ruling a court, so the verb is figurative (doomed,
    endangered), no statement and no legal action."""
    natural = lex.contexts.get("natural_cause", frozenset())
    return any(c.dep_ in ("nsubj", "obl:agent") and forms(c) & natural for c in verb.children)


# the relations by which a noun of threat names what is threatened or with what ("la menace de
# sanctions", "la menace de quitter l'accord", "des menaces contre X")
THREAT_CONTENT_DEPS = ("nmod", "acl", "acl:relcl", "xcomp")
# the cases by which a complement of a noun of threat names its content, its target or who
# utters it ("la menace de sanctions", "des menaces contre X", "ses menaces envers Y")
THREAT_CONTENT_CASES = DE_CASES | {"contre", "envers"}
# the relative pronoun by which a relative clause has the threat for its object ("la menace
# qu'il a brandie"): a threat made
OBJECT_RELATIVES = {"que", "qu'", "qu’"}


def names_a_danger_kind(noun, lex: Lexicon) -> bool:
    """A noun of threat qualified by an adjective of contexts.danger_kind, the kind of peril
    ("la menace terroriste", "la menace jihadiste", "la menace sanitaire"), with no complement
    of content of its own: the danger assessed (TLFi s.v. menace: "signe qui laisse prévoir un
    danger"), no threat uttered by anyone; "la menace terroriste de X de frapper" keeps its
    content. A singular noun of threat qualified by any adjective is read so too
    (names_a_danger)."""
    if noun.pos_ != "NOUN":
        return False
    kinds = lex.contexts.get("danger_kind", frozenset())
    if any(c.dep_ == "amod" and forms(c) & kinds for c in noun.children) \
            and not any(c.dep_ in THREAT_CONTENT_DEPS for c in noun.children):
        return True
    return names_a_danger(noun, lex)


def names_a_danger(noun, lex: Lexicon) -> bool:
    """A singular noun of threat with an adjective of its own and no possessive ("une menace
    accrue", "la menace américaine", "la menace islamiste pesant sur le pays"), no complement
    of content, target or author ("de" + a noun or an infinitive, "contre", "envers"; not a
    "pour" + infinitive of purpose), no relative clause having it for object ("la menace
    qu'il a brandie"), and not wielded (the object, passive subject or participle of a verb of
    contexts.threat_wielding: "agiter la menace migratoire", "brandir la menace nucléaire",
    "une menace claire adressée à X"): a threat uttered is someone's and says what it
    threatens, so the noun names the danger assessed (TLFi s.v. menace: "signe, indice qui
    laisse prévoir un danger"), no act of speech. Its adjective, a kind ("islamiste"), a
    degree ("accrue") or where the danger comes from ("américaine"), says nothing of a
    speaker."""
    if noun.pos_ != "NOUN" or "Plur" in noun.morph.get("Number"):
        return False
    if not any(c.dep_ == "amod" and c.pos_ == "ADJ" for c in noun.children):
        return False
    for c in noun.children:
        if c.dep_ == "nmod:poss" or (c.dep_ == "det" and "Yes" in c.morph.get("Poss")):
            return False                          # "sa menace": someone's threat
        if c.dep_ in PREPOSITIONAL_DEPS and case_of(c) in THREAT_CONTENT_CASES:
            return False                          # "la menace de sanctions", "contre X"
        if c.dep_ in ("acl", "xcomp") and "Inf" in c.morph.get("VerbForm") and any(
                g.dep_ in ("mark", "case") and g.lower_ in DE_CASES for g in c.children):
            return False                          # "la menace nouvelle de quitter l'accord"
        if c.dep_ == "acl:relcl" and any(g.dep_ == "obj" and g.lower_ in OBJECT_RELATIVES for g in c.children):
            return False                          # "la menace qu'il a brandie"
    wielding = lex.contexts.get("threat_wielding", frozenset())
    if any(c.dep_ == "acl" and forms(c) & wielding for c in noun.children):
        return False                              # "une menace claire adressée à X": uttered
    return not (noun.dep_ in ("obj", "nsubj:pass") and noun.head.i != noun.i and forms(noun.head) & wielding)


# the words that stand for a noun of their partitive "de" complement as a direct object: an
# ordinal ("le premier des avions"), a numeral ("deux des otages"), an indefinite pronoun
# ("l'un des ministres", "plusieurs des navires"); Grevisse, Le bon usage, the partitive
# complement of the numeral and indefinite pronouns
PARTITIVE_POS = ("ADJ", "NUM", "PRON")


def partitive_noun(obj):
    """The noun a partitive object stands for ("a reçu le premier des cinq avions": the
    planes, a thing received, no one met): an ordinal, numeral or indefinite pronoun with a
    "de" complement of its own is read through that complement; any other object is itself."""
    if obj.pos_ in PARTITIVE_POS:
        for c in obj.children:
            if c.dep_ == "nmod" and case_of(c) in DE_CASES and c.pos_ in ("NOUN", "PROPN"):
                return c
    return obj


# what may stand between a determiner and its noun: the noun a participle follows is qualified
# by it ("l'ouverture entrevue", "la porte ouverte entrevue")
QUALIFIED_POS = ("NOUN", "ADJ")


def is_participle_homograph(noun) -> bool:
    """A trigger noun that is also the past participle of a verb ('entrevue', of entrevoir:
    glimpsed; TLFi s.v. entrevoir, entrevue), written with no determiner, number or possessive
    of its own right after a noun or an adjective, is that participle qualifying the noun ("une
    ouverture entrevue entre X et Y": an opening glimpsed, no meeting), not the noun, which
    takes a determiner ("l'entrevue entre X et Y", "une entrevue avec X")."""
    if noun.i == 0 or any(c.dep_ in ("det", "nummod", "nmod:poss") for c in noun.children):
        return False
    before = noun.doc[noun.i - 1]
    return before.pos_ in QUALIFIED_POS and before.is_alpha and noun.is_lower
