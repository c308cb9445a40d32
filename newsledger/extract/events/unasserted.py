"""Clauses whose grammar tells their happening as aimed at, urged, made possible or supposed,
not as having taken place:

- a clause opened by a conjunction of purpose or of a lacking circumstance ("pour que",
  "afin que", "sans que"): these conjunctions take the subjunctive (Grevisse, Le bon usage,
  the subjunctive in adverbial clauses of purpose and of manner "sans que"), so what the
  clause tells is aimed at or did not happen, whatever mood the tagger gave its verb ("a écrit
  au juge pour que la police arrête X", "a quitté la ville sans que la police l'arrête");
- an infinitive completing "devoir" with a first or second person plural subject in the
  present or the conditional ("nous devons négocier avec X", "vous devez libérer Y"): the
  deontic modal of the speaker's exhortation (Riegel, Pellat and Rioul, Grammaire méthodique du
  français, the modal auxiliaries); the third person "X doit rencontrer Y" is most often the
  press's scheduled meeting, announced, and is left alone, as is a past "nous avons dû";
- an infinitive introduced by the preposition "sans" ("a quitté Paris sans rencontrer X",
  "sans même l'avoir reçu"), or an infinitive completing such an infinitive or its object noun
  ("sans chercher à négocier", "sans payer le prix de négocier avec X"): "sans" + infinitive
  names a lacking circumstance, what did not take place (Grevisse, Le bon usage, "sans" +
  infinitive; Riegel, Pellat and Rioul, the negative prepositions), as "sans que" does for a
  clause; not after "non" ("non sans avoir négocié" asserts it) nor under a negative
  implicative ("sans hésiter à", "sans cesser de", "sans manquer de": Karttunen 1971, whose
  negation asserts the complement); and for the same reason a trigger noun after "sans" with
  no determiner of its own ("condamné sans incarcération", "détenu sans procès");
- the complement "à" of the idiom "ouvrir (fermer) la porte (la voie) à": a possibility
  opened or ruled out ("a ouvert la porte à un accord", "a fermé la voie à une candidature");
- a trigger noun that is the object or the attribute of a predicate in the present
  conditional whose subject is an indefinite noun ("une intervention constituerait une
  déclaration de guerre", "une défaite serait un désaveu"): the indefinite subject of a
  conditional is supposed, and so is what it would amount to (as
  reference.is_subject_of_conditional_judgement for the subject itself);
- an infinitive completing a verb of intention with no object of its own ("il entend se
  réunir avec X", "elle projette de rencontrer Y"; TLFi s.v. entendre, projeter: "avoir
  l'intention de"): what the subject means to do; with an object "entendre" is the verb of
  perception, and what is heard took place ("on l'a entendu dénoncer");
- a trigger noun qualified by the bare past participle of a verb of demanding, wishing,
  advising or threatening, or the subject of its passive ("un accord réclamé par X", "une
  sanction exemplaire exigée", "des sanctions ont été demandées"): what is asked for or
  threatened has not happened, as the object of the active verb (reference.irrealis).

The word classes are in data/irreality.json with their sources."""
from __future__ import annotations

from newsledger.extract.events.agreement import disagree, features
from newsledger.extract.events.end_up import PRIVATIVE_CASES, is_privative_state
from newsledger.extract.events.mood import finite_word, is_conditional
from newsledger.extract.events.syntax import (DE_CASES, INDEFINITE_DETS, PURPOSE_MARKS, QUE_FORMS, case_of, forms,
                                             is_infinitive, is_negated_word, is_verbal)

# the first word of the conjunctions that take the subjunctive and tell no fact: purpose
# ("pour que", "afin que") and a lacking circumstance ("sans que"); not "avant que", whose
# clause often tells what happened next, nor "bien que", which concedes a fact
UNASSERTED_CONJUNCTIONS = {"pour", "afin", "sans"}
# the relations by which a trigger noun is an argument of the verb of its clause
ARGUMENT_DEPS = ("obj", "obl:arg", "nsubj", "nsubj:pass")
# the relations by which an infinitive completes a verb or a coordinated infinitive ("l'obliger
# à rapatrier", "avancer et discuter")
INFINITIVE_DEPS = ("xcomp", "conj")
# the subjects of an exhortation told as an obligation
EXHORTED_SUBJECTS = {"nous", "vous"}
# the relations by which a noun is what a predicate amounts to
PREDICATE_DEPS = ("obj", "xcomp")


