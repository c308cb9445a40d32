"""The actors' spaCy pipeline components, their patterns generated from the data files:

- `newsledger_actor_gazetteer`: a SpanRuler whose phrase patterns are every surface of the
  gazetteer (countries, their variants, capitals and demonyms, known organizations), matched
  on ORTH; writes doc.spans["actor_gazetteer"] (label "kind:form", id the country code or
  the organization's canonical name), overlaps resolved longest first; a medium's title
  after a contracted article ("au Figaro", "du Monde") is matched with it and kept without it
  (title_words);
- `newsledger_actor_bodies`: government bodies, a head word (data/lexicon.tsv,
  government_body) with a nationality adjective or a capitalised complement ("marine
  russe", "ministère sud-coréen de la Défense", "police de Seattle"); writes
  doc.spans["actor_government"];
- `newsledger_actor_titles`: a person named after a title ("le ministre japonais des
  Affaires étrangères Kamikawa") or after any noun and a nationality adjective ("le Premier
  pakistanais Imran Khan", "l'opposant russe X"); writes the names to
  doc.spans["actor_titled"] and, span for span, their titles to doc.spans["actor_title_roles"].

The last two find their anchors (titles, head words; the ruler's demonyms) with a
PhraseMatcher on LOWER, then run a Matcher on the few tokens after each (Continuations):
a Matcher over the whole text costs a test per pattern at every token.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.pipeline import SpanRuler
from spacy.tokens import Span
from spacy.util import filter_spans

from newsledger.extract.actors.gazetteer import Gazetteer, gazetteer, lexicon
from newsledger.extract.actors.ner import common_word
from newsledger.extract.words import DEFINITE_ARTICLES, either_apostrophe

GAZETTEER_SPANS = "actor_gazetteer"
TITLED_SPANS = "actor_titled"
TITLE_ROLE_SPANS = "actor_title_roles"
GOVERNMENT_SPANS = "actor_government"
GAZETTEER_PIPE = "newsledger_actor_gazetteer"
TITLES_PIPE = "newsledger_actor_titles"
BODIES_PIPE = "newsledger_actor_bodies"
PIPES = (GAZETTEER_PIPE, BODIES_PIPE, TITLES_PIPE)


CONTRACTED = "organization:contracted"


def gazetteer_patterns(g: Gazetteer) -> list[dict]:
    """One phrase pattern per surface of the gazetteer, with either apostrophe, and one per
    contracted form of a medium's title (label CONTRACTED)."""
    out = []
    for surface, entry in list(g.entries.items()) + list(g.contracted.items()):
        for s in either_apostrophe([surface]):
            out.append({"label": f"{entry.kind}:{entry.form}", "pattern": s, "id": entry.key})
    return out


def title_words(span):
    """A medium's title matched with the contracted article before it ("au Figaro", "du
    Monde") stands for its title without the article: the mention is "Figaro", the actor "Le
    Figaro". None when the article links the words of another name that the NER found
    ("la Coupe du Monde"): an entity other than a person's begins before the article and
    covers it."""
    if span.label_ != CONTRACTED:
        return span
    if any(ent.start < span.start < ent.end and ent.label_ != "PER" for ent in span.doc.ents):
        return None
    return Span(span.doc, span.start + 1, span.end, label="organization:org", span_id=span.id)


def longest_spans(existing, matches):
    """The SpanRuler's filter (called with the spans already there, then its matches)."""
    return filter_spans([s for s in map(title_words, list(existing) + list(matches)) if s is not None])


@Language.factory(GAZETTEER_PIPE)
def make_gazetteer_ruler(nlp: Language, name: str) -> SpanRuler:
    ruler = SpanRuler(nlp, name, spans_key=GAZETTEER_SPANS, phrase_matcher_attr="ORTH",
                      spans_filter=longest_spans, overwrite=True)
    with nlp.select_pipes(enable=[]):          # the patterns need the tokenizer only
        ruler.add_patterns(gazetteer_patterns(gazetteer()))
    return ruler


# ---------------------------------------------------------------- titles

