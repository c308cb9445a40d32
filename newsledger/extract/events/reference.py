"""How a trigger noun refers: back to a happening already told (definite, demonstrative),
to a new one (ordinal, number, "nouveau"), or to none (under a modal word, or a bare noun
that only classifies another)."""
from __future__ import annotations

import json
from functools import lru_cache

from newsledger.extract.events.attribute_act import is_attribute_act
from newsledger.extract.events.competence import is_competence
from newsledger.extract.events.constraints import has_date_complement
from newsledger.extract.events.demand_for import is_demanded_for
from newsledger.extract.events.parted_infinitive import is_displaced_complement
from newsledger.extract.events.infinitive_subject import is_judged_infinitive
from newsledger.extract.events.draft import is_aimed_by_draft, is_unadopted_resolution
from newsledger.extract.events.legal import is_appealed
from newsledger.extract.events.liability import is_liable_to
from newsledger.extract.events.lexicon import Lexicon
from newsledger.extract.events.hoped import is_hoped_completive, is_misread_completive
from newsledger.extract.events.mood import finite_word
from newsledger.extract.events.readiness import is_readied
from newsledger.extract.events.unasserted import (effected_carrier, in_unasserted_clause, is_advocated,
                                                 is_amount_of_supposition, is_demanded, is_door_opened,
                                                 is_intended, is_lacked_by_noun, is_lacking, is_slogan,
                                                 is_sought_achievement, is_sought_through_carrier,
                                                 is_urged_obligation)
from newsledger.extract.events.syntax import (A_CASES, CONTRACTED_ARTICLES, DE_CASES, INDEFINITE_DETS, PURPOSE_MARKS,
                                             WORD_NUMBERS, case_of, determiner, first_conjunct, forms,
                                             is_article_case, is_elided_si, is_negated_word, is_verbal,
                                             under_negated_word)
from newsledger.extract.words import DEFINITE_ARTICLES, MONTHS, either_apostrophe
from newsledger.resources import data_dir


@lru_cache(maxsize=1)
def irreality_words() -> dict:
    """The classes of data/irreality.json (with its source): the verbs of refraining, the
    privative adjectives."""
    data = json.loads((data_dir("newsledger.extract") / "irreality.json").read_text(encoding="utf-8"))
    return {k: frozenset(w.lower() for w in v) for k, v in data.items() if k != "source"}


ANAPHORIC_DETS = {"ce", "cet", "cette", "ces", *either_apostrophe(DEFINITE_ARTICLES), "son", "sa", "ses",
                  "leur", "leurs"}

SUCH = {"tel", "telle", "tels", "telles"}

DISTINCT_MODIFIERS = {"premier", "première", "deuxième", "second", "seconde", "troisième",
                      "quatrième", "cinquième", "nouveau", "nouvelle", "prochain", "prochaine",
                      "autre", "précédent", "précédente", "dernier", "dernière", "futur", "future"}


def is_such(head) -> bool:
    """"de telles livraisons", "un tel accord": the happening of that kind just told."""
    return head.pos_ == "NOUN" and any(c.dep_ in ("amod", "det") and c.lower_ in SUCH and c.i < head.i
                                       for c in head.children)


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


# relations walked up from a trigger to the word that may make it only wanted, feared or possible
IRREALIS_PATH = ("nmod", "obl", "obl:arg", "obl:mod", "acl", "xcomp", "advcl", "fixed", "advmod",
                 "dep")
# relations that lead to such a word only from the trigger itself or from the verb of its
# clause: "a réclamé une enquête", "la requête de Kaboul : un cessez-le-feu" (not the noun a
# participle qualifies: "réclamer le départ du ministre, inculpé pour corruption")
FIRST_HOP = ("obj", "ccomp", "appos")
# clauses a verb passes the walk on from ("espère que X procédera à une extradition"; an
# infinitive completing a noun, "au risque de provoquer des législatives"), and the
# relations of the trigger to that verb that carry it (an adjunct, "après sa victoire", is
# presupposed, not wished)
COMPLEMENT_CLAUSES = ("ccomp", "xcomp")
CORE_RELATIONS = ("obj", "obl:arg", "nsubj:pass", "ccomp", "xcomp")
# a governor whose object is a happening it asserts: "a revendiqué l'attentat"
ASSERTING_OBJECT = {"revendiquer"}
# a subjunctive after these is no wish: "après qu'il ait été arrêté"
ASSERTED_SUBJUNCTIVE_MARKS = {"après"}