def argument_verb(head):
    """The trigger verb, or the verb whose argument (object, subject, "à"/"de" complement) a
    trigger noun is; None for an adjunct ("lors de sa visite")."""
    if is_verbal(head):
        return head
    if head.dep_ in ARGUMENT_DEPS and head.head.i != head.i and is_verbal(head.head):
        return head.head
    return None


def completed_verbs(verb, steps: int = 2) -> list:
    """The verb and the verbs above it that it completes as an infinitive ("oblige la Serbie à
    rapatrier": rapatrier, oblige)."""
    out = [verb]
    while steps and verb.dep_ in INFINITIVE_DEPS and verb.head.i != verb.i and is_verbal(verb.head) \
            and ("Inf" in verb.morph.get("VerbForm") or verb.dep_ == "xcomp"):
        verb = verb.head
        out.append(verb)
        steps -= 1
    return out


def opens_unasserted_clause(verb) -> bool:
    """The verb's clause is opened by "pour que", "afin que" or "sans que" (the two words
    hung on the verb as marks, or the first one fixed to "que")."""
    marks = [c for c in verb.children if c.dep_ == "mark"]
    words = {m.lower_ for m in marks} | {f.lower_ for m in marks for f in m.children if f.dep_ == "fixed"}
    return bool(words & UNASSERTED_CONJUNCTIONS) and bool(words & QUE_FORMS)


def in_unasserted_clause(head) -> bool:
    """The trigger is in a clause of purpose or of lacking circumstance (see the module)."""
    verb = argument_verb(head)
    return verb is not None and any(opens_unasserted_clause(v) for v in completed_verbs(verb))


def is_urged_obligation(head, obligation) -> bool:
    """The trigger verb, or the verb whose object a trigger noun is, is an infinitive that
    completes a verb of `obligation` ("devoir") with the subject "nous" or "vous", in the present
    or the conditional ("nous devons avancer et discuter avec X", "vous devez libérer Y"), not
    in a compound tense ("nous avons dû négocier": it took place)."""
    verb = argument_verb(head)
    if verb is None or "Inf" not in verb.morph.get("VerbForm"):
        return False
    for gov in completed_verbs(verb)[1:]:
        if not forms(gov) & obligation:
            continue
        if any(c.dep_.startswith("aux") for c in gov.children):
            return False
        fin = finite_word(gov)
        return any(c.dep_ == "nsubj" and c.lower_ in EXHORTED_SUBJECTS for c in gov.children) \
            and ("Pres" in fin.morph.get("Tense") or is_conditional(gov))
    return False


# the relations by which a verb has an object of its own: the one heard doing what its infinitive
# tells ("on l'a entendu dénoncer", "entendre les manifestants scander")
OWN_OBJECT_DEPS = ("obj", "iobj")


def is_intended(head, intention) -> bool:
    """The trigger verb, or the verb whose argument a trigger noun is, is an infinitive that
    completes a verb of `intention` ("entendre", "projeter") which has no object of its own ("il
    entend se réunir avec X", "elle projette de se rendre à Y", "entend aller rencontrer Y"):
    what the subject means to do, not what was done (data/irreality.json intention, with its
    source). With an object of its own "entendre" perceives ("on l'a entendu dénoncer"): left."""
    verb = argument_verb(head)
    if verb is None or "Inf" not in verb.morph.get("VerbForm"):
        return False
    chain = completed_verbs(verb)
    for below, gov in zip(chain, chain[1:]):
        if below.dep_ != "xcomp":
            continue
        if forms(gov) & intention and not any(c.dep_ in OWN_OBJECT_DEPS for c in gov.children):
            return True
    return False


# the preposition of a lacking circumstance, which denies the infinitive it introduces
LACKING_PREPOSITIONS = {"sans"}
# the relations by which an infinitive completes the "sans" infinitive ("sans chercher à
# négocier") or its object noun ("sans payer le prix de négocier")
LACKING_COMPLEMENT_DEPS = ("xcomp", "acl")


