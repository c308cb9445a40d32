"""The actors' spaCy pipeline components, their patterns generated from the data files:

- `newsledger_actor_gazetteer`: a SpanRuler whose phrase patterns are every surface of the
  gazetteer (countries, their variants, capitals and demonyms, known organizations), matched
  on ORTH; writes doc.spans["actor_gazetteer"] (label "kind:form", id the country code or
  the organization's canonical name), overlaps resolved longest first;
- `newsledger_actor_titles`: a Matcher for a person named after a title
  ("le ministre japonais des Affaires étrangères Kamikawa") or after any noun and a
  nationality adjective ("le Premier pakistanais Imran Khan", "l'opposant russe X"); writes
  the names to doc.spans["actor_titled"] and, span for span, the titles to
  doc.spans["actor_title_roles"].
"""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import SpanRuler
from spacy.util import filter_spans

from newsledger.extract.actors.gazetteer import Gazetteer, gazetteer
from newsledger.extract.words import DEFINITE_ARTICLES, either_apostrophe

GAZETTEER_SPANS = "actor_gazetteer"
TITLED_SPANS = "actor_titled"
TITLE_ROLE_SPANS = "actor_title_roles"
GAZETTEER_PIPE = "newsledger_actor_gazetteer"
TITLES_PIPE = "newsledger_actor_titles"
PIPES = (GAZETTEER_PIPE, TITLES_PIPE)


def gazetteer_patterns(g: Gazetteer) -> list[dict]:
    """One phrase pattern per surface of the gazetteer, with either apostrophe."""
    out = []
    for surface, entry in g.entries.items():
        for s in either_apostrophe([surface]):
            out.append({"label": f"{entry.kind}:{entry.form}", "pattern": s, "id": entry.key})
    return out


def longest_spans(new, existing):
    return filter_spans(list(existing) + list(new))


@Language.factory(GAZETTEER_PIPE)
def make_gazetteer_ruler(nlp: Language, name: str) -> SpanRuler:
    ruler = SpanRuler(nlp, name, spans_key=GAZETTEER_SPANS, phrase_matcher_attr="ORTH",
                      spans_filter=longest_spans, overwrite=True)
    with nlp.select_pipes(enable=[]):          # the patterns need the tokenizer only
        ruler.add_patterns(gazetteer_patterns(gazetteer()))
    return ruler


# ---------------------------------------------------------------- titles

ARTICLES = sorted(either_apostrophe(a for a in DEFINITE_ARTICLES if a != "les"))
NAME = {"TEXT": {"REGEX": r"^[A-ZÉ][\w-]+$"}}
CAPITALISED = {"TEXT": {"REGEX": r"^[A-ZÉ][\w-]*$"}}
PORTFOLIO_ADJECTIVES = ["étrangères"]       # "des Affaires étrangères"


def complements() -> list[list[dict]]:
    """Nothing, or "de / du / des / d' X", "de la / de l' X" (X capitalised), "des Affaires étrangères"."""
    one = {"LOWER": {"IN": sorted(either_apostrophe(["de", "du", "des", "d'"]))}}
    de, la = {"LOWER": "de"}, {"LOWER": {"IN": sorted(either_apostrophe(["la", "l'"]))}}
    adjective = {"LOWER": {"IN": PORTFOLIO_ADJECTIVES}}
    return [[], [one, CAPITALISED], [de, la, CAPITALISED], [one, CAPITALISED, adjective],
            [de, la, CAPITALISED, adjective]]


def title_token_patterns(nlp: Language, titles: list[str]) -> list[list[dict]]:
    """The titles grouped by their number of tokens, each position a set of lower-case words."""
    by_length: dict[int, list[list[str]]] = {}
    for t in titles:
        for s in either_apostrophe([t]):
            words = [tok.lower_ for tok in nlp.make_doc(s)]
            by_length.setdefault(len(words), []).append(words)
    return [[{"LOWER": {"IN": sorted({w[i] for w in group})}} for i in range(n)]
            for n, group in sorted(by_length.items())]


def titled_person_patterns(nlp: Language, g: Gazetteer) -> list[list[dict]]:
    article = {"LOWER": {"IN": ARTICLES}}
    demonym = {"LOWER": {"IN": sorted(g.demonyms)}}
    name = dict(NAME, OP="{1,3}")
    out = []
    for title in title_token_patterns(nlp, g.titles):
        for dem in ([], [demonym]):
            for comp in complements():
                out.append([article, *title, *dem, *comp, name])
    # any noun with a nationality adjective: "le Premier pakistanais", "l'opposant russe"
    noun = {"IS_ALPHA": True, "POS": {"IN": ["NOUN", "PROPN", "ADJ"]}}
    for comp in complements():
        out.append([article, noun, demonym, *comp, name])
    return out


class TitledPersons:
    """A Matcher over the title patterns; the longest match wins, the name is the tokens
    aligned with its last element."""

    def __init__(self, nlp: Language, g: Gazetteer):
        self.matcher = Matcher(nlp.vocab)
        self.matcher.add("titled_person", titled_person_patterns(nlp, g), greedy="LONGEST")

    def __call__(self, doc):
        names, roles = [], []
        for _, start, end, align in self.matcher(doc, with_alignments=True):
            last = max(align)
            first_name = start + align.index(last)
            names.append(doc[first_name:end])
            roles.append(doc[start + 1:first_name])
        doc.spans[TITLED_SPANS] = names
        doc.spans[TITLE_ROLE_SPANS] = roles
        return doc


@Language.factory(TITLES_PIPE)
def make_titled_persons(nlp: Language, name: str) -> TitledPersons:
    return TitledPersons(nlp, gazetteer())


def add_actor_pipes(nlp: Language) -> Language:
    """Add the actors' components at the end of `nlp` (they read POS, nothing reads them)."""
    for name in PIPES:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True)
    return nlp


def actor_spans(doc, key: str):
    """doc.spans[key], which the actors' components write (load_pipeline adds them)."""
    if key not in doc.spans:
        raise ValueError(f"doc.spans[{key!r}] is missing: parse with a pipeline made by "
                         f"newsledger.extract.nlp.load_pipeline (it adds {', '.join(PIPES)})")
    return doc.spans[key]
