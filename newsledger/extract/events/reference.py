"""How a trigger noun refers: back to a happening already told (definite, demonstrative),
to a new one (ordinal, number, "nouveau"), or to none (under a modal word, or a bare noun
that only classifies another)."""
from __future__ import annotations

from newsledger.extract.events.lexicon import Lexicon
from newsledger.extract.events.syntax import (CONTRACTED_ARTICLES, WORD_NUMBERS, determiner, forms,
                                             is_article_case, is_verbal)
from newsledger.extract.words import DEFINITE_ARTICLES, either_apostrophe


ANAPHORIC_DETS = {"ce", "cet", "cette", "ces", *either_apostrophe(DEFINITE_ARTICLES), "son", "sa", "ses",
                  "leur", "leurs"}

DISTINCT_MODIFIERS = {"premier", "première", "deuxième", "second", "seconde", "troisième",
                      "quatrième", "cinquième", "nouveau", "nouvelle", "prochain", "prochaine",
                      "autre", "précédent", "précédente", "dernier", "dernière", "futur", "future"}


def is_anaphoric(head) -> bool:
    """A definite, demonstrative or possessive noun ("la rencontre", "cette réunion", "aux
    sanctions"), or the predicate of "il s'agit de", points back to a happening already told."""
    if head.pos_ != "NOUN":
        return False
    if head.head.lemma_ == "agir" and head.dep_.startswith("obl"):
        return True
    return any((c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS)
               or (c.dep_ == "case" and c.lower_ in CONTRACTED_ARTICLES
                   and not is_article_case(head, c)) for c in head.children)


def irrealis(head, lex: Lexicon, has_date: bool) -> bool:
    """Not a happening: a trigger under a modal noun, adjective or verb ("la capacité à
    voler", "des craintes de sanctions", "en cas d'essai", "déterminé à acquérir"), or a
    noun marked as only possible ("de futures négociations") without a date of its own."""
    governors = lex.contexts.get("irrealis", frozenset())
    cur = head
    for _ in range(3):
        if cur.head.i == cur.i or cur.dep_ not in (
                "nmod", "obl", "obl:arg", "obl:mod", "acl", "xcomp", "advcl", "fixed", "advmod",
                "dep"):
            break
        gov = cur.head
        if gov.pos_ in ("NOUN", "ADJ", "VERB") and forms(gov) & governors:
            return True
        if gov.pos_ not in ("NOUN", "PROPN", "ADP", "ADV"):     # "à" mis-attached: go on
            break
        cur = gov
    if head.pos_ == "NOUN" and not has_date:
        mods = lex.contexts.get("irrealis_modifier", frozenset())
        return any(c.dep_ == "amod" and forms(c) & mods for c in head.children)
    return False


def non_referential(head, lex: Lexicon) -> bool:
    """A noun without any determiner that only classifies another noun ("le centre de
    lancement", "marges de manœuvre", "droit de veto") or forms an idiom with its verb
    ("faire appel à"): it names a kind, not a happening. Measure nouns ("une série de
    tests") and other triggers ("l'accusation de transferts d'armes") keep it."""
    if head.pos_ != "NOUN" or determiner(head) != "bare" or any(
            c.dep_ == "amod" and c.i < head.i for c in head.children):   # "de lourdes sanctions"
        return False
    gov = head.head
    if gov.i == head.i:
        return False
    if head.dep_ == "obj" and is_verbal(gov):
        return True
    if head.dep_ not in ("nmod", "compound") or gov.pos_ != "NOUN":
        return False
    if forms(gov) & lex.contexts.get("collective", frozenset()):
        return False
    return not any(f in lex.nouns for f in forms(gov))


def is_distinct(head) -> bool:
    """An ordinal, a number or "nouveau" marks a happening other than the ones before."""
    for c in head.children:
        if c.dep_ in ("amod", "nummod") and (c.lower_ in DISTINCT_MODIFIERS or c.like_num
                                             or c.lower_ in WORD_NUMBERS):
            return True
    return False
