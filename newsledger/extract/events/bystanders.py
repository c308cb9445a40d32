"""Names beside a trigger that only say whose or where, and take no part in its happening:
- a country named by a nationality word that describes someone or something other than the
  state ("un touriste américain arrêté", "l'argent libyen", "la formation palestinienne", "des
  Français rapatriés"); it acts when the word qualifies the state's bodies, offices or forces
  ("l'armée nord-coréenne a tiré", "le ministre britannique"), the happening itself ("les
  frappes russes") or names a people ("les Américains"); an act of speech is the state's only
  through its bodies and offices ("les diplomates russes ont dénoncé"), not through the
  nationality of its speakers ("les opposants russes ont dénoncé"), nor through a demonym
  subject that names some of its nationals ("un jeune Soudanais a menacé", "de nombreux
  Allemands se sont plaints", "la plupart des Libanais réclament") or the press's own people
  ("les Français réclament": citizens, the state being "la France" or "Paris"); nor is a meeting
  (data nationals_types) the state's through such a demonym noun, wherever it stands ("X a
  rencontré des Syriens", "six touristes Français visitaient", "devant les Français"): a state
  meets, visits or is visited through its bodies and offices, a people as a whole through the
  definite plural ("les Américains et les Iraniens ont négocié");
- a country reached by "en" or "dans" inside the subject of an act of speech ("l'opposition en
  France a dénoncé"): where the speakers are;
- a country reached by a preposition that only gives a place, or as the complement of a
  locution of place, for an aid or an agreement ("secourus au large de la Libye", "près de la
  Syrie"): where it happens, not who gives, receives or signs;
- a site reached through a preposition of place from a protest, attack or meeting ("une
  manifestation à l'université X", "des heurts devant le Parlement", "une fusillade dans le
  centre commercial X");
- a town, district or site named only as where something else in the sentence happens
  ("une mutinerie dans le centre pénitentiaire de X, dans l'aile des détenus condamnés"), for
  every type (site_elsewhere).
Their mentions are taken out of the trigger's token map before its actors are collected
(data/bystanders.json); an event left without an actor is dropped."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from newsledger.extract.actors.gazetteer import gazetteer, lexicon as actor_lexicon
from newsledger.extract.actors.names import fold
from newsledger.extract.events.lexicon import load_lexicon
from newsledger.extract.events.office import phrase_root
from newsledger.extract.events.site_elsewhere import elsewhere_sites
from newsledger.extract.events.syntax import case_words, forms, is_verbal, straight_apostrophes
from newsledger.resources import data_dir

BYSTANDERS_PATH = data_dir("newsledger.extract") / "bystanders.json"


@dataclass(frozen=True)
class BystanderWords:
    state_agents: frozenset[str]   # nouns whose nationality adjective names the state acting
    state_acts: frozenset[str]     # nouns of a state's acts and relations ("la présence américaine")
    people_articles: frozenset[str]
    home_people: frozenset[str]    # the demonym of the press's own people: citizens, not the state
    sites: frozenset[str]          # nouns of buildings and parts of a town
    locative: frozenset[str]       # prepositions of place
    spatial: frozenset[str]        # prepositions that only give a place
    surroundings: frozenset[str]   # "aux abords de", "à l'entrée de": the site is the complement
    site_types: frozenset[str]
    country_case: frozenset[str]   # prepositions with which a country is a place ("en France")
    country_place_types: frozenset[str]   # types whose countries only named as the place go
    country_place_nouns: frozenset[str]   # "au large de": its "de" complement is a place
    nationals_types: frozenset[str]   # types a state takes part in through no private nationals


@lru_cache(maxsize=1)
def bystander_words() -> BystanderWords:
    data = json.loads(BYSTANDERS_PATH.read_text(encoding="utf-8"))
    contexts = load_lexicon().contexts
    agents = set(data["state_agent"]) | contexts.get("person_role", frozenset()) \
        | contexts.get("authority", frozenset()) \
        | {w.lower() for w in actor_lexicon().get("state_institution", [])}
    agents |= {fold(w) for w in agents}
    acts = {fold(w) for w in data["state_act"]} | set(data["state_act"])
    return BystanderWords(frozenset(agents), frozenset(acts), frozenset(data["people_article"]),
                          frozenset(data["home_people"]),
                          frozenset(data["site_noun"]), frozenset(data["locative_case"]),
                          frozenset(data["spatial_case"]), frozenset(data["surroundings"]),
                          frozenset(data["site_types"]), frozenset(data["country_case"]),
                          frozenset(data["country_place_types"]), frozenset(data["country_place_noun"]),
                          frozenset(data["nationals_types"]))


def mention_spans(sent, mention_tokens) -> dict[tuple, list[int]]:
    """(mention's start, end, name, type, surface) -> its token indices in the segment."""
    out: dict[tuple, list[int]] = {}
    for i in range(sent.start, sent.end):
        for m in mention_tokens.get(i, ()):
            out.setdefault((m.char_start, m.char_end, m.canonical_name, m.actor_type, m.surface),
                           []).append(i)
    return out


def root_of(doc, indices: list[int]):
    """The token of the mention that the others hang on (its first token if none)."""
    return phrase_root(doc, indices) or doc[indices[0]]


def is_nationality(surface: str) -> bool:
    """The mention is written as a nationality adjective or demonym ("libyen", "Français"), not
    as a country's name that is also one ("la Suisse")."""
    g, surface = gazetteer(), straight_apostrophes(surface)
    entry = g.entries.get(surface)
    return surface.lower() in g.demonyms and (entry is None or entry.form == "demonym")


def in_subject(tok, qualified, subjects, speech: bool = False) -> bool:
    """The word lies in a subject of the trigger verb, or of the verb of a trigger noun
    (`subjects`: their token indices), and names people (a demonym noun, or an adjective of a
    noun of people or of an armed group, `qualified`): its nationals are the doers ("des milliers
    d'Israéliens ont défilé", "les manifestants thaïlandais défilent", "des pirates
    nord-coréens ont volé"); not a thing or a body ("la formation palestinienne a réclamé").
    `speech`: the trigger is an act of speech, whose speaker the subject's noun names: an
    adjective there only tells the speakers' nationality ("l'activiste russe s'est excusé", "les
    opposants russes ont dénoncé", "accusé par une journaliste allemande"), and the state
    speaks only through its bodies and offices (acts_for_state: "les diplomates russes")."""
    if not any(tok.i in indices and heads_subject(tok, indices) for indices in subjects):
        return False
    if qualified is None:
        return True
    lex = load_lexicon()
    return not speech and bool(forms(qualified) & (lex.people | lex.contexts.get("armed_body", frozenset())))


def private_nationals(tok, subjects) -> bool:
    """A demonym noun heading the subject of an act of speech names private people, not the
    state speaking: some of its nationals (some_nationals) or the press's own people ("les
    Français réclament", "les Français se sont plaints": in the French press, its readers'
    fellow citizens; their state is "la France", "Paris", "le gouvernement"). A people named
    as a whole by the definite plural still speaks through its state or leaders ("les
    Palestiniens ont rejeté le plan")."""
    if not any(tok.i in indices and heads_subject(tok, indices) for indices in subjects):
        return False
    if not demonym_names_the_doer(tok):
        return False
    return private_people(tok)


def private_people(tok) -> bool:
    """The demonym noun names some of a people's nationals (some_nationals) or the press's own
    people ("les Français"): private persons, not their state."""
    return some_nationals(tok) or tok.lower_ in bystander_words().home_people


def demonym_names_the_doer(tok) -> bool:
    """The demonym noun, or the quantity whose complement it is ("la plupart des Français"), is
    a subject or a passive's agent in the parse, or the antecedent of a relative pronoun
    subject ("des Libanais qui réclament"); not an object or a complement the subject finder
    fell back on ("a exhorté les Français à", "dénonçant l'exploitation des Ukrainiennes")."""
    cur = tok
    while cur.dep_.startswith("nmod") and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ in ("nsubj", "nsubj:pass", "obl:agent"):
        return True
    return any(c.dep_ == "acl:relcl" and any(g.dep_ in ("nsubj", "nsubj:pass") and "Rel" in g.morph.get("PronType")
                                             for g in c.children) for c in tok.children)


def some_nationals(tok) -> bool:
    """The demonym noun names some of a people's nationals, not the people as a whole: it has
    a number ("trois Allemands"), it is the complement of a quantity ("des milliers
    d'Israéliens", "la plupart des Français", "une partie des Libanais"), or its determiner is
    any but the definite plural (people_article): a singular ("un jeune Soudanais", "le
    Français X"), an indefinite or a quantifier ("des Libanais", "de nombreux Allemands",
    "ces Iraniens")."""
    if any(c.dep_ == "nummod" for c in tok.children):
        return True
    if tok.dep_.startswith("nmod") and tok.head.i != tok.i and tok.head.pos_ in ("NOUN", "PRON", "NUM", "SYM"):
        return True
    dets = [c for c in tok.children if c.dep_ == "det"]
    return not any(c.lower_ in bystander_words().people_articles for c in dets)


def heads_subject(tok, indices) -> bool:
    """The word is the subject phrase's head, qualifies it, or is the complement of a quantity
    that heads it (contexts.collective: "des milliers d'Israéliens", "la plupart des
    Français"); not a word deeper in the phrase, which says whose or of what ("les efforts des
    Français", "l'élu des Français de l'étranger")."""
    root = phrase_root(tok.doc, list(indices))
    if root is None:
        return False
    collective = load_lexicon().contexts.get("collective", frozenset())
    cur = tok
    while cur.i != root.i:
        if cur.head.i == cur.i or cur.head.i not in indices:
            return False
        if cur.head.i != root.i and not forms(cur.head) & collective:
            return False
        cur = cur.head
    return True


def is_adjective(tok) -> bool:
    """A nationality adjective: French writes it in lower case ("américain"), the noun of a
    national with a capital ("un Américain"), whatever the tagger made of either."""
    return tok.text[:1].islower()


# what may stand between a nationality adjective and the noun it follows: "les émissaires
# nucléaires sud-coréen, américain et japonais"
BETWEEN = {",", "et", "ou", "-"}


def qualified_noun(tok):
    """The noun a nationality adjective qualifies: the nearest noun before it across adjectives
    and other nationalities (French puts it after its noun; the parser often hangs a run of
    them elsewhere), else its head in the parse."""
    for i in range(tok.i - 1, max(tok.sent.start, tok.i - 8) - 1, -1):
        t = tok.doc[i]
        if t.pos_ in ("NOUN", "PROPN") and not is_nationality(t.text):
            return t
        if not (t.pos_ == "ADJ" or t.dep_ == "amod" or t.lower_ in BETWEEN or is_nationality(t.text)):
            break
    return tok.head


def names_private_nationals(tok) -> bool:
    """The demonym noun names some of a people's nationals (some_nationals: "un Syrien", "des
    Français", "six touristes Français") or the press's own people ("les Français"), wherever it
    stands: private people, not their state; but the complement of one of the state's offices
    or bodies ("le roi des Belges", "le président des Français") names its state."""
    if tok.dep_.startswith("nmod") and tok.head.i != tok.i \
            and folded_forms(tok.head) & bystander_words().state_agents:
        return False
    return private_people(tok)


def acts_for_state(tok, head, subjects=(), speech: bool = False, nationals: bool = False) -> bool:
    """Whether the nationality word `tok` names the state acting in `head`'s happening: it
    qualifies the trigger, a happening, a name ("l'Extrême-Orient russe"), or one of the
    state's bodies, offices, forces or acts (directly or as the complement of one: "le
    ministre de l'Intérieur britannique"); it is a demonym noun naming a people ("les
    Américains"); or it names the doers (in_subject; `speech`: of an act of speech).
    `nationals`: the happening is one a state takes part in through no private nationals
    (data nationals_types): a demonym noun naming some of them or the press's own people never
    names the state there (names_private_nationals)."""
    words = bystander_words()
    qualified = qualified_noun(tok) if is_adjective(tok) else None
    if nationals and qualified is None and names_private_nationals(tok):
        return False
    if speech and qualified is None and private_nationals(tok, subjects):
        return False
    if in_subject(tok, qualified, subjects, speech):
        return True
    if qualified is None:                         # a demonym noun: "les Américains", "des Français"
        if tok.head.i == head.i and tok.dep_ == "appos":
            return True                           # "les manoeuvres (russes)"
        return any(c.dep_ in ("det", "case") and c.lower_ in words.people_articles for c in tok.children) \
            and not any(c.dep_ == "nummod" for c in tok.children)
    if qualified.i in (tok.i, head.i) or qualified.pos_ == "PROPN":
        return True                               # "les frappes russes", "l'Extrême-Orient russe"
    f = folded_forms(qualified)
    if f & (words.state_agents | words.state_acts) or (not is_verbal(qualified) and f & load_lexicon().trigger_words):
        return True
    governor = qualified.head                     # "le ministre de l'Intérieur britannique"
    return qualified.dep_.startswith("nmod") and bool(folded_forms(governor) & words.state_agents)


def folded_forms(tok) -> frozenset[str]:
    return forms(tok) | {fold(w) for w in forms(tok)}


def site_phrases(head) -> list:
    """The phrases of place of the trigger: its own complements, and those of the verb a trigger
    noun is the subject or object of ("la manifestation a eu lieu devant X")."""
    out = [c for c in head.children if c.dep_.startswith(("obl", "nmod"))]
    if not is_verbal(head) and head.dep_ in ("nsubj", "nsubj:pass", "obj") and head.head.i != head.i:
        out += [c for c in head.head.children if c.dep_.startswith("obl") and c.i != head.i]
    return out


def is_site(phrase, ents) -> bool:
    """A phrase of place: after a preposition that only gives a place, or after one of place
    ("à", "dans") with a building or part of a town for head, or a place entity (LOC)."""
    words = bystander_words()
    cases = case_words(phrase)
    if cases & words.spatial or (cases & words.locative and forms(phrase) & words.surroundings):
        return True
    if not cases & words.locative:
        return False
    return bool(forms(phrase) & words.sites) or any(
        e.label_ == "LOC" and e.start <= phrase.i < e.end for e in ents)


def site_of(phrase):
    """The noun that names the place: the phrase's head, or the "de" complement of a noun of
    surroundings ("aux abords du Parlement": the Parliament)."""
    if forms(phrase) & bystander_words().surroundings:
        return next((c for c in phrase.children if c.dep_ == "nmod" and c.i > phrase.i), phrase)
    return phrase


def site_mentions(head, sent, spans) -> set[tuple]:
    """The mentions that name the site of a protest, attack or meeting: the head of a phrase
    of place or a name beside it ("l'université Thammasat", "la mairie de X"); not a person or
    a country, nor an owner named after "de" ("devant le siège de l'entreprise X")."""
    phrases = [site_of(p) for p in site_phrases(head) if is_site(p, sent.ents)]
    out = set()
    for p in phrases:
        near = {p.i} | {c.i for c in p.children
                        if c.dep_ in ("flat:name", "flat", "appos", "compound", "amod")
                        or (c.dep_ == "nmod" and not any(g.dep_ == "case" for g in c.children))}
        for key, indices in spans.items():
            if key[3] not in ("person", "country") and near & set(indices):
                out.add(key)
    return out


def speakers_place(doc, spans, subjects) -> set[tuple]:
    """The countries named as a place inside the subject of an act of speech, after a
    preposition of place ("l'opposition en France a dénoncé", "les évêques en Allemagne ont
    appelé"): they say where the speakers are, not who speaks ("la France a dénoncé", "le
    gouvernement de la France" name no place), unless the country heads the subject itself."""
    cases = bystander_words().country_case
    out = set()
    for key, indices in spans.items():
        if key[3] != "country":
            continue
        root = root_of(doc, indices)
        if case_words(root) & cases and any(
                set(indices) <= set(s) and phrase_root(doc, list(s)) not in (None, root) for s in subjects):
            out.add(key)
    return out


def is_country_place(root) -> bool:
    """A country's phrase after a preposition that only ever gives a place ("près de la Libye",
    "face à la Grèce": spatial_case), or the "de" complement of the noun of a locution of place
    ("au large de la Libye", "à proximité de la Grèce": country_place_noun)."""
    words = bystander_words()
    advs = {straight_apostrophes(c.lower_) for c in root.children if c.dep_ == "advmod"}   # "près de"
    if (case_words(root) | advs) & words.spatial:
        return True
    gov = root.head
    return root.dep_ == "nmod" and gov.i != root.i and gov.pos_ == "NOUN" \
        and bool(forms(gov) & words.country_place_nouns)


def country_places(head, spans) -> set[tuple]:
    """The countries named only as where an aid or agreement happens ("les migrants secourus
    au large de la Libye"): their phrase is one of place (is_country_place). "en" and "dans"
    are not enough: a judged country where an aid or agreement takes place is often its party
    ("l'aide envoyée en Italie", "la trêve en Afghanistan")."""
    return {key for key, indices in spans.items()
            if key[3] == "country" and is_country_place(root_of(head.doc, indices))}


# the event types whose subject is a speaker (in_subject)
SPEECH_TYPES = frozenset({"statement"})


def without_bystanders(head, sent, mention_tokens, etype: str | None, subjects=()):
    """`mention_tokens` (token index -> mentions) without the mentions of the segment that only
    say whose or where (see the module's docstring); the same map when there are none.
    `subjects`: the token indices of the subjects of the trigger verb, or of the verb of a trigger
    noun (participants.collect_actors)."""
    spans = mention_spans(sent, mention_tokens)
    drop = {key for key, indices in spans.items()
            if key[3] == "country" and is_nationality(key[4])
            and not acts_for_state(root_of(head.doc, indices), head, subjects, etype in SPEECH_TYPES,
                                   etype in bystander_words().nationals_types)}
    if etype in bystander_words().site_types:
        drop |= site_mentions(head, sent, spans)
    if etype in bystander_words().country_place_types:
        drop |= country_places(head, spans)
    if etype in SPEECH_TYPES:
        drop |= speakers_place(head.doc, spans, subjects)
    drop |= elsewhere_sites(head, sent, spans, root_of, site_phrases,   # "dans le quartier de X"
                            bystander_words().sites, bystander_words().locative)
    if not drop:
        return mention_tokens
    gone = {(k[0], k[1], k[2]) for k in drop}
    out = dict(mention_tokens)
    for key in drop:
        for i in spans[key]:
            kept = [m for m in out.get(i, ()) if (m.char_start, m.char_end, m.canonical_name) not in gone]
            if kept:
                out[i] = kept
            else:
                out.pop(i, None)
    return out