def irrealis(head, lex: Lexicon, has_date: bool) -> bool:
    """Not a happening: a trigger under a modal, wishing or requesting noun, adjective or verb
    ("la capacité à voler", "des craintes de sanctions", "en cas d'essai", "déterminé à
    acquérir", "a réclamé une enquête", "espère que X procédera à une extradition", "au risque
    de provoquer des législatives"), in a subjunctive clause ("attendent qu'il soit extradé"),
    prevented ("l'attentat déjoué"), a graded participle ("les plus visités"), a heading
    infinitive, or a noun marked as only possible ("de futures négociations") without a date
    of its own; denied ("dément que X ait alerté": core governors), under a past conditional
    modal ("aurait dû permettre d'autoriser"), the subject of a modal of possibility ("des
    attentats pourraient avoir lieu") or the aim of a noun marked as only possible ("une
    éventuelle candidature à la présidentielle"); refrained from ("s'est abstenu de toute
    visite": data/irreality.json, core governors), fake ("de fausses déclarations"), demanded
    by a participle the tagger took for a preposition ("Demandant des élections libres"),
    intended ("entend se réunir avec X": unasserted.is_intended), or done by a kind of people a
    comparison describes ("comme ces dirigeants qui ont perdu l'élection"), argued for ("en
    faveur d'un référendum") or done by anyone, as the infinitive of an impersonal predicate
    ("il est interdit de manifester"); argued for by a verb of advocacy ("milite pour la libération
    de X", "se prononce pour la nomination de Y") or a verbless "Pour ..." slogan, or carried by a
    noun of bringing about that any of these reaches ("réclame l'organisation d'un référendum",
    "se déclare contre la tenue d'élections": unasserted.effected_carrier), or only sought through
    an infinitive of achievement of purpose or of trying ("pour obtenir des élections", "tente de
    parvenir à un accord": unasserted.is_sought_achievement). A later member of a coordination
    is read as its first member, whose relation it shares ("réclament des emplois et la
    libération de X": syntax.first_conjunct); a noun in apposition is read through the noun
    it follows ("craignent une Intifada (soulèvement palestinien)": stands_for_its_head), and a
    gerund under an infinitive urged on someone else through that infinitive ("appelle X à
    suivre Y en réimposant des sanctions": is_gerund_of_infinitive). A penalty incurred or
    liable to ("encourt dix ans d'emprisonnement", "passible de poursuites": events/liability.py)
    is none either, nor is a competence to act ("seule compétente pour juger les ministres":
    events/competence.py), nor what one says one is ready for ("s'est dit vendredi prêt à
    rencontrer X": events/readiness.py), nor an infinitive subject of a judgement the parser
    took for an adverbial ("Organiser un référendum serait une manœuvre") or extraposed after a
    conditional "ce serait ... de" ("ce serait une folie de signer ce traité":
    events/infinitive_subject.py)."""
    lead = first_conjunct(head)                    # "réclament des emplois et la libération de X"
    if lead is not None and irrealis(lead, lex, has_date):
        return True
    words = irreality_words()
    carrier = effected_carrier(head, words["effecting"])   # "réclame l'organisation d'un référendum"
    if carrier is not None and irrealis(carrier, lex, has_date):
        return True
    governors = lex.contexts.get("irrealis", frozenset())
    core_governors = lex.contexts.get("irrealis_core", frozenset()) | words["refrain"]
    counterfactual = lex.contexts.get("counterfactual_modal", frozenset())
    assertive = lex.contexts.get("assertive", frozenset())
    mods = lex.contexts.get("irrealis_modifier", frozenset())
    implicative = lex.contexts.get("implicative", frozenset())
    if is_subjunctive_clause(head) or is_bare_infinitive(head) or is_graded_participle(head) \
            or is_prevented(head, lex) or is_called_off(head, lex) or is_supposed(head) \
            or in_supposed_clause(head) \
            or under_negated_implicative(head, lex) or is_exhorted(head) \
            or is_subject_of_modal_predicate(head, governors) or is_subject_of_conditional_judgement(head) \
            or is_subject_of_modal_verb(head, lex.contexts.get("possibility_modal", frozenset())) \
            or is_privative(head, words["privative"]) or is_argued_for(head, words["advocacy"]) \
            or under_wishing_participle(head, governors | words["refrain"]) or is_generic_kind(head) \
            or is_impersonal_infinitive(head, words["impersonal_verbs"]) \
            or is_permitted_by_text(head, words["permission"], lex.contexts.get("bill", frozenset())) \
            or in_unasserted_clause(head) or is_urged_obligation(head, words["obligation"]) \
            or is_intended(head, words["intention"]) \
            or is_lacking(head, words["negative_implicative"]) or is_lacked_by_noun(head, words["lack"]) \
            or is_door_opened(head, words["passage_verbs"], words["passage_nouns"]) \
            or is_amount_of_supposition(head) or is_demanded(head, words["demanded"]) \
            or is_unadopted_resolution(head, implicative) or is_aimed_by_draft(head, implicative) \
            or is_attribute_act(head) \
            or is_advocated(head, words["advocacy_verbs"], words["pronominal_advocacy"]) or is_slogan(head) \
            or is_sought_through_carrier(head, words["effecting"], words["advocacy_verbs"],
                                         words["pronominal_advocacy"]) \
            or is_sought_achievement(head, words["achievement"], words["conative"]) \
            or is_liable_to(head, words["liability"], words["penalty_measure"]) \
            or is_competence(head, words["competence"]) \
            or is_readied(head, governors | words["disposition"]) or is_judged_infinitive(head) \
            or is_displaced_complement(head, governors):
        # events/draft.py, events/attribute_act.py, events/liability.py, events/competence.py,
        # events/readiness.py, events/infinitive_subject.py, events/parted_infinitive.py
        return True
    cur, first, steps = head, True, 0
    while steps < 3:                               # three words up from the trigger or its clause
        steps += 1
        if cur.head.i == cur.i or walk_relation(cur) not in IRREALIS_PATH + (FIRST_HOP if first else ()):
            break
        if cur.dep_ == "advcl" and is_verbal(cur) and any(c.dep_ in ("nsubj", "nsubj:pass")
                                                          for c in cur.children):
            break                                  # a clause of its own: "alors qu'il a dénoncé"
        gov, first = cur.head, is_small_clause(cur) or (is_infinitive_of_object(cur) and acts_of(cur, head)) \
            or stands_for_its_head(cur)
        if cur is head and is_done_to_noun(head):
            break                                  # "un projet annoncé par X": X announced it
        appealed = cur is head and is_appealed(head, lex)   # "appel du jugement": no call
        if cur is head and not appealed and (completes_object_noun(cur, gov, governors)
                                             or is_demanded_for(cur, gov, governors)):
            return True                            # "a lancé un appel à la libération de X"
        if gov.pos_ in ("NOUN", "ADJ", "VERB") and forms(gov) & governors and not appealed and not (
                cur.dep_ == "obj" and forms(gov) & ASSERTING_OBJECT):
            return True
        if gov.pos_ == "ADJ" and forms(gov) & words["disposition"]:
            return True                            # "ouvert à la discussion": a disposition
        if gov.pos_ in ("NOUN", "VERB") and forms(gov) & core_governors \
                and cur.dep_ in CORE_RELATIONS + ("nmod",):
            return True                            # "compte porter plainte", "dément toute réunion"
        if gov.pos_ in ("VERB", "AUX") and forms(gov) & counterfactual and is_past_conditional(gov):
            return True                            # "aurait dû permettre d'autoriser les extraditions"
        if gov.pos_ == "NOUN" and not has_date and cur is head and is_possible_aim(head, gov, mods):
            return True                            # "une éventuelle candidature à la présidentielle"
        if gov.pos_ in ("VERB", "AUX") and (walk_relation(gov) in COMPLEMENT_CLAUSES or (
                gov.dep_ == "acl" and "Inf" in gov.morph.get("VerbForm"))
                or is_gerund_of_infinitive(gov, gov.head)) and \
                (cur.dep_ in CORE_RELATIONS or is_purpose_of_infinitive(cur, gov)
                 or is_gerund_of_infinitive(cur, gov) or is_bare_object_of_gerund(cur, gov)
                 or is_indefinite_adjunct_of_infinitive(cur, gov, head)) \
                and not forms(gov) & assertive:
            cur, first, steps = gov, True, 0       # on to the verb that governs the clause
            continue
        if cur.dep_ in CORE_RELATIONS and is_hoped_completive(gov) and forms(gov.head) & governors:
            cur, first, steps = gov, False, 0      # "l'espoir qu'on aboutisse à un accord": events/hoped.py
            continue
        if gov.pos_ not in ("NOUN", "PROPN", "ADP", "ADV") and not is_day_of_month(gov):
            break                                  # "à" mis-attached: go on; "son appel du 23 mars à
        cur = gov                                  # un cessez-le-feu": the date took the complement
    if head.pos_ == "NOUN" and not has_date:
        return any(c.dep_ == "amod" and forms(c) & mods for c in head.children)
    return False