ARTICLES = frozenset(either_apostrophe(a for a in DEFINITE_ARTICLES if a != "les"))
CAPITALISED = {"TEXT": {"REGEX": r"^[A-ZÉÈ][\w-]*$"}}    # tried on a few tokens only (Continuations)
# a name: one to three capitalised words, the last one also joined to an Arabic particle
# ("Tawfik al-Rabiah", which the tokenizer splits at the hyphen)
NAME_PARTICLES = ["al", "el", "ben", "bin", "ibn", "abu", "ould", "ag"]
NAMES = [[dict(CAPITALISED, OP="{1,3}")],
         [dict(CAPITALISED, OP="{1,2}"), {"LOWER": {"IN": NAME_PARTICLES}}, {"ORTH": "-"}, CAPITALISED]]
LINKS = sorted(either_apostrophe(["de", "des", "du", "d'"]))
CONNECTORS = frozenset(either_apostrophe(["et", "de", "des", "du", "la", "l'", "d'"]))
PORTFOLIO_ADJECTIVES = ["étrangères", "intérieures"]       # "des Affaires étrangères"


def complement(optional: bool) -> list[dict]:
    """"de la Défense", "des Affaires étrangères", "du Commerce": a link, an article, a
    capitalised word, a portfolio adjective."""
    op = {"OP": "?"} if optional else {}
    return [{"LOWER": {"IN": LINKS}, **op}, {"LOWER": {"IN": sorted(either_apostrophe(["la", "l'"]))}, "OP": "?"},
            {**CAPITALISED, **op}, {"LOWER": {"IN": PORTFOLIO_ADJECTIVES}, "OP": "?"}]


class Continuations:
    """A Matcher tried right after anchors (a title, a head word, a demonym) found by a
    PhraseMatcher or given: the Matcher runs on a few tokens, not on the whole text. Yields
    (anchor start, anchor end, end of the longest continuation, its alignment)."""

    WINDOW = 10

    def __init__(self, nlp: Language, anchors, patterns: list[list[dict]]):
        self.anchors = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.anchors.add("anchor", [nlp.make_doc(a) for a in sorted(either_apostrophe(anchors))])
        self.matcher = Matcher(nlp.vocab)
        self.matcher.add("continuation", patterns, greedy="LONGEST")

    def __call__(self, doc, anchors=None):
        if anchors is None:
            anchors = [(s, e) for _, s, e in self.anchors(doc)]
        for a_start, a_end in anchors:
            window = doc[a_end:min(len(doc), a_end + self.WINDOW)]
            found = [(e, align) for _, s, e, align in self.matcher(window, with_alignments=True) if s == 0]
            if found:
                end, align = max(found, key=lambda f: f[0])
                yield a_start, a_end, a_end + end, align


def name_start(a_end: int, align: list[int], name_at: int) -> int:
    """Where the name begins in a continuation [demonym?, complement?, name]: at the first
    token aligned with the name's elements (from `name_at` on); a link or article without
    its capitalised word gives the name's first word to the complement ("du Commerce Gina
    Raimondo")."""
    first = next(p for p, element in enumerate(align) if element >= name_at)
    if first and align[first - 1] in (name_at - 4, name_at - 3):
        first += 1
    return a_end + first


