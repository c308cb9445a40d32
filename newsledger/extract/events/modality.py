"""Whether a trigger is told as a happening at all, from the mood of its sentence and the
verbs that govern it: a yes/no question ("Ségolène Royal va-t-elle se relancer dans la
course ?"), a negated verb of intention, plan or possibility that governs it ("il n'entend
pas défiler", "ils ne devraient pas se rendre à Paris"), a negator right before it with or
without "ne" ("mais pas inculpé") or a predicate "loin de" ("nous sommes loin de la guerre")
asks or denies it, it does not tell it.
(The trigger's own negation is triggers.is_negated; wishes, requests and fears above it are
reference.irrealis.)"""
from __future__ import annotations

from newsledger.extract.events.lexicon import Lexicon
from newsledger.extract.events.syntax import DE_CASES, is_verbal, under_negated_word


# the subject clitics a question inverts after its verb, as the tokenizer writes them
# ("va-t-il", "regrette-t-elle", "peut-on")
INVERTED_SUBJECTS = frozenset(f"-{t}{p}" for t in ("", "t-") for p in (
    "il", "elle", "on", "ils", "elles")) | {"-je", "-tu", "-nous", "-vous"}
# the interrogative words of a question about a circumstance or a participant ("pourquoi
# a-t-il signé ?", "qu'a-t-il fait le soir de son élection ?"): the happening is presupposed
WH_WORDS = frozenset({"pourquoi", "comment", "quand", "où", "qui", "que", "qu'", "qu’", "quoi", "quel",
                      "quelle", "quels", "quelles", "combien", "lequel", "laquelle", "lesquels",
                      "lesquelles"})
QUESTION_MARKS = {"?"}
CLOSING = {"»", "\"", "”", ")", "…", "!"}
# the relations by which a verb completes the verb above it ("va-t-il gagner", "peut-on
# arriver au pouvoir"): the question on the verb above is on the trigger too
COMPLEMENT_DEPS = ("xcomp", "ccomp")
# the relations by which a trigger noun is what a verb asks about ("va-t-elle se relancer dans
# la course à la présidentielle ?"); a subject ("le candidat à la primaire serait-il ...") or an
# adjunct ("après des mois de manifestations, va-t-il rester ?") is presupposed, not asked
ASKED_DEPS = ("obj", "obl:arg")


def clause_verbs(head, steps: int = 3) -> list:
    """The trigger's verb (itself, or the verb a trigger noun is the object of, through at most
    one noun: "la course à la présidentielle") and the verbs it completes; none for a
    participle without auxiliary, an adjunct told as a fact ("Mis en examen mercredi, X
    doit-il démissionner ?")."""
    cur = head
    if not is_verbal(cur):
        if cur.dep_ == "nmod" and cur.head.i != cur.i and not is_verbal(cur.head):
            cur = cur.head
        if cur.dep_ not in ASKED_DEPS or cur.head.i == cur.i or not is_verbal(cur.head):
            return []
        cur = cur.head
    if "Part" in cur.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in cur.children):
        return []
    out = [cur]
    while steps and cur.dep_ in COMPLEMENT_DEPS and cur.head.i != cur.i and is_verbal(cur.head):
        cur = cur.head
        out.append(cur)
        steps -= 1
    return out


def ends_with_question(verb) -> bool:
    """The sentence of `verb` ends with a question mark after it (closing quotes and
    brackets aside)."""
    for t in reversed(verb.sent):
        if t.is_space or t.text in CLOSING:
            continue
        return t.text in QUESTION_MARKS and t.i > verb.i
    return False


