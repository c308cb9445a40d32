"""Token helpers on the spaCy parse shared by the event modules: word forms, verbs and
their clauses, cases, determiners."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache, wraps

import numpy as np
from spacy.attrs import DEP, HEAD, IDX, LEMMA, LENGTH, LOWER, POS, SPACY
from spacy.symbols import AUX, VERB

from newsledger.extract.words import DEFINITE_ARTICLES, either_apostrophe, straight_apostrophes


SUBJECT_DEPS = ("nsubj", "csubj")
PASSIVE_SUBJECT_DEPS = ("nsubj:pass",)

PARTICIPANT_CASES = {"avec", "entre"}
REFLEXIVE = {"se", "s'", "s’", "me", "m'", "m’", "nous", "vous", "te", "t'"}
THIRD_PERSON_REFLEXIVE = either_apostrophe({"se", "s'"})
CLAUSE_DEPS = ("ccomp", "advcl", "acl:relcl", "parataxis", "csubj")
# the relations of a noun's or a verb's prepositional complement ("de X", "avec X", "contre X")
PREPOSITIONAL_DEPS = ("nmod", "obl", "obl:arg", "obl:mod")

CONTRACTED_ARTICLES = {"du", "des", "au", "aux"}
WORD_NUMBERS = {"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
                "plusieurs"}
DEMONSTRATIVES = {"ce", "cet", "cette", "ces"}
POSSESSIVES = {"son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "notre", "nos", "votre", "vos"}
# the marks of a purpose infinitive ("pour prolonger", "afin de prolonger")
PURPOSE_MARKS = {"pour", "afin"}
DEFINITES = either_apostrophe(DEFINITE_ARTICLES)
INDEFINITES = either_apostrophe({"un", "une", "des", "de", "d'", "du"})
# elided words as written with either apostrophe
DE_FORMS = either_apostrophe({"de", "d'"})
QUE_FORMS = either_apostrophe({"que", "qu'"})
# the third-person personal subject pronouns ("il", "elle", "ils", "elles")
THIRD_PERSONS = frozenset({"il", "elle", "ils", "elles"})
NE_FORMS = either_apostrophe({"ne", "n'"})
# the indefinite determiners of a supposed or generic noun ("une intervention", "des frappes")
INDEFINITE_DETS = either_apostrophe({"un", "une", "des", "de", "d'"})
# the relative pronouns that may be a clause's subject ("X, qui a dénoncé")
RELATIVE_PRONOUNS = frozenset({"qui", "lequel", "laquelle", "lesquels", "lesquelles"})
NEGATIVE_DETS = {"aucun", "aucune", "nul", "nulle"}
# the "de" of a complement, contracted or not ("le report des législatives", "un appel du pied")
DE_CASES = DE_FORMS | {"du", "des"}
# the forms of "à", contracted with an article or not ("à", "au", "aux")
A_CASES = frozenset({"à", "au", "aux"})
# the second word of a French negation ("ne ... pas", "n'exige rien", "ne rencontre plus",
# "n'a condamné personne"); "ne ... que" restricts, it does not negate
NEGATORS = {"pas", "jamais", "guère", "point", "aucun", "aucune", "nullement", "rien", "plus",
            "personne"}


def is_negated_word(tok) -> bool:
    """"ne" and a second word of negation among the word's dependents ("n'a pas réussi", "n'est
    pas possible", "n'a jamais pu")."""
    lows = {c.lower_ for c in tok.children}
    return bool(lows & NEGATORS) and bool(lows & NE_FORMS)


def under_negated_word(head, words, noun_deps, path_deps, steps: int = 3) -> bool:
    """Whether the trigger verb, or the verb a trigger noun is a `noun_deps` argument of, hangs
    through at most `steps` relations of `path_deps` on a negated word whose forms meet `words`
    ("n'a pas réussi à coordonner", "n'entend pas défiler"): the walk the negated implicatives
    (reference.py) and the negated intentions (modality.py) share."""
    cur = head
    if not is_verbal(cur):
        if cur.dep_ not in noun_deps or not is_verbal(cur.head):
            return False
        cur = cur.head
    for _ in range(steps):
        if cur.dep_ not in path_deps or cur.head.i == cur.i:
            return False
        gov = cur.head
        if forms(gov) & words and is_negated_word(gov):
            return True
        cur = gov
    return False


def forms(tok) -> frozenset[str]:
    """The lemma and surface forms a lexicon entry may be written in (read from the forms of
    every token of its document, computed once per document)."""
    return forms_of(tok.doc)[tok.i]


