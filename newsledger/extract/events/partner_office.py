"""A meeting's partner named by a party office ("X a reçu le chef de file du parti Y", "la
rencontre entre X et le candidat du parti Y", "X s'est entretenu avec le patron du mouvement
Y"): the party in the office's complement only says whose office the partner holds; it does
not meet (the judges' party-for-leader precedent, docs/audit/README.md). The one the article
names with that office, if any, is the partner instead (office.office_holder: "Marie Durand,
présidente du parti Y" ... "a reçu la présidente du parti Y").

events/office.py reads this of the subject of the trigger (participants.described_in: "la
présidente du FN a rencontré X") and, for the types one person does, of every office noun of
the sentence (office_complements). Here only the trigger's partner phrases are read: the
direct object and the agent of a meeting verb, its complements opened by "avec", "entre"
(syntax.PARTICIPANT_CASES) or "à" ("rendre visite à"), and the "avec", "entre" and "de"
complements of a meeting noun ("la visite du patron du parti Y"), with their conjuncts, and
the second term of "entre X et Y" that the parser hung on the noun. The office noun is a
definite singular one (office.is_office: one person; "des élus du parti Y" act for their
party).

Only parties (election.is_party: data/parties.tsv or an organization named "Parti X",
"Mouvement X"...): a union, a company, a federation or an institution meets through its
head ("a rencontré le président de la FNSEA", "de recevoir le patron de Total": judged ok;
a first version that set aside every organization dropped four such judged-ok rows, one
meeting judged in three files and another, for two judged-wrong ones); a state stays too ("le
président de la Russie" acts for Russia).

The party's name may be hung by the parser outside the office's complement while it is
written right after it ("le patron du mouvement En Marche", "En" read as a preposition and
"Marche" hung on another word): a name whose first token follows, with no punctuation, the
last word of a complement of the office noun names that complement (glued_names).

Hook: participants.collect_actors, meeting triggers only: the party's tokens are taken out of
the trigger's mentions and kept from the sweep of the sentence's names."""
from __future__ import annotations

from newsledger.extract.events.election import is_party
from newsledger.extract.events.lexicon import load_lexicon
from newsledger.extract.events.office import (OFFICE_OF_DEPS, is_office, office_holder, office_organizations,
                                              only_type, whole_mentions)
from newsledger.extract.events.syntax import PARTICIPANT_CASES, PASSIVE_SUBJECT_DEPS, case_of, is_verbal

# the cases of a meeting verb's partner besides "avec", "entre" ("rendre visite à X")
VERB_PARTNER_CASES = frozenset({*PARTICIPANT_CASES, "à", "au", "aux"})
# the cases of a meeting noun's partner ("la visite du ministre", "la rencontre avec X")
NOUN_PARTNER_CASES = frozenset({*PARTICIPANT_CASES, "de", "d'", "du", "des"})
VERB_PARTNER_DEPS = frozenset({"obj", "obl:agent", "obl:arg", "obl", "obl:mod", "iobj"})
NOUN_PARTNER_DEPS = frozenset({"nmod"})


def partner_roots(head) -> list:
    """The heads of the partner phrases of the meeting trigger `head`, with their nominal
    conjuncts ("entre X et la présidente du parti Y")."""
    roots = []
    verbal = is_verbal(head)
    for c in head.children:
        if verbal and c.dep_ in VERB_PARTNER_DEPS:
            case = case_of(c)
            if c.dep_ == "obj" and case is None:
                roots.append(c)
            elif c.dep_ == "obl:agent" or case in VERB_PARTNER_CASES:
                roots.append(c)
        elif not verbal and c.dep_ in NOUN_PARTNER_DEPS and case_of(c) in NOUN_PARTNER_CASES:
            roots.append(c)
    if not verbal and any(case_of(r) == "entre" for r in roots):
        # "la rencontre entre X et le candidat du parti Y", the second term hung on the noun
        roots.extend(c for c in head.children if c.dep_ == "conj" and c.pos_ == "NOUN"
                     and any(r.i < c.i for r in roots if case_of(r) == "entre"))
    out = []
    for r in roots:
        out.append(r)
        out.extend(c for c in r.children if c.dep_ == "conj" and c.pos_ == "NOUN")
    return [r for r in out if r.dep_ not in PASSIVE_SUBJECT_DEPS]


def glued_names(noun, mention_tokens) -> set[int]:
    """The tokens of an organization's name written right after the last word of a complement
    of the office noun `noun` and hung elsewhere by the parser ("le patron du mouvement En
    Marche": "Marche" hung on another word)."""
    out: set[int] = set()
    doc = noun.doc
    for c in noun.children:
        if c.dep_ not in OFFICE_OF_DEPS:
            continue
        inside = {t.i for t in c.subtree}
        nxt = c.right_edge.i + 1
        if nxt >= len(doc) or doc[nxt].is_punct:
            continue
        ms = mention_tokens.get(nxt)
        if not only_type(ms, "organization"):
            continue
        ids = {id(m) for m in ms}
        tokens = {t.i for t in doc[nxt:min(len(doc), nxt + 8)]
                  if ids & {id(m) for m in mention_tokens.get(t.i, ())}}
        if not tokens & inside:
            out |= tokens
    return out


def partner_described(root, mention_tokens) -> set[int]:
    """The tokens of the parties that only say whose office the partner noun `root` holds."""
    if not is_office(root, mention_tokens):
        return set()
    lex = load_lexicon()
    found = office_organizations(root, mention_tokens) | glued_names(root, mention_tokens)
    return whole_mentions({i for i in found if mention_tokens.get(i)
                           and all(is_party(m, lex) for m in mention_tokens[i])}, root.sent, mention_tokens)


def partner_holders(head, mention_tokens, mentions) -> dict[str, str]:
    """Name -> role of the persons the article names with the office of a partner of the
    meeting trigger `head` ("Marine Le Pen, présidente du FN" ... "a reçu la présidente du
    FN"): the one met, as the organization would have been listed (office.office_holder)."""
    out: dict[str, str] = {}
    for root in partner_roots(head):
        if not is_office(root, mention_tokens):
            continue
        holder = office_holder(root, partner_described(root, mention_tokens), mention_tokens, mentions)
        if holder:
            out[holder] = "target" if root.dep_ == "obj" else "participant"
    return out


def partner_office_indices(head, mention_tokens, subject_roots=()) -> set[int]:
    """Token indices of the parties that only say whose office a partner of the meeting trigger
    `head` holds; and of a subject office noun of `subject_roots` (described_in reads the
    subject's, but not a party's name glued after its complement)."""
    out: set[int] = set()
    for root in partner_roots(head):
        out |= partner_described(root, mention_tokens)
    for root in subject_roots:
        for noun in [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ == "NOUN")]:
            out |= partner_described(noun, mention_tokens)
    return out
