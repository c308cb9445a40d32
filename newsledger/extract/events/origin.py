"""Where someone comes from takes no part in what is done to them (eval/GUIDELINES.md: a
legal action's actors are who brings it, who judges or carries it out, and who is charged,
tried, arrested or released; a place that is only a place is a location, not an actor).

French news gives the origin of a person with a word of origin and its "de" complement
("originaire de", "natif de", "ressortissant de": "les survivants, originaires du Sénégal et du
Mali, ont été placés en détention", "le conducteur, originaire d'Irlande du Nord, a été
inculpé"), as it does with a nationality adjective (events/bystanders.py: "un touriste américain
arrêté"). The country or place there says where the person comes from; it does not arrest,
charge, try or release anyone. The state that acts is named otherwise ("arrêté en Iran", "par
la police de X", "la justice japonaise"), and stays.

So does the employer or institution of a person named by a noun of employment or affiliation
and its "de", "à" or "chez" complement ("une chercheuse du CNRS a été arrêtée", "le chargé de
mission à l'Élysée a été placé en garde à vue", "un salarié de X a été mis en examen":
employer_names; TLFi, s.v. employé, salarié, chercheur...; data/legal.json employment_noun):
the body says where the person works or studies; it takes no part in what is done to or by them.
Members of a party or group are left out (a group may act through them). One hook:
legal.without_non_parties, for legal actions."""
from __future__ import annotations

from newsledger.extract.events.office import names_office
from newsledger.extract.events.syntax import (A_CASES, DE_CASES, PREPOSITIONAL_DEPS, case_of, forms,
                                             straight_apostrophes, subtree_indices)


def complements(word) -> list:
    """The "de" complements of the word of origin: hung on it, or opened by the "de" right after
    it, wherever the parser hung the noun ("des migrants originaires du Mali": "Mali" on
    "migrants")."""
    found = [c for c in word.children if c.dep_ in PREPOSITIONAL_DEPS and case_of(c) in DE_CASES]
    doc = word.doc
    if word.i + 1 < len(doc):
        nxt = doc[word.i + 1]
        if nxt.dep_ == "case" and nxt.lower_ in DE_CASES and nxt.head.i > word.i \
                and all(c.i != nxt.head.i for c in found):
            found.append(nxt.head)
    return found


LIST_LINKS = {",", "et", "ou"}


def listed_span(word, sent) -> frozenset[int]:
    """Token indices of the list of "de" complements written right after the word of origin,
    however the parser hung them ("originaires du Sénégal, du Mali et du Tchad": the parser may
    hang "du Mali" on another noun): from the "de" after the word, on through commas and "et" /
    "ou" that a "de" follows, to the first other punctuation, verb or link."""
    doc = word.doc
    out: list[int] = []
    i = word.i + 1
    if i >= sent.end or doc[i].lower_ not in DE_CASES:
        return frozenset()
    while i < sent.end:
        tok = doc[i]
        if tok.lower_ in LIST_LINKS:
            nxt = i + 1
            if nxt < sent.end and doc[nxt].lower_ in LIST_LINKS:
                nxt += 1                          # ", et du Ghana"
            if nxt >= sent.end or doc[nxt].lower_ not in DE_CASES:
                break
            i = nxt
            continue
        if tok.is_punct or tok.pos_ in ("VERB", "AUX"):
            break
        out.append(i)
        i += 1
    return frozenset(out)


def origin_names(head, sent, mention_tokens, origin_words: frozenset[str]) -> set[int]:
    """Mention tokens in the "de" complements of a word of origin of the sentence (complements,
    listed_span: "originaires du Sénégal, du Mali et du Tchad", the listed ones too); none when
    the trigger is in that complement."""
    out: set[int] = set()
    for t in sent:
        if not forms(t) & origin_words:
            continue
        for inside in [subtree_indices(c) for c in complements(t)] + [listed_span(t, sent)]:
            if head.i not in inside:
                out |= {i for i in inside if i in mention_tokens}
    return out


# the prepositions by which a noun of employment names the employer or institution
EMPLOYER_CASES = DE_CASES | A_CASES | {"chez"}


