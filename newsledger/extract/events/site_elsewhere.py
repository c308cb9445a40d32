"""A town, district or site named only as where something else in the sentence happens takes
no part in the event (eval/GUIDELINES.md: a city, region or site that is only a place is a
location, not an actor). Its mark: the name is the phrase of place of another word than the
trigger, a phrase after a preposition of place (bystanders.json locative_case) whose head is a
noun of a building, a part of a town or a settlement (bystanders.json site_noun, lexicon.tsv
town_noun), and the name is that noun's own ("dans le centre pénitentiaire de X", "à l'hôpital
X") or the 'de' complement of a noun of settlement naming a place ("dans le quartier de X": a
place entity, or a name the NER took for a person); not the 'de' complement of a building
("devant le siège du parti X", "sur le site du journal X": an owner, a website):
- "une mutinerie est en cours dans le centre pénitentiaire de X, dans l'aile des détenus
  condamnés": the conviction is not the prison's;
- "des affrontements se sont poursuivis, la police faisant usage de gaz dans le quartier de X":
  the district does not clash.
Only a phrase hung on a verb, with "à" as its adjunct only (the argument "a enjoint à la
préfecture de X" is whom; a noun's phrase after "dans" or "sur" too): after a noun with
"à" it names an office or an affiliation ("candidat à la mairie de X", "chercheur au centre
X"), left to the other rules. Not the trigger's own phrases of place (its complements, those of
the verb a trigger noun is the subject or object of: bystanders.site_phrases; the whole phrase of
a trigger noun, but not the other clauses a trigger verb governs), nor a phrase that holds the
trigger: where the event itself is held, which the rules of each type read (a
trip's destination, a protest's or an attack's site). Not a country, for which the readers
keep precedents (the country where an attack happened, the host state of a visit, the state
that tries): only sub-national places."""
from __future__ import annotations

from functools import lru_cache

from newsledger.extract.actors.towns import town_nouns
from newsledger.extract.events.syntax import case_words, forms, is_verbal, straight_apostrophes, subtree_indices

PLACE_ENTITIES = ("LOC", "GPE")
# a 'de' complement ("le quartier de X"); a name hung without a preposition ("l'hôpital X")
DE_COMPLEMENT_DEPS = ("nmod", "obl:arg", "obl:mod")
NAME_DEPS = ("flat:name", "flat", "compound", "nmod")
DE_CASES = frozenset({"de", "d'", "du", "des"})
# prepositions that also mark whom something goes to: a place only as an adjunct (obl:mod)
DATIVE_CASES = frozenset({"à", "au", "aux"})
# a noun's phrase of place that still says where ("les bureaux sur le site de X")
NOUN_PLACE_CASES = frozenset({"dans", "sur"})


@lru_cache(maxsize=4)
def place_nouns(sites: frozenset[str]) -> frozenset[str]:
    """The nouns of a building or part of a town (`sites`: bystanders.json site_noun) and of a
    settlement (lexicon.tsv town_noun)."""
    return sites | town_nouns()


def is_place_noun(tok, sites: frozenset[str]) -> bool:
    return tok.pos_ == "NOUN" and bool(forms(tok) & place_nouns(sites))


def locative(tok, locative_cases: frozenset[str]) -> bool:
    """The noun heads a phrase of place hung on a verb (with "à", only as an adjunct: the
    argument "à X" of "a écrit à la mairie de X", "a enjoint à la préfecture" is whom), or on a
    noun after "dans"/"sur"."""
    cases = case_words(tok)
    if tok.dep_.startswith("obl"):
        if cases & DATIVE_CASES and tok.dep_ != "obl:mod":
            return False                          # "a enjoint à la préfecture de X": whom, not where
        return bool(cases & locative_cases)
    return tok.dep_ == "nmod" and bool(cases & NOUN_PLACE_CASES)


def place_noun_of(root, actor_type: str, sites: frozenset[str]):
    """The noun of place whose phrase holds the mention rooted at `root`: the root itself
    ("l'hôpital X", "le centre pénitentiaire de X"); the noun of building or settlement whose
    name it is, hung without a preposition ("l'hôpital" + "Cochin"); or the noun of settlement
    whose 'de' complement it is, also through a participle or adjective of that noun ("le
    quartier fréquenté de X"), when it names a place (a place entity, or a person entity: the
    NER's). Not the 'de' complement of a building ("le siège du parti X", "sur le site du
    journal X": an owner, a website). None otherwise."""
    if is_place_noun(root, sites):
        return root
    gov = root.head
    if gov.i == root.i:
        return None
    cases = {straight_apostrophes(c.lower_) for c in root.children if c.dep_ == "case"}
    if root.dep_ in NAME_DEPS and not cases:
        return gov if actor_type != "person" and is_place_noun(gov, sites) else None
    if root.dep_ not in DE_COMPLEMENT_DEPS or not cases & DE_CASES:
        return None
    if gov.dep_ in ("acl", "amod") and gov.pos_ in ("VERB", "ADJ") and gov.head.i != gov.i:
        gov = gov.head                            # "le quartier fréquenté de X"
    if gov.pos_ == "NOUN" and forms(gov) & town_nouns() and (
            root.ent_type_ in PLACE_ENTITIES or actor_type == "person"):
        return gov
    return None


def elsewhere_sites(head, sent, spans, root_of, site_phrases, sites: frozenset[str],
                    locative_cases: frozenset[str]) -> set[tuple]:
    """The mentions of `spans` (bystanders.mention_spans) that name only a sub-national place
    where something else than the event of trigger `head` happens (see the module's
    docstring). `root_of`, `site_phrases`, `sites` and `locative_cases` are bystanders.py's
    (passed in, so that this module does not import the one that calls it)."""
    own = set() if is_verbal(head) else set(subtree_indices(head))   # a verb's clauses are not its place
    for p in site_phrases(head):
        own |= subtree_indices(p)
    out = set()
    for key, indices in spans.items():
        if key[3] == "country":
            continue
        noun = place_noun_of(root_of(sent.doc, indices), key[3], sites)
        if noun is None or not locative(noun, locative_cases) or noun.i in own or head.i in subtree_indices(noun):
            continue
        out.add(key)
    return out
