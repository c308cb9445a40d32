"""Speech that is no public act (eval/GUIDELINES.md: a statement is a formal public act of
speech; a quote attributed with "a déclaré" is no event by itself): words told as said in
private ("a critiqué en privé", "a confié en aparté", "s'adresse à ses conseillers"), and the
words of a private person, someone the article gives no title or function, told to the
reporter ("a confié à l'AFP Jean Dupont", "regrette Jean Dupont auprès d'un journaliste").
Speech told in the conditional ("aurait reproché", "regretterait") is the press reporting what
it has heard, unconfirmed and most often said in private, or speech only foreseen ("a dit
qu'il condamnerait"): no public act either.
(A private person's words that only attribute a quote, "« ... », regrette Jean Dupont", are
left alone: the judged audits count a politician's so attributed words, and a politician is
often named without a title.)"""
from __future__ import annotations

from newsledger.extract.events.lexicon import Lexicon
from newsledger.extract.events.syntax import SUBJECT_DEPS, case_of, forms

# the cases of an addressee ("a confié à l'AFP", "auprès d'un journaliste")
ADDRESSEE_CASES = {"à", "au", "aux", "auprès"}
ADDRESSEE_DEPS = ("obl", "obl:arg", "obl:mod", "iobj", "nmod")
SETTING_DEPS = ("obl", "obl:arg", "obl:mod", "advmod", "nmod", "fixed")


def in_private_setting(verb, lex: Lexicon) -> bool:
    """The verb is said in private: an "en" complement of contexts.private_setting ("en privé",
    "en aparté") or an addressee of contexts.entourage with a possessive ("à ses conseillers",
    "devant ses collaborateurs")."""
    setting = lex.contexts.get("private_setting", frozenset())
    entourage = lex.contexts.get("entourage", frozenset())
    for c in verb.children:
        if c.dep_ in SETTING_DEPS and forms(c) & setting and c.i > 0 and c.doc[c.i - 1].lower_ == "en":
            return True
        if c.dep_ in ADDRESSEE_DEPS and forms(c) & entourage and case_of(c) in ADDRESSEE_CASES | {"devant"} \
                and any(d.dep_ == "det" and "Yes" in d.morph.get("Poss") for d in c.children):
            return True
    return False


def told_to_reporter(verb, lex: Lexicon, mention_tokens) -> bool:
    """An addressee of the verb is a medium, a news agency or a reporter ("a confié à l'AFP",
    "raconte à un journaliste", "auprès du Monde")."""
    reporters = lex.contexts.get("reporter", frozenset())

    def reporter(c) -> bool:
        return bool(forms(c) & reporters) or c.text in lex.media_names or any(   # the credited
            m.canonical_name in lex.media_names for m in mention_tokens.get(c.i, ()))  # agency is no actor
    for c in verb.children:
        if c.lower_ == "auprès":                  # the parser may head "auprès de l'AFP" on "auprès"
            if any(reporter(g) for g in c.children if g.dep_ in ADDRESSEE_DEPS):
                return True
        elif c.dep_ in ADDRESSEE_DEPS and case_of(c) in ADDRESSEE_CASES and reporter(c):
            return True
    return False


def speakers(verb):
    """The words naming who speaks: the verb's subjects, or, with none before the verb, the
    first nominal after it, however the parser attached it ("a confié à l'AFP Jean Dupont")."""
    out = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return out or [c for c in verb.children if c.i > verb.i and c.dep_ in ("obj", "nsubj:pass")][:1]


def is_private_person(tok, lex: Lexicon, mention_tokens) -> bool:
    """The word names a person actor whom no mention of the article gives a title or function
    (ActorMention.role), with no title word beside it ("le ministre X")."""
    found = mention_tokens.get(tok.i, ())
    if not found or any(m.actor_type != "person" for m in found):
        return False
    if forms(tok) & lex.speaker_words or any(forms(c) & lex.speaker_words for c in tok.children):
        return False
    names = {m.canonical_name for m in found}
    return not any(m.role for ms in mention_tokens.values() for m in ms if m.canonical_name in names)


# the endings of the present conditional, after the future's stem
CONDITIONAL_ENDINGS = ("ais", "ait", "ions", "iez", "aient")


def conditional_form(tok) -> bool:
    """A finite verb in the conditional: so tagged ("aurait"), or a form the tagger took for an
    imperfect ("regretterait": Tense=Imp) that is the infinitive (less a final "e") plus an
    ending of the conditional, the future's stem of regular verbs ("déplorerait", "dirait";
    not the imperfect "déplorait", "disait")."""
    if "Cnd" in tok.morph.get("Mood"):
        return True
    if "Fin" not in tok.morph.get("VerbForm") or not tok.lemma_.endswith(("er", "ir", "re")):
        return False
    stem = tok.lemma_.lower().removesuffix("e")
    form = tok.lower_
    return form.startswith(stem) and form[len(stem):] in CONDITIONAL_ENDINGS


def in_conditional(verb) -> bool:
    """The verb's group is in the conditional mood: the verb itself ("regretterait") or its
    auxiliary ("aurait reproché")."""
    return any(conditional_form(t) for t in (verb, *verb.children)
               if t.i == verb.i or t.dep_.startswith("aux"))


def is_private_speech(verb, lex: Lexicon, mention_tokens) -> bool:
    """Speech that is no public act (the module's docstring)."""
    if in_private_setting(verb, lex) or in_conditional(verb):
        return True
    if not told_to_reporter(verb, lex, mention_tokens):
        return False
    who = speakers(verb)
    return bool(who) and all(is_private_person(t, lex, mention_tokens) for t in who)
