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
de roquettes": contexts.weapon_testing).

Fire is aimed, too, when it goes "vers" or "en direction de" someone or somewhere named ("des
roquettes tirées vers Israël"), when its 'contre' complement names anything but open water
("deux missiles contre deux bases militaires": what fire goes against is its target), when
its 'sur', 'vers' or 'en direction de' complement is people or a body ("sur des manifestants",
"en direction des forces de l'ordre": contexts.person_noun, armed_body, protest_side, and
contexts.fire_target), also where the parser hangs that complement on a word of the trigger's
own phrase rather than on the trigger ("a tiré le 8 janvier deux missiles contre deux bases",
the complement read as the date's), and when the fire or what it fires is the subject of a
verb of striking ("des tirs d'artillerie ont visé plusieurs villages": contexts.strike_verb).
A test is fired with no target: into the sea, or named by a word of testing."""
from __future__ import annotations

from newsledger.extract.events.lexicon import Lexicon
from newsledger.extract.events.held import TOPIC_NOUNS   # "au sujet de", "à propos de"
from newsledger.extract.events.syntax import (CLAUSE_DEPS, DE_CASES, POSSESSIVES, PREPOSITIONAL_DEPS, QUE_FORMS,
                                              case_of, forms)
from newsledger.extract.words import straight_apostrophes

# the prepositions that name what fire is aimed at ("en direction de": its first word)
AIM_CASES = {"sur", "contre", "vers", "en"}
# the preposition after which any complement but open water is the target ("tirer contre X")
AGAINST_CASES = {"contre"}
# the people and bodies that fire aimed 'sur', 'vers' or 'en direction de' is aimed at
TARGET_SETS = ("person_noun", "armed_body", "protest_side", "fire_target")
# the links from the trigger to the munition fired ("a tiré des roquettes", "tirs de roquettes")
MUNITION_DEPS = ("obj", "nmod", "nsubj:pass")
# the other words of the trigger's own phrase on which the parser may hang its aim complement
# (a date or a number: "a tiré le 8 janvier deux missiles contre deux bases")
PHRASE_DEPS = ("obl:mod", "obl", "nmod", "obl:arg")


def fired_at(tok, lex: Lexicon, mention_tokens) -> bool:
    """The fire of the trigger is aimed at someone or somewhere: an aim complement of the trigger,
    of the munition it fires or of another word of its own phrase names a target (see
    aim_target), or the fire or its munition strikes (struck_by)."""
    water = lex.contexts.get("open_water", frozenset())
    near = [tok] + [c for c in tok.children if c.dep_ in MUNITION_DEPS]
    near += [c for c in tok.children if c.dep_ in PHRASE_DEPS and c not in near]
    for word in near:
        for c in word.children:
            case = aim_case(c)
            if case is not None and not any(forms(t) & water for t in c.subtree) \
                    and aim_target(c, case, lex, mention_tokens):
                return True                       # "sur la ville israélienne de Sdérot"
    # "tirer dessus": fire at it, the target named before (TLFi s.v. dessus)
    return any(c.dep_ == "advmod" and c.lower_ == "dessus" for c in tok.children) or struck_by(tok, lex)


def aim_case(c) -> str | None:
    """The preposition of an aim complement ('sur', 'contre', 'vers', 'en direction de'), or None."""
    case = case_of(c)
    if case not in AIM_CASES or c.dep_ not in PREPOSITIONAL_DEPS:
        return None
    if case == "en":                              # "en direction de X", read as one locution
        return "en direction de" if c.lower_ == "direction" else None
    return case


def aim_target(c, case: str, lex: Lexicon, mention_tokens) -> bool:
    """An aim complement names a target: an actor or a place entity in its phrase; after
    'contre', any noun (AGAINST_CASES); after the other prepositions, people or a body
    (TARGET_SETS: "sur des manifestants", "vers des cibles")."""
    if any(t.i in mention_tokens or t.ent_type_ in ("GPE", "LOC") for t in c.subtree):
        return True
    if case in AGAINST_CASES:
        return c.pos_ in ("NOUN", "PROPN")
    if case == "en direction de":                 # the target is the complement of 'direction'
        if any(d.dep_ == "det" and d.lower_ in POSSESSIVES for d in c.children):
            return True                           # "en notre direction": at people
        c = next((d for d in c.children if d.dep_ == "nmod" and case_of(d) in DE_CASES), None)
        if c is None:
            return False
    targets = frozenset().union(*(lex.contexts.get(name, frozenset()) for name in TARGET_SETS))
    return bool(forms(c) & targets)


def struck_by(tok, lex: Lexicon) -> bool:
    """The fire, or the munition a participle trigger qualifies, is the subject of a verb of
    striking (contexts.strike_verb: "les tirs ont visé des villages", "les missiles tirés ont
    frappé la base") or the agent of one in the passive, where 'atteindre' strikes too
    (contexts.hit_verb: "l'avion a été atteint par deux missiles tirés depuis une base")."""
    strike = lex.contexts.get("strike_verb", frozenset())
    fire = tok.head if tok.dep_ == "acl" and tok.head.pos_ == "NOUN" else tok
    if fire.head.i == fire.i:
        return False
    if fire.dep_ == "obl:agent":                  # "l'avion a été atteint par deux missiles tirés"
        return bool(forms(fire.head) & (strike | lex.contexts.get("hit_verb", frozenset())))
    return fire.dep_ == "nsubj" and bool(forms(fire.head) & strike)


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


def object_names_goods(tok, lemmas: frozenset[str]) -> bool:
    """Option goods_object: a weapons_test verb with a common-noun direct object (or passive
    subject) fires or launches that object, so the word of arms must be the object itself or in
    its own words ("lancer des missiles", "tirer un missile balistique"); one further down, in a
    complement of topic, is what the object is about ("lancer un dialogue sur les armes
    chimiques": talks). The same for the goods an arms_transfer verb passes on, which may also
    be its 'en' complement ("fournir les rebelles en armes"). A verb with no such object keeps
    its context as found."""
    objects = [c for c in tok.children if c.dep_ in ("obj", "nsubj:pass") and c.pos_ == "NOUN"]
    supplied = [c for w in [tok] + objects for c in w.children
                if c.dep_ in PREPOSITIONAL_DEPS and case_of(c) == "en"]
    if any(forms(w) & lemmas for c in supplied for w in munition_words(c)):
        return True                               # "fournir les rebelles en armes" (on the verb or its object)
    if tok.dep_ == "acl:relcl" and tok.head.pos_ == "NOUN" and any(
            c.dep_ == "obj" and straight_apostrophes(c.lower_) in QUE_FORMS for c in tok.children):
        objects.append(tok.head)                  # "les discussions qu'elles ont lancées"
    objects += [g for o in objects for g in o.children if g.dep_ == "conj" and g.pos_ == "NOUN"]
    return not objects or any(forms(w) & lemmas for o in objects for w in goods_words(o))


# the links below an object noun that open another clause or say what it is about: what is
# fired or passed on is not named there ("l'ordre de retirer les chars", "des informations sur
# les déplacements militaires", "la conviction que ... des sous-marins")
OTHER_CLAUSE_DEPS = CLAUSE_DEPS + ("acl", "xcomp")
TOPIC_CASES = frozenset({"sur", "concernant", "à", "au", "aux"})   # and the dative: to whom, not what


def goods_words(noun) -> list:
    """The words of an object noun's phrase that may name what it is ("des missiles
    balistiques", "ses surplus de véhicules blindés et d'armes de guerre"), leaving out the
    clauses, the complements of topic and the datives under it (OTHER_CLAUSE_DEPS, TOPIC_CASES:
    "donner le coup d'envoi à un défilé militaire")."""
    words, todo = [], [noun]
    while todo:
        word = todo.pop()
        words.append(word)
        todo += [c for c in word.children if c.dep_ not in OTHER_CLAUSE_DEPS
                 and case_of(c) not in TOPIC_CASES and not forms(c) & TOPIC_NOUNS]
        todo += [w for c in word.children if is_participle_clause(c) for w in content_of(c)]
    return words


def is_participle_clause(clause) -> bool:
    return clause.dep_ == "acl" and "Part" in clause.morph.get("VerbForm")


def content_of(participle) -> list:
    """What a participle qualifying the object says it carries: its direct object or its "de"
    complement ("un avion contenant de l'aide", "trois avions remplis de matériel médical"); not
    its other complements ("des bouteilles payées avec des fonds publics": the means)."""
    return [c for c in participle.children
            if c.dep_ == "obj" or (c.dep_.startswith(("obl", "nmod")) and case_of(c) in DE_CASES)]


