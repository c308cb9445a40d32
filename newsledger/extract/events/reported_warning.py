"""A warning given to someone, told only as what a later account asserts ("X affirme avoir
alerté le président", "a confirmé avoir prévenu les huissiers", "Le Canard affirme que
l'ambassadeur a mis en garde le président", "a assuré ... et qu'il l'avait prévenu", "Selon Le
Canard, X a averti Y"). A warning made in public is told by itself, most often with no one
warned as its object ("a averti que", "a mis en garde contre", "« ... », prévient X"); one whose
direct object is the person or the body warned ("alerter X", "prévenir X", "mettre X en garde")
is a notice delivered to them, and when the sentence gives it only as the content of a verb of
saying (contexts.assertive: the speaker's own claim, an infinitive of the same subject, or
another's report, a "que" clause) or as credited to someone's account ("selon X", "d'après X":
syntax.is_attribution), the later account is the only public act told: the warning itself was a
message to its addressee, known because someone says so afterwards (eval/GUIDELINES.md: a
statement is a formal public act of speech). Warnings are the statement kind "threaten" of
data/statement_kinds.json (CAMEO 13, threaten or warn), a support construction included
("mettre X en garde": the kind of "mettre garde"). The verbs of recalling are not among the
verbs of saying ("rappelle que le syndicat avait alerté la direction": a known fact recalled)."""
from __future__ import annotations

from newsledger.extract.events.lexicon import Lexicon
from newsledger.extract.events.syntax import QUE_FORMS, forms, is_attribution
from newsledger.extract.words import MONTHS, TIME_NOUNS, WEEKDAYS

WARNING_KIND = "threaten"
# the dependencies of a complement clause or infinitive of a verb of saying
REPORT_DEPS = ("xcomp", "ccomp")
# the relative and interrogative pronouns the parser may give as a direct object
NOT_ADDRESSEE = {"que", "qu'", "qu’", "ce", "quoi", "qui", "cela", "ça"}
# the nouns of time the parser may take for a direct object ("a averti mercredi")
TIME_WORDS = frozenset(TIME_NOUNS) | frozenset(MONTHS) | frozenset(WEEKDAYS)


def is_warning(verb, lex: Lexicon) -> bool:
    """The verb warns: its lemma, or the construction of its lemma and a noun it governs
    ("mettre garde"), is of the statement kind "threaten" (alerter, avertir, prévenir,
    menacer, mettre en garde)."""
    if lex.kinds.get(verb.lemma_) == WARNING_KIND:
        return True
    return any(lex.kinds.get(f"{verb.lemma_} {c.lemma_}") == WARNING_KIND for c in verb.children)


def warned_addressee(verb):
    """The direct object naming who is warned ("alerté le président", "l'avait prévenu"): a
    noun, a name or a clitic pronoun; not a noun of time the parser took for an object
    ("a averti mercredi"), nor a relative pronoun."""
    for c in verb.children:
        if c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN", "PRON") and c.lower_ not in NOT_ADDRESSEE \
                and not forms(c) & TIME_WORDS:
            return c
    return None


def saying_verb_over(verb, lex: Lexicon):
    """The verb of saying (contexts.assertive) whose infinitive or "que" complement the verb
    is, through the conjuncts it is coordinated with ("affirme avoir alerté X puis avoir
    plaidé"); a conjunct with its own "que" hung on the verb of saying is a further complement
    clause of it ("a assuré avoir tenu ce message et qu'il l'avait prévenu")."""
    saying = lex.contexts.get("assertive", frozenset())
    tok = verb
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        if forms(tok.head) & saying and any(c.dep_ == "mark" and c.lower_ in QUE_FORMS for c in tok.children):
            return tok.head
        tok = tok.head
    if tok.dep_ in REPORT_DEPS and tok.head.i != tok.i and forms(tok.head) & saying:
        return tok.head
    return None


def credited_to_an_account(verb) -> bool:
    """The verb's clause is credited to someone's account by an attribution hung on it or on
    the verb it is coordinated with ("Selon Le Canard, X a averti Y", "d'après son entourage",
    "comme l'a révélé X": syntax.is_attribution), the adverbial form of "X affirme que"; not a
    personal pronoun inside a quote ("selon moi")."""
    tok = verb
    while True:
        if any(is_attribution(c) and c.pos_ != "PRON" for c in tok.children):
            return True
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            return False
        tok = tok.head


def warning_told_in_report(verb, lex: Lexicon) -> bool:
    """A warning with the one warned as its direct object, told only as the complement of a
    verb of saying or as credited to an account (the module's docstring): no public act of
    speech."""
    return is_warning(verb, lex) and warned_addressee(verb) is not None \
        and (saying_verb_over(verb, lex) is not None or credited_to_an_account(verb))
