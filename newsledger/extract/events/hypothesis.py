"""Whether a trigger is told as a rule or a hypothesis rather than a happening, from the tense
and mood of its clause and of the clause above it:

- a generic rule: the trigger sits in a clause opened by "quand" or "lorsque" at the start of
  its sentence, quotation or "que" clause, in the simple present with an indefinite or generic subject ("quand il
  y a une agression contre des policiers, il peut y avoir des blessés", "lorsqu'un élu est
  soumis à une enquête, il ne peut pas ...", "lorsque vous présentez une loi ..."): such a
  when-clause restricts a generic or habitual statement, it tells no single happening (Farkas
  and Sugioka 1983, "Restrictive if/when clauses", Linguistics and Philosophy 6; Carlson and
  Pelletier 1995, The Generic Book, ch. 1 on habituals). A definite subject ("lorsqu'il
  apprend son élection"), a compound tense ("quand il est arrivé") or a year in the sentence
  (the narrative present of a dated past) leaves it alone;
- the consequent of an unreal supposition: the clause of the trigger is in the conditional (or
  "aller" in the imperfect) and has a "si" clause in the imperfect or the pluperfect ("si
  j'étais restée, on allait m'emprisonner", "si X était au second tour, il gagnerait"): what
  would be or would have been, not what is (Riegel, Pellat and Rioul, Grammaire méthodique du
  français, the hypothetical system "si + imparfait / plus-que-parfait"); "même si" concedes a
  fact, and a main clause in the indicative ("si X avait jugé ..., il n'a pas adhéré") opposes
  two facts: both are left alone;
- an infinitive completing a noun or adjective predicate in the conditional, with a "si"
  clause in the imperfect after it ("X serait le plus jeune président à prendre ses fonctions
  s'il remportait l'élection"): what one would be the first to do;
- a present conditional with a first or second person subject ("je les rencontrerais", "nous
  signerions"): the reporting conditional of the press ("le président rencontrerait demain
  ...") only has third person subjects, so these are the speaker's hypotheses (Riegel, Pellat
  and Rioul, the conditional's modal uses);
- what a locution of supposition frames: a trigger whose clause is in the conditional, in a
  sentence with "au cas où", "dans le cas où", "dans l'hypothèse où" ("dans l'hypothèse où il
  remporterait la primaire, il ne recueillerait que 6 % au premier tour"; an infinitive with no
  subject takes the mood of the verb it completes, "dans le cas où elle tenterait de se rendre
  à X": the locution's clause and the clause it frames both take the conditional, Grevisse, Le
  bon usage, the subordinates of condition), or a trigger inside the phrase "dans l'hypothèse
  de" ("dans l'hypothèse d'un duel entre X et Y au second tour"): supposed, not told
  (data/irreality.json supposition_nouns, supposition_phrase_nouns, supposition_cases);
- a poll's projected outcome: the trigger's clause is in the simple present conditional and
  counts a share of votes with a percentage ("X remporterait 2 % des suffrages", "au second
  tour, X l'emporterait avec 60 % des voix"), or stands in a sentence naming a poll ("selon un
  sondage, X battrait Y au second tour"): what would be, not an election told (Riegel, Pellat
  and Rioul, the conditional of conjecture). Only the win (a verb trigger) and the bare round
  ("au second tour") are projected: an election named by its own noun ("voteraient pour X aux
  prochaines européennes") or a round with a "de" complement naming it ("au second tour des
  municipales") is the scheduled election the poll is about. A compound tense ("aurait
  remporté") or a word of counted ballots in the sentence ("selon les premiers résultats, X
  obtiendrait 52 % des voix") is the press's reporting conditional of a real count; both are
  left alone (data/irreality.json vote_share_nouns, poll_nouns, round_nouns, count_nouns).

(A trigger inside the "si" clause itself is reference.is_supposed.)"""
from __future__ import annotations

import json
from functools import lru_cache

from newsledger.extract.events.mood import finite_word, is_conditional
from newsledger.extract.events.reference import clause_verb, irreality_words, is_anaphoric, is_supposing
from newsledger.extract.events.syntax import DE_CASES, case_of, is_verbal, speaking_clause, subtree_indices
from newsledger.extract.words import DEFINITE_ARTICLES, either_apostrophe
from newsledger.resources import data_dir

QUOTES = {"«", "\"", "“"}
BRACKETS = {"(", "-", "—"}
WHEN_MARKS = {"quand", "lorsque", "lorsqu'", "lorsqu’"}
SPEAKER_SUBJECTS = {"je", "j'", "j’", "tu", "nous", "vous"}
GENERIC_PRONOUNS = {"on", "vous", "tu"}
GENERIC_DETS = {"un", "une", "des", "chaque", "tout", "toute", "aucun", "aucune"}
# how far up from the trigger the when-clause may be ("validée" in a relative clause of the
# object of the when-clause's verb)
WHEN_STEPS = 5


