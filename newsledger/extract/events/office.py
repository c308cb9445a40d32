"""A person named by an office ("le leader de la France insoumise", "la présidente du FN",
"la deuxième adjointe à la mairie de Marseille"): the organization in the office's complement
only says whose office it is; it does not speak or act. The person is the one the article
names with that office, or the one the description takes up.

Office nouns are the titles of data/titles.txt and contexts.person_role, and the ranks that
take a number ("le numéro deux du parti", contexts.rank_office). The offices of those
who speak or act in the name of another (contexts.proxy_office: "le porte-parole du
ministère", "l'ambassadeur de l'UE") are left alone: their principal acts through them.
Only organizations are set aside: a state stands for its officials ("le président de la
Russie"), not for its former ones ("l'ancien président de la République"). Only a definite
singular office names one person; members ("les députés du parti", "une députée du parti") act
for their organization.

A person named by a relation to another ("la fille de X", "le proche de X": kinship nouns of
contexts.family and contexts.kin, data/relations.txt) is not X, whoever X is; nor is an
office holder the person in a complement with its own preposition ("l'ancienne ministre,
proche de X"): X does not speak or act, and is no one the description takes up.

participants.py reads this module three ways: the organizations of an office subject, and the
others of a relation or a complement, are no source (described_indices); the person is found
by role (office_holder) or as a pronoun would be (resolve_pronoun_subject); and a pronoun
takes up a person named beside an office subject before it, not the office's organization
(office_subject). Nor is the organization of any office noun of the sentence swept in as a
participant (office_complements): "le président du parti" says whose office it is wherever it
stands.
"""
from __future__ import annotations

from functools import lru_cache

from newsledger.extract.actors.gazetteer import gazetteer, read_list
from newsledger.extract.actors.names import fold
from newsledger.extract.events.lexicon import load_lexicon
from newsledger.extract.events.syntax import case_of, forms, verb_group_start, word_forms
from newsledger.extract.words import either_apostrophe, straight_apostrophes

DESCRIBING_DETS = frozenset(either_apostrophe({"le", "la", "l'", "ce", "cet", "cette"}))
ROLE_PREFIXES = frozenset({"ancien", "ancienne", "ex", "nouveau", "nouvelle"})   # "ancienne présidente"
# the complements of an office noun that can say whose office it is ("du FN", "PS")
OFFICE_OF_DEPS = ("nmod", "amod", "compound")
# the complements a name beside an office noun hangs from ("le porte-parole X")
COMPLEMENT_DEPS = (*OFFICE_OF_DEPS, "appos", "flat", "flat:name")


# the prefix of a former office written as one word ("l'ex-député", "l'ex-ministre")
EX_PREFIXES = ("ex-", "ex–")


def title_forms(tok) -> frozenset[str]:
    """The forms of a word by which it may be a title (title_words, office_words): its own
    forms, and those of the office after an "ex-" prefix ("l'ex-députée" -> "députée"), whose
    holder is a person as much as a current one's (is_former reads the prefix)."""
    own = forms(tok)
    low = tok.lower_
    if low.startswith(EX_PREFIXES) and len(low) > 4:
        return own | word_forms(low[3:], low[3:])
    return own


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """The one-word titles (the gazetteer's, data/titles.txt) and roles of persons, proxies
    included."""
    titles = {t.lower() for t in gazetteer().titles if " " not in t}
    return frozenset(titles | load_lexicon().contexts.get("person_role", frozenset()))


@lru_cache(maxsize=1)
def office_words() -> frozenset[str]:
    """The titles whose organization does not act through them (no proxies)."""
    return title_words() - load_lexicon().contexts.get("proxy_office", frozenset())


def is_rank(tok) -> bool:
    """A noun of a rank that takes a number ("le numéro un du parti", "l'ancien numéro 2 du
    mouvement": contexts.rank_office): an office in a body, held by one person."""
    return bool(forms(tok) & load_lexicon().contexts.get("rank_office", frozenset())) \
        and any(c.dep_ in ("nummod", "amod", "fixed", "appos") and c.like_num for c in tok.children)


def names_office(tok, words=None) -> bool:
    """The noun is a title of `words` (default office_words) or a rank (is_rank)."""
    return bool(title_forms(tok) & (office_words() if words is None else words)) or is_rank(tok)


@lru_cache(maxsize=1)
def relation_words() -> frozenset[str]:
    """The nouns of a person named by a relation to another: kinship (contexts.family,
    contexts.kin) and data/relations.txt."""
    contexts = load_lexicon().contexts
    return frozenset(read_list("relations.txt")) | contexts.get("family", frozenset()) \
        | contexts.get("kin", frozenset())