def stands_for_its_head(tok) -> bool:
    """A noun in apposition to the noun it follows ("une troisième Intifada (soulèvement
    palestinien)"): it names the same happening, so the walk goes on from that noun as from a
    first hop, by the noun's own relation (its object relation to "craindre")."""
    return tok.dep_ == "appos" and tok.pos_ == "NOUN" and tok.head.i < tok.i \
        and tok.head.pos_ in ("NOUN", "PROPN")


def is_done_to_noun(tok) -> bool:
    """A past participle qualifying a noun without an auxiliary, its doer named by "par" ("un
    projet annoncé par X", "le plan dénoncé par Y"): a reduced passive relative ("un projet qui
    a été annoncé par X"), by which the act was done, the noun being what it was done to, its
    theme; so neither the noun nor what governs the noun's phrase governs the act as a modal
    word governs its complement ("un projet d'attentat", "réclame une enquête"): it was done."""
    return tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and "Part" in tok.morph.get("VerbForm") \
        and "Pres" not in tok.morph.get("Tense") \
        and not any(c.dep_.startswith("aux") for c in tok.children) \
        and any(c.dep_ == "obl:agent" and case_of(c) == "par" for c in tok.children)


# the prepositions that open a noun's complement ("un appel à la libération", "une demande
# d'extradition", "l'exigence d'une enquête")
NOUN_COMPLEMENT_CASES = {"à", "au", "aux", "de", "d'", "d’", "du", "des", "pour"}


def is_day_of_month(tok) -> bool:
    """A number that is a day with its month ("du 23 mars"): inside a noun's phrase the parser
    may hang on it the complement that follows the date ("son appel du 23 mars à un
    cessez-le-feu", "la demande du 2 mai d'une enquête"), so the walk goes on through it to
    the noun it dates."""
    return tok.pos_ == "NUM" and tok.dep_ == "nmod" and any(
        c.dep_ == "nmod" and c.lower_ in MONTHS for c in tok.children)


# the locution of goal "en vue de": its noun is what an effort is made for
PURPOSE_NOUN = "vue"
PURPOSE_CASE = "en"


def is_aim_of_purpose(head) -> bool:
    """A trigger noun that is the "de" complement of the locution "en vue de", or a conjunct of
    such a complement ("les négociations en vue d'un accord", "les efforts en vue des
    discussions et d'un cessez-le-feu"): the goal of an effort, aimed at, not concluded. ("la vue
    de", "un point de vue" are no locution: "vue" has a determiner or no "en".)"""
    if head.pos_ != "NOUN":
        return False
    cur = head
    if cur.dep_ == "conj" and cur.head.pos_ == "NOUN" and cur.head.i != cur.i:
        cur = cur.head
    gov = cur.head
    return cur.dep_ == "nmod" and case_of(cur) in DE_CASES and gov.i != cur.i \
        and gov.lower_ == PURPOSE_NOUN and any(c.dep_ == "case" and c.lower_ == PURPOSE_CASE
                                               for c in gov.children) \
        and not any(c.dep_ == "det" for c in gov.children)


def completes_object_noun(cur, gov, governors) -> bool:
    """`cur`, the trigger noun as a complement the parser hung on the verb `gov` ("a lancé un
    appel à la libération de X": "libération" obl:arg of "lancé"; not a noun above the trigger,
    which may be the verb's own complement: "envoyé ses propositions à tous les candidats"),
    comes right after the verb's object noun of `governors` (a call, a demand, a wish), which
    has no complement of its own after it, and is opened by a preposition that completes a
    noun: it completes that noun, so it is only asked for, as when the parser hangs it on the
    noun ("accepter la proposition de X d'une conférence", whose noun has its own complement,
    is left)."""
    if not (cur.dep_.startswith("obl") and gov.pos_ == "VERB" and case_of(cur) in NOUN_COMPLEMENT_CASES):
        return False
    return any(c.dep_ == "obj" and c.pos_ == "NOUN" and c.i < cur.i and forms(c) & governors
               and c.right_edge.i == cur.left_edge.i - 1 and not any(g.i > c.i for g in c.children)
               for c in gov.children)


# the relations by which a verb of permission completes a bill's noun or its predicate ("un
# projet de loi qui vise à autoriser", "un texte destiné à permettre", "la loi autorise")
TEXT_CLAUSE_DEPS = ("xcomp", "acl", "acl:relcl", "advcl")


def is_permitted_by_text(head, permission, bill) -> bool:
    """The trigger is the object (or the passive subject) of a verb of permission (data:
    permission) whose subject, or the noun its clause qualifies, is a bill or a law
    (contexts.bill: "un projet de loi qui visait à autoriser les extraditions", "un texte
    destiné à permettre la détention de X"): what a text authorises is a possibility, no
    happening told."""
    verb = head.head
    if head.dep_ not in ("obj", "nsubj:pass") or verb.i == head.i or not forms(verb) & permission:
        return False
    cur = verb
    for _ in range(4):
        who = [c for c in cur.children if c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ not in ("qui", "qu'", "que")]
        if who:
            return any(forms(w) & bill for w in who)
        if cur.dep_ not in TEXT_CLAUSE_DEPS or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.pos_ == "NOUN":
            return bool(forms(cur) & bill)
    return False


def is_privative(head, privative) -> bool:
    """A trigger noun qualified by a privative adjective (data/irreality.json: "de fausses
    déclarations", "une attaque simulée"): what it names is not of its kind."""
    return head.pos_ == "NOUN" and any(c.dep_ in ("amod", "acl") and forms(c) & privative
                                       for c in head.children)


# the relations by which an infinitive completes the predicate of an impersonal clause, directly
# or through the word it completes ("il est interdit de manifester", "il ne sert à rien de
# manifester")
IMPERSONAL_PATH = ("xcomp", "acl", "csubj", "obl:arg", "obl")


