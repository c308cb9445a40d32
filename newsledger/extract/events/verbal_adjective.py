"""A form in "-ant" of a statement verb used as an adjective ("un ministre exigeant", "des
propos menaçants"): French grammar keeps the present participle invariable and lets the
verbal adjective agree, take a degree adverb, stand after a copula and be coordinated with
other adjectives (Grevisse, Le bon usage, the present participle and the verbal adjective).
Such a form tells a quality of its noun, no act of speech."""
from __future__ import annotations

# the endings by which a form in "-ant" agrees in gender or number: the verbal adjective only
AGREED_ENDINGS = ("ante", "ants", "antes")
# the adverbs of degree a verbal adjective takes and a participle does not ("très exigeant")
DEGREE_ADVERBS = {"très", "trop", "si", "aussi", "assez", "peu", "plus", "moins", "fort", "bien"}
# the verbs of state whose complement is an attribute of the subject ("s'est montré exigeant",
# "reste exigeant"): the copulative verbs of French grammar besides "être"
STATE_VERBS = {"sembler", "paraître", "rester", "demeurer", "devenir", "montrer", "révéler", "avérer"}


def is_verbal_adjective(tok) -> bool:
    """The trigger is a form in "-ant" that agrees, takes a degree adverb or a copula, or is
    coordinated with an adjective ("exigeant avec la police et tolérant avec les voyous"), or is
    the attribute of a verb of state ("s'est montré exigeant")."""
    text = tok.lower_
    if not text.endswith(("ant", *AGREED_ENDINGS)):
        return False
    if text.endswith(AGREED_ENDINGS):
        return True
    for c in tok.children:
        if c.dep_ == "cop" or (c.dep_ == "advmod" and c.i < tok.i and c.lower_ in DEGREE_ADVERBS):
            return True
        if c.dep_ == "conj" and c.pos_ == "ADJ":
            return True
    if tok.dep_ == "xcomp" and tok.head.lemma_ in STATE_VERBS:
        return True                               # "s'est montré exigeant"
    return tok.dep_ == "conj" and tok.head.pos_ == "ADJ"
