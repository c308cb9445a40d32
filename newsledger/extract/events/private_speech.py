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

import re

from newsledger.extract.events.lexicon import Lexicon
from newsledger.extract.events.syntax import SUBJECT_DEPS, case_of, forms
from newsledger.extract.words import straight_apostrophes

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


def titled_role(role: str | None, lex: Lexicon) -> bool:
    """A mention's role (ActorMention.role) that holds a title, function or authority word
    (Lexicon.speaker_titles: "ministre de la Santé", "porte-parole du parti"), not only a
    description of the person ("avocat lahori", "boulangère du quartier")."""
    if not role:
        return False
    words = re.findall(r"[\w-]+", straight_apostrophes(role).lower())
    return any(w in lex.speaker_titles for w in words)


def is_private_person(tok, lex: Lexicon, mention_tokens, described: bool = False) -> bool:
    """The word names a person actor whom no mention of the article gives a title or function
    (ActorMention.role), with no title word beside it ("le ministre X"). `described`: a role
    that only describes the person, with no title word (titled_role), does not count ("X, un
    avocat lahori": the role is the description statement_by_interviewee reads)."""
    found = mention_tokens.get(tok.i, ())
    if not found or any(m.actor_type != "person" for m in found):
        return False
    if forms(tok) & lex.speaker_words or any(forms(c) & lex.speaker_words for c in tok.children):
        return False
    names = {m.canonical_name for m in found}
    return not any((titled_role(m.role, lex) if described else m.role)
                   for ms in mention_tokens.values() for m in ms if m.canonical_name in names)


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


# the indefinite articles of a description in apposition ("X, un avocat", "X, une habitante")
INDEFINITE_ARTICLES = {"un", "une"}
DESCRIPTION_POS = {"NOUN", "ADJ", "PROPN"}
DESCRIPTION_REACH = 4                             # at most that many words of description
ANONYMITY_REACH = 12                              # how far after the name anonymity is looked for
NAME_ALTERED_REACH = 4                            # "prénom" to its "modifié": "le prénom a été modifié"
CLAUSE_ENDS = {",", ".", ";", ":", "!", "?", "(", ")", "-", "–", "—"}


def apposition_tokens(end: int, doc):
    """The tokens of the apposition after a name ending at token `end`: from the word after its
    comma to the next punctuation or the sentence's end (none without a comma)."""
    if end + 1 >= len(doc) or doc[end + 1].text != ",":
        return []
    out = []
    for t in doc[end + 2:]:
        if t.text in CLAUSE_ENDS or t.sent.start != doc[end].sent.start:
            break
        out.append(t)
    return out


def description_after(end: int, doc, lex: Lexicon, mention_tokens) -> bool:
    """The name ending at token `end` is followed by an indefinite description in apposition, the
    way French news presents someone by a kind of person and no office: a comma, "un" or "une",
    then at most DESCRIPTION_REACH nouns or adjectives, none a title, function or authority word
    (Lexicon.speaker_titles) nor an actor, and no actor in the rest of the apposition ("X, un
    avocat de la ville qui ...", "X, une habitante de Y"; not "X, un élu de Y", "X, une
    militante de Greenpeace", "X, un des dirigeants")."""
    words = apposition_tokens(end, doc)
    if not words or words[0].lower_ not in INDEFINITE_ARTICLES:
        return False
    description = []
    for t in words[1:1 + DESCRIPTION_REACH]:
        if t.pos_ not in DESCRIPTION_POS:
            break
        description.append(t)
    if not any(t.pos_ == "NOUN" for t in description) or any(t.i in mention_tokens for t in words):
        return False
    return not any(forms(t) & lex.speaker_titles for t in description)


def anonymity_after(end: int, doc, lex: Lexicon) -> bool:
    """Within ANONYMITY_REACH words after the name ending at token `end` and its comma, in the
    same sentence, a word of contexts.anonymity: the news's way of telling that a private person
    speaks under a borrowed name or none ("X, qui a requis l'anonymat", "X, un nom d'emprunt",
    "X (le prénom a été modifié)")."""
    if end + 1 >= len(doc) or doc[end + 1].text not in (",", "("):
        return False
    anonymity = lex.contexts.get("anonymity", frozenset())
    names = lex.contexts.get("name_word", frozenset())
    altered = lex.contexts.get("name_altered", frozenset())
    window = [t for t in doc[end + 2:end + 2 + ANONYMITY_REACH] if t.sent.start == doc[end].sent.start]
    if any(forms(t) & anonymity for t in window):
        return True
    return any(forms(t) & names and any(forms(u) & altered for u in window[k + 1:k + 1 + NAME_ALTERED_REACH])
               for k, t in enumerate(window))


def presented_as_interviewee(name: str, doc, lex: Lexicon, mention_tokens) -> bool:
    """A mention of the actor `name` is followed by its age in apposition (age_after), or, as the
    inverted subject of an incise (inverted_subject), by an indefinite description with no
    office (description_after) or by a word of anonymity
    (anonymity_after, or "le prénom a été modifié": contexts.name_word then, within
    NAME_ALTERED_REACH words, contexts.name_altered): the ways French news presents the private
    person it interviews."""
    own = [i for i, ms in mention_tokens.items() if any(m.canonical_name == name for m in ms)]
    ends = sorted(i for i in own if i + 1 not in own)
    starts = {i: min(k for k in own if k <= i and all(j in own for j in range(k, i + 1))) for i in ends}
    return any(age_after(i, doc, lex, mention_tokens) or (inverted_subject(starts[i], doc) and (
        description_after(i, doc, lex, mention_tokens) or anonymity_after(i, doc, lex))) for i in ends)


def inverted_subject(start: int, doc) -> bool:
    """The name starting at token `start` follows its verb, the inverted subject of a quote's
    incise ("« ... », déplore X, un avocat"; "regrette M. X"): the shape in which the news gives
    the words an interviewee told the reporter, not a person's own appeal ("X, un coach, a lancé
    un appel")."""
    k = start - 1
    while k >= 0 and doc[k].text in ("M.", "Mme", "Mlle"):
        k -= 1
    return k >= 0 and doc[k].pos_ in ("VERB", "AUX")


def statement_by_interviewee(actors: dict[str, str], doc, lex: Lexicon, mention_tokens) -> bool:
    """Every speaker (role "source") of a statement is a private person presented by age, at
    least one: a person actor no mention gives a title or function (is_private_person), whom
    the article names at most INTERVIEWEE_MENTIONS times and presents by age, an indefinite
    description or anonymity (presented_as_interviewee)."""
    sources = [n for n, r in actors.items() if r == "source"]
    if not sources:
        return False
    for name in sources:
        toks = [i for i, ms in mention_tokens.items() if any(m.canonical_name == name for m in ms)]
        named = {id(m) for i in toks for m in mention_tokens[i] if m.canonical_name == name}
        if not toks or len(named) > INTERVIEWEE_MENTIONS \
                or not all(is_private_person(doc[i], lex, mention_tokens, described=True) for i in toks) \
                or not presented_as_interviewee(name, doc, lex, mention_tokens):
            return False
    return True