def is_polar_question(head) -> bool:
    """The trigger is asked about in a yes/no question: a verb of its clause has its subject
    clitic inverted ("va-t-il gagner la primaire ?", "Wauquiez regrette-t-il ses attaques ?",
    "peut-on arriver au pouvoir ?"), the sentence ends with a question mark and no
    interrogative word opens the clause (a question on a circumstance, "pourquoi a-t-il
    démissionné ?", presupposes the happening)."""
    verbs = clause_verbs(head)
    ids = {v.i for v in verbs}
    for verb in verbs:
        # the clitic hangs on the verb or on a word of it, however the parser took the verb
        # it follows ("-t" "-il" on "va" or "gagner"; "Peut" "-on" as a subject of "arriver")
        inverted = [t for t in verb.subtree if t.lower_ in INVERTED_SUBJECTS and (
            t.head.i in ids or t.head.head.i in ids)]
        if not inverted or not ends_with_question(verb) or asks_about_the_past(verb):
            continue
        return not opens_with_wh(inverted[0])
    return False


def asks_about_the_past(verb) -> bool:
    """A compound past ("se sont-ils rencontrés en 1993 ?"): a question on what has happened
    leads in to the answer the article gives, it leaves the happening open less often."""
    return any(c.dep_ == "aux:tense" for c in verb.children)


# the marks that open the clause of a question ("« Peut-on ...", ": Va-t-il ...")
CLAUSE_OPENERS = {"«", "\"", "“", ":", ";", ".", "!", "?", ",", "(", "—", "-"}


def opens_with_wh(clitic) -> bool:
    """An interrogative word stands between the opening of the clause of the inverted clitic
    and the clitic ("Quand avons-nous entendu ... ?")."""
    doc = clitic.doc
    i = clitic.i - 1
    while i >= clitic.sent.start and doc[i].text not in CLAUSE_OPENERS:
        if doc[i].lower_.lstrip("«\"“ ") in WH_WORDS:       # the tokenizer may glue a quote on
            return True
        i -= 1
    return False


def under_negated_governor(head, lex: Lexicon) -> bool:
    """The trigger verb, or the verb a trigger noun is the object of, is the infinitive of a
    negated verb of contexts.negation_raising (intention, plan, possibility, motion: "n'entend
    pas défiler", "ne devrait pas se rendre", "je n'irai pas manifester"): the negation denies
    the happening the infinitive names. (Not the negative implicatives, "il n'a pas hésité à
    condamner", which assert it.)"""
    return under_negated_word(head, lex.contexts.get("negation_raising", frozenset()),
                              ("obj", "obl:arg"), ("xcomp",))


# the words of French negation that negate alone the word they stand before when no "ne" is
# written ("sous le coup d'une enquête mais pas inculpé", "un accord non signé"); not "jamais",
# which means "ever" after a superlative ("la plus grande manifestation jamais organisée")
BARE_NEGATORS = {"pas", "non"}
# the adverbs that may stand between such a negator and its word ("pas encore inculpé")
NEGATED_ADVERBS = {"encore", "toujours", "vraiment", "officiellement", "formellement", "directement"}


def is_barely_negated(head) -> bool:
    """A negator stands right before the trigger verb or participle, an adverb of time or manner
    aside ("mais pas inculpé", "pas encore élu", "je ne vais pas manifester"): its happening is
    denied, whether or not a "ne" is written and wherever the parser hung it."""
    if not is_verbal(head):
        return False
    doc, i = head.doc, head.i - 1
    while i >= head.sent.start and (doc[i].is_space or doc[i].lower_ in NEGATED_ADVERBS):
        i -= 1
    return i >= head.sent.start and doc[i].lower_ in BARE_NEGATORS and doc[i].pos_ in ("ADV", "PART")


def is_far_from(head) -> bool:
    """A trigger noun that is what a predicate "loin de" is far from ("nous sommes loin de la
    guerre", "on est loin d'un accord"): it has not happened. (Not a place far from a happening:
    "ils vivent loin de la guerre", where "loin" has no copula.)"""
    gov = head.head
    return head.pos_ == "NOUN" and gov.i != head.i and gov.lower_ == "loin" \
        and any(c.dep_ == "case" and c.lower_ in DE_CASES for c in head.children) \
        and any(c.dep_ == "cop" for c in gov.children)


def not_told(head, lex: Lexicon) -> bool:
    """The trigger is asked or denied, not told as a happening (see the module's docstring)."""
    return is_polar_question(head) or under_negated_governor(head, lex) or is_barely_negated(head) \
        or is_far_from(head)

