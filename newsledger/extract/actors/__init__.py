"""Actor mentions: persons, organizations and countries named in a French article.

Sources of mentions; where two overlap, the longer span wins, then the source listed first:
1. a gazetteer (data/*.tsv, data/*.txt): countries, their capitals and demonyms, variants and
   blocs, well-known international organizations and seats of government;
2. rules: government bodies ("ministère sud-coréen de la Défense", "marine russe"),
   organizations recognised by the shape of their name ("centre Carnegie", "Arms Control
   Association", "l'Association de fiscalité internationale") and persons after a title
   ("le ministre russe des Affaires étrangères Sergueï Lavrov");
3. spaCy NER (PER, ORG, and LOC/MISC headed by an organization word or in apposition to an
   organization descriptor), repaired and filtered.
Institutions every state has ("ministère de la Santé", "Parlement") are tied to their state
("ministère de la Santé (Brésil)") or dropped (institutions.py); a party family's plural
("Républicains", "Les Verts") names the French party only in an article about France
(party_home.py). A country's word naming a sub-national state ("New Jersey", "l'État de
Washington") is no actor (subdivisions.py), nor is a name the article describes as a town or a prison ("la ville de X",
"X, localité kurde": towns.py). The news agency the article
credits as its reporter ("a déclaré à l'AFP") is an actor marked `reporter`: it takes part in
no event (credits.py). Persons are then resolved within the article: "Poutine" and
"M. Poutine" take the fullest form used ("Vladimir Poutine"). Capitals and demonyms are aliases of their country.
"""
from __future__ import annotations

from newsledger.records import ActorMention, Sentence
from newsledger.extract.actors import components
from newsledger.extract.actors.candidates import entities, overlaps
from newsledger.extract.actors.credits import mark_credited_agencies
from newsledger.extract.actors.countries import (gazetteer_cands, hyphened_fragments, keep_country_cand, name_spans,
                                                 names_a_language, north_south_aliases)
from newsledger.extract.actors.filters import (common_words_opening, counted_product, furniture_spans,
                                              intertitle_spans, intertitle_word, lone_opening_name, named_vessel,
                                              noun_cut_from_its_adjective, resolve_overlaps, sentence_initial_noun)
from newsledger.extract.actors.gazetteer import gazetteer, organization_heads
from newsledger.extract.actors.institutions import tie_institutions
from newsledger.extract.actors.mentions import to_mentions
from newsledger.extract.actors.names import normalize_actor_name
from newsledger.extract.actors.ner import joined_actors, names_a_role, ner_cands
from newsledger.extract.actors.party_home import drop_foreign_party_families
from newsledger.extract.actors.organizations import headed_org_cands, named_org_cands, rule_org_cands
from newsledger.extract.actors.resolution import orgs_resolve, persons_resolve
from newsledger.extract.actors.roles import titled_person_cands
from newsledger.extract.actors.subdivisions import names_a_subdivision
from newsledger.extract.actors.towns import without_towns

__all__ = ["add_actor_pipes", "extract_actors", "gazetteer", "normalize_actor_name"]


def add_actor_pipes(nlp):
    """Add the actors' components (gazetteer ruler, titled persons) to `nlp`; their patterns
    are built from the data files here, at model load, rather than on the first article."""
    return components.add_actor_pipes(nlp)


def extract_actors(doc, sentences: list[Sentence], text: str | None = None) -> list[ActorMention]:
    """`text`, when the caller has it, is doc.text (which spaCy rebuilds at every read)."""
    text = doc.text if text is None else text
    g = gazetteer()
    furniture = furniture_spans(text)
    intertitles = intertitle_spans(text)
    ents = [e for e in entities(doc) if not joined_actors(text, e.start_char, e.end_char, g)]
    # a role the NER took for a name ("les ministres des Affaires étrangères de France") holds
    # no name: the country in it stands
    names = name_spans([e for e in ents if not names_a_role(text, e)])
    heads = organization_heads()
    cands = [c for c in gazetteer_cands(doc, g, text)
             if c.kind != "country" or keep_country_cand(c, text, names) and not names_a_language(doc, c, g, text)
             and not names_a_subdivision(c, text, g)]
    fragments = hyphened_fragments(cands, text, g, ents)
    cands = [c for c in cands if not any(c is f for f in fragments)]
    cands += rule_org_cands(doc, g)
    cands += named_org_cands(text, g)
    cands += headed_org_cands(doc, g, text, ents)
    cands += titled_person_cands(doc, g)
    cands += ner_cands(doc, g, text, ents)
    cands = [c for c in cands if not overlaps((c.start, c.end), furniture)
             and not intertitle_word(c, text, intertitles)
             and not sentence_initial_noun(doc, c) and not lone_opening_name(doc, c, text)
             and not common_words_opening(doc, c, heads) and not counted_product(doc, c)
             and not noun_cut_from_its_adjective(doc, c) and not named_vessel(doc, c)]
    cands = resolve_overlaps(cands, text)
    cands = without_towns(doc, cands)     # "la ville de X": a place the NER took for a person
    mark_credited_agencies(doc, cands, g)
    cands = north_south_aliases(text, cands, g)
    cands = tie_institutions(cands, text, sentences, g)
    cands = drop_foreign_party_families(cands, text, g)
    persons_resolve(cands)
    orgs_resolve(cands, text, g)
    return to_mentions(cands, text, sentences, g)
