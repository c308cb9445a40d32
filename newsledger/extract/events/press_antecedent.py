"""A meeting noun that points back to a press interview already told ("Dans cette interview, il
demande ... Au cours de cet entretien, X répond"; "une interview au Dauphiné ... L'entretien est
modifié avant sa publication"; "X a rencontré plusieurs journalistes ... Le magazine dévoile cet
entretien"): the same interview told again, no meeting of actors (eval/GUIDELINES.md: a meeting
is between actors; an interview given to the press is no meeting).

The cue is reference: a definite, demonstrative or possessive noun with no complement that
names whom it is held with ("cet entretien", "l'entretien", not "l'entretien avec X") names a
happening already told. Its antecedent is read as the nearest word before it, in its sentence
or the ANTECEDENT_SENTENCES before, that tells a meeting or an interview: a meeting trigger of
the lexicon or a word of PRESS_NOUNS. It is a press interview when that word is one of
PRESS_NOUNS ("interview"), or when a word of contexts.media or contexts.reporter or a medium's
name (Lexicon.media_names) stands in the antecedent's own phrase ("a rencontré plusieurs
journalistes", "un entretien au Monde"). Option not_press_antecedent of the trigger lexicon."""
from __future__ import annotations

from newsledger.extract.events.lexicon import Lexicon
from newsledger.extract.events.syntax import DEMONSTRATIVES, case_of, forms, is_attribution, is_verbal
from newsledger.extract.words import DEFINITE_ARTICLES, either_apostrophe

# the determiners of a noun that points back: definite, demonstrative, possessive (as
# reference.ANAPHORIC_DETS, which this module cannot import: reference imports constraints)
POINTING_DETS = {*DEMONSTRATIVES, *either_apostrophe(DEFINITE_ARTICLES), "son", "sa", "ses", "leur", "leurs"}

# how many sentences before the trigger's own are read for its antecedent
ANTECEDENT_SENTENCES = 3
# the nouns of an interview given to the press, which the lexicon does not make a meeting
PRESS_NOUNS = {"interview", "itw"}
# the prepositions by which a meeting noun names whom it is held with ("l'entretien avec X")
WITH_CASES = {"avec", "entre"}
# the relations of a verb's own phrase read for the press (not its subject: "TF1 a rencontré"
# is read by the media context of the antecedent's own rule)
PHRASE_DEPS = ("obj", "iobj", "obl", "obl:arg", "obl:mod", "nmod", "amod", "acl", "xcomp")


def points_back(noun) -> bool:
    """A noun with a definite, demonstrative or possessive determiner ("cet entretien",
    "l'entretien", "son entretien")."""
    return any(c.dep_ == "det" and c.lower_ in POINTING_DETS for c in noun.children)


def names_whom(noun) -> bool:
    """The noun's own phrase says whom it is held with or between ("l'entretien avec X",
    "l'entretien entre les deux hommes")."""
    return any(case_of(c) in WITH_CASES for c in noun.children)


def phrase_of(tok) -> list:
    """The antecedent's own phrase: a noun's subtree; a verb and its complements."""
    if not is_verbal(tok):
        return list(tok.subtree)
    out = [tok]
    for c in tok.children:
        if c.dep_ in PHRASE_DEPS and not is_attribution(c):   # not "selon Le Monde"
            out.extend(c.subtree)
    return out


def is_press(tok, lex: Lexicon, mention_tokens) -> bool:
    """`tok` tells a press interview: a word of PRESS_NOUNS, or a meeting word with a word of
    the press or a medium's name in its own phrase."""
    if forms(tok) & PRESS_NOUNS:
        return True
    press = lex.contexts.get("media", frozenset()) | lex.contexts.get("reporter", frozenset())
    for t in phrase_of(tok):
        if t.i != tok.i and forms(t) & press:
            return True
        if any(m.canonical_name in lex.media_names for m in (mention_tokens or {}).get(t.i, ())):
            return True
    return False


def is_meeting_word(tok, lex: Lexicon) -> bool:
    """A meeting trigger of the lexicon (a noun, or a verb), or a word of PRESS_NOUNS."""
    if forms(tok) & PRESS_NOUNS:
        return True
    rules = lex.nouns.get(tok.lemma_, ()) if tok.pos_ == "NOUN" else \
        lex.verbs.get(tok.lemma_, ()) if tok.pos_ in ("VERB", "AUX") else ()
    return any(r.event_type == "meeting" for r in rules)


def antecedent(tok, lex: Lexicon):
    """The nearest meeting or interview word before `tok`, in its sentence or the
    ANTECEDENT_SENTENCES before; None when there is none."""
    doc = tok.doc
    start = tok.sent.start
    for _ in range(ANTECEDENT_SENTENCES):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    for i in range(tok.i - 1, start - 1, -1):
        if is_meeting_word(doc[i], lex):
            return doc[i]
    return None


def refers_to_press_interview(tok, lex: Lexicon, mention_tokens=()) -> bool:
    """A definite, demonstrative or possessive meeting noun that names no one it is held with,
    whose antecedent tells a press interview (see the module's docstring)."""
    if tok.pos_ != "NOUN" or not points_back(tok) or names_whom(tok):
        return False
    before = antecedent(tok, lex)
    return before is not None and is_press(before, lex, mention_tokens)
