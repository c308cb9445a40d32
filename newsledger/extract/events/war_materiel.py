"""Goods that are weapons only when told so: a word of contexts.materiel ("matériel",
"équipement", "technologie", "avion", "navire", "hélicoptère", "radar", "véhicule") names a
weapon or military materiel only with a word of arms in the transfer's own phrase ("du
matériel militaire", "des équipements de défense aérienne") or a "de" complement of warlike
use of its own (contexts.war_use: "des navires de guerre", "des avions de combat", "des avions
de chasse"), or when they are handed to an army, troops, a militia or fighters
(contexts.armed_recipient: "a fourni des équipements aux forces paramilitaires"). Alone, "la
livraison du matériel", "la fourniture d'équipements de protection", "vendre des avions de
ligne" tell goods of any kind: no arms transfer in the sense of
eval/GUIDELINES.md (weapons, munitions, military equipment or military technology). General
French usage: "matériel de guerre", "bâtiment de guerre", "avion de combat" are the names of
military kinds of these goods (TLFi, s.v. matériel, avion, navire)."""
from __future__ import annotations

from newsledger.extract.events.lexicon import Lexicon
from newsledger.extract.events.syntax import A_CASES, DE_CASES, case_of, forms, is_verbal

def of_war_use(noun, lex: Lexicon) -> bool:
    """A noun of contexts.materiel with a "de" complement of warlike use (contexts.war_use:
    "navires de guerre", "avions de combat")."""
    if not forms(noun) & lex.contexts.get("materiel", frozenset()):
        return False
    uses = lex.contexts.get("war_use", frozenset())
    return any(c.dep_ == "nmod" and case_of(c) in DE_CASES and forms(c) & uses for c in noun.children)


def arms_without_materiel(lex: Lexicon, arms: frozenset[str]) -> frozenset[str]:
    """The words of arms that tell a weapon by themselves: `arms` less contexts.materiel."""
    return arms - lex.contexts.get("materiel", frozenset())


def handed_to_armed(tok, lex: Lexicon) -> bool:
    """The transfer's "à" complement (a verb's indirect object or "à" oblique, a noun's "à"
    complement) names an army, troops, a militia or fighters (contexts.armed_recipient: "a
    fourni des équipements aux forces paramilitaires"): goods of contexts.materiel handed to
    them are military materiel."""
    armed = lex.contexts.get("armed_recipient", frozenset())
    deps = ("iobj", "obl", "obl:arg", "obl:mod") if is_verbal(tok) else ("nmod",)
    return any(c.dep_ in deps and (c.dep_ == "iobj" or case_of(c) in A_CASES)
               and any(forms(t) & armed for t in c.subtree) for c in tok.children)