def lacking_mark(verb):
    """The "sans" that introduces the infinitive `verb`, or None; never the "sans" of "non
    sans", which asserts."""
    if not is_verbal(verb) or not is_infinitive(verb):
        return None
    for c in verb.children:
        if c.dep_ in ("mark", "case") and c.lower_ in LACKING_PREPOSITIONS and c.i < verb.i:
            before = c.doc[c.i - 1] if c.i > c.sent.start else None
            return None if before is not None and before.lower_ == "non" else c
    return None


def is_lacked_noun(head) -> bool:
    """A trigger noun after "sans" with no determiner of its own ("condamné sans incarcération",
    "détenu sans procès", "sans inculpation"; end_up.is_privative_state): "sans" + a bare noun
    names what is lacking (Grevisse, Le bon usage, "sans"; TLFi, s.v. sans: "marque l'absence,
    la privation"), what did not take place; not after "non" ("non sans combat" asserts it)."""
    if not is_privative_state(head):
        return False
    mark = next(c for c in head.children if c.dep_ == "case" and c.lower_ in PRIVATIVE_CASES)
    return not (mark.i > mark.sent.start and mark.doc[mark.i - 1].lower_ == "non")


def is_lacking(head, negative_implicatives) -> bool:
    """The trigger verb is an infinitive introduced by "sans", or an infinitive that completes
    one (by "à"/"de", directly or through its object noun) that is no negative implicative
    (`negative_implicatives`: "sans hésiter à négocier" asserts it); or a trigger noun after
    "sans" with no determiner (is_lacked_noun); see the module."""
    if is_lacked_noun(head):
        return True
    if not is_verbal(head) or not is_infinitive(head):
        return False
    if lacking_mark(head) is not None:
        return True
    if head.dep_ not in LACKING_COMPLEMENT_DEPS or head.head.i == head.i:
        return False
    gov = head.head
    if head.dep_ == "acl" and gov.pos_ == "NOUN" and gov.dep_ == "obj" and gov.head.i != gov.i:
        gov = gov.head                             # "sans payer le prix de négocier"
    elif head.dep_ != "xcomp":
        return False
    return lacking_mark(gov) is not None and not forms(gov) & negative_implicatives


def is_lacked_by_noun(head, lack) -> bool:
    """A trigger noun that is the "de" complement of a noun of lacking (`lack`, data/irreality.json:
    "a déploré l'absence de consultation", "un manque de concertation", "en l'absence de
    dialogue avec X"): what is said to be lacking did not take place, as after "sans" + a bare
    noun (is_lacked_noun). A later member of a coordination is read through its first member by
    reference.irrealis ("l'absence de mandat et de consultation")."""
    gov = head.head
    return head.pos_ == "NOUN" and head.dep_ == "nmod" and gov.i != head.i and gov.pos_ == "NOUN" \
        and case_of(head) in DE_CASES and bool(forms(gov) & lack)


def is_door_opened(head, passage_verbs, passage_nouns) -> bool:
    """A trigger noun that is the "à" complement of "ouvrir" or "fermer" with the object
    "porte" or "voie" (data: passage_verbs, passage_nouns), however the parser hung it (on the
    verb or on the noun): a possibility opened or ruled out, no happening told."""
    if head.pos_ != "NOUN" or case_of(head) not in ("à", "au", "aux") or head.head.i == head.i:
        return False
    gov = head.head
    if gov.pos_ == "NOUN" and forms(gov) & passage_nouns and gov.dep_ == "obj":
        return bool(forms(gov.head) & passage_verbs)
    return is_verbal(gov) and bool(forms(gov) & passage_verbs) and any(
        c.dep_ == "obj" and forms(c) & passage_nouns for c in gov.children)


def has_indefinite_subject(pred) -> bool:
    """The predicate's subject is a common noun with an indefinite article ("une intervention")."""
    return any(c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ == "NOUN" and any(
        d.dep_ == "det" and d.lower_ in INDEFINITE_DETS for d in c.children) for c in pred.children)


def is_amount_of_supposition(head) -> bool:
    """A trigger noun (or the noun it completes by "de": "une déclaration de guerre") that is
    the object of a verb in the present conditional, or a noun predicate whose copula is in the
    present conditional, with an indefinite noun as subject (see the module)."""
    if head.pos_ != "NOUN":
        return False
    noun = head.head if head.dep_ == "nmod" and head.head.pos_ == "NOUN" and head.head.i != head.i else head
    if any(c.dep_ == "cop" for c in noun.children):
        pred = noun                                # "une intervention serait une déclaration de guerre"
    elif noun.dep_ in PREDICATE_DEPS and noun.head.i != noun.i and is_verbal(noun.head):
        pred = noun.head                           # "une intervention constituerait une déclaration"
    else:
        return False
    fin = finite_word(pred)                        # its copula, auxiliary or itself
    if any(c.dep_ == "aux:tense" for c in pred.children):
        return False                               # "aurait constitué": the press's report
    return is_conditional(fin) and has_indefinite_subject(pred)


