"""Resolution within the article: persons take the fullest form of their name ("Poutine" ->
"Vladimir Poutine"), organizations their named form (acronyms, case variants, partial
names), a lone first word ("l'Union") the actor it opens."""
from __future__ import annotations

import re

from newsledger.extract.actors.candidates import Cand
from newsledger.extract.actors.gazetteer import Gazetteer
from newsledger.extract.actors.names import fold, name_tokens, particle_surname


def persons_resolve(cands: list[Cand]) -> None:
    """Give every person mention the fullest form used for it in the article."""
    persons = [c for c in cands if c.kind == "person"]
    # a surname with its particle ("Le Pen", "de Villepin") is no full form: it takes one
    full = [c for c in persons if len(c.key.split()) >= 2 and not particle_surname(c.key)]
    counts: dict[frozenset, int] = {}
    canon: dict[frozenset, str] = {}
    for c in full:
        k = frozenset(name_tokens(c.key))
        counts[k] = counts.get(k, 0) + 1
        if len(c.key) > len(canon.get(k, "")):
            canon[k] = c.key
    for c in persons:
        toks = name_tokens(c.key)
        k = frozenset(toks)
        if k in canon:
            c.key = canon[k]
            continue
        options = [fk for fk in canon if k <= fk]
        if options:
            def score(fk):
                before = [o.start for o in full if frozenset(name_tokens(o.key)) == fk and o.start < c.start]
                return (counts[fk], max(before) if before else -1)
            c.key = canon[max(options, key=score)]
    # single-word entities of other labels that are a known person's name ("Yoshioka/LOC")
    surnames = {}
    for fk, name in canon.items():
        for t in fk:
            surnames.setdefault(t, set()).add(name)
    full_names = {fold(name): name for name in canon.values()}
    for c in cands:
        if c.kind == "organization" and c.source != "gaz" and fold(c.key) in full_names:
            c.kind, c.key, c.code = "person", full_names[fold(c.key)], None
            continue
        if c.kind == "organization" and c.source == "ner" and len(c.key.split()) == 1:
            names = surnames.get(fold(c.key))
            if names and len(names) == 1:
                c.kind, c.key, c.code = "person", next(iter(names)), None


ACRONYM_AFTER = re.compile(r"\s*\(([A-ZÉ][A-Za-zéèÉ]{1,9})\)")


def orgs_resolve(cands: list[Cand], text: str, g: Gazetteer) -> None:
    """Acronyms in parentheses and their later uses join the named organization;
    a bare head ("le ministère") joins the last organization with that head."""
    orgs = [c for c in cands if c.kind == "organization"]
    acronyms: dict[str, str] = {}
    for c in orgs:
        m = ACRONYM_AFTER.match(text[c.end:c.end + 14])
        if m:
            acronyms[fold(m.group(1))] = c.key
    for c in orgs:
        if fold(c.key) in acronyms and acronyms[fold(c.key)] != c.key:
            c.key = acronyms[fold(c.key)]
    # "l'Alliance du vaccin (Gavi)": the NER may take the acronym for a person's name
    for c in cands:
        if c.kind == "person" and c.source == "ner" and fold(text[c.start:c.end]) in acronyms \
                and text[c.start:c.end][:1].isupper() and " " not in text[c.start:c.end]:
            c.kind, c.key, c.code = "organization", acronyms[fold(text[c.start:c.end])], None
            orgs.append(c)
    # variants differing only by case/accents share one canonical (the first seen)
    seen: dict[str, str] = {}
    for c in orgs:
        c.key = seen.setdefault(fold(c.key), c.key)
    merge_partial_orgs(orgs)
    head_aliases(cands, g)


def merge_partial_orgs(orgs: list[Cand]) -> None:
    """"état-major sud-coréen" and "ministère des Affaires étrangères" are the fuller
    "état-major interarmées sud-coréen" / "ministère chinois des Affaires étrangères"."""
    keys = {c.key for c in orgs if c.source != "gaz"}
    for c in orgs:
        if c.source == "gaz":
            continue
        toks = set(name_tokens(c.key))
        fuller = [k for k in keys if k != c.key and len(k) > len(c.key)
                  and name_tokens(k)[0] == name_tokens(c.key)[0] and toks < set(name_tokens(k))]
        if len({fold(k) for k in fuller}) == 1:
            c.key = fuller[0]


def head_aliases(cands: list[Cand], g: Gazetteer) -> None:
    """A lone first word ("l'Union") stands for the actor of the article named with it
    ("Union européenne")."""
    names: dict[str, dict[tuple[str, str], int]] = {}
    for c in cands:
        name = g.country_names.get(c.key, c.key) if c.kind == "country" else c.key
        if len(name.split()) > 1:
            counts = names.setdefault(fold(name.split()[0]), {})
            counts[(c.kind, c.key)] = counts.get((c.kind, c.key), 0) + 1
    for c in cands:
        if c.kind == "organization" and c.source == "ner" and len(c.key.split()) == 1:
            ranked = sorted(names.get(fold(c.key), {}).items(), key=lambda kv: -kv[1])
            if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
                c.kind, c.key = ranked[0][0]
                c.code = c.key if c.kind == "country" else c.code
