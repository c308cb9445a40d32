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
often named without a title.) The exception is a private person the article presents by age
("Jean Dupont, 55 ans", "Anne Roux, une Lyonnaise de 43 ans", "X, chauffeur de 43 ans", "X,
âgée de 61 ans"): the news presents so the passer-by, the shopkeeper or the mourner it
interviews, whose words, however attributed ("regrette X", "Elle déplore"), are given to the
reporter, no public act (statement_by_interviewee; the speaker may be taken up by a pronoun,
so the test is on the event's listed speakers, by name). The interviewee is named where the
article quotes them, once or twice ("M. X" after "X"): a politician the article gives an age
and no title ("Theresa May, 62 ans, a annoncé") is named again and again, and keeps the event."""
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


# the endings of the present conditional after the future's stem (mood.CONDITIONAL_ENDINGS
# holds them with the stem's "r", for a check without the lemma)
FUTURE_STEM_ENDINGS = ("ais", "ait", "ions", "iez", "aient")


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
    return form.startswith(stem) and form[len(stem):] in FUTURE_STEM_ENDINGS


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


# the words between a name's comma and its age ("X, une Lyonnaise de 43 ans", "X, âgée de 61
# ans"): a determiner, a noun or adjective of description, the "de" of the age, a participle
# of age, a capitalised demonym the tagger takes for a proper noun ("une Lyonnaise", no actor)
AGE_GAP_POS = {"DET", "NOUN", "PROPN", "ADJ", "ADP", "VERB"}
AGE_CASES = {"de", "d'", "d’"}
AGE_GAP = 4                                       # at most that many words between comma and age
INTERVIEWEE_MENTIONS = 2                          # at most that many mentions name an interviewee


def age_after(end: int, doc, lex: Lexicon, mention_tokens) -> bool:
    """The tokens after a name ending at token `end` give an age in apposition: a comma, then
    at most AGE_GAP words of description (no title word, no other name, no preposition but the
    "de" of the age), then a number and the noun "ans" ("X, 55 ans", "X, chauffeur de 43
    ans", "X, âgée de 61 ans"; not "X, ministre depuis 3 ans", "X, il y a 3 ans")."""
    if end + 1 >= len(doc) or doc[end + 1].text != ",":
        return False
    for k in range(end + 2, min(end + 3 + AGE_GAP, len(doc) - 1)):
        t = doc[k]
        if t.like_num and doc[k + 1].lower_ == "ans":
            return True
        if t.pos_ not in AGE_GAP_POS or t.i in mention_tokens or forms(t) & lex.speaker_titles \
                or (t.pos_ == "ADP" and t.lower_ not in AGE_CASES) or t.sent.start != doc[end].sent.start:
            return False
    return False


def presented_by_age(name: str, doc, lex: Lexicon, mention_tokens) -> bool:
    """A mention of the actor `name` is followed by its age in apposition (age_after)."""
    ends = sorted(i for i, ms in mention_tokens.items() if any(m.canonical_name == name for m in ms)
                  and not any(m.canonical_name == name for m in mention_tokens.get(i + 1, ())))
    return any(age_after(i, doc, lex, mention_tokens) for i in ends)


def statement_by_interviewee(actors: dict[str, str], doc, lex: Lexicon, mention_tokens) -> bool:
    """Every speaker (role "source") of a statement is a private person presented by age, at
    least one: a person actor no mention gives a title or function (is_private_person), whom
    the article names at most INTERVIEWEE_MENTIONS times and presents by age
    (presented_by_age)."""
    sources = [n for n, r in actors.items() if r == "source"]
    if not sources:
        return False
    for name in sources:
        toks = [i for i, ms in mention_tokens.items() if any(m.canonical_name == name for m in ms)]
        named = {id(m) for i in toks for m in mention_tokens[i] if m.canonical_name == name}
        if not toks or len(named) > INTERVIEWEE_MENTIONS \
                or not all(is_private_person(doc[i], lex, mention_tokens) for i in toks) \
                or not presented_by_age(name, doc, lex, mention_tokens):
            return False
    return True
