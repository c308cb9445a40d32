"""The date and place of a trigger: the time expression and place of its own clause (or
of the verb a trigger noun is an argument of), else the nearest place of the sentence."""
from __future__ import annotations

from bisect import bisect_left

from newsledger.extract.dates import find_time_expressions
from newsledger.extract.events.syntax import DE_CASES, DE_FORMS, clause_indices, governing_verb, is_verbal
from newsledger.extract.words import TIME_NOUNS, UNTIL_PREPOSITIONS, straight_apostrophes


PLACE_PREPOSITIONS = {"à", "au", "aux", "en", "dans", "près"}


def is_future(tok) -> bool:
    verb = governing_verb(tok)
    if verb is None:
        return False
    if "Fut" in verb.morph.get("Tense"):
        return True
    for c in verb.children:
        if c.dep_.startswith("aux") and "Fut" in c.morph.get("Tense"):
            return True
    return verb.head.lemma_ == "aller" and verb.dep_ == "xcomp"


def date_scope(head, other_heads=()) -> set[int]:
    """Tokens whose time expression dates the trigger: its own clause; for a noun that is
    an argument of a verb that is no trigger ("ont mené des exercices cette semaine", "a
    effectué une série de tests le mois dernier"), the verb's clause too."""
    return date_scope_and_anchors(head, other_heads)[0]


def date_scope_and_anchors(head, other_heads=()) -> tuple[set[int], set[int]]:
    """date_scope(), and the anchors of the trigger in it: the trigger, the predicates whose
    clause date_scope adds (a coordinated verb, the verb a trigger noun is an argument of, the
    preposition of "lors de sa visite") and the words between, and the participles that
    describe a trigger noun ("l'accord signé en 2018"). A time expression that modifies one of
    them is the trigger's own date."""
    own = set(clause_indices(head))
    anchors = {head.i}
    anchors.update(describing_participles(head))
    if is_verbal(head):
        if head.dep_ == "conj" and is_verbal(head.head):    # "a rompu en juillet et reconnu"
            own.update(clause_indices(head.head))
            anchors.add(head.head.i)
        return own, anchors
    if head.head.pos_ in ("ADV", "ADP") and head.head.i != head.i:    # "lors de sa visite ..."
        own.update(clause_indices(head.head))
        anchors.add(head.head.i)
    top = head
    chain = [head]
    while top.dep_ in ("nmod", "conj") and top.head.pos_ == "NOUN" and top.head.i != top.i:
        top = top.head
        chain.append(top)
    verb = top.head
    if top is not verb and is_verbal(verb) and top.dep_ in (
            "obj", "nsubj", "nsubj:pass", "obl:arg", "obl", "obl:mod") and not any(
            verb.i == h.i for h in other_heads):
        own.update(clause_indices(verb))
        anchors.update(t.i for t in chain)
        anchors.add(verb.i)
    return own, anchors


def occasion(noun) -> bool:
    """A noun named as the occasion of the trigger ("lors du sommet de cette année", "pendant
    la campagne de 2017"): its date is the trigger's too."""
    return (noun.head.lower_ == "lors" or any(
        c.dep_ == "case" and c.lower_ in ("pendant", "durant") for c in noun.children))


def _agrees(a, b) -> bool:
    """Both words carry the same gender and number."""
    return all((a.morph.get(f) or ["?"]) == (b.morph.get(f) or ["!"]) for f in ("Gender", "Number"))


def describing_participles(head) -> list[int]:
    """Participles that tell when the trigger happened although they are verbs of their own:
    for a trigger noun, one that modifies it or a complement of it ("le sommet du G7 prévu en
    juin", "la libération de l'otage, sorti de prison mercredi") or one of its clause that
    agrees with it (the parse may hang "leur offensive sur la ville lancée en avril" on the
    city); for a verb, one that describes its "dans" medium ("dans un communiqué publié
    mardi, X a dénoncé")."""
    out = []
    if head.pos_ == "NOUN":
        for c in head.children:
            if c.dep_ == "acl":
                out.append(c.i)
            elif c.dep_ == "nmod":
                out.extend(g.i for g in c.children if g.dep_ == "acl")
        for i in clause_indices(head.head if head.head.i != head.i else head):
            t = head.doc[i]
            if t.dep_ in ("acl", "xcomp") and "Part" in t.morph.get("VerbForm") and _agrees(t, head):
                out.append(i)
    elif is_verbal(head):
        for c in head.children:
            if c.dep_.startswith("obl") and any(k.dep_ == "case" and k.lower_ == "dans" for k in c.children):
                out.extend(g.i for g in c.children if g.dep_ == "acl")
    return out