@lru_cache(maxsize=65536)
def word_forms(lower: str, lemma: str, verb: bool = False) -> frozenset[str]:
    """The forms of a word; `verb`: a token the tagger took for a verb. Its lemma is also the
    regular infinitive of a present form in -e the lemmatizer left as it is ("Paul reproche",
    "la France réclame", lemmas "reproche", "réclame"; regular_infinitive)."""
    low = straight_apostrophes(lower)
    out = {lemma.lower(), low}
    if low.endswith("s") and len(low) > 3:
        out.add(low[:-1])
    if verb and lemma.lower() == low:
        out.update(regular_infinitive(low))
    return frozenset(out)


def regular_infinitive(low: str) -> tuple[str, ...]:
    """The infinitive of a present form of a regular verb in -er ("reproche" -> "reprocher"),
    or nothing."""
    return (low + "r",) if len(low) > 3 and low.endswith("e") and not low.endswith("ée") else ()


_FORMS_BY_IDS: dict[tuple[int, int, bool], frozenset[str]] = {}


def doc_forms(doc) -> list[frozenset[str]]:
    """forms() of every token of `doc`, by token index, read from spaCy's arrays in one pass
    (no Token objects); cached by (lower, lemma, verb) hash."""
    strings, out = doc.vocab.strings, []
    if len(_FORMS_BY_IDS) > 65_536:                 # a bound on the memory it takes
        _FORMS_BY_IDS.clear()
    lowers, lemmas, pos = doc.to_array([LOWER, LEMMA, POS]).T.tolist()
    for lower, lemma, p in zip(lowers, lemmas, pos):
        key = (lower, lemma, p == VERB)
        found = _FORMS_BY_IDS.get(key)
        if found is None:
            found = _FORMS_BY_IDS[key] = word_forms(strings[lower], strings[lemma], key[2])
        out.append(found)
    return out


ELIDED_SI = {"s'", "s’"}
SI_SUBJECTS = {"il", "ils"}


def is_elided_si(tok) -> bool:
    """"s'" before "il" or "ils" is "si" ("s'il est élu"), whatever the tagger made of it (it
    may take it for the reflexive "se"): no reflexive comes before a subject pronoun."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ in ELIDED_SI and nxt is not None and nxt.lower_ in SI_SUBJECTS


def clitic(tok) -> str:
    """A subject pronoun as written before the verb: "-il" of "a-t-il prévenu" is "il"."""
    return tok.lower_.lstrip("-")


def is_past_participle(tok) -> bool:
    """A past participle by its morphology ("arrêté", "émaillé"), whatever its relation."""
    return "Part" in tok.morph.get("VerbForm") and "Past" in tok.morph.get("Tense")


def is_verbal(tok) -> bool:
    """A verb, or a past participle the tagger took for an adjective ("ont piraté")."""
    if tok.pos_ == "VERB":
        return True
    return tok.pos_ == "ADJ" and any(c.dep_.startswith("aux") for c in tok.children)


def verb_group_start(verb) -> int:
    """The index of the verb's group: the verb, or the first of its auxiliaries before it
    ("a attaqué", "avait été arrêté")."""
    return min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i])


def is_passive(verb) -> bool:
    return any(c.dep_ == "aux:pass" for c in verb.children)


def is_adjectival_passive(verb) -> bool:
    """A passive whose participle the tagger took for an adjective with 'être' as its copula
    ("avoir été empoisonné": ADJ, lemma 'empoisonner', 'été' cop): a participle of a verb, as
    its lemma (an infinitive, not the form itself) tells."""
    return verb.pos_ == "ADJ" and verb.lemma_.endswith(("er", "ir", "re")) and verb.lemma_ != verb.lower_ \
        and any(c.dep_ == "cop" and c.lemma_ == "être" for c in verb.children)


def shares_passive(verb) -> bool:
    """A past participle with no auxiliary and no subject of its own, conjoined to a passive
    verb, whose passive auxiliary it shares ("il a été arrêté, puis condamné"; "avant d'être
    arrêté puis jugé"): the subject it takes from that verb is the one acted on."""
    return verb.dep_ == "conj" and verb.head.i != verb.i and is_passive(verb.head) \
        and "Part" in verb.morph.get("VerbForm") and "Pres" not in verb.morph.get("Tense") \
        and not any(c.dep_.startswith(("aux", "nsubj")) for c in verb.children)


def first_conjunct(tok):
    """The first conjunct of a coordination `tok` is a later member of, when both are of one
    kind, or None. In the parse a later conjunct hangs on the first (relation "conj"), which
    alone carries the relation of the whole coordination to its governor ("réclament des
    emplois et la libération de X": "libération" conj of "emplois", the object of "réclament";
    "appelle X à cesser les violences et à libérer Y"): what governs the first governs every
    member. Of one kind: two nouns, or two verbs of the same form (two infinitives, two
    participles) of which the later has no subject of its own, which would make it a clause of
    its own ("il a demandé une enquête et il a été arrêté"); not a noun the parser hung on a verb."""
    if tok.dep_ != "conj" or tok.head.i == tok.i:
        return None
    lead = tok.head
    if tok.pos_ == "NOUN" and lead.pos_ == "NOUN":
        return lead
    if tok.pos_ == "VERB" and lead.pos_ == "VERB" and tok.morph.get("VerbForm") \
            and tok.morph.get("VerbForm") == lead.morph.get("VerbForm") \
            and not any(c.dep_.startswith(("nsubj", "csubj")) for c in tok.children):
        return lead
    return None


def is_infinitive(verb) -> bool:
    """An infinitive, or a participle whose first auxiliary is one ("avoir ordonné", "être
    arrêté", "avoir été arrêté")."""
    if "Inf" in verb.morph.get("VerbForm"):
        return True
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
    return bool(auxiliaries) and "Inf" in min(auxiliaries, key=lambda a: a.i).morph.get("VerbForm")


# the relations of a subjectless verb that shares its governor's subject (an adverbial, a complement)
CONTROLLED_DEPS = ("advcl", "xcomp")


def speaking_clause(verb):
    """The verb whose subject does what `verb` tells: `verb` itself or, for a present participle,
    a gerund or an infinitive with no subject of its own hung on another verb as an adverbial or
    a complement ("X plaide pour une riposte, rappelant que...", "X est venu dire que..."), that
    verb, whose subject it shares (French subject control). A past participle ("Interrogé par
    Y, X a dit") qualifies the subject and is left alone."""
    while verb.dep_ in CONTROLLED_DEPS and verb.head.i != verb.i and is_verbal(verb.head) \
            and (set(verb.morph.get("VerbForm")) & {"Inf", "Ger"}
                 or ("Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense"))) \
            and not any(c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS for c in verb.children):
        verb = verb.head
    return verb