def is_bare_participle(tok) -> bool:
    """A past participle with no auxiliary: a reduced passive qualifying a noun ("un accord
    réclamé par X")."""
    return "Part" in tok.morph.get("VerbForm") and "Pres" not in tok.morph.get("Tense") \
        and not any(c.dep_.startswith("aux") for c in tok.children)


def demanding_participles(noun, demanded) -> list:
    """The bare past participles of a verb of `demanded` that qualify `noun`, or that the parser
    hung on the last noun of its complement and agree with `noun` where that noun does not ("un
    accord avec la Serbie, réclamé par X": 'réclamé' masculine, 'Serbie' a name, so 'accord')."""
    found = [c for c in noun.children if c.dep_ in ("acl", "amod") and c.i > noun.i
             and is_bare_participle(c) and forms(c) & demanded]
    for comp in noun.children:
        if comp.dep_ != "nmod" or comp.i < noun.i:
            continue
        for c in comp.children:
            if c.dep_ == "acl" and is_bare_participle(c) and forms(c) & demanded \
                    and c.left_edge.i > comp.i and comp.right_edge.i >= c.i:
                own = features(c)
                if not disagree(own, features(noun)) and (comp.pos_ == "PROPN" or disagree(own, features(comp))):
                    found.append(c)
    return found


def is_demanded(head, demanded) -> bool:
    """A trigger noun told as only asked for, wished or threatened by a verb of `demanded`
    (data/irreality.json): qualified by its bare past participle ("un accord réclamé par X",
    "une sanction exemplaire exigée contre Y"), unless the noun is the subject of its own
    clause, which tells what became of it ("le cessez-le-feu réclamé par l'ONU est entré en
    vigueur"); or the subject of its passive, not negated ("des sanctions ont été demandées
    par X"). The verbs whose participle tells a done act ("l'accord négocié", "l'attentat
    revendiqué", "l'aide promise") are not in the class."""
    if head.pos_ != "NOUN":
        return False
    gov = head.head
    if head.dep_ == "nsubj:pass" and gov.i != head.i and is_verbal(gov) and forms(gov) & demanded \
            and any(c.dep_.startswith("aux") for c in gov.children) and not is_negated_word(gov):
        return True
    if head.dep_ in ("nsubj", "nsubj:pass"):
        return False
    return bool(demanding_participles(head, demanded))


# the noun that, with "en place", makes the locution "mise en place" (bringing into being)
SETTING_UP_NOUN = "place"
SETTING_UP_CASE = "en"


def is_effecting_noun(gov, effecting) -> bool:
    """`gov` is a noun of bringing about (data/irreality.json effecting: "organisation", "tenue",
    "instauration", "convocation", "conclusion"), or "mise" with its complement "en place" ("la
    mise en place"; not "la mise en œuvre", which carries out what exists)."""
    if gov.pos_ != "NOUN":
        return False
    if gov.lower_ in ("mise", "mises"):
        return any(c.dep_ == "nmod" and c.lower_ == SETTING_UP_NOUN and case_of(c) == SETTING_UP_CASE
                   for c in gov.children)
    return bool(forms(gov) & effecting)


def effected_carrier(head, effecting):
    """The noun of bringing about whose "de" complement the trigger noun is ("l'organisation d'un
    référendum", "la tenue d'élections", "la conclusion d'un accord", "la mise en place d'un
    référendum"), or None. Such a noun is the nominalisation of a verb whose object is effected,
    brought into being by the act (Grevisse, Le bon usage, the object "effectué" against the
    object "affecté"): the trigger's happening exists only if its bringing about does, so what
    makes that noun only asked for, wished or argued for (reference.irrealis) makes the trigger
    so too ("réclame l'organisation d'un référendum"); what is denounced or welcomed stays ("a
    salué l'organisation d'un référendum": the governor is no word of wishing)."""
    gov = head.head
    if head.pos_ != "NOUN" or head.dep_ != "nmod" or gov.i == head.i or case_of(head) not in DE_CASES:
        return None
    return gov if is_effecting_noun(gov, effecting) else None


