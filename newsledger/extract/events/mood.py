"""The mood a verb group is told in, read from its finite word: the conditional ("gagnerait",
"serait éliminé") or "aller" in the imperfect ("allait m'emprisonner"), which tell what would
be rather than what is (hypothesis.py, and the counted votes of constraints.py); and the
subjunctive or the future, which tell what is awaited (is_non_assertive_mood, hoped.py)."""
from __future__ import annotations

from newsledger.extract.events.syntax import is_verbal

# the imperfect that after a "si" clause in the imperfect tells the consequent as unreal:
# "aller" + infinitive, the future in the past ("on allait m'emprisonner")
PROSPECTIVE = {"aller"}
# the endings of the present conditional, which the tagger may take for an imperfect or a
# present indicative ("gagnerait": Tense=Imp; "rencontrerais": Tense=Pres)
CONDITIONAL_ENDINGS = ("rais", "rait", "rions", "riez", "raient")
# the forms of the present subjunctive of verbs whose infinitive ends in "-ir" that no indicative
# shares in the singular ("aboutisse", "obtienne"): the tagger may read them as indicatives
SUBJUNCTIVE_IR_ENDINGS = ("isse", "isses", "ienne", "iennes")
# the endings of the future added to the infinitive
FUTURE_ENDINGS = {"ai", "as", "a", "ons", "ez", "ont"}


def finite_word(verb):
    """The word that carries the tense and mood of a verb's group: its auxiliary or copula if
    it has one, else itself."""
    for c in verb.children:
        if c.dep_.startswith("aux") or c.dep_ == "cop":
            if c.morph.get("VerbForm") != ["Inf"]:
                return c
    return verb


def is_conditional(verb) -> bool:
    """A verb group in the present or past conditional ("gagnerait", "serait éliminé"), or
    "aller" in the imperfect ("allait m'emprisonner")."""
    if not is_verbal(verb) and verb.pos_ != "AUX":
        return False
    fin = finite_word(verb)
    if "Cnd" in fin.morph.get("Mood") or ("Fin" in fin.morph.get("VerbForm") and fin.lower_.endswith(
            CONDITIONAL_ENDINGS)):
        return True
    return "Imp" in fin.morph.get("Tense") and fin.lemma_ in PROSPECTIVE


def is_non_assertive_mood(verb) -> bool:
    """The verb group is in the subjunctive, the future or the conditional (its finite word:
    the auxiliary or copula if any)."""
    fin = finite_word(verb)
    if "Sub" in fin.morph.get("Mood") or "Fut" in fin.morph.get("Tense") or is_conditional(verb):
        return True
    return is_regular_future(fin) or ("Fin" in fin.morph.get("VerbForm") and fin.lemma_.endswith("ir")
                                      and fin.lower_.endswith(SUBJUNCTIVE_IR_ENDINGS))


def is_regular_future(tok) -> bool:
    """A regular future, the infinitive (without the "e" of "-re") and a future ending
    ("signera", "finiront", "prendra"), which the tagger may read as a participle."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    if "Inf" in tok.morph.get("VerbForm") or not lemma.endswith(("er", "ir", "re")):
        return False
    stem = lemma[:-1] if lemma.endswith("re") else lemma
    return low.startswith(stem) and low[len(stem):] in FUTURE_ENDINGS