def is_relative(tok, mention_tokens) -> bool:
    """A definite singular noun of a relation to another person ("la fille de X", "le proche
    de X") that no actor mention covers."""
    return tok.pos_ == "NOUN" and tok.i not in mention_tokens and "Plur" not in tok.morph.get("Number") \
        and bool(forms(tok) & relation_words()) and is_definite(tok)


def is_office(tok, mention_tokens) -> bool:
    """A definite singular common noun of an office that no actor mention covers ("la
    présidente", not "le président Macron" where the name is the mention and the noun its
    title): one person. A plural or an indefinite ("les députés du parti", "une députée du
    parti") names members acting for their organization."""
    return tok.pos_ == "NOUN" and tok.i not in mention_tokens and "Plur" not in tok.morph.get("Number") \
        and names_office(tok) and is_definite(tok)


def is_definite(tok) -> bool:
    """The noun has a definite or demonstrative determiner ("la présidente", "cette élue")."""
    return any(c.dep_ == "det" and c.lower_ in DESCRIBING_DETS for c in tok.children)


def described_indices(subject, mention_tokens) -> set[int]:
    """Token indices, in the phrase of the subject `subject`, of the actors that only say whose
    office or whose relative it is: "la présidente du FN" -> the FN's tokens (an acronym in
    apposition that names the same party too: "le leader du parti X (PX)"); "la fille de X",
    "la ministre, proche de X" -> X's tokens. Empty when the subject is neither an office nor a
    relation noun. A name in apposition ("le ministre de la Justice, X") is the office
    holder's, whatever its type."""
    if is_relative(subject, mention_tokens):
        return relation_complements(subject, mention_tokens)
    if not is_office(subject, mention_tokens):
        return set()
    out: set[int] = set()
    # "l'ancienne ministre et maire PX": the conjoined office shares the determiner
    conjoined = [c for c in subject.children
                 if c.dep_ == "conj" and c.pos_ == "NOUN" and names_office(c)]
    for noun in [subject, *conjoined]:
        out |= office_organizations(noun, mention_tokens, states=is_former(noun)) \
            | cased_persons(noun, mention_tokens)
    return out


FORMER = frozenset({"ancien", "ancienne", "ex"})


def is_former(noun) -> bool:
    """A former office ("l'ancien président de la République", "l'ex-ministre"): its holder
    no longer acts for the state of the office."""
    return noun.lower_.startswith(("ex-", "ex–")) or any(
        c.dep_ == "amod" and c.lower_.rstrip("-") in FORMER for c in noun.children)


def office_organizations(noun, mention_tokens, states: bool = False) -> set[int]:
    """The organizations in the complements of an office noun ("du FN", "maire PX"), and an
    organization in apposition that one of them names again ("(LFI)"). `states`: the states
    too (a former office: "l'ancien président de la République" no longer acts for France)."""
    out: set[int] = set()
    kinds = ("organization", "country") if states else ("organization",)
    for c in noun.children:
        if c.dep_ in OFFICE_OF_DEPS or c.dep_ in ("flat", "flat:name"):
            out |= {t.i for t in c.subtree if any(only_type(mention_tokens.get(t.i), k) for k in kinds)}
    out |= label_organization(noun, mention_tokens)
    named = {m.canonical_name for i in out for m in mention_tokens.get(i, ())}
    for c in noun.children:
        if c.dep_ == "appos" and named:
            out |= {t.i for t in c.subtree if mention_tokens.get(t.i)
                    and {m.canonical_name for m in mention_tokens[t.i]} <= named}
    return out


def label_organization(noun, mention_tokens) -> set[int]:
    """The tokens of an organization written right after the office noun with no preposition
    nor punctuation, as a label of the office ("le député LR X", "la sénatrice PS", "le député
    La France insoumise"): the party of the office, however the parser hung it (an apposition
    on the noun, or a second subject beside it). Empty when the word after the noun is not
    wholly an organization's."""
    doc = noun.doc
    k = noun.i + 1
    if k >= len(doc) or k >= noun.sent.end or not only_type(mention_tokens.get(k), "organization"):
        return set()
    ids = {id(m) for m in mention_tokens[k]}
    span = set()
    while k < noun.sent.end and mention_tokens.get(k) and ids & {id(m) for m in mention_tokens[k]}:
        span.add(k)
        k += 1
    roots = [doc[i] for i in span if doc[i].head.i not in span or doc[i].head.i == i]
    if len(roots) != 1 or roots[0].head.i not in (noun.i, noun.head.i):
        return set()
    return span