def is_impersonal_infinitive(head, impersonal_verbs) -> bool:
    """A trigger infinitive without a subject, or a trigger noun that is its object, that
    completes an impersonal predicate ("il est interdit de manifester", "il ne sert plus à rien
    de manifester", "il est temps de négocier", "il va falloir amorcer une discussion"): its
    subject is arbitrary, anyone's, so it tells no happening of anyone. The "il" must be the
    parser's expletive subject of a predicate that takes one: an adjective, noun or participle
    with its copula or "être" ("il est interdit de"), a word the infinitive completes ("il ne sert
    à rien de", "il y a besoin de") or a verb only used impersonally (data/irreality.json: "il
    faut"); not a verb whose own complement the infinitive is ("il ne cesse de dénoncer": a
    personal "il" the parser may take for an expletive)."""
    verb = head.head if head.dep_ == "obj" and head.head.i != head.i and not is_verbal(head) else head
    if not is_verbal(verb) or "Inf" not in verb.morph.get("VerbForm") \
            or any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children):
        return False
    # "il va falloir amorcer": the tagger may hang "falloir" on the infinitive as an adverb
    mistagged = any(c.i < verb.i and not is_verbal(c) and forms(c) & impersonal_verbs for c in verb.children)
    cur, path = verb, []
    for step in range(2):
        if cur.head.i == cur.i or not (cur.dep_ in IMPERSONAL_PATH or (      # "il y a un besoin de"
                step == 1 and cur.dep_ == "obj" and path[0][0] == "acl")):
            return False
        path.append((cur.dep_, cur.head))
        cur = cur.head
        if any(c.dep_ == "expl:subj" and c.lower_ == "il" for c in cur.children):
            return mistagged or takes_expletive(path, impersonal_verbs)
    return False


def takes_expletive(path, impersonal_verbs) -> bool:
    """The predicate reached from an infinitive by `path` ((relation, governor) pairs) takes an
    expletive "il" (is_impersonal_infinitive): a verb only used impersonally on the way, or an
    infinitive that completes a word ("il ne sert à rien de") or a predicate with its copula or
    "être" ("il est interdit de"), not a verb's own complement ("il ne cesse de")."""
    if any(forms(gov) & impersonal_verbs for _, gov in path):
        return True
    rel, gov = path[0]
    return rel != "xcomp" or not is_verbal(gov) or any(
        c.dep_ == "cop" or (c.dep_.startswith("aux") and c.lemma_ == "être") for c in gov.children)


def is_argued_for(head, advocacy) -> bool:
    """An indefinite trigger noun argued for ("une initiative en faveur d'un référendum", data/
    irreality.json): a happening wished, not told (not a definite one, which may be told: "voter
    en faveur de l'accord")."""
    gov = head.head
    return head.pos_ == "NOUN" and gov.i != head.i and bool(forms(gov) & advocacy) \
        and any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETS for c in head.children) \
        and any(c.dep_ == "case" and c.lower_ == "en" for c in gov.children)


def under_wishing_participle(head, governors) -> bool:
    """A present participle of a verb of wishing or requesting, which the tagger took for the
    preposition of the trigger noun ("Demandant des élections libres, elle ...")."""
    return head.pos_ == "NOUN" and any(c.dep_ == "case" and c.lower_.endswith("ant") and forms(c) & governors
                                       for c in head.children)


# the demonstrative pronouns that, with a relative clause, name whoever does something
# ("comme ceux qui vendent des armes")
KIND_PRONOUNS = {"ceux", "celles"}
# the relations by which a gerund or an infinitive without a subject shares the clause above it
SHARED_CLAUSE = ("advcl", "xcomp")


def is_generic_kind(head) -> bool:
    """The trigger's clause is a relative clause on a plural common noun or a demonstrative
    pronoun that a comparison introduces and that names no one ("se comporte comme ces
    dirigeants qui ont perdu l'élection", "comme ceux qui vendent des armes"): a kind of people
    compared with, no happening told. (Not "ceux qui font grève" alone, which may name the
    strikers of a strike told.)"""
    verb = clause_verb(head)
    for _ in range(2):
        if verb.dep_ not in SHARED_CLAUSE or verb.head.i == verb.i or any(
                c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children):
            break
        verb = verb.head
    if verb.dep_ != "acl:relcl" or verb.head.i == verb.i:
        return False
    kind = verb.head
    if not (kind.lower_ in KIND_PRONOUNS or (kind.pos_ == "NOUN" and "Plur" in kind.morph.get("Number"))) \
            or not any(c.dep_ == "case" and c.lower_ == "comme" for c in kind.children):
        return False
    return not any(t.pos_ == "PROPN" for t in kind.subtree
                   if not verb.left_edge.i <= t.i <= verb.right_edge.i)


# the conjunction that opens a noun's complement clause ("l'espoir que l'Iran attaque"); a
# relative clause opens with a pronoun ("l'espoir qu'il a exprimé": "que" PRON)
COMPLEMENT_MARKS = {"que", "qu'", "qu’"}


# the indefinite articles by which a noun introduces a new referent ("un nouvel accord")
NEW_REFERENT_DETS = either_apostrophe({"un", "une", "des"})
# the prepositions of time and setting: an adjunct they open places the act, it is not what the
# act aims at or works with ("après une première menace", "dans des négociations avec X")
SETTING_CASES = {"après", "avant", "lors", "pendant", "durant", "depuis", "dès", "dans", "en", "au", "aux",
                 "sous", "malgré", "face"}


def last_case(noun) -> list:
    """The preposition right before the noun's phrase, the last of its "case" words ("en avant
    avec un sommet": "avec"), as a one-word list, or none."""
    cases = [c for c in noun.children if c.dep_ == "case" and c.i < noun.i]
    return cases[-1:]


def is_indefinite_adjunct_of_infinitive(cur, gov, head) -> bool:
    """The trigger noun itself, under an indefinite article, is an adjunct of an infinitive
    ("souhaitait travailler avec ses alliés à un nouvel accord", "souhaitait mettre son
    leadership en avant avec un sommet à Washington"): a happening the adjunct introduces is
    as unreal as the infinitive's act, while a definite or possessive one ("souhaite former un
    gouvernement après sa victoire") is presupposed and stops the walk, and so does one of time
    or setting ("a refusé d'autoriser l'enquête après une première menace de sanctions", "avait
    pu faire entrave à la justice dans des négociations avec X": SETTING_CASES)."""
    return cur is head and head.pos_ == "NOUN" and cur.dep_ in ("obl:mod", "obl") \
        and "Inf" in gov.morph.get("VerbForm") \
        and any(c.dep_ == "det" and c.lower_ in NEW_REFERENT_DETS for c in head.children) \
        and not any(c.lower_ in SETTING_CASES for c in last_case(head))