# the prepositions by which a verb of advocacy names what it argues for, and, for a noun of
# bringing about, against ("se prononcer contre l'organisation d'un référendum")
ADVOCATED_CASES = {"pour"}
OPPOSED_CASES = {"contre"}


def is_advocated(head, advocacy_verbs, pronominal, cases=frozenset(ADVOCATED_CASES)) -> bool:
    """A trigger noun that is the "pour" complement of a verb of taking sides or striving for a
    cause (data/irreality.json advocacy_verbs: "militer pour", "plaider pour", "œuvrer pour";
    those of `pronominal` only with their reflexive clitic, "se prononcer pour", "se déclarer
    pour", "se battre pour"; TLFi s.v. prononcer: "se prononcer pour, contre: prendre parti", s.v.
    militer: "agir en faveur de"): the cause argued or fought for has not come about ("milite
    pour la libération de X", "se prononce pour la nomination de Y"). Not "voter pour", whose
    vote may carry it."""
    gov = head.head
    if head.pos_ != "NOUN" or not head.dep_.startswith("obl") or gov.i == head.i or not is_verbal(gov):
        return False
    if case_of(head) not in cases or not forms(gov) & advocacy_verbs:
        return False
    return not forms(gov) & pronominal or any(c.dep_ in ("expl:comp", "expl:pv", "obj") and c.lower_ in REFLEXIVES
                                              for c in gov.children)


REFLEXIVES = {"se", "s'", "s’", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"}


def is_slogan(head) -> bool:
    """A trigger noun that is the root of a verbless sentence opened by "pour" ("Pour une
    réélection de X en 2022", "Pour la libération de Y"): the advocacy heading or slogan (Grevisse,
    Le bon usage, the verbless sentence; TLFi s.v. pour: "en faveur de"), a cause argued for, no
    happening told."""
    return head.pos_ == "NOUN" and head.dep_ == "ROOT" and any(
        c.dep_ == "case" and c.lower_ == "pour" and c.i == head.sent.start for c in head.children)


def is_sought_through_carrier(head, effecting, advocacy_verbs, pronominal) -> bool:
    """The noun of bringing about that carries the trigger (effected_carrier) is argued for or
    against by a verb of advocacy ("se déclarent contre l'organisation d'un référendum", "milite
    pour la tenue d'élections"): being against bringing a thing about tells it has not been."""
    carrier = effected_carrier(head, effecting)
    return carrier is not None and is_advocated(carrier, advocacy_verbs, pronominal,
                                                frozenset(ADVOCATED_CASES | OPPOSED_CASES))


def is_sought_achievement(head, achievement, conative) -> bool:
    """A trigger noun that is the object or the "à" complement of an infinitive of achievement
    (data/irreality.json achievement: "obtenir", "parvenir à", "arracher", "décrocher") that is
    either introduced by "pour" or "afin de" (a purpose: "pour obtenir des élections", "afin de
    parvenir à un accord") or completes a verb of trying (conative: "tente de parvenir à un
    accord", "cherche à obtenir la libération de X"): what one acts for or tries to obtain is
    not told as obtained ("try" is no implicative verb, Karttunen 1971, 'Implicative verbs',
    Language 47; a purpose clause tells an aim, Grevisse, Le bon usage, the infinitive of
    purpose). The finite "a obtenu la libération de X", "a réussi à obtenir un accord" (an
    implicative) and "pour" with the past infinitive, a cause ("réputé pour avoir obtenu
    l'acquittement de X"; Grevisse, Le bon usage, "pour" + infinitif passé), tell it obtained and
    stay."""
    if head.pos_ != "NOUN":
        return False
    verb = argument_verb(head)
    if verb is None or verb.i == head.i or not is_infinitive(verb) or not forms(verb) & achievement:
        return False
    if any(c.dep_.startswith("aux") for c in verb.children):
        return False                               # "réputé pour avoir obtenu": a past cause
    if any(c.dep_ == "mark" and c.lower_ in PURPOSE_MARKS for c in verb.children):
        return True
    gov = verb.head
    return verb.dep_ == "xcomp" and gov.i != verb.i and bool(forms(gov) & conative)