def governing_verb(tok):
    """The nearest verb at or above `tok` in the parse, or None."""
    cur, seen = tok, 0
    while seen < 12:
        if cur.pos_ in ("VERB", "AUX") and cur.i != tok.i or (cur.i == tok.i and is_verbal(tok)):
            return cur
        if cur.head.i == cur.i:
            return None
        cur, seen = cur.head, seen + 1
    return None


def case_words(tok) -> set[str]:
    """The prepositions of a phrase: its case words and the word right before it ("près" of
    "près de", "abords" of "aux abords de")."""
    out = {straight_apostrophes(c.lower_) for c in tok.children if c.dep_ in ("case", "fixed")}
    out |= {straight_apostrophes(g.lower_) for c in tok.children if c.dep_ == "case"
            for g in c.children if g.dep_ == "fixed"}
    left = tok.left_edge.i
    if left > tok.sent.start:
        out.add(straight_apostrophes(tok.doc[left - 1].lower_))
    return out


def case_of(tok) -> str | None:
    for c in tok.children:
        if c.dep_ == "case":
            return straight_apostrophes(c.lower_)
    return None


def is_attribution(tok) -> bool:
    """The phrase of `tok` names where a report is read ("selon Le Monde", "d'après l'AFP",
    "comme le relaie Le Monde", "comme l'a révélé X"), not a party to what it tells: general
    French usage."""
    cases = [straight_apostrophes(c.lower_) for c in tok.children if c.dep_ == "case"]
    if "selon" in cases or cases[:2] == ["d'", "après"] or "d'après" in cases:
        return True
    first = tok.left_edge.i
    words = [straight_apostrophes(t.lower_) for t in tok.doc[first: first + 2]]
    return words[:1] == ["comme"] and words[1:] in (["le"], ["l'"]) and first < tok.i


def attribution_indices(tok) -> frozenset[int]:
    """The tokens of the phrases of `tok`'s dependents that name where a report is read."""
    return frozenset(i for c in tok.children if is_attribution(c) for i in subtree_indices(c))


