"""Past participles parted from their auxiliary by an adverbial phrase, mended in the parse.

French puts adverbial phrases between the auxiliary and the participle of a compound tense:
"X a de manière répétée condamné les émeutes", "X a une nouvelle fois appelé Y à ...", "X a,
dans un communiqué, condamné le tir". fr_core_news_md then reads the finite "a" as the main
verb 'avoir' (to have) and hangs the participle on the adverbial noun as a noun modifier
('acl'), at times tagged as a noun itself ("condamné" NOUN, lemma "condamné"): the trigger
is not found, or is found without its subject. This module gives such a clause the parse of
its plain form ("X a condamné ..."): the participle heads the clause, 'avoir' is its tense
auxiliary, and the subject and the adverbial phrase hang on the participle. A subject the
parser hung on an auxiliary is hung on its verb.

The parse is mended only when it cannot be the verb 'avoir' of possession ("il a une lettre
signée par X"): the auxiliary is a finite 'avoir' heading its clause; the phrase between it and
the participle is one adverbial phrase (its noun opened by a preposition: "de manière", "à
plusieurs reprises", "dans un communiqué"), or a noun phrase after which the participle takes a
direct object, which no participle qualifying a possessed noun does ("une nouvelle fois appelé
la Russie"; a subject after the participle is that object misread); the participle has no
auxiliary of its own and is the last word of the phrase's noun modifiers. A participle tagged as
a noun must take a direct object and have no determiner, and its infinitive (regular -é(e)(s) ->
-er, -i(e)(s) -> -ir) must be a verb the lemmatizer knows.
Runs as the pipeline component `newsledger_event_participles`, before the event triggers."""
from __future__ import annotations

from spacy.language import Language

from newsledger.extract.events.syntax import is_past_participle

MENDABLE_HEAD_DEPS = ("obj", "obl", "obl:mod", "obl:arg", "nmod", "advmod")
TENSE_AUXILIARIES = frozenset({"avoir", "être"})    # the auxiliaries of French compound tenses


def is_finite_avoir(tok) -> bool:
    return tok.lemma_ == "avoir" and tok.pos_ in ("VERB", "AUX") \
        and "Fin" in tok.morph.get("VerbForm") and not tok.dep_.startswith("aux")


def has_case(tok) -> bool:
    return any(c.dep_ == "case" and c.i < tok.i for c in tok.children)


def has_object(tok) -> bool:
    """A direct object that is no time expression ("signée la veille"), or a subject written
    after the participle, which a participle qualifying a noun cannot have: its object the
    parser took for a subject ("une nouvelle fois appelé X à ...")."""
    return any((c.dep_ == "obj" and c.ent_type_ not in ("DATE", "TIME"))
               or (c.dep_ == "nsubj" and c.i > tok.i) for c in tok.children)


def participle_infinitive(tok, verbs) -> str | None:
    """The infinitive of a past participle: its lemma when tagged a verb participle, else the
    regular infinitive of its form when `verbs` (the lemmatizer's verb lemmas) knows it."""
    if tok.pos_ == "VERB":
        if is_past_participle(tok):
            return tok.lemma_
        return None
    if tok.pos_ not in ("NOUN", "ADJ") or not has_object(tok) \
            or any(c.dep_ == "det" for c in tok.children):
        return None
    low = tok.lower_
    for ending in ("s", "e"):
        if low.endswith(ending) and len(low) > 4:
            low = low[:-1]
    infinitive = low[:-1] + "er" if low.endswith("é") else low + "r" if low.endswith("i") else None
    return infinitive if infinitive and infinitive in verbs else None