class TitledPersons:
    """A title (data/titles.txt), or any noun before a demonym of the gazetteer, after an
    article; then a nationality adjective, a complement and a name of one to three
    capitalised words."""

    def __init__(self, nlp: Language, g: Gazetteer):
        demonym = {"LOWER": {"IN": sorted(g.demonyms)}, "OP": "?"}
        self.after_title = Continuations(nlp, g.titles, [[demonym, *complement(optional=True), *n] for n in NAMES])
        self.after_demonym = Continuations(nlp, [], [[*complement(optional=True), *n] for n in NAMES])

    def matches(self, doc):
        """(start, anchor end, end, alignment, index of the name's first element)"""
        for match in self.after_title(doc):
            yield *match, 5
        nouns = [(s.start - 1, s.end) for s in actor_spans(doc, GAZETTEER_SPANS)
                 if s.label_ == "country:demonym" and s.start >= 2 and doc[s.start - 1].is_alpha
                 and doc[s.start - 1].pos_ in ("NOUN", "PROPN", "ADJ")]
        for match in self.after_demonym(doc, nouns):
            yield *match, 4

    def __call__(self, doc):
        found: dict[tuple[int, int], int] = {}       # name -> start of its role (a title first)
        # a name never begins inside a place the model found ("le maire de New York"), nor
        # inside an organization it found when the name would be words of French only ("le
        # chef du Nouveau Parti Démocratique": the party's name, no person's)
        inside = {i for ent in doc.ents if ent.label_ == "LOC" for i in range(ent.start + 1, ent.end)}
        inside_org = {i for ent in doc.ents if ent.label_ == "ORG" for i in range(ent.start + 1, ent.end)}
        for start, a_end, end, align, name_at in self.matches(doc):
            first_name = name_start(a_end, align, name_at)
            if start and doc[start - 1].lower_ in ARTICLES and first_name < end \
                    and first_name not in inside \
                    and not (first_name in inside_org and all(common_word(t.lower_) for t in doc[first_name:end])):
                found.setdefault((first_name, end), start)
        names = sorted(found)
        doc.spans[TITLED_SPANS] = [doc[s:e] for s, e in names]
        doc.spans[TITLE_ROLE_SPANS] = [doc[found[(s, e)]:s] for s, e in names]
        return doc


@Language.factory(TITLES_PIPE)
def make_titled_persons(nlp: Language, name: str) -> TitledPersons:
    return TitledPersons(nlp, gazetteer())


# ---------------------------------------------------------------- government bodies

class GovernmentBodies:
    """A head word (data/lexicon.tsv, government_body), then a nationality adjective, or a
    complement of capitalised words ("de la Défense", "des Affaires étrangères", "de la
    Justice et de la Sécurité") with a nationality adjective before or after it."""

    def __init__(self, nlp: Language, g: Gazetteer):
        demonym = {"LOWER": {"IN": sorted(g.demonyms)}}
        maybe = dict(demonym, OP="?")
        adjective = {"POS": "ADJ", "IS_LOWER": True, "OP": "?"}     # "tribunal administratif de Nice"
        further = [{"LOWER": {"IN": sorted(CONNECTORS)}, "OP": "{1,3}"}, CAPITALISED]
        self.after_head = Continuations(nlp, lexicon()["government_body"], [
            [demonym], [adjective, maybe, *complement(optional=False), dict(CAPITALISED, OP="{0,2}"), maybe],
            [adjective, maybe, *complement(optional=False), *further, maybe]])

    def __call__(self, doc):
        """The gazetteer's names complete a match they start in ("police de Hong Kong")."""
        ends = {s.start: s.end for s in actor_spans(doc, GAZETTEER_SPANS)}
        spans = []
        for start, _, end, _ in self.after_head(doc):
            end = max([end] + [ends[i] for i in range(start + 1, end) if i in ends])
            spans.append(doc[start:before_person(doc, start, end)])
        doc.spans[GOVERNMENT_SPANS] = filter_spans(spans)
        return doc


def before_person(doc, start: int, end: int) -> int:
    """Where a body's name ends when a person's name starts inside its capitalised complement
    ("le candidat à la mairie de Paris Rachida Dati": the body is "mairie de Paris", then
    comes the person): the apposed name of its holder or candidate, not a word of the place.
    The name starts where the NER starts a person, or where the parser hangs a word on a
    title before the body (`appos`: "le chef de la police de Houston Art Acevedo", a name
    the NER may read as the body's). A person's name can only follow a capitalised word of
    the complement."""
    for i in range(start + 2, end):
        tok = doc[i]
        if doc[i - 1].text[:1].isupper() and (tok.ent_iob_ == "B" and tok.ent_type_ == "PER"
                                               or tok.dep_ == "appos" and tok.head.i < start):
            return i
    return end


@Language.factory(BODIES_PIPE)
def make_government_bodies(nlp: Language, name: str) -> GovernmentBodies:
    return GovernmentBodies(nlp, gazetteer())


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