class DocParse:
    """The dependency tree of one document read from spaCy's arrays once (no Token objects),
    and the walks over it memoised by token index: clauses and subtrees."""

    def __init__(self, doc):
        offsets = doc.to_array(HEAD).astype("int64")
        dependents = np.flatnonzero(offsets != 0)              # every token but the roots
        heads = dependents + offsets[dependents]
        # the children of token i: by_head[first_child[i]:first_child[i + 1]], in index order
        self.by_head = dependents[np.argsort(heads, kind="stable")].tolist()
        self.first_child = np.concatenate(
            ([0], np.cumsum(np.bincount(heads, minlength=len(doc))))).tolist()
        self.ends_clause = clause_starts(doc).tolist()   # a child that opens a clause of its own
        self._clauses: dict[int, tuple[int, ...]] = {}
        self._subtree_orders: dict[int, tuple[int, ...]] = {}
        self._subtrees: dict[int, frozenset[int]] = {}

    def children(self, i: int) -> list[int]:
        return self.by_head[self.first_child[i]:self.first_child[i + 1]]

    def clause(self, i: int) -> tuple[int, ...]:
        """`i` and its dependents in index order, without the clauses embedded under it."""
        found = self._clauses.get(i)
        if found is None:
            out = [i]
            for c in self.children(i):
                if not self.ends_clause[c]:
                    out.extend(self.clause(c))
            found = self._clauses[i] = tuple(out)
        return found

    def subtree_order(self, i: int) -> tuple[int, ...]:
        """Indices of doc[i].subtree, in its order: the subtrees of the left children, i, the
        subtrees of the right children."""
        found = self._subtree_orders.get(i)
        if found is None:
            below = self.children(i)
            split = bisect_left(below, i)
            out = []
            for c in below[:split]:
                out.extend(self.subtree_order(c))
            out.append(i)
            for c in below[split:]:
                out.extend(self.subtree_order(c))
            found = self._subtree_orders[i] = tuple(out)
        return found

    def subtree(self, i: int) -> frozenset[int]:
        """Indices of doc[i].subtree, as a set."""
        found = self._subtrees.get(i)
        if found is None:
            found = self._subtrees[i] = frozenset(self.subtree_order(i))
        return found


def clause_starts(doc) -> np.ndarray:
    """Per token: its dependency opens a clause (CLAUSE_DEPS, or a verb conjunct)."""
    strings = doc.vocab.strings
    deps, pos = doc.to_array(DEP), doc.to_array(POS)
    opens = (deps == strings["conj"]) & ((pos == VERB) | (pos == AUX))
    for label in CLAUSE_DEPS:
        opens |= deps == strings[label]
    return opens


class TokenOffsets:
    """Character offsets of the tokens of one document, read from spaCy's arrays once: the
    tokens a character range covers, without building a Span."""

    def __init__(self, doc):
        starts, lengths, spaced = doc.to_array([IDX, LENGTH, SPACY]).T
        self.starts: list[int] = starts.tolist()
        self.word_ends: list[int] = (starts + lengths).tolist()
        self.ends: list[int] = (starts + lengths + spaced).tolist()    # with the trailing space

    def token_at(self, char: int) -> int:
        """The token whose text or trailing space holds `char`, else -1."""
        i = bisect_right(self.starts, char) - 1
        return i if i >= 0 and char < self.ends[i] else -1

    def expand(self, start_char: int, end_char: int) -> range | None:
        """Token indices of doc.char_span(start_char, end_char, alignment_mode="expand"),
        None where that is None."""
        first, last = self.token_at(start_char), self.token_at(end_char - 1)
        if first < 0 or last < 0:
            return None
        if start_char == self.word_ends[first]:    # the trailing space is not the token's
            first += 1
        return range(first, last + 1)


def kept_on_the_doc(name: str, build):
    """`build(doc)`, computed once per document and kept in the document's `user_data` (spaCy's
    storage for a user's own data on a Doc) under ("newsledger", name): the modules of one
    extraction ask for it again and again (about 270 times an article), and it goes with the
    document, never into a module-level cache. Read straight from the dict: through a custom
    extension (`doc._.get`) each read built an Underscore object (with the calendar index of
    actors.ner, extraction beyond spaCy 5.4 -> 5.0 ms an article, scripts/extraction_cost.py
    --n 300, three runs each)."""
    key = ("newsledger", name)

    @wraps(build)
    def of(doc):
        found = doc.user_data.get(key)
        if found is None:
            found = doc.user_data[key] = build(doc)
        return found
    return of


parse_of = kept_on_the_doc("newsledger_parse", DocParse)
forms_of = kept_on_the_doc("newsledger_forms", doc_forms)


def clause_indices(tok) -> tuple[int, ...]:
    """Token indices of `tok` and its dependents, without the clauses embedded under it
    (relative, completive, adverbial): a date there belongs to another predicate."""
    return parse_of(tok.doc).clause(tok.i)