def is_simple_present(verb) -> bool:
    """A verb group in the present indicative, not a compound tense ("est soumis", "il y a",
    "peut"; not "a été arrêté", "arrivera")."""
    if any(c.dep_ == "aux:tense" for c in verb.children):
        return False
    fin = finite_word(verb)
    return "Ind" in fin.morph.get("Mood") and "Pres" in fin.morph.get("Tense")


def has_generic_subject(verb) -> bool:
    """The subject of a clause is anyone: "on", "vous", "tu", an indefinite noun ("un élu",
    "chaque pays"), or the "il" of "il y a" with an indefinite object ("il y a une agression")."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubj:pass"):
            if c.lower_ in GENERIC_PRONOUNS:
                return True
            return c.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ in GENERIC_DETS for d in c.children)
        if c.dep_ == "expl:subj" and any(e.dep_ == "expl:comp" and e.lower_ == "y" for e in verb.children):
            return True
    return False


def names_a_year(sent) -> bool:
    """The sentence names a year ("le 10 mai 1981", "le soulèvement de 2011"): a present told
    of a dated past is the narrative present, not a rule."""
    return any(t.is_digit and len(t.text) == 4 and t.text[:2] in ("19", "20") for t in sent)


def opens_sentence(mark) -> bool:
    """The word opens its sentence, a quotation or a "que" clause ("Quand ...", "« lorsqu'un
    élu ...", "rappelle que lorsqu'..."), as a rule's when-clause does; not after a main clause,
    where "quand" may oppose two facts ("X martèle, quand un député le voit comme ...")."""
    for t in reversed(mark.doc[mark.sent.start:mark.i]):
        if t.is_space or t.text in BRACKETS:
            continue
        return t.text in QUOTES or t.lower_ in ("que", "qu'", "qu’", ":")
    return True


def is_generic_rule(head) -> bool:
    """The trigger lies in a clause opened by "quand"/"lorsque" at the start of its sentence,
    quotation or "que" clause, in the simple present with an indefinite or generic subject, in a sentence naming no
    year."""
    cur = head
    for _ in range(WHEN_STEPS):
        if cur.dep_ in ("advcl", "ccomp") and any(
                c.dep_ == "mark" and c.lower_ in WHEN_MARKS and opens_sentence(c) for c in cur.children):
            return is_simple_present(cur) and has_generic_subject(cur) and not names_a_year(cur.sent)
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def is_unreal_consequent(head) -> bool:
    """The clause of the trigger (the infinitive's governing verbs included) is in the
    conditional and has a "si" clause in the imperfect or the pluperfect; a definite subject
    ("les menaces du Nord violeraient ces accords si ...") is presupposed, not supposed."""
    if head.dep_ in ("nsubj", "nsubj:pass") and is_anaphoric(head):
        return False                              # "les menaces du Nord violeraient ... si": presupposed
    verb = clause_verb(head)
    chain = []
    for _ in range(3):
        for c in verb.children:
            if c.dep_ != "advcl" and not (c.dep_.startswith("obl") and any(
                    g.dep_ == "cop" for g in c.children)):
                continue                          # "si X était au second tour": a predicate clause
            if any(is_supposing(m) for m in c.children) and "Imp" in finite_word(c).morph.get("Tense") \
                    and any(is_conditional(v) for v in chain + [verb]):
                return True
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            break
        chain.append(verb)
        verb = verb.head
    return False


def is_speaker_hypothesis(head) -> bool:
    """The trigger verb (or the verb whose object a trigger noun is) is in the present
    conditional with a first or second person subject."""
    verb = head if is_verbal(head) else head.head if head.dep_ == "obj" else None
    if verb is None or not is_verbal(verb) or any(c.dep_ == "aux:tense" for c in verb.children):
        return False
    return is_conditional(verb) and any(
        c.dep_ == "nsubj" and c.lower_ in SPEAKER_SUBJECTS for c in verb.children)


def is_conditional_predicate_infinitive(head) -> bool:
    """An infinitive trigger completing a noun or adjective predicate whose copula is in the
    conditional, in a sentence with a "si" clause in the imperfect, wherever the parser hung
    it ("X serait le plus jeune président à prendre ses fonctions s'il remportait l'élection"):
    what one would be the one to do, supposed, not told as done. Without the "si" clause the
    conditional may be the press's reporting one, left alone."""
    if not is_verbal(head) or "Inf" not in head.morph.get("VerbForm") or head.dep_ != "acl":
        return False
    noun = head.head
    if noun.i == head.i or not any(c.dep_ == "cop" and is_conditional(c) for c in noun.children):
        return False
    return any(is_supposing(t) and "Imp" in finite_word(t.head).morph.get("Tense")
               for t in head.sent if t.i > noun.i)


SUPPOSITION_RELATIVE = "où"
# the determiner between a locution's preposition and its noun: "dans l'hypothèse", "dans le cas"
LOCUTION_DETS = either_apostrophe(DEFINITE_ARTICLES)
# how far up from a trigger noun its clause's verb is looked for ("6 % des voix au premier tour")
CLAUSE_STEPS = 4


def supposition_locutions(sent) -> list[tuple[object, bool]]:
    """The nouns of the locutions of supposition in the sentence, each with whether it opens a
    clause ("au cas où", "dans l'hypothèse où": True) or a phrase ("dans l'hypothèse d'un
    duel": False), as written, whatever the parser made of them."""
    words = irreality_words()
    found = []
    doc = sent.doc
    for t in sent:
        low = t.lower_
        if low not in words["supposition_nouns"] or t.i + 1 >= sent.end:
            continue
        i = t.i - 1
        if i >= sent.start and doc[i].lower_ in LOCUTION_DETS:
            i -= 1
        if i < sent.start or doc[i].lower_ not in words["supposition_cases"]:
            continue
        after = doc[t.i + 1].lower_
        if after == SUPPOSITION_RELATIVE:
            found.append((t, True))
        elif after in DE_CASES and low in words["supposition_phrase_nouns"]:
            found.append((t, False))
    return found


def nearest_verb(head, steps: int = CLAUSE_STEPS):
    """The trigger verb, or the first verb above a trigger noun within `steps` words."""
    cur = head
    for _ in range(steps + 1):
        if is_verbal(cur) or cur.pos_ == "AUX":
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def is_under_supposition(head) -> bool:
    """The trigger is framed by a locution of supposition (see the module's docstring): inside
    the phrase of "dans l'hypothèse de", or in a clause in the conditional of a sentence with
    "au cas où", "dans l'hypothèse où". A definite or possessive noun in the locution's own
    clause is presupposed, only what befalls it supposed ("dans l'hypothèse où la primaire
    investirait X", "au cas où le parquet classerait sa plainte": the primary and the complaint
    are real), as a definite subject of an unreal consequent is (is_unreal_consequent)."""
    locutions = supposition_locutions(head.sent)
    if not locutions:
        return False
    # the trigger's clause verb; a subjectless infinitive takes the tense and mood of the verb it
    # completes ("tenterait de se rendre": tenterait; syntax.speaking_clause)
    nearest = nearest_verb(head)
    verb = None if nearest is None else speaking_clause(nearest)
    for noun, opens_clause in locutions:
        if not opens_clause:
            if head.i != noun.i and head.i in subtree_indices(noun):
                return True
            continue
        if verb is None or not is_conditional(verb):
            continue
        if not is_verbal(head) and is_anaphoric(head) and verb.i == head.doc[noun.i + 1].head.i:
            continue                              # "dans l'hypothèse où le parquet classerait sa plainte"
        return True
    return False


@lru_cache(maxsize=1)
def percent_forms() -> tuple[frozenset[str], frozenset[tuple[str, ...]]]:
    """The written forms of a percentage that figure extraction reads (data/figure_numbers.json
    percent: "%", "pourcent", "pour cent"), as single tokens and as runs of tokens."""
    data = json.loads((data_dir("newsledger.extract") / "figure_numbers.json").read_text(encoding="utf-8"))
    forms = [f.lower() for f in data["percent"]]
    return frozenset(f for f in forms if " " not in f), frozenset(tuple(f.split()) for f in forms if " " in f)


def counts_a_percentage(tokens) -> bool:
    """A percentage among `tokens`: "%" (lemma "pourcent"), "pour-cent" or "pour cent"."""
    single, runs = percent_forms()
    return any(t.lower_ in single or t.lemma_ in single or any(
        t.i >= len(run) - 1 and tuple(w.lower_ for w in t.doc[t.i - len(run) + 1: t.i + 1]) == run
        for run in runs) for t in tokens)


def is_projected_share(head) -> bool:
    """A verb trigger or a bare round noun whose clause is in the simple present conditional (not
    a compound tense, "aurait remporté", which reports a past count) and holds a percentage of
    votes, or stands in a sentence naming a poll, with no word of counted ballots in the
    sentence: a poll's projected outcome (see the module's docstring)."""
    words = irreality_words()
    if not is_verbal(head) and (head.lemma_.lower() not in words["round_nouns"] or any(
            c.dep_ == "nmod" and case_of(c) in DE_CASES for c in head.children)):
        return False                              # "aux prochaines européennes", "au second tour des municipales"
    verb = nearest_verb(head)
    if verb is None or not is_conditional(verb) or any(c.dep_ == "aux:tense" for c in verb.children):
        return False
    clause = list(verb.subtree)
    shares = counts_a_percentage(clause) and any(t.lower_ in words["vote_share_nouns"] for t in clause)
    if not shares and not any(t.lower_ in words["poll_nouns"] for t in head.sent):
        return False
    return not any(t.lower_ in words["count_nouns"] or t.lemma_.lower() in words["count_nouns"]
                   for t in head.sent)


def hypothetical(head) -> bool:
    """Told as a generic rule or as a hypothesis (see the module's docstring)."""
    return is_generic_rule(head) or is_unreal_consequent(head) or is_speaker_hypothesis(head) \
        or is_conditional_predicate_infinitive(head) or is_under_supposition(head) \
        or is_projected_share(head)
