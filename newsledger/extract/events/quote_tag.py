"""Quote tags ("« ... », a-t-il dénoncé", "..., estime-t-elle"): the subject clitic written
after the words it reports is their speaker. Read by participants.inverted_clitic, which
takes the clitic of a compound tense (tense_clitic) and of any verb written right after a
closing quote (closes_quote), and by participants.resolve_pronoun_subject, whose tag clitic
takes up no name of the words it reports."""
from __future__ import annotations

from newsledger.extract.events.syntax import clitic, verb_group_start

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
