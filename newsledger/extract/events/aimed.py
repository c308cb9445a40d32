"""Fire aimed at a target: a firing or a launch of munitions (a weapons_test trigger: 'tirer',
'lancer', 'tir') with a 'sur' or 'contre' complement that names an actor or a place ("le
Hamas a tiré des roquettes sur Israël", "les tirs de roquettes sur Gaza", "des missiles lancés
contre la base") is an armed attack on that target, not a test (CAMEO 19, fight: "fight with
artillery and tanks", "employ aerial weapons"); a test is fired into the sea or over it, with
no target ("en mer du Japon", "vers la mer", "sur la mer": contexts.open_water)."""
from __future__ import annotations

from newsledger.extract.events.lexicon import Lexicon
from newsledger.extract.events.syntax import case_of, forms

# the prepositions that name what fire is aimed at
AIM_CASES = {"sur", "contre"}
# the links from the trigger to the munition fired ("a tiré des roquettes", "tirs de roquettes")
MUNITION_DEPS = ("obj", "nmod", "nsubj:pass")


def fired_at(tok, lex: Lexicon, mention_tokens) -> bool:
    """A 'sur' or 'contre' complement of the trigger, or of the munition it fires, names an
    actor or a place entity in its phrase, and no open water."""
    water = lex.contexts.get("open_water", frozenset())
    near = [tok] + [c for c in tok.children if c.dep_ in MUNITION_DEPS]
    for word in near:
        for c in word.children:
            if case_of(c) not in AIM_CASES or any(forms(t) & water for t in c.subtree):
                continue
            if any(t.i in mention_tokens or t.ent_type_ in ("GPE", "LOC") for t in c.subtree):
                return True                       # "sur la ville israélienne de Sdérot"
    return False