def walk_relation(tok) -> str:
    """The relation of `tok` to its head for the irrealis walk: a "que" clause the parser took
    for a relative clause of a noun while its "que" is a conjunction ("dans l'espoir que l'Iran
    attaque", "la crainte que le sommet échoue") completes the noun, as an "acl" does."""
    if tok.dep_ == "acl:relcl" and any(c.dep_ == "mark" and c.pos_ == "SCONJ" and c.lower_ in COMPLEMENT_MARKS
                                       for c in tok.children):
        return "acl"
    if is_misread_completive(tok):                 # "l'espoir qu'on aboutisse": events/hoped.py
        return "acl"
    if is_misattached_infinitive(tok):
        return "xcomp"
    return tok.dep_


INFINITIVE_MARKS = {"de", "d'", "d’", "à"}


def is_misattached_infinitive(tok) -> bool:
    """An infinitive with "de" or "à" that the parser coordinated with a finite verb or a
    participle ("ils ont demandé à X de revenir ... et de s'engager dans une négociation",
    "s'engager" hung as a conjunct of "demandé"): such an infinitive only coordinates with
    another infinitive complement, so it completes the verb as that one does."""
    gov = tok.head
    return tok.dep_ == "conj" and gov.i != tok.i and "Inf" in tok.morph.get("VerbForm") \
        and "Inf" not in gov.morph.get("VerbForm") and gov.pos_ == "VERB" \
        and any(c.dep_ == "mark" and c.lower_ in INFINITIVE_MARKS for c in tok.children)


def is_infinitive_of_object(tok) -> bool:
    """An infinitive with "à" or "de" that the parser hung on the object noun of a verb ("appelle
    ses militants à libérer les otages", "a exhorté le ministre à négocier"): it is the verb's
    complement, the object being who is asked or urged to do it (object control), so the walk
    may go on from the noun to the verb by its object relation."""
    gov = tok.head
    return tok.dep_ == "acl" and "Inf" in tok.morph.get("VerbForm") and gov.i != tok.i \
        and gov.pos_ in ("NOUN", "PROPN", "PRON") and gov.dep_ == "obj" and is_verbal(gov.head) \
        and any(c.dep_ == "mark" and c.lower_ in INFINITIVE_MARKS for c in tok.children)


def acts_of(verb, head) -> bool:
    """The trigger is the verb itself or its object ("à libérer", "à signer un accord"): the act
    urged; not a complement of place or time ("invite les gens à venir au rassemblement prévu
    dimanche": the rally is scheduled whoever comes to it)."""
    return head.i == verb.i or (head.dep_ == "obj" and head.head.i == verb.i)



def is_purpose_of_infinitive(cur, gov) -> bool:
    """`cur` is an infinitive purpose clause without a subject ("pour s'entretenir") of the
    infinitive `gov`: what the act of `gov` is for shares its reality ("a demandé au ministre de
    recevoir une délégation pour s'entretenir de la crise": the talk is requested too)."""
    return cur.dep_ == "advcl" and "Inf" in cur.morph.get("VerbForm") \
        and "Inf" in gov.morph.get("VerbForm") \
        and any(c.dep_ == "mark" and c.lower_ in PURPOSE_MARKS for c in cur.children) \
        and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in cur.children)


GERUND_MARKS = {"en"}


def is_gerund_of_infinitive(cur, gov) -> bool:
    """`cur` is a gerund ("en" + present participle) with no subject of its own, hung on the
    infinitive `gov` that a verb urges on someone else: the manner or means of the act urged,
    which shares its reality ("appelle les Européens à suivre Washington en réimposant des
    sanctions": the sanctions are urged as the following is)."""
    return cur.dep_ == "advcl" and cur.head.i == gov.i and cur.i != gov.i \
        and "Part" in cur.morph.get("VerbForm") and "Pres" in cur.morph.get("Tense") \
        and "Inf" in gov.morph.get("VerbForm") and is_urged_on_another(gov) \
        and any(c.dep_ in ("mark", "case") and c.lower_ in GERUND_MARKS for c in cur.children) \
        and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in cur.children)


def is_urged_on_another(inf) -> bool:
    """The infinitive completes a verb that has an object or a dative of its own, who is to do it
    (object control: "appelle les Européens à suivre", "demande au ministre de recevoir"), or hangs
    on that object. Not an infinitive its governor's own subject is to do ("espérait obtenir sa
    libération en faisant appel": the appeal, his means, was made)."""
    if is_infinitive_of_object(inf):
        return True
    ctrl = inf.head
    if inf.dep_ not in ("xcomp", "ccomp") or ctrl.i == inf.i:
        return False
    return any(c.i != inf.i and ((c.dep_ in ("obj", "iobj") and c.pos_ in ("NOUN", "PROPN", "PRON"))
                                 or (c.dep_ == "obl:arg" and is_dative(c))) for c in ctrl.children)


def is_dative(tok) -> bool:
    """A complement introduced by "à" ("au ministre", "aux Européens")."""
    return any(k.dep_ == "case" and k.lower_ in A_CASES for k in tok.children)


def is_bare_object_of_gerund(cur, gov) -> bool:
    """A noun with no preposition that the parser hung as "nmod" on such a gerund ("en imposant
    des sanctions": "sanctions" nmod of "imposant"): a verb takes no bare noun complement but its
    object, so it is read as one."""
    return cur.dep_ == "nmod" and cur.pos_ == "NOUN" and cur.head.i == gov.i \
        and is_gerund_of_infinitive(gov, gov.head) and not any(c.dep_ == "case" for c in cur.children)


def is_small_clause(tok) -> bool:
    """A participle right after the noun or name it qualifies, no comma between: with that noun
    it may be the object clause of a verb ("qui imagine X mis en examen ?": X's being charged is
    imagined), so the walk may go on to the verb by the noun's object relation; not an incise
    ("réclamer le départ du ministre, inculpé pour corruption")."""
    gov = tok.head
    if tok.dep_ != "acl" or "Part" not in tok.morph.get("VerbForm") or gov.i > tok.i:
        return False
    between = tok.doc[gov.i + 1:tok.i]
    return not any(t.is_punct for t in between) and all(t.head.i == gov.i or t.head.head.i == gov.i
                                                         for t in between)


OPENING_MARKS = {"«", "\"", "“", "(", "-", "—", ":"}