def time_attachment(span, anchors: set[int]) -> str:
    """How a time expression (a span) attaches to the trigger, from the parse: 'own' when it
    modifies an anchor (date_scope_and_anchors) directly ("a signé mardi", "le sommet du 12
    juin"); 'other' when it belongs to another word on the way: another verb or participle
    ("le président, élu en 2017, a signé"; "un référendum lui permettant de rester au pouvoir
    jusqu'en 2036") or, as a "de" complement, another noun ("a dénoncé l'accord de 2015");
    'near' otherwise (a parse that hangs it elsewhere in the clause)."""
    inside = {t.i for t in span}
    root = next((t for t in span if t.head.i not in inside or t.head.i == t.i), span.root)
    if root.head.i in anchors:
        return "own"
    cur, steps = root, 0
    while cur.head.i != cur.i and cur.head.i not in anchors and steps < 12:
        up = cur.head
        if is_verbal(up) or up.pos_ == "AUX":
            return "other"
        if cur is root and up.pos_ in ("NOUN", "PROPN") and up.lower_ not in TIME_NOUNS and not (
                occasion(up)) and any(
                c.dep_ == "case" and c.lower_ in DE_CASES for c in root.children):
            return "other"
        cur, steps = up, steps + 1
    return "near"


class DocEnts:
    """The entities of one document, read once (spaCy rebuilds doc.ents on every read), with
    their first tokens in order, so that a span's entities are found by bisection."""

    def __init__(self, doc):
        self.ents = tuple(doc.ents)
        self.starts = [e.start for e in self.ents]

    def within(self, span) -> list:
        """`span.ents`: the entities inside the span."""
        ents = self.ents[bisect_left(self.starts, span.start):bisect_left(self.starts, span.end)]
        return [e for e in ents if e.end <= span.end]


def is_end_bound(span) -> bool:
    """A time expression after "jusque" ("rester au pouvoir jusqu'en 2036", "jusqu'au 5
    juin") is the end of a stretch of time, not the day something happens."""
    i = span.start - 1
    while i >= 0 and span.start - i <= 3:           # "jusqu'" + "au" + "5 juin"
        word = straight_apostrophes(span.doc[i].lower_)
        if word in UNTIL_PREPOSITIONS:
            return True
        if span.doc[i].pos_ not in ("ADP", "DET"):
            return False
        i -= 1
    return False


def sentence_ents(sent, doc_ents: DocEnts | None = None) -> list:
    """`sent.ents` (the entities inside the span), from the doc's entities read once."""
    if doc_ents is None:
        return list(sent.ents)
    return doc_ents.within(sent)


def own_time_expression(sent, head, other_heads=(), times=None,
                        scope=None, anchors=None) -> tuple[str, int] | None:
    """The time expression of the trigger's own clause, or None: the nearest one that modifies
    the trigger or its governing verb (time_attachment 'own'), else the nearest that belongs to
    no other word of the clause ('near'); one that another verb, participle or noun governs is
    never the trigger's ('other'), nor is an end bound (is_end_bound). `times`:
    find_time_expressions(sent.text), `scope` and `anchors`: date_scope_and_anchors(head,
    other_heads), when the caller has them."""
    if times is None:
        times = find_time_expressions(sent.text)
    if not times:
        return None
    if scope is None or anchors is None:
        scope, anchors = date_scope_and_anchors(head, other_heads)
    doc, best = sent.doc, None
    for start, end, text in times:
        span = doc.char_span(sent.start_char + start, sent.start_char + end,
                             alignment_mode="expand")
        if span is None or not any(t.i in scope for t in span) or is_end_bound(span):
            continue
        how = time_attachment(span, anchors)
        if how == "other":
            continue
        key = (how != "own", min(abs(t.i - head.i) for t in span))
        if best is None or key < best[0]:
            best = (key, text, start)
    return (best[1], best[2]) if best else None


def place_ents(ents) -> list:
    """The places among entities (not the first token of the document)."""
    return [e for e in ents if e.label_ == "LOC" and e.start != 0]


def own_place(sent, head, mention_tokens, other_heads=(), ents=None, scope=None) -> str | None:
    """A place in the trigger's own clause ("se sont réunis à Genève", "le sommet de
    Genève"), not an actor. `ents`: sent.ents, `scope`: date_scope(head, other_heads), when
    the caller has them."""
    places = place_ents(sent.ents if ents is None else ents)
    if not places:
        return None
    if scope is None:
        scope = date_scope(head, other_heads)
    for ent in places:
        if ent.start not in scope or any(t.i in mention_tokens for t in ent):
            continue
        prev = ent.doc[ent.start - 1].lower_
        if prev in PLACE_PREPOSITIONS or (prev in DE_FORMS and head.pos_ == "NOUN"
                                          and ent.root.head.i == head.i):
            return ent.text.strip()      # the model's entity may end on a line break
    return None


def nearest_place(sent, head, ents=None) -> str | None:
    places = []
    for ent in (sent.ents if ents is None else ents):
        if ent.label_ != "LOC" or ent.start == 0:
            continue
        prev = ent.doc[ent.start - 1].lower_
        if prev in PLACE_PREPOSITIONS or (prev == "de" and ent.start > 1
                                          and ent.doc[ent.start - 2].lower_ == "près"):
            places.append(ent)
    if not places:
        return None
    return min(places, key=lambda e: abs(e.start - head.i)).text.strip()
