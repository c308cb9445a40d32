"""The mood a verb group is told in, read from its finite word: the conditional ("gagnerait",
"serait éliminé") or "aller" in the imperfect ("allait m'emprisonner"), which tell what would
be rather than what is (hypothesis.py, and the counted votes of constraints.py)."""
from __future__ import annotations

from newsledger.extract.events.syntax import is_verbal

# the imperfect that after a "si" clause in the imperfect tells the consequent as unreal:
# "aller" + infinitive, the future in the past ("on allait m'emprisonner")
PROSPECTIVE = {"aller"}
# the endings of the present conditional, which the tagger may take for an imperfect or a
# present indicative ("gagnerait": Tense=Imp; "rencontrerais": Tense=Pres)
CONDITIONAL_ENDINGS = ("rais", "rait", "rions", "riez", "raient")


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
