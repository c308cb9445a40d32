"""Past participles hung on the wrong noun, mended in the parse by agreement.

In "la mort de X, tué par un policier" fr_core_news_md hangs the participle 'tué' on "mort",
the head of the phrase, as a noun modifier ('acl'), where French agreement tells it qualifies
"X": a past participle used as an adjective agrees in gender and number with its noun, and
'tué' (masculine) cannot qualify 'mort' (feminine). The trigger is then found with no one
killed, or not at all. This module hangs such a participle on the 'de' complement of its
noun when it disagrees with the noun (a gender or a number both words mark) and does not
disagree with the complement, which ends right before it (only a comma between), unless a
noun the phrase completes agrees with it ("deux militants d'un portrait de X, poursuivis":
the militants may be the ones qualified). A proper name's gender and number, which the
tagger guesses, are not read.
Runs as the pipeline component `newsledger_event_agreement`, before the event triggers."""
from __future__ import annotations

from spacy.language import Language

from newsledger.extract.events.displaced import guarded
from newsledger.extract.events.syntax import DE_CASES, case_of, is_past_participle


def features(tok) -> dict[str, str]:
    """The gender and number a word marks (none for a proper name)."""
    if tok.pos_ == "PROPN":
        return {}
    return {f: v[0] for f in ("Gender", "Number") if (v := tok.morph.get(f))}


def disagree(a: dict[str, str], b: dict[str, str]) -> bool:
    return any(a[f] != b[f] for f in a.keys() & b.keys())


def is_bare_past_participle(tok) -> bool:
    return tok.dep_ == "acl" and is_past_participle(tok) and not any(c.dep_.startswith("aux") for c in tok.children)


def agreeing_governor(noun, own: dict[str, str]) -> bool:
    """A noun the phrase of `noun` completes agrees with the participle: it may be the one
    qualified ("deux militants d'un portrait de X, poursuivis": the militants), so the parse
    is not mended."""
    while noun.dep_ == "nmod" and noun.head.i != noun.i and noun.head.pos_ == "NOUN":
        noun = noun.head
        theirs = features(noun)
        if own.keys() & theirs.keys() and not disagree(own, theirs):
            return True
    return False


def misplaced_participle(part):
    """The 'de' complement a bare past participle qualifies instead of the noun it is hung
    on ("la mort de X, tué ..."), or None."""
    noun = part.head
    if not is_bare_past_participle(part) or part.i < noun.i or noun.pos_ != "NOUN":
        return None
    own = features(part)
    if not disagree(own, features(noun)) or agreeing_governor(noun, own):
        return None
    for c in noun.children:
        if c.dep_ != "nmod" or c.i > part.i or c.pos_ not in ("NOUN", "PROPN") \
                or case_of(c) not in DE_CASES:
            continue
        end = max(t.i for t in c.subtree)
        if all(t.is_punct for t in part.doc[end + 1:part.i]) and not disagree(own, features(c)):
            return c
    return None


def mend_misplaced_participles(doc) -> int:
    """Hang every misplaced participle of `doc` on the complement it agrees with; the number
    mended."""
    found = [(part, c) for part in doc if (c := misplaced_participle(part)) is not None]
    return sum(guarded(doc, lambda part=part, c=c: setattr(part, "head", c)) for part, c in found)


class MisplacedParticiples:
    def __call__(self, doc):
        mend_misplaced_participles(doc)
        return doc


@Language.factory("newsledger_event_agreement")
def make_misplaced_participles(nlp, name):
    return MisplacedParticiples()