def cased_persons(noun, mention_tokens) -> set[int]:
    """The persons in the complements of an office noun that have a preposition of their own
    ("l'ancienne ministre, proche de X", "le successeur de X"): not the office holder, who is
    named without one ("le ministre de l'Intérieur X")."""
    out: set[int] = set()
    for c in noun.children:
        if c.dep_ in ("appos", "flat", "flat:name"):
            continue
        for t in c.subtree:
            if only_type(mention_tokens.get(t.i), "person") and case_of(t) is not None \
                    and not any(d.dep_ == "det" for d in t.children):   # a name takes no article
                out |= mention_indices(t, mention_tokens)
    return out


def relation_complements(noun, mention_tokens) -> set[int]:
    """Every actor of the complements of a relation noun that have a preposition ("la fille
    de l'ancien ministre X", "le proche du parti"), and a name glued to the end of one of them
    that the parser hung on the relation noun ("la fille du magnat X": X is the magnat)."""
    out: set[int] = set()
    for c in noun.children:
        if case_of(c) is not None:
            inside = {t.i for t in c.subtree}
            out |= {i for i in inside if mention_tokens.get(i)}
            glued = [a for a in noun.children if a.dep_ == "appos" and a.left_edge.i - 1 in inside
                     and not noun.doc[a.left_edge.i - 1].is_punct]
            for a in glued:
                out |= {t.i for t in a.subtree if mention_tokens.get(t.i)}
    return out


def whole_mentions(indices: set[int], sent, mention_tokens) -> set[int]:
    """The tokens of `sent` covered by any mention that covers one of `indices`: a name the
    parser split ("la ministre des Solidarités et de la Santé", its conjunct hung on the office
    noun) is set aside whole."""
    if not indices:
        return indices
    ids = {id(m) for i in indices for m in mention_tokens.get(i, ())}
    return indices | {t.i for t in sent if ids & {id(m) for m in mention_tokens.get(t.i, ())}}


def office_complements(sent, mention_tokens) -> set[int]:
    """The tokens of the organizations that only say whose office a person holds, anywhere in
    `sent`: the complements of every definite singular office or rank noun ("alors que les deux
    hommes se retrouvaient, le président du parti X aurait proposé...", "la patronne du parti X
    est déterminée ... et a déposé plainte"), whole when the parser split a name. Such a body
    takes no part in what its officer does; it is no participant swept from the sentence."""
    out: set[int] = set()
    for tok in sent:
        if is_office(tok, mention_tokens):
            out |= office_organizations(tok, mention_tokens)
    return whole_mentions(out, sent, mention_tokens)


# the contracted article of a "de" complement, definite as "le"/"les" ("l'appel du président")
CONTRACTED_DEFINITE = frozenset({"du", "des"})


def doer_offices(noun, mention_tokens) -> list:
    """The office nouns that name the doer of a trigger noun: its "de" complement ("l'appel du
    leader du parti X") and the agent of a participle on it ("les accusations portées par la
    présidente du parti X"), each a singular office noun with a definite article (contracted or
    not) that no actor mention covers."""
    found = [c for c in noun.children if c.dep_ == "nmod" and case_of(c) in ("de", "du", "d'")]
    found += [a for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"
              for a in c.children if a.dep_ == "obl:agent"]
    return [t for t in found if t.pos_ == "NOUN" and t.i not in mention_tokens
            and "Plur" not in t.morph.get("Number") and names_office(t)
            and (is_definite(t) or any(c.dep_ == "case" and c.lower_ in CONTRACTED_DEFINITE for c in t.children))]


def named_after(office, noun, mention_tokens) -> set[int]:
    """The tokens of a person named right after the office's phrase, only punctuation between,
    however the parser hung the name ("la déclaration du président du groupe (à l'Assemblée) X":
    X holds the office; the name in apposition on the office, the trigger noun or the clause)."""
    doc = office.doc
    k = max(office.right_edge.i, noun.i) + 1
    while k < len(doc) and doc[k].is_punct and doc[k].text in ")]":
        k += 1
    if k >= len(doc) or not only_type(mention_tokens.get(k), "person"):
        return set()
    return {t for t in range(k, len(doc)) if only_type(mention_tokens.get(t), "person")
            and {id(m) for m in mention_tokens[t]} & {id(m) for m in mention_tokens[k]}}


