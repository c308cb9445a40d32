"""Fire aimed at a target: a firing or a launch of munitions (a weapons_test trigger: 'tirer',
'lancer', 'tir') with a 'sur' or 'contre' complement that names an actor or a place ("le
Hamas a tiré des roquettes sur Israël", "les tirs de roquettes sur Gaza", "des missiles lancés
contre la base") is an armed attack on that target, not a test (CAMEO 19, fight: "fight with
artillery and tanks", "employ aerial weapons"); a test is fired into the sea or over it, with
no target ("en mer du Japon", "vers la mer", "sur la mer": contexts.open_water). The munitions of
combat (contexts.combat_munition: rockets, shells, bombs) are fired at someone whether the target
is named or not ("des tirs de roquettes depuis Gaza", "les roquettes tirées mardi soir", "qui a
tiré ces bombes"): a state tests missiles and warheads, it does not test the rocket fire of a
battle, so such fire is an attack too, unless a word of testing says otherwise ("un tir d'essai
de roquettes": contexts.weapon_testing)."""
from __future__ import annotations

from newsledger.extract.events.lexicon import Lexicon
from newsledger.extract.events.syntax import DE_CASES, case_of, forms

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


def fired_munitions(tok) -> list:
    """What the trigger fires: its direct object, passive subject or 'de' complement ("a tiré des
    roquettes", "des roquettes ont été tirées", "les tirs de roquettes") with their conjuncts, or
    the noun a participle qualifies ("les roquettes tirées depuis Gaza")."""
    fired = [c for c in tok.children if c.dep_ in MUNITION_DEPS
             and (c.dep_ != "nmod" or case_of(c) in DE_CASES)]
    if tok.dep_ == "acl" and tok.head.i != tok.i and tok.head.pos_ == "NOUN":
        fired.append(tok.head)
    return fired + [g for f in list(fired) for g in f.children if g.dep_ == "conj"]


def fires_combat_munition(tok, lex: Lexicon) -> bool:
    """A weapons_test trigger that fires a munition of combat (contexts.combat_munition, in the
    munition itself or its own words: "des tirs de roquettes", "des obus de mortier"), with no
    word of testing on the trigger or the munition (contexts.weapon_testing), is an attack."""
    combat = lex.contexts.get("combat_munition", frozenset())
    testing = lex.contexts.get("weapon_testing", frozenset())
    fired = fired_munitions(tok)
    words = [w for f in fired for w in munition_words(f)]
    if not any(forms(w) & combat for w in words):
        return False
    near = [tok] + [c for c in tok.children if c.dep_ in ("amod", "nmod", "obl:mod")] + words
    return not any(forms(w) & testing for w in near)


def munition_words(noun) -> list:
    """A direct object noun, its adjectives and its nominal "de" complements, with their
    conjuncts ("des missiles balistiques", "des tirs de roquettes"): the words that say what it is."""
    words = [noun]
    for c in noun.children:
        if c.dep_ == "amod" or (c.dep_ == "nmod" and case_of(c) in DE_CASES):
            words.append(c)
    return words + [g for w in list(words) for g in w.children if g.dep_ == "conj"]


def object_is_munition(tok, lemmas: frozenset[str]) -> bool:
    """Option munition_object: a weapons_test verb with a common-noun direct object fires or
    launches that object, so the word of arms must be the object itself or in its own words
    ("lancer des missiles", "tirer un missile balistique"); one further down, in a complement of
    topic, is what the object is about ("lancer un dialogue sur les armes chimiques": talks).
    A verb with no such object keeps its context as found."""
    objects = [c for c in tok.children if c.dep_ == "obj" and c.pos_ == "NOUN"]
    objects += [g for o in objects for g in o.children if g.dep_ == "conj" and g.pos_ == "NOUN"]
    return not objects or any(forms(w) & lemmas for o in objects for w in munition_words(o))
