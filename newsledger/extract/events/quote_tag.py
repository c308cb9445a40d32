"""Quote tags ("« ... », a-t-il dénoncé", "..., estime-t-elle"): the subject clitic written
after the words it reports is their speaker. Read by participants.inverted_clitic, which
takes the clitic of a compound tense (tense_clitic) and of any verb written right after a
closing quote (closes_quote), and by participants.resolve_pronoun_subject, whose tag clitic
takes up no name of the words it reports, and from the sentences before only a speaker
(speaks_before)."""
from __future__ import annotations

from newsledger.extract.events.person_noun import civility_gender
from newsledger.extract.events.syntax import SUBJECT_DEPS, clitic, is_verbal, verb_group_start

PERSONAL_SUBJECTS = {"il", "elle", "ils", "elles"}   # the personal subject clitics
QUOTE_CLOSERS = ("»", "\"", "”")


def closes_quote(verb) -> bool:
    """The verb group comes right after a closing quote mark, with or without a comma
    ("« ... », a-t-il estimé", "\"...\" juge-t-elle"): a quote tag whatever the verb, whose
    clitic is its speaker (an impersonal "semble-t-il" stands inside a clause, not after a
    quote)."""
    before = [t for t in verb.doc[verb.sent.start:verb_group_start(verb)] if not t.is_space]
    if before and before[-1].text == ",":
        before = before[:-1]
    return bool(before) and before[-1].text in QUOTE_CLOSERS


def tense_clitic(verb):
    """The personal subject clitic written between a verb's first auxiliary and the verb in a
    compound tense ("a-t-il dénoncé", "avait-elle déjà regretté"), whatever its head; None
    without one."""
    aux = [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]
    if not aux:
        return None
    return next((t for t in verb.doc[min(a.i for a in aux) + 1:verb.i]
                 if t.lower_.startswith("-") and clitic(t) in PERSONAL_SUBJECTS), None)


# the relations by which a name stands for the noun it names ("le Dr X", "son adjoint, X")
NAMING_DEPS = ("appos", "flat", "flat:name")
# the prepositions of a phrase that says whose words or opinion the sentence gives ("selon X",
# "d'après X", and "Pour X, ..." written before its verb)
SPEAKER_CASES = ("selon", "après")


def speaks_before(tok) -> bool:
    """The name `tok`, in a sentence before a quote tag, is a speaker there: the subject (or a
    name set beside it, "son adjoint, X, a dit"; a name heading a sentence the parser left
    without a verb of its own, "Et X, accepterait-il ... ?"), a name after a verb of saying
    written after a quote or a comma, the inverted subject the parser takes for its object or
    anything else ("« ... », a souligné jeudi X"), or the one a "selon X", "d'après X" or
    fronted "Pour X," phrase gives the words or opinion of. French news goes on with one
    speaker's words from tag to tag, so a tag's clitic takes up such a name; any other name of
    the sentence (the topic, the target, an adjunct's) is whom the words are about."""
    node = tok
    while node.head.i != node.i and (node.dep_ in NAMING_DEPS or civility_gender(node.head.text)):
        node = node.head                          # "le Dr X", "son adjoint, X", "M. X"
    cases = [c.lower_ for c in node.children if c.dep_ == "case"]
    if node.dep_ in SUBJECT_DEPS or (node.dep_ == "ROOT" and node.pos_ == "PROPN"):
        return not cases
    head = node.head
    if not cases and node.i > head.i and is_verbal(head) and after_words(head):
        return True
    return any(c in SPEAKER_CASES for c in cases) or ("pour" in cases and node.i < head.i)


def after_words(verb) -> bool:
    """The verb group comes right after a quote mark or a comma (an inverted incise)."""
    before = [t for t in verb.doc[verb.sent.start:verb_group_start(verb)] if not t.is_space]
    return bool(before) and before[-1].text in (",", *QUOTE_CLOSERS)
