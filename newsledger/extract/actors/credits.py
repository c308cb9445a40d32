"""The article's own news agency: an actor of the article that reports and takes part in no event.

A news agency (data/news_agencies.tsv) is the article's reporter when one of its mentions
has the form of a credit, read on the parse (data/lexicon.tsv, credit_*): the addressee of
the article's speakers ("a déclaré à l'AFP", "confie auprès de l'AFP", "un entretien avec
l'AFP", "décrypte pour l'AFP"), the owner of its reporters and counts ("un journaliste de l'AFP", "un décompte de
l'AFP"), the subject or agent of a verb of news gathering ("l'AFP a constaté", "un bilan
établi par l'AFP", "consulté par l'AFP"). Such an agency stays an actor of the article, as
the guidelines' gold lists it (every training article that names AFP lists it), but all its
mentions are marked as the reporter's: they take part in no event and say nothing of the
state the article is about. An agency cited as the source of news ("selon l'agence Kyodo", "a rapporté
Yonhap", "cité par l'agence DPA") is an actor like any other medium. Datelines and closing
credits ("PARIS (AFP) -", "(avec AFP)") are page furniture (filters.py).
"""
from __future__ import annotations

from functools import lru_cache

from newsledger.extract.actors.candidates import Cand
from newsledger.extract.actors.gazetteer import Gazetteer, lexicon

# "l'agence (de presse) X", "l'agence officielle X": X hangs on the descriptor in the parse.
DESCRIPTOR_DEPS = frozenset({"appos", "nmod", "flat:name", "flat", "compound", "fixed"})


@lru_cache(maxsize=1)
def credit_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    lex = lexicon()
    return frozenset(lex["credit_verb"]), frozenset(lex["reporter_noun"]), frozenset(lex["credit_case"])


def agency_token(doc, c: Cand):
    """The token standing for the agency in the parse: the span's root, or the descriptor
    noun it is attached to ("l'agence Reuters")."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    if tok.dep_ in DESCRIPTOR_DEPS and tok.head.i < tok.i and tok.head.lemma_.lower() == "agence":
        tok = tok.head
    return tok


def is_credit(doc, c: Cand) -> bool:
    """The mention has the form of a credit of the article's reporter (module docstring)."""
    tok = agency_token(doc, c)
    if tok is None or tok.head.i == tok.i:
        return False
    verbs, nouns, cases = credit_words()
    case = {ch.lower_ for ch in tok.children if ch.dep_ == "case"}
    head = tok.head.lemma_.lower()
    if head in cases or case & cases:           # "auprès de l'AFP" (the parser heads it on "auprès")
        return True
    if "par" in case:                           # the agent, on the verb or a word of its phrase
        return head in verbs or head in nouns or tok.head.head.lemma_.lower() in verbs
    if case:
        return bool(case & {"de", "du", "d'", "d’"}) and head in nouns
    # "l'AFP a constaté", "a appris l'AFP" (an inverted subject is parsed as the object)
    return tok.dep_.split(":")[0] in ("nsubj", "obj") and head in verbs


def mark_credited_agencies(doc, cands: list[Cand], g: Gazetteer) -> None:
    """Every mention of an agency that one of its mentions credits as the reporter is marked
    `reporter`."""
    agencies = [c for c in cands if c.kind == "organization" and c.key in g.agencies]
    credited = {c.key for c in agencies if is_credit(doc, c)}
    for c in agencies:
        c.reporter = c.key in credited