def doer_office_organizations(offices, sent, mention_tokens) -> set[int]:
    """The tokens of the organizations that only say whose office names the doer of a trigger
    noun (`offices`: its doer_offices): "l'appel du leader du parti X" is the leader's, not X's."""
    out: set[int] = set()
    for office in offices:
        out |= office_organizations(office, mention_tokens, states=is_former(office))
    return whole_mentions(out, sent, mention_tokens)


def only_type(mentions, actor_type: str) -> bool:
    return bool(mentions) and all(m.actor_type == actor_type for m in mentions)


def mention_indices(tok, mention_tokens) -> set[int]:
    """The token and the tokens of its name that the same mentions cover ("Benoît Hamon")."""
    names = {id(m) for m in mention_tokens.get(tok.i, ())}
    return {t.i for t in tok.subtree if names & {id(m) for m in mention_tokens.get(t.i, ())}}


def office_holder(subject, described: set[int], mention_tokens, mentions) -> str | None:
    """The one person of the article whose role names this office of this organization
    ("Marine Le Pen, présidente du Front national" ... "la présidente du FN"): the office noun
    opens the role, one of the organization's names follows, and no other name comes after
    it (a role read across a list of names: "leader du parti X Jean Dupont" is Dupont's)."""
    orgs = {m.canonical_name for i in described for m in mention_tokens.get(i, ())}
    if not orgs:
        return None
    org_names = {tuple(role_words(m.surface)[1]) for m in mentions if m.canonical_name in orgs}
    org_names |= {tuple(role_words(o)[1]) for o in orgs}
    office = {fold(f) for f in forms(subject)}
    found = set()
    for m in mentions:
        if m.actor_type != "person" or not m.role:
            continue
        words, folded = role_words(m.role)
        while folded and folded[0] in ROLE_PREFIXES:
            words, folded = words[1:], folded[1:]
        if not folded or not same_office(folded[0], office):
            continue
        for name in filter(None, org_names):
            n = len(name)
            ends = [k + n for k in range(1, len(folded) - n + 1) if tuple(folded[k:k + n]) == name]
            if any(not any(w[:1].isupper() for w in words[e:]) for e in ends):
                found.add(m.canonical_name)
    return next(iter(found)) if len(found) == 1 else None



def role_words(text: str) -> tuple[list[str], list[str]]:
    """The words of a role or a name as written and folded, apostrophes and hyphens split."""
    words = straight_apostrophes(text).replace("'", " ").replace("-", " ").split()
    return words, [fold(w) for w in words]


def same_office(word: str, office: set[str]) -> bool:
    """"présidente" and "président" name one office (the feminine adds an -e)."""
    return word in office or word.rstrip("e") in {o.rstrip("e") for o in office}


def office_subject(span, proxies: bool = True, person: bool = False, hops: int = 5):
    """The singular office noun whose subject phrase holds the mention `span`, or None: "le
    porte-parole des députés PS Boris Vallaud a critiqué" -> "porte-parole" for both "PS" and
    "Boris Vallaud" (the parser hangs the name on the party, or deeper: "le président de la
    commission des Finances de l'Assemblée X"). A mention with its own preposition is a
    complement, not the office's name (`person`: the mention is a person's). `proxies`: the
    offices of contexts.proxy_office count."""
    words = title_words() if proxies else office_words()
    tok = span.root
    if person and any(c.dep_ == "case" for c in tok.children):
        return None                               # "le porte-parole de X": X is the principal
    for _ in range(hops):
        if tok.head.i == tok.i or tok.dep_ not in COMPLEMENT_DEPS:
            return None
        tok = tok.head
        if (tok.dep_ in ("nsubj", "nsubj:pass") or is_inverted_subject(tok)) and tok.pos_ == "NOUN" \
                and names_office(tok, words) and "Plur" not in tok.morph.get("Number") and is_definite(tok):
            return tok
    return None


INCISE_OPENERS = frozenset({",", "»", "\"", "”"})


def is_inverted_subject(tok) -> bool:
    """The subject written after its verb in an incise, which the parser takes for an object:
    "« ... », a dénoncé la députée du parti X" (a verb with no subject of its own, right after a
    comma or a closing quote)."""
    verb = tok.head
    if tok.dep_ != "obj" or verb.i == tok.i or tok.i < verb.i \
            or any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children):
        return False
    first = verb_group_start(verb)
    return first > verb.sent.start and verb.doc[first - 1].text in INCISE_OPENERS


def phrase_root(doc, indices):
    """The token of a phrase (token indices) whose head is outside it."""
    inside = set(indices)
    return next((doc[i] for i in indices if doc[i].head.i not in inside or doc[i].head.i == i), None)
