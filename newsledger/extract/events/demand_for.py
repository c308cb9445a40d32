"""A trigger noun opened by "pour" that the parser hangs on the verb whose direct object is a
noun of demand, with other words between them ("a lancé un appel urgent aux donateurs pour une
aide supplémentaire", "soutient l'appel du 23 mars du secrétaire général, X, pour un
cessez-le-feu"): "pour" + noun completes a noun of calling, asking or wishing ("un appel pour la
paix", "une demande pour une aide": TLFi s.v. pour, the complement of destination of a noun),
so the happening is only asked for, as when the parser hangs it on the noun itself. Only a
trigger under the indefinite article, a happening not yet known: a definite one is one already
told or scheduled, for which the noun's "pour" names the occasion ("n'a pas donné de consigne
de vote pour le second tour", "l'hypothèse d'un mouvement avec X pour le scrutin européen"). The
adjacent case ("une pétition pour le retour de X") is reference.completes_object_noun's; this
one lets the noun's own complements and the verb's nominal complements (its addressee) stand
between, as long as no verb, conjunction or clause boundary does. Hook: reference.irrealis."""
from __future__ import annotations

from newsledger.extract.events.syntax import case_of, determiner, forms

FOR_CASES = {"pour"}
# words between the noun of demand and the trigger that open another clause or act
CLAUSE_BREAKS = {"VERB", "AUX", "SCONJ", "CCONJ"}
BOUNDARY_PUNCT = {";", ":", ".", "!", "?", "(", ")"}


def is_demanded_for(cur, gov, governors) -> bool:
    """`cur`, the trigger noun, is a "pour" complement of the verb `gov` that comes after the
    verb's direct object, a noun of `governors` (a call, a demand, a wish), with only nouns,
    names, adjectives, determiners, prepositions, numbers and commas between them; the trigger
    under the indefinite article ("pour une aide", "pour un cessez-le-feu")."""
    if not (cur.pos_ == "NOUN" and cur.dep_.startswith("obl") and gov.pos_ == "VERB"
            and case_of(cur) in FOR_CASES and determiner(cur) == "indefinite"):
        return False
    for obj in gov.children:
        if obj.dep_ != "obj" or obj.pos_ != "NOUN" or obj.i > cur.i or not forms(obj) & governors:
            continue
        between = obj.doc[obj.i + 1:cur.left_edge.i]
        if all(t.pos_ not in CLAUSE_BREAKS and t.text not in BOUNDARY_PUNCT for t in between):
            return True
    return False