def is_imperative(verb) -> bool:
    """A verb in the imperative: tagged so, or a first- or second-person plural form ("-ons",
    "-ez") without a subject that opens its sentence or quote, however the tagger took it
    ("« Signons un traité »", "Faisons un pacte")."""
    if "Imp" in verb.morph.get("Mood"):
        return True
    if not verb.lower_.endswith(("ons", "ez")) or any(c.dep_.startswith("nsubj") for c in verb.children):
        return False
    before = next((t for t in reversed(verb.doc[verb.sent.start:verb.i]) if not t.is_space), None)
    opens = before is None or before.text in OPENING_MARKS or (     # "Pour ..., passons un accord"
        before.text == "," and verb.dep_ != "conj")
    return opens and any(c.dep_ == "obj" for c in verb.children)


def is_exhorted(head) -> bool:
    """The trigger verb, or the verb whose object the trigger noun is, is in the imperative:
    urged, not told ("Passons un accord", "« Signons un traité », a lancé X"); so is an
    infinitive complement of a verb tagged imperative ("Venez visiter nos plages", "Venez
    signer un accord")."""
    verb = head if is_verbal(head) else head.head if head.dep_ == "obj" and head.head.i != head.i else None
    if verb is not None and "Inf" in verb.morph.get("VerbForm") and verb.dep_ == "xcomp" \
            and verb.head.i != verb.i and "Imp" in verb.head.morph.get("Mood"):
        verb = verb.head                          # "Venez visiter nos plages": the infinitive urged
    return verb is not None and is_imperative(verb)


def is_subject_of_modal_predicate(head, governors) -> bool:
    """A trigger noun that is the subject of a modal adjective with its copula ("un accord est
    possible", "une rencontre serait envisageable"): possible, not told."""
    gov = head.head
    return head.pos_ == "NOUN" and head.dep_ == "nsubj" and gov.i != head.i and gov.pos_ == "ADJ" \
        and has_copula(gov) and bool(forms(gov) & governors)


# the cases by which a noun is what another noun aims at ("candidature à la présidentielle",
# "pour la présidentielle", "de X à sa réélection")
AIM_CASES = {"à", "au", "aux", "pour"}


# the present conditional of the copula, which the tagger may take for an indicative
CONDITIONAL_COPULAS = {"serait", "seraient", "serais", "serions", "seriez"}


def is_subject_of_conditional_judgement(head) -> bool:
    """An indefinite trigger noun that is the subject of a predicate with its copula in the
    present conditional ("des menaces de sanctions seraient contre-productives", "une guerre
    serait une catastrophe"): a happening supposed in order to judge it, not told (not a past
    conditional, "l'attaque aurait été meurtrière", which reports one)."""
    gov = head.head
    if head.pos_ != "NOUN" or head.dep_ != "nsubj" or gov.i == head.i or not any(
            c.dep_ == "det" and c.lower_ in INDEFINITE_DETS for c in head.children):
        return False
    return any(c.dep_ == "cop" and ("Cnd" in c.morph.get("Mood") or c.lower_ in CONDITIONAL_COPULAS)
               for c in gov.children)


def is_possible_aim(head, gov, mods) -> bool:
    """The trigger noun is the aim of a noun marked as only possible (contexts.irrealis_modifier:
    "une éventuelle candidature à la présidentielle", "sa potentielle candidature pour un second
    mandat") and has no date complement of its own (a dated election, "la présidentielle de 2022",
    is scheduled, whoever runs in it)."""
    return head.dep_ == "nmod" and case_of(head) in AIM_CASES and not has_date_complement(head) \
        and any(c.dep_ == "amod" and forms(c) & mods for c in gov.children)


def is_past_conditional(verb) -> bool:
    """A participle with its auxiliary in the conditional mood ("aurait dû"): what should have
    been, not what was."""
    return any(c.dep_.startswith("aux") and "Cnd" in c.morph.get("Mood") for c in verb.children)


def is_subject_of_modal_verb(head, modals) -> bool:
    """A trigger noun that is the subject of a modal verb of possibility (contexts.
    possibility_modal) with a simple infinitive: only possible ("des attentats pourraient avoir
    lieu"); not a compound infinitive, which may guess at what happened ("l'attaque pourrait
    avoir fait dix morts")."""
    gov = head.head
    if head.pos_ != "NOUN" or head.dep_ != "nsubj" or gov.i == head.i or gov.pos_ not in ("VERB", "AUX") \
            or not forms(gov) & modals:
        return False
    return any(c.dep_ == "xcomp" and "Inf" in c.morph.get("VerbForm") and not any(
        g.dep_.startswith("aux") for g in c.children) for c in gov.children)


SUPPOSING_MARKS = {"si", "s'", "s’"}
# the relations walked up from a trigger noun to the verb of its clause ("si elle était élue
# après six mois de négociation": négociation -> mois -> élue)
NOUN_TO_VERB = ("nmod", "obl", "obl:mod", "obl:arg", "obj", "nsubj", "nsubj:pass")


def clause_verb(head, steps: int = 2):
    """The trigger verb, or the word a trigger noun hangs on and, when that is no verb and the
    noun is no definite description (is_anaphoric: "si la justice confirme la saisie ordonnée
    dans l'enquête" presupposes the inquiry), the verb whose clause holds it, reached through at
    most `steps` more nouns and adjuncts."""
    if is_verbal(head) or head.head.i == head.i:
        return head
    cur = head.head                               # the word the noun hangs on, whatever the relation
    if is_anaphoric(head):
        return cur
    while steps and not is_verbal(cur) and cur.head.i != cur.i and cur.dep_ in NOUN_TO_VERB:
        cur, steps = cur.head, steps - 1
    return cur


def is_supposing(mark) -> bool:
    """"si" (or the "s'" of "s'il") opening a clause, not the "même si" that concedes a fact."""
    return ((mark.dep_ == "mark" and mark.lower_ in SUPPOSING_MARKS) or is_elided_si(mark)) \
        and not (mark.i > 0 and mark.doc[mark.i - 1].lower_ == "même")


def is_supposed(head) -> bool:
    """In a clause opened by "si": supposed or asked, not told ("si Trump est réélu", "s'il
    remporte l'élection", "on ignore si le sommet aura lieu", "si elle était élue après six mois
    de négociation"), however the tagger took the "s'" of "s'il" (is_elided_si) or wherever the
    parser hung the "si" (on the verb or before its subject: "si X ou Y remportent la
    primaire"); "même si" concedes a fact."""
    return opened_by_si(clause_verb(head))