def displaced_participle(aux, verbs):
    """(participle, adverbial noun, infinitive) of a finite 'avoir' whose participle the
    parser hung on an adverbial phrase after it, or None."""
    if not is_finite_avoir(aux) or any(c.dep_.startswith("aux") for c in aux.children):
        return None
    doc = aux.doc
    for noun in aux.children:
        if noun.i < aux.i or noun.dep_ not in MENDABLE_HEAD_DEPS:
            continue
        subtree = {t.i for t in noun.subtree}
        modifiers = [t for t in noun.subtree if t.dep_ == "acl" and t.i > noun.i]
        if not modifiers:
            continue
        part = modifiers[-1]
        if any(c.dep_.startswith("aux") for c in part.children):
            continue
        if any(t.pos_ in ("VERB", "AUX") for t in part.ancestors if aux.is_ancestor(t)):
            continue                              # another clause's 'avoir' is nearer to it
        own = {t.i for t in part.subtree}
        between = range(aux.i + 1, part.i)
        if any(i not in subtree - own and doc[i].pos_ != "PUNCT" for i in between):
            continue                              # the participle does not follow the phrase
        if any(i in subtree - own for i in range(part.i + 1, len(doc))):
            continue                              # the phrase goes on after the participle
        if not (has_case(noun) or has_object(part)):
            continue                              # "il a une lettre signée par X": possession
        infinitive = participle_infinitive(part, verbs)
        if infinitive:
            return part, noun, infinitive
    return None


def mend(aux, part, noun, infinitive) -> None:
    """Give the clause the parse of its plain form: the participle heads it, 'avoir' is its
    auxiliary, the auxiliary's other dependents (subject, adverbial phrase, punctuation)
    hang on the participle."""
    dep = aux.dep_
    moved = [c for c in aux.children if c.i != part.i]
    part.head = part if aux.head.i == aux.i else aux.head
    part.dep_ = dep
    aux.head, aux.dep_, aux.pos_ = part, "aux:tense", "AUX"
    for c in moved:
        c.head = part
    if noun.dep_ == "obj":
        noun.dep_ = "obl:mod"                     # "une nouvelle fois": no object
    for c in part.children:
        if c.dep_ == "nsubj" and c.i > part.i:
            c.dep_ = "obj"                        # "appelé X à la retenue"
    if part.pos_ != "VERB":
        part.pos_, part.lemma_ = "VERB", infinitive
        part.set_morph("Tense=Past|VerbForm=Part")


def stray_subjects(doc) -> list:
    """Subjects the parser hung on an auxiliary instead of its verb ("X a à plusieurs reprises
    dénoncé": "X" subject of "a", itself the auxiliary of "dénoncé"): an auxiliary has no
    dependents of its own in Universal Dependencies. Only 'avoir' and 'être': a full verb the
    parser labelled auxiliary ("Il comparaîtra détenu") keeps its subject."""
    return [c for aux in doc if aux.dep_.startswith("aux") and aux.lemma_ in TENSE_AUXILIARIES
            and aux.head.i != aux.i
            for c in aux.children if c.dep_.startswith("nsubj")]


def is_tree(doc) -> bool:
    """Whether every token's chain of heads reaches a root (no cycle)."""
    for tok in doc:
        cur, steps = tok, 0
        while cur.head.i != cur.i:
            cur, steps = cur.head, steps + 1
            if steps > len(doc):
                return False
    return True


PARSE_ATTRS = ("HEAD", "DEP", "POS", "LEMMA", "MORPH")


def guarded(doc, change) -> bool:
    """Apply `change()` to the parse of `doc` and keep it only if the parse is still a tree
    (a mend planned on the first parse may meet another mend's result: two auxiliaries in one
    sentence, a subject hung on an auxiliary of its own clause); else put the parse back."""
    saved = doc.to_array(list(PARSE_ATTRS))
    change()
    if is_tree(doc):
        return True
    doc.from_array(list(PARSE_ATTRS), saved)
    return False


def mend_displaced_participles(doc, verbs) -> int:
    """Mend every displaced participle of `doc`, and hang the subjects hung on an auxiliary
    on its verb; the number mended."""
    found = [(aux, *hit) for aux in doc if (hit := displaced_participle(aux, verbs))]
    mended = sum(guarded(doc, lambda hit=hit: mend(*hit)) for hit in found)
    strays = stray_subjects(doc)
    for subject in strays:
        mended += guarded(doc, lambda subject=subject: setattr(subject, "head", subject.head.head))
    return mended


class DisplacedParticiples:
    def __init__(self, verbs):
        self.verbs = verbs

    def __call__(self, doc):
        mend_displaced_participles(doc, self.verbs)
        return doc


@Language.factory("newsledger_event_participles")
def make_displaced_participles(nlp, name):
    lemmatizer = nlp.get_pipe("lemmatizer")
    index = lemmatizer.lookups.get_table("lemma_index") if lemmatizer.lookups.has_table("lemma_index") else {}
    return DisplacedParticiples(frozenset(index.get("verb", ())))