def subtree_indices(tok) -> frozenset[int]:
    """Token indices of tok.subtree."""
    return parse_of(tok.doc).subtree(tok.i)


def subtree_order(tok) -> tuple[int, ...]:
    """Token indices of tok.subtree, in its order."""
    return parse_of(tok.doc).subtree_order(tok.i)


ARGUMENT_DEPS = ("nsubj", "nsubj:pass", "obj")


def is_article_case(noun, case) -> bool:
    """"des heurts ont opposé...", "des manifestants": "des" parsed as a preposition before
    a subject or an object is the indefinite article, not "de" + "les"."""
    return case.lower_ == "des" and noun.dep_ in ARGUMENT_DEPS


def has_possessive(noun) -> bool:
    """The noun has a possessive determiner ("sa visite", "ses partisans"), whose owner may be
    the one it names."""
    return any(c.dep_ in ("det", "nmod:poss") and c.lower_ in POSSESSIVES for c in noun.children)


def determiner(head) -> str:
    """demonstrative, possessive, number, negative, definite, indefinite or bare."""
    kinds = set()
    for c in head.children:
        low = c.lower_
        if c.dep_ == "det":
            kinds.add("demonstrative" if low in DEMONSTRATIVES
                      else "possessive" if low in POSSESSIVES
                      else "negative" if low in NEGATIVE_DETS
                      else "definite" if low in DEFINITES
                      else "indefinite" if low in INDEFINITES else "other")
        elif c.dep_ == "nummod" or (c.dep_ == "amod" and c.lower_ in WORD_NUMBERS):
            kinds.add("number")
        elif c.dep_ == "case" and low in CONTRACTED_ARTICLES:
            kinds.add("indefinite" if is_article_case(head, c) else "definite")
        elif c.dep_ == "nmod:poss":
            kinds.add("possessive")
    for kind in ("demonstrative", "possessive", "number", "negative", "definite", "indefinite",
                 "other"):
        if kind in kinds:
            return kind
    return "bare"


def names_only_where(sent, mention_tokens, where, actors=None) -> set[str]:
    """The actors (those of `actors`, or any) named in the segment all of whose mentions there
    satisfy `where(token, mention)`; an actor the segment does not name is not among them."""
    inside: dict[str, bool] = {}
    for t in sent:
        for m in mention_tokens.get(t.i, ()):
            name = m.canonical_name
            if actors is None or name in actors:
                inside[name] = inside.get(name, True) and where(t, m)
    return {n for n, yes in inside.items() if yes}


def only_named_in(sent, indices: set[int], own: frozenset[int], mention_tokens) -> set[str]:
    """The actors whose every mention in the segment lies in `indices` and outside `own`."""
    return names_only_where(sent, mention_tokens, lambda t, m: t.i in indices and t.i not in own)


# the "ce" of the interrogative locution "est-ce que", as the tokenizer splits it ("Est-ce
# qu'ils ont..." -> "Est" "-ce" "qu'", or "est-ce" "que")
INTERROGATIVE_CE = frozenset({"-ce", "est-ce"})


def is_interrogative_que(tok) -> bool:
    """The "que" of the interrogative locution "est-ce que" ("Est-ce qu'ils ont arrêté le
    projet ?"): a conjunction that opens a question, no relative pronoun standing for a noun
    and no object of the verb after it, which the parser may take for one (Grevisse, Le bon
    usage, the interrogative periphrasis "est-ce que"). The hyphenated forms only: "c'est ce
    qu'ils ont arrêté" is a relative."""
    return tok.lower_ in QUE_FORMS and tok.i > 0 and tok.doc[tok.i - 1].lower_ in INTERROGATIVE_CE


def word_after_question(verb):
    """The noun, name or pronoun right after the verb of an "est-ce que" question, past its
    determiners, adjectives and adverbs ("Est-ce qu'ils ont arrêté le militant ?": the
    militant): its object, which the parser hangs elsewhere when it takes the "que" for one;
    None when a preposition, a punctuation mark or another verb comes first."""
    for t in verb.doc[verb.i + 1: verb.sent.end]:
        if t.pos_ in ("DET", "ADJ", "ADV", "NUM"):
            continue
        return t if t.pos_ in ("NOUN", "PROPN", "PRON") else None
    return None


def named_in_apposition(noun, mention_tokens) -> bool:
    """"le banquier français Philippe Delpal": a description with the person's name beside it."""
    return any(c.dep_ in ("appos", "flat", "flat:name") and any(
        m.actor_type == "person" for m in mention_tokens.get(c.i, ())) for c in noun.children)