def opened_by_si(verb) -> bool:
    """A supposing "si" hangs on the clause's verb or before its subject (is_supposing)."""
    marks = list(verb.children)
    marks += [g for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i
              for g in c.children if g.i < c.i]
    return any(is_supposing(m) for m in marks)


# the relations by which a word belongs to the clause of the word it hangs on: its arguments,
# adjuncts and noun complements, an infinitive or a participle without auxiliary completing it
# ("si les législatives permettent de mener une politique avec l'appui d'une Assemblée élue");
# not a relative, adverbial or complement clause of its own, nor an apposition
CLAUSE_MEMBER = ("nmod", "obl", "obl:mod", "obl:arg", "obj", "nsubj", "nsubj:pass", "acl", "xcomp", "conj")
# how far up from the trigger the finite verb of its clause is looked for
CLAUSE_MEMBER_STEPS = 6


def is_finite_clause_head(tok) -> bool:
    """A verb group with a tense of its own: a finite verb, or a participle or adjective with
    an auxiliary or a copula ("si elle était élue")."""
    return "Fin" in finite_word(tok).morph.get("VerbForm")


def in_supposed_clause(head) -> bool:
    """Deep inside a clause opened by "si" in a simple tense: the trigger hangs, through nouns,
    infinitives, participles without auxiliary and coordinated infinitives, on the finite verb of
    that clause ("si les législatives permettent de mener une politique avec l'appui d'une
    Assemblée nouvellement élue", "ce rôle peut être positif s'il pousse X à respecter la vérité
    des urnes et à libérer les prisonniers"): supposed, not told, as is_supposed reads the
    trigger's own clause verb. A relative, adverbial or complement clause of its own and an
    apposition stop the walk ("si X, qui a été élu en 2017, ..." tells the election); a "si"
    clause in a compound past ("si X a longtemps refusé de négocier, ...") contrasts two facts
    and is left alone, and so is "même si". A definite, demonstrative or possessive trigger noun
    (is_anaphoric), or a participle qualifying one, points to a happening already known, which a
    "si" that contrasts two facts names as a landmark ("si X ne voulait pas le voir au moment de
    son investiture, ...", "à quelques jours de l'élection présidentielle"): left alone; and an
    infinitive the parser coordinated with a finite verb ("si les conditions le permettent, et
    pour installer ...") is no member of that verb's clause."""
    if is_anaphoric(head) or (head.dep_ == "acl" and "Inf" not in head.morph.get("VerbForm")
                              and is_anaphoric(head.head)):
        return False
    cur = head
    for _ in range(CLAUSE_MEMBER_STEPS):
        if cur is not head and is_verbal(cur) and is_finite_clause_head(cur):
            break
        if cur.head.i == cur.i or cur.dep_ not in CLAUSE_MEMBER:
            return False
        if cur.dep_ == "acl" and "Inf" not in cur.morph.get("VerbForm") and (
                not is_verbal(cur) or is_finite_clause_head(cur)):
            return False                          # a finite "acl": a clause of its own
        if cur.dep_ == "conj" and ("Inf" not in cur.morph.get("VerbForm") or (
                is_verbal(cur.head) and is_finite_clause_head(cur.head))):
            return False                          # only an infinitive shares its first member's clause
        cur = cur.head
    else:
        return False
    if cur is head or any(c.dep_ == "aux:tense" for c in cur.children):
        return False
    return opened_by_si(cur)


DEGREE_ADVERBS = {"plus", "moins", "très", "si", "trop", "aussi", "fort", "autant", "tellement", "peu",
                  "souvent"}


def is_graded_participle(head) -> bool:
    """A participle graded by a degree or frequency adverb ("l'un des lieux les plus visités",
    "le pays le plus sanctionné", "très critiqué", "autant sanctionnées", "souvent visité")
    names a property, not a happening. The adverb right before the participle counts however
    the parser attached it ("un corps souvent sanctionné")."""
    before = head.doc[head.i - 1] if head.i > 0 else None
    return "Part" in head.morph.get("VerbForm") and not any(
        c.dep_.startswith("aux") for c in head.children) and (any(
            c.dep_ == "advmod" and c.lower_ in DEGREE_ADVERBS and c.i < head.i for c in head.children)
            or (before is not None and before.pos_ == "ADV" and before.lower_ in DEGREE_ADVERBS))


def is_bare_infinitive(head) -> bool:
    """An infinitive that no verb governs, without a subject: a heading, an instruction or the
    subject of a judgement ("Négocier avec Londres", "Organiser un référendum ce jour-là est une
    question secondaire"), not a happening told; a trigger noun that is its object too."""
    verb = head.head if head.dep_ == "obj" and head.head.i != head.i else head
    return verb.dep_ in ("ROOT", "root", "csubj") and "Inf" in verb.morph.get("VerbForm") \
        and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children)


def is_subjunctive_clause(head) -> bool:
    """The trigger verb, or the verb of a trigger noun's clause, is in the subjunctive (itself
    or its auxiliary) in a subordinate clause: wished, awaited or feared, not told as done. A
    noun predicate's copula counts as its verb ("souhaite qu'il soit candidat à l'élection"), and
    so it does for the infinitive that completes the predicate ("plaide pour que chaque pays ait
    la possibilité d'organiser un référendum")."""
    verb = head
    while not is_verbal(verb) and not has_copula(verb) and verb.head.i != verb.i and (verb.dep_ in (
            "obj", "obl:arg", "nsubj", "nsubj:pass")  # an adjunct ("sous la menace") is presupposed
            or (verb.dep_ == "nmod" and has_copula(verb.head))):  # "qu'il soit candidat à l'élection"
        verb = verb.head
    if not (is_verbal(verb) or has_copula(verb)) or verb.dep_ in ("ROOT", "root"):
        return False
    if verb.dep_ == "xcomp" and is_verbal(verb.head):
        verb = verb.head                          # "qu'un accord puisse être atteint"
        if verb.dep_ in ("ROOT", "root"):
            return False
    elif verb.dep_ == "acl" and "Inf" in verb.morph.get("VerbForm") and has_copula(verb.head) \
            and verb.head.dep_ not in ("ROOT", "root"):
        verb = verb.head                          # "que chaque peuple ait la possibilité d'avoir accès à"
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    if marks & ASSERTED_SUBJUNCTIVE_MARKS:
        return False
    return any("Sub" in t.morph.get("Mood") for t in [verb, *verb.children]
               if t.i == verb.i or t.dep_.startswith("aux") or t.dep_ == "cop")