def employment_word(tok, nouns: frozenset[str], phrases: frozenset[tuple[str, ...]]):
    """The last word of a noun of employment or affiliation starting at `tok` ("chercheuse",
    "salarié"; the phrase "chargé de mission"), or None."""
    doc = tok.doc
    for phrase in phrases:
        end = tok.i + len(phrase)
        if end <= len(doc) and tuple(straight_apostrophes(t.lower_) for t in doc[tok.i:end]) == phrase:
            return doc[end - 1]
    if tok.pos_ == "NOUN" and forms(tok) & nouns:
        return tok
    return None


def stops_employer(tok, first: bool) -> bool:
    """The employer's complement ends here: punctuation, a verb, a link ("et", "ou"), or a
    preposition other than "de" after its first word ("des journalistes du Monde dans le cadre
    de...": what follows is no longer the employer)."""
    joined = tok.text in ("-", "‑") and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_ \
        and not tok.whitespace_                       # a hyphen inside a name: "Sciences Po-Paris"
    if (tok.is_punct and not joined) or tok.pos_ in ("VERB", "AUX") or tok.lower_ in LIST_LINKS:
        return True
    return not first and tok.pos_ == "ADP" and straight_apostrophes(tok.lower_) not in DE_CASES


def bounded(indices, doc) -> frozenset[int]:
    """The first words of `indices`, in a row, up to where the employer's complement ends; an
    acronym in brackets right after the employer's name goes with it."""
    out: list[int] = []
    i = min(indices) if indices else 0
    while i in indices:
        if doc[i].text == "(" and i + 2 in indices and doc[i + 2].text == ")" and out:
            out += [i, i + 1, i + 2]                  # the employer's acronym: "du Front X (FX)"
            i += 3
            continue
        if stops_employer(doc[i], not out):
            break
        out.append(i)
        i += 1
    return frozenset(out)


def employer_span(word, sent) -> frozenset[int]:
    """Token indices of the complement written right after the noun of employment, opened by "de",
    "à" or "chez" ("au Centre X de l'université Y"), however the parser hung it: on to where it
    ends (stops_employer)."""
    i = word.i + 1
    if i >= sent.end or straight_apostrophes(word.doc[i].lower_) not in EMPLOYER_CASES:
        return frozenset()
    return bounded(set(range(i, sent.end)), word.doc)


def named_employee(inside, mention_tokens, doc) -> set[int]:
    """Tokens of a person's name set right after the employer without a preposition, the
    employee's own name ("le journaliste du quotidien X Paul Martin", "la journaliste
    d'investigation Claire Durand"), unless an office comes before it in the complement, whose
    holder is the employer ("collaborateur du ministre de l'Intérieur Paul Martin")."""
    keep: set[int] = set()
    for i in sorted(inside):
        people = [m for m in mention_tokens.get(i, ()) if m.actor_type == "person"]
        if not people or i - 1 not in inside or i - 1 in keep:
            continue
        prev = doc[i - 1]
        if any(m in mention_tokens.get(i - 1, ()) for m in people):
            continue                                  # inside the name, not its first word
        if prev.dep_ in ("case", "det") or any(names_office(doc[k]) for k in inside if k < i):
            continue
        names = {id(m) for m in people}
        j = i
        while j in inside and any(id(m) in names for m in mention_tokens.get(j, ())):
            keep.add(j)
            j += 1
    return keep


def employer_names(head, sent, mention_tokens, nouns: frozenset[str],
                   phrases: frozenset[tuple[str, ...]]) -> set[int]:
    """Mention tokens of the employer or institution of a person named by a noun of employment
    or affiliation ("une chercheuse du CNRS", "le chargé de mission à l'Élysée", "un salarié de
    X", data/legal.json employment_noun, after the TLFi): the body there only says where the
    person works or studies; it does not arrest, charge, try or release anyone, and is not the
    one it is done to. Its "de", "à", "chez" complements (employer_span too); none when the
    trigger is in that complement; the complement ends at a preposition other than "de", and a
    person's name set right after the employer is the employee's own (named_employee)."""
    out: set[int] = set()
    for t in sent:
        word = employment_word(t, nouns, phrases)
        if word is None:
            continue
        inside_sets = [bounded(subtree_indices(c), t.doc) for w in {t, word} for c in w.children
                       if c.dep_ in PREPOSITIONAL_DEPS and c.i > w.i
                       and case_of(c) in EMPLOYER_CASES]
        inside_sets.append(employer_span(word, sent))
        for inside in inside_sets:
            if head.i not in inside:
                own = named_employee(inside, mention_tokens, t.doc)
                out |= {i for i in inside if i in mention_tokens and i not in own}
    return out