def has_copula(tok) -> bool:
    """A noun or adjective predicate with its copula ("qu'il soit candidat")."""
    return any(c.dep_ == "cop" for c in tok.children)


# the relations by which a verb's complement clause hangs on the predicate that governs it
# ("n'a pas réussi à coordonner", "il n'est pas possible ou pas autorisé de se rendre")
IMPLICATIVE_PATH = ("xcomp", "conj")


def under_negated_implicative(head, lex: Lexicon) -> bool:
    """The trigger's clause completes a negated implicative predicate (contexts.implicative,
    after Karttunen 1971: "réussir à", "parvenir à", "oser", "possible"...): under negation
    the complement did not take place ("le ministère n'a pas réussi à coordonner l'évacuation",
    "il n'est pas possible de se rendre en Bulgarie"). A noun counts only as the object or
    subject of its verb (not an adjunct: "lors de la visite, il n'a pas pu parler")."""
    return under_negated_word(head, lex.contexts.get("implicative", frozenset()),
                              ("obj", "nsubj", "nsubj:pass", "obl:arg"), IMPLICATIVE_PATH)


# the types whose happenings are called off before they take place, never undone after ("la
# manifestation a été annulée"; not "le tribunal a annulé l'élection", "annuler les sanctions")
CALLED_OFF_TYPES = ("meeting", "protest")


def is_prevented(head, lex: Lexicon) -> bool:
    """A trigger noun qualified as prevented, called off or put off ("l'attentat déjoué", "la
    rencontre annulée", "le sommet reporté"), or the complement of a noun of calling off or
    putting off ("le report des législatives", "l'annulation du sommet"): it did not take place
    (contexts.prevented). So is a meeting or protest noun that is the object of a verb of
    contexts.call_off ("il annule sa rencontre", "le sommet a été reporté", "la marche est
    annulée"); only theirs (CALLED_OFF_TYPES): "annuler l'élection" or "annuler les sanctions"
    undoes what took place."""
    prevented = lex.contexts.get("prevented", frozenset())
    if head.pos_ == "NOUN" and head.dep_ in ("obj", "nsubj:pass") and is_verbal(head.head) \
            and forms(head.head) & lex.contexts.get("call_off", frozenset()) \
            and any(r.event_type in CALLED_OFF_TYPES for f in forms(head) for r in lex.nouns.get(f, ())):
        return True                               # "il annule sa rencontre avec X"
    if head.pos_ == "NOUN" and head.dep_ == "nmod" and head.head.pos_ == "NOUN" \
            and case_of(head) in ("de", "d'", "du", "des") and forms(head.head) & prevented:
        return True                               # "le report des législatives"
    return head.pos_ == "NOUN" and any(
        c.dep_ in ("amod", "acl") and forms(c) & prevented for c in head.children)


# a verb of prevented whose object still took place: one misses a meeting that was held ("elle a
# manqué les réunions"); "un attentat manqué" failed (is_prevented)
MISSING = {"manquer"}


def is_called_off(head, lex: Lexicon) -> bool:
    """The trigger is what a verb of preventing (contexts.prevented) acts on: a noun as its
    object or passive subject ("ont évité une nouvelle guerre", "l'attentat a été déjoué"), a
    verb as its infinitive ("a évité d'attaquer"). Not when that verb is negated ("n'a pas
    empêché l'attaque": it took place). The verbs of calling off (contexts.call_off: "annuler",
    "reporter") are left to is_prevented, which reads them on meetings only: "annuler
    l'élection" or "annuler les sanctions" undoes what took place."""
    deps = ("xcomp",) if is_verbal(head) else ("obj", "nsubj:pass")
    gov = head.head
    if head.dep_ not in deps or gov.i == head.i or not is_verbal(gov) or "Part" in gov.morph.get("VerbForm") \
            and not any(c.dep_.startswith("aux") for c in gov.children):
        return False                              # "la visite, reportée deux fois, ...": told as is
    said = forms(gov)
    return bool(said & lex.contexts.get("prevented", frozenset())) and not said & MISSING \
        and not said & lex.contexts.get("call_off", frozenset()) and not is_negated_word(gov)


def non_referential(head, lex: Lexicon) -> bool:
    """A noun without any determiner that only classifies another noun ("le centre de
    lancement", "marges de manœuvre", "droit de veto") or forms an idiom with its verb
    ("faire appel à"): it names a kind, not a happening. Measure nouns ("une série de
    tests"), the nouns of speech acts and legal actions ("l'accusation de transferts d'armes",
    "l'enquête pour meurtre") and other triggers of the same type keep it, and so does "en"
    after a person ("le ministre, en visite à Berlin": the happening he is in; not "les textes
    en discussion"); under a trigger noun of another type it classifies that happening ("une
    guerre d'insurrection", "un exercice de tir")."""
    if head.pos_ != "NOUN" or determiner(head) != "bare" or any(
            c.dep_ == "amod" and c.i < head.i for c in head.children):   # "de lourdes sanctions"
        return False
    gov = head.head
    if gov.i == head.i:
        return False
    if case_of(head) == "en" and (gov.pos_ == "PROPN" or forms(gov) & lex.people):
        return False                              # "le ministre, en visite à Berlin": on a visit
    if head.dep_ == "obj" and is_verbal(gov):
        return True
    if head.dep_ not in ("nmod", "compound") or gov.pos_ != "NOUN":
        return False
    if forms(gov) & lex.contexts.get("collective", frozenset()):
        return False
    gov_types = {r.event_type for f in forms(gov) for r in lex.nouns.get(f, ())}
    if gov_types and not gov_types & TOPIC_TYPES:
        # "une guerre d'insurrection", "un exercice de tir": the bare noun classifies a
        # happening of another type (a speech act or a legal action may be about one:
        # "l'accusation de transferts d'armes", "l'enquête pour meurtre")
        head_types = {r.event_type for f in forms(head) for r in lex.nouns.get(f, ())}
        return not head_types & gov_types
    return not gov_types


# the types whose nouns take another happening as their topic ("l'accusation de transferts
# d'armes", "l'enquête pour meurtre")
TOPIC_TYPES = {"statement", "legal_action"}


def is_distinct(head) -> bool:
    """An ordinal, a number or "nouveau" marks a happening other than the ones before."""
    for c in head.children:
        if c.dep_ in ("amod", "nummod") and (c.lower_ in DISTINCT_MODIFIERS or c.like_num
                                             or c.lower_ in WORD_NUMBERS):
            return True
    return False
